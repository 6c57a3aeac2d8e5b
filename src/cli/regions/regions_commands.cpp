// SPDX-License-Identifier: GPL-3.0-or-later
#include "cli/regions/regions_commands.h"

#include "cli/cli_app.h"
#include "cli/logging.h"

#include "io/csv_reader.h"
#include "io/regions/region_import.h"
#include "qtsupport/text.h"
#include "storage/database.h"
#include "storage/regions/region_repository.h"
#include "usecases/regions/region_import.h"

#include <QCoreApplication>
#include <QDir>

namespace konvergensi::cli::regions {

namespace {

QString native(const QString &path)
{
    return QDir::toNativeSeparators(path);
}

int importRegions(CliContext &context, const QString &file, bool dryRun)
{
    const auto db = openExistingWorkspace(context);
    usecases::Progress progress;
    const io::RegionImportReport report =
        dryRun ? usecases::regions::checkRegionFile(*db, file, progress)
               : usecases::regions::importRegionFile(*db, file, progress);
    if (!report.fileError.isEmpty())
        throw CliError(report.fileError, ExitFailure);
    if (!report.errors.empty())
        refuseImport(context, file, report.errors, report.moreErrors);
    if (dryRun) {
        context.out << QCoreApplication::translate(
                           "Cli", "Checked %1: %2 rows are good. Importing would add %3, update %4 "
                                  "and leave %5 unchanged.")
                           .arg(native(file), QString::number(report.rowsRead),
                                QString::number(report.added), QString::number(report.updated),
                                QString::number(report.unchanged))
                    << '\n';
    } else {
        context.out << QCoreApplication::translate(
                           "Cli", "Imported %1: %2 added, %3 updated, %4 unchanged.")
                           .arg(native(file), QString::number(report.added),
                                QString::number(report.updated), QString::number(report.unchanged))
                    << '\n';
    }
    qCInfo(lcCli) << "regions import" << (dryRun ? "checked" : "applied") << report.rowsRead
                  << "rows";
    return ExitSuccess;
}

int listRegions(CliContext &context, ListFormat format)
{
    const auto db = openExistingWorkspace(context);
    const std::vector<core::Region> regions = storage::RegionRepository(*db).all();
    QTextStream &out = context.out;
    if (format == ListFormat::Csv) {
        out << io::csvLine({QStringLiteral("code"), QStringLiteral("name"), QStringLiteral("level"),
                            QStringLiteral("kind")})
            << '\n';
        for (const core::Region &region : regions) {
            out << io::csvLine({qs(region.code.toString()), QString::fromStdString(region.name),
                                qs(core::toString(region.level())),
                                region.kind ? qs(core::toString(*region.kind)) : QString()})
                << '\n';
        }
        return ExitSuccess;
    }

    constexpr int codeWidth = 15;
    constexpr int levelWidth = 11;
    constexpr int kindWidth = 11;
    out << QCoreApplication::translate("Cli", "Code").leftJustified(codeWidth)
        << QCoreApplication::translate("Cli", "Level").leftJustified(levelWidth)
        << QCoreApplication::translate("Cli", "Kind").leftJustified(kindWidth)
        << QCoreApplication::translate("Cli", "Name") << '\n';
    for (const core::Region &region : regions) {
        // A name is one line in a table: line breaks and tabs become spaces.
        QString name = QString::fromStdString(region.name);
        name.replace(u'\n', u' ').replace(u'\r', u' ').replace(u'\t', u' ');
        out << qs(region.code.toString()).leftJustified(codeWidth)
            << qs(core::toString(region.level())).leftJustified(levelWidth)
            << (region.kind ? qs(core::toString(*region.kind)) : QString()).leftJustified(kindWidth)
            << name << '\n';
    }
    out << QCoreApplication::translate("Cli", "Regions: %1").arg(regions.size()) << '\n';
    return ExitSuccess;
}

} // namespace

std::vector<CommandSpec> commands()
{
    std::vector<CommandSpec> specs;
    specs.push_back(
        {{QStringLiteral("regions"), QStringLiteral("import")},
         {},
         {QStringLiteral("--dry-run")},
         1,
         1,
         QStringLiteral("regions import FILE.csv [--dry-run]"),
         QCoreApplication::translate("Cli", "Import a region list (columns code, name and "
                                            "optional level, kind). Every row is checked "
                                            "first; nothing changes unless all are good. "
                                            "--dry-run only checks."),
         [](CliContext &context, const CommandLine &line) {
             return importRegions(context, line.positional.first(),
                                  line.flag(QStringLiteral("--dry-run")));
         }});
    specs.push_back({{QStringLiteral("regions"), QStringLiteral("list")},
                     {QStringLiteral("--format")},
                     {},
                     0,
                     0,
                     QStringLiteral("regions list [--format table|csv]"),
                     QCoreApplication::translate("Cli", "Print every region in code order."),
                     [](CliContext &context, const CommandLine &line) {
                         return listRegions(context, line.format());
                     }});
    return specs;
}

} // namespace konvergensi::cli::regions

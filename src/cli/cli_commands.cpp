// SPDX-License-Identifier: GPL-3.0-or-later
#include "cli/cli_commands.h"

#include "cli/cli_app.h"
#include "cli/command.h"
#include "cli/logging.h"

#include "io/csv_reader.h"
#include "io/regions/region_import.h"
#include "io/workspace_setup.h"
#include "storage/database.h"
#include "storage/regions/region_repository.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>

namespace konvergensi::cli {

namespace {

QString q(std::string_view text)
{
    return QString::fromUtf8(text.data(), static_cast<qsizetype>(text.size()));
}

QString native(const QString &path)
{
    return QDir::toNativeSeparators(path);
}

} // namespace

CliError::CliError(const QString &message, int exitCode)
    : std::runtime_error(message.toStdString())
    , m_message(message)
    , m_exitCode(exitCode)
{
}

Commands::Commands(CliContext &context)
    : m_context(context)
{
}

int Commands::init(bool demo)
{
    const QString &path = m_context.databasePath;
    if (!m_context.databaseGiven) {
        // The default folder is ours to make; a folder the user names must already exist.
        QDir().mkpath(QFileInfo(path).absolutePath());
    }
    const auto db = io::createWorkspace(path, demo ? io::WorkspaceTemplate::Demo
                                                   : io::WorkspaceTemplate::Empty);
    if (demo) {
        storage::RegionRepository regions(*db);
        m_context.out << QCoreApplication::translate(
                             "Cli",
                             "Created the demo workspace %1 (Kabupaten Bengkalis, %2 villages).")
                             .arg(native(path),
                                  QString::number(regions.count(core::RegionLevel::Village)))
                      << '\n';
    } else {
        m_context.out << QCoreApplication::translate("Cli", "Created the empty workspace %1.")
                             .arg(native(path))
                      << '\n';
    }
    return ExitSuccess;
}

int Commands::importRegions(const QString &file, bool dryRun)
{
    const auto db = openExistingWorkspace(m_context);
    io::RegionCsvImporter importer(*db);
    const io::RegionImportReport report = dryRun ? importer.checkFile(file)
                                                 : importer.importFile(file);
    if (!report.fileError.isEmpty())
        throw CliError(report.fileError, ExitFailure);
    if (!report.errors.empty()) {
        for (const io::RowError &error : report.errors)
            m_context.err << io::describe(error) << '\n';
        if (report.moreErrors > 0)
            m_context.err << io::moreErrorsText(report.moreErrors) << '\n';
        throw CliError(
            QCoreApplication::translate("Cli", "nothing was imported from %1 (errors: "
                                               "%2). Fix the lines above and try again.")
                .arg(native(file), QString::number(report.errors.size() + report.moreErrors)),
            ExitFailure);
    }
    if (dryRun) {
        m_context.out << QCoreApplication::translate(
                             "Cli",
                             "Checked %1: %2 rows are good. Importing would add %3, update %4 "
                             "and leave %5 unchanged.")
                             .arg(native(file), QString::number(report.rowsRead),
                                  QString::number(report.added), QString::number(report.updated),
                                  QString::number(report.unchanged))
                      << '\n';
    } else {
        m_context.out << QCoreApplication::translate(
                             "Cli", "Imported %1: %2 added, %3 updated, %4 unchanged.")
                             .arg(native(file), QString::number(report.added),
                                  QString::number(report.updated),
                                  QString::number(report.unchanged))
                      << '\n';
    }
    qCInfo(lcCli) << "regions import" << (dryRun ? "checked" : "applied") << report.rowsRead
                  << "rows";
    return ExitSuccess;
}

int Commands::listRegions(ListFormat format)
{
    const auto db = openExistingWorkspace(m_context);
    const std::vector<core::Region> regions = storage::RegionRepository(*db).all();
    QTextStream &out = m_context.out;
    if (format == ListFormat::Csv) {
        out << io::csvLine({QStringLiteral("code"), QStringLiteral("name"), QStringLiteral("level"),
                            QStringLiteral("kind")})
            << '\n';
        for (const core::Region &region : regions) {
            out << io::csvLine({q(region.code.toString()), QString::fromStdString(region.name),
                                q(core::toString(region.level())),
                                region.kind ? q(core::toString(*region.kind)) : QString()})
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
        out << q(region.code.toString()).leftJustified(codeWidth)
            << q(core::toString(region.level())).leftJustified(levelWidth)
            << (region.kind ? q(core::toString(*region.kind)) : QString()).leftJustified(kindWidth)
            << name << '\n';
    }
    out << QCoreApplication::translate("Cli", "Regions: %1").arg(regions.size()) << '\n';
    return ExitSuccess;
}

std::vector<CommandSpec> workspaceCommands()
{
    std::vector<CommandSpec> specs;
    specs.push_back(
        {{QStringLiteral("init")},
         {},
         {QStringLiteral("--demo")},
         0,
         0,
         QStringLiteral("init [--demo]"),
         QCoreApplication::translate("Cli", "Create a new workspace: empty, or with --demo "
                                            "the demo district (Kabupaten Bengkalis). An "
                                            "existing file is never overwritten."),
         [](CliContext &context, const CommandLine &line) {
             return Commands(context).init(line.flag(QStringLiteral("--demo")));
         }});
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
             return Commands(context).importRegions(line.positional.first(),
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
                         return Commands(context).listRegions(line.format());
                     }});
    return specs;
}

} // namespace konvergensi::cli

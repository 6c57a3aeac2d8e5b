// SPDX-License-Identifier: GPL-3.0-or-later
#include "cli/command.h"

#include "cli/cli_app.h"

#include "io/csv_reader.h"
#include "reports/report_document.h"
#include "storage/database.h"
#include "usecases/progress.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>

namespace konvergensi::cli {

void usageError(const QString &message)
{
    throw CliError(message, ExitUsage);
}

QString requiredPdfPath(const CommandLine &line)
{
    const auto pdf = line.value(QStringLiteral("--pdf"));
    if (!pdf || pdf->isEmpty())
        usageError(QCoreApplication::translate("Cli", "name the PDF file with --pdf FILE."));
    return *pdf;
}

void writePdfFile(CliContext &context, const QString &path,
                  const std::function<int(usecases::Progress &)> &write)
{
    usecases::Progress progress;
    int pages = 0;
    try {
        pages = write(progress);
    } catch (const reports::ReportError &error) {
        throw CliError(error.message(), ExitFailure);
    }
    context.out << QCoreApplication::translate("Cli", "Wrote %1 (%2 pages).")
                       .arg(QDir::toNativeSeparators(path))
                       .arg(pages)
                << '\n';
}

void refuseImport(CliContext &context, const QString &file, const std::vector<io::RowError> &errors,
                  int moreErrors, const QStringList &extra)
{
    for (const io::RowError &error : errors)
        context.err << io::describe(error) << '\n';
    if (moreErrors > 0)
        context.err << io::moreErrorsText(moreErrors) << '\n';
    for (const QString &line : extra)
        context.err << line << '\n';
    throw CliError(QCoreApplication::translate("Cli", "nothing was imported from %1 (errors: "
                                                      "%2). Fix the lines above and try again.")
                       .arg(QDir::toNativeSeparators(file),
                            QString::number(static_cast<qsizetype>(errors.size()) + moreErrors)),
                   ExitFailure);
}

std::unique_ptr<storage::Database> openExistingWorkspace(const CliContext &context)
{
    const QString &path = context.databasePath;
    if (storage::ServerConnection::isUrl(path))
        return storage::Database::open(path);
    if (!QFileInfo::exists(path)) {
        if (context.databaseGiven)
            throw CliError(QCoreApplication::translate(
                               "Cli",
                               "the workspace %1 does not exist. Create it with: konvergensi-cli "
                               "--database %1 init")
                               .arg(QDir::toNativeSeparators(path)),
                           ExitFailure);
        throw CliError(QCoreApplication::translate(
                           "Cli",
                           "there is no workspace yet at the default place (%1). Create it with "
                           "\"konvergensi-cli init\", or name one with --database PATH.")
                           .arg(QDir::toNativeSeparators(path)),
                       ExitFailure);
    }
    auto db = storage::Database::openSqlite(path);
    if (!db->backupBeforeUpgrade().isEmpty())
        context.err << QCoreApplication::translate(
                           "Cli", "Note: the workspace was upgraded to this version of "
                                  "Konvergensi; a copy of it as it was is kept in %1.")
                           .arg(QDir::toNativeSeparators(db->backupBeforeUpgrade()))
                    << '\n';
    return db;
}

std::optional<QString> CommandLine::value(const QString &option) const
{
    const auto it = values.constFind(option);
    if (it == values.constEnd())
        return std::nullopt;
    return *it;
}

std::optional<int> CommandLine::intValue(const QString &option) const
{
    const auto text = value(option);
    if (!text)
        return std::nullopt;
    bool ok = false;
    const int number = text->toInt(&ok);
    if (!ok)
        usageError(QCoreApplication::translate("Cli", "the option %1 needs a whole number, not "
                                                      "\"%2\".")
                       .arg(option, *text));
    return number;
}

ListFormat CommandLine::format() const
{
    const auto text = value(QStringLiteral("--format"));
    if (!text || *text == QLatin1String("table"))
        return ListFormat::Table;
    if (*text == QLatin1String("csv"))
        return ListFormat::Csv;
    usageError(
        QCoreApplication::translate("Cli", "unknown format \"%1\": use table or csv.").arg(*text));
}

} // namespace konvergensi::cli

// SPDX-License-Identifier: GPL-3.0-or-later
#include "cli/semester/semester_commands.h"

#include "cli/cli_app.h"
#include "cli/cli_commands.h"
#include "cli/logging.h"

#include "core/clock.h"
#include "core/errors.h"
#include "i18n/language.h"
#include "reports/semester/semester_document.h"
#include "storage/database.h"
#include "storage/output_file.h"
#include "storage/storage_error.h"
#include "usecases/semester/semester_report.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>

namespace konvergensi::cli {

namespace {

int reportSemester(CliContext &context, const CommandLine &line)
{
    const auto year = line.intValue(QStringLiteral("--year"));
    if (!year)
        usageError(QCoreApplication::translate("Cli", "name the year with --year Y."));
    const auto half = line.intValue(QStringLiteral("--semester"));
    if (!half || (*half != 1 && *half != 2))
        usageError(QCoreApplication::translate(
            "Cli", "name the semester with --semester 1 (January-June) or 2 (July-December)."));
    const core::Semester semester{*year, *half};
    if (!semester.isValid())
        usageError(QCoreApplication::translate("Cli", "the year is between 2000 and 2100, not %1.")
                       .arg(*year));
    const auto pdf = line.value(QStringLiteral("--pdf"));
    if (!pdf || pdf->isEmpty())
        usageError(QCoreApplication::translate("Cli", "name the PDF file with --pdf FILE."));
    const auto odt = line.value(QStringLiteral("--odt"));
    const auto xlsx = line.value(QStringLiteral("--xlsx"));
    reports::Paper paper = reports::Paper::A4;
    if (const auto text = line.value(QStringLiteral("--paper"))) {
        const auto parsed = reports::paperFromString(*text);
        if (!parsed)
            usageError(QCoreApplication::translate("Cli", "the paper is a4 or f4, not \"%1\".")
                           .arg(*text));
        paper = *parsed;
    }
    // The signing date of this run; without --date the one stored with the report, or today.
    std::optional<boost::gregorian::date> signedOn;
    if (const auto text = line.value(QStringLiteral("--date"))) {
        try {
            signedOn = core::parseIsoDate(text->trimmed().toStdString());
        } catch (const core::DomainError &) {
            usageError(QCoreApplication::translate(
                           "Cli", "the report date is a date written YYYY-MM-DD, not \"%1\".")
                           .arg(*text));
        }
        if (!core::isValidReportDate(semester, *signedOn))
            usageError(
                QCoreApplication::translate(
                    "Cli", "the report date %1 is before the semester begins (%2).")
                    .arg(*text, QString::fromStdString(core::toIsoDate(semester.firstDay()))));
    }
    // Every target is checked before anything is written (never the workspace itself, nor
    // one file named twice).
    QStringList targets = {*pdf};
    for (const auto &other : {odt, xlsx}) {
        if (other && !other->isEmpty())
            targets << *other;
    }
    for (int i = 0; i < targets.size(); ++i) {
        for (int j = 0; j < i; ++j) {
            if (QFileInfo(targets[i]).absoluteFilePath()
                == QFileInfo(targets[j]).absoluteFilePath())
                usageError(QCoreApplication::translate("Cli", "%1 is named twice.")
                               .arg(QDir::toNativeSeparators(targets[i])));
        }
    }
    const auto db = openExistingWorkspace(context);
    try {
        for (const QString &target : targets)
            storage::checkOutputPath(target);
    } catch (const storage::StorageError &error) {
        throw CliError(error.message(), ExitFailure);
    }
    const core::Language language = i18n::LanguageSetup::current();
    usecases::Progress progress;
    const auto document = usecases::semester::buildDocument(*db, semester, language, progress,
                                                            signedOn);
    try {
        const int pages = usecases::semester::writePdf(document, language, paper, *pdf);
        context.out << QCoreApplication::translate("Cli", "Wrote %1 (%2 pages).")
                           .arg(QDir::toNativeSeparators(*pdf))
                           .arg(pages)
                    << '\n';
        if (odt && !odt->isEmpty()) {
            reports::writeSemesterOdt(document, paper, *odt);
            context.out << QCoreApplication::translate("Cli", "Wrote %1.")
                               .arg(QDir::toNativeSeparators(*odt))
                        << '\n';
        }
        if (xlsx && !xlsx->isEmpty()) {
            reports::writeSemesterXlsx(document, *xlsx);
            context.out << QCoreApplication::translate("Cli", "Wrote %1.")
                               .arg(QDir::toNativeSeparators(*xlsx))
                        << '\n';
        }
    } catch (const reports::ReportError &error) {
        throw CliError(error.message(), ExitFailure);
    }
    qCInfo(lcCli) << "report semester" << semester.year << semester.half;
    return ExitSuccess;
}

} // namespace

std::vector<CommandSpec> semester::commands()
{
    std::vector<CommandSpec> specs;
    specs.push_back(
        {{QStringLiteral("report"), QStringLiteral("semester")},
         {QStringLiteral("--year"), QStringLiteral("--semester"), QStringLiteral("--pdf"),
          QStringLiteral("--odt"), QStringLiteral("--xlsx"), QStringLiteral("--paper"),
          QStringLiteral("--date")},
         {},
         0,
         0,
         QStringLiteral("report semester --year Y --semester 1|2 --pdf FILE [--odt FILE] "
                        "[--xlsx FILE] [--paper a4|f4] [--date YYYY-MM-DD]"),
         QCoreApplication::translate(
             "Cli",
             "Write the TPPS semester report (semester 1: January-June, 2: July-December) as a "
             "PDF, and as an OpenDocument text and an XLSX annex of its tables when asked. It is "
             "signed on --date, else on the date stored with the report, else today."),
         &reportSemester});
    return specs;
}

} // namespace konvergensi::cli

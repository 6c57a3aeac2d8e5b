// SPDX-License-Identifier: GPL-3.0-or-later
#include "usecases/locus/locus_documents.h"

#include "reports/locus/locus_report.h"
#include "storage/database.h"
#include "usecases/locus/locus_report_data.h"

#include <QCoreApplication>
#include <QFileInfo>

namespace konvergensi::usecases::locus {

std::optional<FileFormat> formatOfPath(const QString &path)
{
    const QString suffix = QFileInfo(path).suffix().toLower();
    if (suffix == QLatin1String("pdf"))
        return FileFormat::Pdf;
    if (suffix == QLatin1String("xlsx"))
        return FileFormat::Xlsx;
    if (suffix == QLatin1String("csv"))
        return FileFormat::Csv;
    return std::nullopt;
}

reports::ReportDocument buildDocument(storage::Database &db, LocusDocument document, int year,
                                      reports::Paper paper, core::Language language)
{
    if (document == LocusDocument::Attachment)
        return reports::buildLocusAttachment(loadLocusListData(db, year), language, paper);
    return reports::buildScorecardSummary(loadScorecardSummary(db, year), language, paper);
}

namespace {

/// One document read once, then written in the chosen format: the PDF laid out first (its own
/// progress step), the spreadsheet and CSV written straight from the data.
template<typename Data, typename BuildPdf, typename WriteXlsx, typename WriteCsv>
void writeAs(const Data &data, FileFormat format, const QString &path, Progress &progress,
             int steps, BuildPdf buildPdf, WriteXlsx writeXlsx, WriteCsv writeCsv)
{
    progress.report(1, steps, QCoreApplication::translate("LocusDocuments", "Laying out"));
    progress.check();
    switch (format) {
    case FileFormat::Pdf: {
        const reports::ReportDocument built = buildPdf(data);
        progress.report(2, steps,
                        QCoreApplication::translate("LocusDocuments", "Writing the file"));
        progress.check();
        built.writePdf(path);
        break;
    }
    case FileFormat::Xlsx:
        progress.check();
        writeXlsx(data);
        break;
    case FileFormat::Csv:
        progress.check();
        writeCsv(data);
        break;
    }
}

} // namespace

void writeDocument(storage::Database &db, LocusDocument document, int year, FileFormat format,
                   reports::Paper paper, core::Language language, const QString &path,
                   Progress &progress)
{
    constexpr int kSteps = 3;
    progress.report(0, kSteps,
                    QCoreApplication::translate("LocusDocuments", "Reading the workspace"));
    progress.check();
    if (document == LocusDocument::Attachment) {
        writeAs(
            loadLocusListData(db, year), format, path, progress, kSteps,
            [&](const auto &data) { return reports::buildLocusAttachment(data, language, paper); },
            [&](const auto &data) { reports::exportLocusListXlsx(data, language, path); },
            [&](const auto &data) { reports::exportLocusListCsv(data, language, path); });
    } else {
        writeAs(
            loadScorecardSummary(db, year), format, path, progress, kSteps,
            [&](const auto &data) { return reports::buildScorecardSummary(data, language, paper); },
            [&](const auto &data) { reports::exportScorecardSummaryXlsx(data, language, path); },
            [&](const auto &data) { reports::exportScorecardSummaryCsv(data, language, path); });
    }
    progress.report(kSteps, kSteps);
}

QString suggestedBaseName(LocusDocument document, int year)
{
    return document == LocusDocument::Attachment
               ? QCoreApplication::translate("LocusDocuments", "locus-villages-%1").arg(year)
               : QCoreApplication::translate("LocusDocuments", "scorecards-%1").arg(year);
}

} // namespace konvergensi::usecases::locus

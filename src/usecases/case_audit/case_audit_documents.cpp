// SPDX-License-Identifier: GPL-3.0-or-later
#include "usecases/case_audit/case_audit_documents.h"

#include "reports/case_audit/case_audit_report.h"
#include "storage/database.h"
#include "storage/transaction.h"

#include <QCoreApplication>
#include <QFile>

namespace konvergensi::usecases::case_audit {

namespace {
QString romanSemester(int semester)
{
    return semester == 1 ? QStringLiteral("I") : QStringLiteral("II");
}
} // namespace

reports::ReportDocument roundReport(storage::Database &db, std::int64_t roundId,
                                    core::Language language, Progress &progress)
{
    progress.report(0, 1, QCoreApplication::translate("CaseAudit", "Reading the audit round"));
    progress.check();
    auto document = reports::caseAuditRoundReport(db, roundId, language);
    progress.report(1, 1);
    progress.check();
    return document;
}

int writeRoundReportPdf(storage::Database &db, std::int64_t roundId, const QString &path,
                        core::Language language, Progress &progress)
{
    const auto document = roundReport(db, roundId, language, progress);
    progress.report(1, 2, QCoreApplication::translate("CaseAudit", "Writing the PDF"));
    progress.check();
    document.writePdf(path);
    progress.report(2, 2);
    return document.pageCount();
}

ExportFormat exportFormatOf(const QString &path)
{
    return path.endsWith(QLatin1String(".csv"), Qt::CaseInsensitive) ? ExportFormat::Csv
                                                                     : ExportFormat::Xlsx;
}

QString exportBaseName(int year, int semester, bool withIdentity)
{
    QString name = QStringLiteral("AKS-%1-%2").arg(year).arg(romanSemester(semester));
    if (withIdentity)
        name += QStringLiteral("-data-pribadi");
    return name;
}

QString reportBaseName(int year, int semester)
{
    return QStringLiteral("Laporan-AKS-%1-%2").arg(year).arg(romanSemester(semester));
}

ExportResult exportRound(storage::Database &db, std::int64_t roundId, const QString &path,
                         bool withIdentity, core::Language language, Progress &progress)
{
    // The reveals are logged by the reading; they are committed only once the file exists.
    storage::Transaction transaction(db);
    progress.report(0, 3, QCoreApplication::translate("CaseAudit", "Reading the audit round"));
    progress.check();
    const auto data = reports::loadRoundExport(db, roundId, withIdentity);
    progress.report(1, 3, QCoreApplication::translate("CaseAudit", "Writing the file"));
    progress.check();
    if (exportFormatOf(path) == ExportFormat::Csv)
        reports::writeCaseAuditCsv(data, path, language);
    else
        reports::writeCaseAuditXlsx(data, path, language);
    progress.report(3, 3);
    try {
        transaction.commit();
    } catch (...) {
        QFile::remove(path); // a file with identity whose reveals are not on record
        throw;
    }
    ExportResult result;
    result.path = path;
    result.cases = static_cast<int>(data.details.size());
    result.withIdentity = withIdentity;
    return result;
}

} // namespace konvergensi::usecases::case_audit

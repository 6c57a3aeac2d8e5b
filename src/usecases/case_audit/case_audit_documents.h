// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/format.h"
#include "reports/report_document.h"
#include "usecases/progress.h"

#include <QString>

#include <cstdint>

namespace konvergensi::storage {
class Database;
}

// The documents of an audit round: the printed round report (PDF or printer) and the
// XLSX/CSV export. Identity goes into a file only when asked for; such a file says so on
// every sheet and each case's reveal is in the audit log. Used by the page and the CLI.
namespace konvergensi::usecases::case_audit {

/// The round report for the dissemination meeting (initials and age only). Throws
/// storage::StorageError (NotFound) for a round that is gone, Cancelled when cancelled.
reports::ReportDocument roundReport(storage::Database &db, std::int64_t roundId,
                                    core::Language language, Progress &progress);

/// Writes the round report as PDF; returns its number of pages. Throws reports::ReportError
/// when the file cannot be written.
int writeRoundReportPdf(storage::Database &db, std::int64_t roundId, const QString &path,
                        core::Language language, Progress &progress);

enum class ExportFormat { Xlsx, Csv };
/// CSV for a path ending in ".csv" (any case), XLSX otherwise.
ExportFormat exportFormatOf(const QString &path);

/// The file name (without suffix) offered for a round's export: "AKS-2023-II", and
/// "AKS-2023-II-data-pribadi" when it holds identity; for the report "Laporan-AKS-2023-II".
QString exportBaseName(int year, int semester, bool withIdentity);
QString reportBaseName(int year, int semester);

struct ExportResult
{
    QString path;
    int cases = 0;
    bool withIdentity = false;
};

/// Exports the round to `path` (XLSX or CSV by its suffix). Without `withIdentity` no name,
/// NIK, birth date or parents are written. With it, the file says on every sheet that it
/// holds personal data, and a 'view' of each case is written to the audit log, in the same
/// transaction as the reading: when the export fails or is cancelled (Progress::cancel,
/// checked between the steps) no file is written and no view is logged. Throws Cancelled,
/// storage::StorageError, reports::ReportError.
ExportResult exportRound(storage::Database &db, std::int64_t roundId, const QString &path,
                         bool withIdentity, core::Language language, Progress &progress);

} // namespace konvergensi::usecases::case_audit

// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/format.h"
#include "core/letterhead.h"
#include "core/locus/locus.h"
#include "core/locus/locus_scorecard.h"
#include "reports/locus/locus_words.h"
#include "reports/report_document.h"

#include <QString>
#include <QStringList>

#include <optional>
#include <vector>

namespace konvergensi::reports {

/// One village of a year's list with the names the documents print.
struct LocusListRow
{
    core::LocusVillage entry;
    QString villageName;   ///< "Teluk Pambang"
    QString kindName;      ///< "Desa" / "Kelurahan"
    QString kecamatanCode; ///< "14.03.02"
    QString kecamatanName; ///< "Bantan"
};

/// Everything the printed list and its exports show, read once.
struct LocusListData
{
    core::Letterhead letterhead;
    QString districtName; ///< "Kabupaten Bengkalis"
    int year = 0;
    std::optional<core::LocusDecree> decree;
    std::vector<LocusListRow> rows; ///< by rank
};

/// The rows grouped by kecamatan (kecamatan in code order, villages by rank within), as the
/// decree's attachment numbers them.
std::vector<LocusListRow> rowsByKecamatan(const LocusListData &data);

/// "Bupati Bengkalis" for "Kabupaten Bengkalis", "Wali Kota Pekanbaru" for "Kota
/// Pekanbaru": who signs the district's decrees.
QString regentTitle(const QString &districtName);

/// The list as the attachment to the regent's decree: "LAMPIRAN KEPUTUSAN BUPATI BENGKALIS
/// NOMOR ... TANGGAL ...", the list numbered and grouped by kecamatan with the evidence
/// (children measured, stunted, prevalence), the count per kecamatan, and the regent's
/// signature block.
ReportDocument buildLocusAttachment(const LocusListData &data, core::Language language,
                                    Paper paper = Paper::A4);

/// The list as a workbook (the list, and the count per kecamatan) or CSV; numbers as numbers.
/// Throws ReportError.
void exportLocusListXlsx(const LocusListData &data, core::Language language, const QString &path);
void exportLocusListCsv(const LocusListData &data, core::Language language, const QString &path);

/// A year's scorecards with their coverage per package, for the summary report.
struct ScorecardSummaryRow
{
    QString villageName;
    QString kecamatanName;
    bool locus = false; ///< on the year's locus list
    core::Scorecard scorecard;
    core::ScorecardCoverage coverage;
};

struct ScorecardSummaryData
{
    core::Letterhead letterhead;
    QString districtName;
    int year = 0;
    std::vector<ScorecardSummaryRow> rows; ///< by kecamatan, village code
};

/// The scorecard summary: per village the coverage of each of the five packages, overall,
/// and the APBDes allocation for stunting; landscape; signed by the letterhead's signatory.
ReportDocument buildScorecardSummary(const ScorecardSummaryData &data, core::Language language,
                                     Paper paper = Paper::A4);
/// The summary as a workbook (one row per village with the coverage of each package, overall
/// and the APBDes allocation; a second sheet with every indicator) or as CSV (the summary
/// rows). Throws ReportError.
void exportScorecardSummaryXlsx(const ScorecardSummaryData &data, core::Language language,
                                const QString &path);
void exportScorecardSummaryCsv(const ScorecardSummaryData &data, core::Language language,
                               const QString &path);

} // namespace konvergensi::reports

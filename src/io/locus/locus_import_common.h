// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// What the locus-list and scorecard importers share: the canonical column names, the village
// columns, the checks made before reading rows, matching a row's village and the words for
// columns in messages. Private to io/locus.

#include "io/locus/locus_import.h"
#include "io/locus/locus_table.h"

#ifndef Q_MOC_RUN
#include "core/regions/region_code.h"
#include "core/regions/region_tree.h"
#endif

#include <QString>
#include <QStringList>

#include <optional>
#include <set>
#include <string>
#include <vector>

namespace konvergensi::storage {
class Database;
}

namespace konvergensi::io::locus_detail {

inline QString q(const std::string &text)
{
    return QString::fromStdString(text);
}

inline const QString kCode = QStringLiteral("code");
inline const QString kVillage = QStringLiteral("village");
inline const QString kKecamatan = QStringLiteral("kecamatan");
inline const QString kRank = QStringLiteral("rank");
inline const QString kReason = QStringLiteral("reason");
inline const QString kMeasured = QStringLiteral("measured");
inline const QString kStunted = QStringLiteral("stunted");
inline const QString kPrevalence = QStringLiteral("prevalence");
inline const QString kHouseholds = QStringLiteral("target_households");
inline const QString kPoverty = QStringLiteral("poverty");
inline const QString kPackage = QStringLiteral("package");
inline const QString kIndicator = QStringLiteral("indicator");
inline const QString kTarget = QStringLiteral("target");
inline const QString kAchieved = QStringLiteral("achieved");
inline const QString kBudget = QStringLiteral("apbdes");

CsvColumn codeColumn();
CsvColumn villageColumn();
CsvColumn kecamatanColumn();

/// The district and its region tree, or a file error when the workspace has none.
struct District
{
    std::optional<core::RegionCode> code;
    QString name;
    core::RegionTree tree;
};

District districtOf(storage::Database &db);
QString noDistrictError();

/// A file read up to its rows, the same way for locus lists and scorecards.
struct PreparedTable
{
    CsvTable table; ///< with its header row found (title rows dropped)
    CsvHeaderMap header;
    District district;
    std::set<int> miscounted; ///< lines with the wrong number of fields (already reported)
};

struct TableRules
{
    std::vector<CsvColumn> columns;
    std::vector<QStringList> required; ///< groups of which one column each must be present
    QString noHeader;                  ///< the message when no header row qualifies
    QString noRows;                    ///< the message when the header has no rows below it
};

/// The checks both importers make before reading rows: the file, the year, the workspace's
/// district, the header row, each column once, at least one row. nullopt with
/// report.fileError set when one fails; the rows' field-count errors go to report.errors.
std::optional<PreparedTable> prepareTable(storage::Database &db, int year, const CsvTable &input,
                                          const TableRules &rules, LocusImportReport &report);

/// Matches the village of a row; on failure records the error (and the unmatched name).
std::optional<core::RegionCode> matchVillage(const VillageMatcher &matcher,
                                             const CsvHeaderMap &header, const CsvRow &row,
                                             const District &district, LocusImportReport &report);

/// "%1 \"%2\" is not a number." with the column's word.
QString notANumber(const QString &what, const QString &text);
/// The word for a column in messages ("children measured"); the column itself otherwise.
QString columnWord(const QString &column);

} // namespace konvergensi::io::locus_detail

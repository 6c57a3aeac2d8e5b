// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// Helpers shared by the locus-list and scorecard importers: finding the header row below
// title rows, reading numbers as Indonesian spreadsheets write them, and matching village
// names to codes.

#include "io/csv_reader.h"
#include "io/number_text.h"

#ifndef Q_MOC_RUN
#include "core/regions/region_code.h"
#include "core/regions/region_tree.h"
#endif

#include <QString>
#include <QStringList>

#include <cstdint>
#include <optional>
#include <vector>

namespace konvergensi::io::locus_detail {

/// The table with its header row found: the first row (among the file's first six) that
/// holds a required column of every group in `anyOf` (each group: canonical names of which
/// one must be present). Rows above it (a title, a merged group header) are dropped. Header
/// cells are cleaned first: "Prevalensi (%)" reads as "prevalensi", "Sasaran 1.000 HPK" as
/// "sasaran_1000_hpk". Row field-count errors are recomputed against the found header:
/// a row with more non-empty fields than the header is an error; missing trailing fields
/// are empty. Returns false (and leaves `table` alone) when no row qualifies.
bool locateHeader(CsvTable &table, const std::vector<CsvColumn> &columns,
                  const std::vector<QStringList> &anyOf);

using io::parseCount;
using io::parseDecimal;

/// Finds village codes from what a file says: a code, or a name (with the kecamatan's name or
/// code when names repeat). Names match ignoring case, the words "Desa"/"Kelurahan", and
/// punctuation.
class VillageMatcher
{
public:
    VillageMatcher(const core::RegionTree &tree, const core::RegionCode &district);

    enum class Result { Found, Unknown, Ambiguous, NotAVillage, Disagree };
    struct Match
    {
        Result result = Result::Unknown;
        std::optional<core::RegionCode> code;
        QStringList kecamatanChoices; ///< for Ambiguous: the kecamatan names that have it
        QString heldName;             ///< for Disagree: the name the workspace holds for the code
    };
    Match match(const QString &codeText, const QString &nameText,
                const QString &kecamatanText) const;

    static QString normalizedName(const QString &name);

private:
    struct Entry
    {
        core::RegionCode code;
        core::RegionCode kecamatan;
        QString name;          ///< normalised
        QString shownName;     ///< as held
        QString kecamatanName; ///< as held
        QString kecamatanKey;  ///< normalised
    };
    std::vector<Entry> m_villages;
    core::RegionCode m_district;
};

} // namespace konvergensi::io::locus_detail

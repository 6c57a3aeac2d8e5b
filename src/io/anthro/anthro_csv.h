// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// Children's measurements from a CSV file, as users of WHO Anthro write them, and the file
// written back with the z-scores. The columns (a header is required; names in any case):
//
//   sex          1/2, m/f, L/P (laki-laki/perempuan)
//   age          with age_unit (days or months) per row; or age_days; or age_months; or
//                birth_date and measure_date (ISO dates; the age is the days between)
//   weight (kg), lenhei (cm), measure (l/h, also terlentang/berdiri), oedema (y/n, 1/2),
//   headc (cm), armc (cm), triskin (mm), subskin (mm)
//
// Empty or NA is missing. A file is read whole or not at all: every bad row is reported with
// its line.

#include "core/anthro/zscores.h"
#include "io/anthro/r_numbers.h"
#include "io/csv_reader.h"

#include <QByteArray>
#include <QString>

#include <functional>
#include <span>
#include <string>
#include <string_view>
#include <vector>

namespace konvergensi::io {

/// A file of children read for the z-scores. The views point into `data`.
struct AnthroTable
{
    QByteArray data; ///< the file's bytes
    char delimiter = ',';
    std::string_view headerText; ///< the header as written (no byte-order mark, no line end)
    std::vector<std::string_view> rowTexts;               ///< each data row as written
    std::vector<int> rowLines;                            ///< each data row's line in the file
    std::vector<core::anthro::ChildMeasurement> children; ///< one per data row
};

struct AnthroReadResult
{
    AnthroTable table;
    QString fileError;               ///< a problem with the whole file (nothing read then)
    std::vector<RowError> rowErrors; ///< bad rows, in line order (at most kMaxRowErrors)
    int rowErrorCount = 0;           ///< all bad rows, also those not listed

    bool ok() const { return fileError.isEmpty() && rowErrorCount == 0; }
};

inline constexpr int kMaxRowErrors = 50;

/// Reads children from CSV bytes (comma, semicolon or tab; UTF-8 with or without BOM).
AnthroReadResult readAnthroCsv(QByteArray data);
/// Reads a file; one that cannot be read, or is larger than 1 GB, is a file error.
AnthroReadResult readAnthroCsvFile(const QString &path);

/// The columns added to each row, in order: csex, clenhei, cmeasure, c9mo_flag, cbmi, zlen,
/// flen, zwei, fwei, zwfl, fwfl, zbmi, fbmi, zhc, fhc, zac, fac, zts, fts, zss, fss (the
/// package's names), then the categories of the Indonesian standard: kategori_bbu,
/// kategori_pbu_tbu, kategori_bbpb_bbtb, kategori_imtu.
const std::vector<std::string> &zscoreColumnNames();

/// The file with the columns above after each row's own fields, which are kept as written;
/// same separator, no byte-order mark, LF line ends. Missing values are empty.
std::string writeZScoreCsv(const AnthroTable &table, std::span<const core::anthro::ZScores> scores);
/// The same, given to `write` in pieces of about a megabyte as it is made.
void writeZScoreCsv(const AnthroTable &table, std::span<const core::anthro::ZScores> scores,
                    const std::function<void(std::string_view)> &write);

} // namespace konvergensi::io

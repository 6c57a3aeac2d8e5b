// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// Reading an e-PPGBM per-child export as it comes (tests/data/eppgbm/SPEC.md): XLSX (the
// first visible sheet; shared or inline strings; dates as serials or text) or Indonesian
// Excel CSV (BOM, semicolons, decimal commas). The header is the first row among the first
// 15 that holds a name and a birth-date column; a "data tanggal : YYYY-MM-DD" line above it
// gives the extract date; every column is found by its header text or an alias, never by
// position. Cells are returned as text; core/measurements reads their values.

#include <QString>
#include <QStringList>

#include <array>
#include <functional>
#include <optional>
#include <vector>

namespace konvergensi::io::measurements {

/// The columns the importer takes.
enum class Column {
    Name,
    Nik,
    Sex,
    BirthDate,
    Kecamatan,
    Desa,
    MeasureDate,
    Weight,
    Height,
    Position,
    Puskesmas,
    Posyandu,
    Parents,
    Address,
    TypedHaz, ///< e-PPGBM's own z-scores: compared with the WHO judgement, never counted
    TypedWaz,
    TypedWhz,
};
inline constexpr std::size_t kColumnCount = 17;

/// "name", "nik", "birth_date", ...: the column's key in messages and previews.
QString columnKey(Column column);
/// The header texts accepted for a column ("Tgl Lahir", "Tanggal Lahir").
QStringList columnAliases(Column column);

/// One data row: its sheet row (or CSV line) and the text of each known column (empty when
/// the column is absent).
struct EppgbmRow
{
    int line = 0;
    std::array<QString, kColumnCount> cells;

    const QString &at(Column column) const { return cells[static_cast<std::size_t>(column)]; }
};

struct EppgbmFile
{
    /// One sentence saying why the file is refused; empty when it was read.
    QString error;
    int headerLine = 0;
    /// "2024-08-31" from the "data tanggal" line; empty when there is none.
    QString extractDate;
    /// The header text each found column came from, by column (empty: not found).
    std::array<QString, kColumnCount> headers;
    std::vector<EppgbmRow> rows;

    bool ok() const { return error.isEmpty(); }
    bool has(Column column) const { return !headers[static_cast<std::size_t>(column)].isEmpty(); }
};

/// Reads the export; never throws. Refused with one sentence: a file that cannot be read, an
/// HTML page or other text named .xls/.xlsx, a zip without a sheet, a sheet without a name or
/// birth-date column in its first 15 rows.
EppgbmFile readEppgbmFile(const QString &path);

/// Data rows handed over as they are read, a chunk at a time; returns false to stop reading.
using RowChunkSink = std::function<bool(std::vector<EppgbmRow> &&rows)>;
/// As above, but the data rows go to `sink` in chunks of `chunkRows` as they are read
/// (EppgbmFile::rows stays empty), so they can be judged while the rest is read. When the
/// result has an error, the rows already handed over belong to a refused file. Never throws
/// (from the sink neither: it must not throw).
EppgbmFile readEppgbmFile(const QString &path, const RowChunkSink &sink,
                          std::size_t chunkRows = 2000);

} // namespace konvergensi::io::measurements

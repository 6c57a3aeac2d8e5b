// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "io/csv_reader.h"

#include <QByteArray>
#include <QString>

#include <functional>

namespace konvergensi::io {

struct XlsxOptions
{
    /// The sheet to read by name (case-insensitive); the first sheet when empty.
    QString sheet;
    /// Without a sheet name: skip sheets marked hidden (state="hidden" or "veryHidden") and
    /// read the first visible one, as a user sees the workbook open.
    bool firstVisibleSheet = false;
    /// Larger files, or workbook parts that unpack to more than this, are refused.
    qsizetype maxBytes = 64 * 1024 * 1024;
};

/// Takes a sheet's rows one by one as they are read; returns false to stop reading.
using XlsxRowSink = std::function<bool(CsvRow &&row)>;

/// Reads one sheet of an Excel workbook (.xlsx, Office Open XML) into the same CsvTable that
/// CsvReader gives, so every importer takes CSV or XLSX: the first non-empty row is the
/// header, every later non-empty row a data row whose `line` is its 1-based row number in the
/// sheet. Cells: shared strings, inline strings (also rich text), numbers (written back in
/// their shortest exact form: 8.4, 1250), booleans (TRUE/FALSE), formula results as stored.
/// Missing cells are empty fields; trailing empty cells are dropped. Never throws: a file that
/// is not a workbook, is damaged or too large gives a file error and no rows.
class XlsxReader
{
public:
    static CsvTable parse(const QByteArray &data, const XlsxOptions &options = {});
    static CsvTable readFile(const QString &path, const XlsxOptions &options = {});
    /// The sheet's non-empty rows in order, each handed to `sink` as it is read (rows of
    /// fields up to the row's last value; the first is the one parse() takes as the header),
    /// never the whole sheet in memory. Returns the file error, empty when the sheet was read
    /// (or `sink` stopped it); rows already handed on stay valid only without an error.
    static QString forEachRow(const QByteArray &data, const XlsxOptions &options,
                              const XlsxRowSink &sink);

    /// True when the bytes start like a zip archive (as every .xlsx does).
    static bool looksLikeXlsx(const QByteArray &data);
    /// The names of the workbook's sheets in order; empty when it cannot be read.
    static QStringList sheetNames(const QByteArray &data);
};

/// Reads a table file of either kind: XLSX when the content is a zip archive (whatever the
/// extension), CSV otherwise.
CsvTable readTableFile(const QString &path, const CsvOptions &csvOptions = {},
                       const XlsxOptions &xlsxOptions = {});

/// The rows of a table file of either kind handed on one by one (XlsxReader::forEachRow for
/// a workbook; a CSV file is parsed whole, then handed on: its header line first). Returns
/// the file error, empty when it was read.
QString forEachTableRow(const QString &path, const CsvOptions &csvOptions,
                        const XlsxOptions &xlsxOptions, const XlsxRowSink &sink);

} // namespace konvergensi::io

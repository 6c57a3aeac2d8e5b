// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>
#include <QStringList>
#include <QVariant>

#include <memory>

namespace konvergensi::reports {

/// Writes a real .xlsx workbook (libxlsxwriter). Text that a spreadsheet would read as a
/// formula (starting with =, +, -, @) is written as plain text, never as a live formula.
/// Numbers (int, double) are written as numbers, QDate as dates.
class XlsxWriter
{
public:
    /// Opens the workbook for writing; throws ReportError when it cannot.
    explicit XlsxWriter(const QString &path);
    ~XlsxWriter();
    XlsxWriter(const XlsxWriter &) = delete;
    XlsxWriter &operator=(const XlsxWriter &) = delete;

    /// Starts a new sheet (names are cut to 31 characters and made unique).
    void addSheet(const QString &name);
    /// A note row above the table (e.g. "Berisi data pribadi"), bold.
    void addNote(const QString &text);
    /// The header row: bold, frozen, with an autofilter over the table when closed.
    void addHeader(const QStringList &headers);
    void addRow(const QVariantList &cells);
    void setColumnWidth(int column, double width);
    /// Finishes the file; throws ReportError. Called by the destructor if not called.
    void close();

private:
    struct Private;
    std::unique_ptr<Private> d;
};

/// Writes rows as CSV (UTF-8 with BOM so Excel opens it right, comma separated, formulas
/// neutralised); throws ReportError.
void writeCsv(const QString &path, const QStringList &headers,
              const std::vector<QVariantList> &rows, const QString &note = {});

/// Where writeTable puts its note.
enum class NoteIn { Both, WorkbookOnly };

/// Writes a table as a workbook of one sheet when `path` ends in .xlsx (any case), otherwise
/// as CSV; a non-empty note is the first line (bold in the workbook). Throws ReportError.
void writeTable(const QString &path, const QString &sheetName, const QStringList &headers,
                const std::vector<QVariantList> &rows, const QString &note = {},
                NoteIn noteIn = NoteIn::Both);

} // namespace konvergensi::reports

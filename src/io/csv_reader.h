// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QChar>
#include <QIODevice>
#include <QString>
#include <QStringList>

#ifndef Q_MOC_RUN
#include "core/locus/locus.h"
#include "core/prevalence/prevalence.h"
#endif

#include <exception>
#include <utility>
#include <variant>
#include <vector>

namespace konvergensi::io {

/// A rule of a module's core that a row breaks, kept as core's enum. io cannot word it: the
/// module's words are in reports (reports/<module>/<module>_words), which builds on io. The use
/// case that runs the import words it into `reason` (usecases::locus::checkImport,
/// usecases::prevalence::FigureImport).
using RowRule = std::variant<std::monostate, core::LocusProblem, core::PrevalenceProblem>;

/// A row that could not be taken, with its 1-based line number in the file and a translated
/// reason in plain words (without the line number; see describe()). A row that breaks a rule of
/// core has the rule in `rule` and an empty reason until the use case words it.
struct RowError
{
    RowError() = default;
    RowError(int lineNumber, QString why, RowRule broken = {})
        : line(lineNumber)
        , reason(std::move(why))
        , rule(broken)
    {
    }

    int line = 0;
    QString reason;
    RowRule rule;
};

/// "Line 7: village 14.03.99.2001 belongs to ...": the error as one translated sentence.
QString describe(const RowError &error);

/// At most this many row errors are kept in an import report; the rest are only counted, so a
/// file of a million bad rows gives fifty lines and a count, not a million lines.
constexpr std::size_t kMaxListedErrors = 50;
/// Sorts the errors by line, keeps the first kMaxListedErrors and returns how many were
/// dropped.
int keepFirstErrors(std::vector<RowError> &errors);
/// An import report with its errors cut to the first kMaxListedErrors (report.moreErrors
/// counts the rest).
template<typename Report>
Report withFirstErrors(Report report)
{
    report.moreErrors += keepFirstErrors(report.errors);
    return report;
}
/// "… and 12 more lines with errors." (empty when `more` is 0).
QString moreErrorsText(int more);
/// The first `limit` errors as sentences (describe()), then "… and 7 more." counting the
/// listed errors past `limit` and the `moreErrors` the report only counted. No line for the
/// rest when there is none.
QStringList firstErrorLines(const std::vector<RowError> &errors, int moreErrors, int limit);
/// What an import that failed on `error` tells the user: that the file is too large for the
/// memory (std::bad_alloc), or else `otherwise` ("The figures could not be imported.").
QString importFailureText(const std::exception &error, const QString &otherwise);

/// The limits every table file obeys (CSV and XLSX alike); larger files are refused as "too
/// large" before they can exhaust the memory.
constexpr qsizetype kMaxTableRows = 500'000;
constexpr qsizetype kMaxTableCells = 5'000'000; ///< fields, counting blanks up to a row's last
constexpr int kMaxTableColumns = 1024;

/// An error when `path` is not a regular file (a folder, FIFO, device such as /dev/zero):
/// every importer refuses those before reading. Empty when it is one (or does not exist yet;
/// opening then says so).
QString notARegularFileError(const QString &path);

/// The bytes of an open file, at most `maxBytes` + 1 (one more than the limit, so that a file
/// grown past it since its size was checked is still refused). Allocates what the file holds,
/// not the limit: QIODevice::read(maxBytes + 1) reserved the whole limit (64 or 256 MB) for
/// every file, however small.
QByteArray readAtMost(QIODevice &file, qsizetype maxBytes);

/// How the bytes of a CSV file are read as text.
enum class CsvEncoding {
    Utf8,              ///< UTF-8 only (with or without BOM); anything else is a file error
    Utf8OrWindows1252, ///< UTF-8, or Windows-1252 when the file is not valid UTF-8
};

struct CsvOptions
{
    /// Field separator; a null QChar detects it from the header line (comma, semicolon or tab,
    /// whichever occurs most outside quotes; comma when none does).
    QChar delimiter;
    CsvEncoding encoding = CsvEncoding::Utf8;
    /// Larger inputs are refused with a file error instead of being read.
    qsizetype maxBytes = 64 * 1024 * 1024;
};

/// One record of the file. A quoted field may hold line breaks, so a row may span lines;
/// `line` is the physical line (1-based) where the row starts.
struct CsvRow
{
    int line = 0;
    QStringList fields;
};

/// What the reader made of a file.
struct CsvTable
{
    CsvRow header;            ///< the first non-empty row; its line is 0 when there is none
    std::vector<CsvRow> rows; ///< data rows in file order (empty and blank rows skipped)
    QChar delimiter = u',';   ///< the separator used
    CsvEncoding encoding = CsvEncoding::Utf8; ///< Utf8OrWindows1252 when the fallback was used
    QString fileError;     ///< a problem with the whole file; rows are empty then
    int fileErrorLine = 0; ///< the line the file error is about, 0 when none
    /// Rows whose field count differs from the header's, in line order. The rows themselves
    /// are still in `rows`, so a caller may read what it can from them.
    std::vector<RowError> rowErrors;

    bool ok() const { return fileError.isEmpty() && rowErrors.empty(); }
};

/// Reads CSV text as written by spreadsheets and by hand: RFC 4180 quoting (doubled quotes,
/// quoted line breaks), CRLF, LF or CR line ends, a UTF-8 byte-order mark, empty and
/// whitespace-only lines skipped. Fields are returned as written (not trimmed). Never throws;
/// any input, however broken, gives either rows or a file error.
class CsvReader
{
public:
    static CsvTable parse(const QByteArray &data, const CsvOptions &options = {});
    /// Reads a file (or a Qt resource); a file that cannot be read is a file error.
    static CsvTable readFile(const QString &path, const CsvOptions &options = {});
};

/// One column an importer knows: its canonical name and the other header words accepted.
struct CsvColumn
{
    QString name;        ///< "code"
    QStringList aliases; ///< {"kode", "kode_wilayah"}
    bool required = false;
};

/// Finds known columns in a header row. Names match case-insensitively, ignoring surrounding
/// whitespace and treating spaces and hyphens as underscores ("Short Name" = "short_name").
class CsvHeaderMap
{
public:
    CsvHeaderMap(const QStringList &header, const std::vector<CsvColumn> &columns);

    /// Index of the column in the file, -1 when absent. `name` is the canonical name.
    int index(const QString &name) const;
    bool has(const QString &name) const { return index(name) >= 0; }
    /// The field of a row for a column; empty when the column or the field is missing.
    QString value(const CsvRow &row, const QString &name) const;
    /// Canonical names of required columns not found, in declaration order.
    QStringList missingRequired() const { return m_missing; }
    /// Canonical names of columns that appear more than once in the header (the first wins).
    QStringList repeated() const { return m_repeated; }

    /// The normal form header names are compared in.
    static QString normalized(const QString &name);

private:
    std::vector<std::pair<QString, int>> m_index;
    QStringList m_missing;
    QStringList m_repeated;
};

/// A field written for CSV: quoted when it holds the delimiter, a quote, a line break or
/// leading/trailing spaces, inner quotes doubled. With `neutralizeFormula`, a field a
/// spreadsheet would read as a formula (= + - @ ...) gets a leading apostrophe first.
QString csvField(const QString &text, QChar delimiter = u',', bool neutralizeFormula = true);
/// The fields joined into one CSV line, without the line end.
QString csvLine(const QStringList &fields, QChar delimiter = u',', bool neutralizeFormula = true);

} // namespace konvergensi::io

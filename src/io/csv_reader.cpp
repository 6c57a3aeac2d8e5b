// SPDX-License-Identifier: GPL-3.0-or-later
#include "io/csv_reader.h"

#include "io/logging.h"

#include "core/text.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>

#include <algorithm>
#include <filesystem>
#include <new>
#include <system_error>

#include <array>

namespace konvergensi::io {

namespace {

/// Where the bytes stop being readable text.
struct ByteProblem
{
    enum class Kind { None, InvalidUtf8, Nul };
    Kind kind = Kind::None;
    int line = 0;
};

/// Checks that `data` from `start` on is UTF-8 without NUL bytes, counting physical lines
/// (LF, CRLF and CR each end one) so a problem can be named by its line.
ByteProblem checkUtf8(const QByteArray &data, qsizetype start)
{
    const auto *bytes = reinterpret_cast<const unsigned char *>(data.constData());
    const qsizetype size = data.size();
    int line = 1;
    for (qsizetype i = start; i < size;) {
        const unsigned char c = bytes[i];
        if (c < 0x80) {
            if (c == 0)
                return {ByteProblem::Kind::Nul, line};
            if (c == '\n' || (c == '\r' && (i + 1 >= size || bytes[i + 1] != '\n')))
                ++line;
            ++i;
            continue;
        }
        int length = 0;
        char32_t point = 0;
        char32_t smallest = 0;
        if ((c & 0xE0) == 0xC0) {
            length = 2;
            point = c & 0x1F;
            smallest = 0x80;
        } else if ((c & 0xF0) == 0xE0) {
            length = 3;
            point = c & 0x0F;
            smallest = 0x800;
        } else if ((c & 0xF8) == 0xF0) {
            length = 4;
            point = c & 0x07;
            smallest = 0x10000;
        } else {
            return {ByteProblem::Kind::InvalidUtf8, line};
        }
        if (i + length > size)
            return {ByteProblem::Kind::InvalidUtf8, line};
        for (int k = 1; k < length; ++k) {
            const unsigned char next = bytes[i + k];
            if ((next & 0xC0) != 0x80)
                return {ByteProblem::Kind::InvalidUtf8, line};
            point = (point << 6) | (next & 0x3F);
        }
        if (point < smallest || point > 0x10FFFF || (point >= 0xD800 && point <= 0xDFFF))
            return {ByteProblem::Kind::InvalidUtf8, line};
        i += length;
    }
    return {};
}

/// Windows-1252, the "ANSI" code page of Indonesian and Western Windows: Latin-1 except for
/// 0x80..0x9F.
QString fromWindows1252(const QByteArray &data, qsizetype start)
{
    static constexpr std::array<char16_t, 32> high = {
        0x20AC, 0x0081, 0x201A, 0x0192, 0x201E, 0x2026, 0x2020, 0x2021, 0x02C6, 0x2030, 0x0160,
        0x2039, 0x0152, 0x008D, 0x017D, 0x008F, 0x0090, 0x2018, 0x2019, 0x201C, 0x201D, 0x2022,
        0x2013, 0x2014, 0x02DC, 0x2122, 0x0161, 0x203A, 0x0153, 0x009D, 0x017E, 0x0178};
    QString text;
    text.reserve(data.size() - start);
    for (qsizetype i = start; i < data.size(); ++i) {
        const auto byte = static_cast<unsigned char>(data[i]);
        text.append(QChar(byte >= 0x80 && byte < 0xA0 ? high[byte - 0x80] : char16_t(byte)));
    }
    return text;
}

bool isLineBreak(QChar c)
{
    return c == u'\n' || c == u'\r';
}

/// The separator of the header line: the most frequent of comma, semicolon and tab outside
/// quotes (comma on a tie or when there is none).
QChar detectDelimiter(const QString &text)
{
    qsizetype i = 0;
    const qsizetype size = text.size();
    // Skip lines that hold only whitespace, as the parser does.
    while (i < size && text[i].isSpace())
        ++i;
    int commas = 0;
    int semicolons = 0;
    int tabs = 0;
    bool inQuotes = false;
    for (; i < size; ++i) {
        const QChar c = text[i];
        if (c == u'"') {
            inQuotes = !inQuotes;
        } else if (!inQuotes) {
            if (isLineBreak(c))
                break;
            if (c == u',')
                ++commas;
            else if (c == u';')
                ++semicolons;
            else if (c == u'\t')
                ++tabs;
        }
    }
    if (semicolons > commas && semicolons >= tabs)
        return u';';
    if (tabs > commas && tabs > semicolons)
        return u'\t';
    return u',';
}

bool isBlank(const QStringList &fields)
{
    for (const QString &field : fields) {
        if (!field.trimmed().isEmpty())
            return false;
    }
    return true;
}

QString tooLarge(qsizetype bytes, qsizetype limit)
{
    const auto megabytes = [](qsizetype n) { return (n + (1 << 20) - 1) >> 20; };
    return QCoreApplication::translate("Csv",
                                       "The file is too large to import (%1 MB; at most %2 MB).")
        .arg(megabytes(bytes))
        .arg(megabytes(limit));
}

CsvTable failed(CsvTable table, const QString &message, int line = 0)
{
    table.header = {};
    table.rows.clear();
    table.rowErrors.clear();
    table.fileError = message;
    table.fileErrorLine = line;
    return table;
}

} // namespace

int keepFirstErrors(std::vector<RowError> &errors)
{
    std::stable_sort(errors.begin(), errors.end(),
                     [](const RowError &a, const RowError &b) { return a.line < b.line; });
    if (errors.size() <= kMaxListedErrors)
        return 0;
    const int more = static_cast<int>(errors.size() - kMaxListedErrors);
    errors.resize(kMaxListedErrors);
    errors.shrink_to_fit();
    return more;
}

QString moreErrorsText(int more)
{
    if (more <= 0)
        return {};
    return QCoreApplication::translate("Csv", "… and %1 more lines with errors.").arg(more);
}

QStringList firstErrorLines(const std::vector<RowError> &errors, int moreErrors, int limit)
{
    QStringList lines;
    const int count = static_cast<int>(errors.size());
    for (int i = 0; i < count && i < limit; ++i)
        lines << describe(errors[static_cast<std::size_t>(i)]);
    const int rest = std::max(count - limit, 0) + moreErrors;
    if (rest > 0)
        lines << QCoreApplication::translate("Csv", "… and %n more.", nullptr, rest);
    return lines;
}

QString importFailureText(const std::exception &error, const QString &otherwise)
{
    if (dynamic_cast<const std::bad_alloc *>(&error))
        return QCoreApplication::translate("Csv", "The file is too large to import: there is not "
                                                  "enough memory.");
    return otherwise;
}

QString notARegularFileError(const QString &path)
{
    if (path.startsWith(u':'))
        return {}; // a Qt resource
    std::error_code code;
    const auto status = std::filesystem::status(QFile::encodeName(path).toStdString(), code);
    if (code || !std::filesystem::exists(status) || std::filesystem::is_regular_file(status))
        return {};
    return QCoreApplication::translate("Csv",
                                       "%1 is not a regular file (a folder, a device or a pipe); "
                                       "only files can be imported.")
        .arg(QDir::toNativeSeparators(path));
}

QString describe(const RowError &error)
{
    // A rule of core not yet worded by the use case (RowRule): a plain sentence, not a blank.
    const QString reason = error.reason.isEmpty()
                                   && !std::holds_alternative<std::monostate>(error.rule)
                               ? QCoreApplication::translate("Csv", "the row breaks a rule.")
                               : error.reason;
    return QCoreApplication::translate("Csv", "Line %1: %2").arg(error.line).arg(reason);
}

CsvTable CsvReader::parse(const QByteArray &data, const CsvOptions &options)
{
    CsvTable table;
    if (data.size() > options.maxBytes)
        return failed(std::move(table), tooLarge(data.size(), options.maxBytes));
    if (data.startsWith("\xFF\xFE") || data.startsWith("\xFE\xFF"))
        return failed(std::move(table),
                      QCoreApplication::translate(
                          "Csv", "The file is saved as UTF-16 (\"Unicode text\"). Save "
                                 "it as \"CSV UTF-8\" and try again."));

    const qsizetype start = data.startsWith("\xEF\xBB\xBF") ? 3 : 0;
    const ByteProblem problem = checkUtf8(data, start);
    QString text;
    if (problem.kind == ByteProblem::Kind::Nul) {
        return failed(std::move(table),
                      QCoreApplication::translate(
                          "Csv", "Line %1 holds binary data: this is not a CSV text file.")
                          .arg(problem.line),
                      problem.line);
    } else if (problem.kind == ByteProblem::Kind::InvalidUtf8) {
        if (options.encoding != CsvEncoding::Utf8OrWindows1252)
            return failed(std::move(table),
                          QCoreApplication::translate(
                              "Csv",
                              "Line %1 is not valid UTF-8 text. Save the file as \"CSV UTF-8\" and "
                              "try again.")
                              .arg(problem.line),
                          problem.line);
        qCInfo(lcIo) << "CSV is not UTF-8 from line" << problem.line << "- reading as Windows-1252";
        text = fromWindows1252(data, start);
        table.encoding = CsvEncoding::Utf8OrWindows1252;
    } else {
        text = QString::fromUtf8(data.constData() + start, data.size() - start);
    }

    const QChar delimiter = options.delimiter.isNull() ? detectDelimiter(text) : options.delimiter;
    table.delimiter = delimiter;

    bool haveHeader = false;
    CsvRow row;
    row.line = 1;
    QString field;
    bool fieldQuoted = false; // the current field began with a quote that has been closed
    bool inQuotes = false;
    int quoteLine = 0;
    int line = 1;

    qsizetype cells = 0;
    bool tooMany = false;
    const auto endRow = [&](int nextLine) {
        cells += row.fields.size() + 1;
        if (cells > kMaxTableCells || static_cast<qsizetype>(table.rows.size()) >= kMaxTableRows)
            tooMany = true;
        row.fields.append(field);
        field.clear();
        fieldQuoted = false;
        if (!isBlank(row.fields)) {
            if (!haveHeader) {
                table.header = std::move(row);
                haveHeader = true;
            } else {
                table.rows.push_back(std::move(row));
            }
        }
        row = CsvRow{};
        row.line = nextLine;
    };

    const qsizetype size = text.size();
    for (qsizetype i = 0; i < size; ++i) {
        const QChar c = text[i];
        if (inQuotes) {
            if (c == u'"') {
                if (i + 1 < size && text[i + 1] == u'"') {
                    field.append(u'"');
                    ++i;
                } else {
                    inQuotes = false;
                    fieldQuoted = true;
                }
            } else if (isLineBreak(c)) {
                if (c == u'\r' && i + 1 < size && text[i + 1] == u'\n')
                    ++i;
                field.append(u'\n');
                ++line;
            } else {
                field.append(c);
            }
            continue;
        }
        if (tooMany)
            break;
        if (c == delimiter) {
            if (row.fields.size() >= kMaxTableColumns) {
                tooMany = true;
                break;
            }
            row.fields.append(field);
            field.clear();
            fieldQuoted = false;
        } else if (isLineBreak(c)) {
            if (c == u'\r' && i + 1 < size && text[i + 1] == u'\n')
                ++i;
            ++line;
            endRow(line);
        } else if (c == u'"' && !fieldQuoted && field.trimmed().isEmpty()) {
            // A quoted field; spaces before the opening quote are dropped.
            field.clear();
            inQuotes = true;
            quoteLine = line;
        } else {
            field.append(c);
        }
    }
    if (tooMany)
        return failed(std::move(table), QCoreApplication::translate(
                                            "Csv", "The file is too large to import (more than "
                                                   "%1 rows, %2 columns or %3 cells).")
                                            .arg(kMaxTableRows)
                                            .arg(kMaxTableColumns)
                                            .arg(kMaxTableCells));
    if (inQuotes)
        return failed(std::move(table),
                      QCoreApplication::translate(
                          "Csv",
                          "Line %1 opens a quoted value that is never closed. Check the double "
                          "quotes on that line.")
                          .arg(quoteLine),
                      quoteLine);
    endRow(line);

    if (!haveHeader)
        return failed(std::move(table), QCoreApplication::translate("Csv", "The file is empty."));

    const auto expected = table.header.fields.size();
    for (const CsvRow &r : table.rows) {
        const auto found = r.fields.size();
        if (found > expected) {
            table.rowErrors.push_back(
                {r.line,
                 QCoreApplication::translate(
                     "Csv", "the row has %1 fields, but the header line has %2. A value that "
                            "holds the separator (%3) must be put in double quotes.")
                     .arg(found)
                     .arg(expected)
                     .arg(delimiter == u'\t' ? QStringLiteral("tab") : QString(delimiter))});
        } else if (found < expected) {
            table.rowErrors.push_back(
                {r.line, QCoreApplication::translate(
                             "Csv", "the row has %1 fields, but the header line has %2.")
                             .arg(found)
                             .arg(expected)});
        }
    }
    return table;
}

CsvTable CsvReader::readFile(const QString &path, const CsvOptions &options)
{
    if (const QString error = notARegularFileError(path); !error.isEmpty()) {
        CsvTable table;
        table.fileError = error;
        return table;
    }
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        qCWarning(lcIo) << "cannot open CSV file:" << file.errorString();
        CsvTable table;
        table.fileError = QCoreApplication::translate("Csv", "The file %1 cannot be read: %2")
                              .arg(path, file.errorString());
        return table;
    }
    if (file.size() > options.maxBytes) {
        // Refused before it is read into memory.
        CsvTable table;
        table.fileError = tooLarge(file.size(), options.maxBytes);
        return table;
    }
    return parse(readAtMost(file, options.maxBytes), options);
}

QByteArray readAtMost(QIODevice &file, qsizetype maxBytes)
{
    constexpr qint64 kChunk = 1024 * 1024;
    const qint64 limit = qint64{maxBytes} + 1;
    QByteArray bytes;
    bytes.reserve(static_cast<qsizetype>(std::clamp<qint64>(file.size(), 0, maxBytes) + 1));
    while (bytes.size() < limit) {
        const QByteArray chunk = file.read(std::min(kChunk, limit - bytes.size()));
        if (chunk.isEmpty())
            break;
        bytes += chunk;
    }
    return bytes;
}

CsvHeaderMap::CsvHeaderMap(const QStringList &header, const std::vector<CsvColumn> &columns)
{
    QStringList names;
    names.reserve(header.size());
    for (const QString &name : header)
        names.append(normalized(name));
    for (const CsvColumn &column : columns) {
        QStringList accepted{normalized(column.name)};
        for (const QString &alias : column.aliases)
            accepted.append(normalized(alias));
        int found = -1;
        for (int i = 0; i < names.size(); ++i) {
            if (!accepted.contains(names[i]))
                continue;
            if (found < 0)
                found = i;
            else if (!m_repeated.contains(column.name))
                m_repeated.append(column.name);
        }
        if (found >= 0)
            m_index.emplace_back(column.name, found);
        else if (column.required)
            m_missing.append(column.name);
    }
}

int CsvHeaderMap::index(const QString &name) const
{
    for (const auto &[key, index] : m_index) {
        if (key == name)
            return index;
    }
    return -1;
}

QString CsvHeaderMap::value(const CsvRow &row, const QString &name) const
{
    const int i = index(name);
    return i >= 0 && i < row.fields.size() ? row.fields[i] : QString();
}

QString CsvHeaderMap::normalized(const QString &name)
{
    QString text = name;
    text.remove(QChar(0xFEFF));
    text = text.simplified().toLower();
    text.replace(u' ', u'_');
    text.replace(u'-', u'_');
    return text;
}

QString csvField(const QString &text, QChar delimiter, bool neutralizeFormula)
{
    QString field = text;
    if (neutralizeFormula) {
        const QByteArray utf8 = text.toUtf8();
        const std::string_view view(utf8.constData(), static_cast<std::size_t>(utf8.size()));
        if (core::looksLikeSpreadsheetFormula(view))
            field = QString::fromStdString(core::neutralizeSpreadsheetFormula(view));
    }
    const bool quote = field.contains(delimiter) || field.contains(u'"') || field.contains(u'\n')
                       || field.contains(u'\r') || field.startsWith(u' ') || field.endsWith(u' ');
    if (!quote)
        return field;
    field.replace(QStringLiteral("\""), QStringLiteral("\"\""));
    return u'"' + field + u'"';
}

QString csvLine(const QStringList &fields, QChar delimiter, bool neutralizeFormula)
{
    QString line;
    for (qsizetype i = 0; i < fields.size(); ++i) {
        if (i > 0)
            line.append(delimiter);
        line.append(csvField(fields[i], delimiter, neutralizeFormula));
    }
    return line;
}

} // namespace konvergensi::io

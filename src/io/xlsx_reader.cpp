// SPDX-License-Identifier: GPL-3.0-or-later
#include "io/xlsx_reader.h"

#include "io/logging.h"
#include "io/zip_archive.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QXmlStreamReader>

#include <algorithm>
#include <cmath>
#include <cstring>
#include <map>
#include <optional>

namespace konvergensi::io {

namespace {

using Archive = ZipArchive;

// ---- workbook parts -----------------------------------------------------------------

QString notAWorkbook()
{
    return QCoreApplication::translate(
        "Xlsx", "The file is not an Excel workbook (.xlsx), or it is damaged. Save it again as "
                "\"Excel Workbook (.xlsx)\" or as \"CSV UTF-8\" and try again.");
}

QString tooLarge()
{
    return QCoreApplication::translate("Xlsx", "The workbook is too large to import.");
}

QString tooManyCells()
{
    return QCoreApplication::translate("Xlsx",
                                       "The workbook is too large to import (more than %1 rows, "
                                       "values beyond column %2, or more than %3 cells).")
        .arg(kMaxTableRows)
        .arg(kMaxTableColumns)
        .arg(kMaxTableCells);
}

struct SheetRef
{
    QString name;
    QString relationId;
    bool hidden = false;
};

std::optional<std::vector<SheetRef>> readSheets(const QByteArray &workbookXml)
{
    std::vector<SheetRef> sheets;
    QXmlStreamReader xml(workbookXml);
    while (!xml.atEnd()) {
        if (xml.readNext() != QXmlStreamReader::StartElement || xml.name() != u"sheet")
            continue;
        SheetRef sheet;
        sheet.name = xml.attributes().value(QStringLiteral("name")).toString();
        const auto state = xml.attributes().value(QStringLiteral("state"));
        sheet.hidden = state == u"hidden" || state == u"veryHidden";
        for (const QXmlStreamAttribute &attribute : xml.attributes()) {
            if (attribute.name() == u"id")
                sheet.relationId = attribute.value().toString();
        }
        sheets.push_back(sheet);
    }
    if (xml.hasError())
        return std::nullopt;
    return sheets;
}

std::map<QString, QString> readRelations(const QByteArray &relsXml)
{
    std::map<QString, QString> targets;
    QXmlStreamReader xml(relsXml);
    while (!xml.atEnd()) {
        if (xml.readNext() != QXmlStreamReader::StartElement || xml.name() != u"Relationship")
            continue;
        targets[xml.attributes().value(QStringLiteral("Id")).toString()] =
            xml.attributes().value(QStringLiteral("Target")).toString();
    }
    return targets;
}

QString sheetPath(const QString &target)
{
    if (target.startsWith(u'/'))
        return target.mid(1);
    QString path = QStringLiteral("xl/") + target;
    return QDir::cleanPath(path);
}

/// The text of every <t> inside the current element (a <si> or an <is>), skipping phonetic
/// runs (<rPh>). Leaves the reader at the element's end.
QString collectText(QXmlStreamReader &xml)
{
    const QString end = xml.name().toString();
    QString text;
    int phonetic = 0;
    while (!xml.atEnd()) {
        const auto token = xml.readNext();
        if (token == QXmlStreamReader::StartElement) {
            if (xml.name() == u"rPh")
                ++phonetic;
            else if (xml.name() == u"t" && phonetic == 0)
                text += xml.readElementText(QXmlStreamReader::IncludeChildElements);
        } else if (token == QXmlStreamReader::EndElement) {
            if (xml.name() == u"rPh")
                --phonetic;
            else if (xml.name() == end)
                break;
        }
    }
    return text;
}

std::optional<QStringList> readSharedStrings(const QByteArray &sharedXml, bool &tooMany)
{
    QStringList strings;
    QXmlStreamReader xml(sharedXml);
    while (!xml.atEnd()) {
        if (xml.readNext() == QXmlStreamReader::StartElement && xml.name() == u"si") {
            if (strings.size() >= kMaxTableCells) {
                tooMany = true;
                return std::nullopt;
            }
            strings << collectText(xml);
        }
    }
    if (xml.hasError())
        return std::nullopt;
    return strings;
}

/// Column index (0-based) of a cell reference like "AB12"; -1 when it has no letters.
int columnOf(QStringView reference)
{
    int column = 0;
    int letters = 0;
    for (QChar c : reference) {
        const char16_t u = c.unicode();
        if (u >= u'A' && u <= u'Z')
            column = column * 26 + (u - u'A' + 1);
        else if (u >= u'a' && u <= u'z')
            column = column * 26 + (u - u'a' + 1);
        else
            break;
        if (++letters > 3)
            return -1; // beyond XFD: not a real reference
    }
    return letters == 0 ? -1 : column - 1;
}

QString numberText(const QString &raw)
{
    bool ok = false;
    const double value = raw.trimmed().toDouble(&ok);
    if (!ok || !std::isfinite(value))
        return raw.trimmed();
    // Whole numbers up to 2^53 are exact doubles: written with every digit (a 16-digit NIK
    // that Excel stored as a number stays 16 digits).
    if (value == std::floor(value) && std::fabs(value) < 9007199254740992.0)
        return QString::number(static_cast<qint64>(value));
    return QString::number(value, 'g', 15);
}

bool blank(const QStringList &fields)
{
    for (const QString &field : fields) {
        if (!field.trimmed().isEmpty())
            return false;
    }
    return true;
}

} // namespace

bool XlsxReader::looksLikeXlsx(const QByteArray &data)
{
    return data.startsWith(QByteArrayLiteral("PK\x03\x04"));
}

QStringList XlsxReader::sheetNames(const QByteArray &data)
{
    Archive archive(data);
    if (!archive.isOpen())
        return {};
    QByteArray workbook;
    if (archive.read(QStringLiteral("xl/workbook.xml"), XlsxOptions{}.maxBytes, workbook)
        != Archive::Status::Ok)
        return {};
    QStringList names;
    if (const auto sheets = readSheets(workbook)) {
        for (const SheetRef &sheet : *sheets)
            names << sheet.name;
    }
    return names;
}

CsvTable XlsxReader::parse(const QByteArray &data, const XlsxOptions &options)
{
    CsvTable table;
    auto fail = [&table](const QString &message) {
        table.fileError = message;
        table.rows.clear();
        table.header = {};
        return table;
    };
    if (data.isEmpty())
        return fail(QCoreApplication::translate("Csv", "The file is empty."));
    if (data.size() > options.maxBytes)
        return fail(tooLarge());
    if (!looksLikeXlsx(data))
        return fail(notAWorkbook());
    Archive archive(data);
    if (!archive.isOpen())
        return fail(notAWorkbook());

    auto readPart = [&](const QString &name, QByteArray &out) {
        return archive.read(name, options.maxBytes, out);
    };

    // Which part holds the sheet.
    QByteArray workbookXml;
    QString path;
    const auto workbookStatus = readPart(QStringLiteral("xl/workbook.xml"), workbookXml);
    if (workbookStatus == Archive::Status::TooLarge)
        return fail(tooLarge());
    if (workbookStatus == Archive::Status::Ok) {
        const auto sheets = readSheets(workbookXml);
        if (!sheets)
            return fail(notAWorkbook());
        QByteArray relsXml;
        readPart(QStringLiteral("xl/_rels/workbook.xml.rels"), relsXml);
        const auto relations = readRelations(relsXml);
        const SheetRef *chosen = nullptr;
        for (const SheetRef &sheet : *sheets) {
            if (options.sheet.isEmpty() && options.firstVisibleSheet && sheet.hidden)
                continue;
            if (options.sheet.isEmpty()
                || sheet.name.compare(options.sheet.trimmed(), Qt::CaseInsensitive) == 0) {
                chosen = &sheet;
                break;
            }
        }
        if (!chosen && !options.sheet.isEmpty())
            return fail(
                QCoreApplication::translate("Xlsx", "The workbook has no sheet named \"%1\".")
                    .arg(options.sheet));
        if (chosen) {
            if (const auto it = relations.find(chosen->relationId); it != relations.end())
                path = sheetPath(it->second);
        }
    } else if (workbookStatus == Archive::Status::Damaged) {
        return fail(notAWorkbook());
    }
    if (path.isEmpty())
        path = QStringLiteral("xl/worksheets/sheet1.xml");

    QStringList shared;
    {
        QByteArray sharedXml;
        const auto status = readPart(QStringLiteral("xl/sharedStrings.xml"), sharedXml);
        if (status == Archive::Status::TooLarge)
            return fail(tooLarge());
        if (status == Archive::Status::Damaged)
            return fail(notAWorkbook());
        if (status == Archive::Status::Ok) {
            bool tooMany = false;
            const auto strings = readSharedStrings(sharedXml, tooMany);
            if (tooMany)
                return fail(tooManyCells());
            if (!strings)
                return fail(notAWorkbook());
            shared = *strings;
        }
    }

    QByteArray sheetXml;
    const auto sheetStatus = readPart(path, sheetXml);
    if (sheetStatus == Archive::Status::TooLarge)
        return fail(tooLarge());
    if (sheetStatus != Archive::Status::Ok)
        return fail(notAWorkbook());

    // The cells, row by row, kept sparse: only cells with a value are stored, so a cell far
    // to the right (column XFD) costs one entry, not a row padded to 16,384 columns.
    struct SparseRow
    {
        int line = 0;
        std::vector<std::pair<int, QString>> cells;
    };
    std::vector<SparseRow> rows;
    QXmlStreamReader xml(sheetXml);
    SparseRow current;
    qsizetype width = 0; // fields once the rows are laid out, blanks up to each row's last value
    bool inRow = false;
    int nextRowNumber = 1;
    int nextColumn = 0;
    while (!xml.atEnd()) {
        const auto token = xml.readNext();
        if (token == QXmlStreamReader::StartElement && xml.name() == u"row") {
            bool ok = false;
            const int number = xml.attributes().value(QStringLiteral("r")).toInt(&ok);
            current = SparseRow{ok && number > 0 ? number : nextRowNumber, {}};
            nextRowNumber = current.line + 1;
            nextColumn = 0;
            inRow = true;
        } else if (token == QXmlStreamReader::EndElement && xml.name() == u"row") {
            if (!current.cells.empty()) {
                int last = 0;
                for (const auto &cell : current.cells)
                    last = std::max(last, cell.first);
                width += last + 1;
                if (static_cast<qsizetype>(rows.size()) >= kMaxTableRows || width > kMaxTableCells)
                    return fail(tooManyCells());
                rows.push_back(std::move(current));
            }
            current = {};
            inRow = false;
        } else if (token == QXmlStreamReader::StartElement && xml.name() == u"c" && inRow) {
            const auto attributes = xml.attributes();
            int column = columnOf(attributes.value(QStringLiteral("r")));
            if (column < 0)
                column = nextColumn;
            if (column >= 16384)
                return fail(notAWorkbook()); // beyond XFD: not a real reference
            nextColumn = column + 1;
            const QString type = attributes.value(QStringLiteral("t")).toString();
            QString raw;
            QString inlineText;
            bool hasInline = false;
            while (!xml.atEnd()) {
                const auto inner = xml.readNext();
                if (inner == QXmlStreamReader::StartElement && xml.name() == u"v") {
                    raw = xml.readElementText(QXmlStreamReader::IncludeChildElements);
                } else if (inner == QXmlStreamReader::StartElement && xml.name() == u"is") {
                    inlineText = collectText(xml);
                    hasInline = true;
                } else if (inner == QXmlStreamReader::EndElement && xml.name() == u"c") {
                    break;
                }
            }
            QString value;
            if (type == u"s") {
                bool ok = false;
                const int index = raw.trimmed().toInt(&ok);
                if (!ok || index < 0 || index >= shared.size())
                    return fail(notAWorkbook());
                value = shared.at(index);
            } else if (type == u"inlineStr" || hasInline) {
                value = inlineText;
            } else if (type == u"b") {
                value = raw.trimmed() == u"1" ? QStringLiteral("TRUE") : QStringLiteral("FALSE");
            } else if (type == u"str" || type == u"e") {
                value = raw;
            } else {
                value = numberText(raw);
            }
            if (value.isEmpty())
                continue; // a formatted but empty cell holds nothing
            if (column >= kMaxTableColumns)
                return fail(tooManyCells());
            const auto same = std::find_if(
                current.cells.begin(), current.cells.end(),
                [column](const auto &cell) { return cell.first == column; });
            if (same != current.cells.end())
                same->second = value;
            else
                current.cells.emplace_back(column, value);
        }
    }
    if (xml.hasError()) {
        qCWarning(lcIo) << "xlsx sheet is not well-formed XML:" << xml.errorString();
        return fail(notAWorkbook());
    }

    // Header and data rows, as CsvReader gives them.
    bool haveHeader = false;
    for (SparseRow &sparse : rows) {
        CsvRow row{sparse.line, {}};
        for (auto &[column, value] : sparse.cells) {
            while (row.fields.size() <= column)
                row.fields << QString();
            row.fields[column] = std::move(value);
        }
        sparse.cells = {};
        if (blank(row.fields))
            continue;
        if (!haveHeader) {
            table.header = std::move(row);
            haveHeader = true;
            continue;
        }
        const auto headerSize = table.header.fields.size();
        if (row.fields.size() > headerSize) {
            table.rowErrors.push_back(
                {row.line, QCoreApplication::translate(
                               "Csv", "the row has %1 fields, but the header line has %2.")
                               .arg(row.fields.size())
                               .arg(headerSize)});
        }
        while (row.fields.size() < headerSize)
            row.fields << QString();
        table.rows.push_back(std::move(row));
    }
    if (!haveHeader)
        return fail(QCoreApplication::translate("Csv", "The file is empty."));
    return table;
}

CsvTable XlsxReader::readFile(const QString &path, const XlsxOptions &options)
{
    if (const QString error = notARegularFileError(path); !error.isEmpty()) {
        CsvTable table;
        table.fileError = error;
        return table;
    }
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        CsvTable table;
        table.fileError = QCoreApplication::translate("Xlsx", "The file %1 cannot be read: %2")
                              .arg(QDir::toNativeSeparators(path), file.errorString());
        return table;
    }
    if (file.size() > options.maxBytes) {
        CsvTable table;
        table.fileError = tooLarge();
        return table;
    }
    return parse(readAtMost(file, options.maxBytes), options);
}

CsvTable readTableFile(const QString &path, const CsvOptions &csvOptions,
                       const XlsxOptions &xlsxOptions)
{
    if (const QString error = notARegularFileError(path); !error.isEmpty()) {
        CsvTable table;
        table.fileError = error;
        return table;
    }
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        CsvTable table;
        table.fileError = QCoreApplication::translate("Xlsx", "The file %1 cannot be read: %2")
                              .arg(QDir::toNativeSeparators(path), file.errorString());
        return table;
    }
    const QByteArray head = file.peek(4);
    if (XlsxReader::looksLikeXlsx(head)
        || path.endsWith(QLatin1String(".xlsx"), Qt::CaseInsensitive)) {
        if (file.size() > xlsxOptions.maxBytes) {
            CsvTable table;
            table.fileError = tooLarge();
            return table;
        }
        return XlsxReader::parse(readAtMost(file, xlsxOptions.maxBytes), xlsxOptions);
    }
    return CsvReader::parse(readAtMost(file, csvOptions.maxBytes), csvOptions);
}

} // namespace konvergensi::io

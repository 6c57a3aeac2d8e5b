// SPDX-License-Identifier: GPL-3.0-or-later
#include "io/xlsx_reader.h"

#include "io/logging.h"
#include "io/xlsx_sheet.h"
#include "io/zip_archive.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QXmlStreamReader>

#include <algorithm>
#include <charconv>
#include <cmath>
#include <cstring>
#include <map>
#include <memory>
#include <optional>
#include <string>
#include <string_view>

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

QString XlsxReader::forEachRow(const QByteArray &data, const XlsxOptions &options,
                               const XlsxRowSink &sink)
{
    if (data.isEmpty())
        return QCoreApplication::translate("Csv", "The file is empty.");
    if (data.size() > options.maxBytes)
        return tooLarge();
    if (!looksLikeXlsx(data))
        return notAWorkbook();
    Archive archive(data);
    if (!archive.isOpen())
        return notAWorkbook();

    auto readPart = [&](const QString &name, QByteArray &out) {
        return archive.read(name, options.maxBytes, out);
    };

    // Which part holds the sheet.
    QByteArray workbookXml;
    QString path;
    const auto workbookStatus = readPart(QStringLiteral("xl/workbook.xml"), workbookXml);
    if (workbookStatus == Archive::Status::TooLarge)
        return tooLarge();
    if (workbookStatus == Archive::Status::Ok) {
        const auto sheets = readSheets(workbookXml);
        if (!sheets)
            return notAWorkbook();
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
            return QCoreApplication::translate("Xlsx", "The workbook has no sheet named \"%1\".")
                .arg(options.sheet);
        if (chosen) {
            if (const auto it = relations.find(chosen->relationId); it != relations.end())
                path = sheetPath(it->second);
        }
    } else if (workbookStatus == Archive::Status::Damaged) {
        return notAWorkbook();
    }
    if (path.isEmpty())
        path = QStringLiteral("xl/worksheets/sheet1.xml");

    std::vector<QString> shared;
    switch (xlsx::readSharedStrings(archive, options.maxBytes, shared)) {
    case xlsx::PartResult::Ok:
    case xlsx::PartResult::Missing: // a workbook may hold no shared strings
    case xlsx::PartResult::Stopped:
        break;
    case xlsx::PartResult::TooLarge:
        return tooLarge();
    case xlsx::PartResult::TooManyCells:
        return tooManyCells();
    case xlsx::PartResult::Damaged:
        return notAWorkbook();
    }

    const auto result = xlsx::readSheetRows(archive, path, options.maxBytes, shared, sink);
    switch (result) {
    case xlsx::PartResult::Ok:
    case xlsx::PartResult::Stopped:
        return {};
    case xlsx::PartResult::TooLarge:
        return tooLarge();
    case xlsx::PartResult::TooManyCells:
        return tooManyCells();
    case xlsx::PartResult::Missing:
    case xlsx::PartResult::Damaged:
        break;
    }
    return notAWorkbook();
}

CsvTable XlsxReader::parse(const QByteArray &data, const XlsxOptions &options)
{
    CsvTable table;
    bool haveHeader = false;
    const QString error = forEachRow(data, options, [&](CsvRow &&row) {
        if (!haveHeader) {
            table.header = std::move(row);
            haveHeader = true;
            return true;
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
        return true;
    });
    if (error.isEmpty() && !haveHeader)
        table.fileError = QCoreApplication::translate("Csv", "The file is empty.");
    else
        table.fileError = error;
    if (!table.fileError.isEmpty()) {
        table.rows.clear();
        table.rowErrors.clear();
        table.header = {};
    }
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

namespace {

/// A table file opened for reading, and which kind it is: a workbook when its content is a
/// zip archive (whatever the extension) or its name ends in .xlsx, CSV otherwise. The file
/// error sentence, empty when it is open.
QString openTableFile(const QString &path, const XlsxOptions &xlsxOptions, QFile &file,
                      bool &workbook)
{
    if (const QString error = notARegularFileError(path); !error.isEmpty())
        return error;
    file.setFileName(path);
    if (!file.open(QIODevice::ReadOnly))
        return QCoreApplication::translate("Xlsx", "The file %1 cannot be read: %2")
            .arg(QDir::toNativeSeparators(path), file.errorString());
    workbook = XlsxReader::looksLikeXlsx(file.peek(4))
               || path.endsWith(QLatin1String(".xlsx"), Qt::CaseInsensitive);
    if (workbook && file.size() > xlsxOptions.maxBytes)
        return tooLarge();
    return {};
}

} // namespace

QString forEachTableRow(const QString &path, const CsvOptions &csvOptions,
                        const XlsxOptions &xlsxOptions, const XlsxRowSink &sink)
{
    QFile file;
    bool workbook = false;
    if (const QString error = openTableFile(path, xlsxOptions, file, workbook); !error.isEmpty())
        return error;
    if (workbook)
        return XlsxReader::forEachRow(readAtMost(file, xlsxOptions.maxBytes), xlsxOptions, sink);
    CsvTable table = CsvReader::parse(readAtMost(file, csvOptions.maxBytes), csvOptions);
    if (!table.fileError.isEmpty())
        return table.fileError;
    if (table.header.line > 0 && !sink(std::move(table.header)))
        return {};
    for (CsvRow &row : table.rows) {
        if (!sink(std::move(row)))
            break;
    }
    return {};
}

CsvTable readTableFile(const QString &path, const CsvOptions &csvOptions,
                       const XlsxOptions &xlsxOptions)
{
    QFile file;
    bool workbook = false;
    if (QString error = openTableFile(path, xlsxOptions, file, workbook); !error.isEmpty()) {
        CsvTable table;
        table.fileError = std::move(error);
        return table;
    }
    if (workbook)
        return XlsxReader::parse(readAtMost(file, xlsxOptions.maxBytes), xlsxOptions);
    return CsvReader::parse(readAtMost(file, csvOptions.maxBytes), csvOptions);
}

} // namespace konvergensi::io

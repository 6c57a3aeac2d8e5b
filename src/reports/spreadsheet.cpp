// SPDX-License-Identifier: GPL-3.0-or-later
#include "reports/spreadsheet.h"

#include "io/csv_reader.h"
#include "reports/report_document.h"
#include "storage/output_file.h"
#include "storage/storage_error.h"

#include <xlsxwriter.h>

#include <QCoreApplication>
#include <QDate>
#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSaveFile>
#include <QSet>

#include <algorithm>
#include <exception>

namespace konvergensi::reports {

namespace {

QString cannotWrite(const QString &path)
{
    return QCoreApplication::translate("Reports",
                                       "The file %1 could not be written. Is it open in another "
                                       "program, or is the folder read-only?")
        .arg(QDir::toNativeSeparators(path));
}

} // namespace

struct XlsxWriter::Private
{
    QString path;
    std::unique_ptr<storage::OutputPath> output; ///< written to a temporary name, renamed at close
    lxw_workbook *workbook = nullptr;
    lxw_worksheet *sheet = nullptr;
    lxw_format *bold = nullptr;
    lxw_format *header = nullptr;
    lxw_format *date = nullptr;
    lxw_row_t row = 0;
    lxw_row_t headerRow = 0;
    int columns = 0;
    bool hasHeader = false;
    QSet<QString> sheetNames;

    void finishSheet()
    {
        if (sheet && hasHeader && row > headerRow + 1 && columns > 0)
            worksheet_autofilter(sheet, headerRow, 0, row - 1, static_cast<lxw_col_t>(columns - 1));
    }
};

XlsxWriter::XlsxWriter(const QString &path)
    : d(std::make_unique<Private>())
{
    d->path = path;
    try {
        d->output = std::make_unique<storage::OutputPath>(path);
    } catch (const storage::StorageError &error) {
        throw ReportError(error.message());
    }
    lxw_workbook_options options{};
    options.constant_memory = LXW_FALSE;
    options.tmpdir = nullptr;
    d->workbook = workbook_new_opt(QFile::encodeName(d->output->temporaryPath()).constData(),
                                   &options);
    if (!d->workbook)
        throw ReportError(cannotWrite(path));
    d->bold = workbook_add_format(d->workbook);
    format_set_bold(d->bold);
    d->header = workbook_add_format(d->workbook);
    format_set_bold(d->header);
    format_set_bg_color(d->header, 0xE6E6E6);
    format_set_border(d->header, LXW_BORDER_THIN);
    format_set_text_wrap(d->header);
    d->date = workbook_add_format(d->workbook);
    format_set_num_format(d->date, "dd/mm/yyyy");
}

XlsxWriter::~XlsxWriter()
{
    if (std::uncaught_exceptions() > 0 && d->workbook) {
        // Unwinding: the half-built workbook is dropped; the target stays as it was.
        workbook_close(d->workbook);
        d->workbook = nullptr;
        return;
    }
    try {
        close();
    } catch (...) {
        // Destructors do not throw; close() explicitly to learn about failures.
    }
}

void XlsxWriter::addSheet(const QString &name)
{
    d->finishSheet();
    QString clean = name;
    for (const QChar bad : {u'[', u']', u':', u'*', u'?', u'/', u'\\'})
        clean.replace(bad, u'-');
    clean = clean.left(31).trimmed();
    if (clean.isEmpty())
        clean = QStringLiteral("Sheet");
    QString unique = clean;
    for (int n = 2; d->sheetNames.contains(unique.toLower()); ++n)
        unique = clean.left(27) + QStringLiteral(" (%1)").arg(n);
    d->sheetNames.insert(unique.toLower());
    d->sheet = workbook_add_worksheet(d->workbook, unique.toUtf8().constData());
    d->row = 0;
    d->headerRow = 0;
    d->columns = 0;
    d->hasHeader = false;
}

void XlsxWriter::addNote(const QString &text)
{
    if (!d->sheet)
        addSheet(QStringLiteral("Data"));
    worksheet_write_string(d->sheet, d->row++, 0, text.toUtf8().constData(), d->bold);
}

void XlsxWriter::addHeader(const QStringList &headers)
{
    if (!d->sheet)
        addSheet(QStringLiteral("Data"));
    d->headerRow = d->row;
    d->columns = static_cast<int>(headers.size());
    d->hasHeader = true;
    for (int c = 0; c < headers.size(); ++c) {
        worksheet_write_string(d->sheet, d->row, static_cast<lxw_col_t>(c),
                               headers[c].toUtf8().constData(), d->header);
        worksheet_set_column(d->sheet, static_cast<lxw_col_t>(c), static_cast<lxw_col_t>(c),
                             std::max(10.0, std::min(60.0, headers[c].size() * 1.3 + 2)), nullptr);
    }
    worksheet_freeze_panes(d->sheet, d->row + 1, 0);
    ++d->row;
}

void XlsxWriter::addRow(const QVariantList &cells)
{
    if (!d->sheet)
        addSheet(QStringLiteral("Data"));
    for (int c = 0; c < cells.size(); ++c) {
        const QVariant &cell = cells[c];
        const auto column = static_cast<lxw_col_t>(c);
        switch (cell.typeId()) {
        case QMetaType::Int:
        case QMetaType::UInt:
        case QMetaType::LongLong:
        case QMetaType::ULongLong:
        case QMetaType::Double:
        case QMetaType::Float:
            worksheet_write_number(d->sheet, d->row, column, cell.toDouble(), nullptr);
            break;
        case QMetaType::QDate: {
            const QDate date = cell.toDate();
            if (date.isValid()) {
                lxw_datetime value{date.year(), date.month(), date.day(), 0, 0, 0.0};
                worksheet_write_datetime(d->sheet, d->row, column, &value, d->date);
            }
            break;
        }
        default: {
            if (cell.isNull())
                break;
            const QString text = cell.toString();
            if (text.isEmpty())
                break;
            // Always a shared-string cell, never a formula: "=SUM(A1)" typed by a user is
            // stored and shown as text. (This libxlsxwriter has no quote-prefix format.)
            worksheet_write_string(d->sheet, d->row, column, text.toUtf8().constData(), nullptr);
            break;
        }
        }
    }
    ++d->row;
}

void XlsxWriter::setColumnWidth(int column, double width)
{
    if (!d->sheet)
        addSheet(QStringLiteral("Data"));
    worksheet_set_column(d->sheet, static_cast<lxw_col_t>(column), static_cast<lxw_col_t>(column),
                         width, nullptr);
}

void XlsxWriter::close()
{
    if (!d->workbook)
        return;
    if (!d->sheet)
        addSheet(QStringLiteral("Data")); // a workbook needs at least one sheet
    d->finishSheet();
    const lxw_error error = workbook_close(d->workbook);
    d->workbook = nullptr;
    if (error != LXW_NO_ERROR)
        throw ReportError(cannotWrite(d->path));
    try {
        d->output->commit();
    } catch (const storage::StorageError &failure) {
        throw ReportError(failure.message());
    }
}

void writeTable(const QString &path, const QString &sheetName, const QStringList &headers,
                const std::vector<QVariantList> &rows, const QString &note, NoteIn noteIn)
{
    if (!path.endsWith(QStringLiteral(".xlsx"), Qt::CaseInsensitive)) {
        writeCsv(path, headers, rows, noteIn == NoteIn::Both ? note : QString());
        return;
    }
    XlsxWriter book(path);
    book.addSheet(sheetName);
    if (!note.isEmpty())
        book.addNote(note);
    book.addHeader(headers);
    for (const QVariantList &row : rows)
        book.addRow(row);
    book.close();
}

void writeCsv(const QString &path, const QStringList &headers,
              const std::vector<QVariantList> &rows, const QString &note)
{
    QByteArray out("\xEF\xBB\xBF"); // BOM: Excel then reads the file as UTF-8
    if (!note.isEmpty())
        out += io::csvLine({note}).toUtf8() + "\r\n";
    out += io::csvLine(headers).toUtf8() + "\r\n";
    for (const QVariantList &row : rows) {
        QStringList fields;
        for (const QVariant &cell : row) {
            if (cell.typeId() == QMetaType::QDate)
                fields << cell.toDate().toString(Qt::ISODate);
            else if (cell.typeId() == QMetaType::Double)
                fields << QString::number(cell.toDouble(), 'g', 12);
            else
                fields << cell.toString();
        }
        out += io::csvLine(fields).toUtf8() + "\r\n";
    }
    try {
        storage::writeFileAtomically(path, out);
    } catch (const storage::StorageError &error) {
        throw ReportError(error.message());
    }
}

} // namespace konvergensi::reports

// SPDX-License-Identifier: GPL-3.0-or-later
#include "io/measurements/eppgbm_file.h"

#include "io/csv_reader.h"
#include "io/logging.h"
#include "io/xlsx_reader.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QRegularExpression>

namespace konvergensi::io::measurements {

namespace {

constexpr int kHeaderSearchRows = 15;

/// Header texts are compared without case and spaces ("Desa/Kel" = "desa / kel").
QString headerForm(const QString &text)
{
    QString out;
    for (const QChar c : text) {
        if (!c.isSpace())
            out += c.toLower();
    }
    return out;
}

bool blank(const QStringList &fields)
{
    for (const QString &field : fields) {
        if (!field.trimmed().isEmpty())
            return false;
    }
    return true;
}

bool looksLikeMarkup(const QByteArray &head)
{
    QByteArray start = head;
    if (start.startsWith("\xEF\xBB\xBF"))
        start = start.mid(3);
    start = start.trimmed().left(64).toLower();
    return start.startsWith("<html") || start.startsWith("<!doctype") || start.startsWith("<?xml")
           || start.startsWith("<table") || start.startsWith("<head") || start.startsWith("<meta");
}

} // namespace

QString columnKey(Column column)
{
    static const std::array<const char *, kColumnCount> keys = {
        "name",         "nik",     "sex",       "birth_date", "kecamatan", "desa",
        "measure_date", "weight",  "height",    "position",   "puskesmas", "posyandu",
        "parents",      "address", "typed_haz", "typed_waz",  "typed_whz"};
    return QString::fromLatin1(keys[static_cast<std::size_t>(column)]);
}

QStringList columnAliases(Column column)
{
    switch (column) {
    case Column::Name:
        return {QStringLiteral("Nama"), QStringLiteral("Nama Anak"), QStringLiteral("Nama Balita")};
    case Column::Nik:
        return {QStringLiteral("NIK"), QStringLiteral("NIK Anak")};
    case Column::Sex:
        return {QStringLiteral("JK"), QStringLiteral("Jenis Kelamin")};
    case Column::BirthDate:
        return {QStringLiteral("Tgl Lahir"), QStringLiteral("Tanggal Lahir")};
    case Column::Kecamatan:
        return {QStringLiteral("Kec"), QStringLiteral("Kecamatan")};
    case Column::Desa:
        return {QStringLiteral("Desa/Kel"), QStringLiteral("Kelurahan"), QStringLiteral("Desa"),
                QStringLiteral("Desa/Kelurahan")};
    case Column::MeasureDate:
        return {QStringLiteral("Tanggal Pengukuran"), QStringLiteral("Tgl Pengukuran"),
                QStringLiteral("Tgl Ukur")};
    case Column::Weight:
        return {QStringLiteral("Berat"), QStringLiteral("Berat (kg)"), QStringLiteral("BB")};
    case Column::Height:
        return {QStringLiteral("Tinggi"), QStringLiteral("Tinggi (cm)"), QStringLiteral("TB"),
                QStringLiteral("PB")};
    case Column::Position:
        return {QStringLiteral("Cara Ukur")};
    case Column::Puskesmas:
        return {QStringLiteral("Puskesmas"), QStringLiteral("Pukesmas")};
    case Column::Posyandu:
        return {QStringLiteral("Posyandu")};
    case Column::Parents:
        return {QStringLiteral("Nama Ortu"), QStringLiteral("Nama Orang Tua (Ibu/Ayah)"),
                QStringLiteral("Nama Orang Tua")};
    case Column::Address:
        return {QStringLiteral("Alamat")};
    case Column::TypedHaz:
        return {QStringLiteral("ZS TB/U"), QStringLiteral("ZS PB/U")};
    case Column::TypedWaz:
        return {QStringLiteral("ZS BB/U")};
    case Column::TypedWhz:
        return {QStringLiteral("ZS BB/TB"), QStringLiteral("ZS BB/PB")};
    }
    return {};
}

EppgbmFile readEppgbmFile(const QString &path)
{
    return readEppgbmFile(path, {});
}

EppgbmFile readEppgbmFile(const QString &path, const RowChunkSink &sink, std::size_t chunkRows)
{
    EppgbmFile out;
    std::vector<EppgbmRow> pending;
    std::size_t rowsRead = 0;
    bool stopped = false;
    const QString shown = QDir::toNativeSeparators(path);
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        out.error = QCoreApplication::translate("Measurements", "The file %1 cannot be read: %2")
                        .arg(shown, file.errorString());
        return out;
    }
    const QByteArray head = file.peek(512);
    file.close();
    const QString suffix = QFileInfo(path).suffix().toLower();
    const bool isZip = XlsxReader::looksLikeXlsx(head);
    if (!isZip && (looksLikeMarkup(head) || suffix == u"xls" || suffix == u"xlsx")) {
        out.error = QCoreApplication::translate(
                        "Measurements",
                        "%1 is not an Excel workbook (it is a web page or other file saved with "
                        "an Excel name); open it in Excel and save it as .xlsx, then import that "
                        "file.")
                        .arg(shown);
        return out;
    }

    CsvOptions csvOptions;
    csvOptions.encoding = CsvEncoding::Utf8OrWindows1252;
    XlsxOptions xlsxOptions;
    xlsxOptions.firstVisibleSheet = true;
    xlsxOptions.maxBytes = 256 * 1024 * 1024;
    csvOptions.maxBytes = 256 * 1024 * 1024;
    // The rows are taken one by one as the reader hands them on (a workbook is never whole
    // in memory): the header is the first row among the first 15 with a name and a
    // birth-date column; every later row keeps only the columns the importer takes.
    static const QRegularExpression extractPattern(
        QStringLiteral("data\\s*tanggal\\s*:?\\s*(\\d{4}-\\d{2}-\\d{2})"),
        QRegularExpression::CaseInsensitiveOption);
    std::array<int, kColumnCount> index{};
    index.fill(-1);
    bool haveHeader = false;
    const auto takeHeader = [&](const CsvRow &header) {
        QStringList forms;
        for (const QString &field : header.fields)
            forms << headerForm(field);
        auto hasAny = [&](Column column) {
            for (const QString &alias : columnAliases(column)) {
                if (forms.contains(headerForm(alias)))
                    return true;
            }
            return false;
        };
        if (!hasAny(Column::Name) || !hasAny(Column::BirthDate))
            return false;
        out.headerLine = header.line;
        for (std::size_t c = 0; c < kColumnCount; ++c) {
            // The first alias found wins, in alias order, then in column order.
            for (const QString &alias : columnAliases(static_cast<Column>(c))) {
                for (int f = 0; f < header.fields.size() && index[c] < 0; ++f) {
                    if (forms.at(f) == headerForm(alias)) {
                        index[c] = f;
                        out.headers[c] = header.fields.at(f).trimmed();
                    }
                }
                if (index[c] >= 0)
                    break;
            }
        }
        return true;
    };
    const QString fileError = forEachTableRow(path, csvOptions, xlsxOptions, [&](CsvRow &&row) {
        if (blank(row.fields))
            return true;
        if (!haveHeader) {
            if (row.line > kHeaderSearchRows)
                return false; // no header where one is looked for: refused below
            haveHeader = takeHeader(row);
            if (!haveHeader) {
                for (const QString &field : row.fields) {
                    const auto match = extractPattern.match(field);
                    if (match.hasMatch()) {
                        out.extractDate = match.captured(1);
                        break;
                    }
                }
            }
            return true;
        }
        EppgbmRow kept;
        kept.line = row.line;
        for (std::size_t c = 0; c < kColumnCount; ++c) {
            const int f = index[c];
            if (f >= 0 && f < row.fields.size())
                kept.cells[c] = row.fields.at(f).trimmed();
        }
        ++rowsRead;
        if (!sink) {
            out.rows.push_back(std::move(kept));
            return true;
        }
        pending.push_back(std::move(kept));
        if (pending.size() >= chunkRows) {
            stopped = !sink(std::move(pending));
            pending = {};
            pending.reserve(chunkRows);
        }
        return !stopped;
    });
    if (sink && !pending.empty() && !stopped && fileError.isEmpty())
        sink(std::move(pending));
    if (!fileError.isEmpty()) {
        out = {};
        out.error = isZip ? QCoreApplication::translate(
                                "Measurements", "%1 cannot be read as an Excel workbook: %2")
                                .arg(shown, fileError)
                          : QCoreApplication::translate("Measurements",
                                                        "%1 cannot be read as a CSV file: %2")
                                .arg(shown, fileError);
        return out;
    }
    if (!haveHeader) {
        out = {};
        out.error = QCoreApplication::translate(
                        "Measurements",
                        "%1 holds no e-PPGBM list of children: none of its first 15 rows has a "
                        "name column (Nama, Nama Anak, Nama Balita) and a birth-date column (Tgl "
                        "Lahir, Tanggal Lahir).")
                        .arg(shown);
        return out;
    }
    qCInfo(lcIo) << "e-PPGBM file read:" << shown << "header on row" << out.headerLine << rowsRead
                 << "data rows" << (stopped ? "(stopped)" : "");
    return out;
}

} // namespace konvergensi::io::measurements

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
    EppgbmFile out;
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
    CsvTable table = readTableFile(path, csvOptions, xlsxOptions);
    if (!table.fileError.isEmpty()) {
        out.error = isZip ? QCoreApplication::translate(
                                "Measurements", "%1 cannot be read as an Excel workbook: %2")
                                .arg(shown, table.fileError)
                          : QCoreApplication::translate("Measurements",
                                                        "%1 cannot be read as a CSV file: %2")
                                .arg(shown, table.fileError);
        return out;
    }

    // Every non-empty row, header candidates included (the reader takes the first non-empty
    // row as its header: here that is the title).
    std::vector<CsvRow> rows;
    rows.reserve(table.rows.size() + 1);
    if (table.header.line > 0)
        rows.push_back(std::move(table.header));
    for (CsvRow &row : table.rows) {
        if (!blank(row.fields))
            rows.push_back(std::move(row));
    }

    // The header: the first row among the first 15 with a name and a birth-date column.
    static const QRegularExpression extractPattern(
        QStringLiteral("data\\s*tanggal\\s*:?\\s*(\\d{4}-\\d{2}-\\d{2})"),
        QRegularExpression::CaseInsensitiveOption);
    std::size_t headerIndex = rows.size();
    for (std::size_t i = 0; i < rows.size() && rows[i].line <= kHeaderSearchRows; ++i) {
        QStringList forms;
        for (const QString &field : rows[i].fields)
            forms << headerForm(field);
        auto hasAny = [&](Column column) {
            for (const QString &alias : columnAliases(column)) {
                if (forms.contains(headerForm(alias)))
                    return true;
            }
            return false;
        };
        if (hasAny(Column::Name) && hasAny(Column::BirthDate)) {
            headerIndex = i;
            break;
        }
        for (const QString &field : rows[i].fields) {
            const auto match = extractPattern.match(field);
            if (match.hasMatch()) {
                out.extractDate = match.captured(1);
                break;
            }
        }
    }
    if (headerIndex == rows.size()) {
        out.error = QCoreApplication::translate(
                        "Measurements",
                        "%1 holds no e-PPGBM list of children: none of its first 15 rows has a "
                        "name column (Nama, Nama Anak, Nama Balita) and a birth-date column (Tgl "
                        "Lahir, Tanggal Lahir).")
                        .arg(shown);
        return out;
    }
    const CsvRow &header = rows[headerIndex];
    out.headerLine = header.line;

    std::array<int, kColumnCount> index{};
    index.fill(-1);
    for (std::size_t c = 0; c < kColumnCount; ++c) {
        const QStringList aliases = columnAliases(static_cast<Column>(c));
        // The first alias found wins, in alias order, then in column order.
        for (const QString &alias : aliases) {
            for (int f = 0; f < header.fields.size() && index[c] < 0; ++f) {
                if (headerForm(header.fields.at(f)) == headerForm(alias)) {
                    index[c] = f;
                    out.headers[c] = header.fields.at(f).trimmed();
                }
            }
            if (index[c] >= 0)
                break;
        }
    }

    out.rows.reserve(rows.size() - headerIndex);
    for (std::size_t i = headerIndex + 1; i < rows.size(); ++i) {
        EppgbmRow row;
        row.line = rows[i].line;
        for (std::size_t c = 0; c < kColumnCount; ++c) {
            const int f = index[c];
            if (f >= 0 && f < rows[i].fields.size())
                row.cells[c] = rows[i].fields.at(f).trimmed();
        }
        out.rows.push_back(std::move(row));
    }
    qCInfo(lcIo) << "e-PPGBM file read:" << shown << "header on row" << out.headerLine
                 << out.rows.size() << "data rows";
    return out;
}

} // namespace konvergensi::io::measurements

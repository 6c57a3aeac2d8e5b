// SPDX-License-Identifier: GPL-3.0-or-later
// Writes an e-PPGBM "entri" per-child export of N children of the demo district as a real
// XLSX workbook, made the way the samples are (tests/data/eppgbm/SPEC.md): two title lines
// with "data tanggal : YYYY-MM-DD" above the header on row 4, names and regions in upper
// case, censored NIKs, dates as dd/mm/yyyy text, weights and heights as numbers, the measuring
// position in words. Random, but always the same file for the same N (fixed seed).
// eppgbm_import_bench.sh imports it with konvergensi-cli beside R (readxl + anthro).
//
//   eppgbm_bench REGIONS.csv OUT.xlsx [N]    (REGIONS: resources/demo/bengkalis-wilayah.csv)

#include "io/csv_reader.h"
#include "reports/spreadsheet.h"

#include <QCoreApplication>
#include <QDate>

#include <cmath>
#include <cstdio>
#include <random>
#include <vector>

using namespace konvergensi;

namespace {

struct Village
{
    QString kecamatan;
    QString desa;
};

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    const QStringList args = app.arguments();
    if (args.size() < 3) {
        std::fprintf(stderr, "usage: eppgbm_bench REGIONS.csv OUT.xlsx [N]\n");
        return 2;
    }
    const int n = args.size() > 3 ? args.at(3).toInt() : 100000;
    const io::CsvTable regions = io::CsvReader::readFile(args.at(1));
    if (!regions.fileError.isEmpty()) {
        std::fprintf(stderr, "%s\n", qPrintable(regions.fileError));
        return 1;
    }
    std::map<QString, QString> kecamatan;          // code -> name
    std::vector<std::pair<QString, QString>> desa; // (code, name)
    for (const io::CsvRow &row : regions.rows) {
        if (row.fields.value(2) == u"kecamatan")
            kecamatan[row.fields.at(0)] = row.fields.at(1);
        else if (row.fields.value(2) == u"village")
            desa.emplace_back(row.fields.at(0), row.fields.at(1));
    }
    std::vector<Village> villages;
    for (const auto &[code, name] : desa)
        villages.push_back(
            {kecamatan[code.left(code.lastIndexOf(u'.'))].toUpper(), name.toUpper()});
    if (villages.empty()) {
        std::fprintf(stderr, "no villages in %s\n", qPrintable(args.at(1)));
        return 1;
    }

    std::mt19937 random(20240831);
    std::uniform_int_distribution<int> village(0, static_cast<int>(villages.size()) - 1);
    std::uniform_int_distribution<int> ageDays(0, 1825);
    std::uniform_int_distribution<int> day(1, 31);
    std::uniform_int_distribution<int> letter(0, 25);
    std::uniform_int_distribution<int> posyandu(1, 6);
    std::normal_distribution<double> noise(0.0, 1.0);
    const char *flowers[] = {"MELATI", "MAWAR", "DAHLIA", "ANGGREK", "KENANGA", "TERATAI"};

    reports::XlsxWriter book(args.at(2));
    book.addSheet(QStringLiteral("Sheet1"));
    book.addNote(
        QStringLiteral("Daftar Entri Pengukuran Balita - Kabupaten Bengkalis - Agustus 2024"));
    book.addNote(QStringLiteral("data tanggal : 2024-08-31"));
    book.addNote(QString());
    book.addHeader({QStringLiteral("No"),
                    QStringLiteral("NIK"),
                    QStringLiteral("Nama"),
                    QStringLiteral("JK"),
                    QStringLiteral("Tgl Lahir"),
                    QStringLiteral("BB Lahir"),
                    QStringLiteral("TB Lahir"),
                    QStringLiteral("Nama Ortu"),
                    QStringLiteral("Prov"),
                    QStringLiteral("Kab/Kota"),
                    QStringLiteral("Kec"),
                    QStringLiteral("Pukesmas"),
                    QStringLiteral("Desa/Kel"),
                    QStringLiteral("Posyandu"),
                    QStringLiteral("RT"),
                    QStringLiteral("RW"),
                    QStringLiteral("Alamat"),
                    QStringLiteral("Usia Saat Ukur"),
                    QStringLiteral("Tanggal Pengukuran"),
                    QStringLiteral("Berat"),
                    QStringLiteral("Tinggi"),
                    QStringLiteral("Cara Ukur"),
                    QStringLiteral("LiLA"),
                    QStringLiteral("BB/U"),
                    QStringLiteral("ZS BB/U"),
                    QStringLiteral("TB/U"),
                    QStringLiteral("ZS TB/U"),
                    QStringLiteral("BB/TB"),
                    QStringLiteral("ZS BB/TB")});
    for (int i = 0; i < n; ++i) {
        const Village &v = villages[static_cast<std::size_t>(village(random))];
        const QDate measured(2024, 8, std::min(day(random), 31));
        const int age = ageDays(random);
        const QDate birth = measured.addDays(-age);
        const double months = age / 30.4375;
        // Roughly the WHO medians with a spread that gives some stunted and wasted children.
        const double height = 49.9 + 25.0 * std::log1p(months / 6.0) + 3.5 * noise(random);
        const double weight = std::max(1.8, 3.3 + 0.016 * height * height / 10.0 - 2.5
                                                + 1.1 * noise(random));
        QString name;
        for (int c = 0; c < 6; ++c)
            name += QChar(u'A' + letter(random));
        name += QStringLiteral(" ") + QString::number(i);
        const bool lying = age < 731;
        QVariantList row;
        row << (i + 1) << QStringLiteral("140301**********") << name
            << ((i % 2) ? QStringLiteral("P") : QStringLiteral("L"))
            << birth.toString(QStringLiteral("dd/MM/yyyy")) << QString() << QString()
            << QStringLiteral("ORTU %1").arg(i) << QStringLiteral("RIAU")
            << QStringLiteral("KAB. BENGKALIS") << v.kecamatan
            << QString(QStringLiteral("Puskesmas ") + v.kecamatan) << v.desa
            << QString(QStringLiteral("Posyandu ") + QLatin1String(flowers[posyandu(random) - 1]))
            << QStringLiteral("001") << QStringLiteral("002") << QStringLiteral("JL. MERDEKA")
            << QString() << measured.toString(QStringLiteral("dd/MM/yyyy"))
            << std::round(weight * 10.0) / 10.0 << std::round(height * 10.0) / 10.0
            << (lying ? QStringLiteral("Terlentang") : QStringLiteral("Berdiri"));
        book.addRow(row);
    }
    book.close();
    std::printf("%d children written to %s\n", n, qPrintable(args.at(2)));
    return 0;
}

// SPDX-License-Identifier: GPL-3.0-or-later
// konvergensi-cli measurements quality, run as a process: each sample export imported and its
// `quality --format csv` compared, posyandu by posyandu and cell by cell, with counts this
// test makes itself from the sample's row file (tests/data/eppgbm/expected-*-rows.csv: what
// every row holds and whether it was kept); the attention rule of docs/panduan-pengguna.md
// re-applied to those counts; the table in Indonesian; no child's name in anything printed.
#include "eppgbm_expected.h"

#include "cli_process.h"

#include <QMap>
#include <QSet>
#include <QTemporaryDir>

#include <gtest/gtest.h>

#include <array>
#include <cmath>

using konvergensi::test::CliRun;
using konvergensi::test::eppgbmFile;
namespace io = konvergensi::io;

namespace {

/// The test's own form of a posyandu name: upper case, no "POSYANDU", Roman numbers as digits.
QString posyanduName(const QString &name)
{
    QStringList words = name.toUpper().simplified().split(u' ', Qt::SkipEmptyParts);
    if (!words.isEmpty() && words.front() == u"POSYANDU")
        words.removeFirst();
    static const QMap<QString, QString> roman = {{QStringLiteral("I"), QStringLiteral("1")},
                                                 {QStringLiteral("II"), QStringLiteral("2")},
                                                 {QStringLiteral("III"), QStringLiteral("3")},
                                                 {QStringLiteral("IV"), QStringLiteral("4")},
                                                 {QStringLiteral("V"), QStringLiteral("5")}};
    if (!words.isEmpty() && roman.contains(words.back()))
        words.back() = roman.value(words.back());
    return words.join(u' ');
}

/// The columns counted here, by name; the CSV must give the same number in each.
using Counts = QMap<QString, int>;

void countRow(Counts &c, const QMap<QString, QString> &row)
{
    c[QStringLiteral("rows")] += 1;
    if (row.value(QStringLiteral("status")) != u"kept") {
        c[QStringLiteral("skipped")] += 1;
        return;
    }
    c[QStringLiteral("children")] += 1;
    bool any = false;
    for (const auto &[indicator, z, flag] : {std::array<const char *, 3>{"haz", "zlen", "flen"},
                                             std::array<const char *, 3>{"whz", "zwfl", "fwfl"},
                                             std::array<const char *, 3>{"waz", "zwei", "fwei"}}) {
        const QString value = row.value(QLatin1String(z));
        if (value.isEmpty() || value == u"NA")
            continue;
        c[QLatin1String(indicator) + QStringLiteral("_scored")] += 1;
        if (row.value(QLatin1String(flag)) == u"1") {
            c[QLatin1String(indicator) + QStringLiteral("_flagged")] += 1;
            any = true;
        }
    }
    c[QStringLiteral("any_flagged")] += any ? 1 : 0;
    const int age = row.value(QStringLiteral("age_days")).toInt();
    static const char *const bands[] = {"age_0_5",   "age_6_11",  "age_12_23",  "age_24_35",
                                        "age_36_47", "age_48_59", "age_60_plus"};
    static const int firstMonth[] = {0, 6, 12, 24, 36, 48, 60};
    int band = 0;
    for (int b = 0; b < 7; ++b) {
        if (age / 30.4375 >= firstMonth[b])
            band = b;
    }
    c[QLatin1String(bands[band])] += 1;
    bool number = false;
    const double height = row.value(QStringLiteral("lenhei")).toDouble(&number);
    if (!number || height <= 0) {
        c[QStringLiteral("height_missing")] += 1;
        return;
    }
    c[QStringLiteral("heights")] += 1;
    // The row file writes heights as typed ("103", "92.5"): the first decimal is the text's.
    const QString text = row.value(QStringLiteral("lenhei"));
    const int dot = static_cast<int>(text.indexOf(u'.'));
    const QChar digit = dot < 0 || dot + 1 >= text.size() ? QChar(u'0') : text.at(dot + 1);
    if (digit == u'0')
        c[QStringLiteral("height_decimal_0")] += 1;
    if (digit == u'5')
        c[QStringLiteral("height_decimal_5")] += 1;
    const QString measure = row.value(QStringLiteral("measure"));
    if (measure != u"l" && measure != u"h") {
        c[QStringLiteral("position_unknown")] += 1;
    } else if (age < 731) {
        c[QStringLiteral("under24_positioned")] += 1;
        c[QStringLiteral("standing_under24")] += measure == u"h" ? 1 : 0;
    } else {
        c[QStringLiteral("from24_positioned")] += 1;
        c[QStringLiteral("lying_from24")] += measure == u"l" ? 1 : 0;
    }
}

/// The problems of the documented rule, from the test's counts.
QString problemsOf(Counts c)
{
    const auto over = [](int part, int whole, double limit) {
        return whole > 0 && 100.0 * part / whole > limit;
    };
    QStringList out;
    if (over(c[QStringLiteral("skipped")], c[QStringLiteral("rows")], 5.0))
        out << QStringLiteral("skipped");
    bool flagged = false;
    for (const char *indicator : {"haz", "whz", "waz"})
        flagged = flagged
                  || over(c[QLatin1String(indicator) + QStringLiteral("_flagged")],
                          c[QLatin1String(indicator) + QStringLiteral("_scored")], 1.0);
    if (flagged)
        out << QStringLiteral("flagged");
    if (over(c[QStringLiteral("height_missing")], c[QStringLiteral("children")], 5.0))
        out << QStringLiteral("height_missing");
    if (c[QStringLiteral("heights")] >= 10
        && over(c[QStringLiteral("height_decimal_0")] + c[QStringLiteral("height_decimal_5")],
                c[QStringLiteral("heights")], 40.0))
        out << QStringLiteral("digit_preference");
    if (over(c[QStringLiteral("standing_under24")] + c[QStringLiteral("lying_from24")],
             c[QStringLiteral("under24_positioned")] + c[QStringLiteral("from24_positioned")],
             10.0))
        out << QStringLiteral("wrong_position");
    return out.join(u';');
}

class MeasurementsQualityCliTest : public ::testing::Test
{
protected:
    void SetUp() override
    {
        ASSERT_TRUE(dir.isValid());
        database = dir.filePath(QStringLiteral("w.kvg"));
        ASSERT_EQ(run({QStringLiteral("init")}).exitCode, 0);
        const CliRun regions = run(
            {QStringLiteral("regions"), QStringLiteral("import"),
             konvergensi::test::dataFile(QStringLiteral("wilayah/bengkalis.csv"))});
        ASSERT_EQ(regions.exitCode, 0) << regions;
    }

    CliRun run(QStringList args, konvergensi::test::CliLanguage language =
                                     konvergensi::test::CliLanguage::English) const
    {
        args.prepend(database);
        args.prepend(QStringLiteral("--database"));
        const CliRun result = konvergensi::test::runCli(
            QStringLiteral(KONVERGENSI_CLI_PATH), args,
            konvergensi::test::cliEnvironment(
                // A home of its own for the default language: the English runs store theirs.
                language == konvergensi::test::CliLanguage::English
                    ? dir.path()
                    : dir.filePath(QStringLiteral("home-default")),
                language));
        printed += result.out + result.err;
        return result;
    }

    QTemporaryDir dir;
    QString database;
    mutable QString printed;
};

} // namespace

TEST_F(MeasurementsQualityCliTest, EveryPosyanduCountedFromTheSampleRows)
{
    struct Case
    {
        const char *file;
        const char *rows;
        const char *round;
    };
    const Case cases[] = {
        {"entri-2024-08-small.csv", "expected-small-rows.csv", "2024-08"},
        {"final-2025-02-small.xlsx", "expected-final-small-rows.csv", "2025-02"},
    };
    for (const Case &c : cases) {
        SCOPED_TRACE(c.file);
        const CliRun imported = run({QStringLiteral("measurements"), QStringLiteral("import"),
                                     eppgbmFile(QLatin1String(c.file))});
        ASSERT_EQ(imported.exitCode, 0) << imported;

        // The test's own counts, from the row file.
        const io::CsvTable rowFile = io::CsvReader::readFile(eppgbmFile(QLatin1String(c.rows)));
        ASSERT_TRUE(rowFile.ok());
        QMap<QString, Counts> expected; // "desa|POSYANDU NAME"; "" for the district
        for (const io::CsvRow &line : rowFile.rows) {
            QMap<QString, QString> row;
            for (int i = 0; i < rowFile.header.fields.size() && i < line.fields.size(); ++i)
                row[rowFile.header.fields.at(i)] = line.fields.at(i);
            const QString key = row.value(QStringLiteral("desa_code")) + u'|'
                                + posyanduName(row.value(QStringLiteral("posyandu_in_file")));
            countRow(expected[key], row);
            countRow(expected[QString()], row);
        }
        ASSERT_GT(expected.size(), 100);

        const CliRun shown = run({QStringLiteral("measurements"), QStringLiteral("quality"),
                                  QStringLiteral("--round"), QLatin1String(c.round),
                                  QStringLiteral("--format"), QStringLiteral("csv")});
        ASSERT_EQ(shown.exitCode, 0) << shown;
        const io::CsvTable table = io::CsvReader::parse(shown.out.toUtf8());
        ASSERT_TRUE(table.ok());
        const QStringList header = table.header.fields;
        ASSERT_EQ(table.rows.size(), static_cast<std::size_t>(expected.size()));
        int cells = 0;
        int attention = 0;
        QSet<QString> seen;
        for (const io::CsvRow &line : table.rows) {
            QMap<QString, QString> row;
            for (int i = 0; i < header.size() && i < line.fields.size(); ++i)
                row[header.at(i)] = line.fields.at(i);
            const QString level = row.value(QStringLiteral("level"));
            ASSERT_TRUE(level == u"district" || level == u"posyandu") << level.toStdString();
            const QString key = level == u"district"
                                    ? QString()
                                    : row.value(QStringLiteral("code")) + u'|'
                                          + posyanduName(row.value(QStringLiteral("name")));
            ASSERT_TRUE(expected.contains(key)) << key.toStdString();
            EXPECT_FALSE(seen.contains(key)) << key.toStdString();
            seen.insert(key);
            Counts counts = expected.value(key);
            for (const QString &column : {QStringLiteral("rows"),
                                          QStringLiteral("skipped"),
                                          QStringLiteral("children"),
                                          QStringLiteral("haz_scored"),
                                          QStringLiteral("haz_flagged"),
                                          QStringLiteral("whz_scored"),
                                          QStringLiteral("whz_flagged"),
                                          QStringLiteral("waz_scored"),
                                          QStringLiteral("waz_flagged"),
                                          QStringLiteral("any_flagged"),
                                          QStringLiteral("height_missing"),
                                          QStringLiteral("heights"),
                                          QStringLiteral("height_decimal_0"),
                                          QStringLiteral("height_decimal_5"),
                                          QStringLiteral("position_unknown"),
                                          QStringLiteral("under24_positioned"),
                                          QStringLiteral("standing_under24"),
                                          QStringLiteral("from24_positioned"),
                                          QStringLiteral("lying_from24"),
                                          QStringLiteral("age_0_5"),
                                          QStringLiteral("age_6_11"),
                                          QStringLiteral("age_12_23"),
                                          QStringLiteral("age_24_35"),
                                          QStringLiteral("age_36_47"),
                                          QStringLiteral("age_48_59"),
                                          QStringLiteral("age_60_plus")}) {
                ASSERT_TRUE(header.contains(column)) << column.toStdString();
                EXPECT_EQ(row.value(column), QString::number(counts[column]))
                    << key.toStdString() << ' ' << column.toStdString();
                ++cells;
            }
            // A share: 2 decimals of the counts above.
            const int heights = counts[QStringLiteral("heights")];
            EXPECT_EQ(row.value(QStringLiteral("digit_preference_pct")),
                      heights == 0 ? QString()
                                   : QString::asprintf(
                                       "%.2f", 100.0
                                                   * (counts[QStringLiteral("height_decimal_0")]
                                                      + counts[QStringLiteral("height_decimal_5")])
                                                   / heights));
            EXPECT_EQ(row.value(QStringLiteral("problems")), problemsOf(counts))
                << key.toStdString();
            EXPECT_EQ(row.value(QStringLiteral("needs_attention")),
                      problemsOf(counts).isEmpty() ? QStringLiteral("0") : QStringLiteral("1"));
            if (level == u"posyandu" && !problemsOf(counts).isEmpty())
                ++attention;
        }
        EXPECT_EQ(cells, 26 * static_cast<int>(expected.size()));
        // The sample has implausible z-scores: some posyandu need attention, not all.
        EXPECT_GT(attention, 0);
        EXPECT_LT(attention, expected.size() - 1);
    }
}

TEST_F(MeasurementsQualityCliTest, TableInIndonesianWithoutNames)
{
    const CliRun imported = run({QStringLiteral("measurements"), QStringLiteral("import"),
                                 eppgbmFile(QStringLiteral("entri-2024-08-small.xlsx"))});
    ASSERT_EQ(imported.exitCode, 0) << imported;
    const CliRun table = run({QStringLiteral("measurements"), QStringLiteral("quality"),
                              QStringLiteral("--round"), QStringLiteral("2024-08"),
                              QStringLiteral("--puskesmas"), QStringLiteral("--desa")},
                             konvergensi::test::CliLanguage::Default);
    ASSERT_EQ(table.exitCode, 0) << table;
    EXPECT_TRUE(table.out.contains(QStringLiteral("Kabupaten Bengkalis"))) << table;
    EXPECT_TRUE(table.out.contains(QStringLiteral("Perlu perhatian"))) << table;
    EXPECT_TRUE(table.out.contains(QStringLiteral("puskesmas"))) << table;
    EXPECT_TRUE(table.out.contains(QStringLiteral("desa"))) << table;
    const CliRun missing = run({QStringLiteral("measurements"), QStringLiteral("quality"),
                                QStringLiteral("--round"), QStringLiteral("2023-02")});
    EXPECT_EQ(missing.exitCode, 1) << missing;
    const CliRun usage = run({QStringLiteral("measurements"), QStringLiteral("quality")});
    EXPECT_EQ(usage.exitCode, 2) << usage;

    // No child's name or full NIK in anything printed.
    const io::CsvTable rows = io::CsvReader::readFile(
        eppgbmFile(QStringLiteral("expected-small-rows.csv")));
    const int name = static_cast<int>(rows.header.fields.indexOf(QStringLiteral("name")));
    const int nik = static_cast<int>(rows.header.fields.indexOf(QStringLiteral("nik")));
    ASSERT_GE(name, 0);
    int checked = 0;
    for (const io::CsvRow &row : rows.rows) {
        const QString childName = row.fields.value(name);
        if (childName.size() >= 8) {
            EXPECT_FALSE(printed.contains(childName, Qt::CaseInsensitive))
                << childName.toStdString();
            ++checked;
        }
        const QString childNik = row.fields.value(nik);
        if (childNik.size() == 16 && !childNik.contains(u'*')) {
            EXPECT_FALSE(printed.contains(childNik)) << childNik.toStdString();
        }
    }
    EXPECT_GT(checked, 1000);
}

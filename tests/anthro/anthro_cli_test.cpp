// SPDX-License-Identifier: GPL-3.0-or-later
// konvergensi-cli anthro zscores / anthro prevalence, run as a process: the package's answers
// for every cell of the reference files, the file forms users write (semicolons, BOM, L/P,
// Indonesian words, dates), bad files and rows (exit 1 with the line), random bytes.
#include "core/anthro/zscores.h"

#include <QFile>
#include <QRandomGenerator>
#include <QTemporaryDir>

#include <gtest/gtest.h>

#include <cmath>

#include "cli_process.h"
#include "reference_csv.h"
#include "test_paths.h"

using namespace konvergensi;
using konvergensi::test::CliRun;
using konvergensi::test::readReferenceCsv;
using konvergensi::test::ReferenceTable;

namespace {

const QStringList kOutputColumns = {
    QStringLiteral("csex"),      QStringLiteral("clenhei"), QStringLiteral("cmeasure"),
    QStringLiteral("c9mo_flag"), QStringLiteral("cbmi"),    QStringLiteral("zlen"),
    QStringLiteral("flen"),      QStringLiteral("zwei"),    QStringLiteral("fwei"),
    QStringLiteral("zwfl"),      QStringLiteral("fwfl"),    QStringLiteral("zbmi"),
    QStringLiteral("fbmi"),      QStringLiteral("zhc"),     QStringLiteral("fhc"),
    QStringLiteral("zac"),       QStringLiteral("fac"),     QStringLiteral("zts"),
    QStringLiteral("fts"),       QStringLiteral("zss"),     QStringLiteral("fss")};

class AnthroCliTest : public ::testing::Test
{
protected:
    void SetUp() override { ASSERT_TRUE(dir.isValid()); }

    CliRun cli(const QStringList &args) const
    {
        return test::runCli(QStringLiteral(KONVERGENSI_CLI_PATH), args,
                            test::cliEnvironment(dir.path()));
    }

    QString write(const QString &name, const QByteArray &bytes) const
    {
        const QString path = dir.filePath(name);
        QFile file(path);
        EXPECT_TRUE(file.open(QIODevice::WriteOnly));
        file.write(bytes);
        return path;
    }

    /// The output as rows of name -> value (the header's last occurrence of a name wins).
    static std::vector<QMap<QString, QString>> table(const QString &csv, QChar delimiter = u',')
    {
        const QStringList lines = csv.split(u'\n', Qt::SkipEmptyParts);
        std::vector<QMap<QString, QString>> rows;
        if (lines.isEmpty())
            return rows;
        const QStringList header = lines[0].split(delimiter);
        for (qsizetype i = 1; i < lines.size(); ++i) {
            const QStringList fields = lines[i].split(delimiter);
            EXPECT_EQ(fields.size(), header.size()) << lines[i].toStdString();
            QMap<QString, QString> row;
            for (qsizetype c = 0; c < header.size() && c < fields.size(); ++c)
                row.insert(header[c], fields[c]);
            rows.push_back(row);
        }
        return rows;
    }

    QTemporaryDir dir;
};

/// The reference children with their input columns only, as the package was given them.
QByteArray referenceInput(const ReferenceTable &reference)
{
    const std::vector<std::string> inputs = {"id",        "sex",       "age",        "age_unit",
                                             "weight_kg", "lenhei_cm", "measure",    "oedema",
                                             "headc_cm",  "armc_cm",   "triskin_mm", "subskin_mm"};
    QByteArray csv;
    for (std::size_t i = 0; i < inputs.size(); ++i)
        csv += (i ? "," : "") + QByteArray::fromStdString(inputs[i]);
    csv += '\n';
    for (const auto &row : reference.rows) {
        for (std::size_t i = 0; i < inputs.size(); ++i)
            csv += (i ? "," : "") + QByteArray::fromStdString(row[reference.column(inputs[i])]);
        csv += '\n';
    }
    return csv;
}

bool sameValue(const QString &computed, const std::string &expected)
{
    if (expected == "NA")
        return computed.isEmpty();
    if (computed == QString::fromStdString(expected))
        return true;
    bool ok = false;
    const double value = computed.toDouble(&ok);
    const double wanted = std::stod(expected);
    return ok && std::abs(value - wanted) <= 1e-12 * std::max(1.0, std::abs(wanted));
}

} // namespace

TEST_F(AnthroCliTest, ZScoresOfTheReferenceChildrenCellForCell)
{
    const ReferenceTable reference = readReferenceCsv("cases.csv");
    const QString input = write(QStringLiteral("cases.csv"), referenceInput(reference));
    const CliRun run = cli({QStringLiteral("anthro"), QStringLiteral("zscores"), input});
    ASSERT_EQ(run.exitCode, 0) << run;
    const auto rows = table(run.out);
    ASSERT_EQ(rows.size(), reference.rows.size());
    std::size_t cells = 0;
    for (std::size_t i = 0; i < rows.size(); ++i) {
        const auto &expected = reference.rows[i];
        ASSERT_EQ(rows[i].value(QStringLiteral("id")).toStdString(),
                  expected[reference.column("id")]);
        for (const QString &column : kOutputColumns) {
            const std::string wanted = expected[reference.column(column.toStdString())];
            EXPECT_TRUE(sameValue(rows[i].value(column), wanted))
                << "id " << expected[0] << " " << column.toStdString() << ": "
                << rows[i].value(column).toStdString() << " vs " << wanted;
            ++cells;
        }
        // The input columns come back as they were.
        EXPECT_EQ(rows[i].value(QStringLiteral("lenhei_cm")).toStdString(),
                  expected[reference.column("lenhei_cm")]);
    }
    EXPECT_EQ(cells, 3000U * 21U);
}

TEST_F(AnthroCliTest, PrevalenceOfTheReferenceSampleCellForCell)
{
    const CliRun run = cli({QStringLiteral("anthro"), QStringLiteral("prevalence"),
                            test::dataFile(QStringLiteral("who-growth/prevalence_input.csv")),
                            QStringLiteral("--format"), QStringLiteral("csv")});
    ASSERT_EQ(run.exitCode, 0) << run;
    const ReferenceTable reference = readReferenceCsv("prevalence_full.csv");
    const QStringList lines = run.out.split(u'\n', Qt::SkipEmptyParts);
    ASSERT_EQ(lines.size(), static_cast<qsizetype>(reference.rows.size() + 1));
    EXPECT_EQ(test::splitReferenceLine(lines[0].toStdString()), reference.header);
    std::size_t cells = 0;
    for (std::size_t r = 0; r < reference.rows.size(); ++r) {
        const auto fields = test::splitReferenceLine(
            lines[static_cast<qsizetype>(r + 1)].toStdString());
        ASSERT_EQ(fields.size(), reference.header.size());
        EXPECT_EQ(fields[0], reference.rows[r][0]);
        for (std::size_t c = 1; c < fields.size(); ++c) {
            EXPECT_TRUE(sameValue(QString::fromStdString(fields[c]), reference.rows[r][c]))
                << reference.rows[r][0] << " " << reference.header[c] << ": " << fields[c] << " vs "
                << reference.rows[r][c];
            ++cells;
        }
    }
    EXPECT_EQ(cells, 21U * 134U);

    const CliRun shown = cli({QStringLiteral("anthro"), QStringLiteral("prevalence"),
                              test::dataFile(QStringLiteral("who-growth/prevalence_input.csv"))});
    ASSERT_EQ(shown.exitCode, 0) << shown;
    EXPECT_TRUE(shown.out.contains(QStringLiteral("Age + sex: 48-59 mo.Male"))) << shown;
    // Stunting of the whole sample, 29.5975...% (27.617...-31.657...), as the table shows it.
    EXPECT_TRUE(shown.out.contains(QStringLiteral("29.6 (27.6-31.7)"))) << shown;
}

TEST_F(AnthroCliTest, SemicolonsBomLpSexesIndonesianWordsAndDecimalCommas)
{
    const QByteArray plain = "sex,age_months,weight,lenhei,measure,oedema\n"
                             "1,13.5,9.4,75.2,l,n\n"
                             "2,30,11.2,88.1,h,n\n"
                             "2,20,8.9,79,h,y\n";
    const QByteArray local = "\xEF\xBB\xBF"
                             "Jenis_Kelamin;Umur_Bulan;Berat;Tinggi;Cara_Ukur;Edema\r\n"
                             "L;13,5;9,4;75,2;terlentang;tidak\r\n"
                             "\r\n"
                             "P;30;11,2;88,1;berdiri;2\r\n"
                             "p;20;8,9;79;BERDIRI;ya\r\n";
    const CliRun a = cli({QStringLiteral("anthro"), QStringLiteral("zscores"),
                          write(QStringLiteral("plain.csv"), plain)});
    const CliRun b = cli({QStringLiteral("anthro"), QStringLiteral("zscores"),
                          write(QStringLiteral("local.csv"), local)});
    ASSERT_EQ(a.exitCode, 0) << a;
    ASSERT_EQ(b.exitCode, 0) << b;
    EXPECT_FALSE(b.out.startsWith(QChar(0xFEFF))) << "no byte-order mark in the output";
    const auto rowsA = table(a.out);
    const auto rowsB = table(b.out, u';');
    ASSERT_EQ(rowsA.size(), 3U);
    ASSERT_EQ(rowsB.size(), 3U);
    for (std::size_t i = 0; i < 3; ++i) {
        for (const QString &column : kOutputColumns)
            EXPECT_EQ(rowsA[i].value(column), rowsB[i].value(column)) << column.toStdString();
    }
    // The input fields are kept as written.
    EXPECT_EQ(rowsB[0].value(QStringLiteral("Berat")), QStringLiteral("9,4"));
    // The z-scores are those of core for the same child.
    core::anthro::ChildMeasurement child;
    child.sex = core::anthro::Sex::Male;
    child.age = core::anthro::Age::fromMonths(13.5);
    child.weight = 9.4;
    child.lenhei = 75.2;
    child.measure = core::anthro::Measure::Length;
    const auto z = core::anthro::computeZScores(child);
    EXPECT_EQ(rowsB[0].value(QStringLiteral("zlen")).toDouble(),
              z.zscore(core::anthro::Indicator::LengthForAge));
    EXPECT_EQ(rowsB[0].value(QStringLiteral("zwfl")).toDouble(),
              z.zscore(core::anthro::Indicator::WeightForLength));
    // Oedema: no weight-based z-score and no category for them.
    EXPECT_TRUE(rowsB[2].value(QStringLiteral("zwei")).isEmpty());
    EXPECT_TRUE(rowsB[2].value(QStringLiteral("kategori_bbu")).isEmpty());
    EXPECT_FALSE(rowsB[2].value(QStringLiteral("zlen")).isEmpty());
    EXPECT_FALSE(rowsB[2].value(QStringLiteral("kategori_pbu_tbu")).isEmpty());
}

TEST_F(AnthroCliTest, BirthAndMeasurementDatesGiveTheAgeInDays)
{
    const QByteArray byDates = "sex,birth_date,measure_date,weight,lenhei,measure\n"
                               "f,2022-02-28,2024-03-01,11.5,86,h\n"
                               "m,2023-12-31,2024-01-30,4.1,54,l\n";
    const QByteArray byDays = "sex,age_days,weight,lenhei,measure\n"
                              "f,732,11.5,86,h\n"
                              "m,30,4.1,54,l\n";
    const CliRun a = cli({QStringLiteral("anthro"), QStringLiteral("zscores"),
                          write(QStringLiteral("dates.csv"), byDates)});
    const CliRun b = cli({QStringLiteral("anthro"), QStringLiteral("zscores"),
                          write(QStringLiteral("days.csv"), byDays)});
    ASSERT_EQ(a.exitCode, 0) << a;
    ASSERT_EQ(b.exitCode, 0) << b;
    const auto rowsA = table(a.out);
    const auto rowsB = table(b.out);
    ASSERT_EQ(rowsA.size(), 2U);
    for (std::size_t i = 0; i < 2; ++i) {
        for (const QString &column : kOutputColumns)
            EXPECT_EQ(rowsA[i].value(column), rowsB[i].value(column)) << column.toStdString();
    }
    EXPECT_EQ(rowsA[0].value(QStringLiteral("cmeasure")), QStringLiteral("h"));
}

TEST_F(AnthroCliTest, MissingValuesStillGetTheScoresTheOtherValuesAllow)
{
    const QByteArray csv = "id,sex,age,age_unit,weight,lenhei,measure,oedema,headc\n"
                           "1,1,400,days,9.5,,,,\n"           // weight only: zwei
                           "2,2,,,10.2,80.1,l,n,\n"           // no age: zwfl only
                           "3,NA,400,days,9.5,75,l,n,46\n"    // no sex: nothing
                           "4,2,400,days,NA,NA,NA,NA,45.5\n"; // head only: zhc
    const CliRun run = cli({QStringLiteral("anthro"), QStringLiteral("zscores"),
                            write(QStringLiteral("missing.csv"), csv)});
    ASSERT_EQ(run.exitCode, 0) << run;
    const auto rows = table(run.out);
    ASSERT_EQ(rows.size(), 4U);
    const auto has = [&rows](std::size_t row, const char *column) {
        return !rows[row].value(QString::fromLatin1(column)).isEmpty();
    };
    EXPECT_TRUE(has(0, "zwei"));
    EXPECT_FALSE(has(0, "zlen"));
    EXPECT_FALSE(has(0, "zwfl"));
    EXPECT_FALSE(has(0, "cbmi"));
    EXPECT_TRUE(has(1, "zwfl"));
    EXPECT_TRUE(has(1, "fwfl"));
    EXPECT_FALSE(has(1, "zwei"));
    EXPECT_FALSE(has(1, "zlen"));
    for (const QString &column : kOutputColumns) {
        if (column.startsWith(u'z')) {
            EXPECT_TRUE(rows[2].value(column).isEmpty()) << column.toStdString();
        }
    }
    EXPECT_TRUE(has(3, "zhc"));
    EXPECT_FALSE(has(3, "zwei"));
    EXPECT_EQ(rows[3].value(QStringLiteral("c9mo_flag")), QStringLiteral("0"));
}

TEST_F(AnthroCliTest, OutputFileInsteadOfStandardOutput)
{
    const QString input = write(QStringLiteral("in.csv"), "sex,age_days,weight\n1,100,6\n");
    const QString output = dir.filePath(QStringLiteral("out.csv"));
    const CliRun run = cli({QStringLiteral("anthro"), QStringLiteral("zscores"), input,
                            QStringLiteral("--output"), output});
    ASSERT_EQ(run.exitCode, 0) << run;
    EXPECT_TRUE(run.out.isEmpty()) << run;
    QFile file(output);
    ASSERT_TRUE(file.open(QIODevice::ReadOnly));
    const auto rows = table(QString::fromUtf8(file.readAll()));
    ASSERT_EQ(rows.size(), 1U);
    EXPECT_FALSE(rows[0].value(QStringLiteral("zwei")).isEmpty());
}

TEST_F(AnthroCliTest, BadRowsAreReportedWithTheirLinesAndNothingIsWritten)
{
    const QByteArray csv = "sex,age_days,weight,lenhei,measure\n"
                           "1,100,6,60,l\n"
                           "1,100,abc,60,l\n"      // line 3: a letter where a number belongs
                           "x,100,6,60,l\n"        // line 4: unknown sex
                           "2,100,6,60\n"          // line 5: a field missing
                           "2,-5,6,60,l\n"         // line 6: negative age
                           "2,100,6,60,sitting\n"; // line 7: unknown measure
    const QString output = dir.filePath(QStringLiteral("never.csv"));
    const CliRun run = cli({QStringLiteral("anthro"), QStringLiteral("zscores"),
                            write(QStringLiteral("bad.csv"), csv), QStringLiteral("--output"),
                            output});
    EXPECT_EQ(run.exitCode, 1) << run;
    EXPECT_FALSE(QFile::exists(output));
    for (const char *line : {"Line 3:", "Line 4:", "Line 5:", "Line 6:", "Line 7:"})
        EXPECT_TRUE(run.err.contains(QString::fromLatin1(line))) << line << "\n" << run;
    EXPECT_FALSE(run.err.contains(QStringLiteral("Line 2:"))) << run;
    EXPECT_TRUE(run.err.contains(QStringLiteral("\"abc\""))) << run;
    EXPECT_TRUE(run.errLines().last().startsWith(QStringLiteral("konvergensi-cli: "))) << run;

    const CliRun prevalence = cli({QStringLiteral("anthro"), QStringLiteral("prevalence"),
                                   dir.filePath(QStringLiteral("bad.csv"))});
    EXPECT_EQ(prevalence.exitCode, 1) << prevalence;
    EXPECT_TRUE(prevalence.err.contains(QStringLiteral("Line 3:"))) << prevalence;
}

TEST_F(AnthroCliTest, FilesThatAreNotChildrenAreRefused)
{
    const std::vector<std::pair<QByteArray, QString>> cases = {
        {"", QStringLiteral("empty")},
        {"age_days,weight\n100,6\n", QStringLiteral("\"sex\"")},
        {"sex,weight\n1,6\n", QStringLiteral("age")},
        {"sex,age_days\n1,100\n", QStringLiteral("measurement")},
        {"sex,birth_date,weight\n1,2020-01-01,6\n", QStringLiteral("measure_date")},
        {"sex,age_days,weight\n", QStringLiteral("no rows")},
        {"sex,age_days,weight\n1,\"100,6\n", QStringLiteral("Line 2")},
        {"sex,age_days,weight,weight_kg\n1,100,6,6\n", QStringLiteral("more than once")},
        {"sex,age_days,weight\n1,100,\xff\xfe\n", QStringLiteral("line 2")},
        {"sex,birth_date,measure_date,weight\n1,2024-02-30,2024-03-01,6\n",
         QStringLiteral("Line 2")},
        {"sex,birth_date,measure_date,weight\n1,2024-03-01,2024-02-01,6\n",
         QStringLiteral("before the birth date")},
        {"sex,age,age_unit,weight\n1,12,weeks,6\n", QStringLiteral("days or months")},
    };
    for (const auto &[bytes, words] : cases) {
        const QString path = write(QStringLiteral("case.csv"), bytes);
        for (const char *command : {"zscores", "prevalence"}) {
            const CliRun run = cli({QStringLiteral("anthro"), QString::fromLatin1(command), path});
            EXPECT_EQ(run.exitCode, 1) << bytes.toStdString() << "\n" << run;
            EXPECT_TRUE(run.err.contains(words)) << words.toStdString() << "\n" << run;
        }
    }
    const CliRun missing = cli({QStringLiteral("anthro"), QStringLiteral("zscores"),
                                dir.filePath(QStringLiteral("none.csv"))});
    EXPECT_EQ(missing.exitCode, 1) << missing;
    const CliRun usage = cli({QStringLiteral("anthro"), QStringLiteral("zscores")});
    EXPECT_EQ(usage.exitCode, 2) << usage;
}

TEST_F(AnthroCliTest, RandomBytesGiveExitOneNeverACrash)
{
    QRandomGenerator random(13);
    for (int round = 0; round < 12; ++round) {
        QByteArray bytes(static_cast<qsizetype>(random.bounded(1, 20000)), '\0');
        for (char &byte : bytes)
            byte = static_cast<char>(random.bounded(256));
        if (round % 3 == 1) // a plausible header, then garbage
            bytes.prepend("sex,age_days,weight,lenhei\n1,100,6,60\n");
        if (round % 3 == 2) // printable garbage
            for (char &byte : bytes)
                byte = static_cast<char>(32 + (static_cast<unsigned char>(byte) % 95));
        const QString path = write(QStringLiteral("random.csv"), bytes);
        for (const char *command : {"zscores", "prevalence"}) {
            const CliRun run = cli({QStringLiteral("anthro"), QString::fromLatin1(command), path});
            EXPECT_EQ(run.exitCode, 1) << "round " << round << " " << command << "\n"
                                       << run.err.toStdString();
            EXPECT_FALSE(run.err.isEmpty());
        }
    }
}

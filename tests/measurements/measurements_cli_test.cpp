// SPDX-License-Identifier: GPL-3.0-or-later
// konvergensi-cli measurements, run as a process on a workspace holding Kabupaten Bengkalis:
// every sample imported and its `summary --format csv` compared cell by cell with the WHO
// anthro package's figures; the .xls refused; re-import refused without --replace and
// replaced whole with it; --dry-run writes nothing; region mapping; no child's name or NIK
// in anything the CLI printed, debug logging included.
#include "eppgbm_expected.h"

#include "cli_process.h"
#include "io/xlsx_reader.h"

#include <QDirIterator>
#include <QFile>
#include <QTemporaryDir>

#include <gtest/gtest.h>

using konvergensi::test::CliRun;
using konvergensi::test::eppgbmFile;
namespace io = konvergensi::io;

namespace {

class MeasurementsCliTest : public ::testing::Test
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

    CliRun run(QStringList args) const
    {
        args.prepend(database);
        args.prepend(QStringLiteral("--database"));
        auto environment = konvergensi::test::cliEnvironment(dir.path());
        environment.insert(QStringLiteral("QT_LOGGING_RULES"), QStringLiteral("*.debug=true"));
        const CliRun result = konvergensi::test::runCli(QStringLiteral(KONVERGENSI_CLI_PATH), args,
                                                        environment);
        printed += result.out + result.err;
        return result;
    }

    CliRun import(const QString &file, QStringList options = {}) const
    {
        QStringList args = {QStringLiteral("measurements"), QStringLiteral("import"), file};
        args << options;
        return run(args);
    }

    io::CsvTable summary(const QString &round, QStringList options = {}) const
    {
        QStringList args = {QStringLiteral("measurements"), QStringLiteral("summary"),
                            QStringLiteral("--round"),      round,
                            QStringLiteral("--format"),     QStringLiteral("csv")};
        args << options;
        const CliRun shown = run(args);
        EXPECT_EQ(shown.exitCode, 0) << shown;
        return io::CsvReader::parse(shown.out.toUtf8());
    }

    QTemporaryDir dir;
    QString database;
    mutable QString printed;
};

} // namespace

TEST_F(MeasurementsCliTest, EverySampleGivesEveryExpectedCell)
{
    struct Case
    {
        const char *file;
        const char *expected;
        const char *round;
    };
    const Case cases[] = {
        {"entri-2024-08-small.xlsx", "expected-small.csv", "2024-08"},
        {"entri-2024-08-small.csv", "expected-small.csv", "2024-08"},
        {"entri-2024-08-small-hidden-sheet.xlsx", "expected-small.csv", "2024-08"},
        {"final-2025-02-small.xlsx", "expected-final-small.csv", "2025-02"},
    };
    bool first = true;
    for (const Case &c : cases) {
        SCOPED_TRACE(c.file);
        QStringList options;
        if (!first && QLatin1String(c.round) == u"2024-08")
            options << QStringLiteral("--replace");
        first = false;
        const CliRun imported = import(eppgbmFile(QLatin1String(c.file)), options);
        ASSERT_EQ(imported.exitCode, 0) << imported;
        const io::CsvTable table = summary(QLatin1String(c.round));
        // The columns the issue names, first and in this order.
        const QStringList named = QStringLiteral(
                                      "level,code,name,children,skipped_total,haz_valid,stunted,"
                                      "severely_stunted,whz_valid,wasted,severely_wasted,"
                                      "overweight,waz_valid,underweight,severely_underweight")
                                      .split(u',');
        EXPECT_EQ(table.header.fields.mid(0, named.size()), named);
        int compared = 0;
        const QStringList problems = konvergensi::test::compareFigures(
            table, QLatin1String(c.expected), &compared);
        EXPECT_TRUE(problems.isEmpty()) << problems.join(u'\n').toStdString();
        EXPECT_EQ(compared, 167 * 33);
    }
    // With --puskesmas and --posyandu the region rows are the same, and more rows follow.
    const io::CsvTable detailed = summary(
        QStringLiteral("2024-08"), {QStringLiteral("--puskesmas"), QStringLiteral("--posyandu")});
    EXPECT_TRUE(konvergensi::test::compareFigures(detailed, QStringLiteral("expected-small.csv"))
                    .isEmpty());
    EXPECT_GT(detailed.rows.size(), 167U + 11U);
    const CliRun table = run({QStringLiteral("measurements"), QStringLiteral("summary"),
                              QStringLiteral("--round"), QStringLiteral("2025-02")});
    EXPECT_EQ(table.exitCode, 0) << table;
    EXPECT_TRUE(table.out.contains(QStringLiteral("Kabupaten Bengkalis")));
}

TEST_F(MeasurementsCliTest, XlsRefusedReimportAndDryRun)
{
    const CliRun xls = import(eppgbmFile(QStringLiteral("entri-2024-08-lama.xls")));
    EXPECT_EQ(xls.exitCode, 1);
    EXPECT_EQ(xls.errLines().filter(QStringLiteral("konvergensi-cli:")).size(), 1) << xls;
    EXPECT_TRUE(xls.err.contains(QStringLiteral(".xlsx"))) << xls;

    const CliRun dry = import(eppgbmFile(QStringLiteral("entri-2024-08-small.xlsx")),
                              {QStringLiteral("--dry-run")});
    EXPECT_EQ(dry.exitCode, 0) << dry;
    EXPECT_TRUE(dry.out.contains(QStringLiteral("1512"))) << dry;
    EXPECT_TRUE(dry.out.contains(QStringLiteral("121, 352, 360, 407, 1090, 1115, 1475, 1516")))
        << dry;
    const CliRun none = run({QStringLiteral("measurements"), QStringLiteral("summary"),
                             QStringLiteral("--round"), QStringLiteral("2024-08")});
    EXPECT_EQ(none.exitCode, 1) << none;

    ASSERT_EQ(import(eppgbmFile(QStringLiteral("entri-2024-08-small.xlsx"))).exitCode, 0);
    const CliRun again = import(eppgbmFile(QStringLiteral("entri-2024-08-small.csv")));
    EXPECT_EQ(again.exitCode, 1) << again;
    EXPECT_TRUE(again.err.contains(QStringLiteral("1498"))) << again;
    const CliRun rounds = run({QStringLiteral("measurements"), QStringLiteral("rounds")});
    EXPECT_TRUE(rounds.out.contains(QStringLiteral("entri-2024-08-small.xlsx"))) << rounds;
    const CliRun replaced = import(eppgbmFile(QStringLiteral("entri-2024-08-small.csv")),
                                   {QStringLiteral("--replace")});
    EXPECT_EQ(replaced.exitCode, 0) << replaced;
    const CliRun after = run({QStringLiteral("measurements"), QStringLiteral("rounds")});
    EXPECT_TRUE(after.out.contains(QStringLiteral("entri-2024-08-small.csv"))) << after;
    EXPECT_FALSE(after.out.contains(QStringLiteral("entri-2024-08-small.xlsx"))) << after;
    EXPECT_TRUE(konvergensi::test::compareFigures(summary(QStringLiteral("2024-08")),
                                                  QStringLiteral("expected-small.csv"))
                    .isEmpty());

    // A round given on the command line.
    const CliRun given = import(eppgbmFile(QStringLiteral("final-2025-02-small.xlsx")),
                                {QStringLiteral("--round"), QStringLiteral("2025-03")});
    EXPECT_EQ(given.exitCode, 0) << given;
    EXPECT_EQ(summary(QStringLiteral("2025-03")).rows.size(), 167U);
    const CliRun bad = import(eppgbmFile(QStringLiteral("final-2025-02-small.xlsx")),
                              {QStringLiteral("--round"), QStringLiteral("Maret")});
    EXPECT_EQ(bad.exitCode, 1) << bad;
}

TEST_F(MeasurementsCliTest, UnknownDesaIsMappedThenImported)
{
    QFile csvSource(eppgbmFile(QStringLiteral("entri-2024-08-small.csv")));
    ASSERT_TRUE(csvSource.open(QIODevice::ReadOnly));
    QByteArray bytes = csvSource.readAll();
    bytes.replace(";MESKOM;", ";DESA MESKOM;");
    const QString path = dir.filePath(QStringLiteral("meskom.csv"));
    QFile target(path);
    ASSERT_TRUE(target.open(QIODevice::WriteOnly));
    target.write(bytes);
    target.close();

    const CliRun blocked = import(path);
    EXPECT_EQ(blocked.exitCode, 1) << blocked;
    EXPECT_TRUE(blocked.out.contains(QStringLiteral("DESA MESKOM"))) << blocked;
    const CliRun mapped = run({QStringLiteral("measurements"), QStringLiteral("map"),
                               QStringLiteral("BENGKALIS"), QStringLiteral("DESA MESKOM"),
                               QStringLiteral("14.03.01.2009")});
    EXPECT_EQ(mapped.exitCode, 0) << mapped;
    const CliRun wrong = run({QStringLiteral("measurements"), QStringLiteral("map"),
                              QStringLiteral("X"), QStringLiteral("Y"),
                              QStringLiteral("14.03.99")});
    EXPECT_EQ(wrong.exitCode, 2) << wrong;
    const CliRun imported = import(path);
    EXPECT_EQ(imported.exitCode, 0) << imported;
    EXPECT_TRUE(konvergensi::test::compareFigures(summary(QStringLiteral("2024-08")),
                                                  QStringLiteral("expected-small.csv"))
                    .isEmpty());
}

TEST_F(MeasurementsCliTest, NoNameOrNikInAnythingPrinted)
{
    for (const char *file : {"entri-2024-08-small.xlsx", "final-2025-02-small.xlsx"}) {
        const CliRun imported = import(eppgbmFile(QLatin1String(file)));
        ASSERT_EQ(imported.exitCode, 0) << imported;
    }
    ASSERT_EQ(import(eppgbmFile(QStringLiteral("entri-2024-08-small.csv")),
                     {QStringLiteral("--replace"), QStringLiteral("--dry-run")})
                  .exitCode,
              0);
    summary(QStringLiteral("2024-08"),
            {QStringLiteral("--puskesmas"), QStringLiteral("--posyandu")});
    run({QStringLiteral("measurements"), QStringLiteral("rounds")});
    ASSERT_GT(printed.size(), 10000);
    int names = 0;
    for (const char *rows : {"expected-small-rows.csv", "expected-final-small-rows.csv"}) {
        const auto table = io::CsvReader::readFile(eppgbmFile(QLatin1String(rows)));
        const int name = static_cast<int>(table.header.fields.indexOf(QStringLiteral("name")));
        const int nik = static_cast<int>(table.header.fields.indexOf(QStringLiteral("nik")));
        for (const io::CsvRow &row : table.rows) {
            ++names;
            EXPECT_FALSE(printed.contains(row.fields.at(name), Qt::CaseInsensitive)) << row.line;
            const QString n = row.fields.at(nik);
            if (n.size() == 16 && !n.contains(u'*')) {
                EXPECT_FALSE(printed.contains(n)) << row.line;
            }
        }
    }
    EXPECT_GT(names, 2000);
}

TEST_F(MeasurementsCliTest, PublishWritesTheFiguresAndAsksBeforeReplacingTypedOnes)
{
    ASSERT_EQ(import(eppgbmFile(QStringLiteral("entri-2024-08-small.xlsx"))).exitCode, 0);
    // A typed e-PPGBM figure of the district for August 2024 that differs.
    const QString typed = dir.filePath(QStringLiteral("typed.csv"));
    QFile file(typed);
    ASSERT_TRUE(file.open(QIODevice::WriteOnly));
    file.write("kode_wilayah;tahun;putaran;sumber;indikator;diukur;kasus\n"
               "14.03;2024;Agustus;e-PPGBM;stunting;1400;100\n");
    file.close();
    const CliRun typedImport = run({QStringLiteral("prevalence"), QStringLiteral("import"), typed});
    ASSERT_EQ(typedImport.exitCode, 0) << typedImport;

    const CliRun refused = run({QStringLiteral("measurements"), QStringLiteral("publish"),
                                QStringLiteral("--round"), QStringLiteral("2024-08")});
    EXPECT_EQ(refused.exitCode, 1) << refused;
    EXPECT_TRUE(refused.out.contains(QStringLiteral("14.03"))) << refused;
    const CliRun published = run({QStringLiteral("measurements"), QStringLiteral("publish"),
                                  QStringLiteral("--round"), QStringLiteral("2024-08"),
                                  QStringLiteral("--replace")});
    EXPECT_EQ(published.exitCode, 0) << published;
    const CliRun shown = run({QStringLiteral("prevalence"), QStringLiteral("show"),
                              QStringLiteral("--area"), QStringLiteral("14.03"),
                              QStringLiteral("--year"), QStringLiteral("2024"),
                              QStringLiteral("--format"), QStringLiteral("csv")});
    EXPECT_EQ(shown.exitCode, 0) << shown;
    EXPECT_TRUE(shown.out.contains(QStringLiteral("1486"))) << shown;
    EXPECT_TRUE(shown.out.contains(QStringLiteral("158"))) << shown;
}

TEST_F(MeasurementsCliTest, TargetDataWithFamiliesImportedWholeOrNotAtAll)
{
    ASSERT_EQ(import(eppgbmFile(QStringLiteral("entri-2024-08-small.xlsx"))).exitCode, 0);
    const auto write = [&](const QString &name, const QByteArray &content) {
        QFile file(dir.filePath(name));
        EXPECT_TRUE(file.open(QIODevice::WriteOnly));
        file.write(content);
        return file.fileName();
    };
    const QString bad = write(QStringLiteral("buruk.csv"),
                              QByteArray("kode_desa;keluarga;keluarga berisiko stunting\n"
                                         "14.03.01.1001;1200;310\n"
                                         "14.03.01.1002;50;60\n"));
    const CliRun refused = run({QStringLiteral("measurements"), QStringLiteral("families"), bad,
                                QStringLiteral("--year"), QStringLiteral("2024")});
    EXPECT_NE(refused.exitCode, 0);
    EXPECT_TRUE(refused.out.contains(QStringLiteral(" 3: "))) << refused;
    EXPECT_FALSE(refused.out.contains(QStringLiteral(" 2: "))) << refused;
    const QString good = write(QStringLiteral("baik.csv"),
                               QByteArray("kode_desa;keluarga;keluarga berisiko stunting\n"
                                          "14.03.01.1001;1200;310\n"));
    const CliRun stored = run({QStringLiteral("measurements"), QStringLiteral("families"), good,
                               QStringLiteral("--year"), QStringLiteral("2024")});
    ASSERT_EQ(stored.exitCode, 0) << stored;

    const CliRun shown = run({QStringLiteral("measurements"), QStringLiteral("targets"),
                              QStringLiteral("--round"), QStringLiteral("2024-08"),
                              QStringLiteral("--format"), QStringLiteral("csv")});
    ASSERT_EQ(shown.exitCode, 0) << shown;
    const io::CsvTable table = io::CsvReader::parse(shown.out.toUtf8());
    const auto expected = konvergensi::test::keyedRows(
        io::CsvReader::readFile(eppgbmFile(QStringLiteral("expected-small.csv"))),
        QStringLiteral("code"));
    const auto column = [&](const char *name) {
        return static_cast<int>(table.header.fields.indexOf(QLatin1String(name)));
    };
    ASSERT_GE(column("stunting_total"), 0);
    int checked = 0;
    for (const io::CsvRow &row : table.rows) {
        const QString code = row.fields.at(column("desa_code"));
        const auto &want = expected.value(code);
        ASSERT_FALSE(want.isEmpty()) << code.toStdString();
        const int severe = want.value(QStringLiteral("severely_stunted")).toInt();
        EXPECT_EQ(row.fields.at(column("children_measured")),
                  want.value(QStringLiteral("children")));
        EXPECT_EQ(row.fields.at(column("severely_stunted")).toInt(), severe);
        EXPECT_EQ(row.fields.at(column("stunted")).toInt(),
                  want.value(QStringLiteral("stunted")).toInt() - severe);
        EXPECT_EQ(row.fields.at(column("stunting_total")), want.value(QStringLiteral("stunted")));
        EXPECT_EQ(row.fields.at(column("families")),
                  code == u"14.03.01.1001" ? QStringLiteral("1200") : QString());
        EXPECT_EQ(row.fields.at(column("families_at_risk")),
                  code == u"14.03.01.1001" ? QStringLiteral("310") : QString());
        ++checked;
    }
    EXPECT_GT(checked, 100);

    const QString xlsx = dir.filePath(QStringLiteral("sasaran.xlsx"));
    const CliRun written = run({QStringLiteral("measurements"), QStringLiteral("targets"),
                                QStringLiteral("--round"), QStringLiteral("2024-08"),
                                QStringLiteral("--output"), xlsx});
    ASSERT_EQ(written.exitCode, 0) << written;
    EXPECT_EQ(io::XlsxReader::readFile(xlsx).rows.size(), table.rows.size() + 1);
}

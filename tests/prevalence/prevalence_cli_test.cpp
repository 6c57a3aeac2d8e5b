// konvergensi-cli prevalence import / show, run as a process.
#include "test_paths.h"

#include <QFile>
#include <QProcess>
#include <QProcessEnvironment>
#include <QTemporaryDir>

#include <gtest/gtest.h>

using konvergensi::test::dataFile;

namespace {

struct CliRun
{
    int exitCode = -1;
    QString out;
    QString err;
};

class PrevalenceCliTest : public ::testing::Test
{
protected:
    void SetUp() override
    {
        ASSERT_TRUE(dir.isValid());
        database = dir.filePath(QStringLiteral("w.kvg"));
        ASSERT_EQ(run({QStringLiteral("init"), QStringLiteral("--demo")}).exitCode, 0);
        const QString published = konvergensi::test::sourceDir()
                                  + QStringLiteral("/resources/demo/prevalence/published.csv");
        ASSERT_EQ(run({QStringLiteral("prevalence"), QStringLiteral("import"), published}).exitCode, 0);
    }

    CliRun run(QStringList args) const
    {
        args.prepend(database);
        args.prepend(QStringLiteral("--database"));
        QProcess process;
        auto environment = QProcessEnvironment::systemEnvironment();
        environment.insert(QStringLiteral("HOME"), dir.path());
        environment.insert(QStringLiteral("XDG_DATA_HOME"), dir.filePath(QStringLiteral("data")));
        process.setProcessEnvironment(environment);
        process.start(QStringLiteral(KONVERGENSI_CLI_PATH), args);
        CliRun result;
        if (!process.waitForFinished(120000))
            return result;
        result.exitCode = process.exitCode();
        result.out = QString::fromUtf8(process.readAllStandardOutput());
        result.err = QString::fromUtf8(process.readAllStandardError());
        return result;
    }

    QTemporaryDir dir;
    QString database;
};

} // namespace

TEST_F(PrevalenceCliTest, ImportXlsxThenShowAsCsv)
{
    const CliRun imported = run({QStringLiteral("prevalence"), QStringLiteral("import"),
                              dataFile(QStringLiteral("prevalence/prevalence.xlsx"))});
    ASSERT_EQ(imported.exitCode, 0) << imported.err.toStdString();
    EXPECT_TRUE(imported.out.contains(QStringLiteral("3 added"))) << imported.out.toStdString();

    const CliRun shown = run({QStringLiteral("prevalence"), QStringLiteral("show"), QStringLiteral("--area"),
                           QStringLiteral("14.03.01"), QStringLiteral("--year"), QStringLiteral("2025"),
                           QStringLiteral("--source"), QStringLiteral("e-PPGBM"), QStringLiteral("--format"),
                           QStringLiteral("csv")});
    ASSERT_EQ(shown.exitCode, 0) << shown.err.toStdString();
    const QStringList lines = shown.out.split(u'\n', Qt::SkipEmptyParts);
    ASSERT_GT(lines.size(), 3);
    EXPECT_EQ(lines[0], QStringLiteral("code,name,level,year,round,source,measured,cases,rate,ci_low,ci_high,summed"));
    // The kecamatan: the sum of its two desa (17 of 210 and 9 of 120 = 26 of 330 = 7.9 %).
    EXPECT_EQ(lines[1], QStringLiteral("14.03.01,Bengkalis,kecamatan,2025,february,eppgbm,330,26,7.9,5.4,11.3,yes"));
    EXPECT_TRUE(shown.out.contains(QStringLiteral("14.03.01.2004,Kelapapati,village,2025,february,eppgbm,210,17,8.1,5.1,12.6,")))
        << shown.out.toStdString();
    EXPECT_FALSE(shown.out.contains(QStringLiteral("14.03.02"))) << "only below the area";
}

TEST_F(PrevalenceCliTest, ConflictsNeedReplace)
{
    const QString file = dataFile(QStringLiteral("prevalence/conflict.csv"));
    const CliRun refused = run({QStringLiteral("prevalence"), QStringLiteral("import"), file});
    EXPECT_EQ(refused.exitCode, 1);
    EXPECT_TRUE(refused.err.contains(QStringLiteral("Line 2"))) << refused.err.toStdString();
    EXPECT_TRUE(refused.err.contains(QStringLiteral("--replace")));
    const CliRun shown = run({QStringLiteral("prevalence"), QStringLiteral("show"), QStringLiteral("--area"),
                           QStringLiteral("14.03"), QStringLiteral("--year"), QStringLiteral("2022"),
                           QStringLiteral("--format"), QStringLiteral("csv")});
    EXPECT_TRUE(shown.out.contains(QStringLiteral("14.03,Kabupaten Bengkalis,district,2022,survey,ssgi,,,8.4")))
        << shown.out.toStdString();
    const CliRun replaced = run({QStringLiteral("prevalence"), QStringLiteral("import"), file, QStringLiteral("--replace")});
    EXPECT_EQ(replaced.exitCode, 0) << replaced.err.toStdString();
    EXPECT_TRUE(replaced.out.contains(QStringLiteral("1 replaced")));
}

TEST_F(PrevalenceCliTest, BadInputsGiveClearErrors)
{
    const CliRun bad = run({QStringLiteral("prevalence"), QStringLiteral("import"),
                         dataFile(QStringLiteral("prevalence/bad.csv"))});
    EXPECT_EQ(bad.exitCode, 1);
    EXPECT_TRUE(bad.err.contains(QStringLiteral("Line 10"))) << bad.err.toStdString();
    const CliRun notZip = run({QStringLiteral("prevalence"), QStringLiteral("import"),
                            dataFile(QStringLiteral("prevalence/truncated.xlsx"))});
    EXPECT_EQ(notZip.exitCode, 1);
    EXPECT_TRUE(notZip.err.contains(QStringLiteral("xlsx"))) << notZip.err.toStdString();
    EXPECT_EQ(run({QStringLiteral("prevalence"), QStringLiteral("show"), QStringLiteral("--area"),
                   QStringLiteral("14.03")}).exitCode, 2);
    EXPECT_EQ(run({QStringLiteral("prevalence"), QStringLiteral("show"), QStringLiteral("--area"),
                   QStringLiteral("14.03"), QStringLiteral("--year"), QStringLiteral("2022"),
                   QStringLiteral("--source"), QStringLiteral("tebakan")}).exitCode, 2);
}

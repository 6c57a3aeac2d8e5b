// SPDX-License-Identifier: GPL-3.0-or-later
// Runs the built konvergensi-cli as a process, the way a user or a script would.
#include "test_paths.h"

#include "io/csv_reader.h"
#include "storage/database.h"
#include "storage/query.h"

#include <QCryptographicHash>
#include <QFile>
#include <QProcess>
#include <QProcessEnvironment>
#include <QTemporaryDir>

#include <gtest/gtest.h>

#include "cli_process.h"

using namespace konvergensi;
using konvergensi::test::dataFile;

using konvergensi::test::CliRun;

namespace {

class CliTest : public ::testing::Test
{
protected:
    void SetUp() override
    {
        ASSERT_TRUE(dir.isValid());
        database = dir.filePath(QStringLiteral("workspace.kvg"));
        // The default workspace folder points into the temporary folder, never the user's.
        environment = test::cliEnvironment(dir.path());
        environment.remove(QStringLiteral("QT_LOGGING_RULES"));
    }

    CliRun run(const QStringList &args) const
    {
        return test::runCli(QStringLiteral(KONVERGENSI_CLI_PATH), args, environment);
    }

    /// Runs with --database pointing at the test's workspace.
    CliRun cli(QStringList args) const
    {
        args.prepend(database);
        args.prepend(QStringLiteral("--database"));
        return run(args);
    }

    void initDemo() const
    {
        const CliRun init = cli({QStringLiteral("init"), QStringLiteral("--demo")});
        ASSERT_EQ(init.exitCode, 0) << init;
        ASSERT_TRUE(init.err.isEmpty()) << init;
    }

    /// An error is one line on stderr, nothing on stdout, and a non-zero exit.
    static void expectOneLineError(const CliRun &run, const QString &needle = {})
    {
        EXPECT_NE(run.exitCode, 0) << run;
        EXPECT_TRUE(run.out.isEmpty()) << run;
        ASSERT_EQ(run.errLines().size(), 1) << run;
        EXPECT_TRUE(run.err.startsWith(QStringLiteral("konvergensi-cli: "))) << run;
        EXPECT_TRUE(run.err.endsWith(u'\n')) << run;
        EXPECT_TRUE(run.err.contains(needle)) << run;
    }

    qint64 count(const QString &table) const
    {
        auto db = storage::Database::openSqlite(database);
        storage::Query query(*db, QStringLiteral("SELECT count(*) FROM ") + table);
        query.exec();
        return query.next() ? query.integer(0) : -1;
    }

    QTemporaryDir dir;
    QString database;
    QProcessEnvironment environment;
};

QByteArray sha1(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return QCryptographicHash::hash(file.readAll(), QCryptographicHash::Sha1);
}

} // namespace

TEST_F(CliTest, Version)
{
    const CliRun version = run({QStringLiteral("--version")});
    EXPECT_EQ(version.exitCode, 0) << version;
    EXPECT_EQ(version.out, QStringLiteral("konvergensi-cli 0.1.0\n"));
    EXPECT_TRUE(version.err.isEmpty());
}

TEST_F(CliTest, Help)
{
    const CliRun help = run({QStringLiteral("--help")});
    EXPECT_EQ(help.exitCode, 0) << help;
    EXPECT_TRUE(help.out.startsWith(QStringLiteral("Usage: konvergensi-cli"))) << help;
    EXPECT_TRUE(help.out.contains(QStringLiteral("regions import")));
    EXPECT_TRUE(help.out.contains(QStringLiteral("konvergensi.kvg")));
    EXPECT_TRUE(help.err.isEmpty());
}

TEST_F(CliTest, InitDemoThenListCsv)
{
    initDemo();
    const CliRun list = cli({QStringLiteral("regions"), QStringLiteral("list"),
                             QStringLiteral("--format"), QStringLiteral("csv")});
    ASSERT_EQ(list.exitCode, 0) << list;
    EXPECT_TRUE(list.err.isEmpty()) << list;
    const QStringList lines = list.outLines();
    ASSERT_EQ(lines.size(), 1 + 1 + 1 + 11 + 155);
    EXPECT_EQ(lines[0], QStringLiteral("code,name,level,kind"));
    EXPECT_EQ(lines[1], QStringLiteral("14,Riau,province,"));
    EXPECT_EQ(lines[2], QStringLiteral("14.03,Kabupaten Bengkalis,district,"));
    EXPECT_EQ(lines.filter(QStringLiteral(",village,")).size(), 155);
    EXPECT_EQ(lines.filter(QStringLiteral(",village,kelurahan")).size(), 19);
    EXPECT_EQ(lines.filter(QStringLiteral(",kecamatan,")).size(), 11);
    EXPECT_TRUE(lines.contains(QStringLiteral("14.03.01,Bengkalis,kecamatan,")));
    EXPECT_TRUE(lines.contains(QStringLiteral("14.03.01.1001,Bengkalis Kota,village,kelurahan")));
    EXPECT_TRUE(lines.contains(QStringLiteral("14.03.01.2004,Kelapapati,village,desa")));
    EXPECT_TRUE(lines.contains(QStringLiteral("14.03.16.2013,Pematang Obo,village,desa")));
    // Code order.
    QStringList codes;
    for (const QString &line : lines.mid(1))
        codes.append(line.section(u',', 0, 0));
    QStringList sorted = codes;
    sorted.sort();
    EXPECT_EQ(codes, sorted);

    const CliRun table = cli({QStringLiteral("regions"), QStringLiteral("list")});
    ASSERT_EQ(table.exitCode, 0) << table;
    EXPECT_TRUE(
        table.out.contains(QStringLiteral("14.03.01.1001  village    kelurahan  Bengkalis Kota")))
        << table;
}

TEST_F(CliTest, InitRefusesAnExistingFile)
{
    initDemo();
    const QByteArray before = sha1(database);
    expectOneLineError(cli({QStringLiteral("init")}), QStringLiteral("already exists"));
    expectOneLineError(cli({QStringLiteral("init"), QStringLiteral("--demo")}),
                       QStringLiteral("already exists"));
    EXPECT_EQ(sha1(database), before);
}

TEST_F(CliTest, InitEmptyAtTheDefaultPlace)
{
    const CliRun init = run({QStringLiteral("init")});
    ASSERT_EQ(init.exitCode, 0) << init;
    const QString expected = dir.filePath(
        QStringLiteral("data/Konvergensi/Konvergensi/konvergensi.kvg"));
    EXPECT_TRUE(QFile::exists(expected)) << init;
    const CliRun list = run(
        {QStringLiteral("regions"), QStringLiteral("list"), QStringLiteral("--format=csv")});
    EXPECT_EQ(list.exitCode, 0) << list;
    EXPECT_EQ(list.out, QStringLiteral("code,name,level,kind\n"));
}

TEST_F(CliTest, ImportGoodFileThenAgain)
{
    ASSERT_EQ(cli({QStringLiteral("init")}).exitCode, 0);
    const QString file = test::dataFile(QStringLiteral("wilayah/sekadau.csv"));
    const CliRun first = cli({QStringLiteral("regions"), QStringLiteral("import"), file});
    ASSERT_EQ(first.exitCode, 0) << first;
    EXPECT_TRUE(first.out.contains(QStringLiteral("103 added, 0 updated, 0 unchanged"))) << first;
    const CliRun again = cli({QStringLiteral("regions"), QStringLiteral("import"), file});
    ASSERT_EQ(again.exitCode, 0) << again;
    EXPECT_TRUE(again.out.contains(QStringLiteral("0 added, 0 updated, 103 unchanged"))) << again;
}

TEST_F(CliTest, DryRunChangesNothing)
{
    ASSERT_EQ(cli({QStringLiteral("init")}).exitCode, 0);
    const CliRun check = cli({QStringLiteral("regions"), QStringLiteral("import"),
                              QStringLiteral("--dry-run"),
                              dataFile(QStringLiteral("regions/base.csv"))});
    ASSERT_EQ(check.exitCode, 0) << check;
    EXPECT_TRUE(check.out.contains(QStringLiteral("would add 5"))) << check;
    EXPECT_EQ(count(QStringLiteral("region")), 0);
}

TEST_F(CliTest, BadImportNamesTheLineAndChangesNothing)
{
    initDemo();
    const qint64 regions = count(QStringLiteral("region"));
    const qint64 audit = count(QStringLiteral("audit_log"));
    const QByteArray before = sha1(database);

    const CliRun bad = cli({QStringLiteral("regions"), QStringLiteral("import"),
                            dataFile(QStringLiteral("regions/missing_kecamatan.csv"))});
    EXPECT_NE(bad.exitCode, 0) << bad;
    EXPECT_TRUE(bad.out.isEmpty()) << bad;
    const QStringList lines = bad.errLines();
    ASSERT_EQ(lines.size(), 2) << bad;
    EXPECT_EQ(lines[0],
              QStringLiteral("Line 7: village 14.03.99.2001 belongs to kecamatan 14.03.99, "
                             "which is neither in the file nor in the workspace."));
    EXPECT_TRUE(lines[1].startsWith(QStringLiteral("konvergensi-cli: nothing was imported")))
        << bad;
    EXPECT_TRUE(lines[1].contains(QStringLiteral("(errors: 1)"))) << bad;

    const CliRun several = cli({QStringLiteral("regions"), QStringLiteral("import"),
                                dataFile(QStringLiteral("regions/field_count.csv"))});
    EXPECT_NE(several.exitCode, 0);
    EXPECT_TRUE(several.errLines().value(0).startsWith(QStringLiteral("Line 4: "))) << several;
    EXPECT_TRUE(several.errLines().value(1).startsWith(QStringLiteral("Line 5: "))) << several;

    const CliRun encoding = cli({QStringLiteral("regions"), QStringLiteral("import"),
                                 dataFile(QStringLiteral("regions/windows1252.csv"))});
    expectOneLineError(encoding, QStringLiteral("Line 4 is not valid UTF-8 text."));

    EXPECT_EQ(count(QStringLiteral("region")), regions);
    EXPECT_EQ(count(QStringLiteral("audit_log")), audit);
    EXPECT_EQ(sha1(database), before);
}

TEST_F(CliTest, MissingDatabase)
{
    expectOneLineError(cli({QStringLiteral("regions"), QStringLiteral("list")}),
                       QStringLiteral("does not exist"));
    expectOneLineError(cli({QStringLiteral("regions"), QStringLiteral("import"),
                            dataFile(QStringLiteral("regions/base.csv"))}),
                       QStringLiteral("does not exist"));
    EXPECT_FALSE(QFile::exists(database)) << "a missing workspace must not be created";
    // Nor at the default place.
    expectOneLineError(run({QStringLiteral("regions"), QStringLiteral("list")}),
                       QStringLiteral("konvergensi-cli init"));
    EXPECT_FALSE(QFile::exists(
        dir.filePath(QStringLiteral("data/Konvergensi/Konvergensi/konvergensi.kvg"))));
}

TEST_F(CliTest, NotAWorkspace)
{
    {
        QFile file(database);
        ASSERT_TRUE(file.open(QIODevice::WriteOnly));
        file.write("code,name\n14,Riau\n");
    }
    expectOneLineError(cli({QStringLiteral("regions"), QStringLiteral("list")}),
                       QStringLiteral("not a Konvergensi workspace"));
}

TEST_F(CliTest, UsageErrors)
{
    expectOneLineError(run({}), QStringLiteral("no command"));
    expectOneLineError(run({QStringLiteral("frobnicate")}), QStringLiteral("unknown command"));
    expectOneLineError(run({QStringLiteral("--frobnicate")}), QStringLiteral("unknown option"));
    expectOneLineError(run({QStringLiteral("regions")}),
                       QStringLiteral("needs a subcommand: import, list"));
    expectOneLineError(run({QStringLiteral("regions"), QStringLiteral("delete")}),
                       QStringLiteral("unknown subcommand"));
    expectOneLineError(cli({QStringLiteral("regions"), QStringLiteral("import")}),
                       QStringLiteral("Usage: regions import FILE.csv"));
    expectOneLineError(cli({QStringLiteral("regions"), QStringLiteral("list"),
                            QStringLiteral("--format"), QStringLiteral("xlsx")}),
                       QStringLiteral("unknown format"));
    expectOneLineError(
        cli({QStringLiteral("init"), QStringLiteral("--format"), QStringLiteral("csv")}),
        QStringLiteral("does not apply"));
    expectOneLineError(run({QStringLiteral("--database")}), QStringLiteral("needs a value"));
    EXPECT_FALSE(QFile::exists(database));
}

TEST_F(CliTest, CsvListNeutralisesFormulasAndKeepsUtf8)
{
    initDemo();
    const CliRun import = cli({QStringLiteral("regions"), QStringLiteral("import"),
                               dataFile(QStringLiteral("regions/formula.csv"))});
    ASSERT_EQ(import.exitCode, 0) << import;

    const CliRun list = cli({QStringLiteral("regions"), QStringLiteral("list"),
                             QStringLiteral("--format"), QStringLiteral("csv")});
    ASSERT_EQ(list.exitCode, 0) << list;
    const QStringList lines = list.outLines();
    EXPECT_TRUE(lines.contains(QStringLiteral(
        "14.03.01.2091,\"'=HYPERLINK(\"\"http://example.com\"\",\"\"klik\"\")\",village,desa")))
        << list;
    EXPECT_TRUE(lines.contains(QStringLiteral("14.03.01.2092,'+Desa Plus,village,desa")));
    EXPECT_TRUE(lines.contains(QStringLiteral("14.03.01.2093,'-Desa Minus,village,desa")));
    EXPECT_TRUE(lines.contains(QStringLiteral("14.03.01.2094,'@Desa At,village,desa")));
    EXPECT_TRUE(lines.contains(QString::fromUtf8("14.03.01.2095,Sungai Péndék,village,desa")));

    // The output is itself good CSV.
    const io::CsvTable table = io::CsvReader::parse(list.out.toUtf8());
    ASSERT_TRUE(table.ok()) << table.fileError.toStdString();
    EXPECT_EQ(table.rows.size(), 168u + 5u);
}

// SPDX-License-Identifier: GPL-3.0-or-later
// konvergensi-cli on the office server (issue #17), as the check runs it: server init on
// an empty database, a demo workspace copied there, the same lists from the file and the
// server, writes as a read-only user failing with one line and changing nothing, a user added
// twice, the copy back. Runs on the test server of scripts/test (skips without one).

#include "cli_process.h"
#include "test_engine.h"

#include <QFile>
#include <QTemporaryDir>

#include <gtest/gtest.h>

using namespace konvergensi;
using konvergensi::test::CliRun;

namespace {

class ServerCliTest : public ::testing::Test
{
protected:
    void SetUp() override
    {
        ASSERT_TRUE(home.isValid());
        env = test::cliEnvironment(home.path());
        static int counter = 0;
        name =
            QStringLiteral("kvg_cli_%1_%2").arg(QCoreApplication::applicationPid()).arg(++counter);
        test::TestServerAdmin admin;
        admin.run(QStringLiteral("CREATE DATABASE ") + name);
        server = admin.server();
        server.database = name;
    }
    void TearDown() override
    {
        test::TestServerAdmin admin;
        admin.run(QStringLiteral("DROP DATABASE IF EXISTS %1 WITH (FORCE)").arg(name));
        for (const QString &user : users)
            admin.run(QStringLiteral("DROP ROLE IF EXISTS ") + user);
    }
    CliRun cli(const QStringList &args) const
    {
        return test::runCli(QStringLiteral(KONVERGENSI_CLI_PATH), args, env);
    }
    QString url(const QString &user = {}) const
    {
        storage::ServerConnection as = server;
        if (!user.isEmpty())
            as.user = user;
        return as.url();
    }

    QTemporaryDir home;
    QProcessEnvironment env;
    QString name;
    storage::ServerConnection server;
    QStringList users;
};

} // namespace

TEST_F(ServerCliTest, InitCopyCompareAndReadOnlyWrites)
{
    const QString file = home.filePath(QStringLiteral("demo.kvg"));
    ASSERT_EQ(
        cli({QStringLiteral("--database"), file, QStringLiteral("init"), QStringLiteral("--demo")})
            .exitCode,
        0);
    // Before init the server database is refused with the command that prepares it.
    const CliRun early = cli(
        {QStringLiteral("--database"), url(), QStringLiteral("meetings"), QStringLiteral("list")});
    EXPECT_EQ(early.exitCode, 1) << early;
    EXPECT_TRUE(early.err.contains(QStringLiteral("server init"))) << early;
    EXPECT_EQ(early.errLines().size(), 1) << early;

    const CliRun init = cli(
        {QStringLiteral("--database"), url(), QStringLiteral("server"), QStringLiteral("init")});
    ASSERT_EQ(init.exitCode, 0) << init;
    const CliRun copy = cli({QStringLiteral("workspace"), QStringLiteral("copy"), file, url()});
    ASSERT_EQ(copy.exitCode, 0) << copy;
    EXPECT_TRUE(copy.out.contains(QStringLiteral("meeting "))) << copy;
    EXPECT_TRUE(copy.out.contains(QStringLiteral("region "))) << copy;

    // The same answers from the file and from the server.
    const QList<QStringList> commands{
        {QStringLiteral("meetings"), QStringLiteral("list"), QStringLiteral("--format"),
         QStringLiteral("csv")},
        {QStringLiteral("actions"), QStringLiteral("status"), QStringLiteral("--year"),
         QStringLiteral("2023")},
        {QStringLiteral("prevalence"), QStringLiteral("show"), QStringLiteral("--area"),
         QStringLiteral("14.03"), QStringLiteral("--year"), QStringLiteral("2023")},
        {QStringLiteral("regions"), QStringLiteral("list"), QStringLiteral("--format"),
         QStringLiteral("csv")},
    };
    for (const QStringList &command : commands) {
        const CliRun fromFile = cli(QStringList{QStringLiteral("--database"), file} + command);
        const CliRun fromServer = cli(QStringList{QStringLiteral("--database"), url()} + command);
        EXPECT_EQ(fromFile.exitCode, 0) << fromFile;
        EXPECT_EQ(fromServer.exitCode, 0) << fromServer;
        EXPECT_FALSE(fromFile.out.isEmpty()) << command.join(u' ').toStdString();
        EXPECT_EQ(fromServer.out, fromFile.out) << command.join(u' ').toStdString();
    }

    // A read-only user: every write fails at the server with one line, and changes nothing.
    const QString reader = name + QStringLiteral("_reader");
    users << reader;
    QProcessEnvironment withPassword = env;
    withPassword.insert(QStringLiteral("KONVERGENSI_NEW_PASSWORD"), QString());
    const CliRun added = test::runCli(
        QStringLiteral(KONVERGENSI_CLI_PATH),
        {QStringLiteral("--database"), url(), QStringLiteral("server"), QStringLiteral("user"),
         QStringLiteral("add"), reader, QStringLiteral("--role"), QStringLiteral("reader")},
        withPassword);
    ASSERT_EQ(added.exitCode, 0) << added;
    const CliRun twice = test::runCli(
        QStringLiteral(KONVERGENSI_CLI_PATH),
        {QStringLiteral("--database"), url(), QStringLiteral("server"), QStringLiteral("user"),
         QStringLiteral("add"), reader, QStringLiteral("--role"), QStringLiteral("reader")},
        withPassword);
    EXPECT_EQ(twice.exitCode, 1) << twice;
    const CliRun before = cli({QStringLiteral("--database"), url(reader), QStringLiteral("regions"),
                               QStringLiteral("list"), QStringLiteral("--format"),
                               QStringLiteral("csv")});
    ASSERT_EQ(before.exitCode, 0) << before;
    const QString csv = home.filePath(QStringLiteral("regions.csv"));
    {
        QFile out(csv);
        ASSERT_TRUE(out.open(QIODevice::WriteOnly));
        out.write("code,name,level,kind\n14,Riau Baru,province,\n"); // a change: a write
    }
    const CliRun write = cli({QStringLiteral("--database"), url(reader), QStringLiteral("regions"),
                              QStringLiteral("import"), csv});
    EXPECT_EQ(write.exitCode, 1) << write;
    EXPECT_EQ(write.errLines().size(), 1) << write;
    const CliRun after = cli({QStringLiteral("--database"), url(reader), QStringLiteral("regions"),
                              QStringLiteral("list"), QStringLiteral("--format"),
                              QStringLiteral("csv")});
    EXPECT_EQ(after.out, before.out);

    // And back to a file: the same content.
    const QString back = home.filePath(QStringLiteral("back.kvg"));
    const CliRun returned = cli({QStringLiteral("workspace"), QStringLiteral("copy"), url(), back});
    ASSERT_EQ(returned.exitCode, 0) << returned;
    const auto checksums = [](const QString &text) {
        QStringList lines = text.split(u'\n');
        lines.removeFirst(); // "Copied A to B ..."
        return lines;
    };
    EXPECT_EQ(checksums(returned.out), checksums(copy.out));
}

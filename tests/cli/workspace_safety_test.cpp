// SPDX-License-Identifier: GPL-3.0-or-later
// Issue #16 as a user meets it: konvergensi-cli run as a process against hostile targets,
// hostile and damaged workspaces. Each test fails on the program before the fix.
#include "test_paths.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QThread>

#include <gtest/gtest.h>

#ifdef Q_OS_UNIX
#include <fcntl.h>
#include <stdlib.h>
#include <unistd.h>
#endif

#include "cli_process.h"

using namespace konvergensi;
using konvergensi::test::CliRun;

namespace {

QByteArray sha1(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return QCryptographicHash::hash(file.readAll(), QCryptographicHash::Sha1);
}

class WorkspaceSafetyTest : public ::testing::Test
{
protected:
    void SetUp() override
    {
        ASSERT_TRUE(dir.isValid());
        database = dir.filePath(QStringLiteral("workspace.kvg"));
        environment = test::cliEnvironment(dir.path());
        environment.remove(QStringLiteral("QT_LOGGING_RULES"));
    }

    CliRun cli(QStringList args, const QString &workspace = {}) const
    {
        args.prepend(workspace.isEmpty() ? database : workspace);
        args.prepend(QStringLiteral("--database"));
        return test::runCli(QStringLiteral(KONVERGENSI_CLI_PATH), args, environment);
    }

    void initDemo() const
    {
        const CliRun init = cli({QStringLiteral("init"), QStringLiteral("--demo")});
        ASSERT_EQ(init.exitCode, 0) << init;
    }

    /// The village codes of the demo district, from the region list the demo is made of.
    static QStringList demoVillages()
    {
        QStringList villages;
        QFile regions(QDir(test::sourceDir())
                          .filePath(QStringLiteral("resources/demo/bengkalis-wilayah.csv")));
        if (!regions.open(QIODevice::ReadOnly))
            return villages;
        for (const QByteArray &line : regions.readAll().split('\n')) {
            const QList<QByteArray> fields = line.split(',');
            if (fields.size() > 2 && fields[2] == "village")
                villages << QString::fromUtf8(fields[0]);
        }
        return villages;
    }

    /// The first value `sql` gives, read from the workspace through a connection of its own
    /// (as another program would); invalid when it cannot be read.
    QVariant rawScalar(const QString &sql) const
    {
        const QString name = QStringLiteral("raw-read");
        QVariant value;
        {
            QSqlDatabase raw = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
            raw.setDatabaseName(database);
            if (raw.open()) {
                QSqlQuery query(raw);
                if (query.exec(sql) && query.next())
                    value = query.value(0);
                raw.close();
            }
        }
        QSqlDatabase::removeDatabase(name);
        return value;
    }

    QTemporaryDir dir;
    QString database;
    QProcessEnvironment environment;
};

} // namespace

TEST_F(WorkspaceSafetyTest, PdfOverTheWorkspaceIsRefused)
{
    initDemo();
    // A checkpoint first so the -wal is empty and the workspace file is all there is.
    const QByteArray before = sha1(database);
    for (const QStringList &command :
         {QStringList{QStringLiteral("audit"), QStringLiteral("print"), QStringLiteral("1")},
          QStringList{QStringLiteral("meetings"), QStringLiteral("print"), QStringLiteral("1")},
          QStringList{QStringLiteral("report"), QStringLiteral("actions"), QStringLiteral("--year"),
                      QStringLiteral("2023")}}) {
        for (const QString &target : QStringList{database, database + QStringLiteral("-wal"),
                                                 database + QStringLiteral("-shm")}) {
            const CliRun run = cli(command + QStringList{QStringLiteral("--pdf"), target});
            EXPECT_EQ(run.exitCode, 1) << command.join(u' ').toStdString() << run;
            EXPECT_TRUE(run.err.contains(QStringLiteral("never writes a document over it"))) << run;
        }
    }
    EXPECT_EQ(sha1(database), before);
    const CliRun list = cli({QStringLiteral("regions"), QStringLiteral("list")});
    EXPECT_EQ(list.exitCode, 0) << list;

    // A good target still works, and an existing file there is replaced whole.
    const QString pdf = dir.filePath(QStringLiteral("notulen.pdf"));
    const CliRun print = cli({QStringLiteral("meetings"), QStringLiteral("print"),
                              QStringLiteral("1"), QStringLiteral("--pdf"), pdf});
    ASSERT_EQ(print.exitCode, 0) << print;
    QFile file(pdf);
    ASSERT_TRUE(file.open(QIODevice::ReadOnly));
    EXPECT_TRUE(file.read(5) == "%PDF-");
}

TEST_F(WorkspaceSafetyTest, ZScoresOutputOverTheWorkspaceIsRefused)
{
    initDemo();
    const QByteArray before = sha1(database);
    const QString children = dir.filePath(QStringLiteral("penimbangan.csv"));
    QFile csv(children);
    ASSERT_TRUE(csv.open(QIODevice::WriteOnly));
    csv.write("sex,age_days,weight,lenhei\n1,100,6.1,60.2\n2,400,8.9,74.0\n");
    csv.close();
    for (const QString &target : QStringList{database, database + QStringLiteral("-wal")}) {
        const CliRun run = cli({QStringLiteral("anthro"), QStringLiteral("zscores"), children,
                                QStringLiteral("--output"), target});
        EXPECT_EQ(run.exitCode, 1) << run;
        EXPECT_TRUE(run.err.contains(QStringLiteral("never writes a document over it"))) << run;
    }
    EXPECT_EQ(sha1(database), before);
    const QString good = dir.filePath(QStringLiteral("hasil.csv"));
    const CliRun run = cli({QStringLiteral("anthro"), QStringLiteral("zscores"), children,
                            QStringLiteral("--output"), good});
    ASSERT_EQ(run.exitCode, 0) << run;
    EXPECT_TRUE(QFileInfo(good).size() > 0);
}

TEST_F(WorkspaceSafetyTest, ZeroByteWorkspaceIsRefusedByEveryCommand)
{
    QFile empty(database);
    ASSERT_TRUE(empty.open(QIODevice::WriteOnly));
    empty.close();
    for (const QStringList &command :
         {QStringList{QStringLiteral("regions"), QStringLiteral("list")},
          QStringList{QStringLiteral("meetings"), QStringLiteral("list")},
          QStringList{QStringLiteral("regions"), QStringLiteral("import"),
                      test::dataFile(QStringLiteral("regions/base.csv"))},
          QStringList{QStringLiteral("locus"), QStringLiteral("list"), QStringLiteral("--year"),
                      QStringLiteral("2022")}}) {
        const CliRun run = cli(command);
        EXPECT_EQ(run.exitCode, 1) << run;
        EXPECT_TRUE(run.err.contains(QStringLiteral("empty (0 bytes)"))) << run;
    }
    EXPECT_EQ(QFileInfo(database).size(), 0);
    // init refuses it too: never over an existing file.
    EXPECT_EQ(cli({QStringLiteral("init")}).exitCode, 1);
    EXPECT_EQ(QFileInfo(database).size(), 0);
}

TEST_F(WorkspaceSafetyTest, DamagedWorkspaceIsCheckedRefusedAndRestored)
{
    initDemo();
    const QString backup = dir.filePath(QStringLiteral("cadangan.kvg"));
    const CliRun made = cli({QStringLiteral("workspace"), QStringLiteral("backup"), backup});
    ASSERT_EQ(made.exitCode, 0) << made;
    const CliRun good = cli({QStringLiteral("workspace"), QStringLiteral("check")});
    EXPECT_EQ(good.exitCode, 0) << good;
    EXPECT_TRUE(good.out.startsWith(QStringLiteral("OK"))) << good;

    // Three pages of the workspace overwritten.
    {
        QFile file(database);
        ASSERT_TRUE(file.open(QIODevice::ReadWrite));
        for (const qint64 page : {20, 40, 60}) {
            file.seek(page * 4096 + 16);
            file.write(QByteArray(4000, '\x33'));
        }
    }
    const QByteArray before = sha1(database);
    for (const QStringList &command :
         {QStringList{QStringLiteral("regions"), QStringLiteral("list")},
          QStringList{QStringLiteral("prevalence"), QStringLiteral("import"),
                      test::dataFile(QStringLiteral("prevalence/good.csv"))},
          QStringList{QStringLiteral("meetings"), QStringLiteral("list")}}) {
        const CliRun run = cli(command);
        EXPECT_EQ(run.exitCode, 1) << command.join(u' ').toStdString() << run;
        EXPECT_TRUE(run.err.contains(QStringLiteral("damaged"))) << run;
    }
    EXPECT_EQ(sha1(database), before) << "nothing may be written to a damaged workspace";
    const CliRun bad = cli({QStringLiteral("workspace"), QStringLiteral("check")});
    EXPECT_EQ(bad.exitCode, 1) << bad;
    EXPECT_TRUE(bad.out.startsWith(QStringLiteral("DAMAGED"))) << bad;

    // Restore: never over the current one without --replace; into a new file it works.
    const CliRun refused = cli({QStringLiteral("workspace"), QStringLiteral("restore"), backup});
    EXPECT_EQ(refused.exitCode, 1) << refused;
    EXPECT_EQ(sha1(database), before);
    const QString fresh = dir.filePath(QStringLiteral("pulih.kvg"));
    const CliRun restored = cli({QStringLiteral("workspace"), QStringLiteral("restore"), backup,
                                 QStringLiteral("--to"), fresh});
    ASSERT_EQ(restored.exitCode, 0) << restored;
    const CliRun list = cli({QStringLiteral("regions"), QStringLiteral("list")}, fresh);
    EXPECT_EQ(list.exitCode, 0) << list;
    EXPECT_TRUE(list.out.contains(QStringLiteral("Regions: "))) << list;
    const CliRun replaced = cli({QStringLiteral("workspace"), QStringLiteral("restore"), backup,
                                 QStringLiteral("--replace")});
    ASSERT_EQ(replaced.exitCode, 0) << replaced;
    EXPECT_EQ(cli({QStringLiteral("workspace"), QStringLiteral("check")}).exitCode, 0);
}

TEST_F(WorkspaceSafetyTest, ReadingAnOlderWorkspaceUpgradesOnlyAfterABackup)
{
    ASSERT_TRUE(QFile::copy(test::dataFile(QStringLiteral("migrations/v1.sqlite")), database));
    QFile::setPermissions(database, QFile::ReadOwner | QFile::WriteOwner);
    const CliRun run = cli({QStringLiteral("regions"), QStringLiteral("list")});
    ASSERT_EQ(run.exitCode, 0) << run;
    EXPECT_TRUE(run.err.contains(QStringLiteral("a copy of it as it was is kept in"))) << run;
    const QDir backups(database + QStringLiteral("-cadangan"));
    const QStringList names = backups.entryList({QStringLiteral("*sebelum-pembaruan.kvg")});
    ASSERT_EQ(names.size(), 1) << run;
}

TEST_F(WorkspaceSafetyTest, AWorkspaceHoldingAMalformedRegionCodeIsSaidToBeSo)
{
    // Found by tests/fuzz (fuzz_workspace_open): an old workspace whose village code
    // 14.03.01.2017 reads 07.03.01.2017. Core's English exception reached the top ("the
    // command failed unexpectedly"); now it is one sentence naming the value, in either
    // language.
    ASSERT_TRUE(QFile::copy(
        test::dataFile(QStringLiteral("fuzz/workspace-malformed-region-code.kvg")), database));
    QFile::setPermissions(database, QFile::ReadOwner | QFile::WriteOwner);
    const CliRun run = cli({QStringLiteral("regions"), QStringLiteral("list")});
    EXPECT_EQ(run.exitCode, 1) << run;
    EXPECT_TRUE(run.err.contains(
        QStringLiteral("The workspace holds a malformed region (code \"07.03.01.2017\")")))
        << run;
    EXPECT_FALSE(run.err.contains(QStringLiteral("unexpected"))) << run;

    const CliRun indonesian = test::runCli(
        QStringLiteral(KONVERGENSI_CLI_PATH),
        {QStringLiteral("--database"), database, QStringLiteral("regions"), QStringLiteral("list")},
        test::cliEnvironment(dir.filePath(QStringLiteral("id")), test::CliLanguage::Default));
    EXPECT_EQ(indonesian.exitCode, 1) << indonesian;
    EXPECT_TRUE(indonesian.err.contains(QStringLiteral("07.03.01.2017"))) << indonesian;
    EXPECT_FALSE(indonesian.err.contains(QStringLiteral("tak terduga"))) << indonesian;
}

TEST_F(WorkspaceSafetyTest, InitDemoKilledPartWayLeavesNothingHalfMade)
{
    // Finding 9: killed part-way, init --demo left a half demo that a new init refused to
    // replace. Now the name holds either nothing or the whole demo.
    for (const int delay : {30, 90, 180, 300, 450}) {
        QProcess process;
        process.setProcessEnvironment(environment);
        process.start(QStringLiteral(KONVERGENSI_CLI_PATH),
                      {QStringLiteral("--database"), database, QStringLiteral("init"),
                       QStringLiteral("--demo")});
        ASSERT_TRUE(process.waitForStarted());
        QThread::msleep(static_cast<unsigned long>(delay));
        process.kill(); // SIGKILL
        process.waitForFinished();
        if (QFileInfo::exists(database)) {
            const CliRun list = cli({QStringLiteral("regions"), QStringLiteral("list")});
            ASSERT_EQ(list.exitCode, 0) << "after " << delay << " ms: " << list;
            EXPECT_TRUE(list.out.contains(QStringLiteral("Regions: 168"))) << list;
        }
        QFile::remove(database);
        QDir(database + QStringLiteral("-cadangan")).removeRecursively();
        const CliRun again = cli({QStringLiteral("init"), QStringLiteral("--demo")});
        ASSERT_EQ(again.exitCode, 0) << "after " << delay << " ms: " << again;
        QFile::remove(database);
        QDir(database + QStringLiteral("-cadangan")).removeRecursively();
    }
}

TEST_F(WorkspaceSafetyTest, ImportKilledAtAnyMomentIsAllOrNothing)
{
    // The crash-safety test of issue #16: konvergensi-cli importing a big file is killed
    // (SIGKILL) at several moments; the workspace must pass its check and hold either none or
    // all of the file's figures.
    initDemo();
    const QStringList villages = demoVillages();
    ASSERT_GT(villages.size(), 100);
    const QString big = dir.filePath(QStringLiteral("besar.csv"));
    int rows = 0;
    {
        QFile file(big);
        ASSERT_TRUE(file.open(QIODevice::WriteOnly));
        file.write("area,year,round,source,measured,cases\n");
        for (int year = 2001; year <= 2020; ++year) {
            for (const QString &village : std::as_const(villages)) {
                file.write(QStringLiteral("%1,%2,februari,e-PPGBM,100,%3\n")
                               .arg(village)
                               .arg(year)
                               .arg(rows % 40)
                               .toUtf8());
                ++rows;
            }
        }
    }
    const auto figures = [this] {
        const QVariant n = rawScalar(QStringLiteral("SELECT count(*) FROM prevalence"));
        return n.isValid() ? n.toLongLong() : -1;
    };
    const qint64 before = figures();
    ASSERT_GT(before, 0);
    bool sawBefore = false;
    for (const int delay : {150, 400, 700, 1000, 1400}) {
        QProcess process;
        process.setProcessEnvironment(environment);
        process.start(QStringLiteral(KONVERGENSI_CLI_PATH),
                      {QStringLiteral("--database"), database, QStringLiteral("prevalence"),
                       QStringLiteral("import"), big});
        ASSERT_TRUE(process.waitForStarted());
        const bool finished = process.waitForFinished(delay);
        if (!finished) {
            process.kill();
            process.waitForFinished();
        }
        const CliRun check = cli({QStringLiteral("workspace"), QStringLiteral("check")});
        ASSERT_EQ(check.exitCode, 0) << "killed after " << delay << " ms: " << check;
        const qint64 now = figures();
        EXPECT_TRUE(now == before || now == before + rows)
            << "killed after " << delay << " ms: " << now << " figures, " << before << " before";
        sawBefore = sawBefore || now == before;
        if (now == before + rows)
            break; // it finished: every later kill would find the figures there already
    }
    EXPECT_TRUE(sawBefore) << "no kill landed before the commit; the test proves nothing";
}

TEST_F(WorkspaceSafetyTest, ProtectingIdentitiesSaysWhatIsLostFirst)
{
    initDemo();
    const CliRun warned = cli({QStringLiteral("workspace"), QStringLiteral("protect")});
    EXPECT_EQ(warned.exitCode, 1) << warned;
    EXPECT_TRUE(warned.err.contains(QStringLiteral("cannot be recovered"))) << warned;
    QProcessEnvironment withPassphrase = environment;
    withPassphrase.insert(QStringLiteral("KONVERGENSI_NEW_PASSPHRASE"),
                          QStringLiteral("rahasia kabupaten 2024"));
    const CliRun set = test::runCli(QStringLiteral(KONVERGENSI_CLI_PATH),
                                    {QStringLiteral("--database"), database,
                                     QStringLiteral("workspace"), QStringLiteral("protect"),
                                     QStringLiteral("--confirm")},
                                    withPassphrase);
    ASSERT_EQ(set.exitCode, 0) << set;
    // The demo's NIK start with Bengkalis' province and district code (14 03).
    QFile file(database);
    ASSERT_TRUE(file.open(QIODevice::ReadOnly));
    const QByteArray bytes = file.readAll();
    EXPECT_TRUE(bytes.contains("kvg1:")) << "no sealed value in the file";
    const CliRun list = cli({QStringLiteral("audit"), QStringLiteral("rounds")});
    EXPECT_EQ(list.exitCode, 0) << list;
}

TEST_F(WorkspaceSafetyTest, AWorkspaceLockedByAnotherProgramIsSaidToBeInUse)
{
    initDemo();
    const QString name = QStringLiteral("locker");
    {
        QSqlDatabase other = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
        other.setDatabaseName(database);
        ASSERT_TRUE(other.open());
        QSqlQuery query(other);
        ASSERT_TRUE(query.exec(QStringLiteral("PRAGMA locking_mode = EXCLUSIVE")));
        ASSERT_TRUE(query.exec(QStringLiteral("BEGIN EXCLUSIVE")));
        ASSERT_TRUE(query.exec(QStringLiteral("DELETE FROM audit_log WHERE id = 1")));
        const CliRun run = cli({QStringLiteral("regions"), QStringLiteral("list")});
        EXPECT_EQ(run.exitCode, 1) << run;
        EXPECT_TRUE(run.err.contains(QStringLiteral("in use by another program"))) << run;
        EXPECT_FALSE(run.err.contains(QStringLiteral("damaged"))) << run;
        EXPECT_FALSE(run.err.contains(QStringLiteral("database is locked"))) << run;
        query.exec(QStringLiteral("ROLLBACK"));
        other.close();
    }
    QSqlDatabase::removeDatabase(name);
}

TEST_F(WorkspaceSafetyTest, AWriteWhileAnotherHoldsTheWriteLockIsOneIndonesianLineAndLosesNothing)
{
    // Issue #16, finding 13: a second program holds the write lock (BEGIN IMMEDIATE, not an
    // exclusive lock: reading still works) while konvergensi-cli imports. The user reads one
    // sentence in Indonesian, not SQLite's "database is locked"; the import is not half done,
    // the other program's change is kept, and the same import works once the lock is gone.
    initDemo();
    const QStringList villages = demoVillages();
    ASSERT_FALSE(villages.isEmpty());
    const QString village = villages.first();
    const QString csv = dir.filePath(QStringLiteral("angka.csv"));
    {
        QFile file(csv);
        ASSERT_TRUE(file.open(QIODevice::WriteOnly));
        file.write(QStringLiteral("area,year,round,source,measured,cases\n"
                                  "%1,2001,februari,e-PPGBM,100,21\n"
                                  "%1,2002,februari,e-PPGBM,100,19\n")
                       .arg(village)
                       .toUtf8());
    }
    const auto scalar = [this](const QString &sql) { return rawScalar(sql); };
    const qint64 figuresBefore =
        scalar(QStringLiteral("SELECT count(*) FROM prevalence")).toLongLong();
    ASSERT_GT(figuresBefore, 0);

    // A home of its own: the fixture's home holds the choice of English.
    QTemporaryDir indonesianHome;
    ASSERT_TRUE(indonesianHome.isValid());
    QProcessEnvironment indonesian = test::cliEnvironment(indonesianHome.path(),
                                                          test::CliLanguage::Default);
    indonesian.remove(QStringLiteral("QT_LOGGING_RULES"));
    const auto import = [&] {
        return test::runCli(QStringLiteral(KONVERGENSI_CLI_PATH),
                            {QStringLiteral("--database"), database, QStringLiteral("prevalence"),
                             QStringLiteral("import"), csv},
                            indonesian);
    };
    const QString name = QStringLiteral("writer");
    {
        QSqlDatabase other = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
        other.setDatabaseName(database);
        ASSERT_TRUE(other.open());
        QSqlQuery query(other);
        ASSERT_TRUE(query.exec(QStringLiteral("BEGIN IMMEDIATE")));
        ASSERT_TRUE(query.exec(
            QStringLiteral("UPDATE region SET name = 'Bengkalis (diubah program lain)' WHERE "
                           "code = '14.03'")));

        const CliRun locked = import();
        EXPECT_EQ(locked.exitCode, 1) << locked;
        const QString message = locked.err.trimmed();
        EXPECT_FALSE(message.contains(u'\n')) << "one line: " << locked;
        EXPECT_TRUE(message.contains(QStringLiteral("sedang dipakai program lain"))) << locked;
        EXPECT_TRUE(message.contains(QStringLiteral("Tidak ada yang diubah"))) << locked;
        EXPECT_FALSE(message.contains(QStringLiteral("locked"), Qt::CaseInsensitive)) << locked;
        EXPECT_FALSE(message.contains(QStringLiteral("in use by another"))) << locked;

        ASSERT_TRUE(query.exec(QStringLiteral("COMMIT")));
        other.close();
    }
    QSqlDatabase::removeDatabase(name);

    // Nothing lost: the other program's change is there, no figure came in half.
    EXPECT_EQ(scalar(QStringLiteral("SELECT name FROM region WHERE code = '14.03'")).toString(),
              QStringLiteral("Bengkalis (diubah program lain)"));
    EXPECT_EQ(scalar(QStringLiteral("SELECT count(*) FROM prevalence")).toLongLong(),
              figuresBefore);
    const CliRun check = cli({QStringLiteral("workspace"), QStringLiteral("check")});
    EXPECT_EQ(check.exitCode, 0) << check;

    // The lock gone, the same command imports both rows.
    const CliRun again = import();
    EXPECT_EQ(again.exitCode, 0) << again;
    EXPECT_EQ(scalar(QStringLiteral("SELECT count(*) FROM prevalence")).toLongLong(),
              figuresBefore + 2);
}

TEST_F(WorkspaceSafetyTest, APassphraseTypedAtATerminalIsNotShown)
{
#ifndef Q_OS_UNIX
    GTEST_SKIP() << "the hidden prompt uses termios (POSIX)";
#else
    // A real terminal (a pseudo-terminal pair) as standard input: what the terminal shows is
    // read back from its master side. With echo on, the typed passphrase would be there.
    initDemo();
    const int master = ::posix_openpt(O_RDWR | O_NOCTTY);
    ASSERT_GE(master, 0);
    ASSERT_EQ(::grantpt(master), 0);
    ASSERT_EQ(::unlockpt(master), 0);
    const QByteArray terminal(::ptsname(master));
    ASSERT_FALSE(terminal.isEmpty());

    QProcessEnvironment env = environment;
    env.remove(QStringLiteral("KONVERGENSI_NEW_PASSPHRASE"));
    QProcess process;
    process.setProcessEnvironment(env);
    process.setChildProcessModifier([terminal] {
        const int slave = ::open(terminal.constData(), O_RDWR | O_NOCTTY);
        if (slave >= 0) {
            ::dup2(slave, STDIN_FILENO);
            ::close(slave);
        }
    });
    process.start(QStringLiteral(KONVERGENSI_CLI_PATH),
                  {QStringLiteral("--database"), database, QStringLiteral("workspace"),
                   QStringLiteral("protect"), QStringLiteral("--confirm")});
    ASSERT_TRUE(process.waitForStarted());
    // Type only once the prompt is there (the echo is off by then).
    QByteArray err;
    for (int i = 0; i < 600 && !err.contains("passphrase"); ++i) {
        process.waitForReadyRead(100);
        err += process.readAllStandardError();
    }
    ASSERT_TRUE(err.contains("not shown as you type")) << err.toStdString();
    const QByteArray secret = "rahasia-kabupaten-2024";
    ASSERT_EQ(::write(master, secret.constData(), static_cast<size_t>(secret.size())),
              static_cast<ssize_t>(secret.size()));
    ASSERT_EQ(::write(master, "\n", 1), 1);
    ASSERT_TRUE(process.waitForFinished(60000));
    err += process.readAllStandardError();
    EXPECT_EQ(process.exitCode(), 0) << err.toStdString();

    ::fcntl(master, F_SETFL, ::fcntl(master, F_GETFL) | O_NONBLOCK);
    QByteArray shown;
    char buffer[256];
    ssize_t n = 0;
    while ((n = ::read(master, buffer, sizeof buffer)) > 0)
        shown.append(buffer, static_cast<qsizetype>(n));
    ::close(master);
    EXPECT_FALSE(shown.contains(secret)) << "the terminal showed: " << shown.toStdString();
    EXPECT_FALSE(err.contains(secret));

    // The passphrase typed is the one set: changing it with it works.
    QProcessEnvironment change = environment;
    change.insert(QStringLiteral("KONVERGENSI_PASSPHRASE"), QString::fromLatin1(secret));
    change.insert(QStringLiteral("KONVERGENSI_NEW_PASSPHRASE"),
                  QStringLiteral("frasa-sandi-baru-2025"));
    const CliRun changed = test::runCli(QStringLiteral(KONVERGENSI_CLI_PATH),
                                        {QStringLiteral("--database"), database,
                                         QStringLiteral("workspace"), QStringLiteral("passphrase")},
                                        change);
    EXPECT_EQ(changed.exitCode, 0) << changed;
#endif
}

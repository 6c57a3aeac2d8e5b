// SPDX-License-Identifier: GPL-3.0-or-later
// konvergensi-cli's audit commands, run as a process on a demo workspace: rounds one line
// each with the id first; case lists (table and CSV) without identity.
#include "io/case_audit/demo_case_audit.h"
#include "io/meetings/demo_meetings.h"
#include "io/workspace_setup.h"
#include "storage/audit_log.h"
#include "storage/case_audit/case_audit_repository.h"
#include "storage/database.h"
#include "storage/meetings/meeting_repository.h"

#include <QFile>
#include <QProcess>
#include <QTemporaryDir>

#include <gtest/gtest.h>

#include "cli_process.h"

using namespace konvergensi;

using konvergensi::test::CliRun;

namespace {

class CaseAuditCliTest : public ::testing::Test
{
protected:
    void SetUp() override
    {
        ASSERT_TRUE(dir.isValid());
        database = dir.filePath(QStringLiteral("demo.kvg"));
        auto db = io::createWorkspace(database, io::WorkspaceTemplate::Demo);
        storage::CaseAuditRepository repo(*db);
        const auto rounds = repo.rounds();
        ASSERT_FALSE(rounds.empty());
        roundId = rounds.front().id;
        const auto details = repo.caseDetails(roundId, true);
        for (const auto &d : details) {
            names << QString::fromStdString(d.auditCase.identity->name);
            niks << QString::fromStdString(d.auditCase.identity->nik);
            births << QString::fromStdString(core::toIsoDate(*d.auditCase.identity->birthDate));
        }
    }

    CliRun cli(QStringList args) const
    {
        args.prepend(database);
        args.prepend(QStringLiteral("--database"));
        return test::runCli(QStringLiteral(KONVERGENSI_CLI_PATH), args,
                            test::cliEnvironment(dir.path()));
    }

    void expectNoIdentity(const QString &text) const
    {
        for (const auto &n : names)
            EXPECT_FALSE(text.contains(n)) << n.toStdString();
        for (const auto &n : niks)
            EXPECT_FALSE(text.contains(n)) << n.toStdString();
        for (const auto &b : births)
            EXPECT_FALSE(text.contains(b)) << b.toStdString();
    }

    QTemporaryDir dir;
    QString database;
    qint64 roundId = 0;
    QStringList names, niks, births;
};

} // namespace

TEST_F(CaseAuditCliTest, RoundsOneLineEachIdFirst)
{
    const auto run = cli({QStringLiteral("audit"), QStringLiteral("rounds")});
    ASSERT_EQ(run.exitCode, 0) << run.err.toStdString();
    const auto lines = run.out.split(u'\n', Qt::SkipEmptyParts);
    ASSERT_EQ(lines.size(), 1);
    EXPECT_TRUE(lines[0].startsWith(QString::number(roundId) + u'\t')) << lines[0].toStdString();
    EXPECT_TRUE(lines[0].contains(QStringLiteral("2023 semester II")));
    EXPECT_TRUE(lines[0].contains(QStringLiteral("2023-12-05")));
}

TEST_F(CaseAuditCliTest, CasesWithoutIdentityInTableAndCsv)
{
    const auto table = cli({QStringLiteral("audit"), QStringLiteral("cases"),
                            QStringLiteral("--round"), QString::number(roundId)});
    ASSERT_EQ(table.exitCode, 0) << table.err.toStdString();
    EXPECT_TRUE(table.out.contains(QStringLiteral("M.A.")));
    expectNoIdentity(table.out);

    const auto csv = cli({QStringLiteral("audit"), QStringLiteral("cases"),
                          QStringLiteral("--round"), QString::number(roundId),
                          QStringLiteral("--format"), QStringLiteral("csv")});
    ASSERT_EQ(csv.exitCode, 0) << csv.err.toStdString();
    const auto lines = csv.out.split(u'\n', Qt::SkipEmptyParts);
    ASSERT_EQ(lines.size(), 13); // header + 12 cases
    EXPECT_TRUE(lines[0].startsWith(QStringLiteral("id,case_number,target_group")));
    EXPECT_FALSE(lines[0].contains(QStringLiteral("nik")));
    EXPECT_FALSE(lines[0].contains(QStringLiteral("name")));
    expectNoIdentity(csv.out);
    expectNoIdentity(csv.err);
}

TEST_F(CaseAuditCliTest, UnknownRoundAndMissingOptionFail)
{
    const auto missing = cli({QStringLiteral("audit"), QStringLiteral("cases")});
    EXPECT_NE(missing.exitCode, 0);
    EXPECT_TRUE(missing.err.contains(QStringLiteral("--round")));
    const auto unknown = cli({QStringLiteral("audit"), QStringLiteral("cases"),
                              QStringLiteral("--round"), QStringLiteral("999")});
    EXPECT_NE(unknown.exitCode, 0);
    EXPECT_TRUE(unknown.err.contains(QStringLiteral("999")));
}

TEST_F(CaseAuditCliTest, PrintWritesTheRoundReport)
{
    const QString pdf = dir.filePath(QStringLiteral("aks.pdf"));
    const auto run = cli({QStringLiteral("audit"), QStringLiteral("print"),
                          QString::number(roundId), QStringLiteral("--pdf"), pdf});
    ASSERT_EQ(run.exitCode, 0) << run.err.toStdString();
    QProcess text;
    text.start(QStringLiteral("pdftotext"), {pdf, QStringLiteral("-")});
    ASSERT_TRUE(text.waitForFinished(60000));
    const QString body = QString::fromUtf8(text.readAllStandardOutput());
    EXPECT_TRUE(body.contains(QStringLiteral("Stunting Case Audit Report")));
    expectNoIdentity(body);
    const auto noFile = cli(
        {QStringLiteral("audit"), QStringLiteral("print"), QString::number(roundId)});
    EXPECT_NE(noFile.exitCode, 0);
}

TEST_F(CaseAuditCliTest, ExportWithoutAndWithIdentity)
{
    const auto views = [&] {
        auto db = storage::Database::openSqlite(database);
        int n = 0;
        for (const auto &e :
             storage::AuditLog::entries(*db, QStringLiteral("case_audit_case"), {}, 10000))
            n += e.action == storage::AuditLog::Action::View ? 1 : 0;
        return n;
    };
    const int before = views();
    const QString csv = dir.filePath(QStringLiteral("aks.csv"));
    const auto plain = cli(
        {QStringLiteral("audit"), QStringLiteral("export"), QString::number(roundId), csv});
    ASSERT_EQ(plain.exitCode, 0) << plain.err.toStdString();
    EXPECT_TRUE(plain.out.contains(QStringLiteral("12"))) << plain.out.toStdString();
    QFile file(csv);
    ASSERT_TRUE(file.open(QIODevice::ReadOnly));
    const QString plainText = QString::fromUtf8(file.readAll());
    file.close();
    EXPECT_TRUE(plainText.contains(QStringLiteral("M.A.")));
    expectNoIdentity(plainText);
    EXPECT_EQ(views(), before);

    const QString xlsx = dir.filePath(QStringLiteral("aks-data-pribadi.xlsx"));
    const auto full = cli({QStringLiteral("audit"), QStringLiteral("export"),
                           QString::number(roundId), xlsx, QStringLiteral("--with-identity")});
    ASSERT_EQ(full.exitCode, 0) << full.err.toStdString();
    EXPECT_TRUE(QFile::exists(xlsx));
    EXPECT_TRUE(full.out.contains(QStringLiteral("personal data"))) << full.out.toStdString();
    expectNoIdentity(full.out); // the output never holds it, only the file
    expectNoIdentity(full.err);
    EXPECT_EQ(views(), before + names.size());

    const auto badSuffix = cli({QStringLiteral("audit"), QStringLiteral("export"),
                                QString::number(roundId), dir.filePath(QStringLiteral("x.txt"))});
    EXPECT_EQ(badSuffix.exitCode, 2);
    const auto unknown = cli(
        {QStringLiteral("audit"), QStringLiteral("export"), QStringLiteral("999"), csv});
    EXPECT_EQ(unknown.exitCode, 1);
    EXPECT_TRUE(unknown.err.contains(QStringLiteral("999")));
}

// SPDX-License-Identifier: GPL-3.0-or-later
// konvergensi-cli's meeting commands, run as a process on a demo workspace.
#include "io/meetings/demo_meetings.h"
#include "io/workspace_setup.h"
#include "storage/database.h"
#include "storage/meetings/meeting_repository.h"

#include <QFile>
#include <QProcess>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QTemporaryDir>

#include <gtest/gtest.h>

#include "cli_process.h"

using namespace konvergensi;

using konvergensi::test::CliRun;

namespace {

class MeetingCliTest : public ::testing::Test
{
protected:
    void SetUp() override
    {
        ASSERT_TRUE(dir.isValid());
        database = dir.filePath(QStringLiteral("demo.kvg"));
        auto db = io::createWorkspace(database, io::WorkspaceTemplate::Demo);
        ASSERT_FALSE(storage::MeetingRepository(*db).list().empty()) << "the demo's meetings";
    }

    CliRun cli(QStringList args) const
    {
        args.prepend(database);
        args.prepend(QStringLiteral("--database"));
        return test::runCli(QStringLiteral(KONVERGENSI_CLI_PATH), args,
                            test::cliEnvironment(dir.path()));
    }

    QTemporaryDir dir;
    QString database;
};

} // namespace

TEST_F(MeetingCliTest, MeetingsListAsCsvStartsWithTheIdThenTheIsoDate)
{
    const CliRun all = cli({QStringLiteral("meetings"), QStringLiteral("list"),
                            QStringLiteral("--format"), QStringLiteral("csv")});
    ASSERT_EQ(all.exitCode, 0) << all.err.toStdString();
    const QStringList lines = all.out.split(u'\n', Qt::SkipEmptyParts);
    ASSERT_GE(lines.size(), 4);
    EXPECT_TRUE(lines[0].startsWith(QStringLiteral("id,date,kind"))) << lines[0].toStdString();
    EXPECT_TRUE(lines.join(u'\n').contains(QStringLiteral(",2023-12-05,rakornis,")));
    const QStringList first = lines[1].split(u',');
    bool number = false;
    first[0].toLongLong(&number);
    EXPECT_TRUE(number) << lines[1].toStdString();
    EXPECT_EQ(first[1].size(), 10);

    const CliRun year = cli({QStringLiteral("meetings"), QStringLiteral("list"),
                             QStringLiteral("--year"), QStringLiteral("2021"),
                             QStringLiteral("--format"), QStringLiteral("csv")});
    ASSERT_EQ(year.exitCode, 0) << year.err.toStdString();
    const QStringList yearLines = year.out.split(u'\n', Qt::SkipEmptyParts);
    ASSERT_EQ(yearLines.size(), 2) << year.out.toStdString();
    EXPECT_TRUE(yearLines[1].contains(QStringLiteral(",2021-06-29,")));

    const CliRun table = cli({QStringLiteral("meetings"), QStringLiteral("list")});
    ASSERT_EQ(table.exitCode, 0);
    EXPECT_TRUE(table.out.contains(QStringLiteral("Rakornis TPPS dan Diseminasi")));
    // Five headings, each apart from the next ("Terlambat" once ran into "Judul").
    const QString heading = table.out.section(u'\n', 0, 0);
    EXPECT_EQ(heading.split(QRegularExpression(QStringLiteral("\\s+")), Qt::SkipEmptyParts).size(),
              5)
        << heading.toStdString();

    const CliRun bad = cli({QStringLiteral("meetings"), QStringLiteral("list"),
                            QStringLiteral("--year"), QStringLiteral("dua ribu")});
    EXPECT_EQ(bad.exitCode, 2);
}

TEST_F(MeetingCliTest, FollowUpsListShowsTheOverdueOnes)
{
    const CliRun all = cli({QStringLiteral("followups"), QStringLiteral("list"),
                            QStringLiteral("--format"), QStringLiteral("csv")});
    ASSERT_EQ(all.exitCode, 0) << all.err.toStdString();
    const CliRun overdue = cli({QStringLiteral("followups"), QStringLiteral("list"),
                                QStringLiteral("--overdue"), QStringLiteral("--format"),
                                QStringLiteral("csv")});
    ASSERT_EQ(overdue.exitCode, 0) << overdue.err.toStdString();
    const QStringList allLines = all.out.split(u'\n', Qt::SkipEmptyParts);
    const QStringList overdueLines = overdue.out.split(u'\n', Qt::SkipEmptyParts);
    EXPECT_TRUE(overdueLines[0].startsWith(
        QStringLiteral("id,register,meeting_id,meeting_date,due_date,status")));
    // The demo runs on the real clock, which stands after 2025: some follow-ups are late.
    EXPECT_GE(overdueLines.size(), 4) << overdue.out.toStdString();
    EXPECT_LT(overdueLines.size(), allLines.size());
    for (int i = 1; i < overdueLines.size(); ++i) {
        EXPECT_FALSE(overdueLines[i].contains(QStringLiteral(",done,")))
            << overdueLines[i].toStdString();
        EXPECT_FALSE(overdueLines[i].endsWith(u',')) << "days overdue given";
    }
    const CliRun table = cli(
        {QStringLiteral("followups"), QStringLiteral("list"), QStringLiteral("--overdue")});
    ASSERT_EQ(table.exitCode, 0);
    EXPECT_TRUE(table.out.contains(QStringLiteral("OVERDUE")));
}

TEST_F(MeetingCliTest, MeetingsPrintWritesTheMinutesAsPdf)
{
    auto db = storage::Database::openSqlite(database);
    storage::MeetingFilter filter;
    filter.year = 2023;
    const auto meetings = storage::MeetingRepository(*db).list(filter);
    ASSERT_FALSE(meetings.empty());
    db.reset();
    const QString pdf = dir.filePath(QStringLiteral("notulen.pdf"));
    const CliRun run = cli({QStringLiteral("meetings"), QStringLiteral("print"),
                            QString::number(meetings.front().id), QStringLiteral("--pdf"), pdf});
    ASSERT_EQ(run.exitCode, 0) << run.err.toStdString();
    ASSERT_TRUE(QFile::exists(pdf));
    QProcess text;
    text.start(QStandardPaths::findExecutable(QStringLiteral("pdftotext")),
               {pdf, QStringLiteral("-")});
    ASSERT_TRUE(text.waitForFinished(30000));
    const QString content = QString::fromUtf8(text.readAllStandardOutput()).simplified();
    EXPECT_TRUE(content.contains(QStringLiteral("Ruang Rapat Zahari"))) << content.toStdString();
    EXPECT_TRUE(content.contains(QStringLiteral("Staf Ahli Bupati Bidang Kemasyarakatan dan SDM")));

    const CliRun missing = cli({QStringLiteral("meetings"), QStringLiteral("print"),
                                QStringLiteral("9999"), QStringLiteral("--pdf"), pdf});
    EXPECT_EQ(missing.exitCode, 1);
    EXPECT_TRUE(missing.err.contains(QStringLiteral("9999"))) << missing.err.toStdString();
    const CliRun noPdf = cli(
        {QStringLiteral("meetings"), QStringLiteral("print"), QStringLiteral("1")});
    EXPECT_EQ(noPdf.exitCode, 2);
}

// SPDX-License-Identifier: GPL-3.0-or-later
// konvergensi-cli's action commands, run as a separate process on a demo workspace that holds
// the demo convergence actions.
#include "io/actions/demo_actions.h"
#include "io/workspace_setup.h"
#include "storage/database.h"

#include <QProcess>
#include <QRegularExpression>
#include <QTemporaryDir>

#include <gtest/gtest.h>

#include "cli_process.h"

using namespace konvergensi;

using konvergensi::test::CliRun;

namespace {

class ActionCliTest : public ::testing::Test
{
protected:
    void SetUp() override
    {
        ASSERT_TRUE(dir.isValid());
        path = dir.filePath(QStringLiteral("demo.kvg"));
        // The demo workspace holds the demo's convergence actions (2021 and 2023).
        auto db = io::createWorkspace(path, io::WorkspaceTemplate::Demo);
    }

    CliRun run(QStringList args) const
    {
        args.prepend(path);
        args.prepend(QStringLiteral("--database"));
        return test::runCli(QStringLiteral(KONVERGENSI_CLI_PATH), args,
                            test::cliEnvironment(dir.path()));
    }

    QTemporaryDir dir;
    QString path;
};

QString runTool(const QString &program, const QStringList &args)
{
    QProcess process;
    process.start(program, args);
    process.waitForFinished(60000);
    return QString::fromUtf8(process.readAllStandardOutput());
}

} // namespace

TEST_F(ActionCliTest, StatusAsCsv)
{
    const CliRun result = run({QStringLiteral("actions"), QStringLiteral("status"),
                               QStringLiteral("--year"), QStringLiteral("2021"),
                               QStringLiteral("--format"), QStringLiteral("csv")});
    ASSERT_EQ(result.exitCode, 0) << result.err.toStdString();
    const QStringList lines = result.out.trimmed().split(u'\n');
    ASSERT_EQ(lines.size(), 9) << result.out.toStdString();
    EXPECT_EQ(lines[0], QStringLiteral("year,key,group,name,status,progress_percent,outputs_done,"
                                       "outputs_required,due_start,due_end,lead_opd"));
    EXPECT_TRUE(lines[1].startsWith(QStringLiteral("2021,1,classic,Analisis Situasi,done,100.0,3,3,"
                                                   "2021-01-01,2021-03-31,Bappeda")))
        << lines[1].toStdString();
    // Aksi 5: carried out, no evidence; long past due by the real clock: late.
    EXPECT_TRUE(lines[5].contains(QStringLiteral(",late,0.0,0,3,"))) << lines[5].toStdString();
}

TEST_F(ActionCliTest, StatusTableAndErrors)
{
    const CliRun table = run({QStringLiteral("actions"), QStringLiteral("status"),
                              QStringLiteral("--year"), QStringLiteral("2023")});
    ASSERT_EQ(table.exitCode, 0) << table.err.toStdString();
    EXPECT_TRUE(table.out.contains(QStringLiteral("Progress of 2023: 100% over 8 actions.")));
    EXPECT_TRUE(table.out.contains(QStringLiteral("Reviu Kinerja Tahunan")));

    const CliRun missingYear = run({QStringLiteral("actions"), QStringLiteral("status")});
    EXPECT_EQ(missingYear.exitCode, 2);
    const CliRun noChecklist = run({QStringLiteral("actions"), QStringLiteral("status"),
                                    QStringLiteral("--year"), QStringLiteral("2019")});
    EXPECT_EQ(noChecklist.exitCode, 1);
    EXPECT_TRUE(noChecklist.err.contains(QStringLiteral("2019")));
    const CliRun badPaper = run({QStringLiteral("report"), QStringLiteral("actions"),
                                 QStringLiteral("--year"), QStringLiteral("2021"),
                                 QStringLiteral("--pdf"), dir.filePath(QStringLiteral("x.pdf")),
                                 QStringLiteral("--paper"), QStringLiteral("letter")});
    EXPECT_EQ(badPaper.exitCode, 2);
}

TEST_F(ActionCliTest, ReportActionsPdfOnF4)
{
    const QString pdf = dir.filePath(QStringLiteral("aksi-2021.pdf"));
    const CliRun result = run({QStringLiteral("report"), QStringLiteral("actions"),
                               QStringLiteral("--year"), QStringLiteral("2021"),
                               QStringLiteral("--pdf"), pdf, QStringLiteral("--paper"),
                               QStringLiteral("f4")});
    ASSERT_EQ(result.exitCode, 0) << result.err.toStdString();
    EXPECT_TRUE(result.out.startsWith(QStringLiteral("Wrote ")));
    const QString info = runTool(QStringLiteral("pdfinfo"), {pdf});
    const auto match =
        QRegularExpression(QStringLiteral("Page size:\\s+([0-9.]+) x ([0-9.]+)")).match(info);
    ASSERT_TRUE(match.hasMatch()) << info.toStdString();
    EXPECT_NEAR(match.captured(1).toDouble(), 609.4, 1.0);
    EXPECT_NEAR(match.captured(2).toDouble(), 935.4, 1.0);
    const QString text = runTool(QStringLiteral("pdftotext"), {pdf, QStringLiteral("-")})
                             .replace(QRegularExpression(QStringLiteral("\\s+")),
                                      QStringLiteral(" "));
    EXPECT_TRUE(text.contains(QStringLiteral("Pembinaan Kader Pembangunan Manusia (KPM)")));
}

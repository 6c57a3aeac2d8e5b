// SPDX-License-Identifier: GPL-3.0-or-later
// Issue #11 item 6, "one meaning of overdue": on the demo workspace the window's two sidebar
// badges (Rapat TPPS and Audit Kasus Stunting, each its module's PageModule::badge) equal
// what `konvergensi-cli followups list --overdue` counts per register, and the list without
// --register names the register of every follow-up.
#include "cli_process.h"

#include "gui/application.h"
#include "gui/case_audit/case_audit_module.h"
#include "gui/common/dialogs.h"
#include "gui/language.h"
#include "gui/main_window.h"
#include "gui/meetings/follow_up_board_model.h"
#include "gui/meetings/follow_up_board_panel.h"
#include "gui/meetings/meetings_module.h"
#include "gui/workspace/workspace_session.h"
#include "usecases/followups/follow_up_registers.h"

#include "core/clock.h"

#include <QCheckBox>
#include <QSettings>
#include <QSortFilterProxyModel>
#include <QTemporaryDir>

#include <gtest/gtest.h>

using namespace konvergensi;

TEST(MeetingsBadgesTest, TheSidebarBadgesEqualTheCliOverdueCountsPerRegister)
{
    QTemporaryDir dir;
    ASSERT_TRUE(dir.isValid());
    QSettings().clear();
    gui::Dialogs::resetForTests();
    // The real clock, as the CLI has it.
    gui::Application app(std::make_shared<core::SystemClock>());
    const QString database = dir.filePath(QStringLiteral("konvergensi.kvg"));
    app.start({}, database); // the demo, made on the first start
    ASSERT_NE(app.window(), nullptr);
    ASSERT_TRUE(app.session().isDemo());
    gui::MainWindow &window = *app.window();
    const int meetings = window.moduleBadge(QStringLiteral("meetings"));
    const int caseAudit = window.moduleBadge(QStringLiteral("caseAudit"));
    EXPECT_EQ(meetings, gui::meetings::pageModule().badge(app.session()));
    EXPECT_EQ(caseAudit, gui::case_audit::pageModule().badge(app.session()));
    // The demo's follow-ups are due in 2024 and 2025: on the real clock some of each are late.
    EXPECT_GT(meetings, 0);
    EXPECT_GT(caseAudit, 0);

    const auto cli = [&](QStringList args) {
        args.prepend(database);
        args.prepend(QStringLiteral("--database"));
        return test::runCli(QStringLiteral(KONVERGENSI_CLI_PATH), args,
                            test::cliEnvironment(dir.path()));
    };
    const auto overdueOf = [&](const QString &reg) {
        const test::CliRun run = cli({QStringLiteral("followups"), QStringLiteral("list"),
                                      QStringLiteral("--overdue"), QStringLiteral("--register"),
                                      reg, QStringLiteral("--format"), QStringLiteral("csv")});
        EXPECT_EQ(run.exitCode, 0) << run;
        const QStringList lines = run.outLines();
        for (int i = 1; i < lines.size(); ++i)
            EXPECT_TRUE(lines[i].contains(QStringLiteral(",OVERDUE")) || !lines[i].endsWith(u','))
                << lines[i].toStdString();
        return static_cast<int>(lines.size()) - 1; // less the header
    };
    EXPECT_EQ(overdueOf(QStringLiteral("meetings")), meetings);
    EXPECT_EQ(overdueOf(QStringLiteral("case-audit")), caseAudit);

    // The follow-up board (Papan tindak lanjut) names the register of every row, as the CLI
    // does, and its overdue rows are the CLI's overdue follow-ups of that register.
    ASSERT_TRUE(window.showModule(QStringLiteral("meetings")));
    auto *board = window.findChild<gui::FollowUpBoardPanel *>();
    ASSERT_NE(board, nullptr);
    auto *overdueOnly = board->findChild<QCheckBox *>(QStringLiteral("overdueOnlyCheckBox"));
    ASSERT_NE(overdueOnly, nullptr);
    overdueOnly->setChecked(true);
    QSortFilterProxyModel *rows = board->proxy();
    EXPECT_EQ(rows->headerData(gui::FollowUpBoardModel::RegisterColumn, Qt::Horizontal).toString(),
              QStringLiteral("Register"));
    const QString boardRegister = usecases::followups::registerName(
        usecases::followups::Register::Meetings);
    EXPECT_EQ(rows->rowCount(), overdueOf(QStringLiteral("meetings")));
    for (int r = 0; r < rows->rowCount(); ++r) {
        EXPECT_EQ(rows->index(r, gui::FollowUpBoardModel::RegisterColumn).data().toString(),
                  boardRegister)
            << "row " << r;
        EXPECT_TRUE(rows->index(r, 0).data(gui::FollowUpBoardModel::OverdueRole).toBool());
    }

    // Without --register: both registers, each follow-up saying which it belongs to.
    const test::CliRun all = cli(
        {QStringLiteral("followups"), QStringLiteral("list"), QStringLiteral("--overdue")});
    ASSERT_EQ(all.exitCode, 0) << all;
    // The register names in the CLI's language (English until the CLI loads translations).
    gui::LanguageSetup::install(QStringLiteral("en"));
    const QString meetingsName = usecases::followups::registerName(
        usecases::followups::Register::Meetings);
    const QString caseAuditName = usecases::followups::registerName(
        usecases::followups::Register::CaseAudit);
    int meetingRows = 0;
    int caseAuditRows = 0;
    for (const QString &line : all.outLines()) {
        meetingRows += line.contains(u' ' + meetingsName + u' ') ? 1 : 0;
        caseAuditRows += line.contains(u' ' + caseAuditName + u' ') ? 1 : 0;
    }
    EXPECT_EQ(meetingRows, meetings) << all;
    EXPECT_EQ(caseAuditRows, caseAudit) << all;
    EXPECT_TRUE(all.out.contains(QStringLiteral("overdue: %1").arg(meetings + caseAudit))) << all;

    const test::CliRun wrong = cli({QStringLiteral("followups"), QStringLiteral("list"),
                                    QStringLiteral("--register"), QStringLiteral("rapat")});
    EXPECT_EQ(wrong.exitCode, 2) << wrong;
}

// SPDX-License-Identifier: GPL-3.0-or-later
// Issue 11.7: the window, its splitters, its table columns and the paper are remembered per
// user. The real main window is closed and built again on a 1366x768 offscreen screen.
#include "core/clock.h"
#include "gui/application.h"
#include "gui/common/dialogs.h"
#include "gui/common/view_state.h"
#include "gui/language.h"
#include "gui/main_window.h"
#include "gui/workspace/workspace_session.h"
#include "reports/report_document.h"

#include <QComboBox>
#include <QHeaderView>
#include <QScreen>
#include <QSettings>
#include <QSplitter>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>

#include <gtest/gtest.h>

using namespace konvergensi;
using namespace konvergensi::gui;

namespace {

class ViewStateTest : public ::testing::Test
{
protected:
    void SetUp() override
    {
        ASSERT_TRUE(dir.isValid());
        QSettings().clear();
        Dialogs::resetForTests();
        start();
    }

    void start()
    {
        app = std::make_unique<Application>(clock);
        app->start({}, dir.filePath(QStringLiteral("konvergensi.kvg")));
        ASSERT_NE(app->window(), nullptr);
        ASSERT_TRUE(app->session().isOpen()) << app->startupError().toStdString();
        ASSERT_TRUE(QTest::qWaitForWindowExposed(app->window()));
    }

    void TearDown() override
    {
        app.reset();
        LanguageSetup::install(QStringLiteral("en"));
    }

    MainWindow &window() { return *app->window(); }

    QWidget *page(const QString &key) { return window().modulePage(key); }

    /// The first table of the page with a column the user may resize.
    static std::pair<QHeaderView *, int> resizableColumn(QWidget *page)
    {
        for (QTableView *view : page->findChildren<QTableView *>()) {
            QHeaderView *header = view->horizontalHeader();
            for (int column = 0; column < header->count(); ++column) {
                if (header->sectionResizeMode(column) == QHeaderView::Interactive
                    && !header->isSectionHidden(column))
                    return {header, column};
            }
        }
        return {nullptr, -1};
    }

    QTemporaryDir dir;
    std::shared_ptr<core::FixedClock> clock = std::make_shared<core::FixedClock>(
        boost::gregorian::date(2024, 3, 12));
    std::unique_ptr<Application> app;
};

} // namespace

TEST_F(ViewStateTest, FirstStartFitsTheScreenEvenWhenNotMaximised)
{
    const QRect room = window().screen()->availableGeometry();
    ASSERT_EQ(room.size(), QSize(1366, 768));
    window().showNormal();
    QTest::qWait(20);
    EXPECT_TRUE(room.contains(window().frameGeometry()))
        << window().frameGeometry().width() << "x" << window().frameGeometry().height();
}

TEST_F(ViewStateTest, WindowSplittersColumnsAndPaperAreRememberedAcrossRuns)
{
    window().showNormal();
    window().setGeometry(60, 50, 1000, 620);
    QTest::qWait(20);
    const QRect geometry = window().geometry();

    QWidget *audit = page(QStringLiteral("caseAudit"));
    ASSERT_NE(audit, nullptr);
    window().showModule(QStringLiteral("caseAudit"));
    auto *splitter = audit->findChild<QSplitter *>();
    ASSERT_NE(splitter, nullptr);
    const int total = splitter->sizes().value(0) + splitter->sizes().value(1);
    ASSERT_GT(total, 400);
    splitter->setSizes({total - 250, 250});
    const QList<int> sizes = splitter->sizes();

    auto [header, column] = resizableColumn(page(QStringLiteral("meetings")));
    ASSERT_NE(header, nullptr) << "the meetings page has a table with a column to resize";
    header->resizeSection(column, 177);
    header->setSortIndicator(column, Qt::DescendingOrder);

    auto *actionsPaper =
        page(QStringLiteral("actions"))->findChild<QComboBox *>(QStringLiteral("paperComboBox"));
    ASSERT_NE(actionsPaper, nullptr);
    actionsPaper->setCurrentIndex(actionsPaper->findData(static_cast<int>(reports::Paper::F4)));

    ASSERT_TRUE(window().close());
    app.reset();
    start();

    window().showNormal();
    QTest::qWait(20);
    EXPECT_EQ(window().geometry().size(), geometry.size());
    EXPECT_EQ(window().geometry().topLeft(), geometry.topLeft());
    window().showModule(QStringLiteral("caseAudit"));
    QTest::qWait(20);
    EXPECT_EQ(page(QStringLiteral("caseAudit"))->findChild<QSplitter *>()->sizes(), sizes);
    auto [again, againColumn] = resizableColumn(page(QStringLiteral("meetings")));
    ASSERT_NE(again, nullptr);
    EXPECT_EQ(againColumn, column);
    EXPECT_EQ(again->sectionSize(column), 177);
    EXPECT_EQ(again->sortIndicatorSection(), column);
    EXPECT_EQ(again->sortIndicatorOrder(), Qt::DescendingOrder);
    // The paper chosen on one page is the paper of every page (per user).
    auto *locusPaper =
        page(QStringLiteral("locus"))->findChild<QComboBox *>(QStringLiteral("locusPaperCombo"));
    ASSERT_NE(locusPaper, nullptr);
    EXPECT_EQ(locusPaper->currentData().toInt(), static_cast<int>(reports::Paper::F4));
    EXPECT_EQ(page(QStringLiteral("actions"))
                  ->findChild<QComboBox *>(QStringLiteral("paperComboBox"))
                  ->currentData()
                  .toInt(),
              static_cast<int>(reports::Paper::F4));
}

TEST_F(ViewStateTest, AWindowSavedOnALargerScreenStillFits)
{
    window().showNormal();
    window().setGeometry(0, 0, 1900, 1200); // as if saved on a 1920x1200 monitor
    ViewState::saveWindow(&window());
    app.reset();
    start();
    window().showNormal();
    QTest::qWait(20);
    const QRect room = window().screen()->availableGeometry();
    EXPECT_TRUE(room.contains(window().frameGeometry()))
        << window().frameGeometry().width() << "x" << window().frameGeometry().height();
}

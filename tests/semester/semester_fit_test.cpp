// SPDX-License-Identifier: GPL-3.0-or-later
// The Laporan Semester page on a 1366×768 laptop screen (the offscreen platform's screen, set
// by the case audit's screen-1366x768.json in CMakeLists.txt), in the real main window,
// maximised, in Indonesian (the longest labels): the page asks for no more room than a
// maximised window leaves it on a real desktop (title bar, menu, status bar, task bar), every
// button and field of every tab lies inside the page and gets the width it asks for, and no
// text field needs a horizontal scroll bar.
#include "dialog_fit.h"
#include "gui_test_helpers.h"

#include "gui/application.h"
#include "gui/common/dialogs.h"
#include "gui/language.h"
#include "gui/main_window.h"
#include "gui/semester/semester_page.h"
#include "gui/workspace/workspace_session.h"

#include <QAbstractButton>
#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QScreen>
#include <QScrollBar>
#include <QSettings>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QTest>

#include <gtest/gtest.h>

using namespace konvergensi;
using namespace konvergensi::gui;

namespace {

// The offscreen screen has no task bar and no title bars; a real desktop at 1366×768 has
// (test::kTaskBar, test::kTitleBar: the dialogs' fit check leaves the same room).
using test::kTaskBar;
using test::kTitleBar;
constexpr int kSidebar = 230;

class SemesterFitTest : public ::testing::Test
{
protected:
    void SetUp() override
    {
        ASSERT_TRUE(dir.isValid());
        QSettings().clear();
        Dialogs::resetForTests();
        const QRect screen = QGuiApplication::primaryScreen()->geometry();
        ASSERT_EQ(screen.size(), QSize(1366, 768))
            << "the test runs on the 1366×768 offscreen screen (see CMakeLists.txt)";
        app = std::make_unique<Application>(clock);
        app->start({}, dir.filePath(QStringLiteral("konvergensi.kvg")));
        ASSERT_NE(app->window(), nullptr);
        ASSERT_TRUE(app->session().isOpen());
        app->window()->showMaximized();
        ASSERT_TRUE(app->window()->showModule(QStringLiteral("semester")));
        page = qobject_cast<semester::SemesterPage *>(
            app->window()->modulePage(QStringLiteral("semester")));
        ASSERT_NE(page, nullptr);
        QTest::qWait(50);
    }

    void TearDown() override
    {
        app.reset();
        LanguageSetup::install(QStringLiteral("en"));
    }

    QRect available() const { return QGuiApplication::primaryScreen()->availableGeometry(); }

    /// Every visible input and button of the page lies inside it and is not squeezed.
    void expectEverythingShown()
    {
        const QRect pageRect = page->rect();
        int checked = 0;
        for (QWidget *widget : page->findChildren<QWidget *>()) {
            if (!widget->isVisibleTo(page))
                continue;
            const bool input = qobject_cast<QAbstractButton *>(widget)
                               || qobject_cast<QLineEdit *>(widget)
                               || qobject_cast<QComboBox *>(widget)
                               || qobject_cast<QPlainTextEdit *>(widget)
                               || qobject_cast<QLabel *>(widget);
            if (!input || widget->objectName().startsWith(QLatin1String("qt_")))
                continue;
            const QRect inPage(widget->mapTo(page, QPoint(0, 0)), widget->size());
            EXPECT_TRUE(pageRect.contains(inPage))
                << widget->metaObject()->className() << " " << widget->objectName().toStdString()
                << " at " << inPage.x() << "," << inPage.y() << " " << inPage.width() << "×"
                << inPage.height();
            if (qobject_cast<QAbstractButton *>(widget) || qobject_cast<QComboBox *>(widget)
                || qobject_cast<QLabel *>(widget)) {
                EXPECT_GE(widget->width(), widget->minimumSizeHint().width())
                    << "cut: " << widget->objectName().toStdString();
            }
            ++checked;
        }
        EXPECT_GE(checked, 10);
    }

    std::shared_ptr<core::FixedClock> clock = std::make_shared<core::FixedClock>(
        boost::gregorian::date(2024, 1, 15));
    QTemporaryDir dir;
    std::unique_ptr<Application> app;
    semester::SemesterPage *page = nullptr;
};

} // namespace

TEST_F(SemesterFitTest, ThePageFitsOnEveryTabWithoutAHorizontalScrollBar)
{
    auto *window = app->window();
    EXPECT_TRUE(available().contains(window->frameGeometry()));
    const QSize room(available().width() - kSidebar,
                     available().height() - kTaskBar - kTitleBar - 2 * 28);
    EXPECT_LE(page->minimumSizeHint().width(), room.width());
    EXPECT_LE(page->minimumSizeHint().height(), room.height());
    const QRect pageInWindow(page->mapTo(window, QPoint(0, 0)), page->size());
    EXPECT_TRUE(window->rect().contains(pageInWindow));

    auto *tabs = page->findChild<QTabWidget *>(QStringLiteral("semesterTabs"));
    ASSERT_NE(tabs, nullptr);
    ASSERT_EQ(tabs->count(), 6);
    for (int i = 0; i < tabs->count(); ++i) {
        SCOPED_TRACE(tabs->tabText(i).toStdString());
        tabs->setCurrentIndex(i);
        QTest::qWait(20);
        expectEverythingShown();
        // The tab bar shows every tab without scroll buttons.
        EXPECT_GE(tabs->tabBar()->width(), tabs->tabBar()->sizeHint().width());
    }
    // The demo's written parts, long lines and all, wrap: no horizontal scroll bar.
    for (auto *text : page->findChildren<QPlainTextEdit *>()) {
        tabs->setCurrentWidget(text->parentWidget());
        QTest::qWait(20);
        EXPECT_FALSE(text->horizontalScrollBar()->isVisible()) << text->objectName().toStdString();
        EXPECT_FALSE(text->toPlainText().isEmpty()) << "the demo has every part written";
    }
}

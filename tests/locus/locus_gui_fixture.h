// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// The fixture of the locus GUI tests: the demo district in a workspace file (so that long
// work really runs on BackgroundTask's worker thread), the Desa Lokus page shown on its own
// or inside the real main window, and helpers to reach rows of its sorted tables.

#include "../gui/gui_test_helpers.h"

#include "gui/common/dialogs.h"
#include "gui/language.h"
#include "gui/locus/keyed_table_model.h"
#include "gui/locus/locus_page.h"
#include "gui/main_window.h"
#include "gui/workspace/workspace_session.h"

#include "core/clock.h"
#include "storage/database.h"
#include "storage/locus/locus_repository.h"
#include "storage/prevalence/prevalence_repository.h"

#include <QApplication>
#include <QCoreApplication>
#include <QLineEdit>
#include <QScreen>
#include <QSettings>
#include <QTabWidget>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>

#include <gtest/gtest.h>

#include <memory>

namespace konvergensi::test {

class LocusGuiTest : public ::testing::Test
{
protected:
    void SetUp() override
    {
        ASSERT_TRUE(dir.isValid());
        QSettings().clear();
        QApplication::setQuitOnLastWindowClosed(false);
        gui::Dialogs::resetForTests();
        gui::LanguageSetup::install(QStringLiteral("en"));
        session = std::make_unique<gui::WorkspaceSession>(
            std::make_shared<core::FixedClock>(boost::gregorian::date(2023, 2, 10)));
        session->create(dir.filePath(QStringLiteral("demo.kvg")), io::WorkspaceTemplate::Demo);
        ASSERT_GT(storage::PrevalenceRepository(session->database()).count(), 0U);
        ASSERT_FALSE(storage::LocusRepository(session->database()).years().empty());
    }

    void TearDown() override
    {
        window.reset();
        page.reset();
        session.reset();
        gui::Dialogs::resetForTests();
    }

    /// The page on its own, shown at the size it has in the main window at 1366x768.
    void openPage()
    {
        page = std::make_unique<gui::locus::LocusPage>(*session, nullptr);
        page->resize(1366 - 230, 700);
        page->show();
        QCoreApplication::processEvents();
        locus = page.get();
    }

    /// The real main window on the Desa Lokus page, as large as the screen allows.
    void openWindow()
    {
        window = std::make_unique<gui::MainWindow>(*session);
        window->show();
        const QSize frame = window->frameGeometry().size() - window->geometry().size();
        window->resize(window->screen()->availableGeometry().size() - frame);
        ASSERT_TRUE(window->showModule(QStringLiteral("locus")));
        locus = qobject_cast<gui::locus::LocusPage *>(window->modulePage(QStringLiteral("locus")));
        ASSERT_NE(locus, nullptr);
        QCoreApplication::processEvents();
    }

    void showTab(int index)
    {
        locus->tabs()->setCurrentIndex(index);
        QCoreApplication::processEvents();
    }

    /// Types into a line edit as a user does (replacing what it holds).
    static void type(QLineEdit *edit, const QString &text)
    {
        edit->selectAll();
        QTest::keyClick(edit, Qt::Key_Backspace);
        QTest::keyClicks(edit, text);
    }

    template<typename T>
    T *child(const char *name)
    {
        T *widget = locus->findChild<T *>(QString::fromLatin1(name));
        EXPECT_NE(widget, nullptr) << name;
        return widget;
    }

    /// The key (village code) of the view's row as shown (sorted).
    static QString keyAt(QTableView *view, int row)
    {
        return view->model()->index(row, 0).data(gui::locus::KeyRole).toString();
    }
    /// The text of a cell as shown (sorted).
    static QString textAt(QTableView *view, int row, int column)
    {
        return view->model()->index(row, column).data().toString();
    }
    /// Makes the row with the key current; false when no row has it.
    static bool selectKey(QTableView *view, const QString &key)
    {
        for (int row = 0; row < view->model()->rowCount(); ++row) {
            if (keyAt(view, row) == key) {
                view->setCurrentIndex(view->model()->index(row, 0));
                return true;
            }
        }
        return false;
    }
    static QString currentKey(QTableView *view)
    {
        return view->currentIndex().siblingAtColumn(0).data(gui::locus::KeyRole).toString();
    }

    QTemporaryDir dir;
    std::unique_ptr<gui::WorkspaceSession> session;
    std::unique_ptr<gui::MainWindow> window;
    std::unique_ptr<gui::locus::LocusPage> page;
    gui::locus::LocusPage *locus = nullptr;
};

} // namespace konvergensi::test

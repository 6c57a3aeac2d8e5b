// SPDX-License-Identifier: GPL-3.0-or-later
// Issue #16: a workspace file opened in the window is checked in full (integrity and foreign
// keys) on its own thread, and the verdict is one line in the status bar: whole, or damaged
// with the way out. A workspace whose damage the quick check at opening cannot see (a row
// pointing at a meeting that is not there) is found by it.
#include "gui/app_settings.h"
#include "gui/application.h"
#include "gui/common/dialogs.h"
#include "gui/language.h"
#include "gui/main_window.h"
#include "io/workspace_setup.h"
#include "storage/database.h"

#include "core/clock.h"

#include <QDeadlineTimer>
#include <QLabel>
#include <QSettings>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

#include <gtest/gtest.h>

#include <memory>

using namespace konvergensi;
using namespace konvergensi::gui;

namespace {

class BackgroundCheckTest : public ::testing::Test
{
protected:
    void SetUp() override
    {
        ASSERT_TRUE(dir.isValid());
        QSettings().clear();
        Dialogs::resetForTests();
        AppSettings::setLanguage(QStringLiteral("en"));
        path = dir.filePath(QStringLiteral("demo.kvg"));
        (void)io::createWorkspace(path, io::WorkspaceTemplate::Demo);
    }

    void TearDown() override { LanguageSetup::install(QStringLiteral("en")); }

    /// Opens the window on the workspace and returns the check's line once it is there.
    QString verdict(QString *style = nullptr)
    {
        Application app(std::make_shared<core::FixedClock>(boost::gregorian::date(2024, 5, 21)));
        app.start({}, path);
        EXPECT_NE(app.window(), nullptr);
        if (!app.window())
            return {};
        auto *label = app.window()->findChild<QLabel *>(QStringLiteral("workspaceCheckLabel"));
        EXPECT_NE(label, nullptr);
        if (!label)
            return {};
        // The check runs on its own thread; its line arrives through the event loop.
        QDeadlineTimer deadline(60000);
        while (label->text().isEmpty() && !deadline.hasExpired())
            QTest::qWait(50);
        EXPECT_FALSE(label->text().isEmpty()) << "no verdict within a minute";
        if (style)
            *style = label->styleSheet();
        return label->text();
    }

    QTemporaryDir dir;
    QString path;
};

} // namespace

TEST_F(BackgroundCheckTest, ASoundWorkspaceIsSaidToBeWhole)
{
    QString style;
    const QString line = verdict(&style);
    EXPECT_EQ(line, QStringLiteral("Workspace checked: whole and sound.")) << line.toStdString();
    EXPECT_FALSE(line.contains(u'\n'));
    EXPECT_TRUE(style.isEmpty());
}

TEST_F(BackgroundCheckTest, AProblemTheQuickCheckMissesIsFoundAndSaidInOneLine)
{
    {
        const QString name = QStringLiteral("damage");
        {
            QSqlDatabase raw = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
            raw.setDatabaseName(path);
            ASSERT_TRUE(raw.open());
            QSqlQuery query(raw);
            ASSERT_TRUE(query.exec(QStringLiteral("PRAGMA foreign_keys = OFF")));
            ASSERT_TRUE(query.exec(QStringLiteral(
                "INSERT INTO meeting_agenda_item (meeting_id, position, text, created_at, "
                "created_by, updated_at, updated_by) VALUES (987654, 0, 'Yatim', "
                "'2024-05-21T09:00:00', 'x', '2024-05-21T09:00:00', 'x')")));
            ASSERT_TRUE(query.exec(QStringLiteral("PRAGMA quick_check")));
            ASSERT_TRUE(query.next());
            ASSERT_EQ(query.value(0).toString(), QStringLiteral("ok"))
                << "the quick check at opening does not see it";
            raw.close();
        }
        QSqlDatabase::removeDatabase(name);
    }
    QString style;
    const QString line = verdict(&style);
    EXPECT_TRUE(line.contains(QStringLiteral("found 1 problem"))) << line.toStdString();
    EXPECT_TRUE(line.contains(QStringLiteral("Pulihkan dari cadangan"))) << line.toStdString();
    EXPECT_FALSE(line.contains(u'\n'));
    EXPECT_FALSE(style.isEmpty()) << "shown in the danger colour";
}

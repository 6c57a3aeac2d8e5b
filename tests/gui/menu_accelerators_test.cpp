// SPDX-License-Identifier: GPL-3.0-or-later
// Issue #11: in no menu of the main window (nor in its menu bar) do two items share an
// accelerator (the letter after "&"), in Indonesian and in English. The Berkas menu had
// "Ruang kerja &baru…" and "&Buka ruang kerja…" on the same key: Alt+B reached only one.
#include "gui/app_settings.h"
#include "gui/application.h"
#include "gui/common/dialogs.h"
#include "gui/language.h"
#include "gui/main_window.h"

#include "core/clock.h"

#include <QAction>
#include <QMenu>
#include <QMenuBar>
#include <QSettings>
#include <QTemporaryDir>

#include <gtest/gtest.h>

#include <map>
#include <memory>

using namespace konvergensi;
using namespace konvergensi::gui;

namespace {

/// The accelerator of a menu text: the character after a single "&" ("&&" is a plain "&"),
/// lower-cased; a null QChar when there is none.
QChar acceleratorOf(const QString &text)
{
    for (qsizetype i = 0; i + 1 < text.size(); ++i) {
        if (text[i] != u'&')
            continue;
        if (text[i + 1] == u'&') {
            ++i;
            continue;
        }
        return text[i + 1].toLower();
    }
    return {};
}

/// "Berkas: 'b' on "Ruang kerja &baru…" and "&Buka ruang kerja…"" for every clash in the
/// items of `actions` (separators and hidden items left out); the menus below are looked at
/// too.
void collectClashes(const QString &where, const QList<QAction *> &actions, QStringList &clashes,
                    int &itemsSeen)
{
    std::map<QChar, QString> taken;
    for (QAction *action : actions) {
        if (action->isSeparator() || !action->isVisible())
            continue;
        ++itemsSeen;
        const QString text = action->text();
        const QChar key = acceleratorOf(text);
        if (!key.isNull()) {
            const auto [it, fresh] = taken.emplace(key, text);
            if (!fresh) {
                clashes << QStringLiteral("%1: '%2' on \"%3\" and \"%4\"")
                               .arg(where, QString(key), it->second, text);
            }
        }
        if (QMenu *menu = action->menu())
            collectClashes(where + QStringLiteral(" > ") + text, menu->actions(), clashes,
                           itemsSeen);
    }
}

class MenuAcceleratorsTest : public ::testing::Test
{
protected:
    void SetUp() override
    {
        ASSERT_TRUE(dir.isValid());
        QSettings().clear();
        Dialogs::resetForTests();
    }

    void TearDown() override { LanguageSetup::install(QStringLiteral("en")); }

    /// Starts the program on the demo in `language` and returns the clashes of its menus.
    QStringList clashesIn(const QString &language, QString *fileMenuTitle)
    {
        AppSettings::setLanguage(language);
        Application app(std::make_shared<core::FixedClock>(boost::posix_time::ptime(
            boost::gregorian::date(2024, 5, 21), boost::posix_time::hours(9))));
        app.start({}, dir.filePath(QStringLiteral("konvergensi.kvg")));
        EXPECT_NE(app.window(), nullptr);
        if (!app.window())
            return {QStringLiteral("no window")};
        QStringList clashes;
        int items = 0;
        collectClashes(QStringLiteral("menu bar"), app.window()->menuBar()->actions(), clashes,
                       items);
        // The check looked at real menus: the menu bar and the File menu's items at least.
        EXPECT_GE(items, 8) << language.toStdString();
        auto *file = app.window()->findChild<QMenu *>(QStringLiteral("menuFile"));
        EXPECT_NE(file, nullptr);
        if (file)
            *fileMenuTitle = file->title();
        return clashes;
    }

    QTemporaryDir dir;
};

} // namespace

TEST(MenuAccelerators, TheCheckFindsAClash)
{
    EXPECT_EQ(acceleratorOf(QStringLiteral("Ruang kerja &baru…")), u'b');
    EXPECT_EQ(acceleratorOf(QStringLiteral("&Buka ruang kerja…")), u'b');
    EXPECT_EQ(acceleratorOf(QStringLiteral("Save && &close")), u'c');
    EXPECT_TRUE(acceleratorOf(QStringLiteral("Salin && tempel")).isNull());
    QMenu menu;
    menu.addAction(QStringLiteral("Ruang kerja &baru…"));
    menu.addSeparator();
    menu.addAction(QStringLiteral("&Buka ruang kerja…"));
    QMenu *sub = menu.addMenu(QStringLiteral("&Terakhir"));
    sub->addAction(QStringLiteral("&Satu"));
    sub->addAction(QStringLiteral("&Sisa"));
    QStringList clashes;
    int items = 0;
    collectClashes(QStringLiteral("Berkas"), menu.actions(), clashes, items);
    ASSERT_EQ(clashes.size(), 2) << clashes.join(u'\n').toStdString();
    EXPECT_TRUE(clashes[0].contains(QStringLiteral("&Buka"))) << clashes[0].toStdString();
    EXPECT_TRUE(clashes[1].contains(QStringLiteral("&Sisa"))) << clashes[1].toStdString();
    EXPECT_EQ(items, 5);
}

TEST_F(MenuAcceleratorsTest, NoMenuHasTwoItemsOnOneKeyInIndonesian)
{
    QString title;
    const QStringList clashes = clashesIn(QStringLiteral("id"), &title);
    EXPECT_EQ(title, QStringLiteral("&Berkas")) << "the menus are in Indonesian";
    EXPECT_TRUE(clashes.isEmpty()) << clashes.join(u'\n').toStdString();
}

TEST_F(MenuAcceleratorsTest, NoMenuHasTwoItemsOnOneKeyInEnglish)
{
    QString title;
    const QStringList clashes = clashesIn(QStringLiteral("en"), &title);
    EXPECT_EQ(title, QStringLiteral("&File")) << "the menus are in English";
    EXPECT_TRUE(clashes.isEmpty()) << clashes.join(u'\n').toStdString();
}

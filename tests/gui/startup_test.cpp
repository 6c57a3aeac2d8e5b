// SPDX-License-Identifier: GPL-3.0-or-later
// Start-up and the Help menu: the workspace given on the command line, the interface
// language (Indonesian unless English is chosen), Bantuan → Panduan pengguna and Tentang
// (both checked to fit the 1366×768 screen the test runs on, issue #15).
#include "dialog_fit.h"
#include "gui_test_helpers.h"

#include "gui/app_settings.h"
#include "gui/application.h"
#include "gui/common/dialogs.h"
#include "gui/help/about_dialog.h"
#include "gui/help/user_guide_dialog.h"
#include "gui/language.h"
#include "gui/main_window.h"
#include "gui/workspace/workspace_session.h"
#include "io/workspace_setup.h"
#include "storage/database.h"

#include <QAction>
#include <QDialogButtonBox>
#include <QFile>
#include <QImage>
#include <QListWidget>
#include <QPushButton>
#include <QSettings>
#include <QTemporaryDir>
#include <QTextBlock>
#include <QTextBrowser>
#include <QTextDocument>
#include <QTextFragment>
#include <QTextImageFormat>

#include <gtest/gtest.h>

using namespace konvergensi;
using namespace konvergensi::gui;

namespace {

TEST(LanguageResolve, IndonesianUnlessEnglishIsChosen)
{
    // The system locale plays no part any more: "auto" is Indonesian.
    EXPECT_EQ(LanguageSetup::resolve(QStringLiteral("auto")), QStringLiteral("id"));
    EXPECT_EQ(LanguageSetup::resolve(QStringLiteral("id")), QStringLiteral("id"));
    EXPECT_EQ(LanguageSetup::resolve(QStringLiteral("en")), QStringLiteral("en"));
    EXPECT_EQ(LanguageSetup::resolve(QStringLiteral("something else")), QStringLiteral("id"));
    EXPECT_EQ(LanguageSetup::resolve(QString()), QStringLiteral("id"));
}

TEST(LanguageResolve, TheCommandLineWinsForThisRun)
{
    EXPECT_EQ(LanguageSetup::resolve(QStringLiteral("auto"), QStringLiteral("en")),
              QStringLiteral("en"));
    EXPECT_EQ(LanguageSetup::resolve(QStringLiteral("en"), QStringLiteral("id")),
              QStringLiteral("id"));
    EXPECT_EQ(LanguageSetup::resolve(QStringLiteral("en"), QString()), QStringLiteral("en"));
}

class StartupTest : public ::testing::Test
{
protected:
    void SetUp() override
    {
        ASSERT_TRUE(dir.isValid());
        // Settings of its own: the other GUI tests, which ctest may run at the same time,
        // share the test-mode settings file of the application name.
        QCoreApplication::setApplicationName(QStringLiteral("konvergensi-startup-test"));
        QSettings().clear();
        Dialogs::resetForTests();
        QCoreApplication::setApplicationVersion(QStringLiteral("9.8.7"));
    }

    void TearDown() override
    {
        app.reset();
        QSettings().clear();
        LanguageSetup::install(QStringLiteral("en"));
    }

    QString defaultPath() const { return dir.filePath(QStringLiteral("konvergensi.kvg")); }

    /// An empty (non-demo) workspace file at `name`.
    QString emptyWorkspace(const QString &name) const
    {
        const QString path = dir.filePath(name);
        io::createWorkspace(path, io::WorkspaceTemplate::Empty, clock);
        return path;
    }

    void start(const QString &workspace = {}, const QString &languageOverride = {})
    {
        app = std::make_unique<Application>(clock);
        app->setLanguageOverride(languageOverride);
        app->start(AppSettings::recentWorkspaces(), defaultPath(), workspace);
        ASSERT_NE(app->window(), nullptr);
    }

    QString firstModuleLabel() const { return app->window()->navigation()->item(0)->text(); }

    std::shared_ptr<core::FixedClock> clock = std::make_shared<core::FixedClock>(
        boost::gregorian::date(2024, 3, 12));
    QTemporaryDir dir;
    std::unique_ptr<Application> app;
};

TEST_F(StartupTest, TheFileGivenOnTheCommandLineIsOpenedInsteadOfTheLastOne)
{
    const QString other = emptyWorkspace(QStringLiteral("kaur.kvg"));
    start(other);
    ASSERT_TRUE(app->session().isOpen());
    EXPECT_EQ(app->session().path(), other);
    EXPECT_FALSE(app->session().isDemo());
    EXPECT_TRUE(app->startupError().isEmpty()) << app->startupError().toStdString();
    // The demo was not made: the usual start-up did not run.
    EXPECT_FALSE(QFile::exists(defaultPath()));
    EXPECT_EQ(AppSettings::recentWorkspaces().value(0), other);
    EXPECT_TRUE(app->window()->windowTitle().contains(QStringLiteral("kaur.kvg")));
}

TEST_F(StartupTest, AFileThatCannotBeOpenedIsReportedAndTheUsualStartFollows)
{
    const QString missing = dir.filePath(QStringLiteral("tidak-ada.kvg"));
    start(missing);
    EXPECT_TRUE(app->startupError().contains(QStringLiteral("tidak-ada.kvg")))
        << app->startupError().toStdString();
    ASSERT_TRUE(app->session().isOpen());
    EXPECT_EQ(app->session().path(), defaultPath());
    EXPECT_TRUE(app->session().isDemo());
    EXPECT_FALSE(AppSettings::recentWorkspaces().contains(missing));
}

TEST_F(StartupTest, IndonesianByDefaultEvenForAWorkspaceThatIsNotTheDemo)
{
    start(emptyWorkspace(QStringLiteral("kosong.kvg")));
    EXPECT_EQ(LanguageSetup::currentCode(), QStringLiteral("id"));
    EXPECT_EQ(firstModuleLabel(), QStringLiteral("Dasbor"));
}

TEST_F(StartupTest, EnglishWhenChosenInSettings)
{
    AppSettings::setLanguage(QStringLiteral("en"));
    start();
    EXPECT_EQ(LanguageSetup::currentCode(), QStringLiteral("en"));
    EXPECT_EQ(firstModuleLabel(), QStringLiteral("Dashboard"));
}

TEST_F(StartupTest, LangOnTheCommandLineChoosesForThisRunOnly)
{
    start({}, QStringLiteral("en"));
    EXPECT_EQ(firstModuleLabel(), QStringLiteral("Dashboard"));
    EXPECT_EQ(AppSettings::language(), QStringLiteral("auto")); // nothing stored
    // A choice in Settings replaces the command line's.
    app->switchLanguage(QStringLiteral("auto"));
    EXPECT_EQ(firstModuleLabel(), QStringLiteral("Dasbor"));
}

TEST_F(StartupTest, AboutNamesVersionLicenceAndSources)
{
    start();
    AboutDialog about(app->window());
    const QString text = about.text();
    EXPECT_TRUE(text.contains(QStringLiteral("Konvergensi 9.8.7"))) << text.toStdString();
    EXPECT_TRUE(text.contains(QStringLiteral("GPL-3.0-or-later"))) << text.toStdString();
    EXPECT_TRUE(text.contains(QStringLiteral("perangkat lunak bebas"))) << text.toStdString();
    EXPECT_TRUE(text.contains(QStringLiteral("WHO Child Growth Standards"))) << text.toStdString();
    EXPECT_TRUE(text.contains(QStringLiteral("300.2.2-2138 Tahun 2025"))) << text.toStdString();
    EXPECT_TRUE(text.contains(QStringLiteral("cahyadsn/wilayah"))) << text.toStdString();
    EXPECT_EQ(about.windowTitle(), QStringLiteral("Tentang Konvergensi"));
}

TEST_F(StartupTest, HelpMenuOpensAboutAsADialog)
{
    start();
    bool shown = false;
    test::whenModal([&](QWidget *modal) {
        shown = qobject_cast<AboutDialog *>(modal) != nullptr;
        test::expectDialogFits(modal, QStringLiteral("tentang"));
        modal->findChild<QDialogButtonBox *>(QStringLiteral("buttonBox"))
            ->button(QDialogButtonBox::Close)
            ->click();
    });
    app->window()->findChild<QAction *>(QStringLiteral("actionAbout"))->trigger();
    EXPECT_TRUE(shown);
}

TEST_F(StartupTest, UserGuideShowsTheEmbeddedGuideWithItsPictures)
{
    start();
    auto *action = app->window()->findChild<QAction *>(QStringLiteral("actionUserGuide"));
    ASSERT_NE(action, nullptr);
    EXPECT_EQ(action->text(), QStringLiteral("&Panduan pengguna"));
    action->trigger();
    auto *dialog = app->window()->findChild<UserGuideDialog *>();
    ASSERT_NE(dialog, nullptr);
    EXPECT_TRUE(dialog->isVisible());
    test::expectDialogFits(dialog, QStringLiteral("panduan-pengguna"));
    // Triggered again: the same window comes forward, not a second one.
    action->trigger();
    EXPECT_EQ(app->window()->findChildren<UserGuideDialog *>().size(), 1);

    // The guide shown is docs/panduan-pengguna.md as built into the program.
    QFile source(QStringLiteral(":/guide/panduan-pengguna.md"));
    ASSERT_TRUE(source.open(QIODevice::ReadOnly));
    const QString markdown = QString::fromUtf8(source.readAll());
    const QString firstHeading = markdown.section(u'\n', 0, 0).mid(2);
    QTextDocument *document = dialog->browser()->document();
    EXPECT_EQ(document->firstBlock().text(), firstHeading);
    EXPECT_GT(document->blockCount(), 50);

    // Every picture the guide names is there and is an image.
    int images = 0;
    for (QTextBlock block = document->begin(); block.isValid(); block = block.next()) {
        for (auto it = block.begin(); !it.atEnd(); ++it) {
            const QTextCharFormat format = it.fragment().charFormat();
            if (!format.isImageFormat())
                continue;
            ++images;
            const QUrl url = dialog->browser()->source().resolved(
                QUrl(format.toImageFormat().name()));
            const QVariant data = dialog->browser()->loadResource(QTextDocument::ImageResource,
                                                                  url);
            EXPECT_FALSE(QImage::fromData(data.toByteArray()).isNull())
                << url.toString().toStdString();
        }
    }
    EXPECT_EQ(images, markdown.count(QStringLiteral("](images/")));
    EXPECT_GE(images, 4);
}

} // namespace

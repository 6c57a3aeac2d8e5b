// SPDX-License-Identifier: GPL-3.0-or-later
// Issue #17, item 2: Berkas > Hubungkan ke server kantor… in the real window, headless: the
// dialog's fields and checks, a failed connection in one line, saved connections in the
// recent list (never with a password), the keychain or its absence, and the title bar.
// The tests that connect need the test server (the _postgresql variant; scripts/test).
#include "gui_test_helpers.h"
#include "test_engine.h"

#include "gui/app_settings.h"
#include "gui/application.h"
#include "gui/common/background_task.h"
#include "gui/common/dialogs.h"
#include "gui/main_window.h"
#include "gui/workspace/password_store.h"
#include "gui/workspace/server_connect_dialog.h"
#include "gui/workspace/server_connector.h"
#include "gui/workspace/workspace_menu.h"
#include "gui/workspace/workspace_session.h"
#include "usecases/workspace/server_workspace.h"

#include <QAction>
#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QPushButton>
#include <QSettings>
#include <QSpinBox>
#include <QStatusBar>
#include <QTemporaryDir>

#include <gtest/gtest.h>

using namespace konvergensi;
using namespace konvergensi::gui;

namespace {

template<typename T>
T *field(QWidget *dialog, const char *name)
{
    return dialog->findChild<T *>(QString::fromLatin1(name));
}

void fill(QWidget *dialog, const storage::ServerConnection &server)
{
    field<QLineEdit>(dialog, "hostLineEdit")->setText(server.host);
    field<QSpinBox>(dialog, "portSpinBox")->setValue(server.port);
    field<QLineEdit>(dialog, "databaseLineEdit")->setText(server.database);
    field<QLineEdit>(dialog, "userLineEdit")->setText(server.user);
    auto *ssl = field<QComboBox>(dialog, "sslComboBox");
    ssl->setCurrentIndex(ssl->findData(server.sslMode));
    field<QLineEdit>(dialog, "passwordLineEdit")->setText(server.password);
}

void clickOk(QWidget *dialog)
{
    field<QDialogButtonBox>(dialog, "buttonBox")->button(QDialogButtonBox::Ok)->click();
}

/// Every value QSettings holds, and the settings file itself, as one text.
QString everythingInSettings()
{
    QSettings settings;
    settings.sync();
    QString all;
    for (const QString &key : settings.allKeys())
        all += key + u'=' + settings.value(key).toStringList().join(u'|')
               + settings.value(key).toString() + u'\n';
    QFile file(settings.fileName());
    if (file.open(QIODevice::ReadOnly))
        all += QString::fromUtf8(file.readAll());
    return all;
}

class ServerConnectTest : public ::testing::Test
{
protected:
    void SetUp() override
    {
        ASSERT_TRUE(dir.isValid());
        QSettings().clear();
        Dialogs::resetForTests();
        PasswordStore::setBackendForTests(PasswordStore::Backend::None);
        file = dir.filePath(QStringLiteral("kantor.kvg"));
        session.create(file, io::WorkspaceTemplate::Empty);
        window = std::make_unique<MainWindow>(session);
    }
    void TearDown() override
    {
        window.reset();
        PasswordStore::setBackendForTests(PasswordStore::Backend::System);
    }

    ServerConnector &connector() { return *window->workspaceMenu()->serverConnector(); }

    QTemporaryDir dir;
    QString file;
    WorkspaceSession session;
    std::unique_ptr<MainWindow> window;
};

TEST(ServerConnectDialogTest, FieldsDefaultsAndRoundTrip)
{
    ServerConnectDialog dialog;
    EXPECT_EQ(field<QSpinBox>(&dialog, "portSpinBox")->value(), 5432);
    auto *ssl = field<QComboBox>(&dialog, "sslComboBox");
    QStringList modes;
    for (int row = 0; row < ssl->count(); ++row)
        modes << ssl->itemData(row).toString();
    EXPECT_EQ(modes, (QStringList{QStringLiteral("prefer"), QStringLiteral("require"),
                                  QStringLiteral("verify-full"), QStringLiteral("disable")}));
    EXPECT_EQ(dialog.connection().sslMode, QStringLiteral("prefer"));
    EXPECT_EQ(field<QLineEdit>(&dialog, "passwordLineEdit")->echoMode(), QLineEdit::Password);

    storage::ServerConnection server;
    server.host = QStringLiteral("192.168.1.10");
    server.port = 5433;
    server.database = QStringLiteral("bengkalis");
    server.user = QStringLiteral("budi");
    server.sslMode = QStringLiteral("verify-full");
    server.password = QStringLiteral("s3cret");
    dialog.setConnection(server);
    const auto back = dialog.connection();
    EXPECT_EQ(back.host, server.host);
    EXPECT_EQ(back.port, 5433);
    EXPECT_EQ(back.database, server.database);
    EXPECT_EQ(back.user, server.user);
    EXPECT_EQ(back.sslMode, QStringLiteral("verify-full"));
    EXPECT_EQ(back.password, QStringLiteral("s3cret"));
    EXPECT_EQ(usecases::workspace::serverLabel(back),
              QStringLiteral("budi@192.168.1.10:5433/bengkalis"));
    server.port = 5432;
    EXPECT_EQ(usecases::workspace::serverLabel(server),
              QStringLiteral("budi@192.168.1.10/bengkalis"));
}

TEST(ServerConnectDialogTest, MissingOrBadFieldsKeepTheDialogOpenWithOneLine)
{
    ServerConnectDialog dialog;
    dialog.show();
    storage::ServerConnection server;
    server.host = QStringLiteral("kantor");
    server.database = QStringLiteral("bengkalis");
    server.user = QStringLiteral("ani");

    const auto refused = [&](const storage::ServerConnection &bad) {
        dialog.setConnection(bad);
        dialog.setResult(QDialog::Rejected);
        clickOk(&dialog);
        return dialog.isVisible() && !dialog.errorText().isEmpty()
               && dialog.result() != QDialog::Accepted;
    };
    auto noHost = server;
    noHost.host.clear();
    EXPECT_TRUE(refused(noHost));
    EXPECT_TRUE(dialog.errorText().contains(QStringLiteral("server")));
    auto noDatabase = server;
    noDatabase.database = QStringLiteral("  ");
    EXPECT_TRUE(refused(noDatabase));
    EXPECT_TRUE(dialog.errorText().contains(QStringLiteral("database")));
    auto noUser = server;
    noUser.user.clear();
    EXPECT_TRUE(refused(noUser));
    EXPECT_TRUE(dialog.errorText().contains(QStringLiteral("user")));
    auto spaced = server;
    spaced.host = QStringLiteral("server kantor");
    EXPECT_TRUE(refused(spaced));

    dialog.setConnection(server);
    clickOk(&dialog);
    EXPECT_EQ(dialog.result(), QDialog::Accepted);
    EXPECT_TRUE(dialog.errorText().isEmpty());
}

TEST(PasswordStoreTest, TheSystemKeychainAnswersOrSaysItIsMissing)
{
    // Whatever this machine has: an answer within the wait, never a hang or a crash; with no
    // keychain service (CI, these tests) the one-line reason, with one no error.
    PasswordStore::setBackendForTests(PasswordStore::Backend::System);
    const QString url = QStringLiteral("postgresql://nobody@tidak-ada.invalid/none");
    QElapsedTimer timer;
    timer.start();
    EXPECT_FALSE(PasswordStore::read(url).has_value());
    EXPECT_LT(timer.elapsed(), 12000);
    const QString problem = PasswordStore::lastProblem();
    EXPECT_TRUE(problem.isEmpty() || problem.contains(QStringLiteral("keychain")))
        << problem.toStdString();
}

TEST_F(ServerConnectTest, AnUnreachableServerIsOneLineAndTheWorkspaceStays)
{
    storage::ServerConnection server;
    server.host = QStringLiteral("127.0.0.1");
    server.port = 1; // nothing listens there
    server.database = QStringLiteral("bengkalis");
    server.user = QStringLiteral("ani");
    QString error;
    test::whenModal([&](QWidget *modal) {
        fill(modal, server);
        clickOk(modal);
        // Still open, with the reason under the fields; then given up.
        test::whenModal([&](QWidget *again) {
            error = static_cast<ServerConnectDialog *>(again)->errorText();
            static_cast<QDialog *>(again)->reject();
        });
    });
    window->findChild<QAction *>(QStringLiteral("actionConnectServer"))->trigger();
    EXPECT_FALSE(error.isEmpty());
    EXPECT_FALSE(error.contains(u'\n'));
    EXPECT_TRUE(error.contains(QStringLiteral("127.0.0.1:1"))) << error.toStdString();
    EXPECT_FALSE(session.isServer());
    EXPECT_EQ(session.path(), QFileInfo(file).absoluteFilePath());
    EXPECT_FALSE(AppSettings::recentWorkspaces().contains(server.url()));
}

TEST_F(ServerConnectTest, SavedConnectionsAreInTheRecentListAndAskWithoutAKeychain)
{
    const QString url = QStringLiteral("postgresql://ani@kantor:5433/bengkalis?sslmode=require");
    AppSettings::addRecentWorkspace(url);
    EXPECT_EQ(AppSettings::recentWorkspaces().value(0), url);
    EXPECT_EQ(WorkspaceMenu::recentLabel(url),
              QStringLiteral("ani@kantor:5433/bengkalis (office server)"));

    // The recent menu (rebuilt when a workspace opens) shows it beside the files.
    session.open(file);
    QAction *entry = nullptr;
    for (QAction *action : window->workspaceMenu()->recentMenu()->actions())
        if (action->text().contains(QStringLiteral("ani@kantor:5433/bengkalis")))
            entry = action;
    ASSERT_NE(entry, nullptr);
    EXPECT_TRUE(entry->isEnabled());

    // No keychain: the dialog comes filled in, asks for the password and says why.
    storage::ServerConnection shown;
    QString note;
    test::whenModal([&](QWidget *modal) {
        auto *dialog = static_cast<ServerConnectDialog *>(modal);
        shown = dialog->connection();
        note = dialog->noteText();
        dialog->reject();
    });
    entry->trigger();
    EXPECT_EQ(shown.host, QStringLiteral("kantor"));
    EXPECT_EQ(shown.port, 5433);
    EXPECT_EQ(shown.database, QStringLiteral("bengkalis"));
    EXPECT_EQ(shown.user, QStringLiteral("ani"));
    EXPECT_EQ(shown.sslMode, QStringLiteral("require"));
    EXPECT_TRUE(shown.password.isEmpty());
    EXPECT_FALSE(note.isEmpty());
    EXPECT_TRUE(note.contains(QStringLiteral("keychain")));
    EXPECT_FALSE(session.isServer());
}

TEST_F(ServerConnectTest, ConnectsShowsServerAndUserAndNeverStoresThePassword)
{
    if (!test::testOnPostgres())
        GTEST_SKIP() << "needs the test server (the _postgresql variant)";
    test::TestServerDatabase database;
    PasswordStore::setBackendForTests(PasswordStore::Backend::Memory);
    storage::ServerConnection server = database.server();
    server.password = QStringLiteral("Rahasia-Uji-4711");
    bool remember = false;
    test::whenModal([&](QWidget *modal) {
        fill(modal, server);
        field<QCheckBox>(modal, "rememberCheckBox")->setChecked(true);
        remember = true;
        clickOk(modal);
    });
    window->findChild<QAction *>(QStringLiteral("actionConnectServer"))->trigger();
    ASSERT_TRUE(remember);
    ASSERT_TRUE(session.isServer()) << Dialogs::lastMessage().toStdString();
    const QString label = usecases::workspace::serverLabel(server);
    EXPECT_TRUE(window->windowTitle().contains(QStringLiteral("office: ") + label))
        << window->windowTitle().toStdString();
    EXPECT_TRUE(window->workspaceStatusLabel()->text().contains(label));
    EXPECT_EQ(AppSettings::recentWorkspaces().value(0), server.url());
    EXPECT_FALSE(server.url().contains(server.password));
    EXPECT_FALSE(everythingInSettings().contains(server.password));
    EXPECT_EQ(PasswordStore::read(server.url()).value_or(QString()), server.password);

    // Backups, restore, the file check and the passphrase are for workspace files; the
    // administrator backs up the server (pg_dump).
    for (const char *name : {"actionBackUp", "actionRestore", "actionCheckWorkspace",
                             "actionProtectIdentities", "actionMoveToServer"})
        EXPECT_FALSE(window->findChild<QAction *>(QString::fromLatin1(name))->isEnabled()) << name;

    // Long work runs on its own connection to the same server, as the same login.
    QString workerPath;
    bool workerOnServer = false;
    BackgroundTask::run(window.get(), session, QStringLiteral("test"),
                        [&](storage::Database &db, usecases::Progress &) {
                            workerOnServer = db.isPostgres();
                            workerPath = db.path();
                        });
    EXPECT_TRUE(workerOnServer);
    EXPECT_EQ(workerPath, server.url());

    // Back to the file, then the saved connection again: the keychain's password, no dialog.
    session.open(file);
    ASSERT_FALSE(session.isServer());
    EXPECT_TRUE(window->findChild<QAction *>(QStringLiteral("actionBackUp"))->isEnabled());
    bool asked = false;
    QTimer guard; // a dialog would be answered (and counted) instead of blocking the test
    guard.setInterval(10);
    QObject::connect(&guard, &QTimer::timeout, [&asked] {
        if (auto *modal = qobject_cast<QDialog *>(QApplication::activeModalWidget())) {
            asked = true;
            modal->reject();
        }
    });
    guard.start();
    EXPECT_TRUE(window->workspaceMenu()->openPath(server.url()));
    guard.stop();
    EXPECT_FALSE(asked);
    EXPECT_TRUE(session.isServer());
    EXPECT_EQ(session.server().password, server.password);
    EXPECT_FALSE(everythingInSettings().contains(server.password));
}

TEST_F(ServerConnectTest, WithoutAKeychainTheKeptPasswordIsRefusedInOneLine)
{
    if (!test::testOnPostgres())
        GTEST_SKIP() << "needs the test server (the _postgresql variant)";
    test::TestServerDatabase database;
    storage::ServerConnection server = database.server();
    server.password = QStringLiteral("Rahasia-Uji-4711");
    test::whenModal([&](QWidget *modal) {
        fill(modal, server);
        field<QCheckBox>(modal, "rememberCheckBox")->setChecked(true);
        clickOk(modal);
    });
    EXPECT_TRUE(connector().connectToServer());
    EXPECT_TRUE(session.isServer());
    // Connected all the same; the status bar says in one line that nothing was kept.
    const QString line = window->statusBar()->currentMessage();
    EXPECT_TRUE(line.contains(QStringLiteral("keychain"))) << line.toStdString();
    EXPECT_FALSE(line.contains(u'\n'));
    EXPECT_FALSE(everythingInSettings().contains(server.password));
}

TEST(ServerStartTest, AServerAddressOnTheCommandLineConnects)
{
    if (!test::testOnPostgres())
        GTEST_SKIP() << "needs the test server (the _postgresql variant)";
    test::TestServerDatabase database;
    QTemporaryDir dir;
    QSettings().clear();
    Dialogs::resetForTests();
    Application app(std::make_shared<core::FixedClock>(boost::gregorian::date(2024, 3, 12)));
    app.start({}, dir.filePath(QStringLiteral("konvergensi.kvg")), database.url());
    EXPECT_TRUE(app.startupError().isEmpty()) << app.startupError().toStdString();
    ASSERT_TRUE(app.session().isServer());
    EXPECT_TRUE(
        app.window()->windowTitle().contains(usecases::workspace::serverLabel(database.server())))
        << app.window()->windowTitle().toStdString();
    EXPECT_EQ(AppSettings::recentWorkspaces().value(0), database.url());
    // The demo was not made: nothing was opened but the server.
    EXPECT_FALSE(QFileInfo::exists(dir.filePath(QStringLiteral("konvergensi.kvg"))));
}

} // namespace

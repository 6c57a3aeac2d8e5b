// SPDX-License-Identifier: GPL-3.0-or-later
// Issue #17, items 3 and 5 in the window: what a login's role may not do is hidden (with
// rights given by the test, and, in the _postgresql variant, with real logins on the test
// server), and Berkas > Pindahkan ke server… copies a workspace file to a server database.
#include "gui_test_helpers.h"
#include "test_engine.h"

#include "core/directory/opd.h"
#include "gui/app_settings.h"
#include "gui/common/dialogs.h"
#include "gui/common/rights_guard.h"
#include "gui/main_window.h"
#include "gui/meetings/meeting_editor_dialog.h"
#include "gui/page_module.h"
#include "gui/workspace/move_to_server_dialog.h"
#include "gui/workspace/password_store.h"
#include "gui/workspace/server_connect_dialog.h"
#include "gui/workspace/server_connector.h"
#include "gui/workspace/workspace_menu.h"
#include "gui/workspace/workspace_session.h"
#include "storage/directory/directory_repository.h"
#include "storage/server_admin.h"
#include "storage/storage_error.h"
#include "usecases/workspace/server_workspace.h"

#include <QAbstractButton>
#include <QAbstractItemView>
#include <QAction>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSettings>
#include <QSpinBox>
#include <QTabBar>
#include <QTableWidget>
#include <QTemporaryDir>

#include <map>
#include <tuple>

#include <gtest/gtest.h>

using namespace konvergensi;
using namespace konvergensi::gui;
using usecases::workspace::WorkArea;
using usecases::workspace::WorkspaceRights;

namespace {

/// Runs `handle` on the next modal dialog of type T (others, e.g. a progress dialog, are
/// waited past); gives up after ~20 s.
template<typename T>
void whenDialog(std::function<void(T *)> handle)
{
    auto *timer = new QTimer;
    auto tries = std::make_shared<int>(0);
    timer->setInterval(20);
    QObject::connect(timer, &QTimer::timeout, [timer, tries, handle] {
        auto *dialog = qobject_cast<T *>(QApplication::activeModalWidget());
        if (!dialog && ++*tries < 1000)
            return;
        timer->stop();
        timer->deleteLater();
        if (dialog)
            handle(dialog);
    });
    timer->start();
}

/// The area of work the module manifest gives the page of `key`.
std::optional<WorkArea> pageArea(const QString &key)
{
    for (const PageModule &module : pageModules()) {
        if (module.key == key)
            return module.workArea;
    }
    ADD_FAILURE() << "no page " << key.toStdString();
    return std::nullopt;
}

QAbstractButton *button(QWidget *page, const char *name)
{
    return page->findChild<QAbstractButton *>(QString::fromLatin1(name));
}

TEST(RightsGuardRules, ControlsAreMatchedToTheirAreaOfWork)
{
    const auto area = [](const char *module, const char *name) -> int {
        const auto need = RightsGuard::needOf(pageArea(QString::fromLatin1(module)),
                                              QString::fromLatin1(name));
        if (!need)
            return -1;
        if (need->kind == RightsGuard::Need::Kind::Identity)
            return 100;
        return static_cast<int>(need->area);
    };
    EXPECT_EQ(area("meetings", "newMeetingButton"), int(WorkArea::Meetings));
    EXPECT_EQ(area("actions", "editOutputButton"), int(WorkArea::Meetings));
    EXPECT_EQ(area("locus", "locusImportListAction"), int(WorkArea::Locus));
    EXPECT_EQ(area("locus", "scorecardEditButton"), int(WorkArea::Locus));
    EXPECT_EQ(area("locus", "locusUpButton"), int(WorkArea::Locus));
    EXPECT_EQ(area("dashboard", "importFiguresButton"), int(WorkArea::Prevalence));
    EXPECT_EQ(area("dashboard", "enterFigureButton"), int(WorkArea::Prevalence));
    EXPECT_EQ(area("caseAudit", "newRoundButton"), int(WorkArea::CaseAudit));
    EXPECT_EQ(area("measurements", "publishButton"), int(WorkArea::Prevalence));
    EXPECT_EQ(area("measurements", "editFamiliesButton"), int(WorkArea::Prevalence));
    EXPECT_EQ(area("measurements", "newAuditCaseButton"), int(WorkArea::CaseAudit));
    EXPECT_EQ(area("measurements", "followUpIdentityButton"), 100);
    EXPECT_EQ(area("measurements", "exportTargetsButton"), -1);
    EXPECT_EQ(area("semester", "semesterSaveButton"), int(WorkArea::SemesterReport));
    EXPECT_EQ(area("regions", "importRegionsButton"), int(WorkArea::Administration));
    EXPECT_EQ(area("regions", "addOpdButton"), int(WorkArea::Meetings));
    EXPECT_EQ(area("regions", "removePersonButton"), int(WorkArea::Meetings));
    EXPECT_EQ(area("regions", "addPuskesmasButton"), int(WorkArea::Prevalence));
    EXPECT_EQ(area("settings", "saveLetterheadButton"), int(WorkArea::Administration));
    EXPECT_EQ(area("measurements", "showIdentityButton"), 100);
    // Looking, printing and exporting stay for everyone.
    for (const char *name :
         {"saveChartButton", "locusSaveMenuButton", "locusPrintButton", "exportMeetingsButton",
          "upButton", "openMeetingButton", "printMinutesButton", "addressLineEdit", ""})
        EXPECT_EQ(area("locus", name), -1) << name;
}

TEST(RightsGuardRules, EveryPageOfTheManifestNamesItsAreaOfWork)
{
    const std::map<QString, WorkArea> expected = {
        {QStringLiteral("dashboard"), WorkArea::Prevalence},
        {QStringLiteral("measurements"), WorkArea::Prevalence},
        {QStringLiteral("meetings"), WorkArea::Meetings},
        {QStringLiteral("actions"), WorkArea::Meetings},
        {QStringLiteral("locus"), WorkArea::Locus},
        {QStringLiteral("caseAudit"), WorkArea::CaseAudit},
        {QStringLiteral("semester"), WorkArea::SemesterReport},
        {QStringLiteral("regions"), WorkArea::Administration},
        {QStringLiteral("settings"), WorkArea::Administration},
    };
    const auto modules = pageModules();
    EXPECT_EQ(modules.size(), expected.size());
    for (const PageModule &module : modules) {
        ASSERT_TRUE(module.workArea.has_value()) << module.key.toStdString();
        ASSERT_TRUE(expected.count(module.key)) << module.key.toStdString();
        EXPECT_EQ(*module.workArea, expected.at(module.key)) << module.key.toStdString();
    }
}

TEST(RightsGuardRules, RightsOfAFileAndDescriptions)
{
    auto db = storage::Database::openSqlite(QStringLiteral(":memory:"));
    const auto rights = WorkspaceRights::of(*db);
    EXPECT_EQ(rights, WorkspaceRights::everything());
    EXPECT_TRUE(rights.mayReadIdentity());
    EXPECT_TRUE(WorkspaceRights::readOnly().isReadOnly());
    EXPECT_FALSE(WorkspaceRights::readOnly().mayEdit(WorkArea::Meetings));
    const auto meetings = WorkspaceRights::readOnly().allow(WorkArea::Meetings);
    EXPECT_TRUE(meetings.mayEdit(WorkArea::Meetings));
    EXPECT_FALSE(meetings.mayEdit(WorkArea::Locus));
    EXPECT_TRUE(RightsGuard::allows(meetings, pageArea(QStringLiteral("meetings")),
                                    QStringLiteral("newMeetingButton")));
    EXPECT_FALSE(RightsGuard::allows(meetings, pageArea(QStringLiteral("locus")),
                                     QStringLiteral("locusImportMenuButton")));
    EXPECT_NE(meetings.describe(), WorkspaceRights::readOnly().describe());
}

class ServerRightsTest : public ::testing::Test
{
protected:
    void SetUp() override
    {
        ASSERT_TRUE(dir.isValid());
        QSettings().clear();
        Dialogs::resetForTests();
        PasswordStore::setBackendForTests(PasswordStore::Backend::Memory);
        file = dir.filePath(QStringLiteral("kantor.kvg"));
        session.create(file, io::WorkspaceTemplate::Empty);
        window = std::make_unique<MainWindow>(session);
    }
    void TearDown() override
    {
        window.reset();
        PasswordStore::setBackendForTests(PasswordStore::Backend::System);
    }
    QWidget *page(const char *key) { return window->modulePage(QString::fromLatin1(key)); }

    QTemporaryDir dir;
    QString file;
    WorkspaceSession session;
    std::unique_ptr<MainWindow> window;
};

TEST_F(ServerRightsTest, TheWindowHidesWhatTheRightsDoNotAllow)
{
    // A file: everything shown.
    ASSERT_NE(button(page("meetings"), "newMeetingButton"), nullptr);
    ASSERT_NE(button(page("locus"), "locusImportMenuButton"), nullptr);
    ASSERT_NE(button(page("dashboard"), "importFiguresButton"), nullptr);
    ASSERT_NE(button(page("dashboard"), "saveChartButton"), nullptr);
    EXPECT_FALSE(button(page("meetings"), "newMeetingButton")->isHidden());
    EXPECT_FALSE(button(page("locus"), "locusImportMenuButton")->isHidden());

    // A reader: no new meeting, no import, no saving; charts still saved as pictures.
    session.setRightsForTests(WorkspaceRights::readOnly());
    EXPECT_TRUE(button(page("meetings"), "newMeetingButton")->isHidden());
    EXPECT_TRUE(button(page("locus"), "locusImportMenuButton")->isHidden());
    EXPECT_TRUE(button(page("dashboard"), "importFiguresButton")->isHidden());
    EXPECT_TRUE(button(page("settings"), "saveLetterheadButton")->isHidden());
    EXPECT_FALSE(button(page("dashboard"), "saveChartButton")->isHidden());
    window->showModule(QStringLiteral("meetings")); // shown again by the page: still hidden
    QCoreApplication::processEvents();
    EXPECT_TRUE(button(page("meetings"), "newMeetingButton")->isHidden());

    // A meetings editor: meetings again, but no locus list.
    session.setRightsForTests(WorkspaceRights::readOnly().allow(WorkArea::Meetings));
    EXPECT_FALSE(button(page("meetings"), "newMeetingButton")->isHidden());
    EXPECT_TRUE(button(page("locus"), "locusImportMenuButton")->isHidden());
    EXPECT_TRUE(button(page("dashboard"), "importFiguresButton")->isHidden());

    session.setRightsForTests(WorkspaceRights::everything());
    EXPECT_FALSE(button(page("locus"), "locusImportMenuButton")->isHidden());
    EXPECT_FALSE(button(page("dashboard"), "importFiguresButton")->isHidden());
}

TEST_F(ServerRightsTest, EveryControlOfEveryPageHasAName)
{
    // The guard knows a control by its object name: a nameless button could write unseen.
    window->show();
    QStringList nameless;
    int seen = 0;
    for (const QString &key : MainWindow::moduleKeys()) {
        ASSERT_TRUE(window->showModule(key));
        QCoreApplication::processEvents();
        QWidget *p = window->modulePage(key);
        for (QAbstractButton *b : p->findChildren<QAbstractButton *>()) {
            ++seen;
            if (!b->objectName().isEmpty() || b->objectName().startsWith(QLatin1String("qt_")))
                continue;
            // Qt's own parts (tab scrollers, a table's corner, a spin box's or line edit's
            // buttons).
            const QWidget *parent = b->parentWidget();
            bool qtPart = false;
            for (const char *inner : {"QTabBar", "QAbstractItemView", "QAbstractSpinBox",
                                      "QLineEdit", "QComboBox", "QCalendarWidget"})
                qtPart = qtPart || parent->inherits(inner);
            if (qtPart)
                continue;
            nameless << key + QStringLiteral(": ")
                            + QString::fromLatin1(b->metaObject()->className())
                            + QStringLiteral(" \"") + b->text() + QStringLiteral("\" in ")
                            + QString::fromLatin1(parent->metaObject()->className());
        }
        for (QAction *a : p->findChildren<QAction *>()) {
            if (a->objectName().isEmpty() && !a->text().isEmpty())
                nameless << key + QStringLiteral(": action \"") + a->text() + QLatin1Char('"');
        }
    }
    EXPECT_GT(seen, 100) << "the pages' buttons were looked at";
    EXPECT_TRUE(nameless.isEmpty()) << nameless.join(QLatin1Char('\n')).toStdString();
}

TEST_F(ServerRightsTest, EditorsOpenedByAReaderShowTheRecordWithoutSave)
{
    window->show();
    window->showModule(QStringLiteral("meetings"));
    const auto storing = [&](const WorkspaceRights &rights) {
        session.setRightsForTests(rights);
        auto *editor = new MeetingEditorDialog(session, core::Meeting{}, window.get());
        editor->show();
        QCoreApplication::processEvents();
        // The record stays on screen for a reader (only its writing buttons go).
        EXPECT_TRUE(editor->isVisible());
        const bool save = !button(editor, "saveMeetingButton")->isHidden();
        const bool saveAndClose = !button(editor, "saveAndCloseMeetingButton")->isHidden();
        const bool addAgenda = !button(editor, "addAgendaButton")->isHidden();
        editor->close();
        return std::tuple(save, saveAndClose, addAgenda);
    };
    EXPECT_EQ(storing(WorkspaceRights::readOnly()), std::tuple(false, false, false));
    EXPECT_EQ(storing(WorkspaceRights::readOnly().allow(WorkArea::Locus)),
              std::tuple(false, false, false));
    EXPECT_EQ(storing(WorkspaceRights::readOnly().allow(WorkArea::Meetings)),
              std::tuple(true, true, true));
}

TEST_F(ServerRightsTest, AnEditorIsKnownByItsClass)
{
    // Other dialogs (print preview, messages) are never touched.
    QDialog plain;
    EXPECT_FALSE(
        RightsGuard::needOfEditor(pageArea(QStringLiteral("meetings")), plain).has_value());
    MeetingEditorDialog editor(session, core::Meeting{});
    const auto need = RightsGuard::needOfEditor(pageArea(QStringLiteral("meetings")), editor);
    ASSERT_TRUE(need.has_value());
    EXPECT_EQ(need->area, WorkArea::Meetings);
    const auto fromRegions = RightsGuard::needOfEditor(pageArea(QStringLiteral("regions")), editor);
    ASSERT_TRUE(fromRegions.has_value());
    EXPECT_EQ(fromRegions->area, WorkArea::Administration);
    EXPECT_FALSE(button(page("dashboard"), "importFiguresButton")->isHidden());
}

/// An empty database on the test server prepared with `server init`, with one login per
/// role; dropped afterwards.
class InitialisedServer
{
public:
    InitialisedServer()
    {
        static int counter = 0;
        m_name =
            QStringLiteral("kvg_gui_%1_%2").arg(QCoreApplication::applicationPid()).arg(++counter);
        test::TestServerAdmin admin;
        admin.run(QStringLiteral("CREATE DATABASE ") + m_name);
        m_server = admin.server();
        m_server.database = m_name;
        storage::ServerAdmin::init(m_server);
    }
    ~InitialisedServer()
    {
        test::TestServerAdmin admin;
        for (const QString &user : m_users)
            admin.run(QStringLiteral("DROP ROLE IF EXISTS ") + user);
        admin.run(QStringLiteral("DROP DATABASE IF EXISTS %1 WITH (FORCE)").arg(m_name));
    }
    storage::ServerConnection login(storage::ServerAdmin::Role role)
    {
        const QString user = m_name + QLatin1Char('_')
                             + storage::ServerAdmin::roleName(role).replace(u'-', u'_');
        storage::ServerAdmin::addUser(m_server, user, role, {});
        m_users << user;
        storage::ServerConnection out = m_server;
        out.user = user;
        return out;
    }
    const storage::ServerConnection &server() const { return m_server; }

private:
    QString m_name;
    storage::ServerConnection m_server;
    QStringList m_users;
};

TEST_F(ServerRightsTest, RealLoginsSeeWhatTheirRoleAllows)
{
    if (!test::testOnPostgres())
        GTEST_SKIP() << "needs the test server (the _postgresql variant)";
    InitialisedServer server;
    const auto reader = server.login(storage::ServerAdmin::Role::Reader);
    const auto meetings = server.login(storage::ServerAdmin::Role::Meetings);

    session.openServer(reader);
    EXPECT_TRUE(session.rights().isReadOnly());
    EXPECT_FALSE(session.rights().mayReadIdentity());
    EXPECT_TRUE(button(page("meetings"), "newMeetingButton")->isHidden());
    EXPECT_TRUE(button(page("dashboard"), "importFiguresButton")->isHidden());
    EXPECT_TRUE(window->windowTitle().contains(reader.user)) << window->windowTitle().toStdString();
    // Every page can be visited by a reader (what it may not read is not asked for).
    window->show();
    for (const QString &key : MainWindow::moduleKeys()) {
        EXPECT_TRUE(window->showModule(key));
        QCoreApplication::processEvents();
    }
    // The server refuses what is hidden, whatever the window shows.
    EXPECT_THROW((void)(session.directory().addOpd({0, "Dinas Kesehatan", "Dinkes", 0})),
                 storage::StorageError);

    session.openServer(meetings);
    EXPECT_TRUE(session.rights().mayEdit(WorkArea::Meetings));
    EXPECT_FALSE(session.rights().mayEdit(WorkArea::Locus));
    EXPECT_FALSE(button(page("meetings"), "newMeetingButton")->isHidden());
    EXPECT_TRUE(button(page("locus"), "locusImportMenuButton")->isHidden());

    EXPECT_NO_THROW((void)(session.directory().addOpd({0, "Dinas Kesehatan", "Dinkes", 0})));
}

TEST_F(ServerRightsTest, MovesTheWorkspaceFileToTheServerAndOpensIt)
{
    if (!test::testOnPostgres())
        GTEST_SKIP() << "needs the test server (the _postgresql variant)";
    InitialisedServer server;
    (void)session.directory().addOpd({0, "Badan Perencanaan Pembangunan Daerah", "Bappeda", 0});
    (void)session.directory().addOpd({0, "Dinas Kesehatan", "Dinkes", 0});

    qint64 opdRows = -1;
    int tables = 0;
    whenDialog<ServerConnectDialog>([&](ServerConnectDialog *dialog) {
        const auto target = server.server();
        dialog->findChild<QLineEdit *>(QStringLiteral("hostLineEdit"))->setText(target.host);
        dialog->findChild<QSpinBox *>(QStringLiteral("portSpinBox"))->setValue(target.port);
        dialog->findChild<QLineEdit *>(QStringLiteral("databaseLineEdit"))
            ->setText(target.database);
        dialog->findChild<QLineEdit *>(QStringLiteral("userLineEdit"))->setText(target.user);
        auto *ssl = dialog->findChild<QComboBox *>(QStringLiteral("sslComboBox"));
        ssl->setCurrentIndex(ssl->findData(target.sslMode));
        whenDialog<MoveToServerResultDialog>([&](MoveToServerResultDialog *result) {
            QTableWidget *table = result->table();
            tables = table->rowCount();
            for (int row = 0; row < table->rowCount(); ++row)
                if (table->item(row, 0)->text() == QLatin1String("opd"))
                    opdRows = table->item(row, 1)->text().toLongLong();
            result->findChild<QPushButton *>(QStringLiteral("openServerButton"))->click();
        });
        dialog->findChild<QDialogButtonBox *>(QStringLiteral("buttonBox"))
            ->button(QDialogButtonBox::Ok)
            ->click();
    });
    window->findChild<QAction *>(QStringLiteral("actionMoveToServer"))->trigger();
    EXPECT_EQ(opdRows, 2);
    EXPECT_GT(tables, 10);
    ASSERT_TRUE(session.isServer()) << Dialogs::lastMessage().toStdString();
    EXPECT_EQ(session.server().database, server.server().database);
    EXPECT_EQ(session.directory().opds().size(), 2u);
    EXPECT_EQ(AppSettings::recentWorkspaces().value(0), server.server().url());
    EXPECT_FALSE(window->findChild<QAction *>(QStringLiteral("actionMoveToServer"))->isEnabled());

    // Moving again into the same (no longer empty) database is refused in one line, and the
    // file is not touched.
    session.open(file);
    QString error;
    whenDialog<ServerConnectDialog>([&](ServerConnectDialog *dialog) {
        const auto target = server.server();
        dialog->findChild<QLineEdit *>(QStringLiteral("hostLineEdit"))->setText(target.host);
        dialog->findChild<QSpinBox *>(QStringLiteral("portSpinBox"))->setValue(target.port);
        dialog->findChild<QLineEdit *>(QStringLiteral("databaseLineEdit"))
            ->setText(target.database);
        dialog->findChild<QLineEdit *>(QStringLiteral("userLineEdit"))->setText(target.user);
        auto *ssl = dialog->findChild<QComboBox *>(QStringLiteral("sslComboBox"));
        ssl->setCurrentIndex(ssl->findData(target.sslMode));
        whenDialog<ServerConnectDialog>([&](ServerConnectDialog *again) {
            error = again->findChild<QLabel *>(QStringLiteral("errorLabel"))->text();
            again->reject();
        });
        dialog->findChild<QDialogButtonBox *>(QStringLiteral("buttonBox"))
            ->button(QDialogButtonBox::Ok)
            ->click();
    });
    window->findChild<QAction *>(QStringLiteral("actionMoveToServer"))->trigger();
    EXPECT_FALSE(error.isEmpty());
    EXPECT_FALSE(session.isServer());
    EXPECT_EQ(session.directory().opds().size(), 2u);
}

} // namespace

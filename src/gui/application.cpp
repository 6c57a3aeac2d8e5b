// SPDX-License-Identifier: GPL-3.0-or-later
#include "gui/application.h"

#include "gui/app_settings.h"
#include "gui/common/dialogs.h"
#include "gui/common/unsaved_work.h"
#include "gui/common/view_state.h"
#include "gui/language.h"
#include "gui/logging.h"
#include "gui/main_window.h"
#include "gui/workspace/workspace_session.h"
#include "storage/database.h"
#include "storage/storage_error.h"

#include <QFileInfo>
#include <QGuiApplication>
#include <QLocale>
#include <QSessionManager>
#include <QTimer>

namespace konvergensi::gui {

Application::Application(std::shared_ptr<const core::Clock> clock, QObject *parent)
    : QObject(parent)
    , m_session(std::make_unique<WorkspaceSession>(std::move(clock), nullptr,
                                                   WorkspaceSession::kWatchIntervalMs))
{
}

Application::~Application()
{
    m_window.reset();
    m_session.reset();
}

void Application::start(const QString &workspace)
{
    start(AppSettings::recentWorkspaces(), AppSettings::defaultWorkspacePath(), workspace);
}

void Application::start(const QStringList &recent, const QString &defaultPath,
                        const QString &workspace)
{
    // Logging out of the desktop is one more way of quitting: unsaved edits are asked about
    // when the session manager allows it, and saved when it does not.
    connect(qGuiApp, &QGuiApplication::commitDataRequest, this, [this](QSessionManager &manager) {
        if (UnsavedWork::pending().empty())
            return;
        if (manager.allowsInteraction()) {
            const bool mayLeave = UnsavedWork::resolveBeforeLeaving(m_window.get());
            manager.release();
            if (!mayLeave)
                manager.cancel();
            return;
        }
        for (UnsavedWork *editor : UnsavedWork::pending())
            editor->saveUnsavedWork();
    });
    bool opened = false;
    if (!workspace.isEmpty()) {
        try {
            if (storage::ServerConnection::isUrl(workspace)) {
                // A server workspace (password from PGPASSWORD or ~/.pgpass, as libpq does).
                storage::ServerConnection server;
                QString error;
                if (!storage::ServerConnection::parse(workspace, &server, &error))
                    throw storage::StorageError(storage::StorageError::Kind::CannotOpen, error);
                m_session->openServer(server);
            } else {
                m_session->open(QFileInfo(workspace).absoluteFilePath());
            }
            AppSettings::addRecentWorkspace(m_session->path());
            opened = true;
        } catch (const storage::StorageError &error) {
            m_startupError = error.message();
            qCWarning(lcGui) << "workspace from the command line not opened:" << error.what();
        }
    }
    if (!opened) {
        try {
            m_session->openStartup(recent, defaultPath);
        } catch (const storage::StorageError &error) {
            if (!m_startupError.isEmpty())
                m_startupError += QStringLiteral("\n\n");
            m_startupError += error.message();
            qCWarning(lcGui) << "startup workspace not opened:" << error.what();
        }
    }
    LanguageSetup::install(LanguageSetup::resolve(AppSettings::language(), m_languageOverride));
    buildWindow();
    if (!m_startupError.isEmpty())
        Dialogs::error(m_window.get(), tr("Workspace not opened"), m_startupError);
}

void Application::buildWindow()
{
    QString module;
    if (m_window) {
        module = m_window->currentModule();
        m_window->saveViewState(); // the new window (another language) opens as this one was
    }
    const bool firstStart = !ViewState::hasWindowState();
    m_window = std::make_unique<MainWindow>(*m_session);
    if (!module.isEmpty())
        m_window->showModule(module);
    connect(m_window.get(), &MainWindow::languageChosen, this, [this](const QString &preference) {
        // Rebuild after the signal returns: the settings page that sent it is destroyed.
        QTimer::singleShot(0, this, [this, preference] { switchLanguage(preference); });
    });
    if (firstStart)
        m_window->showMaximized(); // office screens are small; the dashboard wants room
    else
        m_window->show(); // as the user left it (ViewState), maximised or not
}

void Application::switchLanguage(const QString &preference)
{
    // A choice made in Settings replaces the command line's for the rest of the run.
    m_languageOverride.clear();
    LanguageSetup::install(LanguageSetup::resolve(preference));
    buildWindow();
}

} // namespace konvergensi::gui

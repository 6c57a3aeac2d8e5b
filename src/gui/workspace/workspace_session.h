// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/clock.h"
#include "io/workspace_setup.h"
#include "storage/database.h"
#include "usecases/changes.h"
#include "usecases/workspace/workspace_rights.h"

#include <QObject>
#include <QString>

#include <memory>
#include <optional>

namespace konvergensi::storage {
class DirectoryRepository;
class WorkspaceWatcher;
class RegionRepository;
class WorkspaceRepository;
} // namespace konvergensi::storage

namespace konvergensi::gui {

/// The open workspace: its database and repositories. Pages get them from here and listen to
/// workspaceChanged() (another file opened) and changed() (data edited elsewhere, by topic).
/// Holds no widgets, so tests can drive it directly.
class WorkspaceSession : public QObject
{
    Q_OBJECT
public:
    /// `watchIntervalMs`: how often the open workspace is checked for other users' changes
    /// and, on a server, for a lost connection (the program: kWatchIntervalMs; 0: only on
    /// checkNow(), as tests do).
    explicit WorkspaceSession(std::shared_ptr<const core::Clock> clock = {},
                              QObject *parent = nullptr, int watchIntervalMs = 0);
    static constexpr int kWatchIntervalMs = 3000;
    ~WorkspaceSession() override;

    bool isOpen() const { return m_db != nullptr; }
    /// The workspace file, or the server's URL (without password) of a server workspace.
    const QString &path() const { return m_path; }
    /// The workspace is on the office's PostgreSQL server (openServer).
    bool isServer() const { return m_server.has_value(); }
    /// The server of a server workspace, with the password typed for this session (kept in
    /// memory only, for the worker threads' own connections).
    const storage::ServerConnection &server() const { return *m_server; }
    /// "budi@192.168.1.10/konvergensi" for a server workspace, else empty.
    QString serverLabel() const;
    /// What the login may change (everything in a file); the window hides the rest.
    const usecases::workspace::WorkspaceRights &rights() const { return m_rights; }
    /// Tests: other rights than the login's (the pages follow workspaceChanged()).
    void setRightsForTests(const usecases::workspace::WorkspaceRights &rights);
    /// "Kabupaten Bengkalis", from the letterhead or else the district region; empty when
    /// the workspace has no district yet.
    QString districtName() const;
    bool isDemo() const;

    storage::Database &database() const;
    storage::RegionRepository &regions() const;
    storage::DirectoryRepository &directory() const;
    storage::WorkspaceRepository &workspace() const;
    const core::Clock &clock() const { return *m_clock; }

    /// Opens an existing workspace file. Throws storage::StorageError and keeps the current
    /// workspace open when the new one cannot be opened.
    void open(const QString &path);
    /// Connects to a workspace on the office's server (its schema at this program's version).
    /// Throws storage::StorageError (one translated sentence) and keeps the current workspace
    /// open when it fails.
    void openServer(const storage::ServerConnection &server);
    /// Creates a new workspace file (which must not exist) and opens it.
    void create(const QString &path, io::WorkspaceTemplate kind);
    /// What the program opens on start: the most recent workspace that still exists,
    /// otherwise `defaultPath` (where the demo is made on the first start).
    static QString startupPath(const QStringList &recent, const QString &defaultPath);
    /// Opens startupPath(); creates the demo workspace there when it does not exist yet.
    void openStartup(const QStringList &recent, const QString &defaultPath);

    /// Tell the pages what changed (after an import or an edit): pages showing one of the
    /// topics reload (when shown, see ReloadWhenShown); the others do not.
    void notifyChanged(usecases::Topics topics);
    /// Everything may have changed (kept for pages that do not say what they changed).
    void notifyContentChanged() { notifyChanged(usecases::allTopics()); }

    /// Looks now for other users' changes and, on a server, whether the connection lives
    /// (what the timer does every few seconds; the window also does it when it is activated).
    void checkNow();
    /// This program's background work is writing on its own connection: its changes are not
    /// news from other users (BackgroundTask holds the watch while it runs).
    void holdWatching(bool held);
    /// False while the connection to the server is lost (it reconnects on its own).
    bool isConnected() const;

    /// Asks the window to show another module's page at a place in it (a page never knows
    /// another page): `location` is that module's own word for the place (PageModule::openAt).
    void requestPage(const QString &moduleKey, const QString &location)
    {
        Q_EMIT pageRequested(moduleKey, location);
    }

Q_SIGNALS:
    /// A page asked for another module's page (requestPage()).
    void pageRequested(const QString &moduleKey, const QString &location);
    /// Another workspace was opened (or none is open now).
    void workspaceChanged();
    /// What the login may change is known anew (another workspace, or a test's rights).
    void rightsChanged();
    /// Data of these topics changed.
    void changed(usecases::Topics topics);
    /// Some data changed (emitted with every changed()).
    void contentChanged();
    /// Another user or program changed these topics (changed() follows).
    void changedElsewhere(usecases::Topics topics);
    /// The server stopped answering: typed work stays in the editors, saving fails until
    /// connectionRestored().
    void connectionLost();
    /// The server answers again; every page reloads (changes made meanwhile were not heard).
    void connectionRestored();

private:
    void adopt(std::unique_ptr<storage::Database> db, const QString &path,
               std::optional<storage::ServerConnection> server = std::nullopt);

    void dropWatcher();

    std::shared_ptr<const core::Clock> m_clock;
    int m_watchIntervalMs = 0;
    std::unique_ptr<storage::Database> m_db;
    /// Refers to m_db: made after it, dropped before it.
    storage::WorkspaceWatcher *m_watcher = nullptr;
    std::unique_ptr<storage::RegionRepository> m_regions;
    std::unique_ptr<storage::DirectoryRepository> m_directory;
    std::unique_ptr<storage::WorkspaceRepository> m_workspace;
    QString m_path;
    std::optional<storage::ServerConnection> m_server;
    usecases::workspace::WorkspaceRights m_rights =
        usecases::workspace::WorkspaceRights::everything();
};

} // namespace konvergensi::gui

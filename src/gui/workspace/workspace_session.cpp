// SPDX-License-Identifier: GPL-3.0-or-later
#include "gui/workspace/workspace_session.h"

#include "gui/logging.h"
#include "qtsupport/text.h"
#include "storage/database.h"
#include "storage/directory/directory_repository.h"
#include "storage/regions/region_repository.h"
#include "storage/storage_error.h"
#include "storage/workspace_repository.h"
#include "storage/workspace_watcher.h"
#include "usecases/workspace/server_workspace.h"

#include <QDir>
#include <QFileInfo>

namespace konvergensi::gui {

WorkspaceSession::WorkspaceSession(std::shared_ptr<const core::Clock> clock, QObject *parent,
                                   int watchIntervalMs)
    : QObject(parent)
    , m_clock(clock ? std::move(clock) : std::make_shared<core::SystemClock>())
    , m_watchIntervalMs(watchIntervalMs)
{
}

WorkspaceSession::~WorkspaceSession()
{
    // The watcher and the repositories refer to the database: drop them first.
    dropWatcher();
    m_workspace.reset();
    m_directory.reset();
    m_regions.reset();
    m_db.reset();
}

storage::Database &WorkspaceSession::database() const
{
    Q_ASSERT(m_db);
    return *m_db;
}

storage::RegionRepository &WorkspaceSession::regions() const
{
    Q_ASSERT(m_regions);
    return *m_regions;
}

storage::DirectoryRepository &WorkspaceSession::directory() const
{
    Q_ASSERT(m_directory);
    return *m_directory;
}

storage::WorkspaceRepository &WorkspaceSession::workspace() const
{
    Q_ASSERT(m_workspace);
    return *m_workspace;
}

QString WorkspaceSession::districtName() const
{
    if (!m_db)
        return {};
    const QString fromLetterhead = qs(m_workspace->letterhead().districtName).trimmed();
    if (!fromLetterhead.isEmpty())
        return fromLetterhead;
    if (const auto district = m_regions->district())
        return qs(district->name);
    return {};
}

bool WorkspaceSession::isDemo() const
{
    return m_db && m_workspace->isDemo();
}

void WorkspaceSession::adopt(std::unique_ptr<storage::Database> db, const QString &path,
                             std::optional<storage::ServerConnection> server)
{
    // What the login may do is asked before anything changes (a failure keeps the current
    // workspace).
    const auto rights = usecases::workspace::WorkspaceRights::of(*db);
    dropWatcher();
    m_workspace.reset();
    m_directory.reset();
    m_regions.reset();
    m_db = std::move(db);
    m_regions = std::make_unique<storage::RegionRepository>(*m_db);
    m_directory = std::make_unique<storage::DirectoryRepository>(*m_db);
    m_workspace = std::make_unique<storage::WorkspaceRepository>(*m_db);
    m_watcher = new storage::WorkspaceWatcher(*m_db, m_watchIntervalMs, this);
    connect(m_watcher, &storage::WorkspaceWatcher::changedElsewhere, this,
            [this](const QStringList &tables) {
                const auto topics = usecases::topicsOfTables(tables);
                if (!topics)
                    return;
                qCInfo(lcGui) << "changed by another user or program:" << tables;
                Q_EMIT changedElsewhere(topics);
                notifyChanged(topics);
            });
    connect(m_watcher, &storage::WorkspaceWatcher::connectionLost, this, [this] {
        qCWarning(lcGui) << "the connection to the server was lost";
        Q_EMIT connectionLost();
    });
    connect(m_watcher, &storage::WorkspaceWatcher::connectionRestored, this, [this] {
        qCInfo(lcGui) << "the connection to the server is back";
        Q_EMIT connectionRestored();
        notifyChanged(usecases::allTopics());
    });
    m_server = std::move(server);
    m_rights = rights;
    m_path = m_server ? path : QFileInfo(path).absoluteFilePath();
    qCInfo(lcGui) << "workspace open:" << m_path;
    Q_EMIT workspaceChanged();
    Q_EMIT rightsChanged();
}

void WorkspaceSession::dropWatcher()
{
    delete m_watcher;
    m_watcher = nullptr;
}

void WorkspaceSession::notifyChanged(usecases::Topics topics)
{
    // What this program just did is not news from elsewhere (a background import writes on
    // its own connection).
    if (m_watcher)
        m_watcher->acknowledge();
    Q_EMIT changed(topics);
    Q_EMIT contentChanged();
}

void WorkspaceSession::checkNow()
{
    if (m_watcher)
        m_watcher->check();
}

void WorkspaceSession::holdWatching(bool held)
{
    if (m_watcher)
        m_watcher->setHeld(held);
}

bool WorkspaceSession::isConnected() const
{
    return !m_watcher || m_watcher->isConnected();
}

void WorkspaceSession::open(const QString &path)
{
    if (!QFileInfo::exists(path))
        throw storage::StorageError(
            storage::StorageError::Kind::CannotOpen,
            tr("The workspace file %1 does not exist.").arg(QDir::toNativeSeparators(path)));
    adopt(storage::Database::openSqlite(path, m_clock), path);
}

void WorkspaceSession::openServer(const storage::ServerConnection &server)
{
    auto db = usecases::workspace::connectToServer(server, m_clock);
    const QString url = db->path();
    adopt(std::move(db), url, server);
}

QString WorkspaceSession::serverLabel() const
{
    return m_server ? usecases::workspace::serverLabel(*m_server) : QString();
}

void WorkspaceSession::setRightsForTests(const usecases::workspace::WorkspaceRights &rights)
{
    m_rights = rights;
    Q_EMIT rightsChanged();
}

void WorkspaceSession::create(const QString &path, io::WorkspaceTemplate kind)
{
    adopt(io::createWorkspace(path, kind, m_clock), path);
}

QString WorkspaceSession::startupPath(const QStringList &recent, const QString &defaultPath)
{
    for (const QString &path : recent) {
        if (QFileInfo(path).isFile())
            return path;
    }
    return defaultPath;
}

void WorkspaceSession::openStartup(const QStringList &recent, const QString &defaultPath)
{
    const QString path = startupPath(recent, defaultPath);
    if (QFileInfo::exists(path)) {
        open(path);
        return;
    }
    QDir().mkpath(QFileInfo(path).absolutePath());
    create(path, io::WorkspaceTemplate::Demo);
}

} // namespace konvergensi::gui

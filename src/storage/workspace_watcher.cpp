// SPDX-License-Identifier: GPL-3.0-or-later
#include "storage/workspace_watcher.h"

#include "storage/database.h"
#include "storage/logging.h"
#include "storage/query.h"
#include "storage/storage_error.h"

#include <QAtomicInteger>
#include <QSqlDatabase>
#include <QSqlDriver>
#include <QThread>
#include <QTimer>

#include <algorithm>
#include <atomic>
#include <memory>

namespace konvergensi::storage {

namespace {
/// The channel of postgresql/0015_change_notices.sql.
const QString &channel()
{
    static const QString name = QStringLiteral("konvergensi_change");
    return name;
}
/// Notices that arrive together (one import touches many tables) are announced once.
constexpr int kGatherMs = 250;
/// How long after the program's own background work a server's notices are its own.
constexpr qint64 kAfterHeldMs = 1000;
} // namespace

WorkspaceWatcher::WorkspaceWatcher(Database &db, int intervalMs, QObject *parent)
    : QObject(parent)
    , m_db(db)
    , m_gather(new QTimer(this))
{
    m_gather->setSingleShot(true);
    m_gather->setInterval(kGatherMs);
    connect(m_gather, &QTimer::timeout, this, &WorkspaceWatcher::announce);
    if (m_db.isPostgres()) {
        QSqlDriver *driver = m_db.connection().driver();
        connect(driver, &QSqlDriver::notification, this,
                [this](const QString &name, QSqlDriver::NotificationSource source,
                       const QVariant &payload) {
                    // This window's own statements are announced by the window itself.
                    if (name == channel() && source != QSqlDriver::SelfSource)
                        received(payload.toString());
                });
        subscribe();
    } else {
        m_dataVersion = dataVersion();
    }
    if (intervalMs > 0) {
        m_poll = new QTimer(this);
        m_poll->setInterval(intervalMs);
        connect(m_poll, &QTimer::timeout, this, &WorkspaceWatcher::check);
        m_poll->start();
    }
}

WorkspaceWatcher::~WorkspaceWatcher() = default;

void WorkspaceWatcher::subscribe()
{
    QSqlDriver *driver = m_db.connection().driver();
    if (!driver->subscribedToNotifications().contains(channel())
        && !driver->subscribeToNotification(channel()))
        qCWarning(lcStorage) << "cannot listen for other users' changes on" << m_db.path();
}

qint64 WorkspaceWatcher::dataVersion()
{
    try {
        Query version(m_db, QStringLiteral("PRAGMA data_version"));
        version.exec();
        return version.next() ? version.integer(0) : -1;
    } catch (const StorageError &) {
        return -1;
    }
}

void WorkspaceWatcher::setHeld(bool held)
{
    if (held == m_held)
        return;
    m_held = held;
    if (!held) {
        acknowledge();
        m_tables.clear();
        m_gather->stop();
        m_released.start();
    }
}

void WorkspaceWatcher::check()
{
    if (m_db.transactionDepth() > 0 || m_held)
        return;
    if (!m_db.isPostgres()) {
        const qint64 version = dataVersion();
        if (version >= 0 && m_dataVersion >= 0 && version != m_dataVersion) {
            m_dataVersion = version;
            Q_EMIT changedElsewhere({});
        } else if (version >= 0) {
            m_dataVersion = version;
        }
        return;
    }
    if (m_connected) {
        try {
            Query::run(m_db, QStringLiteral("SELECT 1"));
            return;
        } catch (const StorageError &) {
            qCWarning(lcStorage) << "the server does not answer:" << m_db.path();
            m_connected = false;
            Q_EMIT connectionLost();
        }
    }
    probe();
}

void WorkspaceWatcher::probe()
{
    if (m_probing)
        return;
    m_probing = true;
    // The connection's parameters, password included, taken on this thread.
    const QSqlDatabase own = m_db.connection();
    struct Parameters
    {
        QString host, database, user, password, options;
        int port = 0;
    };
    const Parameters parameters{own.hostName(), own.databaseName(),   own.userName(),
                                own.password(), own.connectOptions(), own.port()};
    auto answered = std::make_shared<std::atomic_bool>(false);
    QThread *thread = QThread::create([parameters, answered] {
        static QAtomicInteger<quint64> counter;
        const QString name =
            QStringLiteral("konvergensi-probe-%1").arg(counter.fetchAndAddRelaxed(1));
        {
            QSqlDatabase probe = QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), name);
            probe.setHostName(parameters.host);
            probe.setPort(parameters.port);
            probe.setDatabaseName(parameters.database);
            probe.setUserName(parameters.user);
            probe.setPassword(parameters.password);
            probe.setConnectOptions(parameters.options);
            answered->store(probe.open());
            probe.close();
        }
        QSqlDatabase::removeDatabase(name);
    });
    connect(thread, &QThread::finished, thread, &QObject::deleteLater);
    connect(thread, &QThread::finished, this, [this, answered] {
        m_probing = false;
        if (answered->load())
            reconnect();
    });
    thread->start();
}

void WorkspaceWatcher::reconnect()
{
    if (m_connected || m_db.transactionDepth() > 0 || !m_db.reconnect())
        return;
    m_connected = true;
    subscribe();
    m_tables.clear();
    m_gather->stop();
    Q_EMIT connectionRestored();
}

void WorkspaceWatcher::acknowledge()
{
    if (!m_db.isPostgres() && m_db.transactionDepth() == 0) {
        const qint64 version = dataVersion();
        if (version >= 0)
            m_dataVersion = version;
    }
}

void WorkspaceWatcher::received(const QString &table)
{
    // The program's own background work (its notices may come just after it ended).
    if (m_held || (m_released.isValid() && m_released.elapsed() < kAfterHeldMs))
        return;
    m_tables.insert(table);
    if (!m_gather->isActive())
        m_gather->start();
}

void WorkspaceWatcher::announce()
{
    if (m_tables.isEmpty())
        return;
    QStringList tables(m_tables.cbegin(), m_tables.cend());
    std::sort(tables.begin(), tables.end());
    m_tables.clear();
    Q_EMIT changedElsewhere(tables);
}

} // namespace konvergensi::storage

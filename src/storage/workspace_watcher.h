// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QElapsedTimer>
#include <QObject>
#include <QSet>
#include <QString>
#include <QStringList>

class QTimer;

namespace konvergensi::storage {

class Database;

/// Watches the open workspace for what this window did not do itself (issue 17):
/// - another program or another user changed it: on a server every table announces its
///   changes (LISTEN/NOTIFY, schema version 15) and changedElsewhere() names the tables; in a
///   file SQLite's data_version tells that some other connection committed, and the tables are
///   not known (an empty list: everything may have changed);
/// - the connection to the server was lost: connectionLost(), then it reconnects on its own
///   and says connectionRestored().
/// Lives on the thread of its database (the window's) and polls with a timer.
class WorkspaceWatcher : public QObject
{
    Q_OBJECT
public:
    /// Polls every `intervalMs` (0: only when check() is called, for tests).
    explicit WorkspaceWatcher(Database &db, int intervalMs = 3000, QObject *parent = nullptr);
    ~WorkspaceWatcher() override;

    /// Looks now: the file's data_version, or whether the server still answers (and tries to
    /// reconnect a lost one). Does nothing inside a transaction.
    void check();
    /// This program's own work (another connection of it, a background import) said what it
    /// changed: what happened until now is not announced again.
    void acknowledge();
    bool isConnected() const { return m_connected; }
    /// While held (this program's own background work writes on its own connection), nothing
    /// is announced; releasing forgets what happened meanwhile, and a server's notices that
    /// arrive within a second after it.
    void setHeld(bool held);

Q_SIGNALS:
    /// Other users or programs changed these tables (empty: which is not known).
    void changedElsewhere(const QStringList &tables);
    void connectionLost();
    void connectionRestored();

private:
    void subscribe();
    /// Tries the server on a connection of its own in a worker thread (a server that cannot
    /// be reached would otherwise hold the window for the connect timeout); reconnects the
    /// window's connection when it answered.
    void probe();
    void reconnect();
    void received(const QString &table);
    void announce();
    qint64 dataVersion();

    Database &m_db;
    QTimer *m_poll = nullptr;
    QTimer *m_gather = nullptr;
    QSet<QString> m_tables;
    qint64 m_dataVersion = -1;
    bool m_connected = true;
    bool m_probing = false;
    bool m_held = false;
    QElapsedTimer m_released;
};

} // namespace konvergensi::storage

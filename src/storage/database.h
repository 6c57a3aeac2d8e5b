// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/clock.h"

#include <QString>
#include <QStringList>

#include <memory>

// QtSql stays inside storage (linked PRIVATE): only storage's own sources use connection().
class QSqlDatabase;

namespace konvergensi::storage {

/// How Database::openSqlite opens a file.
struct DatabaseOpenOptions
{
    /// Only creating a workspace (init, Berkas > Baru) may create a file; everything else
    /// opens an existing workspace and refuses a missing or empty file.
    enum class Mode { Existing, Create };
    Mode mode = Mode::Existing;
    /// How long a statement waits for another program's write lock; set before the first
    /// read.
    int busyTimeoutMs = 5000;
    /// Open a workspace that fails the quick check anyway (for `workspace check` and
    /// backups of it): it is marked damaged and every write transaction is refused.
    bool allowDamaged = false;
    /// Keep one automatic backup a day beside the workspace (see WorkspaceBackup).
    bool dailyBackup = true;
    /// Copy an older workspace into the backup folder before upgrading it (turned off
    /// only for a scratch copy that is itself made from a backup).
    bool upgradeBackup = true;
};

/// Where a workspace on a PostgreSQL server is: `postgresql://user@host:port/database`
/// (`?sslmode=require` and the other libpq modes allowed). No password is kept here: libpq
/// reads PGPASSWORD or ~/.pgpass, or the window asks and passes it for one connection.
struct ServerConnection
{
    QString host = QStringLiteral("localhost");
    int port = 5432;
    QString database;
    QString user;
    QString sslMode = QStringLiteral("prefer");
    /// Only for this connection (asked in the window); never written anywhere.
    QString password;

    /// True for text that names a server rather than a file ("postgresql://", "postgres://").
    static bool isUrl(const QString &text);
    /// Parses a URL; on a bad one returns false and says why in `error` (translated).
    static bool parse(const QString &url, ServerConnection *out, QString *error);
    /// The URL without password, to show and to remember.
    QString url() const;
};

/// The database engines a workspace can live on.
enum class Engine { Sqlite, Postgres };

/// What Database::openPostgres does with the schema on the server.
enum class ServerSchema {
    Current,  ///< must be at this program's version (everyday work)
    Upgrade,  ///< older ones (and an empty database) are brought up to it
    Unchecked ///< only connect (server administration: ServerAdmin)
};

/// One open workspace database. Owns its QtSql connection; not copyable; use from one
/// thread. Opening applies pending migrations, each in its own transaction; a database
/// written by a newer program is refused and left exactly as it was.
class Database
{
public:
    using OpenOptions = DatabaseOpenOptions;

    /// Opens the SQLite workspace at `path`; ":memory:" gives a private in-memory database.
    /// Before anything is written it tells apart: a missing file, not a regular file, an empty
    /// file, not a database, a database of another program, a newer workspace, a read-only
    /// place, a workspace in use by another program, a damaged one (PRAGMA quick_check). An
    /// older workspace is upgraded only after a backup copy was made (backupBeforeUpgrade()).
    /// Throws StorageError.
    static std::unique_ptr<Database> openSqlite(const QString &path,
                                                std::shared_ptr<const core::Clock> clock = {},
                                                const OpenOptions &options = {});
    /// Opens a workspace on a PostgreSQL server. The schema must be at this program's version;
    /// an older one is upgraded only with ServerSchema::Upgrade (konvergensi-cli server
    /// init/upgrade, or the tests), since that needs the administrator's rights. Throws
    /// StorageError.
    static std::unique_ptr<Database> openPostgres(const ServerConnection &server,
                                                  std::shared_ptr<const core::Clock> clock = {},
                                                  ServerSchema schema = ServerSchema::Current);
    /// A file path or a `postgresql://` URL: openSqlite or openPostgres.
    static std::unique_ptr<Database> open(const QString &location,
                                          std::shared_ptr<const core::Clock> clock = {},
                                          const OpenOptions &options = {});
    /// Creates a new workspace file (which must not exist) and opens it.
    static std::unique_ptr<Database> createSqlite(const QString &path,
                                                  std::shared_ptr<const core::Clock> clock = {});

    /// The quick check failed at opening (only with OpenOptions::allowDamaged).
    bool isDamaged() const { return m_damaged; }
    /// Runs PRAGMA quick_check now; marks the workspace damaged and throws StorageError
    /// (Kind::Damaged) when it fails. Imports call it before writing.
    void verifyBeforeWrite();
    /// The backup copy made before an upgrade at opening; empty when none was needed.
    const QString &backupBeforeUpgrade() const { return m_upgradeBackup; }
    /// The automatic daily backup made at opening; empty when none was made.
    const QString &dailyBackup() const { return m_dailyBackup; }

    ~Database();
    Database(const Database &) = delete;
    Database &operator=(const Database &) = delete;

    /// The QtSql connection, for storage's own sources (they include <QSqlDatabase>). Only
    /// on the thread that opened it.
    QSqlDatabase connection() const;
    /// The name of the QtSql connection (unique, never reused); safe from any thread.
    const QString &connectionName() const { return m_connectionName; }
    Engine engine() const { return m_engine; }
    bool isPostgres() const { return m_engine == Engine::Postgres; }
    /// The server of a PostgreSQL workspace (empty for SQLite).
    const ServerConnection &server() const { return m_server; }
    /// A server workspace whose connection was lost: opens it again (with the password given
    /// at connecting) and restores the session's settings. Returns false while the server
    /// cannot be reached. Nothing to do for a file. Never inside a transaction.
    bool reconnect();
    /// The file path, ":memory:", or the server URL (without password).
    const QString &path() const { return m_path; }
    /// The files of every workspace open in this program (absolute paths), so that nothing
    /// the program writes lands on one of them (see output_file.h).
    static QStringList openWorkspacePaths();
    /// The schema version after opening (the newest migration applied).
    int schemaVersion() const { return m_schemaVersion; }

    /// Who is writing: goes into who-columns and the audit log. Defaults to the login name.
    const QString &actor() const { return m_actor; }
    void setActor(const QString &actor) { m_actor = actor; }

    const core::Clock &clock() const { return *m_clock; }
    /// The clock, to open another connection to the same workspace with it (a worker thread).
    std::shared_ptr<const core::Clock> clockPointer() const { return m_clock; }
    void setClock(std::shared_ptr<const core::Clock> clock);
    /// The clock's "now" as ISO text, for who/when columns.
    QString nowText() const;

    // Transaction nesting, used by Transaction only.
    int transactionDepth() const { return m_transactionDepth; }
    void setTransactionDepth(int depth) { m_transactionDepth = depth; }

private:
    Database(QString connectionName, QString path, std::shared_ptr<const core::Clock> clock);
    void openServerSchema(ServerSchema schema);

    QString m_connectionName;
    Engine m_engine = Engine::Sqlite;
    ServerConnection m_server;
    QString m_path;
    QString m_actor;
    std::shared_ptr<const core::Clock> m_clock;
    int m_schemaVersion = 0;
    int m_transactionDepth = 0;
    bool m_registered = false;
    bool m_damaged = false;
    QString m_upgradeBackup;
    QString m_dailyBackup;
};

} // namespace konvergensi::storage

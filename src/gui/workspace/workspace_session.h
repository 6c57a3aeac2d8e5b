// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/clock.h"
#include "io/workspace_setup.h"
#include "usecases/changes.h"

#include <QObject>
#include <QString>

#include <memory>

namespace konvergensi::storage {
class Database;
class DirectoryRepository;
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
    explicit WorkspaceSession(std::shared_ptr<const core::Clock> clock = {},
                              QObject *parent = nullptr);
    ~WorkspaceSession() override;

    bool isOpen() const { return m_db != nullptr; }
    const QString &path() const { return m_path; }
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
    /// Creates a new workspace file (which must not exist) and opens it.
    void create(const QString &path, io::WorkspaceTemplate kind);
    /// What the program opens on start: the most recent workspace that still exists,
    /// otherwise `defaultPath` (where the demo is made on the first start).
    static QString startupPath(const QStringList &recent, const QString &defaultPath);
    /// Opens startupPath(); creates the demo workspace there when it does not exist yet.
    void openStartup(const QStringList &recent, const QString &defaultPath);

    /// Tell the pages what changed (after an import or an edit): pages showing one of the
    /// topics reload (when shown, see ReloadWhenShown); the others do not.
    void notifyChanged(usecases::Topics topics)
    {
        Q_EMIT changed(topics);
        Q_EMIT contentChanged();
    }
    /// Everything may have changed (kept for pages that do not say what they changed).
    void notifyContentChanged() { notifyChanged(usecases::allTopics()); }

Q_SIGNALS:
    /// Another workspace was opened (or none is open now).
    void workspaceChanged();
    /// Data of these topics changed.
    void changed(usecases::Topics topics);
    /// Some data changed (emitted with every changed()).
    void contentChanged();

private:
    void adopt(std::unique_ptr<storage::Database> db, const QString &path);

    std::shared_ptr<const core::Clock> m_clock;
    std::unique_ptr<storage::Database> m_db;
    std::unique_ptr<storage::RegionRepository> m_regions;
    std::unique_ptr<storage::DirectoryRepository> m_directory;
    std::unique_ptr<storage::WorkspaceRepository> m_workspace;
    QString m_path;
};

} // namespace konvergensi::gui

// SPDX-License-Identifier: GPL-3.0-or-later
#include "gui/workspace/workspace_maintenance.h"

#include "gui/common/colours.h"
#include "gui/common/dialogs.h"
#include "gui/common/passphrase_dialog.h"
#include "gui/logging.h"
#include "gui/workspace/workspace_session.h"
#include "storage/database.h"
#include "storage/storage_error.h"
#include "storage/workspace_backup.h"

#include <QAction>
#include <QCoreApplication>
#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QLabel>
#include <QMainWindow>
#include <QMenu>
#include <QPointer>
#include <QStatusBar>

#include <algorithm>

namespace konvergensi::gui {

WorkspaceMaintenance::WorkspaceMaintenance(WorkspaceSession &session, QWidget *window,
                                           QMenu *fileMenu)
    : QObject(window)
    , m_session(session)
    , m_window(window)
{
    fileMenu->addSeparator();
    QList<QAction *> fileOnly;
    fileOnly << fileMenu->addAction(tr("&Back up…"), this, &WorkspaceMaintenance::backUp);
    fileOnly.back()->setObjectName(QStringLiteral("actionBackUp"));
    fileOnly << fileMenu->addAction(tr("Res&tore from backup…"), this,
                                    &WorkspaceMaintenance::restore);
    fileOnly.back()->setObjectName(QStringLiteral("actionRestore"));
    fileOnly << fileMenu->addAction(tr("&Check workspace"), this, &WorkspaceMaintenance::check);
    fileOnly.back()->setObjectName(QStringLiteral("actionCheckWorkspace"));
    fileOnly << fileMenu->addAction(tr("&Protect identities…"), this, [this] {
        if (m_session.isOpen())
            protectIdentities(m_window, m_session.database());
    });
    fileOnly.back()->setObjectName(QStringLiteral("actionProtectIdentities"));
    // A server workspace is backed up and checked by its administrator (pg_dump, see
    // docs/server.md): these work on a workspace file only.
    const auto enableForFiles = [this, fileOnly] {
        for (QAction *action : fileOnly)
            action->setEnabled(!m_session.isServer());
    };
    connect(&m_session, &WorkspaceSession::workspaceChanged, this, enableForFiles);
    enableForFiles();
    // The verdict of the background check, at the right of the window's status bar.
    if (auto *main = qobject_cast<QMainWindow *>(window)) {
        auto *label = new QLabel(main);
        label->setObjectName(QStringLiteral("workspaceCheckLabel"));
        main->statusBar()->addPermanentWidget(label);
        connect(this, &WorkspaceMaintenance::backgroundCheckDone, label,
                [label](const QString &line, bool ok) {
                    label->setText(line);
                    label->setStyleSheet(ok ? QString()
                                            : colours::textStyle(colours::danger, true));
                });
    }
    connect(&m_session, &WorkspaceSession::workspaceChanged, this,
            &WorkspaceMaintenance::checkInBackground);
    checkInBackground();
}

WorkspaceMaintenance::~WorkspaceMaintenance()
{
    waitForCheck();
}

void WorkspaceMaintenance::waitForCheck()
{
    if (m_checkThread.joinable())
        m_checkThread.join();
}

void WorkspaceMaintenance::checkInBackground()
{
    waitForCheck();
    if (!m_session.isOpen())
        return;
    const QString path = m_session.path();
    // A server workspace is the administrator's to check (docs/server.md).
    if (path.isEmpty() || path == QLatin1String(":memory:") || m_session.isServer())
        return;
    const auto clock = m_session.database().clockPointer();
    const QPointer<WorkspaceMaintenance> self(this);
    m_checkThread = std::thread([self, path, clock] {
        QString line;
        bool ok = false;
        try {
            // Its own connection: a QtSql connection belongs to the thread that opened it.
            storage::DatabaseOpenOptions options;
            options.dailyBackup = false;
            options.allowDamaged = true;
            const auto db = storage::Database::openSqlite(path, clock, options);
            const auto result = storage::WorkspaceBackup::check(*db);
            ok = result.ok();
            line = ok ? tr("Workspace checked: whole and sound.")
                      : tr("The workspace check found %n problem(s): stop working in it and "
                           "restore the newest good backup (Berkas > Pulihkan dari cadangan…).",
                           nullptr,
                           std::max(static_cast<int>(result.details.size()),
                                    result.foreignKeyProblems));
        } catch (const storage::StorageError &error) {
            line = tr("The workspace could not be checked: %1").arg(error.message());
        } catch (const std::exception &error) {
            qCWarning(lcGui) << "background check failed:" << error.what();
            line = tr("The workspace could not be checked.");
        }
        qCInfo(lcGui) << "background check of the workspace:" << (ok ? "ok" : "not ok");
        // Back on the GUI thread; nothing when the window is gone by then.
        QMetaObject::invokeMethod(
            QCoreApplication::instance(),
            [self, line, ok] {
                if (self)
                    Q_EMIT self->backgroundCheckDone(line, ok);
            },
            Qt::QueuedConnection);
    });
}

void WorkspaceMaintenance::backUp()
{
    if (!m_session.isOpen())
        return;
    const QFileInfo info(m_session.path());
    const QString suggested = info.absoluteDir().filePath(
        info.completeBaseName() + QStringLiteral("-cadangan-")
        + QDateTime::currentDateTime().toString(QStringLiteral("yyyyMMdd-HHmm"))
        + QStringLiteral(".kvg"));
    const QString path = Dialogs::saveFileName(m_window, tr("Back up the workspace"), suggested,
                                               tr("Konvergensi workspace (*.kvg)"));
    if (path.isEmpty())
        return;
    try {
        storage::WorkspaceBackup::backupTo(m_session.database(), path);
        Dialogs::information(
            m_window, tr("Back up the workspace"),
            tr("The workspace was copied to %1.").arg(QDir::toNativeSeparators(path)));
    } catch (const storage::StorageError &error) {
        Dialogs::error(m_window, tr("Back up the workspace"), error.message());
    }
}

void WorkspaceMaintenance::restore()
{
    if (!m_session.isOpen())
        return;
    const QString current = m_session.path();
    const QString title = tr("Restore from backup");
    const QString backup = Dialogs::openFileName(
        m_window, title, storage::WorkspaceBackup::folderFor(current),
        tr("Konvergensi workspace (*.kvg);;All files (*)"));
    if (backup.isEmpty())
        return;
    const QFileInfo info(current);
    const QString suggested = info.absoluteDir().filePath(info.completeBaseName()
                                                          + QStringLiteral("-pulih.kvg"));
    const QString target = Dialogs::saveFileName(m_window, tr("Restore into a new file"), suggested,
                                                 tr("Konvergensi workspace (*.kvg)"));
    if (target.isEmpty())
        return;
    waitForCheck(); // its own connection to the workspace is closed before any file moves
    try {
        const bool replacing = QFileInfo(target).absoluteFilePath() == info.absoluteFilePath();
        if (replacing) {
            if (!Dialogs::question(m_window, title,
                                   tr("Replace the open workspace with the backup? The current "
                                      "workspace is kept in %1.")
                                       .arg(QDir::toNativeSeparators(
                                           storage::WorkspaceBackup::folderFor(current)))))
                return;
            // Restored beside it first, opened there (closing the current one), then moved
            // over it; the replaced workspace goes to its backup folder.
            const QString scratch = current + QStringLiteral(".pulih-")
                                    + QString::number(QDateTime::currentMSecsSinceEpoch())
                                    + QStringLiteral(".kvg");
            storage::WorkspaceBackup::restore(backup, scratch, false);
            m_session.open(scratch);
            storage::WorkspaceBackup::restore(backup, current, true);
            m_session.open(current);
            for (const QString &suffix :
                 {QString(), QStringLiteral("-wal"), QStringLiteral("-shm")})
                QFile::remove(scratch + suffix);
            QDir(storage::WorkspaceBackup::folderFor(scratch)).removeRecursively();
        } else {
            storage::WorkspaceBackup::restore(backup, target, false);
            m_session.open(target);
        }
        Dialogs::information(m_window, title,
                             tr("The backup was restored as %1 and is open now.")
                                 .arg(QDir::toNativeSeparators(m_session.path())));
    } catch (const storage::StorageError &error) {
        Dialogs::error(m_window, title, error.message());
    }
}

void WorkspaceMaintenance::check()
{
    if (!m_session.isOpen())
        return;
    const auto result = storage::WorkspaceBackup::check(m_session.database());
    if (result.ok()) {
        Dialogs::information(m_window, tr("Check workspace"),
                             tr("The workspace passed the integrity and foreign-key checks."));
        return;
    }
    Dialogs::error(
        m_window, tr("Check workspace"),
        tr("The workspace is DAMAGED (%1 problems). Stop working in it and restore the "
           "newest good backup (Berkas > Pulihkan dari cadangan…). Backups: %2")
            .arg(result.details.size())
            .arg(QDir::toNativeSeparators(storage::WorkspaceBackup::folderFor(m_session.path()))));
}

} // namespace konvergensi::gui

// SPDX-License-Identifier: GPL-3.0-or-later
#include "gui/measurements/child_identity.h"

#include "gui/common/background_task.h"
#include "gui/common/dialogs.h"
#include "gui/common/file_export.h"
#include "gui/common/passphrase_dialog.h"
#include "gui/workspace/workspace_session.h"
#include "reports/report_document.h"
#include "storage/measurements/measurement_repository.h"
#include "storage/storage_error.h"

#include <QCoreApplication>
#include <QFileInfo>

#include <optional>

namespace konvergensi::gui::measurements {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("konvergensi::gui::measurements", text);
}

} // namespace

void showChildIdentity(QWidget *parent, WorkspaceSession &session, qint64 childId,
                       const QString &initials)
{
    if (!Dialogs::question(parent, tr("Show identity"),
                           tr("The name, NIK, parents and address of a child are personal "
                              "data. Your look is recorded in the audit log. Show the "
                              "identity of %1?")
                               .arg(initials)))
        return;
    if (!ensureIdentitiesUnlocked(parent, session.database()))
        return;
    std::optional<storage::ChildIdentity> identity;
    try {
        identity = storage::MeasurementRepository(session.database())
                       .revealIdentity(childId, QStringLiteral("measurements page"));
    } catch (const storage::StorageError &error) {
        Dialogs::error(parent, tr("Show identity"), error.message());
        return;
    }
    if (!identity) {
        Dialogs::error(parent, tr("Show identity"), tr("This child has no identity stored."));
        return;
    }
    const auto orDash = [](const QString &text) {
        return text.trimmed().isEmpty() ? QStringLiteral("—") : text;
    };
    Dialogs::information(parent, tr("Identity of a measured child"),
                         tr("Name: %1\nNIK: %2\nParents: %3\nAddress: %4")
                             .arg(orDash(identity->name), orDash(identity->nik),
                                  orDash(identity->parents), orDash(identity->address)));
}

void exportChildList(QWidget *parent, WorkspaceSession &session, const QString &kind,
                     const std::function<QString(bool withIdentity)> &baseName,
                     const QStringList &suffixes,
                     const std::function<void(storage::Database &, bool withIdentity,
                                              const QString &path, usecases::Progress &)> &write)
{
    const QString title = tr("Export list");
    const bool withIdentity = Dialogs::question(
        parent, title,
        tr("Include the identities (names, NIK, parents, addresses)? They are personal data: "
           "the file will say so and the export is recorded in the audit log. Answer No for "
           "initials only."));
    if (withIdentity && !ensureIdentitiesUnlocked(parent, session.database()))
        return;
    const QString path = FileExport::askSavePath(parent, kind, title, baseName(withIdentity),
                                                 suffixes);
    if (path.isEmpty())
        return;
    try {
        const auto outcome = BackgroundTask::run(
            parent, session, tr("Writing %1").arg(QFileInfo(path).fileName()),
            [&](storage::Database &db, usecases::Progress &progress) {
                write(db, withIdentity, path, progress);
            });
        if (outcome == BackgroundTask::Outcome::Finished)
            FileExport::announceWritten(parent, path);
    } catch (const storage::StorageError &error) {
        Dialogs::error(parent, title, error.message());
    } catch (const reports::ReportError &error) {
        Dialogs::error(parent, title, error.message());
    }
}

} // namespace konvergensi::gui::measurements

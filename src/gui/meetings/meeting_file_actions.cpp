// SPDX-License-Identifier: GPL-3.0-or-later
#include "gui/meetings/meeting_file_actions.h"

#include "gui/common/background_task.h"
#include "gui/common/dialogs.h"
#include "gui/common/file_export.h"
#include "gui/common/print_preview.h"
#include "gui/logging.h"
#include "storage/storage_error.h"
#include "usecases/meetings/meeting_documents.h"

#include <QCoreApplication>

#include <optional>

namespace konvergensi::gui::meetings_ui {

namespace {

/// Runs work through BackgroundTask, saying in a message box what went wrong; true when it
/// finished.
bool run(QWidget *parent, WorkspaceSession &session, const QString &label,
         const BackgroundTask::WorkspaceWork &work, const QString &failureTitle)
{
    try {
        return BackgroundTask::run(parent, session, label, work)
               == BackgroundTask::Outcome::Finished;
    } catch (const storage::StorageError &error) {
        Dialogs::error(parent, failureTitle, error.message());
    } catch (const reports::ReportError &error) {
        Dialogs::error(parent, failureTitle, error.message());
    } catch (const std::exception &error) {
        qCWarning(lcGui) << "meetings: work failed:" << error.what();
        Dialogs::error(parent, failureTitle, QString::fromUtf8(error.what()));
    }
    return false;
}

} // namespace

void previewDocument(QWidget *parent, WorkspaceSession &session, const QString &label,
                     const BuildDocument &build)
{
    std::optional<reports::ReportDocument> document;
    if (run(
            parent, session, label,
            [&](storage::Database &db, usecases::Progress &) { document.emplace(build(db)); },
            QCoreApplication::translate("MeetingFiles", "Print"))
        && document)
        showPrintPreview(parent, *document);
}

QString saveDocumentPdf(QWidget *parent, WorkspaceSession &session, const QString &kind,
                        const QString &caption, const QString &baseName, const BuildDocument &build)
{
    const QString path = FileExport::askSavePath(parent, kind, caption, baseName,
                                                 {QStringLiteral("pdf")});
    if (path.isEmpty())
        return {};
    if (!run(
            parent, session, QCoreApplication::translate("MeetingFiles", "Writing the PDF…"),
            [&](storage::Database &db, usecases::Progress &progress) {
                usecases::meetings::writePdf(build(db), path, progress);
            },
            QCoreApplication::translate("MeetingFiles", "PDF not saved")))
        return {};
    FileExport::announceWritten(parent, path);
    return path;
}

QString runExport(QWidget *parent, WorkspaceSession &session, const QString &kind,
                  const QString &caption, const QString &baseName, const ExportWork &work)
{
    const QString path = FileExport::askSavePath(parent, kind, caption, baseName,
                                                 {QStringLiteral("xlsx"), QStringLiteral("csv")});
    if (path.isEmpty())
        return {};
    if (!run(
            parent, session, QCoreApplication::translate("MeetingFiles", "Exporting…"),
            [&](storage::Database &db, usecases::Progress &progress) { work(db, path, progress); },
            QCoreApplication::translate("MeetingFiles", "Not exported")))
        return {};
    FileExport::announceWritten(parent, path);
    return path;
}

} // namespace konvergensi::gui::meetings_ui

// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "reports/report_document.h"
#include "usecases/progress.h"

#include <QString>

#include <functional>

class QWidget;

namespace konvergensi::storage {
class Database;
}

namespace konvergensi::gui {
class WorkspaceSession;
}

// The meeting module's printed documents and exports from the window: the work runs on a
// worker thread (BackgroundTask) with progress and Batal, the file name is asked through
// FileExport, and the status bar says where a file went.
namespace konvergensi::gui::meetings_ui {

using BuildDocument = std::function<reports::ReportDocument(storage::Database &db)>;
using ExportWork =
    std::function<int(storage::Database &db, const QString &path, usecases::Progress &progress)>;

/// Builds a document (off the GUI thread) and shows it in the print preview.
void previewDocument(QWidget *parent, WorkspaceSession &session, const QString &label,
                     const BuildDocument &build);
/// Asks for a PDF file (the folder last used for `kind`), builds and writes the document;
/// returns the path written, empty when cancelled or refused (after saying why).
QString saveDocumentPdf(QWidget *parent, WorkspaceSession &session, const QString &kind,
                        const QString &caption, const QString &baseName,
                        const BuildDocument &build);
/// Asks for an .xlsx or .csv file and runs the export; returns the path written, or empty.
QString runExport(QWidget *parent, WorkspaceSession &session, const QString &kind,
                  const QString &caption, const QString &baseName, const ExportWork &work);

} // namespace konvergensi::gui::meetings_ui

// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// Small pieces the locus tabs share: tables over a sort proxy that keep their selection,
// and the module's file work (print preview, saving a document, importing a file) run
// through BackgroundTask with FileExport's questions and notices.

#ifndef Q_MOC_RUN
#include "reports/report_document.h"
#include "usecases/locus/locus_documents.h"
#include "usecases/locus/locus_imports.h"
#endif

#include <QString>

#include <initializer_list>

class QAbstractItemModel;
class QLabel;
class QPlainTextEdit;
class QPushButton;
class QTableView;
class QWidget;

namespace konvergensi::gui {
class WorkspaceSession;
}

namespace konvergensi::gui::locus {

QPushButton *makeButton(QWidget *parent, const QString &text, const QString &name);

/// Holds a multi-line text to `maxLength` characters, with `counter` showing "120/500".
void limitLength(QPlainTextEdit *edit, QLabel *counter, int maxLength);

/// A read-only table over `model` through a sort proxy (sorting by SortRole, first by
/// `sortColumn`); long text elided, shown whole in its tooltip. Columns in `stretch` share
/// the width left; the others fit their contents.
QTableView *makeTable(QWidget *parent, const QString &name, QAbstractItemModel *model,
                      int sortColumn, std::initializer_list<int> stretch);
/// The key (KeyRole) of the view's current row; empty when none.
QString currentKey(const QTableView *view);
/// Makes the row with the key current (and selected); false when no row has it.
bool selectKey(QTableView *view, const QString &key);
/// The source model's row of the view's current row; -1 when none.
int currentSourceRow(const QTableView *view);

/// The document in the print preview (paper and orientation from the document).
void previewDocument(QWidget *parent, WorkspaceSession &session,
                     usecases::locus::LocusDocument document, int year, reports::Paper paper);
/// Asks where to save the document as `format`, writes it off the GUI thread (with progress
/// and cancel) and announces the file in the status bar. The path written, or empty.
QString saveDocument(QWidget *parent, WorkspaceSession &session,
                     usecases::locus::LocusDocument document, int year, reports::Paper paper,
                     usecases::locus::FileFormat format);
/// Asks for a file, checks it (every bad row is shown and nothing changes), asks before
/// replacing what the year holds, and imports it off the GUI thread. True when imported.
bool importFile(QWidget *parent, WorkspaceSession &session, usecases::locus::LocusFile kind,
                int year);

} // namespace konvergensi::gui::locus

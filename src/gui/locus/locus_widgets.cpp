// SPDX-License-Identifier: GPL-3.0-or-later
#include "gui/locus/locus_widgets.h"

#include "gui/common/background_task.h"
#include "gui/common/colours.h"
#include "gui/common/dialogs.h"
#include "gui/common/file_export.h"
#include "gui/common/print_preview.h"
#include "gui/language.h"
#include "gui/locus/keyed_table_model.h"
#include "gui/workspace/workspace_session.h"
#include "storage/storage_error.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QHeaderView>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSortFilterProxyModel>
#include <QTableView>
#include <QTextCursor>

#include <algorithm>

namespace konvergensi::gui::locus {

namespace {

QString suffixOf(usecases::locus::FileFormat format)
{
    switch (format) {
    case usecases::locus::FileFormat::Pdf:
        return QStringLiteral("pdf");
    case usecases::locus::FileFormat::Xlsx:
        return QStringLiteral("xlsx");
    case usecases::locus::FileFormat::Csv:
        return QStringLiteral("csv");
    }
    return QStringLiteral("pdf");
}

} // namespace

QPushButton *makeButton(QWidget *parent, const QString &text, const QString &name)
{
    auto *button = new QPushButton(text, parent);
    button->setObjectName(name);
    return button;
}

void limitLength(QPlainTextEdit *edit, QLabel *counter, int maxLength)
{
    const auto update = [edit, counter, maxLength] {
        const QString text = edit->toPlainText();
        if (text.size() > maxLength) {
            const QSignalBlocker blocker(edit);
            QTextCursor cursor = edit->textCursor();
            const int position = std::min<int>(cursor.position(), maxLength);
            edit->setPlainText(text.left(maxLength));
            cursor = edit->textCursor();
            cursor.setPosition(position);
            edit->setTextCursor(cursor);
        }
        counter->setText(QStringLiteral("%1/%2").arg(edit->toPlainText().size()).arg(maxLength));
    };
    QObject::connect(edit, &QPlainTextEdit::textChanged, counter, update);
    counter->setAlignment(Qt::AlignRight);
    counter->setStyleSheet(colours::textStyle(colours::muted));
    update();
}

QTableView *makeTable(QWidget *parent, const QString &name, QAbstractItemModel *model,
                      int sortColumn, std::initializer_list<int> stretch)
{
    auto *view = new QTableView(parent);
    view->setObjectName(name);
    auto *proxy = new QSortFilterProxyModel(view);
    proxy->setObjectName(name + QStringLiteral("Proxy"));
    proxy->setSourceModel(model);
    proxy->setSortRole(SortRole);
    proxy->setSortCaseSensitivity(Qt::CaseInsensitive);
    proxy->setDynamicSortFilter(true);
    view->setModel(proxy);
    view->setSortingEnabled(true);
    view->sortByColumn(sortColumn, Qt::AscendingOrder);
    view->setSelectionBehavior(QAbstractItemView::SelectRows);
    view->setSelectionMode(QAbstractItemView::SingleSelection);
    view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    view->setAlternatingRowColors(true);
    view->setWordWrap(false);
    view->setTextElideMode(Qt::ElideRight);
    view->verticalHeader()->setVisible(false);
    view->horizontalHeader()->setHighlightSections(false);
    view->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    for (const int column : stretch)
        view->horizontalHeader()->setSectionResizeMode(column, QHeaderView::Stretch);
    return view;
}

QString currentKey(const QTableView *view)
{
    const QModelIndex index = view->currentIndex();
    return index.isValid() ? index.siblingAtColumn(0).data(KeyRole).toString() : QString();
}

int currentSourceRow(const QTableView *view)
{
    const QModelIndex index = view->currentIndex();
    if (!index.isValid())
        return -1;
    const auto *proxy = qobject_cast<const QSortFilterProxyModel *>(view->model());
    return proxy ? proxy->mapToSource(index).row() : index.row();
}

bool selectKey(QTableView *view, const QString &key)
{
    if (key.isEmpty())
        return false;
    QAbstractItemModel *model = view->model();
    for (int row = 0; row < model->rowCount(); ++row) {
        const QModelIndex index = model->index(row, 0);
        if (index.data(KeyRole).toString() == key) {
            view->setCurrentIndex(index);
            view->selectRow(row);
            view->scrollTo(index);
            return true;
        }
    }
    return false;
}

void previewDocument(QWidget *parent, WorkspaceSession &session,
                     usecases::locus::LocusDocument document, int year, reports::Paper paper)
{
    showPrintPreview(parent, usecases::locus::buildDocument(session.database(), document, year,
                                                            paper, LanguageSetup::current()));
}

QString saveDocument(QWidget *parent, WorkspaceSession &session,
                     usecases::locus::LocusDocument document, int year, reports::Paper paper,
                     usecases::locus::FileFormat format)
{
    const bool attachment = document == usecases::locus::LocusDocument::Attachment;
    const QString path = FileExport::askSavePath(
        parent, attachment ? QStringLiteral("locus-list") : QStringLiteral("locus-scorecards"),
        attachment ? QCoreApplication::translate("LocusFiles", "Save the locus list")
                   : QCoreApplication::translate("LocusFiles", "Save the scorecard summary"),
        usecases::locus::suggestedBaseName(document, year), {suffixOf(format)});
    if (path.isEmpty())
        return {};
    const core::Language language = LanguageSetup::current();
    try {
        const auto outcome = BackgroundTask::run(
            parent, session,
            QCoreApplication::translate("LocusFiles", "Writing %1…")
                .arg(QFileInfo(path).fileName()),
            [&](storage::Database &db, usecases::Progress &progress) {
                usecases::locus::writeDocument(db, document, year, format, paper, language, path,
                                               progress);
            });
        if (outcome == BackgroundTask::Outcome::Cancelled)
            return {};
    } catch (const reports::ReportError &error) {
        Dialogs::error(parent, QCoreApplication::translate("LocusFiles", "Not saved"),
                       error.message());
        return {};
    } catch (const storage::StorageError &error) {
        Dialogs::error(parent, QCoreApplication::translate("LocusFiles", "Not saved"),
                       error.message());
        return {};
    }
    FileExport::announceWritten(parent, path);
    return path;
}

bool importFile(QWidget *parent, WorkspaceSession &session, usecases::locus::LocusFile kind,
                int year)
{
    using usecases::locus::LocusFile;
    const bool list = kind == LocusFile::List;
    const QString path = FileExport::askOpenPath(
        parent, list ? QStringLiteral("locus-import") : QStringLiteral("scorecard-import"),
        list ? QCoreApplication::translate("LocusFiles", "Import a locus list")
             : QCoreApplication::translate("LocusFiles", "Import scorecards"),
        QCoreApplication::translate("LocusFiles", "Tables (*.xlsx *.csv *.txt);;All files (*)"));
    if (path.isEmpty())
        return false;
    io::LocusImportReport checked;
    io::LocusImportReport report;
    try {
        if (BackgroundTask::run(parent, session,
                                QCoreApplication::translate("LocusFiles", "Checking %1…")
                                    .arg(QFileInfo(path).fileName()),
                                [&](storage::Database &db, usecases::Progress &progress) {
                                    checked = usecases::locus::checkImport(db, kind, year, path,
                                                                           progress);
                                })
            == BackgroundTask::Outcome::Cancelled)
            return false;
        if (!checked.ok()) {
            Dialogs::warning(parent, QCoreApplication::translate("LocusFiles", "Nothing imported"),
                             QCoreApplication::translate(
                                 "LocusFiles", "Nothing was imported; the workspace is unchanged.")
                                 + u"\n\n" + usecases::locus::importProblemsText(checked));
            return false;
        }
        if (checked.replaced > 0) {
            const QString question =
                list ? QCoreApplication::translate(
                           "LocusFiles",
                           "%1 already has a list of %2 villages. Replace it with the %3 villages "
                           "of the file?")
                           .arg(year)
                           .arg(checked.replaced)
                           .arg(checked.villages)
                     : QCoreApplication::translate(
                           "LocusFiles",
                           "The file replaces the %1 scorecards of %2 that some of its %3 villages "
                           "have already. Go on?")
                           .arg(checked.replaced)
                           .arg(year)
                           .arg(checked.villages);
            if (!Dialogs::question(
                    parent,
                    list ? QCoreApplication::translate("LocusFiles", "Replace the list")
                         : QCoreApplication::translate("LocusFiles", "Replace scorecards"),
                    question))
                return false;
        }
        if (BackgroundTask::run(parent, session,
                                QCoreApplication::translate("LocusFiles", "Importing %1…")
                                    .arg(QFileInfo(path).fileName()),
                                [&](storage::Database &db, usecases::Progress &progress) {
                                    report = usecases::locus::runImport(
                                        db, kind, year, path, progress, checked.replaced > 0);
                                })
            == BackgroundTask::Outcome::Cancelled) {
            Dialogs::information(
                parent, QCoreApplication::translate("LocusFiles", "Import cancelled"),
                QCoreApplication::translate(
                    "LocusFiles", "The import was cancelled; the workspace is unchanged."));
            return false;
        }
    } catch (const storage::StorageError &error) {
        Dialogs::warning(parent, QCoreApplication::translate("LocusFiles", "Nothing imported"),
                         error.message());
        return false;
    }
    if (report.refusedExisting) {
        Dialogs::warning(parent, QCoreApplication::translate("LocusFiles", "Nothing imported"),
                         QCoreApplication::translate(
                             "LocusFiles", "Meanwhile someone else saved a list of %1 villages "
                                           "for %2. Nothing was imported; look at that list, "
                                           "then import again.")
                             .arg(report.replaced)
                             .arg(year));
        return false;
    }
    if (!report.applied) {
        Dialogs::warning(parent, QCoreApplication::translate("LocusFiles", "Nothing imported"),
                         QCoreApplication::translate(
                             "LocusFiles", "Nothing was imported; the workspace is unchanged.")
                             + u"\n\n" + usecases::locus::importProblemsText(report));
        return false;
    }
    session.notifyChanged(usecases::Topic::Locus);
    Dialogs::information(
        parent,
        list ? QCoreApplication::translate("LocusFiles", "List imported")
             : QCoreApplication::translate("LocusFiles", "Scorecards imported"),
        list ? QCoreApplication::translate("LocusFiles", "%n locus village(s) imported for %1.",
                                           nullptr, report.villages)
                   .arg(year)
             : QCoreApplication::translate("LocusFiles",
                                           "Scorecards of %n village(s) imported for %1.", nullptr,
                                           report.villages)
                   .arg(year));
    return true;
}

} // namespace konvergensi::gui::locus

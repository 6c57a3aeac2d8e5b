// SPDX-License-Identifier: GPL-3.0-or-later
#include "gui/locus/locus_list_tab.h"

#include "gui/common/attachments_widget.h"
#include "gui/common/date_edit.h"
#include "gui/common/dialogs.h"
#include "gui/common/reload_when_shown.h"
#include "gui/locus/decree_dialog.h"
#include "gui/locus/locus_entry_dialog.h"
#include "gui/locus/locus_list_model.h"
#include "gui/locus/locus_widgets.h"
#include "gui/workspace/workspace_session.h"
#include "qtsupport/dates.h"
#include "qtsupport/text.h"

#include "storage/database.h"
#include "storage/document_store.h"
#include "storage/locus/locus_repository.h"
#include "storage/storage_error.h"
#include "usecases/locus/locus_lists.h"
#include "usecases/locus/locus_report_data.h"

#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QMenu>
#include <QPushButton>
#include <QTableView>
#include <QVBoxLayout>

namespace konvergensi::gui::locus {

using usecases::locus::FileFormat;
using usecases::locus::LocusDocument;

LocusListTab::LocusListTab(WorkspaceSession &session, QWidget *parent)
    : QWidget(parent)
    , m_session(session)
    , m_model(new LocusListModel(this))
{
    setObjectName(QStringLiteral("locusListTab"));
    auto *layout = new QVBoxLayout(this);
    m_view = makeTable(this, QStringLiteral("locusListView"), m_model, LocusListModel::RankColumn,
                       {LocusListModel::ReasonColumn});
    layout->addWidget(m_view, 1);

    auto *buttons = new QHBoxLayout;
    m_upButton = makeButton(this, tr("Move &up"), QStringLiteral("locusUpButton"));
    m_downButton = makeButton(this, tr("Move &down"), QStringLiteral("locusDownButton"));
    m_editButton = makeButton(this, tr("&Edit entry…"), QStringLiteral("locusEditEntryButton"));
    m_editButton->setToolTip(tr("The reason and the numbers behind the selected village"));
    m_removeButton = makeButton(this, tr("&Remove from list…"),
                                QStringLiteral("locusRemoveButton"));
    auto *import = makeButton(this, tr("&Import…"), QStringLiteral("locusImportMenuButton"));
    auto *importMenu = new QMenu(import);
    QAction *importList = importMenu->addAction(tr("A locus list (CSV, XLSX)…"));
    importList->setObjectName(QStringLiteral("locusImportListAction"));
    QAction *importCards = importMenu->addAction(tr("Scorecards of the year (CSV, XLSX)…"));
    importCards->setObjectName(QStringLiteral("locusImportScorecardsAction"));
    import->setMenu(importMenu);
    auto *print = makeButton(this, tr("&Print…"), QStringLiteral("locusPrintButton"));
    print->setToolTip(tr("The list as the attachment to the regent's decree"));
    auto *save = makeButton(this, tr("&Save as…"), QStringLiteral("locusSaveMenuButton"));
    auto *saveMenu = new QMenu(save);
    const auto addSave = [&](const QString &text, const QString &name, FileFormat format) {
        QAction *action = saveMenu->addAction(text);
        action->setObjectName(name);
        connect(action, &QAction::triggered, this,
                [this, format] { saveList(static_cast<int>(format)); });
    };
    addSave(tr("PDF (the decree's attachment)…"), QStringLiteral("locusPdfAction"),
            FileFormat::Pdf);
    addSave(tr("Excel workbook (XLSX)…"), QStringLiteral("locusXlsxAction"), FileFormat::Xlsx);
    addSave(tr("CSV…"), QStringLiteral("locusCsvAction"), FileFormat::Csv);
    save->setMenu(saveMenu);
    for (QPushButton *button : {m_upButton, m_downButton, m_editButton, m_removeButton})
        buttons->addWidget(button);
    buttons->addStretch(1);
    buttons->addWidget(import);
    buttons->addWidget(print);
    buttons->addWidget(save);
    layout->addLayout(buttons);

    auto *decreeBox = new QGroupBox(tr("Regent's decree (SK Bupati)"), this);
    auto *decreeLayout = new QHBoxLayout(decreeBox);
    m_decreeLabel = new QLabel(decreeBox);
    m_decreeLabel->setObjectName(QStringLiteral("decreeLabel"));
    m_decreeLabel->setWordWrap(true);
    decreeLayout->addWidget(m_decreeLabel, 1);
    auto *decree = makeButton(decreeBox, tr("Decree and &documents…"),
                              QStringLiteral("decreeButton"));
    decreeLayout->addWidget(decree);
    layout->addWidget(decreeBox);

    connect(m_upButton, &QPushButton::clicked, this, [this] { moveSelectedVillage(-1); });
    connect(m_downButton, &QPushButton::clicked, this, [this] { moveSelectedVillage(1); });
    connect(m_editButton, &QPushButton::clicked, this, &LocusListTab::editSelectedEntry);
    connect(m_view, &QTableView::doubleClicked, this, &LocusListTab::editSelectedEntry);
    connect(m_removeButton, &QPushButton::clicked, this, &LocusListTab::removeSelectedVillage);
    connect(importList, &QAction::triggered, this, &LocusListTab::importList);
    connect(importCards, &QAction::triggered, this, &LocusListTab::importScorecards);
    connect(print, &QPushButton::clicked, this, &LocusListTab::printList);
    connect(decree, &QPushButton::clicked, this, &LocusListTab::editDecree);
    m_reloader = ReloadWhenShown::attach(this, session,
                                         usecases::Topic::Locus | usecases::Topic::Regions
                                             | usecases::Topic::Documents,
                                         [this] { reload(); });
}

void LocusListTab::setYear(int year)
{
    if (year == m_year)
        return;
    m_year = year;
    m_reloader->requestReload();
}

void LocusListTab::reload()
{
    if (!m_session.isOpen())
        return;
    const reports::LocusListData list = usecases::locus::loadLocusListData(m_session.database(),
                                                                           m_year);
    const QString key = currentKey(m_view);
    m_model->setRows(list.rows);
    selectKey(m_view, key);
    const bool any = !list.rows.empty();
    for (QPushButton *button : {m_upButton, m_downButton, m_editButton, m_removeButton})
        button->setEnabled(any);

    QStringList parts;
    if (list.decree && !list.decree->number.empty()) {
        parts << tr("No %1").arg(qs(list.decree->number).toHtmlEscaped());
        if (list.decree->date)
            parts << DateEdit::displayText(toQDate(*list.decree->date));
        if (!list.decree->signedBy.empty())
            parts << tr("signed by %1").arg(qs(list.decree->signedBy).toHtmlEscaped());
    }
    const int documents = list.decree ? static_cast<int>(
                              storage::DocumentStore(m_session.database())
                                  .list(storage::LocusRepository::kDecreeOwnerType, list.decree->id)
                                  .size())
                                      : 0;
    parts << tr("%n document(s) kept", nullptr, documents);
    m_decreeLabel->setText(
        parts.size() > 1
            ? parts.join(QStringLiteral("; "))
            : tr("No decree recorded for %1 yet; %2.").arg(m_year).arg(parts.constFirst()));
}

void LocusListTab::editSelectedEntry()
{
    const reports::LocusListRow *row = m_model->row(currentSourceRow(m_view));
    if (!row)
        return;
    const auto entry = usecases::locus::findEntry(m_session.database(), m_year, row->entry.id);
    if (!entry)
        return;
    LocusEntryDialog dialog(m_session, *entry, row->villageName, this);
    dialog.exec();
}

void LocusListTab::removeSelectedVillage()
{
    const reports::LocusListRow *row = m_model->row(currentSourceRow(m_view));
    if (!row)
        return;
    if (!Dialogs::question(this, tr("Remove from the list"),
                           tr("Remove %1 from the locus list of %2? The villages below move up "
                              "one rank.")
                               .arg(row->villageName)
                               .arg(m_year)))
        return;
    try {
        usecases::locus::removeEntry(m_session.database(), row->entry.id, row->entry.rowVersion);
    } catch (const storage::StorageError &error) {
        Dialogs::warning(this, tr("Not removed"), error.message());
    }
    m_session.notifyChanged(usecases::Topic::Locus);
}

void LocusListTab::moveSelectedVillage(int direction)
{
    const reports::LocusListRow *row = m_model->row(currentSourceRow(m_view));
    if (!row)
        return;
    try {
        usecases::locus::moveEntry(m_session.database(), row->entry.id, direction);
    } catch (const storage::StorageError &error) {
        Dialogs::warning(this, tr("Not moved"), error.message());
    }
    m_session.notifyChanged(usecases::Topic::Locus);
}

void LocusListTab::importList()
{
    importFile(this, m_session, usecases::locus::LocusFile::List, m_year);
}

void LocusListTab::importScorecards()
{
    importFile(this, m_session, usecases::locus::LocusFile::Scorecards, m_year);
}

void LocusListTab::editDecree()
{
    DecreeDialog dialog(m_session, usecases::locus::decreeOf(m_session.database(), m_year), this);
    connect(dialog.attachments(), &AttachmentsWidget::attachmentsChanged, this,
            [this] { m_reloader->requestReload(); });
    dialog.exec();
}

void LocusListTab::printList()
{
    previewDocument(this, m_session, LocusDocument::Attachment, m_year, m_paper);
}

void LocusListTab::saveList(int format)
{
    saveDocument(this, m_session, LocusDocument::Attachment, m_year, m_paper,
                 static_cast<FileFormat>(format));
}

} // namespace konvergensi::gui::locus

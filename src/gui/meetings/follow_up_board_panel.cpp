// SPDX-License-Identifier: GPL-3.0-or-later
#include "gui/meetings/follow_up_board_panel.h"

#include "gui/common/colours.h"
#include "gui/common/date_edit.h"
#include "gui/common/dialogs.h"
#include "gui/language.h"
#include "gui/logging.h"
#include "gui/meetings/follow_up_board_model.h"
#include "gui/meetings/follow_up_dialog.h"
#include "gui/meetings/follow_up_done_dialog.h"
#include "gui/meetings/meeting_file_actions.h"
#include "gui/meetings/meeting_widgets.h"
#include "gui/workspace/workspace_session.h"
#include "qtsupport/dates.h"
#include "qtsupport/text.h"
#include "reports/followups/follow_up_words.h"
#include "storage/directory/directory_repository.h"
#include "storage/storage_error.h"
#include "usecases/followups/follow_up_registers.h"
#include "usecases/followups/follow_up_work.h"
#include "usecases/meetings/meeting_documents.h"
#include "usecases/meetings/meeting_exports.h"
#include "usecases/workspace/workspace_rights.h"

#include "core/clock.h"

#include <QCheckBox>
#include <QComboBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QPointer>
#include <QPushButton>
#include <QSignalBlocker>
#include <QSortFilterProxyModel>
#include <QTableView>
#include <QTimer>
#include <QVBoxLayout>

namespace konvergensi::gui {

namespace followups = usecases::followups;

FollowUpBoardPanel::FollowUpBoardPanel(WorkspaceSession &session, QWidget *parent)
    : QWidget(parent)
    , m_session(session)
    , m_opdCombo(new QComboBox(this))
    , m_statusCombo(new QComboBox(this))
    , m_overdueCheck(new QCheckBox(tr("&Overdue only"), this))
    , m_dueCheck(new QCheckBox(tr("&Due between"), this))
    , m_dueFromEdit(new DateEdit(this))
    , m_dueToEdit(new DateEdit(this))
    , m_overdueLabel(new QLabel(this))
    , m_model(new FollowUpBoardModel(this))
    , m_proxy(new QSortFilterProxyModel(this))
    , m_view(meetings_ui::makeTable(this, QStringLiteral("followUpTableView"), true))
{
    setObjectName(QStringLiteral("followUpBoardPanel"));
    auto *layout = new QVBoxLayout(this);
    auto *filters = new QHBoxLayout;
    m_opdCombo->setObjectName(QStringLiteral("opdFilterComboBox"));
    m_statusCombo->setObjectName(QStringLiteral("statusFilterComboBox"));
    m_statusCombo->addItem(tr("All statuses"), -1);
    m_statusCombo->addItem(tr("Not yet done"), -2);
    for (const core::FollowUpStatus status : core::allFollowUpStatuses())
        m_statusCombo->addItem(reports::followUpStatusName(status), static_cast<int>(status));
    m_overdueCheck->setObjectName(QStringLiteral("overdueOnlyCheckBox"));
    m_dueCheck->setObjectName(QStringLiteral("dueRangeCheckBox"));
    const QDate today = toQDate(m_session.clock().today());
    m_dueFromEdit->setObjectName(QStringLiteral("dueFromDateEdit"));
    m_dueFromEdit->setDate(QDate(today.year(), 1, 1));
    m_dueToEdit->setObjectName(QStringLiteral("dueToDateEdit"));
    m_dueToEdit->setDate(QDate(today.year(), 12, 31));
    filters->addWidget(new QLabel(tr("Responsible:"), this));
    filters->addWidget(m_opdCombo);
    filters->addWidget(m_statusCombo);
    filters->addWidget(m_overdueCheck);
    filters->addSpacing(12);
    filters->addWidget(m_dueCheck);
    filters->addWidget(m_dueFromEdit);
    filters->addWidget(new QLabel(tr("and"), this));
    filters->addWidget(m_dueToEdit);
    filters->addStretch(1);
    layout->addLayout(filters);

    m_overdueLabel->setObjectName(QStringLiteral("overdueCountLabel"));
    layout->addWidget(m_overdueLabel);

    m_proxy->setSourceModel(m_model);
    m_proxy->setSortRole(FollowUpBoardModel::SortRole);
    m_view->setModel(m_proxy);
    m_view->sortByColumn(FollowUpBoardModel::DueColumn, Qt::AscendingOrder);
    // Issue #15: the follow-up's text gets the room (it was cut to ~17 characters).
    QHeaderView *header = m_view->horizontalHeader();
    meetings_ui::fitColumnToHeader(m_view, FollowUpBoardModel::DoneColumn);
    header->resizeSection(FollowUpBoardModel::DueColumn,
                          header->fontMetrics().horizontalAdvance(QStringLiteral("30 Sep 2024"))
                              + 34);
    header->resizeSection(FollowUpBoardModel::StatusColumn, 140);
    header->setSectionResizeMode(FollowUpBoardModel::ActionColumn, QHeaderView::Stretch);
    header->resizeSection(FollowUpBoardModel::ResponsibleColumn, 150);
    // The register column is narrow ("Rapat TPPS"): the follow-up keeps the room it had.
    header->resizeSection(FollowUpBoardModel::RegisterColumn,
                          header->fontMetrics().horizontalAdvance(QStringLiteral("Rapat TPPS"))
                              + 16);
    header->resizeSection(FollowUpBoardModel::MeetingColumn, 160);
    header->resizeSection(FollowUpBoardModel::NotesColumn, 120);
    layout->addWidget(m_view, 1);

    auto *buttons = new QHBoxLayout;
    m_markDoneButton = meetings_ui::makeButton(this, tr("Mark &done…"),
                                               QStringLiteral("markDoneButton"));
    m_editButton = meetings_ui::makeButton(this, tr("&Edit follow-up…"),
                                           QStringLiteral("editFollowUpButton"));
    auto *report = meetings_ui::makeButton(this, tr("Follow-up &report…"),
                                           QStringLiteral("followUpReportButton"));
    auto *exportButton = meetings_ui::makeButton(this, tr("E&xport…"),
                                                 QStringLiteral("exportFollowUpsButton"));
    buttons->addWidget(m_markDoneButton);
    buttons->addWidget(m_editButton);
    buttons->addSpacing(16);
    buttons->addWidget(report);
    buttons->addWidget(exportButton);
    buttons->addStretch(1);
    layout->addLayout(buttons);

    connect(m_markDoneButton, &QPushButton::clicked, this,
            &FollowUpBoardPanel::markSelectedFollowUpDone);
    connect(m_editButton, &QPushButton::clicked, this, &FollowUpBoardPanel::editSelectedFollowUp);
    connect(m_view, &QTableView::doubleClicked, this, [this](const QModelIndex &index) {
        if (index.column() != FollowUpBoardModel::DoneColumn)
            editSelectedFollowUp();
    });
    connect(report, &QPushButton::clicked, this, &FollowUpBoardPanel::printFollowUpReport);
    connect(exportButton, &QPushButton::clicked, this, [this] { exportFollowUps(); });
    connect(m_model, &FollowUpBoardModel::doneToggled, this, [this](std::int64_t id, bool done) {
        // After the view has finished with the click.
        QTimer::singleShot(0, this, [this, id, done] {
            if (done)
                markDone(id);
            else
                takeBackDone(id);
        });
    });
    for (QComboBox *combo : {m_opdCombo, m_statusCombo})
        connect(combo, &QComboBox::currentIndexChanged, this, &FollowUpBoardPanel::reloadList);
    for (QCheckBox *check : {m_overdueCheck, m_dueCheck})
        connect(check, &QCheckBox::toggled, this, &FollowUpBoardPanel::reloadList);
    for (DateEdit *edit : {m_dueFromEdit, m_dueToEdit})
        connect(edit, &DateEdit::dateChanged, this, [this](const QDate &date) {
            if (date.isValid())
                reloadList();
        });
    connect(m_view->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            &FollowUpBoardPanel::updateButtons);
    // Another workspace: a dialog open on a follow-up of this one closes.
    connect(&m_session, &WorkspaceSession::workspaceChanged, this, [this] {
        for (SaveDialog *dialog : findChildren<SaveDialog *>()) {
            if (dialog->isVisible())
                dialog->discardUnsavedWork();
        }
    });
    // A login that may not change a register's follow-ups is not offered their check box.
    const auto followRights = [this] {
        const auto &rights = m_session.rights();
        m_model->setTickable(rights.mayEdit(usecases::workspace::WorkArea::Meetings),
                             rights.mayEdit(usecases::workspace::WorkArea::CaseAudit));
    };
    connect(&m_session, &WorkspaceSession::rightsChanged, this, followRights);
    followRights();
    updateButtons();
}

void FollowUpBoardPanel::reload()
{
    reloadFilterChoices();
    reloadList();
}

void FollowUpBoardPanel::reloadFilterChoices()
{
    const QVariant keep = m_opdCombo->currentData();
    const QSignalBlocker blocker(m_opdCombo);
    m_opdCombo->clear();
    m_opdCombo->addItem(tr("All OPD"), QVariant());
    if (m_session.isOpen()) {
        try {
            for (const core::Opd &opd : m_session.directory().opds())
                m_opdCombo->addItem(qs(opd.shortName),
                                    QVariant::fromValue(static_cast<qlonglong>(opd.id)));
        } catch (const storage::StorageError &) {
            qCWarning(lcGui) << "follow-up board: OPD not read";
        }
    }
    m_opdCombo->setCurrentIndex(std::max(m_opdCombo->findData(keep), 0));
}

storage::FollowUpFilter FollowUpBoardPanel::filter() const
{
    storage::FollowUpFilter filter;
    if (const QVariant opd = m_opdCombo->currentData(); opd.isValid())
        filter.responsibleOpdId = opd.toLongLong();
    const int status = m_statusCombo->currentData().toInt();
    if (status == -2)
        filter.pendingOnly = true;
    else if (status >= 0)
        filter.status = static_cast<core::FollowUpStatus>(status);
    filter.overdueOnly = m_overdueCheck->isChecked();
    if (m_dueCheck->isChecked()) {
        filter.dueFrom = toGregorian(m_dueFromEdit->date());
        filter.dueTo = toGregorian(m_dueToEdit->date());
    }
    return filter;
}

void FollowUpBoardPanel::reloadList()
{
    m_dueFromEdit->setEnabled(m_dueCheck->isChecked());
    m_dueToEdit->setEnabled(m_dueCheck->isChecked());
    std::vector<storage::FollowUpEntry> entries;
    int overdue = 0;
    if (m_session.isOpen()) {
        try {
            entries = followups::list(m_session.database(), followups::Register::Meetings,
                                      filter());
            overdue = followups::overdueCount(m_session.database(), followups::Register::Meetings);
        } catch (const storage::StorageError &error) {
            Dialogs::error(this, tr("Follow-ups"), error.message());
        }
    }
    m_model->setEntries(std::move(entries));
    m_overdueCount = overdue;
    const int shown = m_model->overdueCount();
    const int listed = m_model->rowCount();
    m_overdueLabel->setText(
        overdue == 0 ? tr("No follow-up is overdue.")
                     : tr("Overdue follow-ups: %n (shown here: %1 of %2).", nullptr, overdue)
                           .arg(shown)
                           .arg(listed));
    m_overdueLabel->setStyleSheet(overdue == 0 ? QString()
                                               : colours::textStyle(colours::danger, true));
    updateButtons();
    Q_EMIT overdueCountRead(overdue);
}

void FollowUpBoardPanel::updateButtons()
{
    const auto *entry = m_model->entryAt(m_model->rowOf(selectedFollowUpId()));
    m_markDoneButton->setEnabled(entry && core::isPending(entry->followUp.status));
    m_editButton->setEnabled(entry != nullptr);
}

std::int64_t FollowUpBoardPanel::selectedFollowUpId() const
{
    const QModelIndex index = m_view->currentIndex();
    if (!index.isValid())
        return 0;
    const auto *entry = m_model->entryAt(m_proxy->mapToSource(index).row());
    return entry ? entry->followUp.id : 0;
}

void FollowUpBoardPanel::selectFollowUp(std::int64_t id)
{
    const int row = m_model->rowOf(id);
    if (row < 0)
        return;
    const QModelIndex index = m_proxy->mapFromSource(
        m_model->index(row, FollowUpBoardModel::ActionColumn));
    m_view->setCurrentIndex(index);
}

void FollowUpBoardPanel::changed()
{
    m_session.notifyChanged(usecases::Topic::FollowUps | usecases::Topic::Meetings);
}

void FollowUpBoardPanel::markDone(std::int64_t followUpId)
{
    const auto *entry = m_model->entryAt(m_model->rowOf(followUpId));
    if (!entry || !core::isPending(entry->followUp.status))
        return;
    const int rowVersion = entry->followUp.rowVersion;
    QPointer<FollowUpDoneDialog> dialog = new FollowUpDoneDialog(
        entry->followUp, toQDate(m_session.clock().today()),
        [this, followUpId, rowVersion](const boost::gregorian::date &doneOn) {
            followups::markDone(m_session.database(), followUpId, rowVersion, doneOn);
        },
        this);
    const int result = dialog->exec();
    delete dialog;
    if (result == QDialog::Accepted)
        changed();
}

void FollowUpBoardPanel::takeBackDone(std::int64_t followUpId)
{
    const auto *entry = m_model->entryAt(m_model->rowOf(followUpId));
    if (!entry || entry->followUp.status != core::FollowUpStatus::Done)
        return;
    try {
        followups::reopen(m_session.database(), followUpId, entry->followUp.rowVersion);
    } catch (const storage::StorageError &error) {
        Dialogs::warning(this, tr("Follow-up not changed"), error.message());
    }
    changed();
}

void FollowUpBoardPanel::markSelectedFollowUpDone()
{
    if (const std::int64_t id = selectedFollowUpId())
        markDone(id);
}

void FollowUpBoardPanel::editSelectedFollowUp()
{
    const auto *entry = m_model->entryAt(m_model->rowOf(selectedFollowUpId()));
    if (!entry)
        return;
    storage::Database &db = m_session.database();
    const std::int64_t id = entry->followUp.id;
    QPointer<FollowUpDialog> dialog;
    try {
        dialog = new FollowUpDialog(entry->followUp, m_session.directory().opds(),
                                    entry->meetingDate, m_session.clock().today(), this);
    } catch (const storage::StorageError &error) {
        Dialogs::error(this, tr("Follow-ups"), error.message());
        return;
    }
    dialog->setSaver([&db](const core::FollowUp &edited) { return followups::save(db, edited); });
    dialog->setReloader([&db, id] { return storage::FollowUpRepository(db).find(id); });
    const int result = dialog->exec();
    delete dialog;
    if (result == QDialog::Accepted)
        changed();
}

void FollowUpBoardPanel::printFollowUpReport()
{
    const core::Language language = LanguageSetup::current();
    auto request = usecases::meetings::FollowUpReportRequest{};
    const bool range = m_dueCheck->isChecked() && m_dueFromEdit->date().isValid()
                       && m_dueToEdit->date().isValid();
    if (range) {
        request.from = *toGregorian(m_dueFromEdit->date());
        request.to = *toGregorian(m_dueToEdit->date());
    }
    if (const QVariant opd = m_opdCombo->currentData(); opd.isValid())
        request.responsibleOpdId = opd.toLongLong();
    meetings_ui::previewDocument(this, m_session, tr("Preparing the follow-up report…"),
                                 [request, range, language](storage::Database &db) {
                                     auto asked = request;
                                     if (!range) {
                                         const auto year = usecases::meetings::currentYear(db);
                                         asked.from = year.from;
                                         asked.to = year.to;
                                     }
                                     return usecases::meetings::followUpReport(db, asked, language);
                                 });
}

QString FollowUpBoardPanel::exportFollowUps()
{
    const storage::FollowUpFilter selected = filter();
    return meetings_ui::runExport(
        this, m_session, QStringLiteral("follow-ups-export"), tr("Export the follow-ups"),
        tr("follow-ups"),
        [selected](storage::Database &db, const QString &path, usecases::Progress &progress) {
            return usecases::meetings::exportFollowUps(db, selected, path, progress);
        });
}

} // namespace konvergensi::gui

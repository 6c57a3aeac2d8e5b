// SPDX-License-Identifier: GPL-3.0-or-later
#include "gui/actions/action_detail_tab.h"

#include "gui/actions/action_dialogs.h"
#include "gui/actions/action_models.h"
#include "gui/actions/action_views.h"
#include "gui/actions/action_widgets.h"
#include "gui/common/attachments_widget.h"
#include "gui/common/date_edit.h"
#include "gui/common/dialogs.h"
#include "gui/language.h"
#include "gui/workspace/workspace_session.h"
#include "qtsupport/dates.h"
#include "qtsupport/text.h"
#include "reports/actions/action_report.h"
#include "storage/actions/action_repository.h"
#include "storage/database.h"
#include "storage/directory/directory_repository.h"
#include "storage/meetings/meeting_repository.h"
#include "storage/storage_error.h"
#include "usecases/actions/action_checklist.h"

#include <QComboBox>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QListView>
#include <QPushButton>
#include <QSignalBlocker>
#include <QSplitter>
#include <QTableView>
#include <QVBoxLayout>

namespace konvergensi::gui {

ActionDetailTab::ActionDetailTab(WorkspaceSession &session, QWidget *parent)
    : QWidget(parent)
    , m_session(session)
{
    auto *layout = new QVBoxLayout(this);
    auto *top = new QHBoxLayout;
    auto *actionLabel = new QLabel(tr("&Action:"), this);
    m_actionCombo = new QComboBox(this);
    m_actionCombo->setObjectName(QStringLiteral("actionComboBox"));
    m_actionCombo->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_actionCombo->setMinimumContentsLength(40);
    actionLabel->setBuddy(m_actionCombo);
    m_editActionButton = makeActionButton(this, tr("Edit action…"),
                                          QStringLiteral("editActionButton"));
    top->addWidget(actionLabel);
    top->addWidget(m_actionCombo, 1);
    top->addWidget(m_editActionButton);
    layout->addLayout(top);
    m_actionInfo = new QLabel(this);
    m_actionInfo->setObjectName(QStringLiteral("actionInfoLabel"));
    m_actionInfo->setWordWrap(true);
    m_actionInfo->setTextFormat(Qt::RichText);
    layout->addWidget(m_actionInfo);

    auto *splitter = new QSplitter(Qt::Vertical, this);
    auto *outputsPane = new QWidget(splitter);
    auto *outputsLayout = new QVBoxLayout(outputsPane);
    outputsLayout->setContentsMargins(0, 0, 0, 0);
    m_outputModel = new ActionOutputModel(this);
    m_outputView = makeActionTable(outputsPane, QStringLiteral("outputTableView"));
    m_outputView->setModel(m_outputModel);
    auto *header = m_outputView->horizontalHeader();
    header->setSectionResizeMode(ActionOutputModel::NameColumn, QHeaderView::Stretch);
    for (const int column :
         {ActionOutputModel::StateColumn, ActionOutputModel::DoneDateColumn,
          ActionOutputModel::EvidenceColumn, ActionOutputModel::ResponsibleColumn})
        header->setSectionResizeMode(column, QHeaderView::ResizeToContents);
    header->setSectionResizeMode(ActionOutputModel::NotesColumn, QHeaderView::Interactive);
    header->resizeSection(ActionOutputModel::NotesColumn, 220);
    outputsLayout->addWidget(m_outputView, 1);
    auto *outputButtons = new QHBoxLayout;
    m_markDoneButton = makeActionButton(outputsPane, tr("Mark done…"),
                                        QStringLiteral("markDoneButton"));
    m_editOutputButton = makeActionButton(outputsPane, tr("Edit output…"),
                                          QStringLiteral("editOutputButton"));
    m_addOutputButton = makeActionButton(outputsPane, tr("Add output…"),
                                         QStringLiteral("addOutputButton"));
    m_removeOutputButton = makeActionButton(outputsPane, tr("Remove output"),
                                            QStringLiteral("removeOutputButton"));
    outputButtons->addWidget(m_markDoneButton);
    outputButtons->addWidget(m_editOutputButton);
    outputButtons->addWidget(m_addOutputButton);
    outputButtons->addWidget(m_removeOutputButton);
    outputButtons->addStretch(1);
    outputsLayout->addLayout(outputButtons);

    auto *lower = new QWidget(splitter);
    auto *lowerLayout = new QHBoxLayout(lower);
    lowerLayout->setContentsMargins(0, 0, 0, 0);
    auto *evidenceBox = new QGroupBox(tr("Evidence of the chosen output"), lower);
    auto *evidenceLayout = new QVBoxLayout(evidenceBox);
    evidenceLayout->setContentsMargins(4, 4, 4, 4);
    m_evidence = new AttachmentsWidget(m_session, storage::ActionRepository::kEvidenceOwnerType,
                                       {{usecases::actions::evidenceKind(), tr("Evidence")}},
                                       evidenceBox);
    m_evidence->setObjectName(QStringLiteral("evidenceWidget"));
    if (auto *kinds = m_evidence->findChild<QWidget *>(QStringLiteral("documentKindCombo")))
        kinds->hide(); // evidence is the only kind
    evidenceLayout->addWidget(m_evidence);
    auto *meetingBox = new QGroupBox(tr("Meetings that served this action"), lower);
    auto *meetingLayout = new QVBoxLayout(meetingBox);
    m_meetingModel = new ActionLineModel(this);
    m_meetingView = new QListView(meetingBox);
    m_meetingView->setObjectName(QStringLiteral("meetingListView"));
    m_meetingView->setModel(m_meetingModel);
    m_meetingView->setEditTriggers(QAbstractItemView::NoEditTriggers);
    // As the history beside it: a long line (the "none recorded" sentence) wraps in the
    // narrow box instead of running under a scroll bar.
    m_meetingView->setWordWrap(true);
    m_meetingView->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    meetingLayout->addWidget(m_meetingView);
    auto *historyBox = new QGroupBox(tr("History of changes"), lower);
    auto *historyLayout = new QVBoxLayout(historyBox);
    m_historyModel = new ActionLineModel(this);
    m_historyView = new QListView(historyBox);
    m_historyView->setObjectName(QStringLiteral("historyListView"));
    m_historyView->setModel(m_historyModel);
    m_historyView->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_historyView->setWordWrap(true);
    m_historyView->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    historyLayout->addWidget(m_historyView);
    lowerLayout->addWidget(evidenceBox, 3);
    lowerLayout->addWidget(meetingBox, 2);
    lowerLayout->addWidget(historyBox, 3);
    splitter->setStretchFactor(0, 3);
    splitter->setStretchFactor(1, 2);
    layout->addWidget(splitter, 1);

    connect(m_actionCombo, &QComboBox::currentIndexChanged, this, &ActionDetailTab::reloadDetail);
    connect(m_editActionButton, &QPushButton::clicked, this, &ActionDetailTab::editAction);
    connect(m_markDoneButton, &QPushButton::clicked, this, &ActionDetailTab::markOutputDone);
    connect(m_editOutputButton, &QPushButton::clicked, this, &ActionDetailTab::editOutput);
    connect(m_addOutputButton, &QPushButton::clicked, this, &ActionDetailTab::addOutput);
    connect(m_removeOutputButton, &QPushButton::clicked, this, &ActionDetailTab::removeOutput);
    connect(m_outputView, &QTableView::doubleClicked, this, &ActionDetailTab::editOutput);
    connect(m_outputView->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            &ActionDetailTab::outputChosen);
}

void ActionDetailTab::reload(int year)
{
    const std::int64_t keep = currentActionId();
    {
        const QSignalBlocker block(m_actionCombo);
        m_actionCombo->clear();
        if (m_session.isOpen()) {
            try {
                for (const core::Action &action :
                     storage::ActionRepository(m_session.database()).actions(year)) {
                    const QString text = reports::actionLabel(action) + QStringLiteral(" \u2013 ")
                                         + qs(action.name);
                    m_actionCombo->addItem(text,
                                           QVariant::fromValue(static_cast<qint64>(action.id)));
                    m_actionCombo->setItemData(m_actionCombo->count() - 1, text, Qt::ToolTipRole);
                }
            } catch (const storage::StorageError &error) {
                Dialogs::error(this, tr("Convergence actions"), error.message());
            }
        }
        const int index = m_actionCombo->findData(QVariant::fromValue(static_cast<qint64>(keep)));
        m_actionCombo->setCurrentIndex(index >= 0 ? index : 0);
    }
    reloadDetail();
}

std::int64_t ActionDetailTab::currentActionId() const
{
    return m_actionCombo->currentData().toLongLong();
}

std::int64_t ActionDetailTab::currentOutputId() const
{
    const core::ActionOutput *output = m_outputModel->outputAt(m_outputView->currentIndex().row());
    return output ? output->id : 0;
}

void ActionDetailTab::selectAction(std::int64_t actionId)
{
    const int index = m_actionCombo->findData(QVariant::fromValue(static_cast<qint64>(actionId)));
    if (index >= 0)
        m_actionCombo->setCurrentIndex(index);
}

void ActionDetailTab::selectOutput(int row)
{
    if (row < 0 || row >= m_outputModel->rowCount())
        return;
    m_outputView->setCurrentIndex(m_outputModel->index(row, 0));
    m_outputView->selectRow(row);
}

void ActionDetailTab::reloadDetail()
{
    const std::int64_t keepOutput = currentOutputId();
    const std::int64_t id = currentActionId();
    std::optional<core::Action> action;
    QList<ActionLineModel::Line> history;
    QList<ActionLineModel::Line> meetings;
    if (m_session.isOpen() && id != 0) {
        try {
            storage::ActionRepository repo(m_session.database());
            action = repo.action(id);
            if (action) {
                for (const auto &entry : repo.history(id))
                    history.append({usecases::actions::historyLine(entry), 0});
                for (const auto &meeting : storage::MeetingRepository(m_session.database())
                                               .meetingsServingAction(action->year, action->key)) {
                    meetings.append({DateEdit::displayText(toQDate(meeting.date))
                                         + QStringLiteral(" \u2013 ") + qs(meeting.title),
                                     static_cast<qint64>(meeting.id)});
                }
                if (meetings.isEmpty())
                    meetings.append({tr("(none recorded in the meeting register)"), 0});
            }
        } catch (const storage::StorageError &error) {
            Dialogs::error(this, tr("Convergence actions"), error.message());
        }
    }
    m_historyModel->setLines(std::move(history));
    m_meetingModel->setLines(std::move(meetings));
    if (!action) {
        m_outputModel->setOutputs({});
        m_actionInfo->setText(m_session.isOpen() ? tr("Start the year's checklist first.")
                                                 : QString());
        outputChosen();
        return;
    }
    const core::ActionStatus status = core::statusOf(*action, m_session.clock());
    const core::ActionProgress progress = core::progressOf(*action);
    QString info = QStringLiteral("<b>%1</b> &nbsp; <span style=\"color:%2\"><b>%3</b></span><br/>")
                       .arg(reports::actionLabel(*action).toHtmlEscaped(),
                            statusColor(static_cast<int>(status)).name(),
                            reports::statusText(status).toHtmlEscaped());
    if (!action->purpose.empty())
        info += qs(action->purpose).toHtmlEscaped() + QStringLiteral("<br/>");
    info += tr("Lead OPD: %1 · Due period: %2 to %3 · Progress: %4 (%5 of %6 outputs done with "
               "evidence)")
                .arg(action->leadOpdName.empty() ? tr("not set") : qs(action->leadOpdName),
                     DateEdit::displayText(toQDate(action->dueStart)),
                     DateEdit::displayText(toQDate(action->dueEnd)),
                     reports::percentText(progress.percent(), LanguageSetup::current()))
                .arg(progress.doneWithEvidence)
                .arg(progress.required)
                .toHtmlEscaped();
    if (!action->notes.empty())
        info += QStringLiteral("<br/><i>") + qs(action->notes).toHtmlEscaped()
                + QStringLiteral("</i>");
    m_actionInfo->setText(info);
    m_outputModel->setOutputs(action->outputs);
    const int row = m_outputModel->rowOf(keepOutput);
    selectOutput(row >= 0 ? row : 0);
    outputChosen();
}

void ActionDetailTab::outputChosen()
{
    const std::int64_t outputId = m_session.isOpen() ? currentOutputId() : 0;
    if (m_evidence->ownerId() != outputId)
        m_evidence->setOwner(outputId);
    else
        m_evidence->reload();
    updateButtons();
}

void ActionDetailTab::updateButtons()
{
    const bool haveAction = currentActionId() != 0;
    const bool haveOutput = currentOutputId() != 0;
    m_editActionButton->setEnabled(haveAction);
    m_addOutputButton->setEnabled(haveAction);
    m_markDoneButton->setEnabled(haveOutput);
    m_editOutputButton->setEnabled(haveOutput);
    m_removeOutputButton->setEnabled(haveOutput);
}

void ActionDetailTab::openOutputDialog(const QString &title, bool markDone)
{
    const core::ActionOutput *current = m_outputModel->outputAt(m_outputView->currentIndex().row());
    if (!current)
        return;
    core::ActionOutput output = *current;
    if (markDone && output.state != core::OutputState::Done) {
        output.state = core::OutputState::Done;
        output.doneDate = m_session.clock().today();
    }
    QStringList people;
    for (const core::Person &person : m_session.directory().people())
        people << qs(person.name);
    OutputDialog dialog(m_session, output, people, this);
    dialog.setWindowTitle(title);
    if (markDone && current->state != core::OutputState::Done)
        dialog.setPrefilledChange(); // "done" is a change not stored yet
    dialog.exec();
}

void ActionDetailTab::markOutputDone()
{
    openOutputDialog(tr("Mark output done"), true);
}

void ActionDetailTab::editOutput()
{
    openOutputDialog(tr("Edit output"), false);
}

void ActionDetailTab::addOutput()
{
    const std::int64_t actionId = currentActionId();
    if (actionId == 0)
        return;
    core::ActionOutput output;
    output.actionId = actionId;
    QStringList people;
    for (const core::Person &person : m_session.directory().people())
        people << qs(person.name);
    OutputDialog dialog(m_session, output, people, this);
    if (dialog.exec() == QDialog::Accepted)
        selectOutput(m_outputModel->rowOf(dialog.output().id));
}

void ActionDetailTab::removeOutput()
{
    const core::ActionOutput *current = m_outputModel->outputAt(m_outputView->currentIndex().row());
    if (!current)
        return;
    const core::ActionOutput output = *current;
    if (!Dialogs::question(this, tr("Remove output"),
                           tr("Remove the output \u201c%1\u201d from this year's catalogue, with "
                              "its evidence documents (%n)?",
                              nullptr, output.evidenceCount)
                               .arg(qs(output.name))))
        return;
    try {
        usecases::actions::removeOutput(m_session.database(), output.id);
    } catch (const storage::StorageError &error) {
        Dialogs::warning(this, tr("Output not removed"), error.message());
    }
    m_session.notifyChanged(usecases::Topic::Actions);
}

void ActionDetailTab::editAction()
{
    const std::int64_t id = currentActionId();
    if (id == 0)
        return;
    try {
        const auto action = storage::ActionRepository(m_session.database()).action(id);
        if (!action) {
            m_session.notifyChanged(usecases::Topic::Actions);
            return;
        }
        ActionDialog dialog(m_session, *action, m_session.directory().opds(), this);
        dialog.exec();
    } catch (const storage::StorageError &error) {
        Dialogs::error(this, tr("Convergence actions"), error.message());
    }
}

} // namespace konvergensi::gui

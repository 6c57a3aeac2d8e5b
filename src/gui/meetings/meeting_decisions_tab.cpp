// SPDX-License-Identifier: GPL-3.0-or-later
#include "gui/meetings/meeting_decisions_tab.h"

#include "gui/common/dialogs.h"
#include "gui/meetings/follow_up_dialog.h"
#include "gui/meetings/meeting_edit.h"
#include "gui/meetings/meeting_editor_context.h"
#include "gui/meetings/meeting_editor_models.h"
#include "gui/meetings/meeting_widgets.h"
#include "qtsupport/text.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QPointer>
#include <QPushButton>
#include <QSplitter>
#include <QTableView>
#include <QVBoxLayout>

namespace konvergensi::gui {

namespace {

QString decisionLabel(std::size_t index, const core::Decision &decision)
{
    return QStringLiteral("%1. %2").arg(index + 1).arg(
        meetings_ui::shortened(qs(decision.text), 90));
}

} // namespace

MeetingDecisionsTab::MeetingDecisionsTab(MeetingEdit &edit, const MeetingEditorContext &context,
                                         QWidget *parent)
    : QWidget(parent)
    , m_edit(edit)
    , m_context(context)
    , m_decisionList(new QListWidget(this))
    , m_decisionEdit(new QPlainTextEdit(this))
    , m_followUpView(
          meetings_ui::makeTable(this, QStringLiteral("decisionFollowUpTableView"), false))
    , m_followUpModel(new DecisionFollowUpModel(this))
{
    setObjectName(QStringLiteral("meetingDecisionsTab"));
    auto *layout = new QVBoxLayout(this);
    auto *splitter = new QSplitter(Qt::Vertical, this);
    layout->addWidget(splitter, 1);

    auto *top = new QWidget(splitter);
    auto *topLayout = new QHBoxLayout(top);
    topLayout->setContentsMargins(0, 0, 0, 0);
    auto *listPane = new QVBoxLayout;
    m_decisionList->setParent(top);
    m_decisionList->setObjectName(QStringLiteral("decisionListWidget"));
    m_decisionList->setWordWrap(true);
    m_decisionList->setTextElideMode(Qt::ElideRight);
    listPane->addWidget(new QLabel(tr("<b>Decisions (kesepakatan)</b>"), top));
    listPane->addWidget(m_decisionList, 1);
    auto *decisionButtons = new QHBoxLayout;
    auto *add = meetings_ui::makeButton(top, tr("&Add decision"),
                                        QStringLiteral("addDecisionButton"));
    auto *remove = meetings_ui::makeButton(top, tr("Remove"),
                                           QStringLiteral("removeDecisionButton"));
    auto *up = meetings_ui::makeButton(top, tr("Up"), QStringLiteral("decisionUpButton"));
    auto *down = meetings_ui::makeButton(top, tr("Down"), QStringLiteral("decisionDownButton"));
    decisionButtons->addWidget(add);
    decisionButtons->addWidget(remove);
    decisionButtons->addWidget(up);
    decisionButtons->addWidget(down);
    decisionButtons->addStretch(1);
    listPane->addLayout(decisionButtons);
    topLayout->addLayout(listPane, 2);
    auto *textPane = new QVBoxLayout;
    textPane->addWidget(new QLabel(tr("Text of the selected decision:"), top));
    m_decisionEdit->setParent(top);
    m_decisionEdit->setObjectName(QStringLiteral("decisionTextEdit"));
    m_decisionEdit->setTabChangesFocus(true);
    textPane->addWidget(m_decisionEdit, 1);
    textPane->addWidget(meetings_ui::addCounter(
        m_decisionEdit, core::maxLength(core::MeetingField::Decision), top));
    topLayout->addLayout(textPane, 3);

    auto *bottom = new QWidget(splitter);
    auto *bottomLayout = new QVBoxLayout(bottom);
    bottomLayout->setContentsMargins(0, 0, 0, 0);
    bottomLayout->addWidget(new QLabel(tr("<b>Follow-ups of the selected decision</b>"), bottom));
    m_followUpView->setParent(bottom);
    m_followUpView->setModel(m_followUpModel);
    QHeaderView *header = m_followUpView->horizontalHeader();
    header->setSectionResizeMode(DecisionFollowUpModel::ActionColumn, QHeaderView::Stretch);
    header->resizeSection(DecisionFollowUpModel::ResponsibleColumn, 160);
    header->resizeSection(DecisionFollowUpModel::DueColumn, 110);
    header->resizeSection(DecisionFollowUpModel::StatusColumn, 150);
    bottomLayout->addWidget(m_followUpView, 1);
    auto *followUpButtons = new QHBoxLayout;
    auto *addFollowUp = meetings_ui::makeButton(bottom, tr("Add &follow-up…"),
                                                QStringLiteral("addFollowUpButton"));
    auto *editFollowUp = meetings_ui::makeButton(bottom, tr("Edit…"),
                                                 QStringLiteral("editFollowUpButton"));
    auto *removeFollowUp = meetings_ui::makeButton(bottom, tr("Remove"),
                                                   QStringLiteral("removeFollowUpButton"));
    followUpButtons->addWidget(addFollowUp);
    followUpButtons->addWidget(editFollowUp);
    followUpButtons->addWidget(removeFollowUp);
    followUpButtons->addStretch(1);
    bottomLayout->addLayout(followUpButtons);

    std::map<std::int64_t, QString> names;
    for (const auto &opd : m_context.opds)
        names[opd.id] = qs(opd.shortName);
    m_followUpModel->setOpdNames(std::move(names));

    connect(add, &QPushButton::clicked, this, &MeetingDecisionsTab::addDecision);
    connect(remove, &QPushButton::clicked, this, &MeetingDecisionsTab::removeDecision);
    connect(up, &QPushButton::clicked, this, [this] { moveDecision(-1); });
    connect(down, &QPushButton::clicked, this, [this] { moveDecision(1); });
    connect(addFollowUp, &QPushButton::clicked, this, &MeetingDecisionsTab::addFollowUp);
    connect(editFollowUp, &QPushButton::clicked, this, &MeetingDecisionsTab::editFollowUp);
    connect(removeFollowUp, &QPushButton::clicked, this, &MeetingDecisionsTab::removeFollowUp);
    connect(m_followUpView, &QTableView::doubleClicked, this, &MeetingDecisionsTab::editFollowUp);
    connect(m_decisionList, &QListWidget::currentRowChanged, this, [this] {
        if (!m_refreshing)
            refresh();
    });
    connect(m_decisionEdit, &QPlainTextEdit::textChanged, this, [this] {
        if (m_refreshing)
            return;
        const int row = currentDecision();
        if (row < 0)
            return;
        const std::string text = ss(m_decisionEdit->toPlainText());
        m_edit.change(
            tr("Edit decision"),
            [row, text](core::Meeting &m) {
                m.decisions[static_cast<std::size_t>(row)].text = text;
            },
            MeetingEdit::DecisionText + row);
    });
    connect(&m_edit, &MeetingEdit::changed, this, &MeetingDecisionsTab::refresh);
    refresh();
}

int MeetingDecisionsTab::currentDecision() const
{
    const int row = m_decisionList->currentRow();
    return row >= 0 && row < static_cast<int>(m_edit.meeting().decisions.size()) ? row : -1;
}

int MeetingDecisionsTab::currentFollowUp() const
{
    const int decision = currentDecision();
    const int row = m_followUpView->currentIndex().row();
    if (decision < 0 || row < 0
        || row >= static_cast<int>(
               m_edit.meeting().decisions[static_cast<std::size_t>(decision)].followUps.size()))
        return -1;
    return row;
}

void MeetingDecisionsTab::selectDecision(int index)
{
    if (index >= 0 && index < m_decisionList->count())
        m_decisionList->setCurrentRow(index);
}

void MeetingDecisionsTab::addDecision()
{
    m_edit.change(tr("Add decision"), [](core::Meeting &m) { m.decisions.push_back({}); });
    m_decisionList->setCurrentRow(static_cast<int>(m_edit.meeting().decisions.size()) - 1);
    m_decisionEdit->setFocus();
}

void MeetingDecisionsTab::removeDecision()
{
    const int row = currentDecision();
    if (row < 0)
        return;
    const auto &decision = m_edit.meeting().decisions[static_cast<std::size_t>(row)];
    const int followUps = static_cast<int>(decision.followUps.size());
    if (followUps > 0
        && !Dialogs::question(
            this, tr("Remove decision"),
            tr("Decision %1 has %n follow-ups. Remove it with its follow-ups?", nullptr, followUps)
                .arg(row + 1)))
        return;
    m_edit.change(tr("Remove decision"),
                  [row](core::Meeting &m) { m.decisions.erase(m.decisions.begin() + row); });
}

void MeetingDecisionsTab::moveDecision(int by)
{
    const int row = currentDecision();
    const int target = row + by;
    if (row < 0 || target < 0 || target >= static_cast<int>(m_edit.meeting().decisions.size()))
        return;
    m_edit.change(tr("Move decision"), [row, target](core::Meeting &m) {
        std::swap(m.decisions[static_cast<std::size_t>(row)],
                  m.decisions[static_cast<std::size_t>(target)]);
    });
    m_decisionList->setCurrentRow(target);
}

void MeetingDecisionsTab::addFollowUp()
{
    const int decision = currentDecision();
    if (decision < 0) {
        Dialogs::information(this, tr("Follow-up"),
                             tr("Add a decision first: every follow-up belongs to a decision."));
        return;
    }
    core::FollowUp followUp;
    followUp.ownerType = std::string(core::follow_up_owner::kMeetingDecision);
    const auto &meeting = m_edit.meeting();
    const auto ownerDate = meeting.date.is_special() ? std::nullopt : std::optional(meeting.date);
    QPointer<FollowUpDialog> dialog = new FollowUpDialog(followUp, m_context.opds, ownerDate,
                                                         m_context.today, this);
    dialog->setSaver([this, decision](const core::FollowUp &added) {
        m_edit.change(tr("Add follow-up"), [decision, &added](core::Meeting &m) {
            m.decisions[static_cast<std::size_t>(decision)].followUps.push_back(added);
        });
        m_followUpView->setCurrentIndex(m_followUpModel->index(m_followUpModel->rowCount() - 1, 0));
        return added;
    });
    dialog->exec();
    delete dialog; // gone already when the editor closed meanwhile
}

void MeetingDecisionsTab::editFollowUp()
{
    const int decision = currentDecision();
    const int row = currentFollowUp();
    if (row < 0)
        return;
    const auto &meeting = m_edit.meeting();
    const auto ownerDate = meeting.date.is_special() ? std::nullopt : std::optional(meeting.date);
    QPointer<FollowUpDialog> dialog = new FollowUpDialog(
        meeting.decisions[static_cast<std::size_t>(decision)]
            .followUps[static_cast<std::size_t>(row)],
        m_context.opds, ownerDate, m_context.today, this);
    dialog->setSaver([this, decision, row](const core::FollowUp &edited) {
        m_edit.change(tr("Edit follow-up"), [decision, row, &edited](core::Meeting &m) {
            m.decisions[static_cast<std::size_t>(decision)]
                .followUps[static_cast<std::size_t>(row)] = edited;
        });
        return edited;
    });
    dialog->exec();
    delete dialog;
}

void MeetingDecisionsTab::removeFollowUp()
{
    const int decision = currentDecision();
    const int row = currentFollowUp();
    if (row < 0)
        return;
    m_edit.change(tr("Remove follow-up"), [decision, row](core::Meeting &m) {
        auto &list = m.decisions[static_cast<std::size_t>(decision)].followUps;
        list.erase(list.begin() + row);
    });
}

void MeetingDecisionsTab::refresh()
{
    m_refreshing = true;
    const core::Meeting &m = m_edit.meeting();
    int decisionRow = m_decisionList->currentRow();
    bool same = m_decisionList->count() == static_cast<int>(m.decisions.size());
    for (int i = 0; same && i < m_decisionList->count(); ++i)
        same = m_decisionList->item(i)->text()
               == decisionLabel(static_cast<std::size_t>(i),
                                m.decisions[static_cast<std::size_t>(i)]);
    if (!same) {
        m_decisionList->clear();
        for (std::size_t i = 0; i < m.decisions.size(); ++i) {
            m_decisionList->addItem(decisionLabel(i, m.decisions[i]));
            m_decisionList->item(static_cast<int>(i))->setToolTip(qs(m.decisions[i].text));
        }
        if (decisionRow >= m_decisionList->count())
            decisionRow = m_decisionList->count() - 1;
        if (decisionRow < 0 && m_decisionList->count() > 0)
            decisionRow = 0;
        m_decisionList->setCurrentRow(decisionRow);
    }
    const int decision = currentDecision();
    m_decisionEdit->setEnabled(decision >= 0);
    const int followUpRow = m_followUpView->currentIndex().row();
    const QString text = decision >= 0 ? qs(m.decisions[static_cast<std::size_t>(decision)].text)
                                       : QString();
    if (m_decisionEdit->toPlainText() != text)
        m_decisionEdit->setPlainText(text);
    m_followUpModel->setFollowUps(decision >= 0
                                      ? m.decisions[static_cast<std::size_t>(decision)].followUps
                                      : std::vector<core::FollowUp>{},
                                  m_context.today);
    if (followUpRow >= 0 && followUpRow < m_followUpModel->rowCount())
        m_followUpView->setCurrentIndex(m_followUpModel->index(followUpRow, 0));
    m_refreshing = false;
}

} // namespace konvergensi::gui

// SPDX-License-Identifier: GPL-3.0-or-later
#include "gui/case_audit/audit_round_dialog.h"

#include "gui/case_audit/text_limit.h"
#include "gui/common/date_edit.h"
#include "gui/language.h"
#include "gui/workspace/workspace_session.h"
#include "qtsupport/dates.h"
#include "qtsupport/text.h"
#include "reports/case_audit/case_audit_words.h"
#include "storage/case_audit/case_audit_repository.h"
#include "storage/database.h"
#include "ui_case_audit_round_dialog.h"
#include "usecases/case_audit/case_audit_refused.h"
#include "usecases/case_audit/case_audit_rounds.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QStyledItemDelegate>

#include <algorithm>

namespace konvergensi::gui {

namespace {

constexpr int kNotesMax = 2000;
constexpr int kTeamTextMax = 120;

/// Team names and roles are typed into the table: at most kTeamTextMax characters.
class LimitedTextDelegate : public QStyledItemDelegate
{
public:
    using QStyledItemDelegate::QStyledItemDelegate;
    QWidget *createEditor(QWidget *parent, const QStyleOptionViewItem &option,
                          const QModelIndex &index) const override
    {
        auto *editor = QStyledItemDelegate::createEditor(parent, option, index);
        if (auto *line = qobject_cast<QLineEdit *>(editor))
            line->setMaxLength(kTeamTextMax);
        return editor;
    }
};

} // namespace

AuditRoundDialog::AuditRoundDialog(WorkspaceSession &session, const core::AuditRound &round,
                                   QWidget *parent)
    : SaveDialog(parent)
    , m_session(session)
    , m_ui(std::make_unique<Ui::AuditRoundDialog>())
    , m_round(round)
{
    m_ui->setupUi(this);
    setObjectName(QStringLiteral("auditRoundDialog"));
    m_ui->semesterComboBox->addItem(tr("Semester I (January–June)"), 1);
    m_ui->semesterComboBox->addItem(tr("Semester II (July–December)"), 2);
    m_ui->meetingComboBox->addItem(tr("(not yet linked)"), QVariant::fromValue<qint64>(0));
    for (const auto &choice : usecases::case_audit::disseminationMeetingChoices(
             session.database(), LanguageSetup::current()))
        m_ui->meetingComboBox->addItem(choice.label, QVariant::fromValue<qint64>(choice.id));
    limitText(m_ui->notesEdit, m_ui->notesCounterLabel, kNotesMax);

    auto *header = m_ui->teamTable->horizontalHeader();
    header->setSectionResizeMode(0, QHeaderView::Stretch);
    header->setSectionResizeMode(1, QHeaderView::Stretch);
    header->setSectionResizeMode(2, QHeaderView::ResizeToContents);
    m_ui->teamTable->setItemDelegate(new LimitedTextDelegate(m_ui->teamTable));
    connect(m_ui->addMemberButton, &QPushButton::clicked, this, [this] {
        addTeamMember({}, {}, false);
        const int row = m_ui->teamTable->rowCount() - 1;
        m_ui->teamTable->setCurrentCell(row, 0);
        m_ui->teamTable->editItem(m_ui->teamTable->item(row, 0));
        setModified(true);
    });
    connect(m_ui->removeMemberButton, &QPushButton::clicked, this, [this] {
        if (m_ui->teamTable->currentRow() >= 0) {
            m_ui->teamTable->removeRow(m_ui->teamTable->currentRow());
            setModified(true);
        }
    });
    buildSchedule();
    connect(m_ui->buttonBox, &QDialogButtonBox::accepted, this, &AuditRoundDialog::accept);
    connect(m_ui->buttonBox, &QDialogButtonBox::rejected, this, &AuditRoundDialog::reject);
    // Another workspace: this round belongs to the one that was open (edits were already
    // saved or dropped when the user was asked).
    connect(&session, &WorkspaceSession::workspaceChanged, this,
            &AuditRoundDialog::discardUnsavedWork);

    fill(round);
    trackEdits();
}

AuditRoundDialog::~AuditRoundDialog() = default;

void AuditRoundDialog::buildSchedule()
{
    auto *grid = m_ui->scheduleLayout;
    const QStringList headers{tr("Step"), tr("Planned"), tr("Status"), tr("Done on")};
    for (int column = 0; column < headers.size(); ++column) {
        auto *label = new QLabel(QStringLiteral("<b>%1</b>").arg(headers[column].toHtmlEscaped()),
                                 m_ui->scheduleTab);
        grid->addWidget(label, 0, column);
    }
    // Room for the longest date ("30 September 2023") in the date fields.
    const int dateWidth = fontMetrics().horizontalAdvance(DateEdit::displayText(QDate(2023, 9, 30)))
                          + 24;
    int row = 1;
    for (auto kind : core::allAuditStepKinds()) {
        const QString key = qs(core::toString(kind));
        auto *name = new QLabel(reports::auditStepName(kind), m_ui->scheduleTab);
        auto *planned = new DateEdit(m_ui->scheduleTab);
        planned->setObjectName(key + QStringLiteral("PlannedDateEdit"));
        planned->setAllowEmpty(true);
        auto *status = new QComboBox(m_ui->scheduleTab);
        status->setObjectName(key + QStringLiteral("StatusComboBox"));
        for (auto st : {core::AuditStepStatus::NotStarted, core::AuditStepStatus::InProgress,
                        core::AuditStepStatus::Done})
            status->addItem(reports::auditStepStatusName(st), static_cast<int>(st));
        auto *done = new DateEdit(m_ui->scheduleTab);
        done->setObjectName(key + QStringLiteral("DoneDateEdit"));
        done->setAllowEmpty(true);
        for (auto *date : {planned, done})
            date->lineEdit()->setMinimumWidth(dateWidth);
        name->setBuddy(planned->lineEdit());
        grid->addWidget(name, row, 0);
        grid->addWidget(planned, row, 1);
        grid->addWidget(status, row, 2);
        grid->addWidget(done, row, 3);
        // The date it was done belongs to a done step only.
        connect(status, &QComboBox::currentIndexChanged, done, [status, done] {
            const bool isDone = status->currentData().toInt()
                                == static_cast<int>(core::AuditStepStatus::Done);
            done->setEnabled(isDone);
        });
        m_steps.push_back({kind, planned, status, done});
        ++row;
    }
    grid->setColumnStretch(0, 1);
}

void AuditRoundDialog::fill(const core::AuditRound &round)
{
    m_round = round;
    m_ui->yearSpinBox->setValue(round.year);
    m_ui->semesterComboBox->setCurrentIndex(round.semester == 2 ? 1 : 0);
    m_ui->titleLineEdit->setText(qs(round.title));
    setMeeting(round.disseminationMeetingId.value_or(0));
    m_ui->notesEdit->setPlainText(qs(round.notes));
    m_ui->teamTable->setRowCount(0);
    for (const auto &m : round.team)
        addTeamMember(qs(m.name), qs(m.role), m.expert);
    for (const auto &row : m_steps) {
        core::AuditStep step{row.kind, std::nullopt, std::nullopt,
                             core::AuditStepStatus::NotStarted};
        for (const auto &s : round.steps)
            if (s.kind == row.kind)
                step = s;
        row.planned->setDate(toQDate(step.plannedDate));
        row.status->setCurrentIndex(row.status->findData(static_cast<int>(step.status)));
        row.done->setDate(toQDate(step.doneDate));
        row.done->setEnabled(step.status == core::AuditStepStatus::Done);
    }
    updateTitle();
}

void AuditRoundDialog::updateTitle()
{
    setWindowTitle(
        m_round.id == 0
            ? tr("New audit round")
            : tr("Audit round %1").arg(reports::auditRoundLabel(m_round.year, m_round.semester)));
}

void AuditRoundDialog::addTeamMember(const QString &name, const QString &role, bool expert)
{
    auto *table = m_ui->teamTable;
    const int row = table->rowCount();
    table->insertRow(row);
    table->setItem(row, 0, new QTableWidgetItem(name));
    table->setItem(row, 1, new QTableWidgetItem(role));
    auto *check = new QTableWidgetItem;
    check->setFlags(Qt::ItemIsEnabled | Qt::ItemIsUserCheckable | Qt::ItemIsSelectable);
    check->setCheckState(expert ? Qt::Checked : Qt::Unchecked);
    table->setItem(row, 2, check);
}

void AuditRoundDialog::setMeeting(std::int64_t meetingId)
{
    const int index = m_ui->meetingComboBox->findData(QVariant::fromValue<qint64>(meetingId));
    m_ui->meetingComboBox->setCurrentIndex(index >= 0 ? index : 0);
}

const AuditRoundDialog::StepRow *AuditRoundDialog::rowOf(core::AuditStepKind kind) const
{
    for (const auto &row : m_steps)
        if (row.kind == kind)
            return &row;
    return nullptr;
}

DateEdit *AuditRoundDialog::plannedDateEdit(core::AuditStepKind kind) const
{
    const auto *row = rowOf(kind);
    return row ? row->planned : nullptr;
}

DateEdit *AuditRoundDialog::doneDateEdit(core::AuditStepKind kind) const
{
    const auto *row = rowOf(kind);
    return row ? row->done : nullptr;
}

QComboBox *AuditRoundDialog::statusComboBox(core::AuditStepKind kind) const
{
    const auto *row = rowOf(kind);
    return row ? row->status : nullptr;
}

core::AuditRound AuditRoundDialog::round() const
{
    core::AuditRound r = m_round;
    r.year = m_ui->yearSpinBox->value();
    r.semester = m_ui->semesterComboBox->currentData().toInt();
    r.title = ss(m_ui->titleLineEdit->text());
    const qint64 meeting = m_ui->meetingComboBox->currentData().toLongLong();
    r.disseminationMeetingId = meeting > 0 ? std::optional<std::int64_t>(meeting) : std::nullopt;
    r.notes = ss(m_ui->notesEdit->toPlainText());
    r.team.clear();
    const auto *table = m_ui->teamTable;
    for (int row = 0; row < table->rowCount(); ++row) {
        const auto text = [&](int column) {
            const auto *item = table->item(row, column);
            return item ? item->text().trimmed() : QString();
        };
        if (text(0).isEmpty() && text(1).isEmpty())
            continue;
        const auto *check = table->item(row, 2);
        r.team.push_back({ss(text(0)), ss(text(1)), check && check->checkState() == Qt::Checked});
    }
    r.steps.clear();
    for (const auto &row : m_steps) {
        core::AuditStep step;
        step.kind = row.kind;
        step.plannedDate = toGregorian(row.planned->date());
        step.status = static_cast<core::AuditStepStatus>(row.status->currentData().toInt());
        step.doneDate = toGregorian(row.done->date());
        r.steps.push_back(step);
    }
    return r;
}

QString AuditRoundDialog::save()
{
    for (const auto &row : m_steps) {
        for (auto *edit : {row.planned, row.done}) {
            if (!edit->hasAcceptableInput()) {
                m_ui->roundTabs->setCurrentWidget(m_ui->scheduleTab);
                edit->setFocus();
                return tr("“%1” is not a date.").arg(edit->lineEdit()->text());
            }
        }
    }
    const auto r = round();
    if (const QString problem = usecases::case_audit::checkRound(r); !problem.isEmpty())
        return problem;
    // Ask about a date far from today, once per date that changed.
    const QDate today = toQDate(m_session.database().clock().today());
    for (std::size_t i = 0; i < r.steps.size(); ++i) {
        const auto &step = r.steps[i];
        const auto before = std::find_if(m_round.steps.begin(), m_round.steps.end(),
                                         [&](const auto &s) { return s.kind == step.kind; });
        for (const auto &[now, was] :
             {std::pair{step.plannedDate,
                        before != m_round.steps.end() ? before->plannedDate : std::nullopt},
              std::pair{step.doneDate,
                        before != m_round.steps.end() ? before->doneDate : std::nullopt}}) {
            if (now && now != was && !DateEdit::confirmUnusualDate(this, toQDate(*now), today)) {
                m_ui->roundTabs->setCurrentWidget(m_ui->scheduleTab);
                return tr("Correct the date of “%1”, then save again.")
                    .arg(reports::auditStepName(step.kind));
            }
        }
    }
    try {
        m_saved = usecases::case_audit::saveRound(m_session.database(), r);
    } catch (const usecases::case_audit::Refused &refused) {
        return refused.message();
    }
    m_round = m_saved;
    updateTitle();
    m_session.notifyChanged(usecases::Topic::CaseAudit);
    return {};
}

bool AuditRoundDialog::reloadStored()
{
    if (m_round.id == 0)
        return false;
    const auto stored = storage::CaseAuditRepository(m_session.database()).findRound(m_round.id);
    if (!stored)
        return false;
    fill(*stored);
    return true;
}

} // namespace konvergensi::gui

// SPDX-License-Identifier: GPL-3.0-or-later
#include "gui/case_audit/audit_round_dialog.h"

#include "gui/language.h"
#include "qtsupport/text.h"
#include "reports/case_audit/case_audit_report.h"
#include "storage/case_audit/case_audit_repository.h"
#include "storage/storage_error.h"

#include <QCheckBox>
#include <QComboBox>
#include <QCoreApplication>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QTableWidget>
#include <QVBoxLayout>

namespace konvergensi::gui {

namespace {

const QDate kNoDate(2000, 1, 1);

QDateEdit *dateEdit(const std::optional<boost::gregorian::date> &date, QWidget *parent)
{
    auto *edit = new QDateEdit(parent);
    edit->setCalendarPopup(true);
    edit->setMinimumDate(kNoDate);
    edit->setSpecialValueText(QCoreApplication::translate("CaseAudit", "(none)"));
    edit->setDisplayFormat(QStringLiteral("dd.MM.yyyy"));
    edit->setDate(date ? QDate(date->year(), date->month(), date->day()) : kNoDate);
    return edit;
}

std::optional<boost::gregorian::date> dateOf(const QDateEdit *edit)
{
    const QDate d = edit->date();
    if (!d.isValid() || d == kNoDate)
        return std::nullopt;
    return boost::gregorian::date(static_cast<unsigned short>(d.year()),
                                  static_cast<unsigned short>(d.month()),
                                  static_cast<unsigned short>(d.day()));
}

} // namespace

AuditRoundDialog::AuditRoundDialog(const core::AuditRound &round,
                                   std::vector<std::pair<std::int64_t, QString>> meetings,
                                   QWidget *parent)
    : QDialog(parent)
    , m_round(round)
{
    setObjectName(QStringLiteral("auditRoundDialog"));
    setWindowTitle(round.id == 0 ? tr("New audit round") : tr("Audit round"));
    resize(860, 760);
    auto *layout = new QVBoxLayout(this);
    auto *form = new QFormLayout;
    auto *semesterRow = new QHBoxLayout;
    m_yearSpin = new QSpinBox(this);
    m_yearSpin->setObjectName(QStringLiteral("yearSpinBox"));
    m_yearSpin->setRange(2000, 2100);
    m_yearSpin->setValue(round.year);
    m_semesterCombo = new QComboBox(this);
    m_semesterCombo->setObjectName(QStringLiteral("semesterComboBox"));
    m_semesterCombo->addItem(tr("Semester I"), 1);
    m_semesterCombo->addItem(tr("Semester II"), 2);
    m_semesterCombo->setCurrentIndex(round.semester == 2 ? 1 : 0);
    semesterRow->addWidget(m_yearSpin);
    semesterRow->addWidget(m_semesterCombo);
    semesterRow->addStretch();
    auto *yearLabel = new QLabel(tr("&Year:"), this);
    yearLabel->setBuddy(m_yearSpin);
    form->addRow(yearLabel, semesterRow);
    m_titleEdit = new QLineEdit(qs(round.title), this);
    m_titleEdit->setObjectName(QStringLiteral("titleLineEdit"));
    form->addRow(tr("&Title:"), m_titleEdit);
    m_meetingCombo = new QComboBox(this);
    m_meetingCombo->setObjectName(QStringLiteral("meetingComboBox"));
    m_meetingCombo->addItem(tr("(not yet linked)"), QVariant::fromValue<qint64>(0));
    for (const auto &[id, label] : meetings)
        m_meetingCombo->addItem(label, QVariant::fromValue<qint64>(id));
    setMeeting(round.disseminationMeetingId.value_or(0));
    form->addRow(tr("&Dissemination meeting:"), m_meetingCombo);
    layout->addLayout(form);

    layout->addWidget(new QLabel(tr("Audit team and expert panel:"), this));
    m_teamTable = new QTableWidget(0, 3, this);
    m_teamTable->setObjectName(QStringLiteral("teamTable"));
    m_teamTable->setHorizontalHeaderLabels({tr("Name"), tr("Role"), tr("Expert panel")});
    m_teamTable->horizontalHeader()->setSectionResizeMode(0, QHeaderView::Stretch);
    m_teamTable->horizontalHeader()->setSectionResizeMode(1, QHeaderView::Stretch);
    for (const auto &m : round.team)
        addTeamMember(qs(m.name), qs(m.role), m.expert);
    layout->addWidget(m_teamTable, 2);
    auto *teamButtons = new QHBoxLayout;
    auto *addMember = new QPushButton(tr("Add &member"), this);
    addMember->setObjectName(QStringLiteral("addMemberButton"));
    auto *removeMember = new QPushButton(tr("Remove member"), this);
    removeMember->setObjectName(QStringLiteral("removeMemberButton"));
    teamButtons->addWidget(addMember);
    teamButtons->addWidget(removeMember);
    teamButtons->addStretch();
    layout->addLayout(teamButtons);
    connect(addMember, &QPushButton::clicked, this, [this] {
        addTeamMember({}, {}, false);
        m_teamTable->editItem(m_teamTable->item(m_teamTable->rowCount() - 1, 0));
    });
    connect(removeMember, &QPushButton::clicked, this, [this] {
        if (m_teamTable->currentRow() >= 0)
            m_teamTable->removeRow(m_teamTable->currentRow());
    });

    layout->addWidget(new QLabel(tr("Schedule:"), this));
    m_stepTable = new QTableWidget(static_cast<int>(core::allAuditStepKinds().size()), 4, this);
    m_stepTable->setObjectName(QStringLiteral("stepTable"));
    m_stepTable->setHorizontalHeaderLabels(
        {tr("Step"), tr("Planned"), tr("Status"), tr("Done on")});
    m_stepTable->horizontalHeader()->setSectionResizeMode(0, QHeaderView::Stretch);
    m_stepTable->verticalHeader()->hide();
    int row = 0;
    for (auto kind : core::allAuditStepKinds()) {
        core::AuditStep step{kind, std::nullopt, std::nullopt, core::AuditStepStatus::NotStarted};
        for (const auto &s : round.steps)
            if (s.kind == kind)
                step = s;
        auto *name = new QTableWidgetItem(reports::auditStepName(kind));
        name->setFlags(Qt::ItemIsEnabled);
        m_stepTable->setItem(row, 0, name);
        m_stepTable->setCellWidget(row, 1, dateEdit(step.plannedDate, m_stepTable));
        auto *status = new QComboBox(m_stepTable);
        for (auto st : {core::AuditStepStatus::NotStarted, core::AuditStepStatus::InProgress,
                        core::AuditStepStatus::Done})
            status->addItem(reports::auditStepStatusName(st), static_cast<int>(st));
        status->setCurrentIndex(static_cast<int>(step.status));
        m_stepTable->setCellWidget(row, 2, status);
        m_stepTable->setCellWidget(row, 3, dateEdit(step.doneDate, m_stepTable));
        ++row;
    }
    m_stepTable->resizeColumnsToContents();
    m_stepTable->horizontalHeader()->setSectionResizeMode(0, QHeaderView::Stretch);
    m_stepTable->setMinimumHeight(m_stepTable->horizontalHeader()->sizeHint().height()
                                  + 5 * m_stepTable->verticalHeader()->defaultSectionSize() + 4);
    layout->addWidget(m_stepTable, 0);

    m_notesEdit = new QPlainTextEdit(qs(round.notes), this);
    m_notesEdit->setObjectName(QStringLiteral("notesEdit"));
    m_notesEdit->setMaximumHeight(56);
    layout->addWidget(new QLabel(tr("Notes:"), this));
    layout->addWidget(m_notesEdit);
    m_errorLabel = new QLabel(this);
    m_errorLabel->setObjectName(QStringLiteral("errorLabel"));
    m_errorLabel->setStyleSheet(QStringLiteral("color: #b00020"));
    m_errorLabel->setWordWrap(true);
    layout->addWidget(m_errorLabel);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    buttons->setObjectName(QStringLiteral("buttonBox"));
    connect(buttons, &QDialogButtonBox::accepted, this, &AuditRoundDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &AuditRoundDialog::reject);
    layout->addWidget(buttons);
}

void AuditRoundDialog::addTeamMember(const QString &name, const QString &role, bool expert)
{
    const int row = m_teamTable->rowCount();
    m_teamTable->insertRow(row);
    m_teamTable->setItem(row, 0, new QTableWidgetItem(name));
    m_teamTable->setItem(row, 1, new QTableWidgetItem(role));
    auto *check = new QTableWidgetItem;
    check->setFlags(Qt::ItemIsEnabled | Qt::ItemIsUserCheckable | Qt::ItemIsSelectable);
    check->setCheckState(expert ? Qt::Checked : Qt::Unchecked);
    m_teamTable->setItem(row, 2, check);
}

void AuditRoundDialog::setMeeting(std::int64_t meetingId)
{
    const int index = m_meetingCombo->findData(QVariant::fromValue<qint64>(meetingId));
    m_meetingCombo->setCurrentIndex(index >= 0 ? index : 0);
}

core::AuditRound AuditRoundDialog::round() const
{
    core::AuditRound r = m_round;
    r.year = m_yearSpin->value();
    r.semester = m_semesterCombo->currentData().toInt();
    r.title = ss(m_titleEdit->text());
    const qint64 meeting = m_meetingCombo->currentData().toLongLong();
    r.disseminationMeetingId = meeting > 0 ? std::optional<std::int64_t>(meeting) : std::nullopt;
    r.team.clear();
    for (int row = 0; row < m_teamTable->rowCount(); ++row) {
        const auto text = [&](int column) {
            const auto *item = m_teamTable->item(row, column);
            return item ? item->text().trimmed() : QString();
        };
        if (text(0).isEmpty() && text(1).isEmpty())
            continue;
        r.team.push_back(
            {ss(text(0)), ss(text(1)), m_teamTable->item(row, 2)->checkState() == Qt::Checked});
    }
    r.steps.clear();
    int row = 0;
    for (auto kind : core::allAuditStepKinds()) {
        core::AuditStep step;
        step.kind = kind;
        step.plannedDate = dateOf(static_cast<QDateEdit *>(m_stepTable->cellWidget(row, 1)));
        step.status = static_cast<core::AuditStepStatus>(
            static_cast<QComboBox *>(m_stepTable->cellWidget(row, 2))->currentData().toInt());
        step.doneDate = dateOf(static_cast<QDateEdit *>(m_stepTable->cellWidget(row, 3)));
        r.steps.push_back(step);
        ++row;
    }
    r.notes = ss(m_notesEdit->toPlainText());
    return r;
}

void AuditRoundDialog::accept()
{
    const auto problems = core::validate(round());
    if (!problems.empty()) {
        m_errorLabel->setText(storage::describe(problems.front()));
        return;
    }
    if (m_saver) {
        try {
            m_saved = m_saver(round());
        } catch (const storage::StorageError &error) {
            m_errorLabel->setText(error.message());
            return;
        }
    } else {
        m_saved = round();
    }
    QDialog::accept();
}

} // namespace konvergensi::gui

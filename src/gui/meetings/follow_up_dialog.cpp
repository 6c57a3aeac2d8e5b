// SPDX-License-Identifier: GPL-3.0-or-later
#include "gui/meetings/follow_up_dialog.h"

#include "gui/meetings/meeting_gui_util.h"
#include "qtsupport/text.h"
#include "reports/meetings/meeting_reports.h"
#include "storage/followups/follow_up_repository.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QVBoxLayout>

namespace konvergensi::gui {

FollowUpDialog::FollowUpDialog(const core::FollowUp &followUp, std::vector<core::Opd> opds,
                               std::optional<boost::gregorian::date> ownerDate,
                               const boost::gregorian::date &today, QWidget *parent)
    : QDialog(parent)
    , m_followUp(followUp)
    , m_ownerDate(ownerDate)
    , m_today(today)
{
    setObjectName(QStringLiteral("followUpDialog"));
    setWindowTitle(tr("Follow-up"));
    auto *layout = new QVBoxLayout(this);
    auto *form = new QFormLayout;
    layout->addLayout(form);

    m_actionEdit = new QLineEdit(qs(followUp.action), this);
    m_actionEdit->setObjectName(QStringLiteral("actionLineEdit"));
    form->addRow(tr("&What is to be done:"), m_actionEdit);
    m_opdCombo = new QComboBox(this);
    m_opdCombo->setObjectName(QStringLiteral("opdComboBox"));
    m_opdCombo->addItem(tr("(not an OPD: name the unit below)"), QVariant());
    for (const core::Opd &opd : opds)
        m_opdCombo->addItem(qs(opd.shortName) + QStringLiteral(" — ") + qs(opd.name),
                            QVariant::fromValue(static_cast<qlonglong>(opd.id)));
    if (followUp.responsibleOpdId) {
        const int index = m_opdCombo->findData(
            QVariant::fromValue(static_cast<qlonglong>(*followUp.responsibleOpdId)));
        m_opdCombo->setCurrentIndex(index < 0 ? 0 : index);
    }
    form->addRow(tr("Responsible &OPD:"), m_opdCombo);
    m_otherEdit = new QLineEdit(qs(followUp.responsibleOther), this);
    m_otherEdit->setObjectName(QStringLiteral("otherUnitLineEdit"));
    m_otherEdit->setPlaceholderText(tr("e.g. Puskesmas Bantan"));
    form->addRow(tr("Other &unit:"), m_otherEdit);
    m_personEdit = new QLineEdit(qs(followUp.responsiblePerson), this);
    m_personEdit->setObjectName(QStringLiteral("personLineEdit"));
    form->addRow(tr("&Person:"), m_personEdit);

    auto *dueRow = new QHBoxLayout;
    m_dueCheck = new QCheckBox(tr("Due by"), this);
    m_dueCheck->setObjectName(QStringLiteral("dueCheckBox"));
    // A new follow-up gets a due date unless the user clears it; a stored one keeps its own.
    m_dueCheck->setChecked(followUp.dueDate.has_value() || followUp.id == 0);
    m_dueEdit = new QDateEdit(this);
    m_dueEdit->setObjectName(QStringLiteral("dueDateEdit"));
    m_dueEdit->setCalendarPopup(true);
    m_dueEdit->setDisplayFormat(QStringLiteral("dd/MM/yyyy"));
    m_dueEdit->setDate(
        toQDate(followUp.dueDate ? *followUp.dueDate
                                 : (ownerDate ? *ownerDate : today) + boost::gregorian::days(30)));
    dueRow->addWidget(m_dueCheck);
    dueRow->addWidget(m_dueEdit, 1);
    form->addRow(tr("&Due date:"), dueRow);

    m_statusCombo = new QComboBox(this);
    m_statusCombo->setObjectName(QStringLiteral("statusComboBox"));
    for (const core::FollowUpStatus status : core::allFollowUpStatuses())
        m_statusCombo->addItem(reports::followUpStatusName(status), static_cast<int>(status));
    m_statusCombo->setCurrentIndex(m_statusCombo->findData(static_cast<int>(followUp.status)));
    form->addRow(tr("&Status:"), m_statusCombo);
    m_doneEdit = new QDateEdit(this);
    m_doneEdit->setObjectName(QStringLiteral("doneDateEdit"));
    m_doneEdit->setCalendarPopup(true);
    m_doneEdit->setDisplayFormat(QStringLiteral("dd/MM/yyyy"));
    m_doneEdit->setDate(toQDate(followUp.doneDate ? *followUp.doneDate : today));
    form->addRow(tr("Date &done:"), m_doneEdit);
    m_notesEdit = new QPlainTextEdit(qs(followUp.progressNotes), this);
    m_notesEdit->setObjectName(QStringLiteral("progressNotesEdit"));
    m_notesEdit->setTabChangesFocus(true);
    m_notesEdit->setMaximumHeight(90);
    form->addRow(tr("Progress &notes:"), m_notesEdit);

    m_errorLabel = new QLabel(this);
    m_errorLabel->setObjectName(QStringLiteral("errorLabel"));
    m_errorLabel->setStyleSheet(QStringLiteral("color: #b01c1c;"));
    m_errorLabel->setWordWrap(true);
    layout->addWidget(m_errorLabel);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel, this);
    buttons->setObjectName(QStringLiteral("buttonBox"));
    layout->addWidget(buttons);
    connect(buttons, &QDialogButtonBox::accepted, this, &FollowUpDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &FollowUpDialog::reject);
    connect(m_dueCheck, &QCheckBox::toggled, this, &FollowUpDialog::updateEnabled);
    connect(m_statusCombo, &QComboBox::currentIndexChanged, this, &FollowUpDialog::updateEnabled);
    connect(m_opdCombo, &QComboBox::currentIndexChanged, this, &FollowUpDialog::updateEnabled);
    updateEnabled();
    resize(560, sizeHint().height());
}

void FollowUpDialog::updateEnabled()
{
    m_dueEdit->setEnabled(m_dueCheck->isChecked());
    m_doneEdit->setEnabled(m_statusCombo->currentData().toInt()
                           == static_cast<int>(core::FollowUpStatus::Done));
}

core::FollowUp FollowUpDialog::followUp() const
{
    core::FollowUp f = m_followUp;
    f.action = ss(m_actionEdit->text().trimmed());
    const QVariant opd = m_opdCombo->currentData();
    f.responsibleOpdId = opd.isValid() ? std::optional<std::int64_t>(opd.toLongLong())
                                       : std::nullopt;
    f.responsibleOther = ss(m_otherEdit->text().trimmed());
    f.responsiblePerson = ss(m_personEdit->text().trimmed());
    f.dueDate = m_dueCheck->isChecked() ? std::optional(fromQDate(m_dueEdit->date()))
                                        : std::nullopt;
    f.status = static_cast<core::FollowUpStatus>(m_statusCombo->currentData().toInt());
    f.doneDate = f.status == core::FollowUpStatus::Done
                     ? std::optional(fromQDate(m_doneEdit->date()))
                     : std::nullopt;
    f.progressNotes = ss(m_notesEdit->toPlainText().trimmed());
    return f;
}

void FollowUpDialog::accept()
{
    const core::FollowUp f = followUp();
    const auto problems = core::validate(f, m_ownerDate);
    if (!problems.empty()) {
        m_errorLabel->setText(reports::describe(problems.front()));
        return;
    }
    if (f.doneDate && *f.doneDate > m_today) {
        m_errorLabel->setText(tr("The date done cannot lie in the future."));
        return;
    }
    if (m_followUp.id != 0 && !core::canChangeStatus(m_followUp.status, f.status)) {
        m_errorLabel->setText(tr("A follow-up that is done can only be reopened as in progress, "
                                 "and a dropped one only as open."));
        return;
    }
    QDialog::accept();
}

} // namespace konvergensi::gui

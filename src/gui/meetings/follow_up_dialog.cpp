// SPDX-License-Identifier: GPL-3.0-or-later
#include "gui/meetings/follow_up_dialog.h"

#include "gui/common/date_edit.h"
#include "gui/meetings/meeting_widgets.h"
#include "qtsupport/dates.h"
#include "qtsupport/text.h"
#include "reports/followups/follow_up_words.h"
#include "ui_meetings_follow_up_dialog.h"
#include "usecases/followups/follow_up_work.h"

#include <QPushButton>

namespace konvergensi::gui {

FollowUpDialog::FollowUpDialog(const core::FollowUp &followUp, std::vector<core::Opd> opds,
                               std::optional<boost::gregorian::date> ownerDate,
                               const boost::gregorian::date &today, QWidget *parent)
    : SaveDialog(parent)
    , m_ui(std::make_unique<Ui::FollowUpDialog>())
    , m_followUp(followUp)
    , m_ownerDate(ownerDate)
    , m_today(today)
{
    m_ui->setupUi(this);
    setObjectName(QStringLiteral("followUpDialog"));
    setWindowTitle(followUp.id == 0 && followUp.action.empty() ? tr("New follow-up")
                                                               : tr("Follow-up"));
    m_ui->opdComboBox->addItem(tr("(not an OPD: name the unit below)"), QVariant());
    for (const core::Opd &opd : opds)
        m_ui->opdComboBox->addItem(qs(opd.shortName) + QStringLiteral(" — ") + qs(opd.name),
                                   QVariant::fromValue(static_cast<qlonglong>(opd.id)));
    for (const core::FollowUpStatus status : core::allFollowUpStatuses())
        m_ui->statusComboBox->addItem(reports::followUpStatusName(status),
                                      static_cast<int>(status));
    meetings_ui::limitLength(m_ui->actionLineEdit, core::follow_up_limits::kAction,
                             m_ui->actionCounterLabel);
    meetings_ui::limitLength(m_ui->otherUnitLineEdit, core::follow_up_limits::kResponsible);
    meetings_ui::limitLength(m_ui->personLineEdit, core::follow_up_limits::kResponsible);
    m_ui->notesColumn->addWidget(
        meetings_ui::addCounter(m_ui->progressNotesEdit, core::follow_up_limits::kNotes, this));
    m_ui->buttonBox->button(QDialogButtonBox::Save)->setObjectName(QStringLiteral("saveButton"));
    connect(m_ui->buttonBox, &QDialogButtonBox::accepted, this, &FollowUpDialog::accept);
    connect(m_ui->buttonBox, &QDialogButtonBox::rejected, this, &FollowUpDialog::reject);
    connect(m_ui->dueCheckBox, &QCheckBox::toggled, this, &FollowUpDialog::updateEnabled);
    connect(m_ui->statusComboBox, &QComboBox::currentIndexChanged, this,
            &FollowUpDialog::updateEnabled);
    fill(followUp);
    trackEdits();
}

FollowUpDialog::~FollowUpDialog() = default;

void FollowUpDialog::fill(const core::FollowUp &followUp)
{
    m_followUp = followUp;
    m_ui->actionLineEdit->setText(qs(followUp.action));
    int opd = 0;
    if (followUp.responsibleOpdId)
        opd = m_ui->opdComboBox->findData(
            QVariant::fromValue(static_cast<qlonglong>(*followUp.responsibleOpdId)));
    m_ui->opdComboBox->setCurrentIndex(std::max(opd, 0));
    m_ui->otherUnitLineEdit->setText(qs(followUp.responsibleOther));
    m_ui->personLineEdit->setText(qs(followUp.responsiblePerson));
    // A new follow-up gets a due date a month after its meeting unless the user clears it; a
    // stored one keeps its own.
    m_ui->dueCheckBox->setChecked(followUp.dueDate.has_value() || followUp.id == 0);
    m_ui->dueDateEdit->setDate(
        toQDate(followUp.dueDate ? *followUp.dueDate
                                 : m_ownerDate.value_or(m_today) + boost::gregorian::days(30)));
    m_ui->statusComboBox->setCurrentIndex(
        m_ui->statusComboBox->findData(static_cast<int>(followUp.status)));
    m_ui->doneDateEdit->setDate(toQDate(followUp.doneDate.value_or(m_today)));
    m_ui->progressNotesEdit->setPlainText(qs(followUp.progressNotes));
    updateEnabled();
}

void FollowUpDialog::updateEnabled()
{
    m_ui->dueDateEdit->setEnabled(m_ui->dueCheckBox->isChecked());
    m_ui->doneDateEdit->setEnabled(m_ui->statusComboBox->currentData().toInt()
                                   == static_cast<int>(core::FollowUpStatus::Done));
}

core::FollowUp FollowUpDialog::followUp() const
{
    core::FollowUp f = m_followUp;
    f.action = ss(m_ui->actionLineEdit->text().trimmed());
    const QVariant opd = m_ui->opdComboBox->currentData();
    f.responsibleOpdId = opd.isValid() ? std::optional<std::int64_t>(opd.toLongLong())
                                       : std::nullopt;
    f.responsibleOther = ss(m_ui->otherUnitLineEdit->text().trimmed());
    f.responsiblePerson = ss(m_ui->personLineEdit->text().trimmed());
    f.dueDate = m_ui->dueCheckBox->isChecked() ? toGregorian(m_ui->dueDateEdit->date())
                                               : std::nullopt;
    f.status = static_cast<core::FollowUpStatus>(m_ui->statusComboBox->currentData().toInt());
    f.doneDate = f.status == core::FollowUpStatus::Done ? toGregorian(m_ui->doneDateEdit->date())
                                                        : std::nullopt;
    f.progressNotes = ss(m_ui->progressNotesEdit->toPlainText().trimmed());
    return f;
}

QString FollowUpDialog::save()
{
    if (m_ui->dueCheckBox->isChecked() && !m_ui->dueDateEdit->date().isValid()) {
        m_ui->dueDateEdit->setFocus();
        return tr("Type the due date as 31/12/2024 or 31 Des 2024, or clear \"Due by\".");
    }
    const core::FollowUp edited = followUp();
    const std::optional<core::FollowUp> stored = m_followUp.id != 0 ? std::optional(m_followUp)
                                                                    : std::nullopt;
    if (const QString problem = usecases::followups::problemsOf(edited, stored, m_ownerDate,
                                                                m_today);
        !problem.isEmpty())
        return problem;
    if (edited.dueDate && edited.dueDate != m_followUp.dueDate
        && !DateEdit::confirmUnusualDate(this, toQDate(edited.dueDate), toQDate(m_today))) {
        m_ui->dueDateEdit->setFocus();
        return tr("Check the due date, then save again.");
    }
    m_followUp = m_saver ? m_saver(edited) : edited;
    return {};
}

bool FollowUpDialog::saveUnsavedWork()
{
    // Already stored (the meeting editor saves its open dialogs first).
    if (!isVisible())
        return true;
    return SaveDialog::saveUnsavedWork();
}

bool FollowUpDialog::reloadStored()
{
    if (!m_reloader)
        return false;
    const auto stored = m_reloader();
    if (!stored)
        return false;
    fill(*stored);
    return true;
}

} // namespace konvergensi::gui

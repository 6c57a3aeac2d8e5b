// SPDX-License-Identifier: GPL-3.0-or-later
#include "gui/actions/action_dialogs.h"

#include "gui/common/colours.h"
#include "gui/common/date_edit.h"
#include "gui/workspace/workspace_session.h"
#include "qtsupport/dates.h"
#include "qtsupport/text.h"
#include "reports/actions/action_report.h"
#include "storage/actions/action_repository.h"
#include "usecases/actions/action_checklist.h"
#include "usecases/changes.h"

#include "ui_action_dialog.h"
#include "ui_action_output_dialog.h"

#include <QPushButton>

namespace konvergensi::gui {

namespace {

void connectButtons(QDialogButtonBox *buttons, QDialog *dialog)
{
    QObject::connect(buttons, &QDialogButtonBox::accepted, dialog, &QDialog::accept);
    QObject::connect(buttons, &QDialogButtonBox::rejected, dialog, &QDialog::reject);
}

} // namespace

OutputDialog::OutputDialog(WorkspaceSession &session, const core::ActionOutput &output,
                           const QStringList &people, QWidget *parent)
    : SaveDialog(parent)
    , m_session(session)
    , m_ui(std::make_unique<Ui::ActionOutputDialog>())
    , m_output(output)
{
    m_ui->setupUi(this);
    setObjectName(QStringLiteral("outputDialog"));
    setWindowTitle(output.id == 0 ? tr("Add output") : tr("Edit output"));
    for (const auto state :
         {core::OutputState::NotStarted, core::OutputState::InProgress, core::OutputState::Done})
        m_ui->stateComboBox->addItem(reports::outputStateText(state), static_cast<int>(state));
    m_ui->responsibleComboBox->addItem(QString());
    m_ui->responsibleComboBox->addItems(people);
    m_ui->responsibleComboBox->lineEdit()->setMaxLength(200);
    m_ui->hintLabel->setStyleSheet(colours::textStyle(colours::muted));
    m_ui->doneDateLabel->setBuddy(m_ui->doneDateEdit->lineEdit());
    fill(output);
    connectButtons(m_ui->buttonBox, this);
    connect(m_ui->stateComboBox, &QComboBox::currentIndexChanged, this,
            &OutputDialog::updateDateEnabled);
    connect(&m_session, &WorkspaceSession::workspaceChanged, this,
            &OutputDialog::discardUnsavedWork);
    trackEdits();
}

OutputDialog::~OutputDialog() = default;

void OutputDialog::fill(const core::ActionOutput &output)
{
    m_output = output;
    m_ui->nameLineEdit->setText(qs(output.name));
    m_ui->stateComboBox->setCurrentIndex(
        m_ui->stateComboBox->findData(static_cast<int>(output.state)));
    m_ui->doneDateEdit->setDate(toQDate(output.doneDate.value_or(m_session.clock().today())));
    m_ui->responsibleComboBox->setCurrentText(qs(output.responsible));
    m_ui->notesEdit->setPlainText(qs(output.notes));
    updateDateEnabled();
}

void OutputDialog::updateDateEnabled()
{
    m_ui->doneDateEdit->setEnabled(m_ui->stateComboBox->currentData().toInt()
                                   == static_cast<int>(core::OutputState::Done));
}

core::ActionOutput OutputDialog::output() const
{
    core::ActionOutput out = m_output;
    out.name = ss(m_ui->nameLineEdit->text().trimmed());
    out.state = static_cast<core::OutputState>(m_ui->stateComboBox->currentData().toInt());
    out.doneDate.reset();
    if (out.state == core::OutputState::Done)
        out.doneDate = toGregorian(m_ui->doneDateEdit->date());
    out.responsible = ss(m_ui->responsibleComboBox->currentText().trimmed());
    out.notes = ss(m_ui->notesEdit->toPlainText().trimmed());
    return out;
}

QString OutputDialog::save()
{
    const core::ActionOutput out = output();
    if (out.doneDate
        && !DateEdit::confirmUnusualDate(this, toQDate(*out.doneDate),
                                         toQDate(m_session.clock().today())))
        return tr("Check the date done.");
    try {
        m_output = usecases::actions::saveOutput(m_session.database(), out);
    } catch (const usecases::actions::ChecklistError &error) {
        return error.message();
    }
    m_session.notifyChanged(usecases::Topic::Actions);
    return {};
}

bool OutputDialog::reloadStored()
{
    if (m_output.id == 0)
        return false;
    const auto stored = storage::ActionRepository(m_session.database()).output(m_output.id);
    if (!stored)
        return false;
    fill(*stored);
    return true;
}

ActionDialog::ActionDialog(WorkspaceSession &session, const core::Action &action,
                           const std::vector<core::Opd> &opds, QWidget *parent)
    : SaveDialog(parent)
    , m_session(session)
    , m_ui(std::make_unique<Ui::ActionDialog>())
    , m_action(action)
{
    m_ui->setupUi(this);
    setObjectName(QStringLiteral("actionDialog"));
    setWindowTitle(tr("Edit %1 (%2)").arg(reports::actionLabel(action)).arg(action.year));
    m_ui->leadOpdComboBox->addItem(tr("(not set)"), QVariant());
    for (const core::Opd &opd : opds)
        m_ui->leadOpdComboBox->addItem(qs(opd.shortName) + QStringLiteral(" \u2013 ")
                                           + qs(opd.name),
                                       QVariant::fromValue(static_cast<qint64>(opd.id)));
    m_ui->dueStartLabel->setBuddy(m_ui->dueStartDateEdit->lineEdit());
    m_ui->dueEndLabel->setBuddy(m_ui->dueEndDateEdit->lineEdit());
    fill(action);
    connectButtons(m_ui->buttonBox, this);
    connect(&m_session, &WorkspaceSession::workspaceChanged, this,
            &ActionDialog::discardUnsavedWork);
    trackEdits();
}

ActionDialog::~ActionDialog() = default;

void ActionDialog::fill(const core::Action &action)
{
    m_action = action;
    m_ui->nameLineEdit->setText(qs(action.name));
    m_ui->purposeEdit->setPlainText(qs(action.purpose));
    int lead = 0;
    if (action.leadOpdId)
        lead = std::max(0, m_ui->leadOpdComboBox->findData(
                               QVariant::fromValue(static_cast<qint64>(*action.leadOpdId))));
    m_ui->leadOpdComboBox->setCurrentIndex(lead);
    m_ui->dueStartDateEdit->setDate(toQDate(action.dueStart));
    m_ui->dueEndDateEdit->setDate(toQDate(action.dueEnd));
    m_ui->notesEdit->setPlainText(qs(action.notes));
}

core::Action ActionDialog::action() const
{
    core::Action out = m_action;
    out.name = ss(m_ui->nameLineEdit->text().trimmed());
    out.purpose = ss(m_ui->purposeEdit->toPlainText().trimmed());
    const QVariant lead = m_ui->leadOpdComboBox->currentData();
    out.leadOpdId.reset();
    if (lead.isValid())
        out.leadOpdId = lead.toLongLong();
    if (const auto start = toGregorian(m_ui->dueStartDateEdit->date()))
        out.dueStart = *start;
    if (const auto end = toGregorian(m_ui->dueEndDateEdit->date()))
        out.dueEnd = *end;
    out.notes = ss(m_ui->notesEdit->toPlainText().trimmed());
    return out;
}

QString ActionDialog::save()
{
    if (!m_ui->dueStartDateEdit->date().isValid() || !m_ui->dueEndDateEdit->date().isValid())
        return tr("Give both dates of the due period.");
    try {
        m_action = usecases::actions::saveAction(m_session.database(), action());
    } catch (const usecases::actions::ChecklistError &error) {
        return error.message();
    }
    m_session.notifyChanged(usecases::Topic::Actions);
    return {};
}

bool ActionDialog::reloadStored()
{
    const auto stored = storage::ActionRepository(m_session.database()).action(m_action.id);
    if (!stored)
        return false;
    fill(*stored);
    return true;
}

} // namespace konvergensi::gui

// SPDX-License-Identifier: GPL-3.0-or-later
#include "gui/actions/action_dialogs.h"

#include "qtsupport/text.h"
#include "reports/actions/action_report.h"

#include <QComboBox>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QVBoxLayout>

namespace konvergensi::gui {

namespace {

QDate toQDate(const boost::gregorian::date &date)
{
    return QDate(date.year(), date.month(), date.day());
}

boost::gregorian::date fromQDate(const QDate &date)
{
    return boost::gregorian::date(static_cast<unsigned short>(date.year()),
                                  static_cast<unsigned short>(date.month()),
                                  static_cast<unsigned short>(date.day()));
}

QDateEdit *makeDateEdit(QWidget *parent, const QString &name)
{
    auto *edit = new QDateEdit(parent);
    edit->setObjectName(name);
    edit->setCalendarPopup(true);
    edit->setDisplayFormat(QStringLiteral("dd-MM-yyyy"));
    edit->setDateRange(QDate(2000, 1, 1), QDate(2101, 12, 31));
    return edit;
}

QLabel *makeErrorLabel(QWidget *parent)
{
    auto *label = new QLabel(parent);
    label->setObjectName(QStringLiteral("errorLabel"));
    label->setStyleSheet(QStringLiteral("color: #c62828;"));
    label->setWordWrap(true);
    return label;
}

QDialogButtonBox *makeButtons(QDialog *dialog)
{
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, dialog);
    buttons->setObjectName(QStringLiteral("buttonBox"));
    QObject::connect(buttons, &QDialogButtonBox::accepted, dialog, &QDialog::accept);
    QObject::connect(buttons, &QDialogButtonBox::rejected, dialog, &QDialog::reject);
    return buttons;
}

} // namespace

QString describeActionProblem(int problem)
{
    switch (static_cast<core::ActionProblem>(problem)) {
    case core::ActionProblem::EmptyKey:
        return OutputDialog::tr("An action needs a key (such as 3).");
    case core::ActionProblem::EmptyName:
        return OutputDialog::tr("An action needs a name.");
    case core::ActionProblem::DueEndBeforeStart:
        return OutputDialog::tr("The due period ends before it starts.");
    case core::ActionProblem::DueOutsideYear:
        return OutputDialog::tr("The due period must start in the action's year and end by the "
                                "end of the next year.");
    case core::ActionProblem::OutputEmptyName:
        return OutputDialog::tr("An output needs a name.");
    case core::ActionProblem::OutputDoneWithoutDate:
        return OutputDialog::tr("Give the date the output was done.");
    }
    return {};
}

OutputDialog::OutputDialog(const core::ActionOutput &output, const QStringList &people,
                           const boost::gregorian::date &today, QWidget *parent)
    : QDialog(parent)
    , m_output(output)
{
    setObjectName(QStringLiteral("outputDialog"));
    setWindowTitle(output.id == 0 ? tr("Add output") : tr("Edit output"));
    auto *layout = new QVBoxLayout(this);
    auto *form = new QFormLayout;
    m_name = new QLineEdit(qs(output.name), this);
    m_name->setObjectName(QStringLiteral("nameLineEdit"));
    m_name->setMinimumWidth(380);
    form->addRow(tr("&Output:"), m_name);
    m_state = new QComboBox(this);
    m_state->setObjectName(QStringLiteral("stateComboBox"));
    for (const auto state :
         {core::OutputState::NotStarted, core::OutputState::InProgress, core::OutputState::Done})
        m_state->addItem(reports::outputStateText(state), static_cast<int>(state));
    m_state->setCurrentIndex(m_state->findData(static_cast<int>(output.state)));
    form->addRow(tr("&Status:"), m_state);
    m_doneDate = makeDateEdit(this, QStringLiteral("doneDateEdit"));
    m_doneDate->setDate(toQDate(output.doneDate.value_or(today)));
    form->addRow(tr("&Date done:"), m_doneDate);
    m_responsible = new QComboBox(this);
    m_responsible->setObjectName(QStringLiteral("responsibleComboBox"));
    m_responsible->setEditable(true);
    m_responsible->addItem(QString());
    m_responsible->addItems(people);
    m_responsible->setCurrentText(qs(output.responsible));
    form->addRow(tr("&Responsible:"), m_responsible);
    m_notes = new QPlainTextEdit(qs(output.notes), this);
    m_notes->setObjectName(QStringLiteral("notesEdit"));
    m_notes->setTabChangesFocus(true);
    m_notes->setFixedHeight(m_notes->fontMetrics().lineSpacing() * 4 + 12);
    form->addRow(tr("&Notes:"), m_notes);
    layout->addLayout(form);
    auto *hint = new QLabel(tr("An output counts for progress when it is done and at least one "
                               "evidence document is attached."),
                            this);
    hint->setWordWrap(true);
    hint->setStyleSheet(QStringLiteral("color: palette(mid);"));
    layout->addWidget(hint);
    m_error = makeErrorLabel(this);
    layout->addWidget(m_error);
    layout->addWidget(makeButtons(this));
    connect(m_state, &QComboBox::currentIndexChanged, this, &OutputDialog::updateDateEnabled);
    updateDateEnabled();
}

void OutputDialog::updateDateEnabled()
{
    m_doneDate->setEnabled(m_state->currentData().toInt()
                           == static_cast<int>(core::OutputState::Done));
}

core::ActionOutput OutputDialog::output() const
{
    core::ActionOutput out = m_output;
    out.name = ss(m_name->text().trimmed());
    out.state = static_cast<core::OutputState>(m_state->currentData().toInt());
    out.doneDate.reset();
    if (out.state == core::OutputState::Done)
        out.doneDate = fromQDate(m_doneDate->date());
    out.responsible = ss(m_responsible->currentText().trimmed());
    out.notes = ss(m_notes->toPlainText().trimmed());
    return out;
}

void OutputDialog::accept()
{
    const auto problems = core::validate(output());
    if (!problems.empty()) {
        m_error->setText(describeActionProblem(static_cast<int>(problems.front())));
        return;
    }
    QDialog::accept();
}

ActionDialog::ActionDialog(const core::Action &action, const std::vector<core::Opd> &opds,
                           QWidget *parent)
    : QDialog(parent)
    , m_action(action)
{
    setObjectName(QStringLiteral("actionDialog"));
    setWindowTitle(tr("Edit %1 (%2)").arg(reports::actionLabel(action)).arg(action.year));
    auto *layout = new QVBoxLayout(this);
    auto *form = new QFormLayout;
    m_name = new QLineEdit(qs(action.name), this);
    m_name->setObjectName(QStringLiteral("nameLineEdit"));
    m_name->setMinimumWidth(420);
    form->addRow(tr("&Name:"), m_name);
    m_purpose = new QPlainTextEdit(qs(action.purpose), this);
    m_purpose->setObjectName(QStringLiteral("purposeEdit"));
    m_purpose->setTabChangesFocus(true);
    m_purpose->setFixedHeight(m_purpose->fontMetrics().lineSpacing() * 4 + 12);
    form->addRow(tr("&Purpose:"), m_purpose);
    m_lead = new QComboBox(this);
    m_lead->setObjectName(QStringLiteral("leadOpdComboBox"));
    m_lead->addItem(tr("(not set)"), QVariant());
    for (const core::Opd &opd : opds)
        m_lead->addItem(qs(opd.shortName) + QStringLiteral(" \u2013 ") + qs(opd.name),
                        QVariant::fromValue(static_cast<qint64>(opd.id)));
    if (action.leadOpdId) {
        const int index = m_lead->findData(
            QVariant::fromValue(static_cast<qint64>(*action.leadOpdId)));
        m_lead->setCurrentIndex(index >= 0 ? index : 0);
    }
    form->addRow(tr("&Lead OPD:"), m_lead);
    m_dueStart = makeDateEdit(this, QStringLiteral("dueStartDateEdit"));
    m_dueStart->setDate(toQDate(action.dueStart));
    form->addRow(tr("Due period &from:"), m_dueStart);
    m_dueEnd = makeDateEdit(this, QStringLiteral("dueEndDateEdit"));
    m_dueEnd->setDate(toQDate(action.dueEnd));
    form->addRow(tr("Due &date:"), m_dueEnd);
    m_notes = new QPlainTextEdit(qs(action.notes), this);
    m_notes->setObjectName(QStringLiteral("notesEdit"));
    m_notes->setTabChangesFocus(true);
    m_notes->setFixedHeight(m_notes->fontMetrics().lineSpacing() * 3 + 12);
    form->addRow(tr("N&otes:"), m_notes);
    layout->addLayout(form);
    m_error = makeErrorLabel(this);
    layout->addWidget(m_error);
    layout->addWidget(makeButtons(this));
}

core::Action ActionDialog::action() const
{
    core::Action out = m_action;
    out.name = ss(m_name->text().trimmed());
    out.purpose = ss(m_purpose->toPlainText().trimmed());
    const QVariant lead = m_lead->currentData();
    out.leadOpdId.reset();
    if (lead.isValid())
        out.leadOpdId = lead.toLongLong();
    out.dueStart = fromQDate(m_dueStart->date());
    out.dueEnd = fromQDate(m_dueEnd->date());
    out.notes = ss(m_notes->toPlainText().trimmed());
    return out;
}

void ActionDialog::accept()
{
    const auto problems = core::validate(action());
    if (!problems.empty()) {
        m_error->setText(describeActionProblem(static_cast<int>(problems.front())));
        return;
    }
    QDialog::accept();
}

} // namespace konvergensi::gui

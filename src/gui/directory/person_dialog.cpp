// SPDX-License-Identifier: GPL-3.0-or-later
#include "gui/directory/person_dialog.h"

#include "gui/directory/opd_dialog.h"
#include "gui/workspace/workspace_session.h"
#include "qtsupport/text.h"
#include "storage/directory/directory_repository.h"
#include "ui_person_dialog.h"

namespace konvergensi::gui {

PersonDialog::PersonDialog(WorkspaceSession &session, const core::Person &person,
                           const std::vector<core::Opd> &opds, QWidget *parent)
    : SaveDialog(parent)
    , m_session(session)
    , m_ui(std::make_unique<Ui::PersonDialog>())
    , m_person(person)
{
    m_ui->setupUi(this);
    setObjectName(QStringLiteral("personDialog"));
    setWindowTitle(person.id == 0 ? tr("Add person") : tr("Edit person"));
    m_ui->errorLabel->hide(); // SaveDialog shows refusals above the form
    for (const auto &opd : opds) {
        m_ui->opdComboBox->addItem(qs(opd.shortName) + QStringLiteral(" — ") + qs(opd.name),
                                   QVariant::fromValue(static_cast<qint64>(opd.id)));
    }
    fill(person);
    connect(m_ui->buttonBox, &QDialogButtonBox::accepted, this, &PersonDialog::accept);
    connect(m_ui->buttonBox, &QDialogButtonBox::rejected, this, &PersonDialog::reject);
    trackEdits();
}

PersonDialog::~PersonDialog() = default;

void PersonDialog::fill(const core::Person &person)
{
    const int current = m_ui->opdComboBox->findData(
        QVariant::fromValue(static_cast<qint64>(person.opdId)));
    m_ui->opdComboBox->setCurrentIndex(current >= 0 ? current : 0);
    m_ui->nameLineEdit->setText(qs(person.name));
    m_ui->positionLineEdit->setText(qs(person.position));
    m_ui->phoneLineEdit->setText(qs(person.phone));
}

core::Person PersonDialog::person() const
{
    core::Person out = m_person;
    out.opdId = m_ui->opdComboBox->currentData().toLongLong();
    out.name = ss(m_ui->nameLineEdit->text().trimmed());
    out.position = ss(m_ui->positionLineEdit->text().trimmed());
    out.phone = ss(m_ui->phoneLineEdit->text().trimmed());
    return out;
}

QString PersonDialog::save()
{
    if (m_ui->opdComboBox->currentIndex() < 0)
        return tr("Choose the OPD this person works in.");
    const core::Person edited = person();
    const auto problems = core::validate(edited);
    if (!problems.empty())
        return describeProblem(problems.front());
    m_person = edited.id == 0 ? m_session.directory().addPerson(edited)
                              : m_session.directory().updatePerson(edited);
    m_session.notifyChanged(usecases::Topic::Directory);
    return {};
}

bool PersonDialog::reloadStored()
{
    const auto stored = m_session.directory().person(m_person.id);
    if (!stored)
        return false;
    m_person = *stored;
    fill(*stored);
    return true;
}

} // namespace konvergensi::gui

// SPDX-License-Identifier: GPL-3.0-or-later
#include "gui/directory/person_dialog.h"

#include "gui/directory/opd_dialog.h"
#include "qtsupport/text.h"
#include "ui_person_dialog.h"

namespace konvergensi::gui {

PersonDialog::PersonDialog(const core::Person &person, const std::vector<core::Opd> &opds,
                           QWidget *parent)
    : QDialog(parent)
    , m_ui(std::make_unique<Ui::PersonDialog>())
    , m_person(person)
{
    m_ui->setupUi(this);
    setObjectName(QStringLiteral("personDialog"));
    setWindowTitle(person.id == 0 ? tr("Add person") : tr("Edit person"));
    for (const auto &opd : opds) {
        m_ui->opdComboBox->addItem(qs(opd.shortName) + QStringLiteral(" — ") + qs(opd.name),
                                   QVariant::fromValue(static_cast<qint64>(opd.id)));
    }
    const int current = m_ui->opdComboBox->findData(
        QVariant::fromValue(static_cast<qint64>(person.opdId)));
    m_ui->opdComboBox->setCurrentIndex(current >= 0 ? current : 0);
    m_ui->nameLineEdit->setText(qs(person.name));
    m_ui->positionLineEdit->setText(qs(person.position));
    m_ui->phoneLineEdit->setText(qs(person.phone));
    connect(m_ui->buttonBox, &QDialogButtonBox::accepted, this, &PersonDialog::accept);
    connect(m_ui->buttonBox, &QDialogButtonBox::rejected, this, &PersonDialog::reject);
}

PersonDialog::~PersonDialog() = default;

core::Person PersonDialog::person() const
{
    core::Person out = m_person;
    out.opdId = m_ui->opdComboBox->currentData().toLongLong();
    out.name = ss(m_ui->nameLineEdit->text().trimmed());
    out.position = ss(m_ui->positionLineEdit->text().trimmed());
    out.phone = ss(m_ui->phoneLineEdit->text().trimmed());
    return out;
}

void PersonDialog::accept()
{
    if (m_ui->opdComboBox->currentIndex() < 0) {
        m_ui->errorLabel->setText(tr("Choose the OPD this person works in."));
        return;
    }
    const auto problems = core::validate(person());
    if (!problems.empty()) {
        m_ui->errorLabel->setText(describeProblem(problems.front()));
        return;
    }
    QDialog::accept();
}

} // namespace konvergensi::gui

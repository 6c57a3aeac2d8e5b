// SPDX-License-Identifier: GPL-3.0-or-later
#include "gui/directory/opd_dialog.h"

#include "qtsupport/text.h"
#include "ui_opd_dialog.h"

namespace konvergensi::gui {

QString describeProblem(core::DirectoryProblem problem)
{
    switch (problem) {
    case core::DirectoryProblem::EmptyName:
        return OpdDialog::tr("A name is required.");
    case core::DirectoryProblem::EmptyShortName:
        return OpdDialog::tr("A short name (such as Bappeda or Dinkes) is required.");
    case core::DirectoryProblem::PhoneNotAPhone:
        return OpdDialog::tr("The phone number may hold only digits, spaces, +, - and "
                             "parentheses, with at least 6 digits.");
    }
    return {};
}

OpdDialog::OpdDialog(const core::Opd &opd, QWidget *parent)
    : QDialog(parent)
    , m_ui(std::make_unique<Ui::OpdDialog>())
    , m_opd(opd)
{
    m_ui->setupUi(this);
    setObjectName(QStringLiteral("opdDialog"));
    setWindowTitle(opd.id == 0 ? tr("Add OPD") : tr("Edit OPD"));
    m_ui->shortNameLineEdit->setText(qs(opd.shortName));
    m_ui->nameLineEdit->setText(qs(opd.name));
    connect(m_ui->buttonBox, &QDialogButtonBox::accepted, this, &OpdDialog::accept);
    connect(m_ui->buttonBox, &QDialogButtonBox::rejected, this, &OpdDialog::reject);
}

OpdDialog::~OpdDialog() = default;

core::Opd OpdDialog::opd() const
{
    core::Opd out = m_opd;
    out.shortName = ss(m_ui->shortNameLineEdit->text().trimmed());
    out.name = ss(m_ui->nameLineEdit->text().trimmed());
    return out;
}

void OpdDialog::accept()
{
    const auto problems = core::validate(opd());
    if (!problems.empty()) {
        m_ui->errorLabel->setText(describeProblem(problems.front()));
        return;
    }
    QDialog::accept();
}

} // namespace konvergensi::gui

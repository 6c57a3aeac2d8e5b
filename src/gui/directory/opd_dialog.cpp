// SPDX-License-Identifier: GPL-3.0-or-later
#include "gui/directory/opd_dialog.h"

#include "gui/workspace/workspace_session.h"
#include "qtsupport/text.h"
#include "storage/directory/directory_repository.h"
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

OpdDialog::OpdDialog(WorkspaceSession &session, const core::Opd &opd, QWidget *parent)
    : SaveDialog(parent)
    , m_session(session)
    , m_ui(std::make_unique<Ui::OpdDialog>())
    , m_opd(opd)
{
    m_ui->setupUi(this);
    setObjectName(QStringLiteral("opdDialog"));
    setWindowTitle(opd.id == 0 ? tr("Add OPD") : tr("Edit OPD"));
    m_ui->errorLabel->hide(); // SaveDialog shows refusals above the form
    fill(opd);
    connect(m_ui->buttonBox, &QDialogButtonBox::accepted, this, &OpdDialog::accept);
    connect(m_ui->buttonBox, &QDialogButtonBox::rejected, this, &OpdDialog::reject);
    trackEdits();
}

OpdDialog::~OpdDialog() = default;

void OpdDialog::fill(const core::Opd &opd)
{
    m_ui->shortNameLineEdit->setText(qs(opd.shortName));
    m_ui->nameLineEdit->setText(qs(opd.name));
}

core::Opd OpdDialog::opd() const
{
    core::Opd out = m_opd;
    out.shortName = ss(m_ui->shortNameLineEdit->text().trimmed());
    out.name = ss(m_ui->nameLineEdit->text().trimmed());
    return out;
}

QString OpdDialog::save()
{
    const core::Opd edited = opd();
    const auto problems = core::validate(edited);
    if (!problems.empty())
        return describeProblem(problems.front());
    m_opd = edited.id == 0 ? m_session.directory().addOpd(edited)
                           : m_session.directory().updateOpd(edited);
    m_session.notifyChanged(usecases::Topic::Directory);
    return {};
}

bool OpdDialog::reloadStored()
{
    const auto stored = m_session.directory().opd(m_opd.id);
    if (!stored)
        return false;
    m_opd = *stored;
    fill(*stored);
    return true;
}

} // namespace konvergensi::gui

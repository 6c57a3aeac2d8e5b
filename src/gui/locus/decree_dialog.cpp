// SPDX-License-Identifier: GPL-3.0-or-later
#include "gui/locus/decree_dialog.h"

#include "ui_locus_decree_dialog.h"
#include "ui_locus_kpm_dialog.h"

#include "gui/common/attachments_widget.h"
#include "gui/common/date_edit.h"
#include "gui/locus/locus_widgets.h"
#include "gui/workspace/workspace_session.h"
#include "qtsupport/dates.h"
#include "qtsupport/text.h"

#include "storage/locus/locus_repository.h"
#include "usecases/locus/locus_lists.h"
#include "usecases/locus/scorecards.h"

#include <QPushButton>

namespace konvergensi::gui::locus {

namespace {

constexpr int kNotesLength = 1000;

/// The date typed is checked: a text that is no date, or a date far from today the user does
/// not confirm, gives the message to show.
QString readDate(QWidget *parent, const DateEdit *edit, const QDate &today,
                 std::optional<boost::gregorian::date> &date)
{
    if (!edit->hasAcceptableInput())
        return QCoreApplication::translate("LocusDialogs",
                                           "\"%1\" is not a date. Type it as 5/12/2023 or "
                                           "5 Desember 2023, or leave it empty.")
            .arg(edit->lineEdit()->text());
    date = toGregorian(edit->date());
    if (date && !DateEdit::confirmUnusualDate(parent, edit->date(), today))
        return QCoreApplication::translate("LocusDialogs", "Check the date, then save again.");
    return {};
}

} // namespace

DecreeDialog::DecreeDialog(WorkspaceSession &session, const core::LocusDecree &decree,
                           QWidget *parent)
    : SaveDialog(parent)
    , m_session(session)
    , m_ui(std::make_unique<Ui::LocusDecreeDialog>())
    , m_decree(decree)
{
    m_ui->setupUi(this);
    setObjectName(QStringLiteral("decreeDialog"));
    setWindowTitle(tr("Regent's decree on the locus villages of %1").arg(decree.year));
    m_ui->decreeDateEdit->setAllowEmpty(true);
    m_ui->decreeDateEdit->setPlaceholderText(tr("not dated yet"));
    limitLength(m_ui->decreeNotesEdit, m_ui->decreeNotesCounter, kNotesLength);
    m_attachments = new AttachmentsWidget(session, storage::LocusRepository::kDecreeOwnerType,
                                          {{QStringLiteral("decree"), tr("Signed decree")},
                                           {QStringLiteral("attachment"), tr("Attachment")},
                                           {QStringLiteral("other"), tr("Other document")}},
                                          m_ui->documentsBox);
    m_ui->documentsLayout->addWidget(m_attachments);
    fill(decree);
    connect(m_ui->buttonBox, &QDialogButtonBox::accepted, this, &DecreeDialog::accept);
    connect(m_ui->buttonBox, &QDialogButtonBox::rejected, this, &DecreeDialog::reject);
    connect(&session, &WorkspaceSession::workspaceChanged, this, &DecreeDialog::discardUnsavedWork);
    trackEdits();
    connect(m_ui->decreeDateEdit, &DateEdit::dateChanged, this, [this] { setModified(true); });
}

DecreeDialog::~DecreeDialog() = default;

void DecreeDialog::fill(const core::LocusDecree &decree)
{
    const QSignalBlocker blocker(m_ui->decreeDateEdit);
    m_ui->decreeNumberEdit->setText(qs(decree.number));
    m_ui->decreeDateEdit->setDate(toQDate(decree.date));
    m_ui->decreeSignedByEdit->setText(qs(decree.signedBy));
    m_ui->decreeNotesEdit->setPlainText(qs(decree.notes));
    m_attachments->setOwner(decree.id);
}

QString DecreeDialog::save()
{
    core::LocusDecree decree = m_decree;
    decree.number = ss(m_ui->decreeNumberEdit->text());
    decree.signedBy = ss(m_ui->decreeSignedByEdit->text());
    decree.notes = ss(m_ui->decreeNotesEdit->toPlainText());
    if (QString problem = readDate(this, m_ui->decreeDateEdit, toQDate(m_session.clock().today()),
                                   decree.date);
        !problem.isEmpty())
        return problem;
    m_decree = usecases::locus::saveDecree(m_session.database(), decree);
    m_attachments->setOwner(m_decree.id);
    m_session.notifyChanged(usecases::Topic::Locus);
    return {};
}

bool DecreeDialog::reloadStored()
{
    m_decree = usecases::locus::decreeOf(m_session.database(), m_decree.year);
    fill(m_decree);
    return true;
}

KpmDialog::KpmDialog(WorkspaceSession &session, const core::Kpm &kpm, const QString &villageName,
                     QWidget *parent)
    : SaveDialog(parent)
    , m_session(session)
    , m_ui(std::make_unique<Ui::LocusKpmDialog>())
    , m_kpm(kpm)
{
    m_ui->setupUi(this);
    setObjectName(QStringLiteral("kpmDialog"));
    setWindowTitle(tr("KPM of %1").arg(villageName));
    m_ui->kpmHeadingLabel->setText(
        tr("The human development cadre (KPM) of %1 (%2), who collects the village's "
           "convergence scorecard.")
            .arg(villageName, qs(kpm.village.toString())));
    m_ui->kpmSinceEdit->setAllowEmpty(true);
    m_ui->kpmSinceEdit->setPlaceholderText(tr("not known"));
    fill(kpm);
    connect(m_ui->buttonBox, &QDialogButtonBox::accepted, this, &KpmDialog::accept);
    connect(m_ui->buttonBox, &QDialogButtonBox::rejected, this, &KpmDialog::reject);
    connect(&session, &WorkspaceSession::workspaceChanged, this, &KpmDialog::discardUnsavedWork);
    trackEdits();
    connect(m_ui->kpmSinceEdit, &DateEdit::dateChanged, this, [this] { setModified(true); });
}

KpmDialog::~KpmDialog() = default;

void KpmDialog::fill(const core::Kpm &kpm)
{
    const QSignalBlocker blocker(m_ui->kpmSinceEdit);
    m_ui->kpmNameEdit->setText(qs(kpm.name));
    m_ui->kpmPhoneEdit->setText(qs(kpm.phone));
    m_ui->kpmSinceEdit->setDate(toQDate(kpm.since));
}

QString KpmDialog::save()
{
    core::Kpm kpm = m_kpm;
    kpm.name = ss(m_ui->kpmNameEdit->text());
    kpm.phone = ss(m_ui->kpmPhoneEdit->text());
    if (QString problem = readDate(this, m_ui->kpmSinceEdit, toQDate(m_session.clock().today()),
                                   kpm.since);
        !problem.isEmpty())
        return problem;
    m_kpm = usecases::locus::saveKpm(m_session.database(), kpm);
    m_session.notifyChanged(usecases::Topic::Locus);
    return {};
}

bool KpmDialog::reloadStored()
{
    m_kpm = usecases::locus::kpmOf(m_session.database(), m_kpm.village);
    fill(m_kpm);
    return true;
}

} // namespace konvergensi::gui::locus

// SPDX-License-Identifier: GPL-3.0-or-later
#include "gui/meetings/follow_up_done_dialog.h"

#include "gui/common/date_edit.h"
#include "gui/meetings/meeting_widgets.h"
#include "qtsupport/dates.h"
#include "qtsupport/text.h"
#include "ui_meetings_follow_up_done_dialog.h"

#include <QPushButton>

namespace konvergensi::gui {

FollowUpDoneDialog::FollowUpDoneDialog(const core::FollowUp &followUp, const QDate &today,
                                       MarkDone markDone, QWidget *parent)
    : SaveDialog(parent)
    , m_ui(std::make_unique<Ui::FollowUpDoneDialog>())
    , m_markDone(std::move(markDone))
{
    m_ui->setupUi(this);
    setObjectName(QStringLiteral("followUpDoneDialog"));
    m_ui->followUpLabel->setText(meetings_ui::shortened(qs(followUp.action), 160));
    m_ui->followUpLabel->setToolTip(qs(followUp.action));
    m_ui->doneDateEdit->setDate(today);
    m_ui->buttonBox->button(QDialogButtonBox::Save)->setText(tr("&Mark done"));
    m_ui->buttonBox->button(QDialogButtonBox::Save)->setObjectName(QStringLiteral("saveButton"));
    connect(m_ui->buttonBox, &QDialogButtonBox::accepted, this, &FollowUpDoneDialog::accept);
    connect(m_ui->buttonBox, &QDialogButtonBox::rejected, this, &FollowUpDoneDialog::reject);
    trackEdits();
}

FollowUpDoneDialog::~FollowUpDoneDialog() = default;

QDate FollowUpDoneDialog::doneDate() const
{
    return m_ui->doneDateEdit->date();
}

QString FollowUpDoneDialog::save()
{
    const auto date = toGregorian(doneDate());
    if (!date) {
        m_ui->doneDateEdit->setFocus();
        return tr("Type the date it was done, such as 5/12/2024 or 5 Des 2024.");
    }
    m_markDone(*date);
    return {};
}

} // namespace konvergensi::gui

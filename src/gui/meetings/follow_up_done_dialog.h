// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/followups/follow_up.h"
#include "gui/common/save_dialog.h"

#include <QDate>

#include <functional>
#include <memory>

namespace Ui {
class FollowUpDoneDialog;
}

namespace konvergensi::gui {

/// Asks the date a follow-up was done (today unless changed) before it is marked done on the
/// board (form ui/meetings_follow_up_done_dialog.ui); OK marks it through `markDone`
/// (usecases::followups::markDone), which refuses a date after today or before the meeting.
class FollowUpDoneDialog : public SaveDialog
{
    Q_OBJECT
public:
    using MarkDone = std::function<void(const boost::gregorian::date &doneOn)>;

    FollowUpDoneDialog(const core::FollowUp &followUp, const QDate &today, MarkDone markDone,
                       QWidget *parent = nullptr);
    ~FollowUpDoneDialog() override;

    QDate doneDate() const;

protected:
    QString save() override;

private:
    const std::unique_ptr<Ui::FollowUpDoneDialog> m_ui;
    MarkDone m_markDone;
};

} // namespace konvergensi::gui

// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/directory/opd.h"
#include "core/followups/follow_up.h"
#include "gui/common/save_dialog.h"

#include <functional>
#include <memory>
#include <optional>
#include <vector>

namespace Ui {
class FollowUpDialog;
}

namespace konvergensi::gui {

/// Adds or edits one follow-up (rencana tindak lanjut): what, the responsible OPD (or
/// another unit such as a puskesmas), the person, the due date, the status and the notes
/// (form ui/meetings_follow_up_dialog.ui). OK checks the rules (usecases::followups::
/// problemsOf) and asks about a due date far from today; then it stores the follow-up
/// through the saver when one is set (the follow-up board), or only closes (a follow-up
/// edited within its meeting or audit case, stored with it).
class FollowUpDialog : public SaveDialog
{
    Q_OBJECT
public:
    using Saver = std::function<core::FollowUp(const core::FollowUp &)>;
    using Reloader = std::function<std::optional<core::FollowUp>()>;

    FollowUpDialog(const core::FollowUp &followUp, std::vector<core::Opd> opds,
                   std::optional<boost::gregorian::date> ownerDate,
                   const boost::gregorian::date &today, QWidget *parent = nullptr);
    ~FollowUpDialog() override;

    /// Stores the follow-up on OK (throws storage::StorageError when it cannot).
    void setSaver(Saver saver) { m_saver = std::move(saver); }
    /// Reads the stored follow-up again (after someone else changed it).
    void setReloader(Reloader reloader) { m_reloader = std::move(reloader); }

    /// The follow-up as edited (as stored, once saved through the saver).
    core::FollowUp followUp() const;
    bool saveUnsavedWork() override;

protected:
    QString save() override;
    bool reloadStored() override;

private:
    void fill(const core::FollowUp &followUp);
    void updateEnabled();

    const std::unique_ptr<Ui::FollowUpDialog> m_ui;
    core::FollowUp m_followUp;
    std::optional<boost::gregorian::date> m_ownerDate;
    boost::gregorian::date m_today;
    Saver m_saver;
    Reloader m_reloader;
};

} // namespace konvergensi::gui

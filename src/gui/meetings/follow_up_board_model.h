// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "gui/meetings/keyed_rows_model.h"
#include "storage/followups/follow_up_repository.h"

namespace konvergensi::gui {

/// The follow-up board: follow-ups across meetings. The first column is a check box "done";
/// ticking or clearing it changes nothing itself but asks (doneToggled): the board asks for
/// the date done, or takes the mark back, through the use cases, and reloads. Overdue rows
/// are shown in red with the days overdue; long texts show whole in their tooltip.
class FollowUpBoardModel : public KeyedRowsModel<storage::FollowUpEntry>
{
    Q_OBJECT
public:
    enum Column {
        DoneColumn,
        DueColumn,
        StatusColumn,
        ActionColumn,
        ResponsibleColumn, ///< the OPD or unit, and the person when named
        RegisterColumn,    ///< Rapat TPPS or Audit Kasus Stunting, as the CLI names it
        MeetingColumn,
        NotesColumn,
        ColumnCount
    };
    enum Role { IdRole = Qt::UserRole + 1, SortRole, OverdueRole };

    explicit FollowUpBoardModel(QObject *parent = nullptr);

    void setEntries(std::vector<storage::FollowUpEntry> entries) { setRows(std::move(entries)); }
    const storage::FollowUpEntry *entryAt(int row) const { return rowAt(row); }
    const std::vector<storage::FollowUpEntry> &entries() const { return rows(); }
    int overdueCount() const;
    /// Which registers' follow-ups the user may tick done (the login's rights on a server);
    /// the others show their check box without offering it.
    void setTickable(bool meetings, bool caseAudit);

    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    bool setData(const QModelIndex &index, const QVariant &value, int role) override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

Q_SIGNALS:
    /// The user ticked (done) or cleared the check box of a follow-up.
    void doneToggled(std::int64_t followUpId, bool done);

private:
    bool m_tickMeetings = true;
    bool m_tickCaseAudit = true;
};

} // namespace konvergensi::gui

// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "gui/meetings/keyed_rows_model.h"
#include "storage/meetings/meeting_repository.h"

namespace konvergensi::gui {

/// The meeting register: one row per meeting. SortRole gives values that sort right (ISO
/// dates, numbers); long texts show whole in their tooltip. A reload keeps the rows that
/// are still there in place (see KeyedRowsModel).
class MeetingListModel : public KeyedRowsModel<storage::MeetingSummary>
{
    Q_OBJECT
public:
    enum Column {
        DateColumn,
        KindColumn,
        TitleColumn,
        RegionColumn,
        VenueColumn,
        DecisionsColumn,
        PendingColumn,
        OverdueColumn,
        ColumnCount
    };
    enum Role { IdRole = Qt::UserRole + 1, SortRole };

    explicit MeetingListModel(QObject *parent = nullptr);

    void setMeetings(std::vector<storage::MeetingSummary> meetings)
    {
        setRows(std::move(meetings));
    }
    const storage::MeetingSummary *meetingAt(int row) const { return rowAt(row); }
    const std::vector<storage::MeetingSummary> &meetings() const { return rows(); }

    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;
};

} // namespace konvergensi::gui

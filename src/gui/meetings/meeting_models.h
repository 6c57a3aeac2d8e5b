// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/meetings/meeting.h"
#include "storage/followups/follow_up_repository.h"
#include "storage/meetings/meeting_repository.h"

#include <QAbstractTableModel>

#include <map>
#include <vector>

namespace konvergensi::gui {

/// The meeting register: one row per meeting. SortRole gives values that sort right (ISO
/// dates, numbers).
class MeetingListModel : public QAbstractTableModel
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

    void setMeetings(std::vector<storage::MeetingSummary> meetings);
    const storage::MeetingSummary *meetingAt(int row) const;
    int rowOf(std::int64_t id) const;
    const std::vector<storage::MeetingSummary> &meetings() const { return m_meetings; }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

private:
    std::vector<storage::MeetingSummary> m_meetings;
};

/// The follow-up board: follow-ups across meetings. The first column is a check box "done";
/// ticking it asks (doneToggled) rather than changing anything itself: the page applies the
/// rule and reloads. Overdue rows are shown in red with the days overdue.
class FollowUpBoardModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column {
        DoneColumn,
        DueColumn,
        StatusColumn,
        ActionColumn,
        ResponsibleColumn,
        PersonColumn,
        MeetingColumn,
        NotesColumn,
        ColumnCount
    };
    enum Role { IdRole = Qt::UserRole + 1, SortRole, OverdueRole };

    explicit FollowUpBoardModel(QObject *parent = nullptr);

    void setEntries(std::vector<storage::FollowUpEntry> entries);
    const storage::FollowUpEntry *entryAt(int row) const;
    int rowOf(std::int64_t followUpId) const;
    int overdueCount() const;
    const std::vector<storage::FollowUpEntry> &entries() const { return m_entries; }

    int rowCount(const QModelIndex &parent = {}) const override;
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
    std::vector<storage::FollowUpEntry> m_entries;
};

/// The attendance of the meeting being edited.
class AttendanceModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column { InstitutionColumn, NameColumn, PositionColumn, AttendanceColumn, ColumnCount };

    explicit AttendanceModel(QObject *parent = nullptr);

    void setAttendees(const std::vector<core::Attendee> &attendees);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

private:
    std::vector<core::Attendee> m_attendees;
};

/// The follow-ups of one decision in the meeting being edited.
class DecisionFollowUpModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column { ActionColumn, ResponsibleColumn, DueColumn, StatusColumn, ColumnCount };

    explicit DecisionFollowUpModel(QObject *parent = nullptr);

    void setFollowUps(const std::vector<core::FollowUp> &followUps,
                      const boost::gregorian::date &today);
    void setOpdNames(std::map<std::int64_t, QString> names);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

private:
    std::vector<core::FollowUp> m_followUps;
    std::map<std::int64_t, QString> m_opdNames;
    boost::gregorian::date m_today;
};

} // namespace konvergensi::gui

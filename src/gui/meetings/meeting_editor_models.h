// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/meetings/meeting.h"

#include <QAbstractTableModel>

#include <cstdint>
#include <map>
#include <vector>

namespace konvergensi::gui {

/// The attendance of the meeting being edited (rows in the meeting's order).
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

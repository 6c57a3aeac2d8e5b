// SPDX-License-Identifier: GPL-3.0-or-later
#include "gui/meetings/meeting_editor_models.h"

#include "gui/common/colours.h"
#include "gui/common/date_edit.h"
#include "qtsupport/dates.h"
#include "qtsupport/text.h"
#include "reports/meetings/meeting_words.h"

#include <QBrush>
#include <QStringList>

namespace konvergensi::gui {

// --- AttendanceModel -----------------------------------------------------------------------

AttendanceModel::AttendanceModel(QObject *parent)
    : QAbstractTableModel(parent)
{
}

void AttendanceModel::setAttendees(const std::vector<core::Attendee> &attendees)
{
    if (attendees == m_attendees)
        return;
    if (attendees.size() == m_attendees.size()) {
        m_attendees = attendees;
        if (!m_attendees.empty())
            Q_EMIT dataChanged(index(0, 0), index(rowCount() - 1, ColumnCount - 1));
        return;
    }
    beginResetModel();
    m_attendees = attendees;
    endResetModel();
}

int AttendanceModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_attendees.size());
}

int AttendanceModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant AttendanceModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= rowCount()
        || (role != Qt::DisplayRole && role != Qt::ToolTipRole))
        return {};
    const core::Attendee &a = m_attendees[static_cast<std::size_t>(index.row())];
    switch (index.column()) {
    case InstitutionColumn:
        return qs(a.institution);
    case NameColumn:
        return qs(a.name);
    case PositionColumn:
        return qs(a.position);
    case AttendanceColumn:
        return reports::attendanceText(a);
    default:
        return {};
    }
}

QVariant AttendanceModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case InstitutionColumn:
        return tr("OPD / institution");
    case NameColumn:
        return tr("Name");
    case PositionColumn:
        return tr("Position");
    case AttendanceColumn:
        return tr("Attendance");
    default:
        return {};
    }
}

// --- DecisionFollowUpModel -----------------------------------------------------------------

DecisionFollowUpModel::DecisionFollowUpModel(QObject *parent)
    : QAbstractTableModel(parent)
{
}

void DecisionFollowUpModel::setFollowUps(const std::vector<core::FollowUp> &followUps,
                                         const boost::gregorian::date &today)
{
    if (followUps == m_followUps && today == m_today)
        return;
    if (followUps.size() == m_followUps.size()) {
        m_followUps = followUps;
        m_today = today;
        if (!m_followUps.empty())
            Q_EMIT dataChanged(index(0, 0), index(rowCount() - 1, ColumnCount - 1));
        return;
    }
    beginResetModel();
    m_followUps = followUps;
    m_today = today;
    endResetModel();
}

void DecisionFollowUpModel::setOpdNames(std::map<std::int64_t, QString> names)
{
    m_opdNames = std::move(names);
    if (!m_followUps.empty())
        Q_EMIT dataChanged(index(0, 0), index(rowCount() - 1, ColumnCount - 1));
}

int DecisionFollowUpModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_followUps.size());
}

int DecisionFollowUpModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant DecisionFollowUpModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= rowCount())
        return {};
    const core::FollowUp &f = m_followUps[static_cast<std::size_t>(index.row())];
    const bool overdue = !m_today.is_special() && core::isOverdue(f, m_today);
    if (role == Qt::ForegroundRole && overdue)
        return QBrush(colours::danger);
    if (role != Qt::DisplayRole && role != Qt::ToolTipRole)
        return {};
    switch (index.column()) {
    case ActionColumn:
        return qs(f.action);
    case ResponsibleColumn: {
        QStringList parts;
        if (f.responsibleOpdId) {
            const auto it = m_opdNames.find(*f.responsibleOpdId);
            if (it != m_opdNames.end())
                parts << it->second;
        }
        if (!f.responsibleOther.empty())
            parts << qs(f.responsibleOther);
        return parts.join(QStringLiteral(" / "));
    }
    case DueColumn:
        return role == Qt::ToolTipRole ? DateEdit::displayText(toQDate(f.dueDate))
                                       : DateEdit::shortDisplayText(toQDate(f.dueDate));
    case StatusColumn:
        if (overdue)
            return reports::overdueText(core::daysOverdue(f, m_today));
        return reports::followUpStatusName(f.status);
    default:
        return {};
    }
}

QVariant DecisionFollowUpModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case ActionColumn:
        return tr("Follow-up");
    case ResponsibleColumn:
        return tr("Responsible");
    case DueColumn:
        return tr("Due");
    case StatusColumn:
        return tr("Status");
    default:
        return {};
    }
}

} // namespace konvergensi::gui

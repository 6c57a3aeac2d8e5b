// SPDX-License-Identifier: GPL-3.0-or-later
#include "gui/meetings/meeting_models.h"

#include "gui/language.h"
#include "qtsupport/text.h"
#include "reports/meetings/meeting_reports.h"

#include "core/clock.h"
#include "core/format.h"

#include <QBrush>
#include <QColor>
#include <QFont>

namespace konvergensi::gui {

namespace {

QString dateText(const std::optional<boost::gregorian::date> &date)
{
    if (!date || date->is_special())
        return {};
    return qs(core::formatDate(*date, LanguageSetup::current()));
}

QString isoText(const std::optional<boost::gregorian::date> &date)
{
    if (!date || date->is_special())
        return {};
    return qs(core::toIsoDate(*date));
}

const QColor kOverdueColor(0xb0, 0x1c, 0x1c);

} // namespace

// --- MeetingListModel ----------------------------------------------------------------------

MeetingListModel::MeetingListModel(QObject *parent)
    : QAbstractTableModel(parent)
{
}

void MeetingListModel::setMeetings(std::vector<storage::MeetingSummary> meetings)
{
    beginResetModel();
    m_meetings = std::move(meetings);
    endResetModel();
}

const storage::MeetingSummary *MeetingListModel::meetingAt(int row) const
{
    if (row < 0 || row >= static_cast<int>(m_meetings.size()))
        return nullptr;
    return &m_meetings[static_cast<std::size_t>(row)];
}

int MeetingListModel::rowOf(std::int64_t id) const
{
    for (std::size_t i = 0; i < m_meetings.size(); ++i) {
        if (m_meetings[i].id == id)
            return static_cast<int>(i);
    }
    return -1;
}

int MeetingListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_meetings.size());
}

int MeetingListModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant MeetingListModel::data(const QModelIndex &index, int role) const
{
    const storage::MeetingSummary *m = index.isValid() ? meetingAt(index.row()) : nullptr;
    if (!m)
        return {};
    if (role == IdRole)
        return QVariant::fromValue(static_cast<qlonglong>(m->id));
    const QString region = m->regionName.empty() ? qs(m->regionCode) : qs(m->regionName);
    if (role == Qt::DisplayRole || role == SortRole || role == Qt::ToolTipRole) {
        switch (index.column()) {
        case DateColumn:
            if (role == SortRole)
                return QString(
                    isoText(m->date) + QLatin1Char(' ')
                    + (m->startMinute ? QString::number(*m->startMinute + 10000) : QString()));
            return dateText(m->date);
        case KindColumn:
            return reports::meetingKindName(m->kind);
        case TitleColumn:
            return qs(m->title);
        case RegionColumn:
            // A region's name says its level ("Kecamatan Bantan").
            return region.isEmpty() ? reports::meetingLevelName(m->level) : region;
        case VenueColumn:
            return qs(m->venue);
        case DecisionsColumn:
            return m->decisionCount;
        case PendingColumn:
            return m->pendingFollowUps;
        case OverdueColumn:
            return m->overdueFollowUps;
        default:
            return {};
        }
    }
    if (role == Qt::TextAlignmentRole && index.column() >= DecisionsColumn)
        return QVariant::fromValue(Qt::Alignment(Qt::AlignRight | Qt::AlignVCenter));
    if (role == Qt::ForegroundRole && index.column() == OverdueColumn && m->overdueFollowUps > 0)
        return QBrush(kOverdueColor);
    return {};
}

QVariant MeetingListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case DateColumn:
        return tr("Date");
    case KindColumn:
        return tr("Kind");
    case TitleColumn:
        return tr("Title");
    case RegionColumn:
        return tr("Level / region");
    case VenueColumn:
        return tr("Venue");
    case DecisionsColumn:
        return tr("Decisions");
    case PendingColumn:
        return tr("Pending");
    case OverdueColumn:
        return tr("Overdue");
    default:
        return {};
    }
}

// --- FollowUpBoardModel --------------------------------------------------------------------

FollowUpBoardModel::FollowUpBoardModel(QObject *parent)
    : QAbstractTableModel(parent)
{
}

void FollowUpBoardModel::setEntries(std::vector<storage::FollowUpEntry> entries)
{
    beginResetModel();
    m_entries = std::move(entries);
    endResetModel();
}

const storage::FollowUpEntry *FollowUpBoardModel::entryAt(int row) const
{
    if (row < 0 || row >= static_cast<int>(m_entries.size()))
        return nullptr;
    return &m_entries[static_cast<std::size_t>(row)];
}

int FollowUpBoardModel::rowOf(std::int64_t followUpId) const
{
    for (std::size_t i = 0; i < m_entries.size(); ++i) {
        if (m_entries[i].followUp.id == followUpId)
            return static_cast<int>(i);
    }
    return -1;
}

int FollowUpBoardModel::overdueCount() const
{
    int count = 0;
    for (const auto &entry : m_entries)
        count += entry.overdue ? 1 : 0;
    return count;
}

int FollowUpBoardModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_entries.size());
}

int FollowUpBoardModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant FollowUpBoardModel::data(const QModelIndex &index, int role) const
{
    const storage::FollowUpEntry *e = index.isValid() ? entryAt(index.row()) : nullptr;
    if (!e)
        return {};
    const core::FollowUp &f = e->followUp;
    switch (role) {
    case IdRole:
        return QVariant::fromValue(static_cast<qlonglong>(f.id));
    case OverdueRole:
        return e->overdue;
    case Qt::CheckStateRole:
        if (index.column() == DoneColumn)
            return f.status == core::FollowUpStatus::Done ? Qt::Checked : Qt::Unchecked;
        return {};
    case Qt::ForegroundRole:
        if (e->overdue)
            return QBrush(kOverdueColor);
        if (f.status == core::FollowUpStatus::Done || f.status == core::FollowUpStatus::Dropped)
            return QBrush(QColor(0x60, 0x60, 0x60));
        return {};
    case Qt::FontRole:
        if (e->overdue && index.column() == StatusColumn) {
            QFont font;
            font.setBold(true);
            return font;
        }
        return {};
    case Qt::DisplayRole:
    case Qt::ToolTipRole:
    case SortRole:
        break;
    default:
        return {};
    }
    switch (index.column()) {
    case DoneColumn:
        if (role == SortRole)
            return f.status == core::FollowUpStatus::Done ? 1 : 0;
        return {};
    case DueColumn:
        if (role == SortRole)
            return f.dueDate ? isoText(f.dueDate) : QStringLiteral("9999");
        return dateText(f.dueDate);
    case StatusColumn:
        if (role == SortRole)
            return e->overdue ? -e->daysOverdue : static_cast<int>(f.status);
        if (e->overdue)
            return tr("Overdue by %1 days").arg(e->daysOverdue);
        if (f.status == core::FollowUpStatus::Done && f.doneDate)
            return tr("Done on %1").arg(dateText(f.doneDate));
        return reports::followUpStatusName(f.status);
    case ActionColumn:
        return qs(f.action);
    case ResponsibleColumn:
        return qs(e->responsibleLabel());
    case PersonColumn:
        return qs(f.responsiblePerson);
    case MeetingColumn:
        if (role == SortRole)
            return QString(isoText(e->meetingDate) + qs(e->meetingTitle));
        if (e->meetingId == 0)
            return {};
        return QString(dateText(e->meetingDate) + QStringLiteral(" — ") + qs(e->meetingTitle));
    case NotesColumn:
        return qs(f.progressNotes).replace(QLatin1Char('\n'), QStringLiteral(" · "));
    default:
        return {};
    }
}

bool FollowUpBoardModel::setData(const QModelIndex &index, const QVariant &value, int role)
{
    const storage::FollowUpEntry *e = index.isValid() ? entryAt(index.row()) : nullptr;
    if (!e || index.column() != DoneColumn || role != Qt::CheckStateRole)
        return false;
    const bool done = value.toInt() == Qt::Checked;
    if (done == (e->followUp.status == core::FollowUpStatus::Done))
        return false;
    Q_EMIT doneToggled(e->followUp.id, done);
    return false; // the page changes the data and reloads
}

Qt::ItemFlags FollowUpBoardModel::flags(const QModelIndex &index) const
{
    Qt::ItemFlags flags = QAbstractTableModel::flags(index);
    if (index.isValid() && index.column() == DoneColumn) {
        const storage::FollowUpEntry *e = entryAt(index.row());
        if (e && e->followUp.status != core::FollowUpStatus::Dropped)
            flags |= Qt::ItemIsUserCheckable;
    }
    return flags;
}

QVariant FollowUpBoardModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case DoneColumn:
        return tr("Done");
    case DueColumn:
        return tr("Due");
    case StatusColumn:
        return tr("Status");
    case ActionColumn:
        return tr("Follow-up");
    case ResponsibleColumn:
        return tr("Responsible");
    case PersonColumn:
        return tr("Person");
    case MeetingColumn:
        return tr("Meeting");
    case NotesColumn:
        return tr("Progress notes");
    default:
        return {};
    }
}

// --- AttendanceModel -----------------------------------------------------------------------

AttendanceModel::AttendanceModel(QObject *parent)
    : QAbstractTableModel(parent)
{
}

void AttendanceModel::setAttendees(const std::vector<core::Attendee> &attendees)
{
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
    if (!index.isValid() || index.row() >= rowCount() || role != Qt::DisplayRole)
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
    beginResetModel();
    m_followUps = followUps;
    m_today = today;
    endResetModel();
}

void DecisionFollowUpModel::setOpdNames(std::map<std::int64_t, QString> names)
{
    beginResetModel();
    m_opdNames = std::move(names);
    endResetModel();
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
        return QBrush(kOverdueColor);
    if (role != Qt::DisplayRole)
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
        return dateText(f.dueDate);
    case StatusColumn:
        if (overdue)
            return tr("Overdue by %1 days").arg(core::daysOverdue(f, m_today));
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

// SPDX-License-Identifier: GPL-3.0-or-later
#include "gui/meetings/meeting_list_model.h"

#include "gui/common/colours.h"
#include "gui/common/date_edit.h"
#include "qtsupport/dates.h"
#include "qtsupport/text.h"
#include "reports/meetings/meeting_words.h"

#include <QBrush>

namespace konvergensi::gui {

MeetingListModel::MeetingListModel(QObject *parent)
    : KeyedRowsModel([](const storage::MeetingSummary &m) { return m.id; }, parent)
{
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
            if (role == Qt::ToolTipRole)
                return DateEdit::displayText(toQDate(m->date));
            return DateEdit::shortDisplayText(toQDate(m->date));
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
            if (role == Qt::ToolTipRole)
                return tr("%n decisions", nullptr, m->decisionCount);
            return m->decisionCount;
        case PendingColumn:
            if (role == Qt::ToolTipRole)
                return tr("%n follow-ups not yet done", nullptr, m->pendingFollowUps);
            return m->pendingFollowUps;
        case OverdueColumn:
            if (role == Qt::ToolTipRole)
                return tr("%n follow-ups overdue", nullptr, m->overdueFollowUps);
            return m->overdueFollowUps;
        default:
            return {};
        }
    }
    if (role == Qt::TextAlignmentRole && index.column() >= DecisionsColumn)
        return QVariant::fromValue(Qt::Alignment(Qt::AlignRight | Qt::AlignVCenter));
    if (role == Qt::ForegroundRole && index.column() == OverdueColumn && m->overdueFollowUps > 0)
        return QBrush(colours::danger);
    return {};
}

QVariant MeetingListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal)
        return {};
    if (role == Qt::ToolTipRole) {
        switch (section) {
        case DecisionsColumn:
            return tr("Decisions (kesepakatan) of the meeting");
        case PendingColumn:
            return tr("Follow-ups not yet done");
        case OverdueColumn:
            return tr("Follow-ups past their due date and not done");
        default:
            return {};
        }
    }
    if (role != Qt::DisplayRole)
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

} // namespace konvergensi::gui

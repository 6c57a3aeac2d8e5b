// SPDX-License-Identifier: GPL-3.0-or-later
#include "gui/meetings/follow_up_board_model.h"

#include "gui/common/colours.h"
#include "gui/common/date_edit.h"
#include "qtsupport/dates.h"
#include "qtsupport/text.h"
#include "reports/followups/follow_up_words.h"
#include "usecases/followups/follow_up_registers.h"
#include "usecases/followups/follow_up_work.h"

#include <QBrush>
#include <QFont>

namespace konvergensi::gui {

FollowUpBoardModel::FollowUpBoardModel(QObject *parent)
    : KeyedRowsModel([](const storage::FollowUpEntry &e) { return e.followUp.id; }, parent)
{
}

int FollowUpBoardModel::overdueCount() const
{
    int count = 0;
    for (const auto &entry : entries())
        count += entry.overdue ? 1 : 0;
    return count;
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
            return QBrush(colours::danger);
        if (f.status == core::FollowUpStatus::Done || f.status == core::FollowUpStatus::Dropped)
            return QBrush(colours::muted);
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
        if (role == Qt::ToolTipRole)
            return f.status == core::FollowUpStatus::Done ? tr("Done: clear to take it back")
                                                          : tr("Tick when done");
        return {};
    case DueColumn:
        if (role == SortRole)
            return f.dueDate ? isoText(f.dueDate) : QStringLiteral("9999");
        if (role == Qt::ToolTipRole)
            return DateEdit::displayText(toQDate(f.dueDate));
        return DateEdit::shortDisplayText(toQDate(f.dueDate));
    case StatusColumn:
        if (role == SortRole)
            return e->overdue ? -e->daysOverdue : static_cast<int>(f.status);
        if (e->overdue)
            return reports::overdueText(e->daysOverdue);
        if (f.status == core::FollowUpStatus::Done && f.doneDate)
            return tr("Done on %1").arg(DateEdit::shortDisplayText(toQDate(f.doneDate)));
        return reports::followUpStatusName(f.status);
    case ActionColumn:
        return qs(f.action);
    case ResponsibleColumn:
        if (f.responsiblePerson.empty())
            return qs(e->responsibleLabel());
        return QString(qs(e->responsibleLabel()) + QStringLiteral(" — ") + qs(f.responsiblePerson));
    case RegisterColumn: {
        const auto reg = usecases::followups::registerOf(f);
        return reg ? usecases::followups::registerName(*reg) : qs(f.ownerType);
    }
    case MeetingColumn:
        if (role == SortRole)
            return QString(isoText(e->meetingDate) + qs(e->meetingTitle));
        if (e->meetingId == 0)
            return {};
        return QString(DateEdit::shortDisplayText(toQDate(e->meetingDate)) + QStringLiteral(" — ")
                       + qs(e->meetingTitle));
    case NotesColumn:
        if (role == Qt::ToolTipRole)
            return qs(f.progressNotes);
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
    return false; // the board changes the data through a use case and reloads
}

void FollowUpBoardModel::setTickable(bool meetings, bool caseAudit)
{
    if (meetings == m_tickMeetings && caseAudit == m_tickCaseAudit)
        return;
    m_tickMeetings = meetings;
    m_tickCaseAudit = caseAudit;
    if (rowCount() > 0)
        Q_EMIT dataChanged(index(0, DoneColumn), index(rowCount() - 1, DoneColumn));
}

Qt::ItemFlags FollowUpBoardModel::flags(const QModelIndex &index) const
{
    Qt::ItemFlags flags = QAbstractTableModel::flags(index);
    if (index.isValid() && index.column() == DoneColumn) {
        const storage::FollowUpEntry *e = entryAt(index.row());
        const auto reg = e ? usecases::followups::registerOf(e->followUp) : std::nullopt;
        const bool may = reg == usecases::followups::Register::CaseAudit ? m_tickCaseAudit
                                                                         : m_tickMeetings;
        if (e && may && e->followUp.status != core::FollowUpStatus::Dropped)
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
    case RegisterColumn:
        return tr("Register");
    case MeetingColumn:
        return tr("Meeting");
    case NotesColumn:
        return tr("Progress notes");
    default:
        return {};
    }
}

} // namespace konvergensi::gui

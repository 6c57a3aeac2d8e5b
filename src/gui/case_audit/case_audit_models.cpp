// SPDX-License-Identifier: GPL-3.0-or-later
#include "gui/case_audit/case_audit_models.h"

#include "qtsupport/text.h"
#include "reports/case_audit/case_audit_words.h"

namespace konvergensi::gui {

// ------------------------------------------------------------------------- CaseListModel

CaseListModel::CaseListModel(QObject *parent)
    : QAbstractTableModel(parent)
{
}

void CaseListModel::setCases(std::vector<core::CaseListEntry> cases, core::Language language)
{
    beginResetModel();
    m_cases = std::move(cases);
    m_language = language;
    endResetModel();
}

std::int64_t CaseListModel::idAt(int row) const
{
    return row >= 0 && row < rowCount() ? m_cases[static_cast<std::size_t>(row)].id : 0;
}

int CaseListModel::rowOf(std::int64_t id) const
{
    for (std::size_t i = 0; i < m_cases.size(); ++i)
        if (m_cases[i].id == id)
            return static_cast<int>(i);
    return -1;
}

int CaseListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_cases.size());
}

int CaseListModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString CaseListModel::text(const core::CaseListEntry &e, int column) const
{
    switch (column) {
    case NumberColumn:
        return qs(e.caseNumber);
    case TargetGroupColumn:
        return reports::auditTargetGroupName(e.targetGroup);
    case VillageColumn:
        return qs(e.villageName.empty() ? e.villageCode : e.villageName);
    case InitialsColumn:
        return qs(e.initials);
    case AgeColumn:
        return e.ageMonths ? qs(core::ageLabelFromMonths(*e.ageMonths, m_language)) : QString();
    case FindingColumn:
        return qs(e.finding);
    case RiskFactorsColumn:
        return QString::number(e.riskFactorCount);
    case FollowUpsColumn:
        return QStringLiteral("%1 / %2").arg(e.followUpsDone).arg(e.followUps);
    default:
        return {};
    }
}

QVariant CaseListModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= rowCount() || index.column() >= ColumnCount)
        return {};
    const auto &e = m_cases[static_cast<std::size_t>(index.row())];
    switch (role) {
    case Qt::DisplayRole:
        return text(e, index.column());
    case Qt::ToolTipRole:
        if (index.column() == VillageColumn)
            return QString(text(e, VillageColumn) + QStringLiteral(" (") + qs(e.villageCode)
                           + QStringLiteral(")"));
        if (index.column() == FindingColumn || index.column() == TargetGroupColumn)
            return text(e, index.column());
        return {};
    case Qt::TextAlignmentRole:
        if (index.column() == RiskFactorsColumn || index.column() == FollowUpsColumn)
            return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
        return {};
    case IdRole:
        return QVariant::fromValue<qint64>(e.id);
    case SortRole:
        switch (index.column()) {
        case NumberColumn:
            return index.row(); // the list comes in case-number order
        case AgeColumn:
            return e.ageMonths.value_or(-1);
        case RiskFactorsColumn:
            return e.riskFactorCount;
        case FollowUpsColumn:
            return e.followUps == 0 ? -1.0 : double(e.followUpsDone) / e.followUps;
        default:
            return text(e, index.column());
        }
    default:
        return {};
    }
}

QVariant CaseListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || (role != Qt::DisplayRole && role != Qt::ToolTipRole))
        return QAbstractTableModel::headerData(section, orientation, role);
    // Short headings over the narrow number columns; the whole meaning in the tooltip.
    const bool tip = role == Qt::ToolTipRole;
    switch (section) {
    case NumberColumn:
        return tip ? tr("Case number") : tr("No");
    case TargetGroupColumn:
        return tr("Target group");
    case VillageColumn:
        return tr("Desa");
    case InitialsColumn:
        return tr("Initials");
    case AgeColumn:
        return tip ? tr("Age at the measurement") : tr("Age");
    case FindingColumn:
        return tr("Finding");
    case RiskFactorsColumn:
        return tip ? tr("Number of risk factors") : tr("Risks");
    case FollowUpsColumn:
        return tip ? tr("Follow-ups done / all follow-ups") : tr("Follow-ups");
    default:
        return {};
    }
}

} // namespace konvergensi::gui

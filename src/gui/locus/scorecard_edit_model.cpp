// SPDX-License-Identifier: GPL-3.0-or-later
#include "gui/locus/scorecard_edit_model.h"

#include "gui/language.h"
#include "qtsupport/text.h"

#include "core/format.h"
#include "io/number_text.h"
#include "reports/locus/locus_words.h"

namespace konvergensi::gui::locus {

ScorecardEditModel::ScorecardEditModel(QStringList headers, QObject *parent)
    : QAbstractTableModel(parent)
    , m_headers(std::move(headers))
{
}

ScorecardEditModel::Row ScorecardEditModel::rowOf(const core::ScorecardIndicator &indicator) const
{
    const core::Language language = LanguageSetup::current();
    return {indicator.package, qs(indicator.name),
            qs(core::formatInteger(indicator.target, language)),
            qs(core::formatInteger(indicator.achieved, language))};
}

void ScorecardEditModel::setIndicators(const std::vector<core::ScorecardIndicator> &indicators)
{
    beginResetModel();
    m_rows.clear();
    for (const core::ScorecardIndicator &indicator : indicators)
        m_rows.append(rowOf(indicator));
    endResetModel();
}

void ScorecardEditModel::appendIndicator(const core::ScorecardIndicator &indicator)
{
    const int row = static_cast<int>(m_rows.size());
    beginInsertRows({}, row, row);
    m_rows.append(rowOf(indicator));
    endInsertRows();
}

QString ScorecardEditModel::coverageText(const Row &row) const
{
    core::ScorecardIndicator indicator;
    bool ok = true;
    indicator.target = io::parseCount(row.target, ok).value_or(0);
    if (!ok)
        return {};
    indicator.achieved = io::parseCount(row.achieved, ok).value_or(0);
    if (!ok)
        return {};
    return reports::percentOrDash(indicator.coverage(), LanguageSetup::current());
}

int ScorecardEditModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_rows.size());
}

int ScorecardEditModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant ScorecardEditModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Row &row = m_rows.at(index.row());
    const auto column = static_cast<Column>(index.column());
    if (role == Qt::TextAlignmentRole && column >= TargetColumn)
        return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
    if (role == Qt::ToolTipRole && column == NameColumn)
        return row.name;
    if (role != Qt::DisplayRole && role != Qt::EditRole)
        return {};
    switch (column) {
    case PackageColumn:
        return role == Qt::EditRole ? QVariant(static_cast<int>(row.package))
                                    : QVariant(reports::packageName(row.package));
    case NameColumn:
        return row.name;
    case TargetColumn:
        return row.target;
    case AchievedColumn:
        return row.achieved;
    case CoverageColumn:
        return coverageText(row);
    case ColumnCount:
        break;
    }
    return {};
}

bool ScorecardEditModel::setData(const QModelIndex &index, const QVariant &value, int role)
{
    if (role != Qt::EditRole
        || !checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return false;
    Row &row = m_rows[index.row()];
    QModelIndex last = index;
    switch (static_cast<Column>(index.column())) {
    case PackageColumn: {
        bool ok = false;
        const int package = value.toInt(&ok);
        if (!ok || package < 0 || package >= static_cast<int>(core::kServicePackages.size()))
            return false;
        row.package = core::kServicePackages[static_cast<std::size_t>(package)];
        break;
    }
    case NameColumn:
        row.name = value.toString();
        break;
    case TargetColumn:
    case AchievedColumn:
        (index.column() == TargetColumn ? row.target : row.achieved) = value.toString();
        last = index.siblingAtColumn(CoverageColumn); // the coverage follows
        break;
    case CoverageColumn:
    case ColumnCount:
        return false;
    }
    Q_EMIT dataChanged(index, last, {Qt::DisplayRole, Qt::EditRole});
    return true;
}

Qt::ItemFlags ScorecardEditModel::flags(const QModelIndex &index) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return Qt::NoItemFlags;
    Qt::ItemFlags result = Qt::ItemIsEnabled | Qt::ItemIsSelectable;
    if (index.column() != CoverageColumn)
        result |= Qt::ItemIsEditable;
    return result;
}

QVariant ScorecardEditModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole || section < 0
        || section >= m_headers.size())
        return {};
    return m_headers.at(section);
}

bool ScorecardEditModel::removeRows(int row, int count, const QModelIndex &parent)
{
    if (parent.isValid() || row < 0 || count <= 0 || row + count > m_rows.size())
        return false;
    beginRemoveRows({}, row, row + count - 1);
    m_rows.remove(row, count);
    endRemoveRows();
    return true;
}

} // namespace konvergensi::gui::locus

// SPDX-License-Identifier: GPL-3.0-or-later
#include "gui/regions/region_problem_model.h"

#include <QLocale>

namespace konvergensi::gui {

RegionProblemModel::RegionProblemModel(QObject *parent)
    : QAbstractTableModel(parent)
{
}

void RegionProblemModel::setErrors(std::vector<io::RowError> errors)
{
    beginResetModel();
    m_errors = std::move(errors);
    endResetModel();
}

int RegionProblemModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_errors.size());
}

int RegionProblemModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant RegionProblemModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const io::RowError &error = m_errors[static_cast<std::size_t>(index.row())];
    switch (role) {
    case Qt::DisplayRole:
        return index.column() == LineColumn ? QVariant(QLocale().toString(error.line))
                                            : QVariant(error.reason);
    case Qt::ToolTipRole:
        return index.column() == ProblemColumn ? QVariant(error.reason) : QVariant();
    case Qt::TextAlignmentRole:
        return index.column() == LineColumn
                   ? QVariant(Qt::Alignment(Qt::AlignRight | Qt::AlignVCenter))
                   : QVariant();
    default:
        return {};
    }
}

QVariant RegionProblemModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    return section == LineColumn ? tr("Line") : tr("Problem");
}

} // namespace konvergensi::gui

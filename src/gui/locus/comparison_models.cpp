// SPDX-License-Identifier: GPL-3.0-or-later
#include "gui/locus/comparison_models.h"

#include "qtsupport/text.h"

namespace konvergensi::gui::locus {

using usecases::locus::YearComparison;

ComparisonModel::ComparisonModel(QObject *parent)
    : KeyedTableModel(parent)
{
    setObjectName(QStringLiteral("compareModel"));
}

void ComparisonModel::setComparison(const YearComparison &comparison)
{
    replaceRows(m_rows, comparison.villages,
                [](const YearComparison::Village &v) { return qs(v.code.toString()); });
}

int ComparisonModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_rows.size());
}

int ComparisonModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant ComparisonModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= rowCount())
        return {};
    const YearComparison::Village &v = m_rows[static_cast<std::size_t>(index.row())];
    if (role == KeyRole)
        return qs(v.code.toString());
    if (role == SortRole && index.column() == ChangeColumn)
        return static_cast<int>(v.change);
    if (role != Qt::DisplayRole && role != Qt::ToolTipRole && role != SortRole)
        return {};
    switch (static_cast<Column>(index.column())) {
    case ChangeColumn:
        return usecases::locus::changeWord(v.change);
    case VillageColumn:
        return v.name;
    case KecamatanColumn:
        return v.kecamatan;
    case CodeColumn:
        return qs(v.code.toString());
    case ColumnCount:
        break;
    }
    return {};
}

QVariant ComparisonModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (static_cast<Column>(section)) {
    case ChangeColumn:
        return tr("Change");
    case VillageColumn:
        return tr("Desa/Kelurahan");
    case KecamatanColumn:
        return tr("Kecamatan");
    case CodeColumn:
        return tr("Code");
    case ColumnCount:
        break;
    }
    return {};
}

KecamatanCountModel::KecamatanCountModel(QObject *parent)
    : KeyedTableModel(parent)
{
    setObjectName(QStringLiteral("kecamatanModel"));
}

void KecamatanCountModel::setComparison(const YearComparison &comparison)
{
    const bool yearsChanged = comparison.from != m_from || comparison.to != m_to;
    m_from = comparison.from;
    m_to = comparison.to;
    if (yearsChanged)
        Q_EMIT headerDataChanged(Qt::Horizontal, FromColumn, ToColumn);
    std::vector<Row> rows;
    for (const YearComparison::Kecamatan &k : comparison.kecamatan)
        rows.push_back({qs(k.code.toString()), k.name, k.before, k.after});
    rows.push_back({QString(), tr("Total"), comparison.countFrom, comparison.countTo});
    replaceRows(m_rows, std::move(rows), [](const Row &row) { return row.key; });
}

int KecamatanCountModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_rows.size());
}

int KecamatanCountModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant KecamatanCountModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= rowCount())
        return {};
    const Row &row = m_rows[static_cast<std::size_t>(index.row())];
    const auto column = static_cast<Column>(index.column());
    switch (role) {
    case KeyRole:
        return row.key;
    case Qt::TextAlignmentRole:
        return column == KecamatanColumn ? QVariant() : QVariant(Qt::AlignRight | Qt::AlignVCenter);
    case SortRole:
        // Sorted by name, the total comes after every kecamatan.
        if (column == KecamatanColumn)
            return row.key.isEmpty() ? QStringLiteral("\uffff") : row.name;
        return column == FromColumn ? row.before : row.after;
    case Qt::DisplayRole:
    case Qt::ToolTipRole:
        if (column == KecamatanColumn)
            return row.name;
        if (role == Qt::ToolTipRole)
            return {};
        return column == FromColumn ? row.before : row.after;
    default:
        return {};
    }
}

QVariant KecamatanCountModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (static_cast<Column>(section)) {
    case KecamatanColumn:
        return tr("Kecamatan");
    case FromColumn:
        return QString::number(m_from);
    case ToColumn:
        return QString::number(m_to);
    case ColumnCount:
        break;
    }
    return {};
}

} // namespace konvergensi::gui::locus

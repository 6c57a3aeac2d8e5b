// SPDX-License-Identifier: GPL-3.0-or-later
#include "gui/prevalence/puskesmas_table_model.h"

#include "qtsupport/text.h"

#include <QLocale>
#include <QStringList>

namespace konvergensi::gui {

PuskesmasTableModel::PuskesmasTableModel(QObject *parent)
    : QAbstractTableModel(parent)
{
}

void PuskesmasTableModel::setPuskesmas(std::vector<core::Puskesmas> puskesmas,
                                       core::RegionTree tree)
{
    beginResetModel();
    m_rows = std::move(puskesmas);
    m_tree = std::move(tree);
    endResetModel();
}

const core::Puskesmas *PuskesmasTableModel::puskesmasAt(int row) const
{
    if (row < 0 || row >= static_cast<int>(m_rows.size()))
        return nullptr;
    return &m_rows[static_cast<std::size_t>(row)];
}

int PuskesmasTableModel::rowOf(const QString &code) const
{
    for (std::size_t row = 0; row < m_rows.size(); ++row) {
        if (qs(m_rows[row].code) == code)
            return static_cast<int>(row);
    }
    return -1;
}

int PuskesmasTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_rows.size());
}

int PuskesmasTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant PuskesmasTableModel::data(const QModelIndex &index, int role) const
{
    const core::Puskesmas *p = puskesmasAt(index.isValid() ? index.row() : -1);
    if (!p)
        return {};
    if (role == CodeRole)
        return qs(p->code);
    if (role == Qt::TextAlignmentRole && index.column() == VillagesColumn)
        return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
    if (role == Qt::ToolTipRole && index.column() == VillagesColumn) {
        if (p->villages.empty())
            return tr("Serves no desa yet.");
        QStringList names;
        for (const core::RegionCode &village : p->villages) {
            const core::Region *region = m_tree.find(village);
            names << (region ? qs(region->name) : qs(village.toString()));
        }
        return names.join(QStringLiteral(", "));
    }
    if (role != Qt::DisplayRole)
        return {};
    switch (index.column()) {
    case CodeColumn:
        return qs(p->code);
    case NameColumn:
        return qs(p->name);
    case KecamatanColumn: {
        if (!p->kecamatan)
            return QStringLiteral("—");
        const core::Region *region = m_tree.find(*p->kecamatan);
        return region ? qs(region->name) : qs(p->kecamatan->toString());
    }
    case VillagesColumn:
        return QLocale().toString(static_cast<qulonglong>(p->villages.size()));
    default:
        return {};
    }
}

QVariant PuskesmasTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case CodeColumn:
        return tr("Code");
    case NameColumn:
        return tr("Puskesmas");
    case KecamatanColumn:
        return tr("Kecamatan");
    case VillagesColumn:
        return tr("Desa served");
    default:
        return {};
    }
}

} // namespace konvergensi::gui

// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#ifndef Q_MOC_RUN
#include "core/prevalence/prevalence_puskesmas.h"
#include "core/regions/region_tree.h"
#endif

#include <QAbstractTableModel>

#include <vector>

namespace konvergensi::gui {

/// The workspace's puskesmas for a table: code, name, kecamatan, number of desa served (the
/// tooltip names them).
class PuskesmasTableModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column { CodeColumn, NameColumn, KecamatanColumn, VillagesColumn, ColumnCount };
    enum Role { CodeRole = Qt::UserRole + 1 };

    explicit PuskesmasTableModel(QObject *parent = nullptr);

    /// The puskesmas, and the region tree for the names of kecamatan and desa.
    void setPuskesmas(std::vector<core::Puskesmas> puskesmas, core::RegionTree tree);
    const core::Puskesmas *puskesmasAt(int row) const;
    int rowOf(const QString &code) const;
    const core::RegionTree &tree() const { return m_tree; }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

private:
    std::vector<core::Puskesmas> m_rows;
    core::RegionTree m_tree;
};

} // namespace konvergensi::gui

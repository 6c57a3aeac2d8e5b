// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// moc of Qt 6.4 cannot parse libstdc++'s <concepts>, which <compare> pulls in; it needs none
// of the core types to do its work.
#ifndef Q_MOC_RUN
#include "core/regions/region_tree.h"
#endif

#include <QAbstractItemModel>

#include <vector>

namespace konvergensi::gui {

/// District -> kecamatan -> desa/kelurahan as a tree for QTreeView. Provinces are not shown;
/// each district is a top-level row. Columns: name, code, level, villages below.
class RegionTreeModel : public QAbstractItemModel
{
    Q_OBJECT
public:
    enum Column { NameColumn, CodeColumn, LevelColumn, VillagesColumn, ColumnCount };
    enum Role { CodeRole = Qt::UserRole + 1, LevelRole };

    explicit RegionTreeModel(QObject *parent = nullptr);

    void setTree(core::RegionTree tree);
    const core::RegionTree &tree() const { return m_tree; }
    /// Index of a code in column 0, invalid when not shown.
    QModelIndex indexOf(const core::RegionCode &code) const;

    QModelIndex index(int row, int column, const QModelIndex &parent = {}) const override;
    QModelIndex parent(const QModelIndex &child) const override;
    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

    /// "Kecamatan", "Desa", "Kelurahan", "Kabupaten/Kota", translated.
    static QString levelLabel(const core::Region &region);

private:
    struct Node
    {
        const core::Region *region = nullptr;
        int parent = -1; ///< index into m_nodes, -1 for top level
        int row = 0;     ///< row under its parent
        std::vector<int> children;
        std::size_t villages = 0;
    };

    void addNode(const core::Region *region, int parent);
    const Node *nodeOf(const QModelIndex &index) const;

    core::RegionTree m_tree;
    std::vector<Node> m_nodes;
    std::vector<int> m_roots;
};

} // namespace konvergensi::gui

// SPDX-License-Identifier: GPL-3.0-or-later
#include "gui/regions/region_tree_model.h"

#include "qtsupport/text.h"

#include <QLocale>

namespace konvergensi::gui {

RegionTreeModel::RegionTreeModel(QObject *parent)
    : QAbstractItemModel(parent)
{
}

void RegionTreeModel::setTree(core::RegionTree tree)
{
    beginResetModel();
    m_tree = std::move(tree);
    m_nodes.clear();
    m_roots.clear();
    // Districts are the top level; a workspace holding only kecamatan or villages (without
    // their district) still shows them at the top.
    for (const core::Region *root : m_tree.roots()) {
        if (root->level() == core::RegionLevel::Province) {
            for (const core::Region *child : m_tree.children(root->code))
                addNode(child, -1);
        } else {
            addNode(root, -1);
        }
    }
    endResetModel();
}

void RegionTreeModel::addNode(const core::Region *region, int parent)
{
    const int id = static_cast<int>(m_nodes.size());
    Node node;
    node.region = region;
    node.parent = parent;
    node.villages = m_tree.countBelow(region->code, core::RegionLevel::Village);
    auto &siblings = parent < 0 ? m_roots : m_nodes[static_cast<std::size_t>(parent)].children;
    node.row = static_cast<int>(siblings.size());
    siblings.push_back(id);
    m_nodes.push_back(std::move(node));
    for (const core::Region *child : m_tree.children(region->code))
        addNode(child, id);
}

const RegionTreeModel::Node *RegionTreeModel::nodeOf(const QModelIndex &index) const
{
    if (!index.isValid())
        return nullptr;
    return &m_nodes[static_cast<std::size_t>(index.internalId())];
}

QModelIndex RegionTreeModel::index(int row, int column, const QModelIndex &parent) const
{
    if (row < 0 || column < 0 || column >= ColumnCount)
        return {};
    if (parent.isValid() && parent.column() != 0)
        return {};
    const auto &siblings = parent.isValid() ? nodeOf(parent)->children : m_roots;
    if (row >= static_cast<int>(siblings.size()))
        return {};
    return createIndex(row, column, static_cast<quintptr>(siblings[static_cast<std::size_t>(row)]));
}

QModelIndex RegionTreeModel::parent(const QModelIndex &child) const
{
    const Node *node = nodeOf(child);
    if (!node || node->parent < 0)
        return {};
    const Node &parentNode = m_nodes[static_cast<std::size_t>(node->parent)];
    return createIndex(parentNode.row, 0, static_cast<quintptr>(node->parent));
}

int RegionTreeModel::rowCount(const QModelIndex &parent) const
{
    if (!parent.isValid())
        return static_cast<int>(m_roots.size());
    if (parent.column() != 0)
        return 0;
    return static_cast<int>(nodeOf(parent)->children.size());
}

int RegionTreeModel::columnCount(const QModelIndex &) const
{
    return ColumnCount;
}

QString RegionTreeModel::levelLabel(const core::Region &region)
{
    switch (region.level()) {
    case core::RegionLevel::Province:
        return tr("Province");
    case core::RegionLevel::District:
        return tr("District/City");
    case core::RegionLevel::Kecamatan:
        return tr("Kecamatan");
    case core::RegionLevel::Village:
        return region.kind == core::VillageKind::Kelurahan ? tr("Kelurahan") : tr("Desa");
    }
    return {};
}

QVariant RegionTreeModel::data(const QModelIndex &index, int role) const
{
    const Node *node = nodeOf(index);
    if (!node)
        return {};
    const core::Region &region = *node->region;
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case NameColumn:
            return qs(region.name);
        case CodeColumn:
            return qs(region.code.toString());
        case LevelColumn:
            return levelLabel(region);
        case VillagesColumn:
            if (region.level() == core::RegionLevel::Village)
                return {};
            return QLocale().toString(static_cast<qulonglong>(node->villages));
        default:
            return {};
        }
    case Qt::TextAlignmentRole:
        if (index.column() == VillagesColumn)
            return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
        return {};
    case Qt::ToolTipRole:
        return QString(qs(core::displayName(region)) + QStringLiteral(" (")
                       + qs(region.code.toString()) + QLatin1Char(')'));
    case CodeRole:
        return qs(region.code.toString());
    case LevelRole:
        return static_cast<int>(region.level());
    default:
        return {};
    }
}

QVariant RegionTreeModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case NameColumn:
        return tr("Name");
    case CodeColumn:
        return tr("Kemendagri code");
    case LevelColumn:
        return tr("Level");
    case VillagesColumn:
        return tr("Desa/kelurahan");
    default:
        return {};
    }
}

QModelIndex RegionTreeModel::indexOf(const core::RegionCode &code) const
{
    for (std::size_t i = 0; i < m_nodes.size(); ++i) {
        if (m_nodes[i].region->code == code)
            return createIndex(m_nodes[i].row, 0, static_cast<quintptr>(i));
    }
    return {};
}

} // namespace konvergensi::gui

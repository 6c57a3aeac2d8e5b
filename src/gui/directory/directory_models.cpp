// SPDX-License-Identifier: GPL-3.0-or-later
#include "gui/directory/directory_models.h"

#include "qtsupport/text.h"

namespace konvergensi::gui {

OpdTableModel::OpdTableModel(QObject *parent)
    : QAbstractTableModel(parent)
{
}

void OpdTableModel::setOpds(std::vector<core::Opd> opds, std::map<std::int64_t, int> peopleCounts)
{
    beginResetModel();
    m_opds = std::move(opds);
    m_counts = std::move(peopleCounts);
    endResetModel();
}

const core::Opd *OpdTableModel::opdAt(int row) const
{
    if (row < 0 || row >= static_cast<int>(m_opds.size()))
        return nullptr;
    return &m_opds[static_cast<std::size_t>(row)];
}

int OpdTableModel::rowOf(std::int64_t id) const
{
    for (std::size_t i = 0; i < m_opds.size(); ++i) {
        if (m_opds[i].id == id)
            return static_cast<int>(i);
    }
    return -1;
}

int OpdTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_opds.size());
}

int OpdTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant OpdTableModel::data(const QModelIndex &index, int role) const
{
    const core::Opd *opd = index.isValid() ? opdAt(index.row()) : nullptr;
    if (!opd)
        return {};
    if (role == IdRole)
        return QVariant::fromValue(static_cast<qint64>(opd->id));
    if (role == Qt::TextAlignmentRole && index.column() == PeopleColumn)
        return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
    if (role != Qt::DisplayRole && role != Qt::ToolTipRole)
        return {};
    switch (index.column()) {
    case ShortNameColumn:
        return qs(opd->shortName);
    case NameColumn:
        return qs(opd->name);
    case PeopleColumn: {
        const auto it = m_counts.find(opd->id);
        return it == m_counts.end() ? 0 : it->second;
    }
    default:
        return {};
    }
}

QVariant OpdTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case ShortNameColumn:
        return tr("Short name");
    case NameColumn:
        return tr("Agency");
    case PeopleColumn:
        return tr("People");
    default:
        return {};
    }
}

PersonTableModel::PersonTableModel(QObject *parent)
    : QAbstractTableModel(parent)
{
}

void PersonTableModel::setPeople(std::vector<core::Person> people)
{
    beginResetModel();
    m_people = std::move(people);
    endResetModel();
}

const core::Person *PersonTableModel::personAt(int row) const
{
    if (row < 0 || row >= static_cast<int>(m_people.size()))
        return nullptr;
    return &m_people[static_cast<std::size_t>(row)];
}

int PersonTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_people.size());
}

int PersonTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant PersonTableModel::data(const QModelIndex &index, int role) const
{
    const core::Person *person = index.isValid() ? personAt(index.row()) : nullptr;
    if (!person)
        return {};
    if (role == IdRole)
        return QVariant::fromValue(static_cast<qint64>(person->id));
    if (role != Qt::DisplayRole && role != Qt::ToolTipRole)
        return {};
    switch (index.column()) {
    case NameColumn:
        return qs(person->name);
    case PositionColumn:
        return qs(person->position);
    case PhoneColumn:
        return qs(person->phone);
    default:
        return {};
    }
}

QVariant PersonTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case NameColumn:
        return tr("Name");
    case PositionColumn:
        return tr("Position");
    case PhoneColumn:
        return tr("Phone");
    default:
        return {};
    }
}

} // namespace konvergensi::gui

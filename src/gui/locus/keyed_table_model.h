// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QAbstractTableModel>
#include <QString>

#include <map>
#include <set>
#include <vector>

namespace konvergensi::gui::locus {

/// The roles the locus tables share: a value to sort by (numbers as numbers, unknown last)
/// and the row's key (a region code).
enum LocusRole {
    SortRole = Qt::UserRole + 1,
    KeyRole,
};

/// A table of rows with a stable key (a village code). Reloading replaces the rows so that
/// views keep their selection and the sort: rows whose key stays are changed in place, rows
/// gone are removed and new rows appended (a sort proxy puts them in order).
class KeyedTableModel : public QAbstractTableModel
{
public:
    using QAbstractTableModel::QAbstractTableModel;

protected:
    template<typename Row, typename KeyOf>
    void replaceRows(std::vector<Row> &rows, std::vector<Row> fresh, KeyOf keyOf)
    {
        std::vector<QString> freshKeys;
        std::map<QString, std::size_t> incoming;
        for (std::size_t i = 0; i < fresh.size(); ++i) {
            freshKeys.push_back(keyOf(fresh[i]));
            incoming.emplace(freshKeys.back(), i);
        }
        for (int i = static_cast<int>(rows.size()) - 1; i >= 0; --i) {
            if (incoming.contains(keyOf(rows[static_cast<std::size_t>(i)])))
                continue;
            beginRemoveRows({}, i, i);
            rows.erase(rows.begin() + i);
            endRemoveRows();
        }
        std::set<QString> kept;
        for (Row &row : rows) {
            const QString key = keyOf(row);
            row = std::move(fresh[incoming.at(key)]);
            kept.insert(key);
        }
        if (!rows.empty())
            Q_EMIT dataChanged(index(0, 0),
                               index(static_cast<int>(rows.size()) - 1, columnCount() - 1));
        std::vector<Row> added;
        for (std::size_t i = 0; i < fresh.size(); ++i) {
            if (!kept.contains(freshKeys[i]))
                added.push_back(std::move(fresh[i]));
        }
        if (added.empty())
            return;
        const int first = static_cast<int>(rows.size());
        beginInsertRows({}, first, first + static_cast<int>(added.size()) - 1);
        for (Row &row : added)
            rows.push_back(std::move(row));
        endInsertRows();
    }
};

} // namespace konvergensi::gui::locus

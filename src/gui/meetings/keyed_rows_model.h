// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QAbstractTableModel>

#include <cstdint>
#include <functional>
#include <unordered_map>
#include <vector>

namespace konvergensi::gui {

/// A table model over rows that have an id. A reload replaces the rows in place instead of
/// resetting the model: rows that are still there keep their place (so the view keeps its
/// selection, current row and sort), changed ones are announced with dataChanged, rows gone
/// are removed and new ones appended (a sorting proxy puts them in their place).
template<typename Row>
class KeyedRowsModel : public QAbstractTableModel
{
public:
    using KeyOf = std::function<std::int64_t(const Row &)>;

    KeyedRowsModel(KeyOf keyOf, QObject *parent)
        : QAbstractTableModel(parent)
        , m_keyOf(std::move(keyOf))
    {
    }

    int rowCount(const QModelIndex &parent = {}) const override
    {
        return parent.isValid() ? 0 : static_cast<int>(m_rows.size());
    }

    const std::vector<Row> &rows() const { return m_rows; }
    const Row *rowAt(int row) const
    {
        return row >= 0 && row < static_cast<int>(m_rows.size())
                   ? &m_rows[static_cast<std::size_t>(row)]
                   : nullptr;
    }
    /// The row holding this id, or -1.
    int rowOf(std::int64_t id) const
    {
        for (std::size_t i = 0; i < m_rows.size(); ++i) {
            if (m_keyOf(m_rows[i]) == id)
                return static_cast<int>(i);
        }
        return -1;
    }

    void setRows(std::vector<Row> fresh)
    {
        std::unordered_map<std::int64_t, std::size_t> freshAt;
        for (std::size_t i = 0; i < fresh.size(); ++i)
            freshAt.emplace(m_keyOf(fresh[i]), i);
        // Rows that are gone, from the end so that the earlier positions stay valid.
        for (int row = static_cast<int>(m_rows.size()) - 1; row >= 0;) {
            if (freshAt.count(m_keyOf(m_rows[static_cast<std::size_t>(row)]))) {
                --row;
                continue;
            }
            int first = row;
            while (first > 0
                   && !freshAt.count(m_keyOf(m_rows[static_cast<std::size_t>(first - 1)])))
                --first;
            beginRemoveRows({}, first, row);
            m_rows.erase(m_rows.begin() + first, m_rows.begin() + row + 1);
            endRemoveRows();
            row = first - 1;
        }
        // Rows still there take their new values.
        std::vector<bool> kept(fresh.size(), false);
        for (Row &row : m_rows) {
            const std::size_t from = freshAt.at(m_keyOf(row));
            kept[from] = true;
            row = std::move(fresh[from]);
        }
        if (!m_rows.empty())
            Q_EMIT dataChanged(index(0, 0),
                               index(static_cast<int>(m_rows.size()) - 1, columnCount() - 1));
        // New rows at the end.
        std::vector<Row> added;
        for (std::size_t i = 0; i < fresh.size(); ++i) {
            if (!kept[i])
                added.push_back(std::move(fresh[i]));
        }
        if (!added.empty()) {
            const int first = static_cast<int>(m_rows.size());
            beginInsertRows({}, first, first + static_cast<int>(added.size()) - 1);
            for (Row &row : added)
                m_rows.push_back(std::move(row));
            endInsertRows();
        }
    }

private:
    KeyOf m_keyOf;
    std::vector<Row> m_rows;
};

} // namespace konvergensi::gui

// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/directory/opd.h"

#include <QAbstractTableModel>

#include <map>
#include <vector>

namespace konvergensi::gui {

/// OPD list for a table: short name, name, people count.
class OpdTableModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column { ShortNameColumn, NameColumn, PeopleColumn, ColumnCount };
    enum Role { IdRole = Qt::UserRole + 1 };

    explicit OpdTableModel(QObject *parent = nullptr);

    void setOpds(std::vector<core::Opd> opds, std::map<std::int64_t, int> peopleCounts);
    const core::Opd *opdAt(int row) const;
    int rowOf(std::int64_t id) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

private:
    std::vector<core::Opd> m_opds;
    std::map<std::int64_t, int> m_counts;
};

/// People of one OPD: name, position, phone.
class PersonTableModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column { NameColumn, PositionColumn, PhoneColumn, ColumnCount };
    enum Role { IdRole = Qt::UserRole + 1 };

    explicit PersonTableModel(QObject *parent = nullptr);

    void setPeople(std::vector<core::Person> people);
    const core::Person *personAt(int row) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

private:
    std::vector<core::Person> m_people;
};

} // namespace konvergensi::gui

// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "gui/locus/keyed_table_model.h"

#ifndef Q_MOC_RUN
#include "usecases/locus/locus_comparison.h"
#endif

#include <vector>

namespace konvergensi::gui::locus {

/// Two years compared: every village on either list with its change (added, kept, removed).
class ComparisonModel : public KeyedTableModel
{
    Q_OBJECT
public:
    enum Column { ChangeColumn, VillageColumn, KecamatanColumn, CodeColumn, ColumnCount };

    explicit ComparisonModel(QObject *parent = nullptr);
    void setComparison(const usecases::locus::YearComparison &comparison);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

private:
    std::vector<usecases::locus::YearComparison::Village> m_rows;
};

/// Two years compared: the number of locus villages per kecamatan in each year, and the total.
class KecamatanCountModel : public KeyedTableModel
{
    Q_OBJECT
public:
    enum Column { KecamatanColumn, FromColumn, ToColumn, ColumnCount };

    explicit KecamatanCountModel(QObject *parent = nullptr);
    void setComparison(const usecases::locus::YearComparison &comparison);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

private:
    struct Row
    {
        QString key; ///< the kecamatan code; empty for the total
        QString name;
        int before = 0;
        int after = 0;
    };
    std::vector<Row> m_rows;
    int m_from = 0;
    int m_to = 0;
};

} // namespace konvergensi::gui::locus

// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "gui/locus/keyed_table_model.h"

#ifndef Q_MOC_RUN
#include "reports/locus/locus_report.h"
#endif

#include <vector>

namespace konvergensi::gui::locus {

/// A year's locus list: one row per village with its rank, kecamatan, origin, the numbers
/// behind it and the reason.
class LocusListModel : public KeyedTableModel
{
    Q_OBJECT
public:
    enum Column {
        RankColumn,
        KecamatanColumn,
        VillageColumn,
        CodeColumn,
        OriginColumn,
        MeasuredColumn,
        StuntedColumn,
        PrevalenceColumn,
        HouseholdsColumn,
        PovertyColumn,
        ReasonColumn,
        ColumnCount
    };

    explicit LocusListModel(QObject *parent = nullptr);

    void setRows(std::vector<reports::LocusListRow> rows);
    const reports::LocusListRow *row(int row) const;
    int rowOf(const QString &code) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

private:
    std::vector<reports::LocusListRow> m_rows;
};

} // namespace konvergensi::gui::locus

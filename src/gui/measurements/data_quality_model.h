// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// The data quality of a round's posyandu as a table: one row per posyandu with its shares of
// skipped rows, implausible z-scores, missing heights, heights ending in .0 or .5 and children
// measured in the wrong position, the age distribution, and the problems that make it need
// attention. Rows that need attention have the danger background; the shares over their limit
// are in the danger colour. SortRole (measurement_models.h) gives numbers for sorting.

#ifndef Q_MOC_RUN
#include "core/measurements/data_quality.h"
#endif

#include <QAbstractTableModel>

#include <vector>

namespace konvergensi::gui::measurements {

class QualityTableModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column {
        PosyanduColumn,
        DesaColumn,
        AttentionColumn, ///< the problems in words, next to the name so it is seen first
        RowsColumn,
        SkippedColumn,
        FlaggedColumn,
        HeightMissingColumn,
        DigitColumn,
        PositionColumn,
        FirstAgeColumn, ///< then one column per age band (kAgeBandCount)
        ColumnCount = FirstAgeColumn + core::measurements::kAgeBandCount
    };
    using QAbstractTableModel::QAbstractTableModel;

    /// The posyandu rows of `areas` (other levels are left out).
    void setAreas(std::vector<core::measurements::QualityArea> areas);
    const std::vector<core::measurements::QualityArea> &areas() const { return m_areas; }
    /// "14.03.01.2001|MELATI 2": a posyandu's identity across reloads.
    static QString keyOf(const core::measurements::QualityArea &area);
    /// The row of a key, -1 when not shown.
    int rowOf(const QString &key) const;
    /// The name a posyandu is shown by: "Melati II (Bengkalis Kota)".
    static QString displayName(const core::measurements::QualityArea &area);
    /// "0–5 mo" ... "≥ 60 mo": the header of an age band.
    static QString ageBandName(int band);
    /// The problems of an area in words, joined by ", ".
    static QString problemWords(const std::vector<core::measurements::QualityProblem> &problems);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

private:
    std::vector<core::measurements::QualityArea> m_areas;
};

} // namespace konvergensi::gui::measurements

// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// The item models of Pengukuran Balita: the weighing rounds, the areas of a round (one level
// of the drill-down, for one status, WHO judgement beside e-PPGBM's own statuses) and the
// children of an area (initials, never names). Each keeps its rows' identity in KeyRole so a
// view restores its current row after a reload; SortRole gives numbers for sorting.

#ifndef Q_MOC_RUN
#include "usecases/measurements/round_summary.h"
#endif

#include <QAbstractTableModel>

#include <vector>

namespace konvergensi::gui::measurements {

enum Role { SortRole = Qt::UserRole + 1, KeyRole };

/// "12,5" in the interface's language with `decimals` places; "—" for a missing value.
QString decimalText(double value, int decimals);

class RoundTableModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column {
        RoundColumn,
        ExtractColumn,
        ChildrenColumn,
        StuntedColumn,
        StuntedRateColumn,
        WastedColumn,
        WastedRateColumn,
        UnderweightColumn,
        UnderweightRateColumn,
        SkippedColumn,
        FileColumn,
        ColumnCount
    };
    using QAbstractTableModel::QAbstractTableModel;

    void setRounds(std::vector<usecases::measurements::RoundOverview> rounds);
    const std::vector<usecases::measurements::RoundOverview> &rounds() const { return m_rows; }
    int rowOf(const QString &period) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

private:
    std::vector<usecases::measurements::RoundOverview> m_rows;
};

/// Areas of one level for one status: the WHO judgement's valid z-scores, cases, rate and
/// 95 % interval, e-PPGBM's own count and rate, and the children the two judge differently.
class AreaTableModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column {
        NameColumn,
        LevelColumn,
        ChildrenColumn,
        ValidColumn,
        CasesColumn,
        RateColumn,
        IntervalColumn,
        TypedCasesColumn,
        TypedRateColumn,
        DisagreeColumn,
        SkippedColumn,
        ColumnCount
    };
    using QAbstractTableModel::QAbstractTableModel;

    void setAreas(std::vector<core::measurements::AreaSummary> areas,
                  core::measurements::Status status);
    const std::vector<core::measurements::AreaSummary> &areas() const { return m_rows; }
    core::measurements::Status status() const { return m_status; }
    /// "kecamatan|14.03.01", "posyandu|14.03.01.2001|Melati 2", "puskesmas||Puskesmas Bantan".
    static QString keyOf(const core::measurements::AreaSummary &area);
    int rowOf(const QString &key) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

private:
    std::vector<core::measurements::AreaSummary> m_rows;
    core::measurements::Status m_status = core::measurements::Status::Stunted;
};

/// Children measured in an area: initials, sex, age in months, posyandu, weight, height, the
/// WHO status and e-PPGBM's status of the chosen status.
class ChildTableModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column {
        InitialsColumn,
        SexColumn,
        AgeColumn,
        PosyanduColumn,
        MeasuredColumn,
        WeightColumn,
        HeightColumn,
        WhoZColumn,
        TypedZColumn,
        ColumnCount
    };
    using QAbstractTableModel::QAbstractTableModel;

    void setChildren(std::vector<storage::MeasuredChild> children,
                     core::measurements::Status status);
    const std::vector<storage::MeasuredChild> &children() const { return m_rows; }
    int rowOf(qint64 childId) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

private:
    std::vector<storage::MeasuredChild> m_rows;
    core::measurements::Status m_status = core::measurements::Status::Stunted;
};

} // namespace konvergensi::gui::measurements

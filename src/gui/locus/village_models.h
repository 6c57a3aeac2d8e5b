// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "gui/locus/keyed_table_model.h"

#ifndef Q_MOC_RUN
#include "core/locus/locus.h"
#include "core/locus/locus_scorecard.h"
#endif

#include <vector>

namespace konvergensi::gui::locus {

/// Every year a village was on the locus list: rank, origin, prevalence and reason.
class LocusHistoryModel : public KeyedTableModel
{
    Q_OBJECT
public:
    enum Column {
        YearColumn,
        RankColumn,
        OriginColumn,
        PrevalenceColumn,
        ReasonColumn,
        ColumnCount
    };

    explicit LocusHistoryModel(QObject *parent = nullptr);
    void setHistory(std::vector<core::LocusVillage> history);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

private:
    std::vector<core::LocusVillage> m_rows;
};

/// The indicators of one scorecard: package, name, target, achieved and coverage.
class ScorecardIndicatorModel : public KeyedTableModel
{
    Q_OBJECT
public:
    enum Column {
        PackageColumn,
        NameColumn,
        TargetColumn,
        AchievedColumn,
        CoverageColumn,
        ColumnCount
    };

    explicit ScorecardIndicatorModel(QObject *parent = nullptr);
    void setIndicators(std::vector<core::ScorecardIndicator> indicators);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

private:
    std::vector<core::ScorecardIndicator> m_rows;
};

} // namespace konvergensi::gui::locus

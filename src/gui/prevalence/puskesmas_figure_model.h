// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#ifndef Q_MOC_RUN
#include "core/prevalence/prevalence_aggregation.h"
#endif

#include <QAbstractTableModel>

#include <map>
#include <string>
#include <vector>

namespace konvergensi::gui {

/// The puskesmas of a period: code, name, kecamatan, how many of the desa it serves have a
/// figure, and the sums of their counts (children measured, cases, prevalence, 95 % Wilson
/// interval, severity band of the indicator); in the last column, apart, the figure entered
/// for the puskesmas itself. The sort role gives numbers. A new period of the same puskesmas
/// changes the rows in place, so views keep their selection.
class PuskesmasFigureModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column {
        CodeColumn,
        NameColumn,
        KecamatanColumn,
        VillagesColumn,
        MeasuredColumn,
        CasesColumn,
        RateColumn,
        IntervalColumn,
        OwnFigureColumn,
        ColumnCount
    };
    enum Role { SortRole = Qt::UserRole + 1, CodeRole };

    explicit PuskesmasFigureModel(QObject *parent = nullptr);

    /// The puskesmas of a period of an indicator and the names of the kecamatan (by code).
    void setFigures(std::vector<core::PuskesmasFigure> figures,
                    std::map<std::string, std::string> kecamatanNames,
                    core::PrevalenceIndicator indicator = core::PrevalenceIndicator::Stunting);
    const std::vector<core::PuskesmasFigure> &figures() const { return m_rows; }
    /// The row of a puskesmas code; -1 when it is not shown.
    int rowOf(const QString &code) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

private:
    std::vector<core::PuskesmasFigure> m_rows;
    std::map<std::string, std::string> m_kecamatanNames;
    core::PrevalenceIndicator m_indicator = core::PrevalenceIndicator::Stunting;
};

} // namespace konvergensi::gui

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

/// The villages of a period: code, name, kecamatan, children measured, cases, prevalence,
/// 95 % Wilson interval, locus flag, severity band of the indicator. Rows without a figure
/// show "—"; names and kecamatan show whole in their tooltip. The sort role gives numbers,
/// so a proxy sorts prevalence as numbers. A new period of the same villages changes the
/// rows in place (dataChanged), so views keep their selection and scroll position.
class VillageFigureModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column {
        CodeColumn,
        NameColumn,
        KecamatanColumn,
        MeasuredColumn,
        CasesColumn,
        RateColumn,
        IntervalColumn,
        LocusColumn,
        BandColumn,
        ColumnCount
    };
    enum Role { SortRole = Qt::UserRole + 1, KecamatanCodeRole, CodeRole };

    explicit VillageFigureModel(QObject *parent = nullptr);

    /// The villages of a period of an indicator and the names of their kecamatan (by code).
    void setFigures(std::vector<core::AreaFigure> villages,
                    std::map<std::string, std::string> kecamatanNames,
                    core::PrevalenceIndicator indicator = core::PrevalenceIndicator::Stunting);
    const std::vector<core::AreaFigure> &figures() const { return m_rows; }
    core::PrevalenceIndicator indicator() const { return m_indicator; }
    /// The row of a village code; -1 when it is not there.
    int rowOf(const QString &code) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

private:
    QString kecamatanName(const core::AreaFigure &figure) const;

    std::vector<core::AreaFigure> m_rows;
    std::map<std::string, std::string> m_kecamatanNames;
    core::PrevalenceIndicator m_indicator = core::PrevalenceIndicator::Stunting;
};

} // namespace konvergensi::gui

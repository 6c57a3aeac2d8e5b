// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#ifndef Q_MOC_RUN
#include "core/prevalence/prevalence_aggregation.h"
#endif

#include <QAbstractTableModel>
#include <QColor>

#include <map>
#include <string>
#include <vector>

namespace konvergensi::gui {

/// The villages of a period: code, name, kecamatan, children measured, cases, prevalence,
/// 95 % Wilson interval, locus flag, severity band. Rows without a figure show "—". The
/// sort role gives numbers, so a proxy sorts prevalence as numbers.
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
    enum Role { SortRole = Qt::UserRole + 1, KecamatanCodeRole };

    explicit VillageFigureModel(QObject *parent = nullptr);

    /// The villages and the names of their kecamatan (by code).
    void setFigures(std::vector<core::AreaFigure> villages,
                    std::map<std::string, std::string> kecamatanNames);
    const std::vector<core::AreaFigure> &figures() const { return m_rows; }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

    /// Translated name of a band with its WHO range: "Medium (10 to < 20 %)".
    static QString bandLabel(core::SeverityBand band);
    /// Strong colour for charts and a light one for table cells.
    static QColor bandColor(core::SeverityBand band, bool light = false);
    /// The legend text: the WHO thresholds for stunting prevalence.
    static QString bandLegend();

private:
    std::vector<core::AreaFigure> m_rows;
    std::map<std::string, std::string> m_kecamatanNames;
};

} // namespace konvergensi::gui

// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#ifndef Q_MOC_RUN
#include "core/measurements/data_quality.h"
#endif

#include <QString>
#include <QWidget>

class QChartView;
class QComboBox;
class QLabel;
class QSortFilterProxyModel;
class QTableView;

namespace konvergensi::gui {

class WorkspaceSession;

namespace measurements {

class QualityTableModel;

/// "Mutu data" of Pengukuran Balita (issue 14, item 5): the data quality of a round per
/// posyandu as a table (posyandu that need attention highlighted) and a chart: the posyandu
/// with the highest share of a problem (bars over the limit in the danger colour), or the age
/// distribution of the chosen posyandu beside the district's. So a Dinkes officer sees which
/// posyandu to retrain.
class DataQualityPanel : public QWidget
{
    Q_OBJECT
public:
    /// What the chart shows, in the order of its combo box.
    enum class ChartKind { Flagged, WrongPosition, HeightMissing, Skipped, DigitPreference, Ages };

    explicit DataQualityPanel(WorkspaceSession &session, QWidget *parent = nullptr);

    /// Shows a round ("2024-08"; empty: none).
    void setRound(const QString &period);
    QString round() const { return m_period; }
    void setChartKind(ChartKind kind);
    /// Makes a posyandu (QualityTableModel::keyOf) the current row; false when not shown.
    bool selectPosyandu(const QString &key);

    QualityTableModel *model() const { return m_model; }
    QSortFilterProxyModel *proxy() const { return m_proxy; }
    QTableView *view() const { return m_view; }
    QChartView *chartView() const { return m_chartView; }
    QLabel *summaryLabel() const { return m_summaryLabel; }

private:
    void showChart();

    WorkspaceSession &m_session;
    QString m_period;
    core::measurements::QualityCounts m_district;
    core::measurements::AttentionRule m_rule;
    ChartKind m_chartKind = ChartKind::Flagged;
    QualityTableModel *m_model;
    QSortFilterProxyModel *m_proxy;
    QTableView *m_view;
    QComboBox *m_chartCombo;
    QChartView *m_chartView;
    QLabel *m_summaryLabel;
};

} // namespace measurements
} // namespace konvergensi::gui

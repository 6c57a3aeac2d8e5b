// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#ifndef Q_MOC_RUN
#include "core/prevalence/prevalence_aggregation.h"
#endif

#include <QWidget>

class QLabel;
class QLineEdit;
class QPushButton;
class QSortFilterProxyModel;
class QTableView;

namespace konvergensi::gui {

class VillageFigureModel;

/// The desa table of the dashboard: every desa/kelurahan of the district with its figure of
/// the chosen source and period, sorted by prevalence; filtered by a kecamatan (a bar of the
/// kecamatan chart) and by a typed name or code; the indicator's WHO bands under it. The
/// current row, the sort and the filter stay when the period changes.
class VillageTablePanel : public QWidget
{
    Q_OBJECT
public:
    explicit VillageTablePanel(QWidget *parent = nullptr);

    /// The villages of the period and their title ("e-PPGBM, Agustus 2024"; empty: none).
    void setPeriod(const core::PeriodSummary *summary, core::PrevalenceIndicator indicator,
                   const QString &periodTitle);
    /// Shows only the desa of one kecamatan ("14.03.01"); an empty code shows all.
    void setKecamatan(const QString &code);
    const QString &kecamatan() const { return m_kecamatan; }
    /// Makes a desa the current row; false when it is not shown.
    bool selectVillage(const QString &code);
    /// The code of the current desa; empty when none.
    QString currentVillage() const;
    /// Whether the current desa has a figure that can be removed (the page says).
    void setRemoveEnabled(bool enabled);
    /// Whether the period's figures were counted from children measured (a weighing round
    /// of Pengukuran Balita): then "Per posyandu" opens the current desa's posyandu there.
    void setChildrenAvailable(bool available);

    QTableView *table() const { return m_table; }
    VillageFigureModel *model() const { return m_model; }
    QSortFilterProxyModel *proxy() const { return m_proxy; }
    QLabel *titleLabel() const { return m_title; }
    QLabel *legendLabel() const { return m_legend; }
    QPushButton *posyanduButton() const { return m_posyanduButton; }

Q_SIGNALS:
    void currentVillageChanged();
    void removeRequested();
    /// "Per posyandu": the current desa's posyandu in Pengukuran Balita.
    void posyanduRequested();

private:
    void applyFilter();
    void updateTitle();
    void updateLegend(core::PrevalenceIndicator indicator);

    VillageFigureModel *m_model;
    QSortFilterProxyModel *m_proxy;
    QTableView *m_table;
    QLabel *m_title;
    QLabel *m_legend;
    QLineEdit *m_filterEdit;
    QPushButton *m_allButton;
    QPushButton *m_removeButton;
    QPushButton *m_posyanduButton;
    QString m_kecamatan;
    QString m_periodTitle;
    std::map<std::string, std::string> m_kecamatanNames;
};

} // namespace konvergensi::gui

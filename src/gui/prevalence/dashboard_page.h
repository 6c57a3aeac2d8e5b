// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#ifndef Q_MOC_RUN
#include "core/prevalence/prevalence_aggregation.h"
#include "gui/prevalence/dashboard_data.h"
#endif

#include <QStringList>
#include <QWidget>

#include <memory>
#include <optional>

class QBarSet;
class QChartView;
class QComboBox;
class QLabel;
class QLineEdit;
class QPagedPaintDevice;
class QPainter;
class QPushButton;
class QSortFilterProxyModel;
class QTabWidget;
class QTableView;
class QHBoxLayout;

namespace konvergensi::gui {

class PuskesmasFigureModel;
class VillageFigureModel;
class WorkspaceSession;

/// Dasbor, the first screen: the district's latest prevalence per source with change,
/// target and gap; the trend per source with the target line; prevalence by kecamatan for a
/// period and source (click a bar to see its desa); the desa table with counts, Wilson
/// intervals, locus flag and WHO severity bands; beside it the puskesmas table (sums of the
/// desa each serves, and apart the figure entered for the puskesmas); locus against other
/// villages; completeness. A single figure of a desa or a puskesmas can be removed. Every
/// chart saves as PNG or PDF; the whole dashboard prints as a one-page summary.
class DashboardPage : public QWidget
{
    Q_OBJECT
public:
    explicit DashboardPage(WorkspaceSession &session, QWidget *parent = nullptr);
    ~DashboardPage() override;

    /// Reads the figures again (after an import, an edit, another workspace).
    void reload();
    /// Where the locus villages come from (the locus module); none by default, shown as "—".
    void setLocusVillages(std::shared_ptr<const core::LocusVillages> locus);

    /// Shows only the desa of one kecamatan (code "14.03.01"); an empty code shows all.
    void selectKecamatan(const QString &code);
    QString selectedKecamatan() const { return m_kecamatan; }

    /// Writes a chart as PDF (".pdf") or PNG (anything else); false with a message on failure.
    bool saveChart(QChartView *view, const QString &path);
    /// Writes the one-page summary as PDF.
    bool saveSummaryPdf(const QString &path);
    /// Paints the one-page summary on a printer or PDF writer.
    void renderSummary(QPagedPaintDevice *device);

    // User actions (buttons); public so tests can run them.
    void enterFigure();
    void importFigures();
    void editTargets();
    void saveTrendChartAs();
    void saveKecamatanChartAs();
    void saveSummaryAs();
    void printSummary();
    /// Removes the figure of the desa of the current row of the desa table (asks first).
    void removeVillageFigure();
    /// Removes the figure entered for the puskesmas of the current row (asks first); the
    /// sums of its desa are computed and cannot be removed.
    void removePuskesmasFigure();

    QComboBox *indicatorCombo() const { return m_indicatorCombo; }
    QComboBox *sourceCombo() const { return m_sourceCombo; }
    QComboBox *periodCombo() const { return m_periodCombo; }
    QChartView *trendChartView() const { return m_trendView; }
    QChartView *kecamatanChartView() const { return m_kecamatanView; }
    QTableView *villageTable() const { return m_villageTable; }
    VillageFigureModel *villageModel() const { return m_villageModel; }
    QSortFilterProxyModel *villageProxy() const { return m_proxy; }
    QTabWidget *figureTabs() const { return m_figureTabs; }
    QTableView *puskesmasTable() const { return m_puskesmasTable; }
    PuskesmasFigureModel *puskesmasModel() const { return m_puskesmasModel; }
    QSortFilterProxyModel *puskesmasProxy() const { return m_puskesmasProxy; }
    QLabel *puskesmasNoteLabel() const { return m_puskesmasNote; }
    QLabel *completenessLabel() const { return m_completenessLabel; }
    QLabel *locusLabel() const { return m_locusLabel; }
    QWidget *headlinePanel() const { return m_headlinePanel; }
    /// The kecamatan codes in the order of the bars (bottom to top).
    const QStringList &kecamatanOrder() const { return m_kecamatanOrder; }
    QList<QBarSet *> kecamatanBarSets() const;

private:
    void rebuildSources();
    void rebuildPeriods();
    void refreshPeriod();
    void buildHeadlines();
    void buildTrendChart();
    void buildKecamatanChart();
    void updateSidePanel();
    void applyVillageFilter();
    void updatePuskesmasTable();
    void updateRemoveButtons();
    QString periodTitle() const;
    /// The figure shown in the current row of the desa or puskesmas table, as loaded.
    const core::PrevalenceObservation *currentVillageObservation() const;
    const core::PrevalenceObservation *currentPuskesmasObservation() const;
    /// Asks with the figure in words, removes it (row version checked) and reloads.
    void removeObservation(const core::PrevalenceObservation &observation, const QString &area);

    WorkspaceSession &m_session;
    std::shared_ptr<const core::LocusVillages> m_locus;
    std::unique_ptr<DashboardData> m_data;
    std::unique_ptr<core::PeriodSummary> m_summary;
    std::unique_ptr<core::PuskesmasSummary> m_puskesmasSummary;
    QString m_kecamatan;
    QStringList m_kecamatanOrder;
    bool m_rebuilding = false;

    QComboBox *m_indicatorCombo = nullptr;
    QComboBox *m_sourceCombo = nullptr;
    QComboBox *m_periodCombo = nullptr;
    QLabel *m_titleLabel = nullptr;
    QWidget *m_headlinePanel = nullptr;
    QHBoxLayout *m_headlineLayout = nullptr;
    QChartView *m_trendView = nullptr;
    QChartView *m_kecamatanView = nullptr;
    QTableView *m_villageTable = nullptr;
    VillageFigureModel *m_villageModel = nullptr;
    QSortFilterProxyModel *m_proxy = nullptr;
    QLineEdit *m_filterEdit = nullptr;
    QLabel *m_villageTitle = nullptr;
    QPushButton *m_allKecamatanButton = nullptr;
    QLabel *m_completenessLabel = nullptr;
    QLabel *m_locusLabel = nullptr;
    QLabel *m_legendLabel = nullptr;
    QLabel *m_emptyLabel = nullptr;
    QTabWidget *m_figureTabs = nullptr;
    QTableView *m_puskesmasTable = nullptr;
    PuskesmasFigureModel *m_puskesmasModel = nullptr;
    QSortFilterProxyModel *m_puskesmasProxy = nullptr;
    QLabel *m_puskesmasNote = nullptr;
    QPushButton *m_removeVillageFigureButton = nullptr;
    QPushButton *m_removePuskesmasFigureButton = nullptr;
};

} // namespace konvergensi::gui

// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#ifndef Q_MOC_RUN
#include "core/prevalence/prevalence_aggregation.h"
#include "usecases/prevalence/dashboard_data.h"
#endif

#include <QWidget>

#include <memory>
#include <optional>

class QComboBox;
class QLabel;
class QScrollArea;
class QSplitter;
class QTabWidget;

namespace konvergensi::reports {
class ReportDocument;
}

namespace konvergensi::gui {

class ChartPanel;
class HeadlinePanel;
class InfoCard;
class PuskesmasTablePanel;
class VillageTablePanel;
class WorkspaceSession;

/// Dasbor, the first screen, composed of panels: the headline cards (the district's latest
/// prevalence per source with change, target and gap) beside the data completeness and the
/// locus villages of the chosen period; the trend chart and the kecamatan chart side by side;
/// below them the desa and puskesmas tables. A click on a kecamatan bar filters the desa
/// table right under it. Everything fits a 1366 x 768 screen without scrolling. The figures
/// come from the use cases (usecases::prevalence); the page shows and asks.
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

    /// Shows only the desa of one kecamatan (code "14.03.01") in the desa table, brought to
    /// the front; an empty code shows all.
    void selectKecamatan(const QString &code);
    QString selectedKecamatan() const;
    /// The source and period chosen; none without figures.
    std::optional<usecases::prevalence::DashboardChoice> choice() const;
    const usecases::prevalence::DashboardData *data() const { return m_data.get(); }

    // User actions (buttons); public so tests can run them.
    void enterFigure();
    void importFigures();
    void editTargets();
    void saveTrendChartAs();
    void saveKecamatanChartAs();
    /// Writes the summary as PDF (asks where).
    void saveSummaryAs();
    /// Shows the summary in the print preview.
    void printSummary();
    /// The printed summary of what the page shows; none when it could not be made.
    std::optional<reports::ReportDocument> summaryDocument();
    /// Removes the figure of the desa of the current row of the desa table (asks first).
    void removeVillageFigure();
    /// Removes the figure entered for the puskesmas of the current row (asks first); the
    /// sums of its desa are computed and cannot be removed.
    void removePuskesmasFigure();
    /// "Per posyandu": the current desa's posyandu in Child Measurements, when the period's
    /// e-PPGBM figures were counted from a weighing round's children.
    void openVillagePosyandu();
    /// "Per puskesmas of the children": the round per puskesmas in Child Measurements.
    void openChildrenPerPuskesmas();
    /// The weighing round behind the figures shown ("2024-08"); empty when none.
    const QString &childRound() const { return m_childRound; }

    QComboBox *indicatorCombo() const { return m_indicatorCombo; }
    QComboBox *sourceCombo() const { return m_sourceCombo; }
    QComboBox *periodCombo() const { return m_periodCombo; }
    ChartPanel *trendChart() const { return m_trendChart; }
    ChartPanel *kecamatanChart() const { return m_kecamatanChart; }
    HeadlinePanel *headlinePanel() const { return m_headlines; }
    VillageTablePanel *villagePanel() const { return m_villagePanel; }
    PuskesmasTablePanel *puskesmasPanel() const { return m_puskesmasPanel; }
    QTabWidget *figureTabs() const { return m_figureTabs; }
    QLabel *completenessLabel() const;
    QLabel *locusLabel() const;
    QScrollArea *scrollArea() const { return m_scroll; }

private:
    void rebuildSources();
    void rebuildPeriods();
    void refreshPeriod();
    void updateRemoveButtons();
    core::PrevalenceIndicator indicator() const;
    /// The figure shown in the current row of the desa or puskesmas table, as loaded.
    const core::PrevalenceObservation *currentVillageObservation() const;
    const core::PrevalenceObservation *currentPuskesmasObservation() const;
    /// Asks with the figure in words, removes it (row version checked) and reloads.
    void removeObservation(const core::PrevalenceObservation &observation, const QString &area);
    void saveChartAs(const ChartPanel *panel, const QString &baseName);

    WorkspaceSession &m_session;
    std::shared_ptr<const core::LocusVillages> m_locus;
    std::unique_ptr<usecases::prevalence::DashboardData> m_data;
    std::optional<usecases::prevalence::DashboardPeriod> m_period;
    bool m_rebuilding = false;
    QString m_childRound;

    QScrollArea *m_scroll = nullptr;
    QLabel *m_titleLabel = nullptr;
    QLabel *m_emptyLabel = nullptr;
    QComboBox *m_indicatorCombo = nullptr;
    QComboBox *m_sourceCombo = nullptr;
    QComboBox *m_periodCombo = nullptr;
    HeadlinePanel *m_headlines = nullptr;
    InfoCard *m_completeness = nullptr;
    InfoCard *m_locusCard = nullptr;
    ChartPanel *m_trendChart = nullptr;
    ChartPanel *m_kecamatanChart = nullptr;
    QTabWidget *m_figureTabs = nullptr;
    VillageTablePanel *m_villagePanel = nullptr;
    PuskesmasTablePanel *m_puskesmasPanel = nullptr;
};

} // namespace konvergensi::gui

// SPDX-License-Identifier: GPL-3.0-or-later
#include "gui/prevalence/dashboard_page.h"

#include "gui/common/dialogs.h"
#include "gui/common/reload_when_shown.h"
#include "gui/language.h"
#include "gui/logging.h"
#include "gui/prevalence/chart_panel.h"
#include "gui/prevalence/headline_panel.h"
#include "gui/prevalence/puskesmas_figure_model.h"
#include "gui/prevalence/puskesmas_table_panel.h"
#include "gui/prevalence/village_figure_model.h"
#include "gui/prevalence/village_table_panel.h"
#include "gui/workspace/workspace_session.h"
#include "qtsupport/text.h"
#include "reports/prevalence/prevalence_words.h"
#include "storage/storage_error.h"
#include "usecases/changes.h"
#include "usecases/measurements/round_summary.h"
#include "usecases/prevalence/dashboard_charts.h"
#include "usecases/prevalence/figures.h"

#include <QComboBox>
#include <QElapsedTimer>
#include <QFrame>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QScrollArea>
#include <QSortFilterProxyModel>
#include <QSplitter>
#include <QTabWidget>
#include <QTableView>
#include <QVBoxLayout>

#include <algorithm>

namespace konvergensi::gui {

namespace words = reports::prevalence;
using usecases::prevalence::DashboardChoice;
using usecases::prevalence::DashboardData;

namespace {

int periodKey(int year, core::PrevalenceRound round)
{
    return year * 10 + static_cast<int>(round);
}

QPushButton *actionButton(const QString &text, const char *name, QWidget *parent)
{
    auto *button = new QPushButton(text, parent);
    button->setObjectName(QLatin1String(name));
    return button;
}

} // namespace

DashboardPage::DashboardPage(WorkspaceSession &session, QWidget *parent)
    : QWidget(parent)
    , m_session(session)
    , m_locus(std::make_shared<core::NoLocusVillages>())
{
    setObjectName(QStringLiteral("dashboardPage"));
    auto *outer = new QVBoxLayout(this);
    outer->setContentsMargins(0, 0, 0, 0);
    // A scroll area only for screens smaller than 1366 x 768; there it never scrolls.
    m_scroll = new QScrollArea(this);
    m_scroll->setObjectName(QStringLiteral("dashboardScrollArea"));
    m_scroll->setWidgetResizable(true);
    m_scroll->setFrameShape(QFrame::NoFrame);
    outer->addWidget(m_scroll);
    auto *content = new QWidget(m_scroll);
    m_scroll->setWidget(content);
    auto *layout = new QVBoxLayout(content);
    layout->setContentsMargins(8, 6, 8, 6);
    layout->setSpacing(6);

    // Title and actions.
    auto *top = new QHBoxLayout;
    m_titleLabel = new QLabel(content);
    m_titleLabel->setObjectName(QStringLiteral("dashboardTitleLabel"));
    QFont titleFont = m_titleLabel->font();
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.3);
    titleFont.setBold(true);
    m_titleLabel->setFont(titleFont);
    top->addWidget(m_titleLabel, 1);
    auto *enter = actionButton(tr("Enter figure…"), "enterFigureButton", content);
    auto *import = actionButton(tr("Import…"), "importFiguresButton", content);
    import->setToolTip(tr("Import figures from a CSV or XLSX file."));
    auto *targets = actionButton(tr("Targets…"), "targetsButton", content);
    auto *print = actionButton(tr("Print summary…"), "printSummaryButton", content);
    print->setToolTip(tr("The summary with the letterhead, the charts and the tables, in the "
                         "print preview."));
    auto *summaryPdf = actionButton(tr("Summary as PDF…"), "summaryPdfButton", content);
    for (QPushButton *button : {enter, import, targets})
        top->addWidget(button);
    top->addSpacing(12);
    top->addWidget(print);
    top->addWidget(summaryPdf);
    layout->addLayout(top);

    // What is shown below the headlines.
    auto *choices = new QHBoxLayout;
    m_indicatorCombo = new QComboBox(content);
    m_indicatorCombo->setObjectName(QStringLiteral("indicatorCombo"));
    for (core::PrevalenceIndicator indicator : core::allPrevalenceIndicators())
        m_indicatorCombo->addItem(words::indicatorName(indicator), static_cast<int>(indicator));
    m_sourceCombo = new QComboBox(content);
    m_sourceCombo->setObjectName(QStringLiteral("sourceCombo"));
    m_sourceCombo->setToolTip(tr("The source of the kecamatan chart and the tables. Sources are "
                                 "never mixed."));
    m_periodCombo = new QComboBox(content);
    m_periodCombo->setObjectName(QStringLiteral("periodCombo"));
    m_periodCombo->setMinimumContentsLength(14);
    auto addChoice = [&](const QString &text, QComboBox *combo) {
        auto *label = new QLabel(text, content);
        label->setBuddy(combo);
        choices->addWidget(label);
        choices->addWidget(combo);
        choices->addSpacing(8);
    };
    addChoice(tr("&Indicator:"), m_indicatorCombo);
    addChoice(tr("&Source:"), m_sourceCombo);
    addChoice(tr("&Period:"), m_periodCombo);
    m_emptyLabel = new QLabel(content);
    m_emptyLabel->setObjectName(QStringLiteral("dashboardEmptyLabel"));
    m_emptyLabel->setWordWrap(true);
    choices->addWidget(m_emptyLabel, 1);
    layout->addLayout(choices);

    // Headline cards, then the period's completeness and locus villages.
    auto *cards = new QHBoxLayout;
    m_headlines = new HeadlinePanel(content);
    m_completeness = new InfoCard(QStringLiteral("completeness"), content);
    m_locusCard = new InfoCard(QStringLiteral("locus"), content);
    cards->addWidget(m_headlines, 2);
    cards->addWidget(m_completeness, 1);
    cards->addWidget(m_locusCard, 1);
    layout->addLayout(cards);

    // Charts side by side above the tables.
    auto *split = new QSplitter(Qt::Vertical, content);
    split->setObjectName(QStringLiteral("dashboardSplitter"));
    split->setChildrenCollapsible(false);
    auto *charts = new QSplitter(Qt::Horizontal, split);
    charts->setObjectName(QStringLiteral("chartSplitter"));
    charts->setChildrenCollapsible(false);
    m_trendChart = new ChartPanel(charts);
    m_trendChart->setObjectName(QStringLiteral("trendChart"));
    m_kecamatanChart = new ChartPanel(charts);
    m_kecamatanChart->setObjectName(QStringLiteral("kecamatanChart"));
    m_kecamatanChart->setToolTip(tr("Click a kecamatan to see its desa."));
    charts->addWidget(m_trendChart);
    charts->addWidget(m_kecamatanChart);
    charts->setStretchFactor(0, 1);
    charts->setStretchFactor(1, 1);
    m_figureTabs = new QTabWidget(split);
    m_figureTabs->setObjectName(QStringLiteral("figureTabs"));
    m_villagePanel = new VillageTablePanel(m_figureTabs);
    m_puskesmasPanel = new PuskesmasTablePanel(m_figureTabs);
    m_figureTabs->addTab(m_villagePanel, tr("Desa/kelurahan"));
    m_figureTabs->addTab(m_puskesmasPanel, tr("Puskesmas"));
    split->addWidget(charts);
    split->addWidget(m_figureTabs);
    split->setStretchFactor(0, 1);
    split->setStretchFactor(1, 1);
    layout->addWidget(split, 1);

    connect(m_indicatorCombo, &QComboBox::currentIndexChanged, this, [this] {
        if (!m_rebuilding)
            reload();
    });
    connect(m_sourceCombo, &QComboBox::currentIndexChanged, this, [this] {
        if (m_rebuilding)
            return;
        rebuildPeriods();
        refreshPeriod();
    });
    connect(m_periodCombo, &QComboBox::currentIndexChanged, this, [this] {
        if (!m_rebuilding)
            refreshPeriod();
    });
    connect(enter, &QPushButton::clicked, this, &DashboardPage::enterFigure);
    connect(import, &QPushButton::clicked, this, &DashboardPage::importFigures);
    connect(targets, &QPushButton::clicked, this, &DashboardPage::editTargets);
    connect(print, &QPushButton::clicked, this, &DashboardPage::printSummary);
    connect(summaryPdf, &QPushButton::clicked, this, &DashboardPage::saveSummaryAs);
    connect(m_trendChart, &ChartPanel::saveRequested, this, &DashboardPage::saveTrendChartAs);
    connect(m_kecamatanChart, &ChartPanel::saveRequested, this,
            &DashboardPage::saveKecamatanChartAs);
    connect(m_kecamatanChart, &ChartPanel::barClicked, this, &DashboardPage::selectKecamatan);
    connect(m_villagePanel, &VillageTablePanel::removeRequested, this,
            &DashboardPage::removeVillageFigure);
    connect(m_puskesmasPanel, &PuskesmasTablePanel::removeRequested, this,
            &DashboardPage::removePuskesmasFigure);
    connect(m_villagePanel, &VillageTablePanel::posyanduRequested, this,
            &DashboardPage::openVillagePosyandu);
    connect(m_puskesmasPanel, &PuskesmasTablePanel::childrenRequested, this,
            &DashboardPage::openChildrenPerPuskesmas);
    connect(m_villagePanel, &VillageTablePanel::currentVillageChanged, this,
            &DashboardPage::updateRemoveButtons);
    connect(m_puskesmasPanel, &PuskesmasTablePanel::currentPuskesmasChanged, this,
            &DashboardPage::updateRemoveButtons);
    ReloadWhenShown::attach(this, m_session,
                            usecases::Topic::Prevalence | usecases::Topic::Regions
                                | usecases::Topic::Locus | usecases::Topic::Settings
                                | usecases::Topic::Measurements,
                            [this] { reload(); });
    reload();
}

DashboardPage::~DashboardPage() = default;

QLabel *DashboardPage::completenessLabel() const
{
    return m_completeness->label();
}

QLabel *DashboardPage::locusLabel() const
{
    return m_locusCard->label();
}

core::PrevalenceIndicator DashboardPage::indicator() const
{
    return static_cast<core::PrevalenceIndicator>(m_indicatorCombo->currentData().toInt());
}

void DashboardPage::setLocusVillages(std::shared_ptr<const core::LocusVillages> locus)
{
    m_locus = locus ? std::move(locus) : std::make_shared<core::NoLocusVillages>();
    refreshPeriod();
}

void DashboardPage::reload()
{
    QElapsedTimer timer;
    timer.start();
    m_data.reset();
    if (m_session.isOpen()) {
        try {
            m_data = std::make_unique<DashboardData>(
                DashboardData::load(m_session.database(), indicator()));
        } catch (const storage::StorageError &error) {
            Dialogs::error(this, tr("Dashboard"), error.message());
        }
    }
    const QString district = m_data && m_data->district ? qs(m_data->district->name) : QString();
    m_titleLabel->setText(district.isEmpty() ? tr("Dashboard")
                                             : tr("Prevalence in %1").arg(district));
    rebuildSources();
    rebuildPeriods();
    m_headlines->setHeadlines(m_data ? m_data->headlines() : std::vector<core::Headline>{});
    m_trendChart->setChart(m_data
                               ? usecases::prevalence::trendChart(*m_data, LanguageSetup::current())
                               : reports::prevalence::TrendChart{});
    refreshPeriod();
    qCDebug(lcGui) << "dashboard loaded in" << timer.elapsed() << "ms";
}

void DashboardPage::rebuildSources()
{
    m_rebuilding = true;
    const QVariant previous = m_sourceCombo->currentData();
    m_sourceCombo->clear();
    if (m_data) {
        for (core::PrevalenceSource source : m_data->sources())
            m_sourceCombo->addItem(words::sourceName(source), static_cast<int>(source));
    }
    int index = previous.isValid() ? m_sourceCombo->findData(previous) : -1;
    if (index < 0 && m_data) {
        if (const auto choice = m_data->defaultChoice())
            index = m_sourceCombo->findData(static_cast<int>(choice->source));
    }
    m_sourceCombo->setCurrentIndex(index >= 0 ? index : (m_sourceCombo->count() > 0 ? 0 : -1));
    m_rebuilding = false;
}

void DashboardPage::rebuildPeriods()
{
    m_rebuilding = true;
    const QVariant previous = m_periodCombo->currentData();
    m_periodCombo->clear();
    if (m_data && m_sourceCombo->currentIndex() >= 0) {
        const auto source = static_cast<core::PrevalenceSource>(
            m_sourceCombo->currentData().toInt());
        for (const auto &[year, round] : m_data->periods(source))
            m_periodCombo->addItem(words::periodName(year, round, LanguageSetup::current()),
                                   periodKey(year, round));
    }
    const int index = previous.isValid() ? m_periodCombo->findData(previous) : -1;
    m_periodCombo->setCurrentIndex(index >= 0 ? index : (m_periodCombo->count() > 0 ? 0 : -1));
    m_rebuilding = false;
}

std::optional<DashboardChoice> DashboardPage::choice() const
{
    if (m_sourceCombo->currentIndex() < 0 || m_periodCombo->currentIndex() < 0)
        return std::nullopt;
    const int key = m_periodCombo->currentData().toInt();
    return DashboardChoice{
        static_cast<core::PrevalenceSource>(m_sourceCombo->currentData().toInt()), key / 10,
        static_cast<core::PrevalenceRound>(key % 10)};
}

void DashboardPage::refreshPeriod()
{
    m_period.reset();
    const core::Language language = LanguageSetup::current();
    const auto chosen = choice();
    if (m_data && chosen)
        m_period = m_data->period(*chosen, m_locus->villages(chosen->year));
    const QString title = chosen ? usecases::prevalence::choiceTitle(*chosen, language) : QString();
    const core::PrevalenceIndicator shown = m_data ? m_data->indicator : indicator();
    m_villagePanel->setPeriod(m_period ? &m_period->summary : nullptr, shown, title);
    std::map<std::string, std::string> kecamatanNames;
    if (m_period) {
        for (const auto &k : m_period->summary.kecamatan)
            kecamatanNames[k.code.toString()] = k.name;
    }
    m_puskesmasPanel->setPeriod(m_period ? &m_period->puskesmas : nullptr, kecamatanNames, shown,
                                title, m_data && !m_data->puskesmas.empty());
    if (m_data)
        m_kecamatanChart->setChart(usecases::prevalence::kecamatanChart(
            *m_data, m_period ? &*m_period : nullptr, language));
    else
        m_kecamatanChart->setChart(reports::prevalence::BarChart{});

    if (m_period) {
        m_completeness->setContent(tr("Data completeness, %1").arg(title),
                                   words::completenessLines(m_period->summary, language));
        m_locusCard->setContent(tr("Locus villages, %1").arg(title),
                                words::locusLines(m_period->summary.locus, language));
    } else {
        m_completeness->setContent(tr("Data completeness"), {tr("No period chosen.")});
        m_locusCard->setContent(tr("Locus villages"), {QStringLiteral("—")});
    }
    updateRemoveButtons();

    // Figures counted from children go down to the posyandu in Child Measurements.
    m_childRound.clear();
    if (chosen && chosen->source == core::PrevalenceSource::Eppgbm && m_session.isOpen()) {
        try {
            m_childRound = usecases::measurements::childRoundOf(m_session.database(), chosen->year,
                                                                chosen->round)
                               .value_or(QString());
        } catch (const storage::StorageError &error) {
            qCWarning(lcGui) << "weighing round not looked up:" << error.message();
        }
    }
    m_villagePanel->setChildrenAvailable(!m_childRound.isEmpty());
    m_puskesmasPanel->setChildrenAvailable(!m_childRound.isEmpty());

    const bool empty = !m_data || m_data->isEmpty();
    m_emptyLabel->setVisible(empty);
    if (empty)
        m_emptyLabel->setText(tr("No %1 figures yet. Enter a figure or import the e-PPGBM or "
                                 "survey figures (CSV or XLSX) to see the dashboard.")
                                  .arg(words::indicatorName(shown).toLower()));
}

void DashboardPage::selectKecamatan(const QString &code)
{
    m_figureTabs->setCurrentWidget(m_villagePanel);
    m_villagePanel->setKecamatan(code);
    // On a screen too small for the whole page, the table comes into view.
    m_scroll->ensureWidgetVisible(m_figureTabs);
}

QString DashboardPage::selectedKecamatan() const
{
    return m_villagePanel->kecamatan();
}

const core::PrevalenceObservation *DashboardPage::currentVillageObservation() const
{
    const auto chosen = choice();
    const QString code = m_villagePanel->currentVillage();
    const auto region = core::RegionCode::parse(ss(code));
    if (!m_data || !chosen || !region)
        return nullptr;
    return m_data->find(core::PrevalenceArea::ofRegion(*region), chosen->source, chosen->year,
                        chosen->round);
}

const core::PrevalenceObservation *DashboardPage::currentPuskesmasObservation() const
{
    const auto chosen = choice();
    const QString code = m_puskesmasPanel->currentPuskesmas();
    if (!m_data || !chosen || code.isEmpty())
        return nullptr;
    return m_data->find(core::PrevalenceArea::ofPuskesmas(ss(code)), chosen->source, chosen->year,
                        chosen->round);
}

void DashboardPage::updateRemoveButtons()
{
    m_villagePanel->setRemoveEnabled(currentVillageObservation() != nullptr);
    m_puskesmasPanel->setRemoveEnabled(currentPuskesmasObservation() != nullptr);
}

void DashboardPage::removeVillageFigure()
{
    const core::PrevalenceObservation *observation = currentVillageObservation();
    if (!observation)
        return;
    const VillageFigureModel *model = m_villagePanel->model();
    const int row = model->rowOf(m_villagePanel->currentVillage());
    const core::AreaFigure &figure = model->figures()[static_cast<std::size_t>(row)];
    removeObservation(*observation,
                      QStringLiteral("%1 (%2)").arg(qs(figure.name), qs(figure.code.toString())));
}

void DashboardPage::removePuskesmasFigure()
{
    const core::PrevalenceObservation *observation = currentPuskesmasObservation();
    if (!observation)
        return;
    const PuskesmasFigureModel *model = m_puskesmasPanel->model();
    const int row = model->rowOf(m_puskesmasPanel->currentPuskesmas());
    const QString name = model->index(row, PuskesmasFigureModel::NameColumn).data().toString();
    removeObservation(*observation,
                      QStringLiteral("%1 (%2)").arg(name, qs(observation->area.puskesmasCode)));
}

void DashboardPage::removeObservation(const core::PrevalenceObservation &observation,
                                      const QString &area)
{
    // A copy: the reload after the removal replaces the loaded figures.
    const core::PrevalenceObservation o = observation;
    const core::Language language = LanguageSetup::current();
    const QString title = tr("Remove figure");
    if (!Dialogs::question(this, title,
                           tr("Remove this figure from the workspace?\n\n%1\n%2, %3, %4\n%5\n\n"
                              "This cannot be undone; enter or import it again if needed.")
                               .arg(area, words::sourceName(o.source),
                                    words::periodName(o.year, o.round, language),
                                    words::indicatorName(o.indicator),
                                    words::figureSummary(o, language))))
        return;
    try {
        usecases::prevalence::removeFigure(m_session.database(), o);
    } catch (const storage::StorageError &error) {
        Dialogs::error(this, title, error.message());
        if (error.kind() != storage::StorageError::Kind::Conflict)
            return;
    }
    m_session.notifyChanged(usecases::Topic::Prevalence);
}

} // namespace konvergensi::gui

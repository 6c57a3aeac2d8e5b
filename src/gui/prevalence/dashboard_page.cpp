// SPDX-License-Identifier: GPL-3.0-or-later
#include "gui/prevalence/dashboard_page.h"

#include "gui/common/dialogs.h"
#include "gui/language.h"
#include "gui/logging.h"
#include "gui/prevalence/prevalence_dialogs.h"
#include "gui/prevalence/puskesmas_figure_model.h"
#include "gui/prevalence/village_figure_model.h"
#include "gui/workspace/workspace_session.h"
#include "qtsupport/text.h"

#include "core/format.h"
#include "io/prevalence/prevalence_import.h"
#include "storage/output_file.h"
#include "storage/prevalence/prevalence_repository.h"
#include "storage/storage_error.h"

#include <QAction>
#include <QBarCategoryAxis>
#include <QBarSet>
#include <QChart>
#include <QChartView>
#include <QComboBox>
#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QFrame>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QHorizontalStackedBarSeries>
#include <QItemSelectionModel>
#include <QLabel>
#include <QLegendMarker>
#include <QLineEdit>
#include <QLineSeries>
#include <QPageLayout>
#include <QPainter>
#include <QPdfWriter>
#include <QPrintDialog>
#include <QPrinter>
#include <QPushButton>
#include <QScrollArea>
#include <QSortFilterProxyModel>
#include <QSplitter>
#include <QTabWidget>
#include <QTableView>
#include <QVBoxLayout>
#include <QValueAxis>

#include <algorithm>
#include <cmath>

namespace konvergensi::gui {

namespace {

QString percent(double value)
{
    return qs(core::formatPercent(value, 1, LanguageSetup::current()));
}

QString points(double value)
{
    // "−13,5 poin": signed change in percentage points.
    const QString number = qs(core::formatDecimal(std::fabs(value), 1, LanguageSetup::current()));
    const QString sign = value > 0.05    ? QStringLiteral("+")
                         : value < -0.05 ? QStringLiteral("−")
                                         : QString();
    return QCoreApplication::translate("Dashboard", "%1%2 points").arg(sign, number);
}

QString integer(std::int64_t value)
{
    return qs(core::formatInteger(value, LanguageSetup::current()));
}

/// Position of a period on the trend chart's year axis.
double periodX(int year, core::PrevalenceRound round)
{
    switch (round) {
    case core::PrevalenceRound::February:
        return year + 0.1;
    case core::PrevalenceRound::Survey:
        return year + 0.5;
    case core::PrevalenceRound::August:
        return year + 0.6;
    }
    return year + 0.5;
}

/// Ticks every 5 or 10 points on a percentage axis from 0.
void percentTicks(QValueAxis *axis, double maxRate)
{
    const double step = maxRate > 40 ? 10.0 : maxRate > 12 ? 5.0 : 2.0;
    const double top = std::max(step, std::ceil(maxRate / step) * step);
    axis->setRange(0, top);
    axis->setTickCount(static_cast<int>(top / step) + 1);
    axis->setLabelFormat(QStringLiteral("%.0f %%"));
}

QString magnitude(double value)
{
    return QCoreApplication::translate("Dashboard", "%1%2 points")
        .arg(QString(), qs(core::formatDecimal(std::fabs(value), 1, LanguageSetup::current())));
}

QColor sourceColor(core::PrevalenceSource source)
{
    switch (source) {
    case core::PrevalenceSource::Ssgi:
        return QColor(0x1f, 0x5f, 0xa8);
    case core::PrevalenceSource::Ski:
        return QColor(0x6a, 0x3d, 0x9a);
    case core::PrevalenceSource::Riskesdas:
        return QColor(0x00, 0x83, 0x8f);
    case core::PrevalenceSource::Eppgbm:
        return QColor(0x2e, 0x7d, 0x32);
    case core::PrevalenceSource::BulanPenimbangan:
        return QColor(0x8d, 0x6e, 0x00);
    case core::PrevalenceSource::Other:
        return QColor(0x61, 0x61, 0x61);
    }
    return Qt::black;
}

int periodKey(int year, core::PrevalenceRound round)
{
    return year * 10 + static_cast<int>(round);
}

/// Villages filtered by kecamatan and by a text in code or name.
class VillageFilterProxy : public QSortFilterProxyModel
{
public:
    using QSortFilterProxyModel::QSortFilterProxyModel;

    void setKecamatan(const QString &code)
    {
        m_kecamatan = code;
        invalidateFilter();
    }

protected:
    bool filterAcceptsRow(int row, const QModelIndex &parent) const override
    {
        const QModelIndex index = sourceModel()->index(row, 0, parent);
        if (!m_kecamatan.isEmpty()
            && index.data(VillageFigureModel::KecamatanCodeRole).toString() != m_kecamatan)
            return false;
        return QSortFilterProxyModel::filterAcceptsRow(row, parent);
    }

private:
    QString m_kecamatan;
};

QPushButton *smallButton(const QString &text, const char *name, QWidget *parent)
{
    auto *button = new QPushButton(text, parent);
    button->setObjectName(QLatin1String(name));
    return button;
}

QChartView *makeChartView(const char *name, QWidget *parent)
{
    auto *view = new QChartView(parent);
    view->setObjectName(QLatin1String(name));
    view->setRenderHint(QPainter::Antialiasing);
    view->setMinimumHeight(260);
    return view;
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
    auto *scroll = new QScrollArea(this);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    outer->addWidget(scroll);
    auto *content = new QWidget(scroll);
    scroll->setWidget(content);
    auto *layout = new QVBoxLayout(content);

    // Title and choices.
    auto *top = new QHBoxLayout;
    m_titleLabel = new QLabel(content);
    m_titleLabel->setObjectName(QStringLiteral("dashboardTitleLabel"));
    QFont titleFont = m_titleLabel->font();
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.35);
    titleFont.setBold(true);
    m_titleLabel->setFont(titleFont);
    top->addWidget(m_titleLabel, 1);
    m_indicatorCombo = new QComboBox(content);
    m_indicatorCombo->setObjectName(QStringLiteral("indicatorCombo"));
    for (core::PrevalenceIndicator indicator : core::allPrevalenceIndicators())
        m_indicatorCombo->addItem(indicatorName(indicator), static_cast<int>(indicator));
    m_sourceCombo = new QComboBox(content);
    m_sourceCombo->setObjectName(QStringLiteral("sourceCombo"));
    m_sourceCombo->setToolTip(tr("The source of the kecamatan chart and the desa table. Sources "
                                 "are never mixed."));
    m_periodCombo = new QComboBox(content);
    m_periodCombo->setObjectName(QStringLiteral("periodCombo"));
    m_periodCombo->setMinimumContentsLength(14);
    top->addWidget(new QLabel(tr("Indicator:"), content));
    top->addWidget(m_indicatorCombo);
    top->addWidget(new QLabel(tr("Source:"), content));
    top->addWidget(m_sourceCombo);
    top->addWidget(new QLabel(tr("Period:"), content));
    top->addWidget(m_periodCombo);
    layout->addLayout(top);

    auto *actions = new QHBoxLayout;
    auto *enter = smallButton(tr("Enter figure…"), "enterFigureButton", content);
    auto *import = smallButton(tr("Import CSV/XLSX…"), "importFiguresButton", content);
    auto *targets = smallButton(tr("Targets…"), "targetsButton", content);
    auto *summaryPdf = smallButton(tr("Summary as PDF…"), "summaryPdfButton", content);
    auto *print = smallButton(tr("Print summary…"), "printSummaryButton", content);
    for (QPushButton *button : {enter, import, targets})
        actions->addWidget(button);
    actions->addStretch(1);
    actions->addWidget(summaryPdf);
    actions->addWidget(print);
    layout->addLayout(actions);

    m_emptyLabel = new QLabel(content);
    m_emptyLabel->setObjectName(QStringLiteral("dashboardEmptyLabel"));
    m_emptyLabel->setWordWrap(true);
    layout->addWidget(m_emptyLabel);

    // Headline cards, one per source.
    m_headlinePanel = new QWidget(content);
    m_headlinePanel->setObjectName(QStringLiteral("headlinePanel"));
    m_headlineLayout = new QHBoxLayout(m_headlinePanel);
    m_headlineLayout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_headlinePanel);

    // Charts side by side.
    auto *charts = new QSplitter(Qt::Horizontal, content);
    charts->setObjectName(QStringLiteral("chartSplitter"));
    auto *trendBox = new QWidget(charts);
    auto *trendLayout = new QVBoxLayout(trendBox);
    trendLayout->setContentsMargins(0, 0, 0, 0);
    m_trendView = makeChartView("trendChartView", trendBox);
    trendLayout->addWidget(m_trendView, 1);
    auto *saveTrend = smallButton(tr("Save chart…"), "saveTrendChartButton", trendBox);
    trendLayout->addWidget(saveTrend, 0, Qt::AlignRight);
    auto *kecamatanBox = new QWidget(charts);
    auto *kecamatanLayout = new QVBoxLayout(kecamatanBox);
    kecamatanLayout->setContentsMargins(0, 0, 0, 0);
    m_kecamatanView = makeChartView("kecamatanChartView", kecamatanBox);
    m_kecamatanView->setToolTip(tr("Click a kecamatan to see its desa."));
    kecamatanLayout->addWidget(m_kecamatanView, 1);
    auto *saveKecamatan = smallButton(tr("Save chart…"), "saveKecamatanChartButton", kecamatanBox);
    kecamatanLayout->addWidget(saveKecamatan, 0, Qt::AlignRight);
    charts->addWidget(trendBox);
    charts->addWidget(kecamatanBox);
    charts->setStretchFactor(0, 1);
    charts->setStretchFactor(1, 1);
    charts->setMinimumHeight(340);
    layout->addWidget(charts, 3);

    // Desa and puskesmas tables (tabs) and the side panel.
    auto *bottom = new QHBoxLayout;
    m_figureTabs = new QTabWidget(content);
    m_figureTabs->setObjectName(QStringLiteral("figureTabs"));
    auto *villageTab = new QWidget(m_figureTabs);
    auto *tableBox = new QVBoxLayout(villageTab);
    auto *tableTop = new QHBoxLayout;
    m_villageTitle = new QLabel(content);
    m_villageTitle->setObjectName(QStringLiteral("villageTitleLabel"));
    QFont bold = m_villageTitle->font();
    bold.setBold(true);
    m_villageTitle->setFont(bold);
    m_allKecamatanButton = smallButton(tr("All kecamatan"), "allKecamatanButton", content);
    m_filterEdit = new QLineEdit(content);
    m_filterEdit->setObjectName(QStringLiteral("villageFilterEdit"));
    m_filterEdit->setPlaceholderText(tr("Filter by desa name or code…"));
    m_filterEdit->setClearButtonEnabled(true);
    m_filterEdit->setMinimumWidth(240);
    tableTop->addWidget(m_villageTitle, 1);
    tableTop->addWidget(m_filterEdit);
    tableTop->addWidget(m_allKecamatanButton);
    tableBox->addLayout(tableTop);
    m_villageModel = new VillageFigureModel(this);
    auto *proxy = new VillageFilterProxy(this);
    m_proxy = proxy;
    m_proxy->setSourceModel(m_villageModel);
    m_proxy->setSortRole(VillageFigureModel::SortRole);
    m_proxy->setFilterKeyColumn(-1);
    m_proxy->setFilterCaseSensitivity(Qt::CaseInsensitive);
    m_villageTable = new QTableView(content);
    m_villageTable->setObjectName(QStringLiteral("villageTable"));
    m_villageTable->setModel(m_proxy);
    m_villageTable->setSortingEnabled(true);
    m_villageTable->sortByColumn(VillageFigureModel::RateColumn, Qt::DescendingOrder);
    m_villageTable->setAlternatingRowColors(false);
    m_villageTable->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_villageTable->verticalHeader()->hide();
    m_villageTable->verticalHeader()->setDefaultSectionSize(m_villageTable->fontMetrics().height()
                                                            + 6);
    m_villageTable->horizontalHeader()->setSectionResizeMode(VillageFigureModel::NameColumn,
                                                             QHeaderView::Stretch);
    m_villageTable->setMinimumHeight(260);
    tableBox->addWidget(m_villageTable, 1);
    m_removeVillageFigureButton = smallButton(tr("Remove figure…"), "removeVillageFigureButton",
                                              villageTab);
    m_removeVillageFigureButton->setToolTip(
        tr("Removes the figure of the chosen desa for this source and period."));
    tableBox->addWidget(m_removeVillageFigureButton, 0, Qt::AlignRight);
    auto *removeVillageAction = new QAction(tr("Remove figure…"), m_villageTable);
    removeVillageAction->setObjectName(QStringLiteral("removeVillageFigureAction"));
    m_villageTable->addAction(removeVillageAction);
    m_villageTable->setContextMenuPolicy(Qt::ActionsContextMenu);
    m_figureTabs->addTab(villageTab, tr("Desa/kelurahan"));

    auto *puskesmasTab = new QWidget(m_figureTabs);
    auto *puskesmasBox = new QVBoxLayout(puskesmasTab);
    m_puskesmasNote = new QLabel(puskesmasTab);
    m_puskesmasNote->setObjectName(QStringLiteral("puskesmasNoteLabel"));
    m_puskesmasNote->setWordWrap(true);
    puskesmasBox->addWidget(m_puskesmasNote);
    m_puskesmasModel = new PuskesmasFigureModel(this);
    m_puskesmasProxy = new QSortFilterProxyModel(this);
    m_puskesmasProxy->setSourceModel(m_puskesmasModel);
    m_puskesmasProxy->setSortRole(PuskesmasFigureModel::SortRole);
    m_puskesmasTable = new QTableView(puskesmasTab);
    m_puskesmasTable->setObjectName(QStringLiteral("puskesmasTable"));
    m_puskesmasTable->setModel(m_puskesmasProxy);
    m_puskesmasTable->setSortingEnabled(true);
    m_puskesmasTable->sortByColumn(PuskesmasFigureModel::RateColumn, Qt::DescendingOrder);
    m_puskesmasTable->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_puskesmasTable->setSelectionMode(QAbstractItemView::SingleSelection);
    m_puskesmasTable->verticalHeader()->hide();
    m_puskesmasTable->verticalHeader()->setDefaultSectionSize(
        m_puskesmasTable->fontMetrics().height() + 6);
    m_puskesmasTable->horizontalHeader()->setStretchLastSection(true);
    // The names say which puskesmas; the code is in the name's tooltip (room at 1366 px).
    m_puskesmasTable->setColumnHidden(PuskesmasFigureModel::CodeColumn, true);
    m_puskesmasTable->setMinimumHeight(260);
    puskesmasBox->addWidget(m_puskesmasTable, 1);
    m_removePuskesmasFigureButton = smallButton(tr("Remove puskesmas figure…"),
                                                "removePuskesmasFigureButton", puskesmasTab);
    m_removePuskesmasFigureButton->setToolTip(
        tr("Removes the figure entered for the chosen puskesmas for this source and period. "
           "The sums of its desa are computed from the desa figures."));
    puskesmasBox->addWidget(m_removePuskesmasFigureButton, 0, Qt::AlignRight);
    auto *removePuskesmasAction = new QAction(tr("Remove puskesmas figure…"), m_puskesmasTable);
    removePuskesmasAction->setObjectName(QStringLiteral("removePuskesmasFigureAction"));
    m_puskesmasTable->addAction(removePuskesmasAction);
    m_puskesmasTable->setContextMenuPolicy(Qt::ActionsContextMenu);
    m_figureTabs->addTab(puskesmasTab, tr("Puskesmas"));
    bottom->addWidget(m_figureTabs, 3);

    // The side panel is about the desa of the period; it makes room for the wider puskesmas
    // table while that tab is shown.
    auto *sidePanel = new QWidget(content);
    sidePanel->setObjectName(QStringLiteral("dashboardSidePanel"));
    auto *side = new QVBoxLayout(sidePanel);
    side->setContentsMargins(0, 0, 0, 0);
    auto sideLabel = [content](const char *name) {
        auto *label = new QLabel(content);
        label->setObjectName(QLatin1String(name));
        label->setWordWrap(true);
        label->setTextFormat(Qt::RichText);
        label->setAlignment(Qt::AlignTop | Qt::AlignLeft);
        label->setFrameShape(QFrame::StyledPanel);
        label->setMargin(8);
        label->setMinimumWidth(260);
        label->setMaximumWidth(360);
        return label;
    };
    m_completenessLabel = sideLabel("completenessLabel");
    m_locusLabel = sideLabel("locusLabel");
    m_legendLabel = sideLabel("bandLegendLabel");
    m_legendLabel->setToolTip(VillageFigureModel::bandLegend());
    side->addWidget(m_completenessLabel);
    side->addWidget(m_locusLabel);
    side->addWidget(m_legendLabel);
    side->addStretch(1);
    bottom->addWidget(sidePanel, 1);
    connect(m_figureTabs, &QTabWidget::currentChanged, sidePanel,
            [sidePanel](int index) { sidePanel->setVisible(index == 0); });
    layout->addLayout(bottom, 2);

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
    connect(m_filterEdit, &QLineEdit::textChanged, this, [this] { applyVillageFilter(); });
    connect(m_allKecamatanButton, &QPushButton::clicked, this, [this] { selectKecamatan({}); });
    connect(enter, &QPushButton::clicked, this, &DashboardPage::enterFigure);
    connect(import, &QPushButton::clicked, this, &DashboardPage::importFigures);
    connect(targets, &QPushButton::clicked, this, &DashboardPage::editTargets);
    connect(saveTrend, &QPushButton::clicked, this, &DashboardPage::saveTrendChartAs);
    connect(saveKecamatan, &QPushButton::clicked, this, &DashboardPage::saveKecamatanChartAs);
    connect(summaryPdf, &QPushButton::clicked, this, &DashboardPage::saveSummaryAs);
    connect(print, &QPushButton::clicked, this, &DashboardPage::printSummary);
    connect(m_removeVillageFigureButton, &QPushButton::clicked, this,
            &DashboardPage::removeVillageFigure);
    connect(removeVillageAction, &QAction::triggered, this, &DashboardPage::removeVillageFigure);
    connect(m_removePuskesmasFigureButton, &QPushButton::clicked, this,
            &DashboardPage::removePuskesmasFigure);
    connect(removePuskesmasAction, &QAction::triggered, this,
            &DashboardPage::removePuskesmasFigure);
    connect(m_villageTable->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            &DashboardPage::updateRemoveButtons);
    connect(m_puskesmasTable->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            &DashboardPage::updateRemoveButtons);
    connect(&m_session, &WorkspaceSession::workspaceChanged, this, &DashboardPage::reload);
    connect(&m_session, &WorkspaceSession::contentChanged, this, &DashboardPage::reload);
    reload();
}

DashboardPage::~DashboardPage() = default;

void DashboardPage::setLocusVillages(std::shared_ptr<const core::LocusVillages> locus)
{
    m_locus = locus ? std::move(locus) : std::make_shared<core::NoLocusVillages>();
    refreshPeriod();
}

void DashboardPage::reload()
{
    QElapsedTimer timer;
    timer.start();
    const auto indicator = static_cast<core::PrevalenceIndicator>(
        m_indicatorCombo->currentData().toInt());
    m_data.reset();
    if (m_session.isOpen()) {
        try {
            m_data = std::make_unique<DashboardData>(
                DashboardData::load(m_session.database(), indicator));
        } catch (const storage::StorageError &error) {
            Dialogs::error(this, tr("Dashboard"), error.message());
        }
    }
    const QString district = m_data && m_data->district ? qs(m_data->district->name) : QString();
    m_titleLabel->setText(district.isEmpty() ? tr("Dashboard")
                                             : tr("Prevalence in %1").arg(district));
    rebuildSources();
    rebuildPeriods();
    buildHeadlines();
    buildTrendChart();
    refreshPeriod();
    qCDebug(lcGui) << "dashboard loaded in" << timer.elapsed() << "ms";
}

void DashboardPage::rebuildSources()
{
    m_rebuilding = true;
    const QVariant previous = m_sourceCombo->currentData();
    m_sourceCombo->clear();
    if (m_data) {
        // The source with the finest figures first: the one with the most areas.
        for (core::PrevalenceSource source : m_data->sources())
            m_sourceCombo->addItem(sourceName(source), static_cast<int>(source));
    }
    int index = previous.isValid() ? m_sourceCombo->findData(previous) : -1;
    if (index < 0 && m_data) {
        std::size_t most = 0;
        for (int i = 0; i < m_sourceCombo->count(); ++i) {
            const auto source = static_cast<core::PrevalenceSource>(
                m_sourceCombo->itemData(i).toInt());
            const auto it = m_data->bySource.find(source);
            const std::size_t size = it == m_data->bySource.end() ? 0 : it->second.size();
            if (size > most) {
                most = size;
                index = i;
            }
        }
    }
    m_sourceCombo->setCurrentIndex(std::max(index, m_sourceCombo->count() > 0 ? 0 : -1));
    if (index >= 0)
        m_sourceCombo->setCurrentIndex(index);
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
            m_periodCombo->addItem(periodName(year, round), periodKey(year, round));
    }
    const int index = previous.isValid() ? m_periodCombo->findData(previous) : -1;
    m_periodCombo->setCurrentIndex(index >= 0 ? index : (m_periodCombo->count() > 0 ? 0 : -1));
    m_rebuilding = false;
}

QString DashboardPage::periodTitle() const
{
    if (m_periodCombo->currentIndex() < 0)
        return {};
    return m_sourceCombo->currentText() + QStringLiteral(", ") + m_periodCombo->currentText();
}

void DashboardPage::refreshPeriod()
{
    m_summary.reset();
    m_puskesmasSummary.reset();
    if (m_data && m_sourceCombo->currentIndex() >= 0 && m_periodCombo->currentIndex() >= 0) {
        const auto source = static_cast<core::PrevalenceSource>(
            m_sourceCombo->currentData().toInt());
        const int key = m_periodCombo->currentData().toInt();
        const int year = key / 10;
        const auto round = static_cast<core::PrevalenceRound>(key % 10);
        if (auto summary = m_data->summary(source, year, round, m_locus->villages(year)))
            m_summary = std::make_unique<core::PeriodSummary>(std::move(*summary));
        if (auto puskesmas = m_data->puskesmasSummary(source, year, round))
            m_puskesmasSummary = std::make_unique<core::PuskesmasSummary>(std::move(*puskesmas));
    }
    std::map<std::string, std::string> kecamatanNames;
    if (m_summary) {
        for (const auto &k : m_summary->kecamatan)
            kecamatanNames[k.code.toString()] = k.name;
    }
    m_villageModel->setFigures(m_summary ? m_summary->villages : std::vector<core::AreaFigure>{},
                               std::move(kecamatanNames));
    m_villageTable->resizeColumnToContents(VillageFigureModel::CodeColumn);
    for (int column = VillageFigureModel::KecamatanColumn; column < VillageFigureModel::ColumnCount;
         ++column)
        m_villageTable->resizeColumnToContents(column);
    buildKecamatanChart();
    if (!m_kecamatan.isEmpty() && !m_kecamatanOrder.contains(m_kecamatan)
        && !(m_summary
             && std::any_of(m_summary->kecamatan.begin(), m_summary->kecamatan.end(),
                            [this](const core::AreaFigure &k) {
                                return qs(k.code.toString()) == m_kecamatan;
                            })))
        m_kecamatan.clear();
    applyVillageFilter();
    updatePuskesmasTable();
    updateSidePanel();
    updateRemoveButtons();

    const bool empty = !m_data || (m_data->bySource.empty() && m_data->puskesmasBySource.empty());
    m_emptyLabel->setVisible(empty);
    if (empty)
        m_emptyLabel->setText(
            tr("No prevalence figures yet. Enter a figure or import the e-PPGBM or survey "
               "figures (CSV or XLSX) to see the dashboard."));
}

void DashboardPage::buildHeadlines()
{
    while (QLayoutItem *item = m_headlineLayout->takeAt(0)) {
        delete item->widget();
        delete item;
    }
    if (!m_data || !m_data->district)
        return;
    for (core::PrevalenceSource source : m_data->sources()) {
        const auto headline = m_data->headline(source);
        if (!headline)
            continue;
        auto *card = new QFrame(m_headlinePanel);
        card->setObjectName(QStringLiteral("headline_") + qs(core::toString(source)));
        card->setFrameShape(QFrame::StyledPanel);
        card->setStyleSheet(QStringLiteral("QFrame#%1 { border-left: 5px solid %2; }")
                                .arg(card->objectName(), sourceColor(source).name()));
        auto *cardLayout = new QVBoxLayout(card);
        const auto &latest = headline->latest;
        QString html = QStringLiteral("<div style='color:#555'>%1 · %2</div>")
                           .arg(sourceName(source).toHtmlEscaped(),
                                periodName(latest.year, latest.round).toHtmlEscaped());
        html += QStringLiteral("<div style='font-size:20pt; font-weight:bold'>%1</div>")
                    .arg(percent(latest.rate));
        if (latest.aggregated)
            html += QStringLiteral("<div style='color:#555'>%1</div>")
                        .arg(tr("sum of desa counts").toHtmlEscaped());
        if (headline->change && headline->previous) {
            html +=
                QStringLiteral("<div>%1</div>")
                    .arg(tr("%1 since %2")
                             .arg(points(*headline->change),
                                  periodName(headline->previous->year, headline->previous->round))
                             .toHtmlEscaped());
        }
        if (headline->target && headline->gap) {
            const bool met = *headline->gap <= 0;
            html += QStringLiteral("<div style='color:%1'>%2</div>")
                        .arg(met ? QStringLiteral("#2e7d32") : QStringLiteral("#c62828"),
                             tr("Target %1 (%2): %3")
                                 .arg(percent(headline->target->percent),
                                      QString::number(headline->target->year),
                                      met ? tr("met, %1 below").arg(magnitude(*headline->gap))
                                          : tr("%1 above").arg(magnitude(*headline->gap)))
                                 .toHtmlEscaped());
        } else {
            html += QStringLiteral("<div style='color:#555'>%1</div>")
                        .arg(tr("No target for %1").arg(latest.year).toHtmlEscaped());
        }
        auto *label = new QLabel(html, card);
        label->setObjectName(QStringLiteral("headlineLabel"));
        label->setTextFormat(Qt::RichText);
        cardLayout->addWidget(label);
        m_headlineLayout->addWidget(card);
    }
    m_headlineLayout->addStretch(1);
}

void DashboardPage::buildTrendChart()
{
    auto *chart = new QChart;
    chart->setTitle(m_data && m_data->district
                        ? tr("%1 by source and year").arg(m_indicatorCombo->currentText())
                        : QString());
    chart->legend()->setAlignment(Qt::AlignBottom);
    chart->setMargins(QMargins(4, 4, 4, 4));
    if (!m_data || !m_data->district) {
        m_trendView->setChart(chart);
        return;
    }
    int minYear = 9999;
    int maxYear = 0;
    double maxRate = 0;
    auto addSeries = [&](const QString &name, const std::vector<core::TrendPoint> &points,
                         const QPen &pen) {
        if (points.empty())
            return;
        auto *series = new QLineSeries(chart);
        series->setName(name);
        series->setPen(pen);
        series->setPointsVisible(true);
        for (const auto &p : points) {
            series->append(periodX(p.year, p.round), p.rate);
            minYear = std::min(minYear, p.year);
            maxYear = std::max(maxYear, p.year);
            maxRate = std::max(maxRate, p.rate);
        }
        chart->addSeries(series);
    };
    for (const auto &[source, trend] : m_data->trends) {
        QPen pen(sourceColor(source), 2.5);
        const bool summed = std::any_of(trend.begin(), trend.end(),
                                        [](const core::TrendPoint &p) { return p.aggregated; });
        addSeries(summed ? tr("%1 (sum of desa)").arg(sourceName(source)) : sourceName(source),
                  trend, pen);
    }
    if (m_data->province) {
        QPen pen(QColor(0x8e, 0x8e, 0x8e), 1.5, Qt::DotLine);
        addSeries(qs(m_data->province->name), m_data->provinceSeries, pen);
    }
    QPen nationalPen(QColor(0x5f, 0x5f, 0x5f), 1.5, Qt::DashLine);
    addSeries(tr("Indonesia (Riskesdas/SSGI/SKI)"), m_data->nationalSeries, nationalPen);

    if (maxYear > 0) {
        // The target line: the target that applies in each year, as steps.
        auto *target = new QLineSeries(chart);
        target->setName(tr("Target"));
        target->setPen(QPen(QColor(0xc6, 0x28, 0x28), 2, Qt::DashDotLine));
        // From the district's first figure on: a target drawn over the national history
        // before it would mislead.
        int firstDistrictYear = maxYear;
        for (const auto &[source, trend] : m_data->trends)
            if (!trend.empty())
                firstDistrictYear = std::min(firstDistrictYear, trend.front().year);
        for (int year = firstDistrictYear; year <= maxYear; ++year) {
            if (const auto t = core::targetFor(m_data->targets, m_data->district->code, year,
                                               m_data->indicator)) {
                target->append(year, t->percent);
                target->append(year + 1, t->percent);
                maxRate = std::max(maxRate, t->percent);
            }
        }
        if (target->count() > 0)
            chart->addSeries(target);
        else
            delete target;
    }
    auto *x = new QValueAxis(chart);
    x->setLabelFormat(QStringLiteral("%d"));
    const int first = maxYear > 0 ? minYear : 2020;
    const int last = maxYear > 0 ? maxYear + 1 : 2025;
    x->setRange(first, last);
    x->setTickCount(std::min(last - first, 12) + 1);
    if (last - first > 12)
        x->setTickCount(7);
    x->setTitleText(tr("Year"));
    auto *y = new QValueAxis(chart);
    percentTicks(y, maxRate + 2);
    y->setTitleText(tr("Prevalence (%)"));
    chart->addAxis(x, Qt::AlignBottom);
    chart->addAxis(y, Qt::AlignLeft);
    for (QAbstractSeries *series : chart->series()) {
        series->attachAxis(x);
        series->attachAxis(y);
    }
    QChart *old = m_trendView->chart();
    m_trendView->setChart(chart);
    delete old;
}

QList<QBarSet *> DashboardPage::kecamatanBarSets() const
{
    QList<QBarSet *> sets;
    if (!m_kecamatanView->chart())
        return sets;
    for (QAbstractSeries *series : m_kecamatanView->chart()->series()) {
        if (auto *bars = qobject_cast<QHorizontalStackedBarSeries *>(series))
            sets += bars->barSets();
    }
    return sets;
}

void DashboardPage::buildKecamatanChart()
{
    auto *chart = new QChart;
    chart->legend()->setAlignment(Qt::AlignBottom);
    chart->setMargins(QMargins(4, 4, 4, 4));
    m_kecamatanOrder.clear();
    std::vector<const core::AreaFigure *> figures;
    if (m_summary) {
        for (const auto &k : m_summary->kecamatan) {
            if (k.rate)
                figures.push_back(&k);
        }
    }
    chart->setTitle(tr("Prevalence by kecamatan, %1").arg(periodTitle()));
    if (figures.empty()) {
        chart->setTitle(m_summary ? tr("No kecamatan figures for %1").arg(periodTitle())
                                  : QString());
        QChart *old = m_kecamatanView->chart();
        m_kecamatanView->setChart(chart);
        delete old;
        return;
    }
    // Lowest at the bottom, highest on top.
    std::sort(
        figures.begin(), figures.end(),
        [](const core::AreaFigure *a, const core::AreaFigure *b) { return *a->rate < *b->rate; });
    auto *series = new QHorizontalStackedBarSeries(chart);
    series->setBarWidth(0.7);
    std::map<core::SeverityBand, QBarSet *> sets;
    for (auto band :
         {core::SeverityBand::VeryLow, core::SeverityBand::Low, core::SeverityBand::Medium,
          core::SeverityBand::High, core::SeverityBand::VeryHigh}) {
        // Legend labels are rich text: "<" must be escaped.
        auto *set = new QBarSet(VillageFigureModel::bandLabel(band).toHtmlEscaped(), series);
        set->setColor(VillageFigureModel::bandColor(band));
        set->setBorderColor(VillageFigureModel::bandColor(band).darker(120));
        sets[band] = set;
    }
    QStringList categories;
    double maxRate = 0;
    for (const core::AreaFigure *f : figures) {
        categories << qs(f->name);
        m_kecamatanOrder << qs(f->code.toString());
        for (auto &[band, set] : sets)
            set->append(band == *f->band ? *f->rate : 0.0);
        maxRate = std::max(maxRate, *f->rate);
    }
    // Only the bands that occur get a legend entry.
    for (auto &[band, set] : sets) {
        if (set->sum() > 0)
            series->append(set);
        else
            delete set;
    }
    for (QBarSet *set : series->barSets()) {
        connect(set, &QBarSet::clicked, this, [this](int index) {
            if (index >= 0 && index < m_kecamatanOrder.size())
                selectKecamatan(m_kecamatanOrder.at(index));
        });
    }
    chart->addSeries(series);
    auto *y = new QBarCategoryAxis(chart);
    y->append(categories);
    // Kecamatan names must stay readable: never "..." in place of a name.
    y->setTruncateLabels(false);
    QFont labelFont = y->labelsFont();
    labelFont.setPointSizeF(labelFont.pointSizeF() * 0.85);
    y->setLabelsFont(labelFont);
    auto *x = new QValueAxis(chart);
    if (m_summary->district.rate)
        maxRate = std::max(maxRate, *m_summary->district.rate);
    percentTicks(x, maxRate + 1);
    chart->addAxis(y, Qt::AlignLeft);
    chart->addAxis(x, Qt::AlignBottom);
    series->attachAxis(x);
    series->attachAxis(y);
    if (m_summary->district.rate) {
        auto *line = new QLineSeries(chart);
        line->setName(tr("District level: %1").arg(percent(*m_summary->district.rate)));
        line->setPen(QPen(QColor(0x1f, 0x1f, 0x1f), 2, Qt::DashLine));
        line->append(*m_summary->district.rate, -0.5);
        line->append(*m_summary->district.rate, static_cast<double>(figures.size()) - 0.5);
        chart->addSeries(line);
        auto *lineY = new QValueAxis(chart);
        lineY->setRange(-0.5, static_cast<double>(figures.size()) - 0.5);
        lineY->setVisible(false);
        chart->addAxis(lineY, Qt::AlignRight);
        line->attachAxis(x);
        line->attachAxis(lineY);
    }
    QChart *old = m_kecamatanView->chart();
    m_kecamatanView->setChart(chart);
    delete old;
}

void DashboardPage::selectKecamatan(const QString &code)
{
    m_kecamatan = code;
    applyVillageFilter();
}

void DashboardPage::applyVillageFilter()
{
    static_cast<VillageFilterProxy *>(m_proxy)->setKecamatan(m_kecamatan);
    m_proxy->setFilterFixedString(m_filterEdit->text().trimmed());
    QString name;
    if (!m_kecamatan.isEmpty() && m_summary) {
        for (const auto &k : m_summary->kecamatan) {
            if (qs(k.code.toString()) == m_kecamatan)
                name = qs(k.name);
        }
    }
    m_allKecamatanButton->setEnabled(!m_kecamatan.isEmpty());
    if (!m_summary)
        m_villageTitle->setText(tr("Desa and kelurahan"));
    else if (name.isEmpty())
        m_villageTitle->setText(tr("All desa and kelurahan, %1").arg(periodTitle()));
    else
        m_villageTitle->setText(
            tr("Desa and kelurahan of Kecamatan %1, %2").arg(name, periodTitle()));
}

void DashboardPage::updateSidePanel()
{
    if (!m_summary) {
        m_completenessLabel->setText(tr("<b>Data completeness</b><br>No period chosen."));
        m_locusLabel->setText(tr("<b>Locus villages</b><br>—"));
    } else {
        const core::Completeness &c = m_summary->completeness;
        QString text = tr("<b>Data completeness</b>") + QStringLiteral("<br>");
        if (const auto share = c.villageShare())
            text += tr("Desa with figures: %1 of %2 (%3).")
                        .arg(integer(c.villagesWithFigure), integer(c.villages), percent(*share))
                        .toHtmlEscaped();
        if (const auto measured = c.measuredShare())
            text += QStringLiteral("<br>")
                    + tr("Children measured: %1 of %2 expected (%3).")
                          .arg(integer(c.measuredOfEligible), integer(c.eligible),
                               percent(*measured))
                          .toHtmlEscaped();
        else
            text += QStringLiteral("<br>")
                    + tr("Children expected (sasaran) not known for this period.").toHtmlEscaped();
        if (m_summary->district.rate && m_summary->district.aggregated)
            text += QStringLiteral("<br>")
                    + tr("District: %1 of %2 measured are stunted (%3, 95 % interval %4–%5).")
                          .arg(integer(*m_summary->district.cases),
                               integer(*m_summary->district.measured),
                               percent(*m_summary->district.rate),
                               qs(core::formatDecimal(m_summary->district.interval->low, 1,
                                                      LanguageSetup::current())),
                               qs(core::formatDecimal(m_summary->district.interval->high, 1,
                                                      LanguageSetup::current())))
                          .toHtmlEscaped();
        m_completenessLabel->setText(text);

        const core::LocusPrevalenceComparison &l = m_summary->locus;
        QString locus = tr("<b>Locus villages</b>") + QStringLiteral("<br>");
        if (!l.known) {
            locus += tr("— (no locus village list for this year)").toHtmlEscaped();
        } else {
            auto line = [](const QString &label, const core::CountAggregate &a, int villages) {
                return tr("%1: %2 (%3 desa, %4 children measured)")
                    .arg(label, a.rate() ? percent(*a.rate()) : QStringLiteral("—"),
                         integer(villages), integer(a.measured))
                    .toHtmlEscaped();
            };
            locus += line(tr("Locus"), l.locus, l.locusVillages) + QStringLiteral("<br>")
                     + line(tr("Other desa"), l.other, l.otherVillages);
        }
        m_locusLabel->setText(locus);
    }
    QString legend = tr("<b>Severity (WHO)</b>") + QStringLiteral("<br>");
    for (auto band :
         {core::SeverityBand::VeryLow, core::SeverityBand::Low, core::SeverityBand::Medium,
          core::SeverityBand::High, core::SeverityBand::VeryHigh})
        legend += QStringLiteral(
                      "<span style='background-color:%1'>&nbsp;&nbsp;&nbsp;&nbsp;</span> %2<br>")
                      .arg(VillageFigureModel::bandColor(band).name(),
                           VillageFigureModel::bandLabel(band).toHtmlEscaped());
    legend += QStringLiteral("<span style='color:#555'>%1</span>")
                  .arg(tr("WHO public-health thresholds for stunting prevalence.").toHtmlEscaped());
    m_legendLabel->setText(legend);
}

void DashboardPage::updatePuskesmasTable()
{
    std::map<std::string, std::string> kecamatanNames;
    if (m_summary) {
        for (const auto &k : m_summary->kecamatan)
            kecamatanNames[k.code.toString()] = k.name;
    }
    m_puskesmasModel->setFigures(m_puskesmasSummary ? m_puskesmasSummary->puskesmas
                                                    : std::vector<core::PuskesmasFigure>{},
                                 std::move(kecamatanNames));
    m_puskesmasTable->resizeColumnsToContents();
    if (!m_data || m_data->puskesmas.empty()) {
        m_puskesmasNote->setText(tr("No puskesmas yet. Add the puskesmas and the desa each one "
                                    "serves under Regions, tab Puskesmas."));
        return;
    }
    if (!m_puskesmasSummary) {
        m_puskesmasNote->setText(tr("Puskesmas: no period chosen."));
        return;
    }
    QString note = tr("Puskesmas, %1. Children measured, stunted and prevalence are the sums of "
                      "the desa each puskesmas serves (cases divided by children measured). "
                      "\"Own figure\" is the figure entered for the puskesmas itself; the two "
                      "are never mixed.")
                       .arg(periodTitle());
    if (const auto unserved = m_puskesmasSummary->villagesNotServed.size(); unserved > 0)
        note += QLatin1Char(' ')
                + tr("%1 desa/kelurahan are not served by any puskesmas yet.").arg(unserved);
    m_puskesmasNote->setText(note);
}

namespace {

/// The source and period chosen in the combos; false when none is.
bool chosenPeriod(const QComboBox *sourceCombo, const QComboBox *periodCombo,
                  core::PrevalenceSource &source, int &year, core::PrevalenceRound &round)
{
    if (sourceCombo->currentIndex() < 0 || periodCombo->currentIndex() < 0)
        return false;
    source = static_cast<core::PrevalenceSource>(sourceCombo->currentData().toInt());
    const int key = periodCombo->currentData().toInt();
    year = key / 10;
    round = static_cast<core::PrevalenceRound>(key % 10);
    return true;
}

} // namespace

const core::PrevalenceObservation *DashboardPage::currentVillageObservation() const
{
    core::PrevalenceSource source{};
    int year = 0;
    core::PrevalenceRound round{};
    const QModelIndex index = m_proxy->mapToSource(m_villageTable->currentIndex());
    if (!m_data || !index.isValid()
        || !chosenPeriod(m_sourceCombo, m_periodCombo, source, year, round))
        return nullptr;
    const auto &figures = m_villageModel->figures();
    if (index.row() >= static_cast<int>(figures.size()))
        return nullptr;
    const core::AreaFigure &figure = figures[static_cast<std::size_t>(index.row())];
    return m_data->find(core::PrevalenceArea::ofRegion(figure.code), source, year, round);
}

const core::PrevalenceObservation *DashboardPage::currentPuskesmasObservation() const
{
    core::PrevalenceSource source{};
    int year = 0;
    core::PrevalenceRound round{};
    const QModelIndex index = m_puskesmasProxy->mapToSource(m_puskesmasTable->currentIndex());
    if (!m_data || !index.isValid()
        || !chosenPeriod(m_sourceCombo, m_periodCombo, source, year, round))
        return nullptr;
    const QString code = index.data(PuskesmasFigureModel::CodeRole).toString();
    return m_data->find(core::PrevalenceArea::ofPuskesmas(ss(code)), source, year, round);
}

void DashboardPage::updateRemoveButtons()
{
    m_removeVillageFigureButton->setEnabled(currentVillageObservation() != nullptr);
    m_removePuskesmasFigureButton->setEnabled(currentPuskesmasObservation() != nullptr);
    for (QAction *action : m_villageTable->actions())
        action->setEnabled(m_removeVillageFigureButton->isEnabled());
    for (QAction *action : m_puskesmasTable->actions())
        action->setEnabled(m_removePuskesmasFigureButton->isEnabled());
}

void DashboardPage::removeVillageFigure()
{
    const core::PrevalenceObservation *observation = currentVillageObservation();
    if (!observation)
        return;
    const QModelIndex index = m_proxy->mapToSource(m_villageTable->currentIndex());
    const core::AreaFigure &figure =
        m_villageModel->figures()[static_cast<std::size_t>(index.row())];
    removeObservation(*observation,
                      QStringLiteral("%1 (%2)").arg(qs(figure.name), qs(figure.code.toString())));
}

void DashboardPage::removePuskesmasFigure()
{
    const core::PrevalenceObservation *observation = currentPuskesmasObservation();
    if (!observation)
        return;
    const QModelIndex index = m_puskesmasProxy->mapToSource(m_puskesmasTable->currentIndex());
    const QString name =
        m_puskesmasModel->index(index.row(), PuskesmasFigureModel::NameColumn).data().toString();
    removeObservation(*observation,
                      QStringLiteral("%1 (%2)").arg(name, qs(observation->area.puskesmasCode)));
}

void DashboardPage::removeObservation(const core::PrevalenceObservation &observation,
                                      const QString &area)
{
    // A copy: the reload after the removal replaces the loaded figures.
    const core::PrevalenceObservation o = observation;
    const QString title = tr("Remove figure");
    if (!Dialogs::question(this, title,
                           tr("Remove this figure from the workspace?\n\n%1\n%2, %3, %4\n%5\n\n"
                              "This cannot be undone; enter or import it again if needed.")
                               .arg(area, sourceName(o.source), periodName(o.year, o.round),
                                    indicatorName(o.indicator), figureSummary(o))))
        return;
    try {
        storage::PrevalenceRepository(m_session.database()).remove(o.id, o.rowVersion);
    } catch (const storage::StorageError &error) {
        Dialogs::error(this, title, error.message());
        if (error.kind() != storage::StorageError::Kind::Conflict)
            return;
    }
    m_session.notifyContentChanged();
}

// ---- Actions ------------------------------------------------------------------------------

void DashboardPage::enterFigure()
{
    if (!m_session.isOpen())
        return;
    ObservationDialog dialog(m_session, this);
    dialog.exec();
}

void DashboardPage::editTargets()
{
    if (!m_session.isOpen())
        return;
    TargetsDialog dialog(m_session, this);
    dialog.exec();
}

void DashboardPage::importFigures()
{
    if (!m_session.isOpen())
        return;
    const QString path = Dialogs::openFileName(
        this, tr("Import prevalence figures"), QDir::homePath(),
        tr("Spreadsheets (*.xlsx *.csv);;Excel workbooks (*.xlsx);;CSV files (*.csv)"));
    if (path.isEmpty())
        return;
    io::PrevalenceImporter importer(m_session.database());
    const auto checked = importer.checkFile(path);
    const QString title = tr("Import prevalence figures");
    if (!checked.fileError.isEmpty()) {
        Dialogs::error(this, title, checked.fileError);
        return;
    }
    if (!checked.errors.empty()) {
        QStringList lines;
        for (std::size_t i = 0; i < checked.errors.size() && i < 15; ++i)
            lines << io::describe(checked.errors[i]);
        if (checked.errors.size() + checked.moreErrors > 15)
            lines << tr("… and %1 more.").arg(checked.errors.size() + checked.moreErrors - 15);
        Dialogs::error(this, title,
                       tr("Nothing was imported: %1 rows have problems. Correct the file and "
                          "import it again.")
                               .arg(checked.errors.size() + checked.moreErrors)
                           + QStringLiteral("\n\n") + lines.join(u'\n'));
        return;
    }
    io::ConflictPolicy policy = io::ConflictPolicy::Refuse;
    if (!checked.conflicts.empty()) {
        ConflictDialog dialog(checked.conflicts, checked.added, this);
        if (dialog.exec() != QDialog::Accepted)
            return;
        policy = io::ConflictPolicy::Replace;
    } else if (!Dialogs::question(this, title,
                                  tr("%1 rows are good: %2 new figures, %3 unchanged. Import "
                                     "them?")
                                      .arg(checked.rowsRead)
                                      .arg(checked.added)
                                      .arg(checked.unchanged))) {
        return;
    }
    const auto report = importer.importFile(path, policy);
    if (!report.applied) {
        Dialogs::error(this, title,
                       report.fileError.isEmpty()
                           ? tr("The figures changed while you looked at them. Import again.")
                           : report.fileError);
        return;
    }
    Dialogs::information(this, title,
                         tr("Imported: %1 new, %2 replaced, %3 unchanged.")
                             .arg(report.added)
                             .arg(report.updated)
                             .arg(report.unchanged));
    m_session.notifyContentChanged();
}

bool DashboardPage::saveChart(QChartView *view, const QString &path)
{
    try {
        // Written beside the target and renamed over it when whole; never over a workspace.
        storage::OutputFile output(path);
        if (path.endsWith(QLatin1String(".pdf"), Qt::CaseInsensitive)) {
            QPdfWriter writer(output.device());
            writer.setTitle(view->chart() ? view->chart()->title() : QString());
            writer.setPageLayout(QPageLayout(QPageSize(QPageSize::A4), QPageLayout::Landscape,
                                             QMarginsF(12, 12, 12, 12), QPageLayout::Millimeter));
            QPainter painter;
            if (!painter.begin(&writer)) {
                Dialogs::error(this, tr("Save chart"),
                               tr("%1 cannot be written.").arg(QDir::toNativeSeparators(path)));
                return false;
            }
            view->render(&painter, QRectF(painter.viewport()), QRect(QPoint(0, 0), view->size()),
                         Qt::KeepAspectRatio);
            painter.end();
        } else {
            const QPixmap pixmap = view->grab();
            if (pixmap.isNull() || !pixmap.save(output.device(), "PNG")) {
                Dialogs::error(this, tr("Save chart"),
                               tr("%1 cannot be written.").arg(QDir::toNativeSeparators(path)));
                return false;
            }
        }
        output.commit();
    } catch (const storage::StorageError &error) {
        Dialogs::error(this, tr("Save chart"), error.message());
        return false;
    }
    return true;
}

void DashboardPage::saveTrendChartAs()
{
    const QString path = Dialogs::saveFileName(
        this, tr("Save chart"), QDir::homePath() + QStringLiteral("/tren-prevalensi.png"),
        tr("PNG image (*.png);;PDF (*.pdf)"));
    if (!path.isEmpty())
        saveChart(m_trendView, path);
}

void DashboardPage::saveKecamatanChartAs()
{
    const QString path = Dialogs::saveFileName(
        this, tr("Save chart"), QDir::homePath() + QStringLiteral("/prevalensi-kecamatan.png"),
        tr("PNG image (*.png);;PDF (*.pdf)"));
    if (!path.isEmpty())
        saveChart(m_kecamatanView, path);
}

void DashboardPage::renderSummary(QPagedPaintDevice *device)
{
    QPainter painter;
    if (!painter.begin(device))
        return;
    const QRect page = painter.viewport();
    const int dpi = device->logicalDpiY();
    auto mm = [dpi](double value) { return static_cast<int>(value * dpi / 25.4); };
    QFont title = painter.font();
    title.setPointSizeF(14);
    title.setBold(true);
    QFont body = painter.font();
    body.setPointSizeF(9);
    int y = 0;
    painter.setFont(title);
    const QString heading = m_titleLabel->text() + QStringLiteral(" — ")
                            + m_indicatorCombo->currentText();
    painter.drawText(QRect(0, y, page.width(), mm(8)), Qt::AlignLeft | Qt::AlignVCenter, heading);
    y += mm(9);
    painter.setFont(body);
    painter.drawText(
        QRect(0, y, page.width(), mm(5)), Qt::AlignLeft,
        tr("Printed %1")
            .arg(qs(core::formatDate(m_session.clock().today(), LanguageSetup::current()))));
    y += mm(7);
    // Headlines, one per line.
    if (m_data) {
        for (core::PrevalenceSource source : m_data->sources()) {
            const auto h = m_data->headline(source);
            if (!h)
                continue;
            QString line = tr("%1 %2: %3")
                               .arg(sourceName(source), periodName(h->latest.year, h->latest.round),
                                    percent(h->latest.rate));
            if (h->change)
                line += QStringLiteral("; ")
                        + tr("%1 since %2")
                              .arg(points(*h->change),
                                   periodName(h->previous->year, h->previous->round));
            if (h->target && h->gap)
                line += QStringLiteral("; ")
                        + tr("target %1 (%2), gap %3")
                              .arg(percent(h->target->percent), QString::number(h->target->year),
                                   points(*h->gap));
            painter.drawText(QRect(0, y, page.width(), mm(5)), Qt::AlignLeft, line);
            y += mm(5);
        }
    }
    y += mm(2);
    // The two charts, one above the other.
    const int chartHeight = mm(75);
    for (QChartView *view : {m_trendView, m_kecamatanView}) {
        const QSize source = view->size().isEmpty() ? QSize(800, 400) : view->size();
        view->render(&painter, QRectF(0, y, page.width(), chartHeight), QRect(QPoint(0, 0), source),
                     Qt::KeepAspectRatio);
        y += chartHeight + mm(2);
    }
    // Completeness and locus.
    if (m_summary) {
        const core::Completeness &c = m_summary->completeness;
        QStringList lines;
        lines << periodTitle();
        if (const auto share = c.villageShare())
            lines << tr("Desa with figures: %1 of %2 (%3).")
                         .arg(integer(c.villagesWithFigure), integer(c.villages), percent(*share));
        if (const auto measured = c.measuredShare())
            lines << tr("Children measured: %1 of %2 expected (%3).")
                         .arg(integer(c.measuredOfEligible), integer(c.eligible),
                              percent(*measured));
        if (m_summary->locus.known && m_summary->locus.locus.rate()
            && m_summary->locus.other.rate())
            lines << tr("Locus villages %1, other desa %2.")
                         .arg(percent(*m_summary->locus.locus.rate()),
                              percent(*m_summary->locus.other.rate()));
        // The ten desa with the highest prevalence.
        std::vector<const core::AreaFigure *> top;
        for (const auto &v : m_summary->villages)
            if (v.rate)
                top.push_back(&v);
        std::sort(top.begin(), top.end(), [](auto *a, auto *b) { return *a->rate > *b->rate; });
        if (!top.empty()) {
            QStringList names;
            for (std::size_t i = 0; i < top.size() && i < 10; ++i)
                names << qs(top[i]->name) + QStringLiteral(" ") + percent(*top[i]->rate);
            lines << tr("Highest prevalence: %1.").arg(names.join(QStringLiteral(", ")));
        }
        lines << VillageFigureModel::bandLegend();
        for (const QString &line : lines) {
            const QRect bounds = painter.boundingRect(QRect(0, y, page.width(), page.height() - y),
                                                      Qt::TextWordWrap, line);
            painter.drawText(QRect(0, y, page.width(), bounds.height()), Qt::TextWordWrap, line);
            y += bounds.height() + mm(1);
        }
    }
    painter.end();
}

bool DashboardPage::saveSummaryPdf(const QString &path)
{
    try {
        storage::OutputFile output(path);
        {
            QPdfWriter writer(output.device());
            writer.setTitle(m_titleLabel->text());
            writer.setResolution(300);
            writer.setPageLayout(QPageLayout(QPageSize(QPageSize::A4), QPageLayout::Portrait,
                                             QMarginsF(15, 15, 15, 15), QPageLayout::Millimeter));
            renderSummary(&writer);
        }
        if (output.device()->size() <= 0) {
            Dialogs::error(this, tr("Summary as PDF"),
                           tr("%1 cannot be written.").arg(QDir::toNativeSeparators(path)));
            return false;
        }
        output.commit();
    } catch (const storage::StorageError &error) {
        Dialogs::error(this, tr("Summary as PDF"), error.message());
        return false;
    }
    return true;
}

void DashboardPage::saveSummaryAs()
{
    const QString path = Dialogs::saveFileName(
        this, tr("Summary as PDF"), QDir::homePath() + QStringLiteral("/dasbor-prevalensi.pdf"),
        tr("PDF (*.pdf)"));
    if (!path.isEmpty())
        saveSummaryPdf(path);
}

void DashboardPage::printSummary()
{
    QPrinter printer(QPrinter::HighResolution);
    printer.setPageSize(QPageSize(QPageSize::A4));
    QPrintDialog dialog(&printer, this);
    if (dialog.exec() == QDialog::Accepted)
        renderSummary(&printer);
}

} // namespace konvergensi::gui

// SPDX-License-Identifier: GPL-3.0-or-later
#include "gui/measurements/data_quality_panel.h"

#include "core/format.h"
#include "gui/common/colours.h"
#include "gui/language.h"
#include "gui/measurements/data_quality_model.h"
#include "gui/measurements/measurement_models.h"
#include "gui/workspace/workspace_session.h"
#include "qtsupport/text.h"
#include "usecases/measurements/data_quality.h"
#include "usecases/measurements/measurement_words.h"

#include <QBarCategoryAxis>
#include <QBarSet>
#include <QChart>
#include <QChartView>
#include <QComboBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QHorizontalBarSeries>
#include <QHorizontalStackedBarSeries>
#include <QItemSelectionModel>
#include <QLabel>
#include <QSortFilterProxyModel>
#include <QSplitter>
#include <QTableView>
#include <QVBoxLayout>
#include <QValueAxis>

#include <algorithm>
#include <cmath>
#include <utility>

namespace konvergensi::gui::measurements {

namespace cm = core::measurements;

namespace {

/// How many posyandu a problem chart shows (the highest shares).
constexpr int kChartPosyandu = 8;

QString percentText(double value)
{
    return qs(core::formatPercent(value, 1, LanguageSetup::current()));
}

std::optional<double> shareOf(DataQualityPanel::ChartKind kind, const cm::QualityCounts &c)
{
    switch (kind) {
    case DataQualityPanel::ChartKind::DigitPreference:
        return c.digitPreferencePercent();
    case DataQualityPanel::ChartKind::Flagged:
        return c.worstFlaggedPercent();
    case DataQualityPanel::ChartKind::HeightMissing:
        return c.heightMissingPercent();
    case DataQualityPanel::ChartKind::WrongPosition:
        return c.wrongPositionPercent();
    case DataQualityPanel::ChartKind::Skipped:
        return c.skippedPercent();
    case DataQualityPanel::ChartKind::Ages:
        break;
    }
    return std::nullopt;
}

double limitOf(DataQualityPanel::ChartKind kind, const cm::AttentionRule &rule)
{
    switch (kind) {
    case DataQualityPanel::ChartKind::DigitPreference:
        return rule.maxDigitPreferencePercent;
    case DataQualityPanel::ChartKind::Flagged:
        return rule.maxFlaggedPercent;
    case DataQualityPanel::ChartKind::HeightMissing:
        return rule.maxHeightMissingPercent;
    case DataQualityPanel::ChartKind::WrongPosition:
        return rule.maxWrongPositionPercent;
    case DataQualityPanel::ChartKind::Skipped:
        return rule.maxSkippedPercent;
    case DataQualityPanel::ChartKind::Ages:
        break;
    }
    return 0.0;
}

cm::QualityProblem problemOf(DataQualityPanel::ChartKind kind)
{
    switch (kind) {
    case DataQualityPanel::ChartKind::Flagged:
        return cm::QualityProblem::Flagged;
    case DataQualityPanel::ChartKind::HeightMissing:
        return cm::QualityProblem::HeightMissing;
    case DataQualityPanel::ChartKind::WrongPosition:
        return cm::QualityProblem::WrongPosition;
    case DataQualityPanel::ChartKind::Skipped:
        return cm::QualityProblem::Skipped;
    default:
        return cm::QualityProblem::DigitPreference;
    }
}

/// A value axis from 0 to a round number above `max`, labelled in percent.
QValueAxis *percentAxis(double max, QObject *parent)
{
    auto *axis = new QValueAxis(parent);
    const double step = max > 50 ? 20 : max > 20 ? 10 : max > 5 ? 5 : 1;
    const double top = std::max(step, std::ceil(max / step) * step);
    axis->setRange(0, top);
    axis->setTickCount(static_cast<int>(std::lround(top / step)) + 1);
    axis->setLabelFormat(QStringLiteral("%.0f %%"));
    return axis;
}

/// A posyandu as a chart category: "Melati II · Bengkalis Kota" (without "Posyandu"), at most
/// 30 characters so the bars keep their room.
QString chartLabel(const cm::QualityArea &area)
{
    QString name = area.name.empty() ? QualityTableModel::tr("(no posyandu)") : qs(area.name);
    if (name.startsWith(QStringLiteral("posyandu "), Qt::CaseInsensitive))
        name = name.mid(9);
    if (!area.desaName.empty())
        name += QStringLiteral(" · ") + qs(area.desaName);
    return name.size() > 30 ? name.left(29) + QStringLiteral("…") : name;
}

/// The category axis of a horizontal bar chart, in a smaller font.
QBarCategoryAxis *categoryAxis(const QStringList &categories, QObject *parent)
{
    auto *axis = new QBarCategoryAxis(parent);
    axis->append(categories);
    QFont font = axis->labelsFont();
    font.setPointSizeF(font.pointSizeF() * 0.85);
    axis->setLabelsFont(font);
    return axis;
}

QChart *newChart(const QString &title)
{
    auto *chart = new QChart;
    chart->setTitle(title);
    chart->setMargins(QMargins(2, 2, 2, 2));
    chart->legend()->setAlignment(Qt::AlignBottom);
    QFont font = chart->legend()->font();
    font.setPointSizeF(font.pointSizeF() * 0.9);
    chart->legend()->setFont(font);
    return chart;
}

} // namespace

DataQualityPanel::DataQualityPanel(WorkspaceSession &session, QWidget *parent)
    : QWidget(parent)
    , m_session(session)
    , m_model(new QualityTableModel(this))
    , m_proxy(new QSortFilterProxyModel(this))
{
    setObjectName(QStringLiteral("dataQualityPanel"));
    auto *layout = new QVBoxLayout(this);
    m_summaryLabel = new QLabel(this);
    m_summaryLabel->setObjectName(QStringLiteral("qualitySummaryLabel"));
    m_summaryLabel->setWordWrap(true);
    layout->addWidget(m_summaryLabel);

    auto *splitter = new QSplitter(Qt::Horizontal, this);
    m_proxy->setSourceModel(m_model);
    m_proxy->setSortRole(SortRole);
    m_view = new QTableView(splitter);
    m_view->setObjectName(QStringLiteral("qualityView"));
    m_view->setModel(m_proxy);
    m_view->setSortingEnabled(true);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_view->setWordWrap(false);
    m_view->setTextElideMode(Qt::ElideRight);
    m_view->verticalHeader()->hide();
    m_view->verticalHeader()->setDefaultSectionSize(m_view->fontMetrics().height() + 6);
    m_view->horizontalHeader()->setMinimumSectionSize(36);
    m_view->sortByColumn(QualityTableModel::AttentionColumn, Qt::DescendingOrder);

    auto *chartBox = new QWidget(splitter);
    auto *chartLayout = new QVBoxLayout(chartBox);
    chartLayout->setContentsMargins(0, 0, 0, 0);
    auto *chartRow = new QHBoxLayout;
    auto *chartLabel = new QLabel(tr("&Chart:"), chartBox);
    m_chartCombo = new QComboBox(chartBox);
    m_chartCombo->setObjectName(QStringLiteral("qualityChartCombo"));
    chartLabel->setBuddy(m_chartCombo);
    m_chartCombo->addItem(tr("Implausible z-scores"), static_cast<int>(ChartKind::Flagged));
    m_chartCombo->addItem(tr("Measuring position"), static_cast<int>(ChartKind::WrongPosition));
    m_chartCombo->addItem(tr("Missing heights"), static_cast<int>(ChartKind::HeightMissing));
    m_chartCombo->addItem(tr("Skipped rows"), static_cast<int>(ChartKind::Skipped));
    m_chartCombo->addItem(tr("Heights ending in .0 or .5"),
                          static_cast<int>(ChartKind::DigitPreference));
    m_chartCombo->addItem(tr("Age distribution of the chosen posyandu"),
                          static_cast<int>(ChartKind::Ages));
    chartRow->addWidget(chartLabel);
    chartRow->addWidget(m_chartCombo, 1);
    chartLayout->addLayout(chartRow);
    m_chartView = new QChartView(chartBox);
    m_chartView->setObjectName(QStringLiteral("qualityChart"));
    m_chartView->setRenderHint(QPainter::Antialiasing);
    m_chartView->setMinimumSize(280, 160); // the page must fit 1366x768 with the first steps shown
    chartLayout->addWidget(m_chartView, 1);
    splitter->addWidget(m_view);
    splitter->addWidget(chartBox);
    splitter->setStretchFactor(0, 5);
    splitter->setStretchFactor(1, 3);
    layout->addWidget(splitter, 1);

    auto *rule = new QLabel(
        tr("A posyandu needs attention when more than 5 % of its rows were skipped, more than "
           "1 % of the z-scores of an indicator are implausible (WHO flags), more than 5 % of "
           "its children have no height, more than 40 % of at least 10 heights end in .0 or .5 "
           "(about 20 % would without rounding), or more than 10 % of its children were "
           "measured standing under 24 months or lying from 24 months. The checks are those "
           "of WHO and UNICEF (2019); the 1 % limit is the one surveys are judged by, the other "
           "limits are this program's."),
        this);
    rule->setObjectName(QStringLiteral("qualityRuleLabel"));
    rule->setWordWrap(true);
    rule->setStyleSheet(colours::textStyle(colours::muted));
    layout->addWidget(rule);

    connect(m_chartCombo, &QComboBox::currentIndexChanged, this,
            [this] { setChartKind(static_cast<ChartKind>(m_chartCombo->currentData().toInt())); });
    connect(m_view->selectionModel(), &QItemSelectionModel::currentRowChanged, this, [this] {
        if (m_chartKind == ChartKind::Ages)
            showChart();
    });
    showChart();
}

void DataQualityPanel::setRound(const QString &period)
{
    const QModelIndex current = m_view->currentIndex();
    const QString key = current.isValid() ? current.data(KeyRole).toString() : QString();
    m_period = period;
    std::vector<cm::QualityArea> areas;
    if (!period.isEmpty() && m_session.isOpen()) {
        cm::QualityOptions options;
        options.rule = m_rule;
        areas = usecases::measurements::roundQuality(m_session.database(), period, options)
                    .value_or(std::vector<cm::QualityArea>{});
    }
    m_district = areas.empty() || areas.front().level != cm::AreaLevel::District
                     ? cm::QualityCounts{}
                     : areas.front().counts;
    m_model->setAreas(std::move(areas));
    m_view->resizeColumnsToContents();
    // Names and reasons get a fair width; their full text is in the tooltip.
    for (const auto &[column, width] : {std::pair{QualityTableModel::PosyanduColumn, 140},
                                        std::pair{QualityTableModel::DesaColumn, 115},
                                        std::pair{QualityTableModel::AttentionColumn, 150}}) {
        auto *header = m_view->horizontalHeader();
        header->resizeSection(column, std::min(header->sectionSize(column), width));
    }
    if (key.isEmpty() || !selectPosyandu(key)) {
        if (m_proxy->rowCount() > 0)
            m_view->setCurrentIndex(m_proxy->index(0, 0));
    }

    int attention = 0;
    for (const cm::QualityArea &area : m_model->areas())
        attention += area.problems.empty() ? 0 : 1;
    if (m_period.isEmpty())
        m_summaryLabel->setText(tr("No round chosen."));
    else
        m_summaryLabel->setText(
            tr("%1: %2 of %3 posyandu need attention. District: %4 rows, %5 skipped; "
               "%6 of the heights end in .0 or .5.")
                .arg(usecases::measurements::roundText(m_period))
                .arg(attention)
                .arg(m_model->rowCount())
                .arg(m_district.rows)
                .arg(m_district.skipped)
                .arg(m_district.digitPreferencePercent()
                         ? percentText(*m_district.digitPreferencePercent())
                         : QStringLiteral("—")));
    showChart();
}

bool DataQualityPanel::selectPosyandu(const QString &key)
{
    const int row = m_model->rowOf(key);
    if (row < 0)
        return false;
    m_view->setCurrentIndex(m_proxy->mapFromSource(m_model->index(row, 0)));
    return true;
}

void DataQualityPanel::setChartKind(ChartKind kind)
{
    m_chartKind = kind;
    const int index = m_chartCombo->findData(static_cast<int>(kind));
    if (index >= 0 && index != m_chartCombo->currentIndex()) {
        const QSignalBlocker block(m_chartCombo);
        m_chartCombo->setCurrentIndex(index);
    }
    showChart();
}

void DataQualityPanel::showChart()
{
    QChart *chart = nullptr;
    if (m_chartKind == ChartKind::Ages) {
        const QModelIndex current = m_view->currentIndex();
        const int row = current.isValid() ? m_proxy->mapToSource(current).row() : -1;
        const cm::QualityArea *area = row >= 0 ? &m_model->areas()[static_cast<std::size_t>(row)]
                                               : nullptr;
        chart = newChart(area
                             ? tr("Age distribution: %1").arg(QualityTableModel::displayName(*area))
                             : tr("Age distribution"));
        auto *series = new QHorizontalBarSeries(chart);
        auto *own = new QBarSet(tr("This posyandu"), series);
        own->setColor(colours::seriesColour(0));
        auto *district = new QBarSet(tr("District"), series);
        district->setColor(colours::seriesColour(1));
        QStringList categories;
        double max = 0;
        for (int band = 0; band < cm::kAgeBandCount; ++band) {
            categories << QualityTableModel::ageBandName(band);
            const double mine = area ? area->counts.ageBandPercent(band).value_or(0) : 0;
            const double all = m_district.ageBandPercent(band).value_or(0);
            *own << mine;
            *district << all;
            max = std::max({max, mine, all});
        }
        series->append(district);
        series->append(own);
        chart->addSeries(series);
        auto *y = categoryAxis(categories, chart);
        auto *x = percentAxis(max, chart);
        x->setTitleText(tr("Share of the children"));
        chart->addAxis(y, Qt::AlignLeft);
        chart->addAxis(x, Qt::AlignBottom);
        series->attachAxis(y);
        series->attachAxis(x);
    } else {
        const double limit = limitOf(m_chartKind, m_rule);
        struct Bar
        {
            QString name;
            double share;
            bool over;
            int rows;
        };
        std::vector<Bar> bars;
        const bool digits = m_chartKind == ChartKind::DigitPreference;
        for (const cm::QualityArea &area : m_model->areas()) {
            const auto share = shareOf(m_chartKind, area.counts);
            // The digit preference is judged from enough heights only (AttentionRule).
            if (!share || *share <= 0
                || (digits && area.counts.heights < m_rule.minHeightsForDigits))
                continue;
            const bool over = std::find(area.problems.begin(), area.problems.end(),
                                        problemOf(m_chartKind))
                              != area.problems.end();
            bars.push_back({chartLabel(area), *share, over, area.counts.rows});
        }
        // The highest shares first; of equal shares, the posyandu with more rows.
        std::stable_sort(bars.begin(), bars.end(), [](const Bar &a, const Bar &b) {
            return a.share != b.share ? a.share > b.share : a.rows > b.rows;
        });
        if (bars.size() > static_cast<std::size_t>(kChartPosyandu))
            bars.resize(kChartPosyandu);
        chart = newChart(bars.empty() ? tr("%1: no posyandu").arg(m_chartCombo->currentText())
                                      : tr("%1: the %2 highest posyandu")
                                            .arg(m_chartCombo->currentText())
                                            .arg(bars.size()));
        auto *series = new QHorizontalStackedBarSeries(chart);
        auto *overSet = new QBarSet(tr("Over the limit (%1)").arg(percentText(limit)), series);
        overSet->setColor(colours::danger);
        auto *withinSet = new QBarSet(tr("Within the limit"), series);
        withinSet->setColor(colours::seriesColour(0));
        auto *districtSet = new QBarSet(tr("District"), series);
        districtSet->setColor(colours::muted);
        QStringList categories;
        double max = limit;
        // Categories run bottom to top: the district first, then the lowest share.
        const double districtShare = shareOf(m_chartKind, m_district).value_or(0);
        categories << tr("District");
        *overSet << 0;
        *withinSet << 0;
        *districtSet << districtShare;
        max = std::max(max, districtShare);
        for (auto bar = bars.rbegin(); bar != bars.rend(); ++bar) {
            categories << bar->name;
            *overSet << (bar->over ? bar->share : 0);
            *withinSet << (bar->over ? 0 : bar->share);
            *districtSet << 0;
            max = std::max(max, bar->share);
        }
        series->append(overSet);
        series->append(withinSet);
        series->append(districtSet);
        chart->addSeries(series);
        auto *y = categoryAxis(categories, chart);
        auto *x = percentAxis(max, chart);
        chart->addAxis(y, Qt::AlignLeft);
        chart->addAxis(x, Qt::AlignBottom);
        series->attachAxis(y);
        series->attachAxis(x);
    }
    QChart *old = m_chartView->chart();
    m_chartView->setChart(chart);
    delete old;
}

} // namespace konvergensi::gui::measurements

// SPDX-License-Identifier: GPL-3.0-or-later
#include "gui/measurements/growth_chart_dialog.h"

#include "core/format.h"
#include "gui/anthro/anthro_texts.h"
#include "gui/common/colours.h"
#include "gui/common/date_edit.h"
#include "gui/common/dialogs.h"
#include "gui/language.h"
#include "gui/measurements/measurement_models.h"
#include "gui/workspace/workspace_session.h"
#include "storage/storage_error.h"
#include "usecases/measurements/measurement_words.h"

#include <QAreaSeries>
#include <QBoxLayout>
#include <QChart>
#include <QChartView>
#include <QCursor>
#include <QDate>
#include <QDialogButtonBox>
#include <QHeaderView>
#include <QLabel>
#include <QLegendMarker>
#include <QLineSeries>
#include <QPushButton>
#include <QRadioButton>
#include <QScatterSeries>
#include <QTabWidget>
#include <QTableView>
#include <QTableWidget>
#include <QToolTip>
#include <QValueAxis>

#include <algorithm>
#include <cmath>
#include <type_traits>

namespace konvergensi::gui::measurements {

namespace {

using namespace core::anthro;
namespace um = usecases::measurements;

QString decimal(double value, int decimals)
{
    if (isMissing(value))
        return QStringLiteral("–");
    return QString::fromStdString(core::formatDecimal(value, decimals, LanguageSetup::current()));
}

QString lineName(double z)
{
    if (z == 0)
        return GrowthChartDialog::tr("Median");
    return QStringLiteral("%1%2 SD")
        .arg(z > 0 ? QStringLiteral("+") : QStringLiteral("−"))
        .arg(std::abs(z));
}

/// The WHO lines as the KMS draws them: the median green, +-2 SD red, +-3 SD black, +-1 SD
/// faint.
QPen linePen(double z)
{
    const double a = std::abs(z);
    if (a == 0)
        return QPen(colours::success, 2.2);
    if (a == 1)
        return QPen(colours::muted, 0.8, Qt::DashLine);
    if (a == 2)
        return QPen(colours::danger, 1.6);
    return QPen(colours::series[6], 1.6);
}

QString categoryText(const um::GrowthCategory &category)
{
    return std::visit(
        [](const auto &c) -> QString {
            if constexpr (std::is_same_v<std::decay_t<decltype(c)>, std::monostate>)
                return {};
            else
                return anthro::categoryText(c);
        },
        category);
}

QString pointCategory(const um::GrowthPoint &point)
{
    if (point.flag == 1)
        return GrowthChartDialog::tr("Implausible: check the measurement");
    if (isMissing(point.z))
        return GrowthChartDialog::tr("No z-score");
    return categoryText(point.category);
}

QString positionText(const QString &measure)
{
    if (measure == u"l")
        return GrowthChartDialog::tr("lying");
    if (measure == u"h")
        return GrowthChartDialog::tr("standing");
    return QStringLiteral("–");
}

QString monthsText(int days)
{
    return GrowthChartDialog::tr("%1 months").arg(decimal(days / kDaysPerMonth, 1));
}

bool byAge(ChartIndicator indicator)
{
    return indicator == ChartIndicator::LengthForAge || indicator == ChartIndicator::WeightForAge;
}

double niceStep(double span)
{
    if (span > 60)
        return 10;
    if (span > 24)
        return 5;
    return 2;
}

QLineSeries *lineOf(const CurveLine &line, bool months, QObject *parent)
{
    auto *series = new QLineSeries(parent);
    QList<QPointF> points;
    points.reserve(static_cast<qsizetype>(line.points.size()));
    for (const CurvePoint &p : line.points)
        points.append(QPointF(months ? p.x / kDaysPerMonth : p.x, p.value));
    series->replace(points);
    return series;
}

void hideFromLegend(QChart *chart, QAbstractSeries *series)
{
    for (QLegendMarker *marker : chart->legend()->markers(series))
        marker->setVisible(false);
}

} // namespace

GrowthChartDialog::GrowthChartDialog(um::GrowthChart chart, QWidget *parent)
    : QDialog(parent)
    , m_chart(std::move(chart))
{
    setObjectName(QStringLiteral("growthChartDialog"));
    const auto &child = m_chart.child;
    const QString sex = child.sex == 1   ? tr("boy")
                        : child.sex == 2 ? tr("girl")
                                         : tr("sex unknown");
    const QString initials = child.initials.isEmpty() ? QStringLiteral("–") : child.initials;
    setWindowTitle(tr("Growth chart: %1, %2").arg(initials, sex));

    auto *layout = new QVBoxLayout(this);
    auto *header = new QLabel(this);
    header->setObjectName(QStringLiteral("growthHeaderLabel"));
    header->setWordWrap(true);
    QString text = tr("<b>%1</b>, %2: %n measurement(s)", nullptr,
                      static_cast<int>(child.measurements.size()))
                       .arg(initials.toHtmlEscaped(), sex);
    if (!child.measurements.empty()) {
        const auto date = [](const QString &iso) {
            return DateEdit::displayText(QDate::fromString(iso, Qt::ISODate));
        };
        text += tr(", from %1 to %2")
                    .arg(date(child.measurements.front().measureDate),
                         date(child.measurements.back().measureDate));
    }
    if (child.invented)
        text += QStringLiteral(" · ") + tr("demo data: an invented child");
    // The WHO standards are by sex: without it there are no curves and no z-scores.
    const bool sexKnown = child.sex == 1 || child.sex == 2;
    text += QStringLiteral("<br><span style=\"%1\">%2</span>")
                .arg(colours::textStyle(colours::muted),
                     sexKnown ? tr("WHO Child Growth Standards 2006, categories of Permenkes No. "
                                   "2 Tahun 2020. Bands: green between −2 and +2 SD, yellow from "
                                   "2 to 3 SD, red beyond 3 SD. Point at a measurement for its "
                                   "details.")
                              : tr("The e-PPGBM file gives no sex for this child. The WHO "
                                   "curves and z-scores differ for boys and girls, so none are "
                                   "drawn: the points show the measurements only. Correct the "
                                   "sex in e-PPGBM and import the round again."));
    header->setText(text);
    layout->addWidget(header);

    m_tabs = new QTabWidget(this);
    m_tabs->setObjectName(QStringLiteral("growthTabs"));
    const std::array<QString, 3> tabNames = {tr("Height-for-age"), tr("Weight-for-age"),
                                             tr("Weight-for-height")};
    for (int tab = 0; tab < 3; ++tab) {
        auto *page = new QWidget(m_tabs);
        auto *pageLayout = new QVBoxLayout(page);
        pageLayout->setContentsMargins(4, 4, 4, 4);
        if (tab == WeightForLengthTab) {
            auto *choice = new QHBoxLayout;
            m_lengthRadio = new QRadioButton(
                tr("Under 2 years: weight-for-length (%n point(s))", nullptr,
                   static_cast<int>(m_chart.weightForLength.points.size())),
                page);
            m_lengthRadio->setObjectName(QStringLiteral("weightForLengthRadio"));
            m_heightRadio = new QRadioButton(
                tr("From 2 years: weight-for-height (%n point(s))", nullptr,
                   static_cast<int>(m_chart.weightForHeight.points.size())),
                page);
            m_heightRadio->setObjectName(QStringLiteral("weightForHeightRadio"));
            choice->addWidget(m_lengthRadio);
            choice->addWidget(m_heightRadio);
            choice->addStretch(1);
            pageLayout->addLayout(choice);
        }
        auto *view = new QChartView(page);
        view->setObjectName(QStringLiteral("growthChartView%1").arg(tab));
        view->setRenderHint(QPainter::Antialiasing);
        view->setMinimumHeight(300);
        pageLayout->addWidget(view, 1);
        auto *table = new QTableWidget(0, ColumnCount, page);
        table->setObjectName(QStringLiteral("growthPointTable%1").arg(tab));
        table->setHorizontalHeaderLabels({tr("Round"), tr("Date"), tr("Age"), tr("Weight (kg)"),
                                          tr("Length/height (cm)"), tr("Position"), tr("Z-score"),
                                          tr("Category")});
        table->verticalHeader()->hide();
        table->setEditTriggers(QAbstractItemView::NoEditTriggers);
        table->setSelectionBehavior(QAbstractItemView::SelectRows);
        table->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
        table->horizontalHeader()->setStretchLastSection(true);
        pageLayout->addWidget(table);
        m_views[static_cast<std::size_t>(tab)] = view;
        m_tables[static_cast<std::size_t>(tab)] = table;
        m_tabs->addTab(page, tabNames[static_cast<std::size_t>(tab)]);
    }
    layout->addWidget(m_tabs, 1);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    buttons->button(QDialogButtonBox::Close)->setObjectName(QStringLiteral("closeButton"));
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(buttons);

    fill(LengthTab, m_chart.lengthForAge);
    fill(WeightTab, m_chart.weightForAge);
    // The third tab opens on the table of the latest measurement.
    const bool latestOnLength = !child.measurements.empty()
                                    ? child.measurements.back().ageDays < 731
                                    : true;
    const bool onLength = m_chart.weightForHeight.points.empty()
                              ? true
                              : (m_chart.weightForLength.points.empty() ? false : latestOnLength);
    showWeightForLength(onLength);
    connect(m_lengthRadio, &QRadioButton::toggled, this, [this](bool checked) {
        if (checked)
            showWeightForLength(true);
    });
    connect(m_heightRadio, &QRadioButton::toggled, this, [this](bool checked) {
        if (checked)
            showWeightForLength(false);
    });

    Dialogs::resizeWithinScreen(this, QSize(1240, 700));
}

void GrowthChartDialog::showWeightForLength(bool onLength)
{
    m_onLength = onLength;
    m_lengthRadio->setChecked(onLength);
    m_heightRadio->setChecked(!onLength);
    fill(WeightForLengthTab, onLength ? m_chart.weightForLength : m_chart.weightForHeight);
}

void GrowthChartDialog::fill(Tab tab, const um::GrowthChartPanel &panel)
{
    const bool months = byAge(panel.indicator);
    const ChartIndicator indicator = panel.indicator;
    QString title;
    QString xTitle = months ? tr("Age (months)") : QString();
    QString yTitle = tr("Weight (kg)");
    switch (indicator) {
    case ChartIndicator::LengthForAge:
        title = tr("Length/height-for-age (PB/U, TB/U)");
        yTitle = tr("Length/height (cm)");
        break;
    case ChartIndicator::WeightForAge:
        title = tr("Weight-for-age (BB/U)");
        break;
    case ChartIndicator::WeightForLength:
        title = tr("Weight-for-length (BB/PB), under 2 years");
        xTitle = tr("Length (cm)");
        break;
    case ChartIndicator::WeightForHeight:
        title = tr("Weight-for-height (BB/TB), from 2 years");
        xTitle = tr("Height (cm)");
        break;
    }

    auto *chart = new QChart;
    chart->setTitle(title);
    QFont titleFont = chart->titleFont();
    titleFont.setBold(true);
    chart->setTitleFont(titleFont);
    chart->setMargins(QMargins(4, 2, 4, 2));
    // Beyond +-3 SD: the red of the bands, as the plot's background; none without curves (a
    // child of unknown sex), where red would say "beyond 3 SD" of nothing.
    chart->setPlotAreaBackgroundBrush(colours::severityLight[4]);
    chart->setPlotAreaBackgroundVisible(!panel.curves.empty());

    double xMin = 1e9;
    double xMax = -1e9;
    double yMin = 1e9;
    double yMax = -1e9;
    std::vector<QLineSeries *> lines;
    for (const CurveLine &curve : panel.curves) {
        QLineSeries *series = lineOf(curve, months, chart);
        series->setName(lineName(curve.z));
        series->setPen(linePen(curve.z));
        series->setObjectName(QStringLiteral("who%1").arg(curve.z));
        for (const QPointF &p : series->points()) {
            xMin = std::min(xMin, p.x());
            xMax = std::max(xMax, p.x());
            yMin = std::min(yMin, p.y());
            yMax = std::max(yMax, p.y());
        }
        lines.push_back(series);
    }
    for (const um::GrowthPoint &point : panel.points) {
        xMin = std::min(xMin, point.x);
        xMax = std::max(xMax, point.x);
        yMin = std::min(yMin, point.y);
        yMax = std::max(yMax, point.y);
    }
    // The bands between the lines: yellow -3..-2 and +2..+3, green -2..+2.
    const auto band = [&](double lowZ, double highZ, const QColor &colour) {
        const auto find = [&](double z) -> const CurveLine * {
            for (const CurveLine &c : panel.curves)
                if (c.z == z)
                    return &c;
            return nullptr;
        };
        const CurveLine *low = find(lowZ);
        const CurveLine *high = find(highZ);
        if (!low || !high)
            return;
        auto *area = new QAreaSeries(chart);
        area->setUpperSeries(lineOf(*high, months, area));
        area->setLowerSeries(lineOf(*low, months, area));
        area->setBrush(colour);
        area->setPen(Qt::NoPen);
        area->setObjectName(QStringLiteral("band"));
        chart->addSeries(area);
        hideFromLegend(chart, area);
    };
    band(-3, -2, colours::severityLight[2]);
    band(-2, 2, colours::severityLight[0]);
    band(2, 3, colours::severityLight[2]);
    for (QLineSeries *series : lines) {
        chart->addSeries(series);
        hideFromLegend(chart, series);
    }

    // The child: a line through the measurements and a marker at each.
    auto *path = new QLineSeries(chart);
    path->setObjectName(QStringLiteral("childLine"));
    path->setPen(QPen(colours::series[0], 2.4));
    auto *markers = new QScatterSeries(chart);
    markers->setObjectName(QStringLiteral("childPoints"));
    markers->setName(tr("Measurements of this child"));
    markers->setMarkerSize(11);
    markers->setColor(colours::series[0]);
    markers->setBorderColor(Qt::white);
    QStringList &tips = m_toolTips[static_cast<std::size_t>(tab)];
    tips.clear();
    QTableWidget *table = m_tables[static_cast<std::size_t>(tab)];
    table->setRowCount(static_cast<int>(panel.points.size()));
    int row = 0;
    for (const um::GrowthPoint &point : panel.points) {
        path->append(point.x, point.y);
        markers->append(point.x, point.y);
        const QString date = DateEdit::displayText(
            QDate::fromString(point.measureDate, Qt::ISODate));
        const QString category = pointCategory(point);
        const bool weightValue = indicator != ChartIndicator::LengthForAge;
        QString value =
            weightValue
                ? tr("%1 kg").arg(decimal(point.measured, 1))
                : tr("%1 cm, %2").arg(decimal(point.measured, 1), positionText(point.measure));
        if (!weightValue && point.measured != point.y)
            value += tr(" (counted as %1 cm)").arg(decimal(point.y, 1));
        if (!months)
            value = tr("%1 at %2 cm").arg(value, decimal(point.x, 1));
        tips << tr("%1 (round %2)\nAge: %3\n%4\nZ-score: %5\n%6")
                    .arg(date, um::roundText(point.period), monthsText(point.ageDays), value,
                         decimal(point.z, 2), category);
        const auto cell = [&](int column, const QString &text, bool right = false) {
            auto *item = new QTableWidgetItem(text);
            if (right)
                item->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
            table->setItem(row, column, item);
            return item;
        };
        cell(RoundColumn, um::roundText(point.period));
        cell(DateColumn, date);
        cell(AgeColumn, monthsText(point.ageDays), true);
        const auto &m = m_chart.child.measurements;
        const auto it = std::find_if(m.begin(), m.end(), [&](const storage::HistoryMeasurement &h) {
            return h.measureDate == point.measureDate && h.period == point.period;
        });
        cell(WeightColumn, it != m.end() ? decimal(it->weight, 1) : QString(), true);
        cell(LengthColumn, it != m.end() ? decimal(it->lenhei, 1) : QString(), true);
        cell(PositionColumn, positionText(point.measure));
        cell(ZColumn, decimal(point.z, 2), true);
        QTableWidgetItem *categoryItem = cell(CategoryColumn, category);
        if (point.flag == 1)
            categoryItem->setForeground(colours::danger);
        ++row;
    }
    chart->addSeries(path);
    hideFromLegend(chart, path);
    chart->addSeries(markers);
    connect(markers, &QScatterSeries::hovered, this,
            [this, tab, markers](const QPointF &at, bool state) {
                if (!state) {
                    QToolTip::hideText();
                    return;
                }
                const QList<QPointF> points = markers->points();
                for (int i = 0; i < points.size(); ++i)
                    if (points[i] == at) {
                        QToolTip::showText(QCursor::pos(), pointToolTip(tab, i));
                        return;
                    }
            });

    // A label at the right end of the labelled lines (-3, -2, median, +2, +3 SD).
    for (const CurveLine &curve : panel.curves) {
        if (std::abs(curve.z) == 1 || curve.points.empty())
            continue;
        const CurvePoint &last = curve.points.back();
        auto *label = new QScatterSeries(chart);
        label->setObjectName(QStringLiteral("label%1").arg(curve.z));
        label->setMarkerSize(1);
        label->setColor(Qt::transparent);
        label->setBorderColor(Qt::transparent);
        label->append(months ? last.x / kDaysPerMonth : last.x, last.value);
        label->setPointLabelsFormat(lineName(curve.z));
        label->setPointLabelsVisible(true);
        label->setPointLabelsClipping(false);
        label->setPointLabelsColor(linePen(curve.z).color());
        chart->addSeries(label);
        hideFromLegend(chart, label);
    }

    auto *x = new QValueAxis(chart);
    x->setTitleText(xTitle);
    const double xStep = months ? 6 : 5;
    // Room on the right for the line labels.
    const double xFirst = std::floor(xMin / xStep) * xStep;
    x->setRange(xFirst, std::ceil(xMax / xStep) * xStep + xStep / 2);
    x->setTickType(QValueAxis::TicksDynamic);
    x->setTickAnchor(xFirst);
    x->setTickInterval(xStep);
    x->setLabelFormat(QStringLiteral("%d"));
    x->setMinorTickCount(months ? 5 : 4);
    auto *y = new QValueAxis(chart);
    y->setTitleText(yTitle);
    const double yStep = niceStep(yMax - yMin);
    // A tenth of a step of room, so that a measurement at the top or the bottom shows its
    // whole marker.
    const double yRoom = yStep / 10;
    y->setRange(std::floor((yMin - yRoom) / yStep) * yStep,
                std::ceil((yMax + yRoom) / yStep) * yStep);
    y->setTickCount(static_cast<int>(std::lround((y->max() - y->min()) / yStep)) + 1);
    y->setLabelFormat(QStringLiteral("%d"));
    y->setMinorTickCount(1);
    for (QValueAxis *axis : {x, y}) {
        axis->setGridLineColor(QColor(0, 0, 0, 40));
        axis->setMinorGridLineColor(QColor(0, 0, 0, 18));
    }
    chart->addAxis(x, Qt::AlignBottom);
    chart->addAxis(y, Qt::AlignLeft);
    for (QAbstractSeries *series : chart->series()) {
        series->attachAxis(x);
        series->attachAxis(y);
    }
    // The table as tall as its rows (up to five), the rest for the chart.
    int tableHeight = table->horizontalHeader()->sizeHint().height() + 2 * table->frameWidth();
    for (int r = 0; r < std::min(table->rowCount(), 5); ++r)
        tableHeight += table->rowHeight(r);
    table->setFixedHeight(std::max(tableHeight, 80));
    chart->legend()->setAlignment(Qt::AlignBottom);
    chart->legend()->setVisible(!panel.points.empty());

    QChartView *view = m_views[static_cast<std::size_t>(tab)];
    QChart *old = view->chart();
    view->setChart(chart);
    delete old;
    if (panel.points.empty())
        chart->setTitle(title + QStringLiteral(" — ") + tr("no measurement on this chart"));
}

void GrowthChartDialog::showFor(WorkspaceSession &session, qint64 childId, QWidget *parent)
{
    std::optional<um::GrowthChart> chart;
    try {
        chart = um::growthChart(session.database(), childId);
    } catch (const storage::StorageError &error) {
        Dialogs::error(parent, tr("Growth chart"), error.message());
        return;
    }
    if (!chart) {
        Dialogs::error(parent, tr("Growth chart"), tr("This child is no longer in the workspace."));
        return;
    }
    auto *dialog = new GrowthChartDialog(std::move(*chart), parent);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setModal(true);
    dialog->show();
}

void GrowthChartDialog::attach(WorkspaceSession &session, QTableView *children, QBoxLayout *buttons)
{
    auto *button = new QPushButton(tr("&Growth chart…"), children->parentWidget());
    button->setObjectName(QStringLiteral("growthChartButton"));
    button->setToolTip(tr("The child's measurements over the rounds on the WHO growth curves "
                          "(also by a double-click on a child)."));
    buttons->addWidget(button);
    const auto update = [children, button] {
        button->setEnabled(children->currentIndex().isValid());
    };
    connect(children->selectionModel(), &QItemSelectionModel::currentChanged, button, update);
    connect(children->model(), &QAbstractItemModel::modelReset, button, update);
    connect(children->model(), &QAbstractItemModel::layoutChanged, button, update);
    connect(children->model(), &QAbstractItemModel::rowsRemoved, button, update);
    const auto openChild = [sessionPtr = &session, children](const QModelIndex &index) {
        if (index.isValid())
            showFor(*sessionPtr, index.data(KeyRole).toLongLong(), children->window());
    };
    connect(button, &QPushButton::clicked, children,
            [children, openChild] { openChild(children->currentIndex()); });
    connect(children, &QTableView::doubleClicked, children, openChild);
    update();
}

} // namespace konvergensi::gui::measurements

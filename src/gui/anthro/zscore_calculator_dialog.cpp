// SPDX-License-Identifier: GPL-3.0-or-later
#include "gui/anthro/zscore_calculator_dialog.h"

#include "ui_zscore_calculator_dialog.h"

#include "core/anthro/categories.h"
#include "core/anthro/growth_standard.h"
#include "core/format.h"
#include "gui/anthro/anthro_texts.h"
#include "gui/common/dialogs.h"
#include "gui/language.h"

#include <QChart>
#include <QChartView>
#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QDoubleSpinBox>
#include <QHeaderView>
#include <QLabel>
#include <QLineSeries>
#include <QScatterSeries>
#include <QTableWidget>
#include <QValueAxis>

#include <algorithm>
#include <array>
#include <cmath>
#include <optional>

namespace konvergensi::gui {

namespace {

using namespace core::anthro;

constexpr std::array<double, 7> kCurveZ = {3, 2, 1, 0, -1, -2, -3};

QString curveName(double z)
{
    if (z == 0)
        return ZScoreCalculatorDialog::tr("Median");
    return ZScoreCalculatorDialog::tr("%1%2 SD")
        .arg(z > 0 ? QStringLiteral("+") : QString())
        .arg(z);
}

QPen curvePen(double z)
{
    const double a = std::abs(z);
    if (a == 0)
        return QPen(QColor(0x2e, 0x7d, 0x32), 2.2);
    if (a == 1)
        return QPen(QColor(0xef, 0x8f, 0x00), 1.2, Qt::DashLine);
    if (a == 2)
        return QPen(QColor(0xc6, 0x28, 0x28), 1.8);
    return QPen(QColor(0x21, 0x21, 0x21), 1.8);
}

QString zText(double z)
{
    return isMissing(z)
               ? QStringLiteral("–")
               : QString::fromStdString(core::formatDecimal(z, 2, LanguageSetup::current()));
}

QString decimalText(double value, int decimals)
{
    return QString::fromStdString(core::formatDecimal(value, decimals, LanguageSetup::current()));
}

/// A chart of the WHO curves (one line per SD, from +3 down to -3) and the child's point.
QChart *growthChart(const QString &title, const QString &xTitle, const QString &yTitle,
                    double xStep, const std::array<QList<QPointF>, 7> &curves,
                    const std::optional<QPointF> &child)
{
    auto *chart = new QChart;
    chart->setTitle(title);
    chart->setMargins(QMargins(2, 2, 2, 2));
    chart->legend()->setAlignment(Qt::AlignRight);
    QFont legendFont = chart->legend()->font();
    legendFont.setPointSizeF(legendFont.pointSizeF() * 0.85);
    chart->legend()->setFont(legendFont);
    double xMin = 1e9;
    double xMax = -1e9;
    double yMin = 1e9;
    double yMax = -1e9;
    for (std::size_t i = 0; i < curves.size(); ++i) {
        auto *series = new QLineSeries(chart);
        series->setName(curveName(kCurveZ[i]));
        series->setPen(curvePen(kCurveZ[i]));
        series->replace(curves[i]);
        for (const QPointF &p : curves[i]) {
            xMin = std::min(xMin, p.x());
            xMax = std::max(xMax, p.x());
            yMin = std::min(yMin, p.y());
            yMax = std::max(yMax, p.y());
        }
        chart->addSeries(series);
    }
    if (child) {
        auto *point = new QScatterSeries(chart);
        point->setObjectName(QStringLiteral("childPoint"));
        point->setName(ZScoreCalculatorDialog::tr("This child"));
        point->setMarkerSize(11);
        point->setColor(QColor(0x15, 0x65, 0xc0));
        point->setBorderColor(Qt::white);
        point->append(*child);
        yMin = std::min(yMin, child->y());
        yMax = std::max(yMax, child->y());
        chart->addSeries(point);
    }
    auto *x = new QValueAxis(chart);
    x->setTitleText(xTitle);
    x->setRange(std::floor(xMin / xStep) * xStep, std::ceil(xMax / xStep - 1e-9) * xStep);
    x->setLabelFormat(QStringLiteral("%d"));
    x->setTickCount(static_cast<int>(std::lround((x->max() - x->min()) / xStep)) + 1);
    auto *y = new QValueAxis(chart);
    y->setTitleText(yTitle);
    const double step = yMax - yMin > 40 ? 10 : 5;
    y->setRange(std::floor(yMin / step) * step, std::ceil(yMax / step) * step);
    y->setLabelFormat(QStringLiteral("%d"));
    y->setTickCount(static_cast<int>((y->max() - y->min()) / step) + 1);
    chart->addAxis(x, Qt::AlignBottom);
    chart->addAxis(y, Qt::AlignLeft);
    for (QAbstractSeries *series : chart->series()) {
        series->attachAxis(x);
        series->attachAxis(y);
    }
    return chart;
}

void replaceChart(QChartView *view, QChart *chart)
{
    QChart *old = view->chart();
    view->setChart(chart);
    delete old;
}

} // namespace

ZScoreCalculatorDialog::ZScoreCalculatorDialog(const QDate &today, QWidget *parent)
    : QDialog(parent)
    , m_ui(std::make_unique<Ui::ZScoreCalculatorDialog>())
{
    m_ui->setupUi(this);
    // The form's 1180×700 would leave no room for a title bar above a task bar at 1366×768.
    Dialogs::resizeWithinScreen(this, size());

    // The form's items in the order of ui/zscore_calculator_dialog.ui.
    m_ui->sexCombo->setItemData(0, static_cast<int>(Sex::Male));
    m_ui->sexCombo->setItemData(1, static_cast<int>(Sex::Female));
    m_ui->positionCombo->setItemData(0, static_cast<int>(Measure::Length));
    m_ui->positionCombo->setItemData(1, static_cast<int>(Measure::Height));
    for (QDateEdit *edit : {m_ui->birthDateEdit, m_ui->measureDateEdit})
        edit->setDateRange(QDate(1990, 1, 1), today);
    m_ui->birthDateEdit->setDate(today.addYears(-1));
    m_ui->measureDateEdit->setDate(today);
    m_ui->resultTable->horizontalHeader()->setSectionResizeMode(0, QHeaderView::Fixed);
    m_ui->resultTable->horizontalHeader()->setSectionResizeMode(1, QHeaderView::ResizeToContents);
    m_ui->resultTable->setColumnWidth(0, 255);
    for (QChartView *view : {m_ui->heightForAgeChart, m_ui->weightForHeightChart})
        view->setRenderHint(QPainter::Antialiasing);
    connect(m_ui->buttonBox, &QDialogButtonBox::rejected, this, &QDialog::reject);

    connect(m_ui->sexCombo, &QComboBox::currentIndexChanged, this,
            &ZScoreCalculatorDialog::recompute);
    connect(m_ui->positionCombo, &QComboBox::currentIndexChanged, this,
            &ZScoreCalculatorDialog::recompute);
    connect(m_ui->birthDateEdit, &QDateEdit::dateChanged, this, &ZScoreCalculatorDialog::recompute);
    connect(m_ui->measureDateEdit, &QDateEdit::dateChanged, this,
            &ZScoreCalculatorDialog::recompute);
    connect(m_ui->weightSpin, &QDoubleSpinBox::valueChanged, this,
            &ZScoreCalculatorDialog::recompute);
    connect(m_ui->lenheiSpin, &QDoubleSpinBox::valueChanged, this,
            &ZScoreCalculatorDialog::recompute);
    connect(m_ui->oedemaCheck, &QCheckBox::toggled, this, &ZScoreCalculatorDialog::recompute);
    recompute();
}

ZScoreCalculatorDialog::~ZScoreCalculatorDialog() = default;

void ZScoreCalculatorDialog::recompute()
{
    ChildMeasurement child;
    child.sex = static_cast<Sex>(m_ui->sexCombo->currentData().toInt());
    const QDate birth = m_ui->birthDateEdit->date();
    const QDate measured = m_ui->measureDateEdit->date();
    m_datesValid = measured >= birth;
    if (m_datesValid)
        child.age = Age::fromDays(static_cast<double>(birth.daysTo(measured)));
    child.weight = m_ui->weightSpin->value() > 0 ? m_ui->weightSpin->value() : kMissing;
    child.lenhei = m_ui->lenheiSpin->value() > 0 ? m_ui->lenheiSpin->value() : kMissing;
    child.measure = static_cast<Measure>(m_ui->positionCombo->currentData().toInt());
    child.oedema = m_ui->oedemaCheck->isChecked();
    m_child = child;
    m_scores = computeZScores(child);
    showResults();
    updateHeightChart();
    updateWeightChart();
}

void ZScoreCalculatorDialog::showResults()
{
    const Age &age = m_child.age;
    m_ui->ageLabel->setText(
        age.known() ? tr("%1 days (%2 months)").arg(age.days()).arg(decimalText(age.months(), 1))
                    : QStringLiteral("–"));
    const bool lengthBased = core::anthro::lengthBased(m_child, m_scores);
    const ChildCategories categories = categorize(m_scores);
    struct Row
    {
        QString indicator;
        Indicator z;
        QString category;
    };
    const std::array<Row, 4> rows = {{
        {tr("Weight-for-age (BB/U)"), Indicator::WeightForAge,
         categories.weightForAge ? anthro::categoryText(*categories.weightForAge) : QString()},
        {lengthBased ? tr("Length-for-age (PB/U)") : tr("Height-for-age (TB/U)"),
         Indicator::LengthForAge,
         categories.heightForAge ? anthro::categoryText(*categories.heightForAge) : QString()},
        {lengthBased ? tr("Weight-for-length (BB/PB)") : tr("Weight-for-height (BB/TB)"),
         Indicator::WeightForLength,
         categories.weightForHeight ? anthro::categoryText(*categories.weightForHeight)
                                    : QString()},
        {tr("BMI-for-age (IMT/U)"), Indicator::BmiForAge,
         categories.bmiForAge ? anthro::categoryText(*categories.bmiForAge) : QString()},
    }};
    bool anyFlagged = false;
    for (int r = 0; r < static_cast<int>(rows.size()); ++r) {
        const Row &row = rows[static_cast<std::size_t>(r)];
        const bool flagged = m_scores.flagged(row.z);
        anyFlagged = anyFlagged || flagged;
        auto *indicator = new QTableWidgetItem(row.indicator);
        auto *z = new QTableWidgetItem(zText(m_scores.zscore(row.z)));
        z->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
        auto *category = new QTableWidgetItem(flagged ? tr("Implausible: check the measurement")
                                                      : row.category);
        if (flagged)
            category->setForeground(QColor(0xc6, 0x28, 0x28));
        m_ui->resultTable->setItem(r, 0, indicator);
        m_ui->resultTable->setItem(r, 1, z);
        m_ui->resultTable->setItem(r, 2, category);
    }
    m_ui->resultTable->resizeRowsToContents();
    int height = m_ui->resultTable->horizontalHeader()->sizeHint().height()
                 + 2 * m_ui->resultTable->frameWidth();
    for (int r = 0; r < m_ui->resultTable->rowCount(); ++r)
        height += m_ui->resultTable->rowHeight(r);
    m_ui->resultTable->setFixedHeight(height);

    QStringList notes;
    if (!m_datesValid)
        notes << tr("The measurement date is before the birth date.");
    else if (!(age.months() < 60))
        notes << tr("These standards are for children under five (60 months).");
    if (m_scores.c9moFlag)
        notes << tr("A standing height under 9 months is implausible: it is taken as measured, "
                    "without the 0.7 cm correction, and the position as unknown.");
    else if (!isMissing(m_child.lenhei) && m_scores.clenhei != m_child.lenhei)
        notes << (m_scores.clenhei > m_child.lenhei
                      ? tr("Under 2 years the standard uses lying length: the standing height "
                           "counts as %1 cm (+0.7 cm).")
                      : tr("From 2 years the standard uses standing height: the lying length "
                           "counts as %1 cm (-0.7 cm)."))
                     .arg(decimalText(m_scores.clenhei, 1));
    if (m_child.oedema)
        notes << tr("With oedema the weight-based z-scores are not computed; in prevalence the "
                    "child counts below -3 SD.");
    if (anyFlagged)
        notes << tr("A z-score beyond the WHO flag limits is implausible: it gets no category.");
    m_ui->noteLabel->setText(notes.join(QStringLiteral("\n\n")));
}

void ZScoreCalculatorDialog::updateHeightChart()
{
    const Sex sex = m_child.sex;
    std::array<QList<QPointF>, 7> curves;
    const TableKeys keys = tableKeys(GrowthTable::LengthForAge);
    QList<int> days;
    for (int day = keys.first; day < keys.last; day += 7)
        days.append(day);
    days.append(keys.last);
    for (const int day : days) {
        const auto row = lmsRow(GrowthTable::LengthForAge, sex, day);
        for (std::size_t i = 0; i < kCurveZ.size(); ++i)
            curves[i].append(QPointF(day / kDaysPerMonth, measurementAtZ(*row, kCurveZ[i])));
    }
    std::optional<QPointF> point;
    if (m_child.age.known() && m_child.age.months() < 60 && !isMissing(m_scores.clenhei))
        point = QPointF(m_child.age.months(), m_scores.clenhei);
    replaceChart(m_ui->heightForAgeChart,
                 growthChart(tr("Length/height-for-age"), tr("Age (months)"),
                             tr("Length/height (cm)"), 12, curves, point));
}

void ZScoreCalculatorDialog::updateWeightChart()
{
    // The table the child's z-score uses: length under 2 years, height from then on.
    const bool onLength = isMissing(m_scores.clenhei) && !m_child.age.known()
                              ? true
                              : usesWeightForLength(m_child, m_scores);
    const GrowthTable table = onLength ? GrowthTable::WeightForLength
                                       : GrowthTable::WeightForHeight;
    std::array<QList<QPointF>, 7> curves;
    const TableKeys keys = tableKeys(table);
    for (int tenth = keys.first; tenth <= keys.last; tenth += 5) {
        const auto row = lmsRow(table, m_child.sex, tenth);
        for (std::size_t i = 0; i < kCurveZ.size(); ++i)
            curves[i].append(QPointF(tenth / 10.0, measurementAtZ(*row, kCurveZ[i])));
    }
    std::optional<QPointF> point;
    const double x = m_scores.clenhei;
    if (!isMissing(x) && !isMissing(m_child.weight) && x >= keys.first / 10.0
        && x <= keys.last / 10.0)
        point = QPointF(x, m_child.weight);
    replaceChart(m_ui->weightForHeightChart,
                 growthChart(onLength ? tr("Weight-for-length") : tr("Weight-for-height"),
                             onLength ? tr("Length (cm)") : tr("Height (cm)"), tr("Weight (kg)"),
                             10, curves, point));
}

} // namespace konvergensi::gui

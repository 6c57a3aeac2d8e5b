// SPDX-License-Identifier: GPL-3.0-or-later
// The growth chart dialog on the demo workspace (two rounds of invented children imported
// from the e-PPGBM samples), opened from the page's children tab by the button and by a
// double-click: for a child measured in both rounds, each tab's chart holds exactly the
// child's points at the values of the samples' expected rows (the length as the WHO package
// corrected it), the WHO lines are there at the engine's curve values, and each point's table
// row and tooltip give its z-score and the category core gives that z-score. The title holds
// initials and sex, never the name; the dialog fits 1366x768.
#include "../gui/gui_test_helpers.h"
#include "dialog_fit.h"
#include "eppgbm_expected.h"

#include "core/anthro/categories.h"
#include "core/format.h"
#include "core/measurements/measurements.h"
#include "gui/anthro/anthro_texts.h"
#include "gui/common/dialogs.h"
#include "gui/language.h"
#include "gui/measurements/growth_chart_dialog.h"
#include "gui/measurements/measurement_models.h"
#include "gui/measurements/measurements_page.h"
#include "gui/workspace/workspace_session.h"
#include "storage/database.h"
#include "storage/measurements/child_history.h"
#include "storage/measurements/measurement_repository.h"
#include "usecases/measurements/growth_chart.h"
#include "usecases/measurements/measurement_words.h"

#include <QChart>
#include <QChartView>
#include <QDate>
#include <QLabel>
#include <QLineSeries>
#include <QPushButton>
#include <QRadioButton>
#include <QScatterSeries>
#include <QScreen>
#include <QTabWidget>
#include <QTableView>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QValueAxis>

#include <gtest/gtest.h>

#include <cmath>

using namespace konvergensi;
using namespace konvergensi::gui;
using namespace konvergensi::gui::measurements;
namespace ca = core::anthro;
namespace cm = core::measurements;
using test::eppgbmFile;

namespace {

double numberOrNa(const QString &text)
{
    return text.isEmpty() || text == u"NA" ? ca::kMissing : text.toDouble();
}

QString zText(double z)
{
    return std::isnan(z)
               ? QStringLiteral("–")
               : QString::fromStdString(core::formatDecimal(z, 2, LanguageSetup::current()));
}

template<typename T>
T *seriesNamed(QChart *chart, const QString &name)
{
    for (QAbstractSeries *series : chart->series())
        if (series->objectName() == name)
            return qobject_cast<T *>(series);
    return nullptr;
}

class GrowthChartDialogTest : public ::testing::Test
{
protected:
    void SetUp() override
    {
        ASSERT_TRUE(dir.isValid());
        Dialogs::resetForTests();
        session = std::make_unique<WorkspaceSession>(
            std::make_shared<core::FixedClock>(boost::gregorian::date(2025, 3, 10)));
        session->create(dir.filePath(QStringLiteral("w.kvg")), io::WorkspaceTemplate::Demo);
        page = std::make_unique<MeasurementsPage>(*session);
        page->resize(1366 - 230, 700);
        page->show();
    }

    /// A child of the kecamatan's list measured in both rounds; under 2 years in the first
    /// and from 2 years in the second when there is one such.
    qint64 childInBothRounds()
    {
        storage::ChildHistory histories(session->database());
        qint64 found = 0;
        for (const auto &child : page->childModel()->children()) {
            const auto history = histories.of(child.childId);
            if (!history || history->measurements.size() < 2)
                continue;
            if (!found)
                found = child.childId;
            if (history->measurements.front().ageDays < 731
                && history->measurements.back().ageDays >= 731)
                return child.childId;
        }
        return found;
    }

    /// The samples' expected rows of a child, oldest first.
    std::vector<QMap<QString, QString>> expectedRows(const QString &name,
                                                     const storage::ChildHistoryRecord &history)
    {
        const auto &first = history.measurements.front();
        const QString birth = QDate::fromString(first.measureDate, Qt::ISODate)
                                  .addDays(-first.ageDays)
                                  .toString(Qt::ISODate);
        std::vector<QMap<QString, QString>> out;
        for (const auto &cells : test::keptSampleRows())
            if (cm::normalizedName(cells.value(QStringLiteral("name")).toStdString())
                    == cm::normalizedName(name.toStdString())
                && cells.value(QStringLiteral("birth_date")) == birth
                && cells.value(QStringLiteral("desa_code")) == history.villageCode)
                out.push_back(cells);
        return out;
    }

    GrowthChartDialog *openedDialog() const
    {
        return page->findChild<GrowthChartDialog *>(QStringLiteral("growthChartDialog"));
    }

    QTemporaryDir dir;
    std::unique_ptr<WorkspaceSession> session;
    std::unique_ptr<MeasurementsPage> page;
};

} // namespace

TEST_F(GrowthChartDialogTest, ShowsTheChildsPointsOnTheWhoCurvesWithTheirCategories)
{
    ASSERT_TRUE(page->selectRound(QStringLiteral("2025-02")));
    ASSERT_TRUE(page->drillInto(QStringLiteral("kecamatan|14.03.01")));
    auto *button = page->findChild<QPushButton *>(QStringLiteral("growthChartButton"));
    ASSERT_TRUE(button);
    const qint64 childId = childInBothRounds();
    ASSERT_NE(childId, 0);
    ASSERT_TRUE(page->selectChild(childId));
    ASSERT_TRUE(button->isEnabled());
    button->click();
    GrowthChartDialog *dialog = openedDialog();
    ASSERT_TRUE(dialog);
    ASSERT_TRUE(dialog->isVisible());

    const auto history = storage::ChildHistory(session->database()).of(childId);
    ASSERT_TRUE(history);
    // The expected answers come from the samples, found by the child's name (asked here as
    // the page would ask it; the dialog never does).
    const auto identity = storage::MeasurementRepository(session->database())
                              .revealIdentity(childId, QStringLiteral("test"));
    ASSERT_TRUE(identity);
    const auto rows = expectedRows(identity->name, *history);
    ASSERT_GE(rows.size(), 2U);
    ASSERT_EQ(rows.size(), history->measurements.size());

    // The title: initials and sex, never the name.
    EXPECT_TRUE(dialog->windowTitle().contains(history->initials));
    EXPECT_TRUE(dialog->windowTitle().contains(history->sex == 1 ? GrowthChartDialog::tr("boy")
                                                                 : GrowthChartDialog::tr("girl")));
    EXPECT_FALSE(dialog->windowTitle().contains(identity->name, Qt::CaseInsensitive));
    const auto *header = dialog->findChild<QLabel *>(QStringLiteral("growthHeaderLabel"));
    ASSERT_TRUE(header);
    EXPECT_FALSE(header->text().contains(identity->name, Qt::CaseInsensitive));

    const ca::Sex sex = history->sex == 1 ? ca::Sex::Male : ca::Sex::Female;
    struct Check
    {
        GrowthChartDialog::Tab tab;
        ca::ChartIndicator indicator;
        const char *xColumn; ///< "age" for months
        const char *yColumn;
        const char *zColumn;
        const char *flagColumn;
    };
    std::vector<Check> checks = {
        {GrowthChartDialog::LengthTab, ca::ChartIndicator::LengthForAge, "age", "clenhei", "zlen",
         "flen"},
        {GrowthChartDialog::WeightTab, ca::ChartIndicator::WeightForAge, "age", "weight", "zwei",
         "fwei"},
        {GrowthChartDialog::WeightForLengthTab, ca::ChartIndicator::WeightForLength, "clenhei",
         "weight", "zwfl", "fwfl"},
        {GrowthChartDialog::WeightForLengthTab, ca::ChartIndicator::WeightForHeight, "clenhei",
         "weight", "zwfl", "fwfl"},
    };
    int pointsChecked = 0;
    for (const Check &check : checks) {
        if (check.indicator == ca::ChartIndicator::WeightForLength)
            dialog->findChild<QRadioButton *>(QStringLiteral("weightForLengthRadio"))->click();
        if (check.indicator == ca::ChartIndicator::WeightForHeight)
            dialog->findChild<QRadioButton *>(QStringLiteral("weightForHeightRadio"))->click();
        QChart *chart = dialog->chartView(check.tab)->chart();
        // The child's points: the expected rows with both values, on this table.
        QList<QPointF> want;
        std::vector<const QMap<QString, QString> *> wantRows;
        for (const auto &row : rows) {
            const int age = row.value(QStringLiteral("age_days")).toInt();
            if (check.indicator == ca::ChartIndicator::WeightForLength && age >= 731)
                continue;
            if (check.indicator == ca::ChartIndicator::WeightForHeight && age < 731)
                continue;
            const double x = std::string_view(check.xColumn) == "age"
                                 ? age / 30.4375
                                 : numberOrNa(row.value(QLatin1String(check.xColumn)));
            const double y = numberOrNa(row.value(QLatin1String(check.yColumn)));
            if (std::isnan(x) || std::isnan(y))
                continue;
            want.append(QPointF(x, y));
            wantRows.push_back(&row);
        }
        auto *points = seriesNamed<QScatterSeries>(chart, QStringLiteral("childPoints"));
        auto *line = seriesNamed<QLineSeries>(chart, QStringLiteral("childLine"));
        ASSERT_TRUE(points && line);
        ASSERT_EQ(points->count(), want.size()) << "tab " << check.tab;
        ASSERT_EQ(line->count(), want.size());
        QTableWidget *table = dialog->pointTable(check.tab);
        ASSERT_EQ(table->rowCount(), want.size());
        for (int i = 0; i < want.size(); ++i) {
            EXPECT_NEAR(points->at(i).x(), want[i].x(), 1e-9);
            EXPECT_NEAR(points->at(i).y(), want[i].y(), 1e-9);
            EXPECT_EQ(line->at(i), points->at(i));
            const auto &row = *wantRows[static_cast<std::size_t>(i)];
            const double z = numberOrNa(row.value(QLatin1String(check.zColumn)));
            const bool usable = !std::isnan(z)
                                && row.value(QLatin1String(check.flagColumn)) == u"0";
            QString category;
            if (usable) {
                switch (check.indicator) {
                case ca::ChartIndicator::LengthForAge:
                    category = anthro::categoryText(ca::heightForAgeCategory(z));
                    break;
                case ca::ChartIndicator::WeightForAge:
                    category = anthro::categoryText(ca::weightForAgeCategory(z));
                    break;
                default:
                    category = anthro::categoryText(ca::nutritionCategory(z));
                }
                ASSERT_FALSE(category.isEmpty());
            }
            EXPECT_EQ(table->item(i, GrowthChartDialog::ZColumn)->text(), zText(z));
            EXPECT_EQ(table->item(i, GrowthChartDialog::RoundColumn)->text(),
                      usecases::measurements::roundText(row.value(QStringLiteral("period"))));
            if (usable) {
                EXPECT_EQ(table->item(i, GrowthChartDialog::CategoryColumn)->text(), category);
            }
            const QString tip = dialog->pointToolTip(check.tab, i);
            EXPECT_TRUE(tip.contains(zText(z))) << tip.toStdString();
            if (usable) {
                EXPECT_TRUE(tip.contains(category)) << tip.toStdString();
            }
            ++pointsChecked;
        }
        // The WHO lines at the engine's curve values.
        for (const double z : {-3.0, -2.0, 0.0, 2.0, 3.0}) {
            auto *curve = seriesNamed<QLineSeries>(chart, QStringLiteral("who%1").arg(z));
            ASSERT_TRUE(curve) << z;
            ASSERT_GT(curve->count(), 100);
            const auto lines = ca::growthCurves(check.indicator, sex, 1, std::vector<double>{z});
            const auto &last = lines.front().points.back();
            EXPECT_NEAR(curve->at(curve->count() - 1).y(), last.value, 1e-12);
            const bool months = check.indicator == ca::ChartIndicator::LengthForAge
                                || check.indicator == ca::ChartIndicator::WeightForAge;
            EXPECT_NEAR(curve->at(curve->count() - 1).x(), months ? last.x / 30.4375 : last.x,
                        1e-12);
            EXPECT_TRUE(seriesNamed<QScatterSeries>(chart, QStringLiteral("label%1").arg(z)));
        }
    }
    EXPECT_GE(pointsChecked, 6);

    // It fits a 1366x768 screen, on every tab.
    for (int tab = 0; tab < dialog->tabs()->count(); ++tab) {
        dialog->tabs()->setCurrentIndex(tab);
        test::expectDialogFits(dialog, QStringLiteral("grafik-pertumbuhan-%1").arg(tab));
    }
    dialog->close();
    QCoreApplication::sendPostedEvents(nullptr, QEvent::DeferredDelete);
    EXPECT_FALSE(openedDialog());

    // A double-click on the child opens it too.
    const QModelIndex index = page->childView()->currentIndex();
    ASSERT_TRUE(index.isValid());
    const QRect rect = page->childView()->visualRect(index);
    QTest::mouseClick(page->childView()->viewport(), Qt::LeftButton, {}, rect.center());
    QTest::mouseDClick(page->childView()->viewport(), Qt::LeftButton, {}, rect.center());
    ASSERT_TRUE(openedDialog());
    EXPECT_EQ(openedDialog()->chart().child.childId, childId);
}

TEST_F(GrowthChartDialogTest, AChildOfUnknownSexHasNoWhoLinesAndTheDialogSaysWhy)
{
    ASSERT_TRUE(page->selectRound(QStringLiteral("2025-02")));
    const qint64 childId = childInBothRounds();
    ASSERT_NE(childId, 0);
    auto history = storage::ChildHistory(session->database()).of(childId);
    ASSERT_TRUE(history);
    // The child's points (the measurements) and the WHO curves' points, over every tab.
    const auto drawn = [](GrowthChartDialog &dialog, bool curves) {
        int count = 0;
        for (auto *view : dialog.findChildren<QChartView *>())
            for (QAbstractSeries *series : view->chart()->series()) {
                auto *xy = qobject_cast<QXYSeries *>(series);
                if (!xy)
                    continue;
                if (curves ? series->objectName().startsWith(QStringLiteral("who"))
                           : series->objectName() == u"childPoints")
                    count += static_cast<int>(xy->count());
            }
        return count;
    };
    const auto headerText = [](GrowthChartDialog &dialog) {
        const auto *header = dialog.findChild<QLabel *>(QStringLiteral("growthHeaderLabel"));
        return header ? header->text() : QString();
    };
    GrowthChartDialog known(usecases::measurements::growthChartOf(*history), page.get());
    EXPECT_GT(drawn(known, true), 0);
    EXPECT_GT(drawn(known, false), 0);
    EXPECT_FALSE(headerText(known).contains(QStringLiteral("e-PPGBM")));

    history->sex = 0;
    GrowthChartDialog unknown(usecases::measurements::growthChartOf(*history), page.get());
    EXPECT_TRUE(unknown.windowTitle().contains(GrowthChartDialog::tr("sex unknown")));
    const QString text = headerText(unknown);
    EXPECT_TRUE(text.contains(GrowthChartDialog::tr("sex unknown"))) << text.toStdString();
    EXPECT_TRUE(text.contains(QStringLiteral("e-PPGBM"))) << text.toStdString();
    EXPECT_FALSE(text.contains(QStringLiteral("Permenkes"))) << text.toStdString();
    // The measurements are there, the WHO lines are not.
    EXPECT_EQ(drawn(unknown, false), drawn(known, false));
    EXPECT_EQ(drawn(unknown, true), 0);
    // No red "beyond 3 SD" behind the points either: without curves there are no bands.
    for (auto *view : unknown.findChildren<QChartView *>())
        EXPECT_FALSE(view->chart()->isPlotAreaBackgroundVisible());
    for (auto *view : known.findChildren<QChartView *>())
        EXPECT_TRUE(view->chart()->isPlotAreaBackgroundVisible());
    // Every measurement inside its chart, not on its edge (the marker shown whole).
    for (GrowthChartDialog *dialog : {&known, &unknown})
        for (auto *view : dialog->findChildren<QChartView *>()) {
            const auto *points = seriesNamed<QScatterSeries>(view->chart(),
                                                             QStringLiteral("childPoints"));
            const auto axes = view->chart()->axes(Qt::Vertical);
            ASSERT_TRUE(points);
            ASSERT_EQ(axes.size(), 1);
            const auto *y = qobject_cast<QValueAxis *>(axes.front());
            ASSERT_TRUE(y);
            for (const QPointF &p : points->points()) {
                EXPECT_GT(p.y(), y->min());
                EXPECT_LT(p.y(), y->max());
            }
        }
    // The longer header still leaves the dialog inside a 1366x768 screen.
    test::expectDialogFits(&unknown, QStringLiteral("grafik-pertumbuhan-tanpa-jenis-kelamin"));
}

TEST_F(GrowthChartDialogTest, ButtonIsOffWithoutAChild)
{
    ASSERT_TRUE(page->selectRound(QStringLiteral("2025-02")));
    auto *button = page->findChild<QPushButton *>(QStringLiteral("growthChartButton"));
    ASSERT_TRUE(button);
    page->childView()->setCurrentIndex({});
    EXPECT_FALSE(button->isEnabled());
    button->click();
    EXPECT_FALSE(openedDialog());
}

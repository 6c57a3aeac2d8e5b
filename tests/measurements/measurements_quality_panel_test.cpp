// SPDX-License-Identifier: GPL-3.0-or-later
// The "Data quality" tab of Pengukuran Balita on the demo workspace (its rounds are the sample
// exports): it follows the page's round; one row per posyandu of the sample's row file; the
// posyandu with an implausible z-score highlighted in the danger colours and listed first; a
// posyandu without problems not; the model and its proxy under QAbstractItemModelTester;
// the chart of a problem and the age distribution of the chosen posyandu.
#include "../gui/gui_test_helpers.h"
#include "eppgbm_expected.h"

#include "core/measurements/measurements.h"
#include "gui/common/colours.h"
#include "gui/common/dialogs.h"
#include "gui/measurements/data_quality_model.h"
#include "gui/measurements/data_quality_panel.h"
#include "gui/measurements/measurement_models.h"
#include "gui/measurements/measurements_page.h"
#include "gui/workspace/workspace_session.h"
#include "io/csv_reader.h"

#include <QAbstractItemModelTester>
#include <QBarSet>
#include <QChart>
#include <QChartView>
#include <QHorizontalBarSeries>
#include <QSet>
#include <QSortFilterProxyModel>
#include <QTabWidget>
#include <QTableView>
#include <QTemporaryDir>

#include <gtest/gtest.h>

#include <algorithm>

using namespace konvergensi;
using namespace konvergensi::gui;
using namespace konvergensi::gui::measurements;
namespace cm = core::measurements;
using test::eppgbmFile;

namespace {

class MeasurementsQualityPanelTest : public ::testing::Test
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
        rows = io::CsvReader::readFile(eppgbmFile(QStringLiteral("expected-small-rows.csv")));
        ASSERT_TRUE(rows.ok());
    }

    QString cell(const io::CsvRow &row, const char *column) const
    {
        return row.fields.value(rows.header.fields.indexOf(QLatin1String(column)));
    }

    /// The panel's key of the posyandu of a row of the sample's row file.
    QString keyOf(const io::CsvRow &row) const
    {
        return cell(row, "desa_code") + u'|'
               + QString::fromStdString(
                   cm::posyanduKey(cell(row, "posyandu_in_file").toStdString()));
    }

    QTemporaryDir dir;
    std::unique_ptr<WorkspaceSession> session;
    std::unique_ptr<MeasurementsPage> page;
    io::CsvTable rows;
};

} // namespace

TEST_F(MeasurementsQualityPanelTest, PosyanduWithImplausibleZScoresHighlighted)
{
    DataQualityPanel *panel = page->qualityPanel();
    ASSERT_NE(panel, nullptr);
    auto *tabs = page->findChild<QTabWidget *>(QStringLiteral("measurementTabs"));
    ASSERT_NE(tabs, nullptr);
    ASSERT_GE(tabs->indexOf(panel), 0);
    tabs->setCurrentWidget(panel);
    EXPECT_EQ(panel->round(), page->currentRound());
    ASSERT_TRUE(page->selectRound(QStringLiteral("2024-08")));
    EXPECT_EQ(panel->round(), QStringLiteral("2024-08"));

    QualityTableModel *model = panel->model();
    QAbstractItemModelTester modelTester(model,
                                         QAbstractItemModelTester::FailureReportingMode::Fatal);
    QAbstractItemModelTester proxyTester(panel->proxy(),
                                         QAbstractItemModelTester::FailureReportingMode::Fatal);

    // One row per posyandu of the file; those with a flagged z-score and those with none.
    QSet<QString> posyandu;
    QMap<QString, int> flagged;  // key -> kept rows with a flag
    QMap<QString, int> problems; // key -> rows skipped, without height or position, flagged
    for (const io::CsvRow &row : rows.rows) {
        const QString key = keyOf(row);
        posyandu.insert(key);
        const bool kept = cell(row, "status") == u"kept";
        const bool flag = kept
                          && (cell(row, "flen") == u"1" || cell(row, "fwei") == u"1"
                              || cell(row, "fwfl") == u"1");
        flagged[key] += flag ? 1 : 0;
        const bool noHeight = kept && cell(row, "lenhei").isEmpty();
        const QString measure = cell(row, "measure");
        const int age = cell(row, "age_days").toInt();
        const bool wrong = kept
                           && ((measure == u"h" && age < 731) || (measure == u"l" && age >= 731));
        problems[key] += (!kept || flag || noHeight || wrong) ? 1 : 0;
    }
    EXPECT_EQ(model->rowCount(), posyandu.size());

    QString bad;
    for (auto it = flagged.cbegin(); it != flagged.cend(); ++it) {
        if (it.value() > 0) {
            bad = it.key();
            break;
        }
    }
    ASSERT_FALSE(bad.isEmpty());
    const int badRow = model->rowOf(bad);
    ASSERT_GE(badRow, 0) << bad.toStdString();
    const QModelIndex badFlag = model->index(badRow, QualityTableModel::FlaggedColumn);
    EXPECT_EQ(badFlag.data(Qt::BackgroundRole).value<QBrush>().color(), colours::dangerLight);
    EXPECT_EQ(badFlag.data(Qt::ForegroundRole).value<QBrush>().color(), colours::danger);
    EXPECT_TRUE(badFlag.data(Qt::FontRole).value<QFont>().bold());
    EXPECT_TRUE(model->index(badRow, QualityTableModel::AttentionColumn)
                    .data()
                    .toString()
                    .contains(QStringLiteral("implausible z-scores")));

    // A posyandu with no skipped row, flag, missing height or wrong position (and fewer than
    // ten heights or few .0/.5) is not highlighted.
    QString good;
    for (auto it = problems.cbegin(); it != problems.cend(); ++it) {
        const int row = model->rowOf(it.key());
        if (it.value() == 0 && row >= 0
            && model->areas()[static_cast<std::size_t>(row)].counts.heights < 10) {
            good = it.key();
            break;
        }
    }
    ASSERT_FALSE(good.isEmpty());
    const QModelIndex goodName = model->index(model->rowOf(good),
                                              QualityTableModel::PosyanduColumn);
    EXPECT_FALSE(goodName.data(Qt::BackgroundRole).isValid());
    EXPECT_TRUE(model->index(model->rowOf(good), QualityTableModel::AttentionColumn)
                    .data()
                    .toString()
                    .isEmpty());

    // Sorted by the problems: the first row needs attention, the last does not.
    QSortFilterProxyModel *proxy = panel->proxy();
    ASSERT_GT(proxy->rowCount(), 1);
    EXPECT_TRUE(proxy->index(0, 0).data(Qt::BackgroundRole).isValid());
    EXPECT_FALSE(proxy->index(proxy->rowCount() - 1, 0).data(Qt::BackgroundRole).isValid());
    panel->view()->sortByColumn(QualityTableModel::DigitColumn, Qt::DescendingOrder);
    for (int r = 1; r < proxy->rowCount(); ++r)
        ASSERT_GE(proxy->index(r - 1, QualityTableModel::DigitColumn).data(SortRole).toDouble(),
                  proxy->index(r, QualityTableModel::DigitColumn).data(SortRole).toDouble());

    // The problem chart: the (at most 8) highest posyandu and the district, three stacked sets.
    panel->setChartKind(DataQualityPanel::ChartKind::Flagged);
    QChart *chart = panel->chartView()->chart();
    ASSERT_EQ(chart->series().size(), 1);
    auto *bars = qobject_cast<QAbstractBarSeries *>(chart->series().front());
    ASSERT_NE(bars, nullptr);
    ASSERT_EQ(bars->barSets().size(), 3);
    EXPECT_EQ(bars->barSets().at(0)->color(), colours::danger);
    int withFlags = 0;
    for (const cm::QualityArea &area : model->areas())
        withFlags += area.counts.worstFlaggedPercent().value_or(0) > 0 ? 1 : 0;
    ASSERT_GT(withFlags, 0);
    EXPECT_EQ(bars->barSets().at(0)->count(), std::min(withFlags, 8) + 1); // and the district
    double overTheLimit = 0;
    for (int i = 0; i < bars->barSets().at(0)->count(); ++i)
        overTheLimit += bars->barSets().at(0)->at(i);
    EXPECT_GT(overTheLimit, 0.0);

    // The age distribution of the chosen posyandu beside the district's.
    ASSERT_TRUE(panel->selectPosyandu(bad));
    panel->setChartKind(DataQualityPanel::ChartKind::Ages);
    chart = panel->chartView()->chart();
    const cm::QualityArea &area = model->areas()[static_cast<std::size_t>(badRow)];
    EXPECT_TRUE(chart->title().contains(QString::fromStdString(area.name)))
        << chart->title().toStdString();
    bars = qobject_cast<QAbstractBarSeries *>(chart->series().front());
    ASSERT_NE(bars, nullptr);
    ASSERT_EQ(bars->barSets().size(), 2);
    const QBarSet *own = bars->barSets().at(1);
    ASSERT_EQ(own->count(), cm::kAgeBandCount);
    double total = 0;
    for (int band = 0; band < cm::kAgeBandCount; ++band) {
        total += own->at(band);
        EXPECT_DOUBLE_EQ(own->at(band), 100.0 * area.counts.ageBands[static_cast<std::size_t>(band)]
                                            / area.counts.children);
    }
    EXPECT_NEAR(total, 100.0, 1e-9);

    // Following the page to the other round keeps working and changes the figures.
    ASSERT_TRUE(page->selectRound(QStringLiteral("2025-02")));
    EXPECT_EQ(panel->round(), QStringLiteral("2025-02"));
    EXPECT_GT(model->rowCount(), 0);
}

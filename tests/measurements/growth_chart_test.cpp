// SPDX-License-Identifier: GPL-3.0-or-later
// A child's history across rounds (storage::ChildHistory) and its growth chart
// (usecases::measurements::growthChart) after importing both e-PPGBM samples: every
// measurement of every child against the kept rows of the samples' expected-*-rows.csv with
// the same identity (name, birth date, desa), every value and WHO z-score and flag as the
// anthro package gives them; the chart's points on the right table at the corrected
// length, each with the Permenkes category of its z-score.
#include "eppgbm_expected.h"

#include "core/measurements/measurements.h"
#include "io/workspace_setup.h"
#include "storage/database.h"
#include "storage/measurements/child_history.h"
#include "storage/measurements/measurement_repository.h"
#include "usecases/measurements/growth_chart.h"
#include "usecases/measurements/measurement_import.h"
#include "usecases/progress.h"

#include "test_engine.h"

#include <QDate>

#include <gtest/gtest.h>

#include <cmath>
#include <set>

using namespace konvergensi;
namespace cm = core::measurements;
namespace um = usecases::measurements;
using core::anthro::ChartIndicator;
using test::eppgbmFile;

namespace {

struct ExpectedRow
{
    QString period;
    QMap<QString, QString> cells;
};

double numberOrNa(const QString &text)
{
    return text.isEmpty() || text == u"NA" ? core::anthro::kMissing : text.toDouble();
}

int flagOrNa(const QString &text)
{
    return text.isEmpty() || text == u"NA" ? -1 : text.toInt();
}

void expectSameNumber(double actual, const QString &expected, const char *what)
{
    const double want = numberOrNa(expected);
    if (std::isnan(want))
        EXPECT_TRUE(std::isnan(actual)) << what << " " << actual;
    else
        EXPECT_NEAR(actual, want, 1e-9) << what;
}

class GrowthChartTest : public ::testing::Test
{
protected:
    void SetUp() override
    {
        db = test::openTestWorkspace();
        io::populateDemo(*db);
        usecases::Progress progress;
        um::importFile(*db, eppgbmFile(QStringLiteral("entri-2024-08-small.xlsx")), {}, progress);
        um::importFile(*db, eppgbmFile(QStringLiteral("final-2025-02-small.xlsx")), {}, progress);
        // The kept rows of both files, by identity: name, birth date, desa.
        for (const auto &cells : test::keptSampleRows())
            expected[identity(cells.value(QStringLiteral("name")),
                              cells.value(QStringLiteral("birth_date")),
                              cells.value(QStringLiteral("desa_code")))]
                .push_back({cells.value(QStringLiteral("period")), cells});
    }

    static QString identity(const QString &name, const QString &birth, const QString &desa)
    {
        return QString::fromStdString(cm::normalizedName(name.toStdString())) + u'|' + birth + u'|'
               + desa;
    }

    /// Every child of the workspace with its name (asked as an export would).
    std::map<qint64, storage::ChildIdentity> everyChild()
    {
        storage::MeasurementRepository repository(*db);
        std::set<qint64> ids;
        for (const char *period : {"2024-08", "2025-02"})
            for (const auto &child : repository.children(QLatin1String(period)))
                ids.insert(child.childId);
        return repository.revealIdentities({ids.begin(), ids.end()}, QStringLiteral("test"));
    }

    std::unique_ptr<storage::Database> db;
    std::map<QString, std::vector<ExpectedRow>> expected;
};

} // namespace

TEST_F(GrowthChartTest, HistoryHoldsEveryMeasurementOfTheChildAcrossRounds)
{
    const auto children = everyChild();
    ASSERT_EQ(static_cast<int>(children.size()), storage::MeasurementRepository(*db).childCount());
    storage::ChildHistory histories(*db);
    int twoRounds = 0;
    std::vector<qint64> measuredTwice;
    std::vector<qint64> measuredThrice;
    std::size_t measurements = 0;
    for (const auto &[childId, who] : children) {
        const auto history = histories.of(childId);
        ASSERT_TRUE(history);
        ASSERT_FALSE(history->measurements.empty());
        const auto &first = history->measurements.front();
        const QString birth = QDate::fromString(first.measureDate, Qt::ISODate)
                                  .addDays(-first.ageDays)
                                  .toString(Qt::ISODate);
        const auto it = expected.find(identity(who.name, birth, history->villageCode));
        ASSERT_NE(it, expected.end()) << "child " << childId;
        const auto &rows = it->second;
        ASSERT_EQ(history->measurements.size(), rows.size()) << "child " << childId;
        measurements += rows.size();
        twoRounds += rows.size() > 1 ? 1 : 0;
        if (rows.size() > 1)
            measuredTwice.push_back(childId);
        if (rows.size() > 2)
            measuredThrice.push_back(childId);
        for (std::size_t i = 0; i < rows.size(); ++i) {
            const auto &m = history->measurements[i];
            const auto &want = rows[i].cells;
            EXPECT_EQ(m.period, rows[i].period) << "oldest first";
            EXPECT_EQ(m.measureDate, want.value(QStringLiteral("measure_date")));
            EXPECT_EQ(m.ageDays, want.value(QStringLiteral("age_days")).toInt());
            EXPECT_EQ(QString::number(history->sex), want.value(QStringLiteral("sex")));
            expectSameNumber(m.weight, want.value(QStringLiteral("weight")), "weight");
            expectSameNumber(m.lenhei, want.value(QStringLiteral("lenhei")), "lenhei");
            const QString measure = want.value(QStringLiteral("measure"));
            EXPECT_EQ(m.measure, measure == u"NA" ? QString() : measure);
            expectSameNumber(m.judgement.zlen, want.value(QStringLiteral("zlen")), "zlen");
            expectSameNumber(m.judgement.zwei, want.value(QStringLiteral("zwei")), "zwei");
            expectSameNumber(m.judgement.zwfl, want.value(QStringLiteral("zwfl")), "zwfl");
            EXPECT_EQ(m.judgement.flen, flagOrNa(want.value(QStringLiteral("flen"))));
            EXPECT_EQ(m.judgement.fwei, flagOrNa(want.value(QStringLiteral("fwei"))));
            EXPECT_EQ(m.judgement.fwfl, flagOrNa(want.value(QStringLiteral("fwfl"))));
        }
    }
    std::size_t keptRows = 0;
    for (const auto &[key, rows] : expected)
        keptRows += rows.size();
    EXPECT_EQ(measurements, keptRows) << "every kept row is some child's measurement";
    EXPECT_GT(twoRounds, 100) << "the samples measure many children in both rounds";
    EXPECT_FALSE(histories.of(999'999'999)) << "no such child";
    EXPECT_EQ(histories.childrenMeasuredAtLeast(2), measuredTwice) << "by id, as the map";
    EXPECT_EQ(histories.childrenMeasuredAtLeast(1).size(), children.size());
    EXPECT_EQ(histories.childrenMeasuredAtLeast(3), measuredThrice);
}

TEST_F(GrowthChartTest, ChartPlacesEachMeasurementOnItsTableWithItsCategory)
{
    const auto children = everyChild();
    int crossing = 0;
    for (const auto &[childId, who] : children) {
        const auto chart = um::growthChart(*db, childId);
        ASSERT_TRUE(chart);
        const auto &history = chart->child.measurements;
        if (history.size() < 2)
            continue;
        const auto &first = history.front();
        const QString birth = QDate::fromString(first.measureDate, Qt::ISODate)
                                  .addDays(-first.ageDays)
                                  .toString(Qt::ISODate);
        const auto &rows = expected.at(identity(who.name, birth, chart->child.villageCode));
        // The curves: seven lines for the child's sex, from -3 to +3 SD.
        for (const auto *panel : {&chart->lengthForAge, &chart->weightForAge,
                                  &chart->weightForLength, &chart->weightForHeight}) {
            ASSERT_EQ(panel->curves.size(), 7U);
            EXPECT_EQ(panel->curves.front().z, -3);
            EXPECT_EQ(panel->curves.back().z, 3);
        }
        std::size_t onLength = 0;
        std::size_t onHeight = 0;
        std::size_t lengthPoints = 0;
        std::size_t weightPoints = 0;
        for (const auto &row : rows) {
            const auto &want = row.cells;
            const double clenhei = numberOrNa(want.value(QStringLiteral("clenhei")));
            const double weight = numberOrNa(want.value(QStringLiteral("weight")));
            const int age = want.value(QStringLiteral("age_days")).toInt();
            if (!std::isnan(clenhei)) {
                const auto &point = chart->lengthForAge.points.at(lengthPoints++);
                EXPECT_NEAR(point.y, clenhei, 1e-9) << "the corrected length";
                EXPECT_NEAR(point.x, age / 30.4375, 1e-12);
                const double z = numberOrNa(want.value(QStringLiteral("zlen")));
                EXPECT_EQ(point.category,
                          um::growthCategory(ChartIndicator::LengthForAge, z,
                                             flagOrNa(want.value(QStringLiteral("flen")))));
                if (!std::isnan(z) && want.value(QStringLiteral("flen")) == u"0") {
                    EXPECT_EQ(std::get<core::anthro::HeightForAgeCategory>(point.category),
                              core::anthro::heightForAgeCategory(z));
                }
            }
            if (!std::isnan(weight)) {
                const auto &point = chart->weightForAge.points.at(weightPoints++);
                EXPECT_NEAR(point.y, weight, 1e-9);
                const double z = numberOrNa(want.value(QStringLiteral("zwei")));
                if (!std::isnan(z) && want.value(QStringLiteral("fwei")) == u"0") {
                    EXPECT_EQ(std::get<core::anthro::WeightForAgeCategory>(point.category),
                              core::anthro::weightForAgeCategory(z));
                }
            }
            if (!std::isnan(weight) && !std::isnan(clenhei)) {
                const bool length = age < 731;
                const auto &panel = length ? chart->weightForLength : chart->weightForHeight;
                const auto &point = panel.points.at(length ? onLength++ : onHeight++);
                EXPECT_NEAR(point.x, clenhei, 1e-9);
                EXPECT_NEAR(point.y, weight, 1e-9);
                const double z = numberOrNa(want.value(QStringLiteral("zwfl")));
                expectSameNumber(point.z, want.value(QStringLiteral("zwfl")), "zwfl");
                if (!std::isnan(z) && want.value(QStringLiteral("fwfl")) == u"0")
                    EXPECT_EQ(std::get<core::anthro::NutritionCategory>(point.category),
                              core::anthro::nutritionCategory(z));
                else
                    EXPECT_TRUE(std::holds_alternative<std::monostate>(point.category));
            }
        }
        EXPECT_EQ(chart->lengthForAge.points.size(), lengthPoints);
        EXPECT_EQ(chart->weightForAge.points.size(), weightPoints);
        EXPECT_EQ(chart->weightForLength.points.size(), onLength);
        EXPECT_EQ(chart->weightForHeight.points.size(), onHeight);
        crossing += onLength > 0 && onHeight > 0 ? 1 : 0;
    }
    EXPECT_GT(crossing, 0) << "some child turned two between the rounds";
}

// SPDX-License-Identifier: GPL-3.0-or-later
// The z-score calculator dialog driven through its real widgets (offscreen): fields set as a
// user would, the z-scores and categories it shows against core, the child's point on the
// WHO curves, and the dialog opened from the main window's Tools menu.
#include "gui_test_helpers.h"

#include "core/anthro/categories.h"
#include "core/clock.h"
#include "core/format.h"
#include "gui/anthro/anthro_texts.h"
#include "gui/anthro/zscore_calculator_dialog.h"
#include "gui/application.h"
#include "gui/common/dialogs.h"
#include "gui/language.h"
#include "gui/main_window.h"
#include "gui/workspace/workspace_session.h"

#include <QAction>
#include <QChart>
#include <QChartView>
#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QDoubleSpinBox>
#include <QLabel>
#include <QMenuBar>
#include <QScatterSeries>
#include <QSettings>
#include <QTableWidget>
#include <QTemporaryDir>

#include "dialog_fit.h"

#include <gtest/gtest.h>

using namespace konvergensi;
using namespace konvergensi::core::anthro;
using konvergensi::gui::ZScoreCalculatorDialog;

namespace {

template<typename T>
T *child(QWidget &parent, const char *name)
{
    auto *widget = parent.findChild<T *>(QLatin1String(name));
    EXPECT_NE(widget, nullptr) << name;
    return widget;
}

struct Entry
{
    int sexIndex; ///< 0 boy, 1 girl
    QDate birth;
    QDate measured;
    double weight;
    double lenhei;
    int positionIndex; ///< 0 lying, 1 standing
    bool oedema = false;
};

void fill(ZScoreCalculatorDialog &dialog, const Entry &entry)
{
    child<QComboBox>(dialog, "sexCombo")->setCurrentIndex(entry.sexIndex);
    child<QDateEdit>(dialog, "birthDateEdit")->setDate(entry.birth);
    child<QDateEdit>(dialog, "measureDateEdit")->setDate(entry.measured);
    child<QDoubleSpinBox>(dialog, "weightSpin")->setValue(entry.weight);
    child<QDoubleSpinBox>(dialog, "lenheiSpin")->setValue(entry.lenhei);
    child<QComboBox>(dialog, "positionCombo")->setCurrentIndex(entry.positionIndex);
    child<QCheckBox>(dialog, "oedemaCheck")->setChecked(entry.oedema);
}

ZScores expectedScores(const Entry &entry)
{
    ChildMeasurement c;
    c.sex = entry.sexIndex == 0 ? Sex::Male : Sex::Female;
    c.age = Age::fromDays(static_cast<double>(entry.birth.daysTo(entry.measured)));
    c.weight = entry.weight;
    c.lenhei = entry.lenhei;
    c.measure = entry.positionIndex == 0 ? Measure::Length : Measure::Height;
    c.oedema = entry.oedema;
    return computeZScores(c);
}

QString shownZ(double z)
{
    return QString::fromStdString(core::formatDecimal(z, 2, gui::LanguageSetup::current()));
}

std::optional<QPointF> childPoint(QChartView *view)
{
    for (QAbstractSeries *series : view->chart()->series()) {
        if (series->objectName() == QLatin1String("childPoint")) {
            const auto *scatter = qobject_cast<QScatterSeries *>(series);
            if (scatter && scatter->count() == 1)
                return scatter->at(0);
        }
    }
    return std::nullopt;
}

} // namespace

TEST(AnthroGui, ShowsTheZScoresCategoriesAndTheChildOnTheCurves)
{
    ZScoreCalculatorDialog dialog(QDate(2024, 3, 12));
    dialog.show();
    // A girl of 732 days (height-based from 731), measured standing.
    const Entry girl{1, QDate(2022, 2, 28), QDate(2024, 3, 1), 9.8, 78, 1};
    fill(dialog, girl);
    const ZScores expected = expectedScores(girl);
    ASSERT_TRUE(expected.has(Indicator::LengthForAge));
    EXPECT_EQ(dialog.child().age.days(), 732);

    auto *table = child<QTableWidget>(dialog, "resultTable");
    ASSERT_EQ(table->rowCount(), 4);
    const std::array<Indicator, 4> order = {Indicator::WeightForAge, Indicator::LengthForAge,
                                            Indicator::WeightForLength, Indicator::BmiForAge};
    for (int row = 0; row < 4; ++row)
        EXPECT_EQ(table->item(row, 1)->text(), shownZ(expected.zscore(order[row])))
            << "row " << row;
    EXPECT_TRUE(table->item(1, 0)->text().contains(QStringLiteral("TB/U")));
    EXPECT_TRUE(table->item(2, 0)->text().contains(QStringLiteral("BB/TB")));
    const ChildCategories categories = categorize(expected);
    ASSERT_TRUE(categories.heightForAge.has_value());
    EXPECT_EQ(table->item(1, 2)->text(), gui::anthro::categoryText(*categories.heightForAge));
    EXPECT_EQ(*categories.heightForAge, HeightForAgeCategory::Stunted) << "78 cm at 2 years";
    EXPECT_EQ(table->item(2, 2)->text(), gui::anthro::categoryText(*categories.weightForHeight));

    // The child's point: age in months against the height, weight against the height.
    const auto height = childPoint(child<QChartView>(dialog, "heightForAgeChart"));
    ASSERT_TRUE(height.has_value());
    EXPECT_NEAR(height->x(), 732 / kDaysPerMonth, 1e-9);
    EXPECT_DOUBLE_EQ(height->y(), 78);
    auto *weightView = child<QChartView>(dialog, "weightForHeightChart");
    const auto weight = childPoint(weightView);
    ASSERT_TRUE(weight.has_value());
    EXPECT_DOUBLE_EQ(weight->x(), 78);
    EXPECT_DOUBLE_EQ(weight->y(), 9.8);
    EXPECT_EQ(weightView->chart()->series().size(), 8) << "seven SD lines and the child";
}

TEST(AnthroGui, StandingUnderTwoYearsIsCorrectedAndAFlaggedScoreHasNoCategory)
{
    ZScoreCalculatorDialog dialog(QDate(2024, 3, 12));
    const Entry boy{0, QDate(2023, 3, 1), QDate(2024, 3, 1), 30, 74, 1};
    fill(dialog, boy);
    const ZScores expected = expectedScores(boy);
    EXPECT_DOUBLE_EQ(dialog.scores().clenhei, 74.7);
    EXPECT_TRUE(expected.flagged(Indicator::WeightForAge)) << "30 kg at one year";
    auto *table = child<QTableWidget>(dialog, "resultTable");
    EXPECT_EQ(table->item(0, 1)->text(), shownZ(expected.zscore(Indicator::WeightForAge)));
    EXPECT_NE(table->item(0, 2)->text(), gui::anthro::categoryText(weightForAgeCategory(
                                             expected.zscore(Indicator::WeightForAge))));
    EXPECT_TRUE(table->item(1, 0)->text().contains(QStringLiteral("PB/U")));
    const QString notes = child<QLabel>(dialog, "noteLabel")->text();
    EXPECT_TRUE(notes.contains(QStringLiteral("0.7"))) << notes.toStdString();

    // Oedema: no weight-based z-score.
    child<QCheckBox>(dialog, "oedemaCheck")->setChecked(true);
    EXPECT_EQ(table->item(0, 1)->text(), QStringLiteral("–"));
    EXPECT_TRUE(table->item(0, 2)->text().isEmpty());
    EXPECT_NE(table->item(1, 1)->text(), QStringLiteral("–"));

    // A measurement before the birth: no age, no age-based z-score.
    child<QDateEdit>(dialog, "measureDateEdit")->setDate(QDate(2023, 1, 1));
    EXPECT_FALSE(dialog.child().age.known());
    EXPECT_EQ(table->item(1, 1)->text(), QStringLiteral("–"));
}

TEST(AnthroGui, OpensFromTheToolsMenuInIndonesian)
{
    QTemporaryDir dir;
    ASSERT_TRUE(dir.isValid());
    QSettings().clear();
    gui::Dialogs::resetForTests();
    auto clock = std::make_shared<core::FixedClock>(boost::gregorian::date(2024, 3, 12));
    gui::Application app(clock);
    app.start({}, dir.filePath(QStringLiteral("konvergensi.kvg")));
    ASSERT_NE(app.window(), nullptr);
    // The demo opens in Indonesian.
    auto *action = app.window()->findChild<QAction *>(QStringLiteral("actionZScoreCalculator"));
    ASSERT_NE(action, nullptr);
    auto *menu = app.window()->findChild<QMenu *>(QStringLiteral("menuTools"));
    ASSERT_NE(menu, nullptr);
    EXPECT_EQ(menu->title(), QStringLiteral("&Alat"));
    bool opened = false;
    QString stunted;
    test::whenModal([&](QWidget *modal) {
        auto *dialog = qobject_cast<ZScoreCalculatorDialog *>(modal);
        opened = dialog != nullptr;
        if (dialog) {
            fill(*dialog, Entry{0, QDate(2022, 3, 1), QDate(2024, 3, 1), 10.5, 80, 1});
            auto *table = dialog->findChild<QTableWidget *>(QStringLiteral("resultTable"));
            stunted = table->item(1, 2)->text();
            EXPECT_EQ(dialog->child().age.known(), true);
            EXPECT_EQ(
                dialog->findChild<QDateEdit *>(QStringLiteral("measureDateEdit"))->maximumDate(),
                QDate(2024, 3, 12))
                << "today from the session's clock";
        }
        modal->close();
    });
    action->trigger();
    EXPECT_TRUE(opened);
    EXPECT_EQ(stunted, QStringLiteral("Pendek")) << stunted.toStdString();
    gui::LanguageSetup::install(QStringLiteral("en"));
}

TEST(AnthroGui, TheCalculatorFitsALaptopScreen)
{
    ZScoreCalculatorDialog dialog(QDate(2024, 3, 12));
    konvergensi::test::expectDialogFits(&dialog, QStringLiteral("zscore-calculator"));
}

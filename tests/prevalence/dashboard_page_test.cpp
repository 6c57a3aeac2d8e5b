// SPDX-License-Identifier: GPL-3.0-or-later
// The dashboard page on the demo workspace with the demo prevalence: opens with figures,
// switches period and source, drills into a kecamatan, saves a chart as PNG and PDF, prints
// the one-page summary, imports with conflicts through the real dialog; the puskesmas table
// (sums of the desa each serves, checked against hand sums, and apart the puskesmas's own
// figure); removing one desa or puskesmas figure; the table models under
// QAbstractItemModelTester. Every dialog (conflicts, one figure, the targets and one target)
// is checked to fit the 1366×768 screen the test runs on (issue #15).
#include "../gui/gui_test_helpers.h"
#include "dialog_fit.h"

#include "gui/common/dialogs.h"
#include "gui/common/save_dialog.h"
#include "gui/language.h"
#include "gui/prevalence/chart_panel.h"
#include "gui/prevalence/conflict_dialog.h"
#include "gui/prevalence/dashboard_page.h"
#include "gui/prevalence/headline_panel.h"
#include "gui/prevalence/observation_dialog.h"
#include "gui/prevalence/puskesmas_figure_model.h"
#include "gui/prevalence/puskesmas_table_panel.h"
#include "gui/prevalence/target_dialogs.h"
#include "gui/prevalence/village_figure_model.h"
#include "gui/prevalence/village_table_panel.h"
#include "gui/workspace/workspace_session.h"
#include "io/prevalence/demo_prevalence.h"
#include "reports/prevalence/prevalence_charts.h"
#include "reports/prevalence/prevalence_words.h"
#include "storage/database.h"
#include "storage/prevalence/prevalence_repository.h"
#include "test_paths.h"
#include "usecases/changes.h"
#include "usecases/measurements/round_summary.h"

#include <QAbstractItemModelTester>
#include <QAction>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QDir>
#include <QImage>
#include <QLabel>
#include <QLineEdit>
#include <QProcess>
#include <QPushButton>
#include <QSortFilterProxyModel>
#include <QSpinBox>
#include <QStandardPaths>
#include <QTabWidget>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QToolButton>
#include <QTranslator>

#include <gtest/gtest.h>

#include <algorithm>
#include <iostream>

using namespace konvergensi;
using namespace konvergensi::gui;

namespace {

class DashboardPageTest : public ::testing::Test
{
protected:
    void SetUp() override
    {
        ASSERT_TRUE(dir.isValid());
        Dialogs::resetForTests();
        session = std::make_unique<WorkspaceSession>(
            std::make_shared<core::FixedClock>(boost::gregorian::date(2024, 9, 2)));
        session->create(dir.filePath(QStringLiteral("w.kvg")), io::WorkspaceTemplate::Demo);
        if (storage::PrevalenceRepository(session->database()).count() == 0)
            io::prevalence::addDemo(session->database());
        page = std::make_unique<DashboardPage>(*session);
        page->resize(1280, 900);
        // Shown (offscreen): the page reloads on a change at once, as it does on screen.
        page->show();
    }

    /// Makes the desa row of a code current in the (sorted, filtered) desa table.
    bool selectVillage(const QString &code)
    {
        auto *proxy = page->villagePanel()->proxy();
        for (int row = 0; row < proxy->rowCount(); ++row) {
            const QModelIndex index = proxy->index(row, VillageFigureModel::CodeColumn);
            if (index.data().toString() == code) {
                page->villagePanel()->table()->setCurrentIndex(index);
                return true;
            }
        }
        return false;
    }

    /// Makes the puskesmas row of a code current; returns its row in the model, or -1.
    int selectPuskesmas(const QString &code)
    {
        const int row = page->puskesmasPanel()->model()->rowOf(code);
        if (row >= 0)
            page->puskesmasPanel()->table()->setCurrentIndex(
                page->puskesmasPanel()->proxy()->mapFromSource(
                    page->puskesmasPanel()->model()->index(row, 0)));
        return row;
    }

    QString puskesmasCell(const QString &code, int column) const
    {
        const int row = page->puskesmasPanel()->model()->rowOf(code);
        return page->puskesmasPanel()->model()->index(row, column).data().toString();
    }

    void choosePeriod(int year, core::PrevalenceRound round)
    {
        const int index = page->periodCombo()->findData(year * 10 + static_cast<int>(round));
        ASSERT_GE(index, 0);
        page->periodCombo()->setCurrentIndex(index);
    }

    static core::PrevalenceObservation eppgbm(core::PrevalenceArea area, int year,
                                              core::PrevalenceRound round)
    {
        core::PrevalenceObservation o;
        o.area = std::move(area);
        o.year = year;
        o.round = round;
        o.source = core::PrevalenceSource::Eppgbm;
        o.indicator = core::PrevalenceIndicator::Stunting;
        return o;
    }

    /// The kecamatan of the bars of the kecamatan chart, top (highest) first.
    QStringList kecamatanOrder() const
    {
        QStringList keys;
        const auto *bars = std::get_if<reports::prevalence::BarChart>(
            &page->kecamatanChart()->chart());
        if (bars)
            for (const auto &bar : bars->bars)
                keys << bar.key;
        return keys;
    }

    /// Clicks the bar of a kecamatan with the mouse, where the chart drew it.
    bool clickKecamatanBar(const QString &key)
    {
        page->kecamatanChart()->layOutNow();
        for (const auto &hit : page->kecamatanChart()->hits()) {
            if (hit.key == key) {
                QTest::mouseClick(page->kecamatanChart(), Qt::LeftButton, {},
                                  hit.rect.center().toPoint());
                return true;
            }
        }
        return false;
    }

    QStringList visibleKecamatanCodes() const
    {
        QStringList codes;
        auto *proxy = page->villagePanel()->proxy();
        for (int row = 0; row < proxy->rowCount(); ++row)
            codes << proxy->index(row, VillageFigureModel::CodeColumn).data().toString().left(8);
        codes.removeDuplicates();
        return codes;
    }

    QTemporaryDir dir;
    std::unique_ptr<WorkspaceSession> session;
    std::unique_ptr<DashboardPage> page;
};

} // namespace

TEST_F(DashboardPageTest, OpensWithTheLatestPeriodOfTheFinestSource)
{
    EXPECT_EQ(page->sourceCombo()->currentText(), QStringLiteral("e-PPGBM"));
    EXPECT_EQ(page->sourceCombo()->count(), 2) << "SSGI and e-PPGBM within the district";
    EXPECT_EQ(page->periodCombo()->count(), 8);
    EXPECT_EQ(page->periodCombo()->currentData().toInt(),
              2024 * 10 + static_cast<int>(core::PrevalenceRound::August));
    EXPECT_EQ(page->villagePanel()->model()->rowCount(), 155);
    EXPECT_EQ(kecamatanOrder().size(), 11);
    EXPECT_TRUE(page->headlinePanel()->findChild<QWidget *>(QStringLiteral("headline_ssgi")));
    // SSGI headline: 8.4 % in 2022, down 13.5 points from 2021, national target 14 % (2024).
    const auto *ssgi = page->headlinePanel()->findChild<QWidget *>(QStringLiteral("headline_ssgi"));
    const QString text = ssgi->findChild<QLabel *>()->text();
    EXPECT_TRUE(text.contains(QStringLiteral("8.4"))) << text.toStdString();
    EXPECT_TRUE(text.contains(QStringLiteral("13.5"))) << text.toStdString();
    EXPECT_TRUE(text.contains(QStringLiteral("14"))) << text.toStdString();
    // Locus data does not exist yet: shown as a dash.
    EXPECT_TRUE(page->locusLabel()->text().contains(QStringLiteral("—")));
    EXPECT_EQ(
        page->villagePanel()->model()->index(0, VillageFigureModel::LocusColumn).data().toString(),
        QStringLiteral("—"));
    // The trend chart has the target line.
    bool hasTarget = false;
    for (const auto &series :
         std::get<reports::prevalence::TrendChart>(page->trendChart()->chart()).series)
        hasTarget |= series.kind == reports::prevalence::TrendSeries::Kind::Target;
    EXPECT_TRUE(hasTarget);
}

TEST_F(DashboardPageTest, SwitchesPeriodAndSource)
{
    // The source is chosen here, not left to the page's default (the newest figures).
    page->sourceCombo()->setCurrentIndex(page->sourceCombo()->findText(QStringLiteral("e-PPGBM")));
    ASSERT_GE(page->sourceCombo()->currentIndex(), 0);
    const QString before = page->completenessLabel()->text();
    const int february2021 = page->periodCombo()->findData(
        2021 * 10 + static_cast<int>(core::PrevalenceRound::February));
    ASSERT_GE(february2021, 0);
    page->periodCombo()->setCurrentIndex(february2021);
    EXPECT_NE(page->completenessLabel()->text(), before);
    EXPECT_TRUE(reports::prevalence::chartTitle(page->kecamatanChart()->chart())
                    .contains(QStringLiteral("2021")));
    // In 2021 some desa did not report: fewer rows with a rate.
    int withRate = 0;
    for (const auto &f : page->villagePanel()->model()->figures())
        withRate += f.rate ? 1 : 0;
    EXPECT_LT(withRate, 155);
    EXPECT_GT(withRate, 100);

    page->sourceCombo()->setCurrentIndex(page->sourceCombo()->findText(QStringLiteral("SSGI")));
    EXPECT_EQ(page->periodCombo()->count(), 2);
    EXPECT_TRUE(page->periodCombo()->currentText().contains(QStringLiteral("2022")));
    EXPECT_TRUE(kecamatanOrder().isEmpty()) << "SSGI has no kecamatan figures";
    int villagesWithRate = 0;
    for (const auto &f : page->villagePanel()->model()->figures())
        villagesWithRate += f.rate ? 1 : 0;
    EXPECT_EQ(villagesWithRate, 0);

    // Wasting: the demo's only figures are e-PPGBM's of August 2024, counted from the demo's
    // measured children (Pengukuran Balita), desa by desa.
    page->indicatorCombo()->setCurrentIndex(
        page->indicatorCombo()->findData(static_cast<int>(core::PrevalenceIndicator::Wasting)));
    ASSERT_EQ(page->sourceCombo()->count(), 1);
    EXPECT_EQ(page->sourceCombo()->currentText(), QStringLiteral("e-PPGBM"));
    ASSERT_EQ(page->periodCombo()->count(), 1);
    EXPECT_TRUE(page->periodCombo()->currentText().contains(QStringLiteral("2024")));
    const auto children = usecases::measurements::roundSummary(session->database(),
                                                               QStringLiteral("2024-08"));
    ASSERT_TRUE(children);
    int compared = 0;
    for (const auto &f : page->villagePanel()->model()->figures()) {
        for (const auto &area : *children) {
            if (area.code != f.code.toString())
                continue;
            EXPECT_EQ(f.measured.value_or(-1), area.counts.whz.valid) << area.code;
            EXPECT_EQ(f.cases.value_or(-1), area.counts.whz.below2) << area.code;
            ++compared;
        }
    }
    EXPECT_EQ(compared, 155);

    // Without any wasting figure the page says there is nothing to show.
    storage::PrevalenceRepository figures(session->database());
    storage::PrevalenceFilter filter;
    filter.indicator = core::PrevalenceIndicator::Wasting;
    for (const auto &o : figures.observations(filter))
        figures.remove(o.id, o.rowVersion);
    session->notifyChanged(usecases::Topic::Prevalence);
    EXPECT_EQ(page->sourceCombo()->count(), 0);
    EXPECT_TRUE(
        page->findChild<QLabel *>(QStringLiteral("dashboardEmptyLabel"))->isVisibleTo(page.get()));
}

TEST_F(DashboardPageTest, ClickingAKecamatanShowsItsDesa)
{
    ASSERT_FALSE(kecamatanOrder().isEmpty());
    const QString highest = kecamatanOrder().first();
    ASSERT_TRUE(clickKecamatanBar(highest));
    EXPECT_EQ(page->selectedKecamatan(), highest);
    const QStringList shown = visibleKecamatanCodes();
    ASSERT_EQ(shown.size(), 1);
    EXPECT_EQ(shown.first(), highest);
    EXPECT_LT(page->villagePanel()->proxy()->rowCount(), 155);
    // Sorted by prevalence, highest first.
    auto *proxy = page->villagePanel()->proxy();
    for (int row = 1; row < proxy->rowCount(); ++row)
        EXPECT_GE(proxy->index(row - 1, VillageFigureModel::RateColumn)
                      .data(VillageFigureModel::SortRole)
                      .toDouble(),
                  proxy->index(row, VillageFigureModel::RateColumn)
                      .data(VillageFigureModel::SortRole)
                      .toDouble());
    page->findChild<QPushButton *>(QStringLiteral("allKecamatanButton"))->click();
    EXPECT_EQ(page->villagePanel()->proxy()->rowCount(), 155);
}

TEST_F(DashboardPageTest, SavesChartsAndTheSummary)
{
    const QString png = dir.filePath(QStringLiteral("kecamatan.png"));
    Dialogs::setNextFileName(png);
    page->kecamatanChart()->saveButton()->click();
    QImage image(png);
    ASSERT_FALSE(image.isNull());
    EXPECT_GT(image.width(), 200);

    const QString pdf = dir.filePath(QStringLiteral("trend.pdf"));
    Dialogs::setNextFileName(pdf);
    page->trendChart()->saveButton()->click();
    QFile file(pdf);
    ASSERT_TRUE(file.open(QIODevice::ReadOnly));
    EXPECT_TRUE(file.read(5).startsWith("%PDF"));

    const QString summary = dir.filePath(QStringLiteral("summary.pdf"));
    Dialogs::setNextFileName(summary);
    page->findChild<QPushButton *>(QStringLiteral("summaryPdfButton"))->click();
    QFile summaryFile(summary);
    ASSERT_TRUE(summaryFile.open(QIODevice::ReadOnly));
    const QByteArray bytes = summaryFile.readAll();
    EXPECT_TRUE(bytes.startsWith("%PDF"));
    // A report document: the letterhead, the period's figures and the signature, read back.
    QProcess text;
    text.start(QStandardPaths::findExecutable(QStringLiteral("pdftotext")),
               {QStringLiteral("-layout"), summary, QStringLiteral("-")});
    ASSERT_TRUE(text.waitForFinished(30000));
    const QString printed = QString::fromUtf8(text.readAllStandardOutput());
    if (qEnvironmentVariableIsSet("KONVERGENSI_DUMP_SUMMARY"))
        std::cout << printed.toStdString();
    EXPECT_TRUE(printed.contains(QStringLiteral("Bengkalis"))) << printed.toStdString();
    EXPECT_TRUE(printed.contains(QStringLiteral("August 2024"))) << printed.toStdString();
    // The desa with the highest prevalence of the period shown (the demo's e-PPGBM figures of
    // August 2024 are counted from its measured children; several desa may share the top).
    double highest = -1;
    for (const auto &f : page->villagePanel()->model()->figures())
        highest = std::max(highest, f.rate.value_or(-1));
    ASSERT_GT(highest, 0);
    int topPrinted = 0;
    for (const auto &f : page->villagePanel()->model()->figures()) {
        if (f.rate && *f.rate == highest)
            topPrinted += printed.contains(QString::fromStdString(f.name)) ? 1 : 0;
    }
    EXPECT_GT(topPrinted, 0) << "the desa with the highest prevalence";
    EXPECT_TRUE(printed.contains(QStringLiteral("Puskesmas Siak"))) << "the puskesmas";
}

TEST_F(DashboardPageTest, LocusVillagesFromAnInterface)
{
    page->setLocusVillages(std::make_shared<core::FixedLocusVillages>(
        std::map<int, std::set<std::string>>{{2024, {"14.03.11.2001", "14.03.02.2001"}}}));
    EXPECT_FALSE(page->locusLabel()->text().contains(QStringLiteral("— (")));
    int locus = 0;
    for (const auto &f : page->villagePanel()->model()->figures())
        locus += f.locus.value_or(false) ? 1 : 0;
    EXPECT_EQ(locus, 2);
}

TEST_F(DashboardPageTest, ImportWithConflictsGoesThroughTheSideBySideDialog)
{
    Dialogs::setNextFileName(test::dataFile(QStringLiteral("prevalence/conflict.csv")));
    int rows = 0;
    test::whenModal([&rows](QWidget *modal) {
        auto *dialog = qobject_cast<ConflictDialog *>(modal);
        ASSERT_NE(dialog, nullptr);
        rows = dialog->table()->model()->rowCount();
        test::expectDialogFits(dialog, QStringLiteral("dasbor-konflik"));
        dialog->findChild<QPushButton *>(QStringLiteral("replaceButton"))->click();
    });
    page->importFigures();
    EXPECT_EQ(rows, 1);
    core::PrevalenceObservation key;
    key.area = core::PrevalenceArea::ofRegion(core::RegionCode::fromString("14.03"));
    key.year = 2022;
    key.round = core::PrevalenceRound::Survey;
    key.source = core::PrevalenceSource::Ssgi;
    EXPECT_NEAR(*storage::PrevalenceRepository(session->database()).find(key)->rate(), 9.1, 1e-9);
    // The dashboard reloaded: the SSGI headline now reads 6.2 % (2024, added by the file).
    const auto *ssgi = page->headlinePanel()->findChild<QWidget *>(QStringLiteral("headline_ssgi"));
    EXPECT_TRUE(ssgi->findChild<QLabel *>()->text().contains(QStringLiteral("6.2")));
}

TEST_F(DashboardPageTest, BadImportChangesNothing)
{
    const auto before = storage::PrevalenceRepository(session->database()).count();
    Dialogs::setNextFileName(test::dataFile(QStringLiteral("prevalence/bad.csv")));
    page->importFigures();
    EXPECT_TRUE(Dialogs::lastMessage().contains(QStringLiteral("Line 3")))
        << Dialogs::lastMessage().toStdString();
    EXPECT_EQ(storage::PrevalenceRepository(session->database()).count(), before);
}

TEST_F(DashboardPageTest, EnterAFigureByHand)
{
    QString refusal;
    test::whenModal([&refusal](QWidget *modal) {
        EXPECT_NE(qobject_cast<ObservationDialog *>(modal), nullptr);
        test::expectDialogFits(modal, QStringLiteral("dasbor-angka"));
        auto *area = modal->findChild<QComboBox *>(QStringLiteral("areaCombo"));
        area->setCurrentIndex(area->findData(QStringLiteral("14.03.01.2004")));
        modal->findChild<QSpinBox *>(QStringLiteral("yearSpin"))->setValue(2025);
        auto *round = modal->findChild<QComboBox *>(QStringLiteral("roundCombo"));
        round->setCurrentIndex(round->findData(static_cast<int>(core::PrevalenceRound::February)));
        auto *source = modal->findChild<QComboBox *>(QStringLiteral("sourceCombo"));
        source->setCurrentIndex(source->findData(static_cast<int>(core::PrevalenceSource::Eppgbm)));
        modal->findChild<QLineEdit *>(QStringLiteral("measuredEdit"))
            ->setText(QStringLiteral("200"));
        modal->findChild<QLineEdit *>(QStringLiteral("casesEdit"))->setText(QStringLiteral("250"));
        auto *buttons = modal->findChild<QDialogButtonBox *>(QStringLiteral("buttons"));
        buttons->button(QDialogButtonBox::Save)->click(); // refused: more cases than measured
        refusal = qobject_cast<SaveDialog *>(modal)->errorText();
        modal->findChild<QLineEdit *>(QStringLiteral("casesEdit"))->setText(QStringLiteral("20"));
        buttons->button(QDialogButtonBox::Save)->click();
    });
    page->enterFigure();
    EXPECT_TRUE(refusal.contains(QStringLiteral("more cases"))) << refusal.toStdString();
    // Saved, and the dashboard offers the new period.
    EXPECT_GE(page->periodCombo()->findData(2025 * 10
                                            + static_cast<int>(core::PrevalenceRound::February)),
              0);
    core::PrevalenceObservation key;
    key.area = core::PrevalenceArea::ofRegion(core::RegionCode::fromString("14.03.01.2004"));
    key.year = 2025;
    key.round = core::PrevalenceRound::February;
    key.source = core::PrevalenceSource::Eppgbm;
    const auto saved = storage::PrevalenceRepository(session->database()).find(key);
    ASSERT_TRUE(saved);
    EXPECT_NEAR(*saved->rate(), 10.0, 1e-9);
}

TEST_F(DashboardPageTest, PuskesmasTableSumsTheDesaEachServes)
{
    auto *model = page->puskesmasPanel()->model();
    ASSERT_EQ(model->rowCount(), 17) << "the demo's puskesmas";
    EXPECT_EQ(page->figureTabs()->tabText(1), QStringLiteral("Puskesmas"));
    EXPECT_FALSE(page->puskesmasPanel()->noteLabel()->text().contains(QStringLiteral("not served")))
        << "the demo's puskesmas serve every desa";

    // By hand: the e-PPGBM figures of August 2024 of the 8 desa Puskesmas Rupat Utara serves.
    storage::PrevalenceRepository repository(session->database());
    const auto rupatUtara = repository.puskesmas("P1403110101");
    ASSERT_TRUE(rupatUtara);
    ASSERT_EQ(rupatUtara->villages.size(), 8u);
    std::int64_t measured = 0;
    std::int64_t cases = 0;
    for (const core::RegionCode &village : rupatUtara->villages) {
        const auto o = repository.find(
            eppgbm(core::PrevalenceArea::ofRegion(village), 2024, core::PrevalenceRound::August));
        ASSERT_TRUE(o && o->hasCounts()) << village.toString();
        measured += *o->measured;
        cases += *o->cases;
    }
    const int row = model->rowOf(QStringLiteral("P1403110101"));
    ASSERT_GE(row, 0);
    EXPECT_EQ(model->index(row, PuskesmasFigureModel::NameColumn).data().toString(),
              QStringLiteral("Puskesmas Rupat Utara"));
    EXPECT_EQ(model->index(row, PuskesmasFigureModel::KecamatanColumn).data().toString(),
              QStringLiteral("Rupat Utara"));
    EXPECT_EQ(model->index(row, PuskesmasFigureModel::VillagesColumn).data().toString(),
              QStringLiteral("8 of 8"));
    EXPECT_EQ(model->index(row, PuskesmasFigureModel::MeasuredColumn)
                  .data(PuskesmasFigureModel::SortRole)
                  .toLongLong(),
              measured);
    EXPECT_EQ(model->index(row, PuskesmasFigureModel::CasesColumn)
                  .data(PuskesmasFigureModel::SortRole)
                  .toLongLong(),
              cases);
    const double rate = 100.0 * static_cast<double>(cases) / static_cast<double>(measured);
    EXPECT_NEAR(model->index(row, PuskesmasFigureModel::RateColumn)
                    .data(PuskesmasFigureModel::SortRole)
                    .toDouble(),
                rate, 1e-9);
    EXPECT_TRUE(model->index(row, PuskesmasFigureModel::RateColumn)
                    .data()
                    .toString()
                    .startsWith(QString::number(rate, 'f', 1)));
    const auto interval = *core::wilsonInterval(cases, measured);
    EXPECT_EQ(model->index(row, PuskesmasFigureModel::IntervalColumn).data().toString(),
              QStringLiteral("%1 – %2").arg(QString::number(interval.low, 'f', 1),
                                            QString::number(interval.high, 'f', 1)));
    EXPECT_EQ(model->index(row, PuskesmasFigureModel::OwnFigureColumn).data().toString(),
              QStringLiteral("—"));

    // Every desa is served once: the puskesmas sums add up to the sum of the desa table.
    std::int64_t puskesmasMeasured = 0;
    std::int64_t puskesmasCases = 0;
    for (const auto &f : model->figures()) {
        puskesmasMeasured += f.villages.measured;
        puskesmasCases += f.villages.cases;
    }
    std::int64_t villageMeasured = 0;
    std::int64_t villageCases = 0;
    for (const auto &f : page->villagePanel()->model()->figures()) {
        villageMeasured += f.measured.value_or(0);
        villageCases += f.cases.value_or(0);
    }
    EXPECT_EQ(puskesmasMeasured, villageMeasured);
    EXPECT_EQ(puskesmasCases, villageCases);
}

TEST_F(DashboardPageTest, PuskesmasOwnFigureIsShownApartFromTheSumOfItsDesa)
{
    // A period of our own: two desa of Puskesmas Rupat Utara with counts (20 of 100 and 1 of
    // 10), one with a rate only (50 %), and a figure entered for the puskesmas itself (9 of 120).
    storage::PrevalenceRepository repository(session->database());
    const auto feb2025 = [&](core::PrevalenceArea area) {
        return eppgbm(std::move(area), 2025, core::PrevalenceRound::February);
    };
    auto tanjungMedang = feb2025(
        core::PrevalenceArea::ofRegion(core::RegionCode::fromString("14.03.11.2001")));
    tanjungMedang.cases = 20;
    tanjungMedang.measured = 100;
    auto telukRhu = feb2025(
        core::PrevalenceArea::ofRegion(core::RegionCode::fromString("14.03.11.2002")));
    telukRhu.cases = 1;
    telukRhu.measured = 10;
    auto tanjungPunak = feb2025(
        core::PrevalenceArea::ofRegion(core::RegionCode::fromString("14.03.11.2003")));
    tanjungPunak.publishedRate = 50.0;
    auto own = feb2025(core::PrevalenceArea::ofPuskesmas("P1403110101"));
    own.cases = 9;
    own.measured = 120;
    repository.upsert({tanjungMedang, telukRhu, tanjungPunak, own});
    session->notifyChanged(usecases::Topic::Prevalence);
    choosePeriod(2025, core::PrevalenceRound::February);

    const QString code = QStringLiteral("P1403110101");
    EXPECT_EQ(puskesmasCell(code, PuskesmasFigureModel::VillagesColumn), QStringLiteral("3 of 8"));
    EXPECT_EQ(puskesmasCell(code, PuskesmasFigureModel::MeasuredColumn), QStringLiteral("110"));
    EXPECT_EQ(puskesmasCell(code, PuskesmasFigureModel::CasesColumn), QStringLiteral("21"));
    // 21 / 110 = 19.1 %, not the 26.7 % an average of 20, 10 and 50 % would give.
    EXPECT_TRUE(
        puskesmasCell(code, PuskesmasFigureModel::RateColumn).startsWith(QStringLiteral("19.1")))
        << puskesmasCell(code, PuskesmasFigureModel::RateColumn).toStdString();
    const auto interval = *core::wilsonInterval(21, 110);
    EXPECT_EQ(puskesmasCell(code, PuskesmasFigureModel::IntervalColumn),
              QStringLiteral("%1 – %2").arg(QString::number(interval.low, 'f', 1),
                                            QString::number(interval.high, 'f', 1)));
    EXPECT_EQ(puskesmasCell(code, PuskesmasFigureModel::OwnFigureColumn),
              QStringLiteral("7.5% (9 of 120)"));
    // Another puskesmas: no desa figure in this period, no own figure.
    EXPECT_EQ(puskesmasCell(QStringLiteral("P1403010101"), PuskesmasFigureModel::VillagesColumn),
              QStringLiteral("0 of 15"));
    EXPECT_EQ(puskesmasCell(QStringLiteral("P1403010101"), PuskesmasFigureModel::RateColumn),
              QStringLiteral("—"));
    EXPECT_TRUE(
        page->puskesmasPanel()->noteLabel()->text().contains(QStringLiteral("February 2025")))
        << page->puskesmasPanel()->noteLabel()->text().toStdString();
}

TEST_F(DashboardPageTest, RemovesOneDesaFigureAfterAskingWithTheFigureInWords)
{
    const QString kelapapati = QStringLiteral("14.03.01.2004");
    const auto key = eppgbm(
        core::PrevalenceArea::ofRegion(core::RegionCode::fromString("14.03.01.2004")), 2024,
        core::PrevalenceRound::August);
    storage::PrevalenceRepository repository(session->database());
    const auto held = repository.find(key);
    ASSERT_TRUE(held && held->hasCounts());
    const auto removeButton = page->findChild<QPushButton *>(
        QStringLiteral("removeVillageFigureButton"));
    ASSERT_NE(removeButton, nullptr);
    const std::int64_t bengkalisBefore =
        page->puskesmasPanel()
            ->model()
            ->figures()[static_cast<std::size_t>(
                page->puskesmasPanel()->model()->rowOf(QStringLiteral("P1403010101")))]
            .villages.measured;

    ASSERT_TRUE(selectVillage(kelapapati));
    EXPECT_TRUE(removeButton->isEnabled());
    // "No": nothing changes; the question names the desa, the period and the figure.
    Dialogs::setNextAnswer(false);
    removeButton->click();
    const QString question = Dialogs::lastMessage();
    EXPECT_TRUE(question.contains(QStringLiteral("Kelapapati (14.03.01.2004)")))
        << question.toStdString();
    EXPECT_TRUE(question.contains(QStringLiteral("e-PPGBM"))) << question.toStdString();
    EXPECT_TRUE(question.contains(QStringLiteral("August 2024"))) << question.toStdString();
    EXPECT_TRUE(
        question.contains(reports::prevalence::figureSummary(*held, core::Language::English)))
        << question.toStdString();
    EXPECT_TRUE(repository.find(key).has_value());

    // "Yes", from the table's context menu action: removed, and the table follows.
    Dialogs::setNextAnswer(true);
    QAction *action = page->villagePanel()->table()->findChild<QAction *>(
        QStringLiteral("removeVillageFigureAction"));
    ASSERT_NE(action, nullptr);
    action->trigger();
    EXPECT_FALSE(repository.find(key).has_value());
    EXPECT_EQ(page->periodCombo()->currentData().toInt(),
              2024 * 10 + static_cast<int>(core::PrevalenceRound::August));
    bool found = false;
    for (const auto &f : page->villagePanel()->model()->figures()) {
        if (f.code.toString() == "14.03.01.2004") {
            found = true;
            EXPECT_FALSE(f.rate.has_value());
        }
    }
    EXPECT_TRUE(found);
    EXPECT_EQ(page->puskesmasPanel()
                  ->model()
                  ->figures()[static_cast<std::size_t>(
                      page->puskesmasPanel()->model()->rowOf(QStringLiteral("P1403010101")))]
                  .villages.measured,
              bengkalisBefore - *held->measured)
        << "the puskesmas sum follows";
    ASSERT_TRUE(selectVillage(kelapapati));
    EXPECT_FALSE(removeButton->isEnabled()) << "nothing left to remove";
}

TEST_F(DashboardPageTest, AFigureChangedMeanwhileIsNotRemoved)
{
    const auto key = eppgbm(
        core::PrevalenceArea::ofRegion(core::RegionCode::fromString("14.03.01.2005")), 2024,
        core::PrevalenceRound::August);
    storage::PrevalenceRepository repository(session->database());
    ASSERT_TRUE(selectVillage(QStringLiteral("14.03.01.2005")));
    // Someone else edits the figure after the dashboard read it (no reload yet).
    auto held = *repository.find(key);
    held.note = "dikoreksi";
    repository.update(held);
    Dialogs::setNextAnswer(true);
    page->removeVillageFigure();
    EXPECT_TRUE(Dialogs::lastMessage().contains(QStringLiteral("changed")))
        << Dialogs::lastMessage().toStdString();
    EXPECT_TRUE(repository.find(key).has_value());
}

TEST_F(DashboardPageTest, RemovesThePuskesmasOwnFigure)
{
    // Entered by hand: a puskesmas is an area of the "Enter figure" dialog.
    test::whenModal([](QWidget *modal) {
        auto *area = modal->findChild<QComboBox *>(QStringLiteral("areaCombo"));
        const int index = area->findData(QStringLiteral("pkm:P1403110101"));
        ASSERT_GE(index, 0);
        EXPECT_EQ(area->itemText(index), QStringLiteral("Puskesmas Rupat Utara (P1403110101)"));
        area->setCurrentIndex(index);
        modal->findChild<QSpinBox *>(QStringLiteral("yearSpin"))->setValue(2024);
        auto *round = modal->findChild<QComboBox *>(QStringLiteral("roundCombo"));
        round->setCurrentIndex(round->findData(static_cast<int>(core::PrevalenceRound::August)));
        auto *source = modal->findChild<QComboBox *>(QStringLiteral("sourceCombo"));
        source->setCurrentIndex(source->findData(static_cast<int>(core::PrevalenceSource::Eppgbm)));
        modal->findChild<QLineEdit *>(QStringLiteral("measuredEdit"))
            ->setText(QStringLiteral("300"));
        modal->findChild<QLineEdit *>(QStringLiteral("casesEdit"))->setText(QStringLiteral("12"));
        modal->findChild<QDialogButtonBox *>(QStringLiteral("buttons"))
            ->button(QDialogButtonBox::Save)
            ->click();
    });
    page->enterFigure();
    storage::PrevalenceRepository repository(session->database());
    auto own = eppgbm(core::PrevalenceArea::ofPuskesmas("P1403110101"), 2024,
                      core::PrevalenceRound::August);
    ASSERT_TRUE(repository.find(own).has_value());
    page->figureTabs()->setCurrentIndex(1);
    auto *removeButton = page->findChild<QPushButton *>(
        QStringLiteral("removePuskesmasFigureButton"));
    ASSERT_NE(removeButton, nullptr);
    EXPECT_EQ(puskesmasCell(QStringLiteral("P1403110101"), PuskesmasFigureModel::OwnFigureColumn),
              QStringLiteral("4.0% (12 of 300)"));
    // A puskesmas without its own figure: nothing to remove (its desa sum is computed).
    ASSERT_GE(selectPuskesmas(QStringLiteral("P1403010101")), 0);
    EXPECT_FALSE(removeButton->isEnabled());
    ASSERT_GE(selectPuskesmas(QStringLiteral("P1403110101")), 0);
    EXPECT_TRUE(removeButton->isEnabled());
    Dialogs::setNextAnswer(true);
    removeButton->click();
    EXPECT_TRUE(
        Dialogs::lastMessage().contains(QStringLiteral("Puskesmas Rupat Utara (P1403110101)")))
        << Dialogs::lastMessage().toStdString();
    EXPECT_FALSE(repository.find(own).has_value());
    EXPECT_EQ(puskesmasCell(QStringLiteral("P1403110101"), PuskesmasFigureModel::OwnFigureColumn),
              QStringLiteral("—"));
    EXPECT_NE(puskesmasCell(QStringLiteral("P1403110101"), PuskesmasFigureModel::RateColumn),
              QStringLiteral("—"))
        << "the sum of its desa stays";
}

TEST_F(DashboardPageTest, TheTargetsDialogsFitALaptopScreen)
{
    bool sawTargets = false;
    bool sawTarget = false;
    test::whenModal([&](QWidget *targets) {
        sawTargets = true;
        test::expectDialogFits(targets, QStringLiteral("dasbor-target"));
        test::whenModal([&](QWidget *target) {
            sawTarget = true;
            EXPECT_NE(qobject_cast<TargetDialog *>(target), nullptr);
            test::expectDialogFits(target, QStringLiteral("dasbor-satu-target"));
            qobject_cast<QDialog *>(target)->reject();
        });
        qobject_cast<TargetsDialog *>(targets)->addTarget();
        qobject_cast<QDialog *>(targets)->reject();
    });
    page->editTargets();
    EXPECT_TRUE(sawTargets);
    EXPECT_TRUE(sawTarget);
}

TEST(PuskesmasFigureModel, PassesTheModelTester)
{
    PuskesmasFigureModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    core::PuskesmasFigure withFigures;
    withFigures.code = "P1403010101";
    withFigures.name = "Puskesmas Bengkalis";
    withFigures.kecamatan = core::RegionCode::fromString("14.03.01");
    withFigures.villagesServed = 3;
    core::PrevalenceObservation desa;
    desa.measured = 100;
    desa.cases = 10;
    withFigures.villages.add(desa);
    core::PrevalenceObservation own;
    own.publishedRate = 8.4;
    withFigures.own = own;
    core::PuskesmasFigure empty;
    empty.code = "P1403020101";
    empty.name = "Puskesmas Selatbaru";
    model.setFigures({withFigures, empty}, {{"14.03.01", "Bengkalis"}});
    EXPECT_EQ(model.rowCount(), 2);
    EXPECT_EQ(model.index(0, PuskesmasFigureModel::KecamatanColumn).data().toString(),
              QStringLiteral("Bengkalis"));
    EXPECT_EQ(model.index(0, PuskesmasFigureModel::VillagesColumn).data().toString(),
              QStringLiteral("1 of 3"));
    EXPECT_EQ(model.index(0, PuskesmasFigureModel::IntervalColumn).data().toString(),
              QStringLiteral("5.5 – 17.4"));
    EXPECT_EQ(model.index(0, PuskesmasFigureModel::OwnFigureColumn).data().toString(),
              QStringLiteral("8.4%"));
    EXPECT_TRUE(
        model.index(0, PuskesmasFigureModel::RateColumn).data(Qt::BackgroundRole).isValid());
    EXPECT_EQ(model.index(1, PuskesmasFigureModel::KecamatanColumn).data().toString(),
              QStringLiteral("—"));
    EXPECT_EQ(model.index(1, PuskesmasFigureModel::MeasuredColumn).data().toString(),
              QStringLiteral("—"));
    EXPECT_EQ(model.rowOf(QStringLiteral("P1403020101")), 1);
    model.setFigures({}, {});
    EXPECT_EQ(model.rowCount(), 0);
}

TEST(VillageFigureModel, PassesTheModelTester)
{
    VillageFigureModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    core::AreaFigure withCounts(core::RegionCode::fromString("14.03.01.2004"), "Kelapapati");
    withCounts.measured = 100;
    withCounts.cases = 10;
    withCounts.rate = 10.0;
    withCounts.interval = core::wilsonInterval(10, 100);
    withCounts.band = core::SeverityBand::Medium;
    core::AreaFigure empty(core::RegionCode::fromString("14.03.01.2005"), "Pedekik");
    model.setFigures({withCounts, empty}, {{"14.03.01", "Bengkalis"}});
    EXPECT_EQ(model.rowCount(), 2);
    EXPECT_EQ(model.index(0, VillageFigureModel::KecamatanColumn).data().toString(),
              QStringLiteral("Bengkalis"));
    EXPECT_EQ(model.index(0, VillageFigureModel::IntervalColumn).data().toString(),
              QStringLiteral("5.5 – 17.4"));
    EXPECT_EQ(model.index(1, VillageFigureModel::RateColumn).data().toString(),
              QStringLiteral("—"));
    EXPECT_TRUE(model.index(0, VillageFigureModel::RateColumn).data(Qt::BackgroundRole).isValid());
    EXPECT_FALSE(model.index(1, VillageFigureModel::RateColumn).data(Qt::BackgroundRole).isValid());
    EXPECT_TRUE(model.index(0, VillageFigureModel::BandColumn)
                    .data(Qt::ToolTipRole)
                    .toString()
                    .contains(QStringLiteral("WHO")));
    model.setFigures({}, {});
    EXPECT_EQ(model.rowCount(), 0);
}

// Not a check: with KONVERGENSI_SCREENSHOT_DIR set (under xvfb-run, for real fonts), shows the
// page in Indonesian and saves dasbor.png there, for the user guide and for review.
// KONVERGENSI_EXTRA_QM may name a freshly compiled .qm with strings newer than the built one.
TEST_F(DashboardPageTest, Screenshot)
{
    const QString out = qEnvironmentVariable("KONVERGENSI_SCREENSHOT_DIR");
    if (out.isEmpty())
        GTEST_SKIP() << "set KONVERGENSI_SCREENSHOT_DIR to take the screenshot";
    LanguageSetup::install(QStringLiteral("id"));
    QTranslator extra;
    if (extra.load(qEnvironmentVariable("KONVERGENSI_EXTRA_QM")))
        QCoreApplication::installTranslator(&extra);
    page = std::make_unique<DashboardPage>(*session);
    page->setLocusVillages(
        std::make_shared<core::FixedLocusVillages>(std::map<int, std::set<std::string>>{}));
    page->resize(1366 - 230, 700); // the window's share of a 1366 x 768 screen
    page->show();
    QTest::qWait(400);
    page->grab().save(QDir(out).filePath(QStringLiteral("dasbor.png")));
    ASSERT_TRUE(clickKecamatanBar(kecamatanOrder().first()));
    QTest::qWait(100);
    page->grab().save(QDir(out).filePath(QStringLiteral("dasbor-kecamatan.png")));
    Dialogs::setNextFileName(QDir(out).filePath(QStringLiteral("dasbor-ringkasan.pdf")));
    page->saveSummaryAs();
    QCoreApplication::removeTranslator(&extra);
    LanguageSetup::install(QStringLiteral("en"));
}

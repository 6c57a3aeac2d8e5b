// The dashboard page on the demo workspace with the demo prevalence: opens with figures,
// switches period and source, drills into a kecamatan, saves a chart as PNG and PDF, prints
// the one-page summary, imports with conflicts through the real dialog; the village table
// model under QAbstractItemModelTester.
#include "../gui/gui_test_helpers.h"

#include "gui/common/dialogs.h"
#include "gui/dashboard/dashboard_page.h"
#include "gui/dashboard/prevalence_dialogs.h"
#include "gui/dashboard/village_figure_model.h"
#include "gui/language.h"
#include "gui/workspace/workspace_session.h"
#include "io/demo_prevalence.h"
#include "storage/database.h"
#include "storage/prevalence_repository.h"
#include "test_paths.h"

#include <QAbstractItemModelTester>
#include <QBarSet>
#include <QChart>
#include <QChartView>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QImage>
#include <QLabel>
#include <QLineEdit>
#include <QSpinBox>
#include <QLineSeries>
#include <QPushButton>
#include <QSortFilterProxyModel>
#include <QTableView>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QTranslator>
#include <QDir>

#include <gtest/gtest.h>

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
            io::populateDemoPrevalence(session->database());
        page = std::make_unique<DashboardPage>(*session);
        page->resize(1280, 900);
    }

    QStringList visibleKecamatanCodes() const
    {
        QStringList codes;
        auto *proxy = page->villageProxy();
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
    EXPECT_EQ(page->villageModel()->rowCount(), 155);
    EXPECT_EQ(page->kecamatanOrder().size(), 11);
    EXPECT_TRUE(page->headlinePanel()->findChild<QWidget *>(QStringLiteral("headline_ssgi")));
    // SSGI headline: 8.4 % in 2022, down 13.5 points from 2021, national target 14 % (2024).
    const auto *ssgi = page->headlinePanel()->findChild<QWidget *>(QStringLiteral("headline_ssgi"));
    const QString text = ssgi->findChild<QLabel *>()->text();
    EXPECT_TRUE(text.contains(QStringLiteral("8.4"))) << text.toStdString();
    EXPECT_TRUE(text.contains(QStringLiteral("13.5"))) << text.toStdString();
    EXPECT_TRUE(text.contains(QStringLiteral("14"))) << text.toStdString();
    // Locus data does not exist yet: shown as a dash.
    EXPECT_TRUE(page->locusLabel()->text().contains(QStringLiteral("—")));
    EXPECT_EQ(page->villageModel()->index(0, VillageFigureModel::LocusColumn).data().toString(),
              QStringLiteral("—"));
    // The trend chart has the target line.
    bool hasTarget = false;
    for (QAbstractSeries *series : page->trendChartView()->chart()->series())
        hasTarget |= series->name() == QStringLiteral("Target");
    EXPECT_TRUE(hasTarget);
}

TEST_F(DashboardPageTest, SwitchesPeriodAndSource)
{
    const QString before = page->completenessLabel()->text();
    const int february2021 = page->periodCombo()->findData(
        2021 * 10 + static_cast<int>(core::PrevalenceRound::February));
    ASSERT_GE(february2021, 0);
    page->periodCombo()->setCurrentIndex(february2021);
    EXPECT_NE(page->completenessLabel()->text(), before);
    EXPECT_TRUE(page->kecamatanChartView()->chart()->title().contains(QStringLiteral("2021")));
    // In 2021 some desa did not report: fewer rows with a rate.
    int withRate = 0;
    for (const auto &f : page->villageModel()->figures())
        withRate += f.rate ? 1 : 0;
    EXPECT_LT(withRate, 155);
    EXPECT_GT(withRate, 100);

    page->sourceCombo()->setCurrentIndex(page->sourceCombo()->findText(QStringLiteral("SSGI")));
    EXPECT_EQ(page->periodCombo()->count(), 2);
    EXPECT_TRUE(page->periodCombo()->currentText().contains(QStringLiteral("2022")));
    EXPECT_TRUE(page->kecamatanOrder().isEmpty()) << "SSGI has no kecamatan figures";
    int villagesWithRate = 0;
    for (const auto &f : page->villageModel()->figures())
        villagesWithRate += f.rate ? 1 : 0;
    EXPECT_EQ(villagesWithRate, 0);

    page->indicatorCombo()->setCurrentIndex(
        page->indicatorCombo()->findData(static_cast<int>(core::PrevalenceIndicator::Wasting)));
    EXPECT_EQ(page->sourceCombo()->count(), 0);
    EXPECT_TRUE(page->findChild<QLabel *>(QStringLiteral("dashboardEmptyLabel"))->isVisibleTo(page.get()));
}

TEST_F(DashboardPageTest, ClickingAKecamatanShowsItsDesa)
{
    const auto sets = page->kecamatanBarSets();
    ASSERT_FALSE(sets.isEmpty());
    const int top = static_cast<int>(page->kecamatanOrder().size()) - 1;
    const QString highest = page->kecamatanOrder().at(top);
    Q_EMIT sets.first()->clicked(top);
    EXPECT_EQ(page->selectedKecamatan(), highest);
    const QStringList shown = visibleKecamatanCodes();
    ASSERT_EQ(shown.size(), 1);
    EXPECT_EQ(shown.first(), highest);
    EXPECT_LT(page->villageProxy()->rowCount(), 155);
    // Sorted by prevalence, highest first.
    auto *proxy = page->villageProxy();
    for (int row = 1; row < proxy->rowCount(); ++row)
        EXPECT_GE(proxy->index(row - 1, VillageFigureModel::RateColumn).data(VillageFigureModel::SortRole).toDouble(),
                  proxy->index(row, VillageFigureModel::RateColumn).data(VillageFigureModel::SortRole).toDouble());
    page->findChild<QPushButton *>(QStringLiteral("allKecamatanButton"))->click();
    EXPECT_EQ(page->villageProxy()->rowCount(), 155);
}

TEST_F(DashboardPageTest, SavesChartsAndTheSummary)
{
    const QString png = dir.filePath(QStringLiteral("kecamatan.png"));
    Dialogs::setNextFileName(png);
    page->findChild<QPushButton *>(QStringLiteral("saveKecamatanChartButton"))->click();
    QImage image(png);
    ASSERT_FALSE(image.isNull());
    EXPECT_GT(image.width(), 200);

    const QString pdf = dir.filePath(QStringLiteral("trend.pdf"));
    Dialogs::setNextFileName(pdf);
    page->findChild<QPushButton *>(QStringLiteral("saveTrendChartButton"))->click();
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
    EXPECT_EQ(bytes.count("/Type /Page\n") + bytes.count("/Type /Page\r") + bytes.count("/Type /Page "), 1)
        << "one page";
}

TEST_F(DashboardPageTest, LocusVillagesFromAnInterface)
{
    page->setLocusVillages(std::make_shared<core::FixedLocusVillages>(
        std::map<int, std::set<std::string>>{{2024, {"14.03.11.2001", "14.03.02.2001"}}}));
    EXPECT_FALSE(page->locusLabel()->text().contains(QStringLiteral("— (")));
    int locus = 0;
    for (const auto &f : page->villageModel()->figures())
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
        rows = dialog->table()->rowCount();
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
    EXPECT_TRUE(Dialogs::lastMessage().contains(QStringLiteral("Line 3"))) << Dialogs::lastMessage().toStdString();
    EXPECT_EQ(storage::PrevalenceRepository(session->database()).count(), before);
}

TEST_F(DashboardPageTest, EnterAFigureByHand)
{
    test::whenModal([](QWidget *modal) {
        auto *area = modal->findChild<QComboBox *>(QStringLiteral("areaCombo"));
        area->setCurrentIndex(area->findData(QStringLiteral("14.03.01.2004")));
        modal->findChild<QSpinBox *>(QStringLiteral("yearSpin"))->setValue(2025);
        auto *round = modal->findChild<QComboBox *>(QStringLiteral("roundCombo"));
        round->setCurrentIndex(round->findData(static_cast<int>(core::PrevalenceRound::February)));
        auto *source = modal->findChild<QComboBox *>(QStringLiteral("sourceCombo"));
        source->setCurrentIndex(source->findData(static_cast<int>(core::PrevalenceSource::Eppgbm)));
        modal->findChild<QLineEdit *>(QStringLiteral("measuredEdit"))->setText(QStringLiteral("200"));
        modal->findChild<QLineEdit *>(QStringLiteral("casesEdit"))->setText(QStringLiteral("250"));
        auto *buttons = modal->findChild<QDialogButtonBox *>(QStringLiteral("buttons"));
        buttons->button(QDialogButtonBox::Save)->click(); // refused: more cases than measured
        modal->findChild<QLineEdit *>(QStringLiteral("casesEdit"))->setText(QStringLiteral("20"));
        buttons->button(QDialogButtonBox::Save)->click();
    });
    page->enterFigure();
    EXPECT_TRUE(Dialogs::lastMessage().contains(QStringLiteral("more cases"))) << Dialogs::lastMessage().toStdString();
    // Saved, and the dashboard offers the new period.
    EXPECT_GE(page->periodCombo()->findData(2025 * 10 + static_cast<int>(core::PrevalenceRound::February)), 0);
    core::PrevalenceObservation key;
    key.area = core::PrevalenceArea::ofRegion(core::RegionCode::fromString("14.03.01.2004"));
    key.year = 2025;
    key.round = core::PrevalenceRound::February;
    key.source = core::PrevalenceSource::Eppgbm;
    const auto saved = storage::PrevalenceRepository(session->database()).find(key);
    ASSERT_TRUE(saved);
    EXPECT_NEAR(*saved->rate(), 10.0, 1e-9);
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
    EXPECT_EQ(model.index(0, VillageFigureModel::KecamatanColumn).data().toString(), QStringLiteral("Bengkalis"));
    EXPECT_EQ(model.index(0, VillageFigureModel::IntervalColumn).data().toString(), QStringLiteral("5.5 – 17.4"));
    EXPECT_EQ(model.index(1, VillageFigureModel::RateColumn).data().toString(), QStringLiteral("—"));
    EXPECT_TRUE(model.index(0, VillageFigureModel::RateColumn).data(Qt::BackgroundRole).isValid());
    EXPECT_FALSE(model.index(1, VillageFigureModel::RateColumn).data(Qt::BackgroundRole).isValid());
    EXPECT_TRUE(model.index(0, VillageFigureModel::BandColumn).data(Qt::ToolTipRole).toString().contains(QStringLiteral("WHO")));
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
    page->setLocusVillages(std::make_shared<core::FixedLocusVillages>(
        std::map<int, std::set<std::string>>{}));
    page->resize(1366, 1000);
    page->show();
    QTest::qWait(400);
    page->grab().save(QDir(out).filePath(QStringLiteral("dasbor.png")));
    Q_EMIT page->kecamatanBarSets().first()->clicked(static_cast<int>(page->kecamatanOrder().size()) - 1);
    QTest::qWait(100);
    page->grab().save(QDir(out).filePath(QStringLiteral("dasbor-kecamatan.png")));
    page->saveSummaryPdf(QDir(out).filePath(QStringLiteral("dasbor-ringkasan.pdf")));
    QCoreApplication::removeTranslator(&extra);
    LanguageSetup::install(QStringLiteral("en"));
}

// SPDX-License-Identifier: GPL-3.0-or-later
// The prevalence importer on the demo workspace: a good CSV and XLSX, a bad file that changes
// nothing, conflicting figures shown before anything is replaced; and the demo data itself.
#include "../io/io_test_util.h"
#include "test_paths.h"

#include "core/prevalence/prevalence_aggregation.h"
#include "io/prevalence/demo_prevalence.h"
#include "io/prevalence/prevalence_import.h"
#include "io/workspace_setup.h"
#include "io/xlsx_reader.h"
#include "reports/prevalence/prevalence_words.h"
#include "storage/audit_log.h"
#include "storage/database.h"
#include "storage/prevalence/prevalence_repository.h"
#include "storage/regions/region_repository.h"
#include "storage/storage_error.h"
#include "test_engine.h"
#include "usecases/prevalence/figures.h"
#include "usecases/prevalence/import_figures.h"
#include "usecases/progress.h"

#include <QFile>
#include <QTemporaryDir>

#include <variant>

#include <gtest/gtest.h>

using namespace konvergensi;
using konvergensi::test::countRows;
using konvergensi::test::dataFile;

namespace {

QString fixture(const char *name)
{
    return dataFile(QStringLiteral("prevalence/") + QLatin1String(name));
}

class PrevalenceImportTest : public ::testing::Test
{
protected:
    void SetUp() override
    {
        db = test::openTestWorkspace();
        io::populateDemo(*db);
        io::prevalence::addDemo(*db);
    }

    std::optional<core::PrevalenceObservation> figure(
        const char *area, int year, core::PrevalenceRound round, core::PrevalenceSource source,
        core::PrevalenceIndicator indicator = core::PrevalenceIndicator::Stunting)
    {
        core::PrevalenceObservation key;
        key.area = *core::PrevalenceArea::fromKey(area);
        key.year = year;
        key.round = round;
        key.source = source;
        key.indicator = indicator;
        return storage::PrevalenceRepository(*db).find(key);
    }

    std::unique_ptr<storage::Database> db;
};

} // namespace

TEST_F(PrevalenceImportTest, DemoHoldsThePublishedFiguresAndSyntheticVillages)
{
    using core::PrevalenceRound;
    using core::PrevalenceSource;
    EXPECT_NEAR(*figure("14.03", 2021, PrevalenceRound::Survey, PrevalenceSource::Ssgi)->rate(),
                21.9, 1e-9);
    EXPECT_NEAR(*figure("14.03", 2022, PrevalenceRound::Survey, PrevalenceSource::Ssgi)->rate(),
                8.4, 1e-9);
    EXPECT_NEAR(*figure("14", 2022, PrevalenceRound::Survey, PrevalenceSource::Ssgi)->rate(), 17.0,
                1e-9);
    EXPECT_NEAR(
        *figure("national", 2013, PrevalenceRound::Survey, PrevalenceSource::Riskesdas)->rate(),
        37.2, 1e-9);
    EXPECT_NEAR(*figure("national", 2023, PrevalenceRound::Survey, PrevalenceSource::Ski)->rate(),
                21.5, 1e-9);
    const auto village = figure("14.03.01.2004", 2023, PrevalenceRound::August,
                                PrevalenceSource::Eppgbm);
    ASSERT_TRUE(village);
    EXPECT_TRUE(village->hasCounts());
    EXPECT_LE(*village->cases, *village->measured);

    // Deterministic: a second demo workspace holds exactly the same numbers.
    auto other = test::openTestWorkspace();
    io::populateDemo(*other);
    io::prevalence::addDemo(*other);
    storage::PrevalenceFilter filter;
    filter.source = core::PrevalenceSource::Eppgbm;
    const auto a = storage::PrevalenceRepository(*db).observations(filter);
    const auto b = storage::PrevalenceRepository(*other).observations(filter);
    ASSERT_EQ(a.size(), b.size());
    for (std::size_t i = 0; i < a.size(); ++i)
        ASSERT_TRUE(a[i].sameKey(b[i]) && a[i].sameFigures(b[i])) << i;

    // Plausible: the district's e-PPGBM level lies between 3 % and 15 % in every period.
    const auto trend = core::districtTrend(core::RegionCode::fromString("14.03"), a);
    EXPECT_EQ(trend.size(), 8u);
    for (const auto &point : trend) {
        EXPECT_GT(point.rate, 3.0) << point.year;
        EXPECT_LT(point.rate, 15.0) << point.year;
        EXPECT_TRUE(point.aggregated);
    }
    EXPECT_GT(trend.front().rate, trend.back().rate) << "falling over the years";
}

TEST_F(PrevalenceImportTest, GoodCsvIsImported)
{
    const qint64 before = countRows(*db, QStringLiteral("prevalence"));
    io::PrevalenceImporter importer(*db);
    const auto checked = importer.checkFile(fixture("good.csv"));
    EXPECT_TRUE(checked.ok()) << (checked.errors.empty()
                                      ? checked.fileError.toStdString()
                                      : io::describe(checked.errors[0]).toStdString());
    EXPECT_EQ(checked.added, 4);
    EXPECT_FALSE(checked.applied);
    EXPECT_EQ(countRows(*db, QStringLiteral("prevalence")), before);

    const auto report = importer.importFile(fixture("good.csv"), io::ConflictPolicy::Refuse);
    ASSERT_TRUE(report.applied);
    EXPECT_EQ(report.added, 4);
    EXPECT_EQ(countRows(*db, QStringLiteral("prevalence")), before + 4);
    const auto grouped = figure("14.03.01.2004", 2025, core::PrevalenceRound::August,
                                core::PrevalenceSource::Eppgbm);
    ASSERT_TRUE(grouped);
    EXPECT_EQ(grouped->measured, 1250) << "1.250 read as twelve hundred fifty";
    EXPECT_EQ(grouped->eligible, 1400);
    EXPECT_NEAR(*grouped->rate(), 8.0, 1e-9);
    const auto severe = figure("14.03", 2025, core::PrevalenceRound::Survey,
                               core::PrevalenceSource::Ski,
                               core::PrevalenceIndicator::SevereStunting);
    ASSERT_TRUE(severe);
    EXPECT_NEAR(*severe->publishedRate, 2.1, 1e-9);
    // Importing the same file again changes nothing.
    const auto again = importer.importFile(fixture("good.csv"), io::ConflictPolicy::Refuse);
    EXPECT_TRUE(again.applied);
    EXPECT_EQ(again.unchanged, 4);
    EXPECT_EQ(again.added, 0);
}

TEST_F(PrevalenceImportTest, GoodXlsxIsImported)
{
    const auto report = io::PrevalenceImporter(*db).importFile(fixture("prevalence.xlsx"),
                                                               io::ConflictPolicy::Refuse);
    ASSERT_TRUE(report.applied) << report.fileError.toStdString()
                                << (report.errors.empty()
                                        ? ""
                                        : io::describe(report.errors[0]).toStdString());
    EXPECT_EQ(report.added, 3);
    const auto zero = figure("14.03.02.2001", 2025, core::PrevalenceRound::February,
                             core::PrevalenceSource::Eppgbm);
    ASSERT_TRUE(zero);
    EXPECT_EQ(zero->measured, 0);
    EXPECT_FALSE(zero->rate().has_value()) << "nobody measured: no rate";
    EXPECT_EQ(zero->note, "tidak ada pengukuran");
}

TEST_F(PrevalenceImportTest, BadFileChangesNothingAndNamesEveryLine)
{
    const qint64 before = countRows(*db, QStringLiteral("prevalence"));
    const qint64 auditBefore = countRows(*db, QStringLiteral("audit_log"));
    const auto report = io::PrevalenceImporter(*db).importFile(fixture("bad.csv"),
                                                               io::ConflictPolicy::Replace);
    EXPECT_FALSE(report.applied);
    std::vector<int> lines;
    for (const auto &error : report.errors)
        lines.push_back(error.line);
    EXPECT_EQ(lines, (std::vector{3, 4, 5, 6, 7, 8, 9, 10}));
    EXPECT_TRUE(report.errors[0].reason.contains(QStringLiteral("14.03.99.2001")));
    EXPECT_TRUE(report.errors[1].reason.contains(QStringLiteral("juni")));
    EXPECT_TRUE(report.errors[5].reason.contains(QStringLiteral("2"))) << "names the first line";
    // A rule of core stays typed in io (the module's words are in reports, above io) ...
    EXPECT_EQ(std::get<core::PrevalenceProblem>(report.errors[3].rule),
              core::PrevalenceProblem::CasesExceedMeasured);
    EXPECT_EQ(std::get<core::PrevalenceProblem>(report.errors[4].rule),
              core::PrevalenceProblem::NoFigure);
    EXPECT_TRUE(std::holds_alternative<std::monostate>(report.errors[0].rule));
    EXPECT_EQ(countRows(*db, QStringLiteral("prevalence")), before);
    EXPECT_EQ(countRows(*db, QStringLiteral("audit_log")), auditBefore);

    for (const char *name : {"not-a-zip.xlsx", "truncated.xlsx"}) {
        const auto damaged = io::PrevalenceImporter(*db).importFile(fixture(name),
                                                                    io::ConflictPolicy::Replace);
        EXPECT_FALSE(damaged.applied);
        EXPECT_FALSE(damaged.fileError.isEmpty()) << name;
    }
    EXPECT_EQ(countRows(*db, QStringLiteral("prevalence")), before);
}

TEST_F(PrevalenceImportTest, TheUseCaseWordsTheRulesARowBreaks)
{
    usecases::Progress progress;
    const auto report = usecases::prevalence::FigureImport::check(*db, fixture("bad.csv"),
                                                                  progress);
    ASSERT_EQ(report.errors.size(), 8u);
    EXPECT_EQ(report.errors[3].line, 6);
    EXPECT_EQ(report.errors[3].reason, reports::prevalence::prevalenceProblemText(
                                           core::PrevalenceProblem::CasesExceedMeasured));
    EXPECT_TRUE(report.errors[3].reason.contains(QStringLiteral("more cases than children")));
    EXPECT_TRUE(report.errors[4].reason.contains(QStringLiteral("there is no figure")));
    EXPECT_TRUE(report.errors[0].reason.contains(QStringLiteral("14.03.99.2001")));
    const QStringList lines = usecases::prevalence::FigureImport::problemLines(report, 10);
    EXPECT_TRUE(
        lines.contains(QStringLiteral("Line 6: there are more cases than children measured.")))
        << lines.join(u'\n').toStdString();
}

TEST_F(PrevalenceImportTest, StorageRefusesPlainlyTheUseCaseInWords)
{
    // A figure with more cases than children measured.
    core::PrevalenceObservation figure;
    figure.area = core::PrevalenceArea::ofRegion(core::RegionCode::fromString("14.03.01.2004"));
    figure.year = 2025;
    figure.round = core::PrevalenceRound::August;
    figure.source = core::PrevalenceSource::Eppgbm;
    figure.measured = 10;
    figure.cases = 12;
    const auto messageOf = [](const auto &work) {
        try {
            work();
        } catch (const storage::StorageError &error) {
            EXPECT_EQ(error.kind(), storage::StorageError::Kind::Invalid);
            return error.message();
        }
        return QString();
    };
    EXPECT_EQ(messageOf([&] { storage::PrevalenceRepository(*db).add(figure); }),
              QStringLiteral("The figure breaks a rule of the register and was not stored."));
    EXPECT_EQ(messageOf([&] { usecases::prevalence::saveFigure(*db, figure, std::nullopt); }),
              QStringLiteral("there are more cases than children measured."));

    // A puskesmas without a name.
    const auto held = storage::PrevalenceRepository(*db).puskesmas().size();
    storage::Puskesmas puskesmas{"P1403010101", "  ", core::RegionCode::fromString("14.03.01"), {}};
    EXPECT_EQ(messageOf([&] { storage::PrevalenceRepository(*db).addPuskesmas(puskesmas); }),
              QStringLiteral("The puskesmas breaks a rule and was not stored."));
    EXPECT_EQ(messageOf([&] { usecases::prevalence::savePuskesmas(*db, puskesmas, true); }),
              QStringLiteral("A puskesmas needs a name."));
    EXPECT_EQ(storage::PrevalenceRepository(*db).puskesmas().size(), held);
}

TEST_F(PrevalenceImportTest, MissingColumnsAreAFileError)
{
    io::CsvTable table = io::CsvReader::parse(QByteArrayLiteral("kode,tahun\n14.03,2022\n"));
    const auto report = io::PrevalenceImporter(*db).check(table);
    EXPECT_TRUE(report.fileError.contains(QStringLiteral("source")))
        << report.fileError.toStdString();
    table = io::CsvReader::parse(
        QByteArrayLiteral("kode,tahun,sumber,diukur\n14.03,2022,ssgi,5\n"));
    EXPECT_FALSE(io::PrevalenceImporter(*db).check(table).fileError.isEmpty())
        << "neither a rate nor both counts";
}

TEST_F(PrevalenceImportTest, ConflictsAreShownBeforeAnythingIsReplaced)
{
    io::PrevalenceImporter importer(*db);
    const auto refused = importer.importFile(fixture("conflict.csv"), io::ConflictPolicy::Refuse);
    EXPECT_TRUE(refused.ok());
    EXPECT_FALSE(refused.applied);
    ASSERT_EQ(refused.conflicts.size(), 1u);
    EXPECT_EQ(refused.conflicts[0].line, 2);
    EXPECT_NEAR(*refused.conflicts[0].held.publishedRate, 8.4, 1e-9);
    EXPECT_NEAR(*refused.conflicts[0].incoming.publishedRate, 9.1, 1e-9);
    EXPECT_EQ(refused.unchanged, 1);
    EXPECT_EQ(refused.added, 1);
    EXPECT_FALSE(figure("14.03", 2024, core::PrevalenceRound::Survey, core::PrevalenceSource::Ssgi))
        << "nothing written, not even the new figure";
    EXPECT_NEAR(
        *figure("14.03", 2022, core::PrevalenceRound::Survey, core::PrevalenceSource::Ssgi)->rate(),
        8.4, 1e-9);

    const auto replaced = importer.importFile(fixture("conflict.csv"), io::ConflictPolicy::Replace);
    ASSERT_TRUE(replaced.applied);
    EXPECT_EQ(replaced.updated, 1);
    EXPECT_EQ(replaced.added, 1);
    EXPECT_EQ(replaced.unchanged, 1);
    const auto now = figure("14.03", 2022, core::PrevalenceRound::Survey,
                            core::PrevalenceSource::Ssgi);
    EXPECT_NEAR(*now->rate(), 9.1, 1e-9);
    EXPECT_EQ(now->note, "revisi");
    const auto audit = storage::AuditLog::entries(*db, QStringLiteral("prevalence"),
                                                  QString::number(now->id));
    ASSERT_FALSE(audit.empty());
    EXPECT_NEAR(audit.front().before.value(QStringLiteral("published_rate")).toDouble(), 8.4, 1e-9);
}

TEST_F(PrevalenceImportTest, Windows1252IsRefusedAsByEveryImporter)
{
    // Issue #16, finding 12: one encoding rule for every importer.
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("ansi.csv"));
    {
        QFile out(path);
        ASSERT_TRUE(out.open(QIODevice::WriteOnly));
        out.write("area,year,round,source,measured,cases,note\n"
                  "14.03.01.2004,2029,agustus,e-PPGBM,100,10,caf\xe9\n");
    }
    const auto report = io::PrevalenceImporter(*db).importFile(path, io::ConflictPolicy::Refuse);
    EXPECT_FALSE(report.applied);
    EXPECT_TRUE(report.fileError.contains(QStringLiteral("Save the file as \"CSV UTF-8\"")))
        << report.fileError.toStdString();
}

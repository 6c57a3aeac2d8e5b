// SPDX-License-Identifier: GPL-3.0-or-later
// The locus-list and scorecard importers against the corpus in tests/data/locus: each good
// file with what it gives, each bad file with its errors, and a bad file changes nothing in
// the database (row counts and audit log compared before and after). Also the XLSX and CSV
// exports read back by the importer.
#include "io/locus/locus_import.h"
#include "io/locus/locus_table.h"
#include "io/workspace_setup.h"
#include "reports/locus/locus_report.h"
#include "storage/audit_log.h"
#include "storage/database.h"
#include "storage/locus/locus_repository.h"
#include "storage/locus/scorecard_repository.h"

#include "../storage/storage_test_util.h"
#include "reports/locus/locus_words.h"
#include "test_paths.h"
#include "usecases/locus/locus_imports.h"
#include "usecases/locus/locus_report_data.h"
#include "usecases/progress.h"

#include <QFile>

#include <QTemporaryDir>
#include <variant>

#include <gtest/gtest.h>

using namespace konvergensi;
using konvergensi::test::count;
using konvergensi::test::dataFile;
using konvergensi::test::TestDb;

namespace {

core::RegionCode code(const char *text)
{
    return core::RegionCode::fromString(text);
}

QString file(const char *name)
{
    return dataFile(QStringLiteral("locus/") + QString::fromLatin1(name));
}

std::vector<int> lines(const io::LocusImportReport &report)
{
    std::vector<int> out;
    for (const io::RowError &e : report.errors)
        out.push_back(e.line);
    return out;
}

QString allErrors(const io::LocusImportReport &report)
{
    QStringList out;
    for (const io::RowError &e : report.errors)
        out << io::describe(e);
    return out.join(QStringLiteral("\n"));
}

/// Row counts of the feature's tables and the audit log: equal before and after a refusal.
struct Snapshot
{
    qint64 years, villages, exclusions, scorecards, indicators, audit;
    friend bool operator==(const Snapshot &, const Snapshot &) = default;
};

class LocusImportTest : public ::testing::Test
{
protected:
    void SetUp() override
    {
        io::populateDemo(*db);
        // An existing list and scorecard that a bad file must leave alone.
        core::LocusVillage held(code("14.03.01.2004"), 2023);
        held.rank = 1;
        held.reason = "Daftar lama";
        storage::LocusRepository(*db).replaceList(2023, {held});
        core::Scorecard card(code("14.03.11.2005"), 2023);
        card.indicators = {{core::ServicePackage::Kia, "Lama", 10, 5}};
        storage::ScorecardRepository(*db).save(card);
    }

    Snapshot snapshot()
    {
        return {count(*db, QStringLiteral("locus_year")),
                count(*db, QStringLiteral("locus_village")),
                count(*db, QStringLiteral("locus_exclusion")),
                count(*db, QStringLiteral("scorecard")),
                count(*db, QStringLiteral("scorecard_indicator")),
                count(*db, QStringLiteral("audit_log"))};
    }

    io::LocusImportReport importList(const char *name, int year = 2023)
    {
        return io::LocusListImporter(*db).importFile(year, file(name));
    }

    /// Imports a file that must be refused; checks that nothing changed.
    io::LocusImportReport refusedList(const char *name)
    {
        const Snapshot before = snapshot();
        const auto report = importList(name);
        EXPECT_FALSE(report.applied) << name;
        EXPECT_FALSE(report.ok()) << name;
        EXPECT_EQ(snapshot(), before) << name;
        EXPECT_EQ(storage::LocusRepository(*db).locusCodes(2023), std::set{code("14.03.01.2004")});
        return report;
    }

    TestDb db;
};

} // namespace

TEST_F(LocusImportTest, SemicolonsDecimalCommasAndThousandPoints)
{
    const auto report = importList("good_semicolon_decimal_comma.csv");
    ASSERT_TRUE(report.applied) << allErrors(report).toStdString()
                                << report.fileError.toStdString();
    EXPECT_EQ(report.villages, 3);
    EXPECT_EQ(report.replaced, 1);
    const auto villages = storage::LocusRepository(*db).villages(2023);
    ASSERT_EQ(villages.size(), 3U);
    EXPECT_EQ(villages[0].village, code("14.03.11.2005")); // Titi Akar
    EXPECT_EQ(villages[0].evidence.childrenMeasured, 1120);
    EXPECT_EQ(villages[0].evidence.stunted, 308);
    EXPECT_DOUBLE_EQ(*villages[0].evidence.prevalencePercent, 27.5);
    EXPECT_DOUBLE_EQ(*villages[0].evidence.povertyPercent, 21.4);
    EXPECT_EQ(villages[0].evidence.targetHouseholds, 142);
    EXPECT_EQ(villages[0].origin, core::LocusOrigin::Imported);
    EXPECT_FALSE(villages[1].evidence.povertyPercent.has_value());
    EXPECT_EQ(villages[2].village, code("14.03.13.2011")); // Tengganau
    EXPECT_EQ(villages[2].reason, "Cakupan air bersih rendah; jamban belum layak");
}

TEST_F(LocusImportTest, BomCodesDesaPrefixAndRanksOutOfOrder)
{
    const auto report = importList("good_bom_utf8.csv");
    ASSERT_TRUE(report.applied) << allErrors(report).toStdString()
                                << report.fileError.toStdString();
    const auto villages = storage::LocusRepository(*db).villages(2023);
    ASSERT_EQ(villages.size(), 3U);
    EXPECT_EQ(villages[0].village, code("14.03.02.2007")); // Kembung Luar, rank 1
    EXPECT_DOUBLE_EQ(*villages[0].evidence.prevalencePercent, 22.1);
    EXPECT_EQ(villages[0].reason, "Prevalensi tinggi \u2013 hasil Aksi 1");
    EXPECT_EQ(villages[1].village, code("14.03.09.2011")); // by code
    EXPECT_DOUBLE_EQ(*villages[1].evidence.prevalencePercent, 18.5);
    EXPECT_EQ(villages[2].village, code("14.03.10.1001")); // Kelurahan Batu Panjang
}

TEST_F(LocusImportTest, Windows1252TextIsRefusedAsByEveryImporter)
{
    // Issue #16, finding 12: one rule for every importer. The locus and scorecard importers
    // used to read Windows-1252 that the region and prevalence importers refuse.
    const auto report = refusedList("good_windows1252.csv");
    EXPECT_TRUE(report.fileError.contains(QStringLiteral("Save the file as \"CSV UTF-8\"")))
        << report.fileError.toStdString();
    QTemporaryDir dir;
    const QString scorecards = dir.filePath(QStringLiteral("scorecard-1252.csv"));
    {
        QFile out(scorecards);
        ASSERT_TRUE(out.open(QIODevice::WriteOnly));
        out.write("kode;paket;indikator;sasaran;capaian\n"
                  "14.03.11.2005;KIA;Ibu hamil \x96 periksa;40;31\n");
    }
    const Snapshot before = snapshot();
    const auto cards = io::ScorecardImporter(*db).importFile(2023, scorecards);
    EXPECT_FALSE(cards.applied);
    EXPECT_TRUE(cards.fileError.contains(QStringLiteral("CSV UTF-8")))
        << cards.fileError.toStdString();
    EXPECT_EQ(snapshot(), before);
}

TEST_F(LocusImportTest, CodeAndNameThatDisagreeAreARowError)
{
    // Issue #16, finding 8: the code used to win silently.
    QTemporaryDir dir;
    const QString list = dir.filePath(QStringLiteral("list.csv"));
    {
        QFile out(list);
        ASSERT_TRUE(out.open(QIODevice::WriteOnly));
        out.write("kode;desa;alasan\n"
                  "14.03.11.2005;Titi Akar;benar\n"
                  "14.03.02.2004;Titi Akar;kode lain\n");
    }
    const Snapshot before = snapshot();
    const auto report = io::LocusListImporter(*db).importFile(2023, list);
    EXPECT_FALSE(report.applied);
    ASSERT_EQ(report.errors.size(), 1U) << allErrors(report).toStdString();
    EXPECT_EQ(report.errors[0].line, 3);
    EXPECT_TRUE(report.errors[0].reason.contains(QStringLiteral("Teluk Pambang")))
        << report.errors[0].reason.toStdString();
    EXPECT_EQ(snapshot(), before);

    const QString cards = dir.filePath(QStringLiteral("cards.csv"));
    {
        QFile out(cards);
        ASSERT_TRUE(out.open(QIODevice::WriteOnly));
        out.write("kode;desa;paket;indikator;sasaran;capaian\n"
                  "14.03.11.2005;Desa Titi Akar;KIA;Periksa hamil;40;31\n"
                  "14.03.11.2005;Teluk Pambang;PAUD;Anak PAUD;10;5\n");
    }
    const auto scorecards = io::ScorecardImporter(*db).importFile(2023, cards);
    EXPECT_FALSE(scorecards.applied);
    ASSERT_EQ(scorecards.errors.size(), 1U) << allErrors(scorecards).toStdString();
    EXPECT_EQ(scorecards.errors[0].line, 3);
    EXPECT_EQ(snapshot(), before);
}

TEST_F(LocusImportTest, TitleAndMergedGroupHeaderRowsAreSkipped)
{
    const auto report = importList("good_merged_header.csv");
    ASSERT_TRUE(report.applied) << allErrors(report).toStdString()
                                << report.fileError.toStdString();
    EXPECT_EQ(report.rowsRead, 2);
    const auto villages = storage::LocusRepository(*db).villages(2023);
    ASSERT_EQ(villages.size(), 2U);
    EXPECT_EQ(villages[0].village, code("14.03.11.2006"));
    EXPECT_EQ(villages[0].evidence.childrenMeasured, 210);
    EXPECT_EQ(villages[0].evidence.stunted, 55);
    EXPECT_EQ(villages[1].reason, "Cakupan layanan rendah");
}

TEST_F(LocusImportTest, EmptyLinesAndEmptyRowsAreSkipped)
{
    const auto report = importList("good_empty_lines.csv");
    ASSERT_TRUE(report.applied) << allErrors(report).toStdString()
                                << report.fileError.toStdString();
    EXPECT_EQ(storage::LocusRepository(*db).locusCodes(2023),
              (std::set{code("14.03.01.2017"), code("14.03.01.2023")}));
}

TEST_F(LocusImportTest, DuplicateVillageIsRefusedWithBothLines)
{
    const auto report = refusedList("bad_duplicate_village.csv");
    EXPECT_EQ(lines(report), std::vector{4});
    EXPECT_TRUE(report.errors[0].reason.contains(QStringLiteral("line 2")))
        << allErrors(report).toStdString();
}

TEST_F(LocusImportTest, UnknownNamesAreListed)
{
    const auto report = refusedList("bad_unknown_names.csv");
    EXPECT_EQ(lines(report), (std::vector{3, 4, 5}));
    EXPECT_EQ(report.unmatched, (QStringList{QStringLiteral("Kampung Baru (Kecamatan Mandau)"),
                                             QStringLiteral("Teluk Pambang (Kecamatan Rupat)"),
                                             QStringLiteral("Sungai Nibung Laut")}));
    EXPECT_TRUE(report.errors[2].reason.contains(QStringLiteral("Kabupaten Bengkalis")));
}

TEST_F(LocusImportTest, BadNumbersAreReportedPerRow)
{
    const auto report = refusedList("bad_numbers.csv");
    EXPECT_EQ(lines(report), (std::vector{2, 3, 4, 5})) << allErrors(report).toStdString();
    EXPECT_TRUE(report.errors[0].reason.contains(QStringLiteral("abc")));
    // A rule of core stays typed in io (it cannot see the module's words in reports) ...
    EXPECT_TRUE(std::holds_alternative<std::monostate>(report.errors[0].rule));
    EXPECT_EQ(std::get<core::LocusProblem>(report.errors[1].rule),
              core::LocusProblem::StuntedExceedsMeasured);
    EXPECT_EQ(std::get<core::LocusProblem>(report.errors[2].rule),
              core::LocusProblem::PercentOutOfRange);
    EXPECT_TRUE(report.errors[1].reason.isEmpty());
    // ... and the use case that runs the import words it with reports::locusProblemText.
    usecases::Progress progress;
    const auto checked = usecases::locus::checkImport(*db, usecases::locus::LocusFile::List, 2023,
                                                      file("bad_numbers.csv"), progress);
    ASSERT_EQ(lines(checked), (std::vector{2, 3, 4, 5}));
    EXPECT_TRUE(checked.errors[0].reason.contains(QStringLiteral("abc")));
    EXPECT_EQ(checked.errors[1].reason,
              reports::locusProblemText(core::LocusProblem::StuntedExceedsMeasured));
    EXPECT_TRUE(checked.errors[1].reason.contains(QStringLiteral("stunted")));
    EXPECT_TRUE(checked.errors[2].reason.contains(QStringLiteral("percentage")));
    EXPECT_TRUE(usecases::locus::importProblemsText(checked, 10)
                    .contains(QStringLiteral("Line 4: A percentage")));
}

TEST_F(LocusImportTest, YearOutOfRangeIsWordedByTheUseCase)
{
    usecases::Progress progress;
    for (const auto kind :
         {usecases::locus::LocusFile::List, usecases::locus::LocusFile::Scorecards}) {
        const auto checked = usecases::locus::checkImport(*db, kind, 1999, file("bad_numbers.csv"),
                                                          progress);
        EXPECT_FALSE(checked.applied);
        EXPECT_EQ(checked.fileError, QStringLiteral("The year must be between 2000 and 2100."));
    }
    // io alone keeps a plain safety net.
    const auto report = io::LocusListImporter(*db).checkFile(1999, file("bad_numbers.csv"));
    EXPECT_FALSE(report.fileError.isEmpty());
    EXPECT_FALSE(report.ok());
}

TEST_F(LocusImportTest, FileWithoutVillageColumnIsAFileError)
{
    const auto report = refusedList("bad_no_village_column.csv");
    EXPECT_TRUE(report.fileError.contains(QStringLiteral("desa")))
        << report.fileError.toStdString();
    EXPECT_TRUE(report.errors.empty());
}

TEST_F(LocusImportTest, RowWithExtraFieldsAndDuplicateRank)
{
    auto report = refusedList("bad_extra_fields.csv");
    EXPECT_EQ(lines(report), std::vector{3});
    EXPECT_TRUE(report.errors[0].reason.contains(QStringLiteral("separator")));
    report = refusedList("bad_duplicate_rank.csv");
    EXPECT_EQ(lines(report), std::vector{3});
}

TEST_F(LocusImportTest, MissingFileAndCheckOnlyNeverWrite)
{
    const Snapshot before = snapshot();
    auto report = importList("no_such_file.csv");
    EXPECT_FALSE(report.fileError.isEmpty());
    report = io::LocusListImporter(*db).checkFile(2023, file("good_semicolon_decimal_comma.csv"));
    EXPECT_TRUE(report.ok());
    EXPECT_FALSE(report.applied);
    EXPECT_EQ(report.villages, 3);
    EXPECT_EQ(snapshot(), before);
}

TEST_F(LocusImportTest, ScorecardsAreImportedWithBudget)
{
    const auto report = io::ScorecardImporter(*db).importFile(2023, file("scorecard_good.csv"));
    ASSERT_TRUE(report.applied) << allErrors(report).toStdString()
                                << report.fileError.toStdString();
    EXPECT_EQ(report.villages, 2);
    EXPECT_EQ(report.replaced, 1);
    storage::ScorecardRepository repo(*db);
    const auto card = repo.find(code("14.03.11.2005"), 2023);
    ASSERT_TRUE(card);
    EXPECT_EQ(card->indicators.size(), 5U); // the old "Lama" indicator is replaced
    EXPECT_EQ(card->apbdesStunting, 125'000'000);
    EXPECT_EQ(card->indicators[2].package, core::ServicePackage::AirBersihSanitasi);
    const auto coverage = core::coverageOf(*card);
    EXPECT_DOUBLE_EQ(*coverage.overall,
                     100.0 * (31 + 66 + 70 + 92 + 40) / (40 + 120 + 140 + 100 + 100));
    EXPECT_EQ(repo.find(code("14.03.02.2004"), 2023)->apbdesStunting, 90'500'000);
}

// Workbooks made by a real spreadsheet (LibreOffice Calc from the CSV files; see
// tests/data/locus/README.md) hold numeric cells, shared strings and styles: they must give
// exactly what the CSV they were made from gives.
TEST_F(LocusImportTest, SpreadsheetMadeWorkbooksGiveWhatTheirCsvGives)
{
    ASSERT_TRUE(importList("good_semicolon_decimal_comma.csv", 2023).applied);
    const auto report = importList("good_libreoffice.xlsx", 2024);
    ASSERT_TRUE(report.applied) << allErrors(report).toStdString()
                                << report.fileError.toStdString();
    storage::LocusRepository locus(*db);
    const auto fromCsv = locus.villages(2023);
    const auto fromXlsx = locus.villages(2024);
    ASSERT_EQ(fromXlsx.size(), fromCsv.size());
    for (std::size_t i = 0; i < fromCsv.size(); ++i) {
        EXPECT_EQ(fromXlsx[i].village, fromCsv[i].village) << i;
        EXPECT_EQ(fromXlsx[i].rank, fromCsv[i].rank) << i;
        EXPECT_EQ(fromXlsx[i].reason, fromCsv[i].reason) << i;
        EXPECT_EQ(fromXlsx[i].evidence, fromCsv[i].evidence) << i;
    }
    EXPECT_DOUBLE_EQ(*fromXlsx[0].evidence.prevalencePercent, 27.5);
    EXPECT_EQ(fromXlsx[0].evidence.childrenMeasured, 1120);

    io::ScorecardImporter cards(*db);
    ASSERT_TRUE(cards.importFile(2023, file("scorecard_good.csv")).applied);
    const auto cardReport = cards.importFile(2024, file("scorecard_good_libreoffice.xlsx"));
    ASSERT_TRUE(cardReport.applied)
        << allErrors(cardReport).toStdString() << cardReport.fileError.toStdString();
    storage::ScorecardRepository repo(*db);
    for (const char *village : {"14.03.11.2005", "14.03.02.2004"}) {
        const auto csvCard = repo.find(code(village), 2023);
        const auto xlsxCard = repo.find(code(village), 2024);
        ASSERT_TRUE(csvCard && xlsxCard) << village;
        EXPECT_EQ(xlsxCard->indicators, csvCard->indicators) << village;
        EXPECT_EQ(xlsxCard->apbdesStunting, csvCard->apbdesStunting) << village;
    }
    EXPECT_EQ(repo.find(code("14.03.11.2005"), 2024)->apbdesStunting, 125'000'000);
}

TEST_F(LocusImportTest, BadScorecardsChangeNothing)
{
    const Snapshot before = snapshot();
    const auto report = io::ScorecardImporter(*db).importFile(2023, file("scorecard_bad.csv"));
    EXPECT_FALSE(report.applied);
    // 2: achieved > target; 3: unknown package; 5: duplicate indicator; 6: budget differs;
    // 7: empty target.
    EXPECT_EQ(lines(report), (std::vector{2, 3, 5, 6, 7})) << allErrors(report).toStdString();
    EXPECT_EQ(snapshot(), before);
    EXPECT_EQ(
        storage::ScorecardRepository(*db).find(code("14.03.11.2005"), 2023)->indicators[0].name,
        "Lama");
}

TEST_F(LocusImportTest, ExportsReadBackThroughTheImporter)
{
    ASSERT_TRUE(importList("good_semicolon_decimal_comma.csv").applied);
    QTemporaryDir dir;
    const auto data = usecases::locus::loadLocusListData(*db, 2023);
    const QString xlsx = dir.filePath(QStringLiteral("lokus.xlsx"));
    const QString csv = dir.filePath(QStringLiteral("lokus.csv"));
    reports::exportLocusListXlsx(data, core::Language::Indonesian, xlsx);
    reports::exportLocusListCsv(data, core::Language::English, csv);
    for (const QString &path : {xlsx, csv}) {
        const auto report = io::LocusListImporter(*db).importFile(2024, path);
        ASSERT_TRUE(report.applied) << path.toStdString() << allErrors(report).toStdString()
                                    << report.fileError.toStdString();
        const auto villages = storage::LocusRepository(*db).villages(2024);
        ASSERT_EQ(villages.size(), 3U);
        EXPECT_EQ(villages[0].village, code("14.03.11.2005"));
        EXPECT_EQ(villages[0].evidence.childrenMeasured, 1120);
        EXPECT_DOUBLE_EQ(*villages[0].evidence.prevalencePercent, 27.5);
        EXPECT_EQ(villages[2].reason, "Cakupan air bersih rendah; jamban belum layak");
    }
}

TEST(LocusTable, SameVillageNameInTwoKecamatanNeedsTheKecamatan)
{
    using io::locus_detail::VillageMatcher;
    const core::RegionTree tree({{code("14.03"), "Kabupaten Contoh", std::nullopt},
                                 {code("14.03.01"), "Satu", std::nullopt},
                                 {code("14.03.02"), "Dua", std::nullopt},
                                 {code("14.03.01.2001"), "Sungai Alam", core::VillageKind::Desa},
                                 {code("14.03.02.2001"), "Sungai Alam", core::VillageKind::Desa}});
    const VillageMatcher matcher(tree, code("14.03"));
    auto m = matcher.match({}, QStringLiteral("sungai-alam"), {});
    EXPECT_EQ(m.result, VillageMatcher::Result::Ambiguous);
    EXPECT_EQ(m.kecamatanChoices, (QStringList{QStringLiteral("Satu"), QStringLiteral("Dua")}));
    m = matcher.match({}, QStringLiteral("Desa Sungai Alam"), QStringLiteral("Kec. Dua"));
    EXPECT_EQ(m.result, VillageMatcher::Result::Found);
    EXPECT_EQ(*m.code, code("14.03.02.2001"));
    m = matcher.match({}, QStringLiteral("Sungai Alam"), QStringLiteral("14.03.01"));
    EXPECT_EQ(*m.code, code("14.03.01.2001"));
    EXPECT_EQ(matcher.match(QStringLiteral("14.03.01"), {}, {}).result,
              VillageMatcher::Result::NotAVillage);
    EXPECT_EQ(matcher.match(QStringLiteral("14.03.01.2099"), {}, {}).result,
              VillageMatcher::Result::Unknown);
}

// SPDX-License-Identifier: GPL-3.0-or-later
// The locus use cases (src/usecases/locus) without widgets, on a real workspace with the
// demo district: the proposal's inputs and the proposal built with choices by hand and saved;
// a list saved with its decree all or nothing; entries and scorecards checked before they
// are stored; imports that a cancel leaves without a trace; documents written, or not when
// cancelled; the comparison naming its figures' source and period; where the profile opens.
#include "io/locus/demo_locus.h"
#include "io/prevalence/demo_prevalence.h"
#include "io/workspace_setup.h"
#include "reports/locus/locus_words.h"
#include "storage/database.h"
#include "storage/locus/locus_repository.h"
#include "storage/locus/scorecard_repository.h"
#include "storage/storage_error.h"
#include "usecases/locus/locus_comparison.h"
#include "usecases/locus/locus_documents.h"
#include "usecases/locus/locus_imports.h"
#include "usecases/locus/locus_lists.h"
#include "usecases/locus/locus_proposal.h"
#include "usecases/locus/scorecards.h"
#include "usecases/locus/village_profile.h"

#include "../storage/storage_test_util.h"
#include "test_paths.h"

#include <QFileInfo>
#include <QTemporaryDir>

#include <gtest/gtest.h>

#include <algorithm>

using namespace konvergensi;
using namespace konvergensi::usecases::locus;
using konvergensi::test::count;
using konvergensi::test::dataFile;
using konvergensi::test::errorKind;
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

core::LocusVillage entry(const char *village, int rank, double prevalence = 20.0)
{
    core::LocusVillage v(code(village), 2023);
    v.rank = rank;
    v.evidence.childrenMeasured = 200;
    v.evidence.stunted = static_cast<std::int64_t>(2 * prevalence);
    v.evidence.prevalencePercent = prevalence;
    return v;
}

/// A Progress that cancels once it has been told `after` steps.
struct CancelAfter
{
    explicit CancelAfter(int after)
        : progress([this, after](qint64, qint64, const QString &) {
            if (++reports >= after)
                progress.cancel();
        })
    {
    }
    int reports = 0;
    usecases::Progress progress;
};

class LocusUseCasesTest : public ::testing::Test
{
protected:
    void SetUp() override { io::populateDemo(*db); }

    qint64 audits() { return count(*db, QStringLiteral("audit_log")); }

    TestDb db;
};

} // namespace

TEST_F(LocusUseCasesTest, CandidatesComeFromPrevalenceDataWhenHeldElseFromStoredNumbers)
{
    storage::LocusRepository repo(*db);
    auto stored = entry("14.03.11.2005", 1, 33.0);
    stored.evidence.povertyPercent = 18.0;
    stored.evidence.targetHouseholds = 120;
    repo.replaceList(2023, {stored});
    core::Scorecard card(code("14.03.11.2005"), 2022);
    card.indicators = {{core::ServicePackage::Kia, "Imunisasi", 100, 70}};
    storage::ScorecardRepository(*db).save(card);

    // No prevalence data: the stored numbers of the list are used.
    auto candidates = loadCandidates(*db, 2023, 2022);
    EXPECT_EQ(candidates.size(), 136U + 19U);
    auto find = [&](const char *village) {
        return *std::find_if(candidates.begin(), candidates.end(),
                             [&](const auto &c) { return c.village == code(village); });
    };
    auto c = find("14.03.11.2005");
    EXPECT_DOUBLE_EQ(*c.prevalence, 33.0);
    EXPECT_EQ(c.stunted, 66);
    EXPECT_DOUBLE_EQ(*c.poverty, 18.0);
    EXPECT_EQ(c.targetHouseholds, 120);
    EXPECT_DOUBLE_EQ(*c.coverageGap, 30.0);
    EXPECT_EQ(c.origin, core::FigureOrigin::ofList(2023));
    EXPECT_EQ(reports::figureOriginText(*c.origin), QStringLiteral("locus list 2023"));
    EXPECT_FALSE(find("14.03.11.2006").prevalence.has_value());

    // With prevalence data, every village has its e-PPGBM figure of the data year.
    io::prevalence::addDemo(*db);
    candidates = loadCandidates(*db, 2023, 2022);
    c = find("14.03.11.2005");
    ASSERT_TRUE(c.prevalence.has_value());
    EXPECT_NE(*c.prevalence, 33.0);
    EXPECT_TRUE(c.measured.has_value());
    EXPECT_EQ(c.origin, core::FigureOrigin::ofSeries(core::PrevalenceSource::Eppgbm,
                                                     core::PrevalenceRound::August, 2022));
    EXPECT_EQ(reports::figureOriginText(*c.origin), QStringLiteral("e-PPGBM, August 2022"));
    EXPECT_DOUBLE_EQ(*c.poverty, 18.0); // poverty still from the list
    EXPECT_EQ(std::count_if(candidates.begin(), candidates.end(),
                            [](const auto &candidate) { return candidate.prevalence; }),
              155);
}

TEST_F(LocusUseCasesTest, AProposalWithChoicesByHandIsSavedAsTheYearsList)
{
    io::prevalence::addDemo(*db);
    LocusProposal proposal;
    proposal.setYear(2023, 2022);
    proposal.setTopN(10);
    ASSERT_TRUE(proposal.load(*db).isEmpty());
    const auto &ranking = proposal.ranking();
    ASSERT_EQ(ranking.size(), 155U);
    EXPECT_EQ(proposal.withPrevalence(), 155);
    const core::RegionCode second = ranking[1].candidate.village;
    const core::RegionCode twentieth = ranking[19].candidate.village;
    EXPECT_EQ(proposal.leaveOut(second, ""), core::LocusChoices::Outcome::ReasonMissing);
    EXPECT_EQ(proposal.leaveOut(second, "Sudah program provinsi"),
              core::LocusChoices::Outcome::LeftOut);
    EXPECT_EQ(proposal.add(twentieth, "Kesepakatan rembuk stunting"),
              core::LocusChoices::Outcome::Added);

    const core::LocusSelection selection = proposal.selection(core::Language::English);
    ASSERT_EQ(selection.villages.size(), 10U);
    EXPECT_EQ(selection.villages.front().reason,
              "Rank 1 of 155 in the proposal (score "
                  + core::formatDecimal(ranking[0].score, 1, core::Language::English)
                  + "; data of 2022)");
    EXPECT_EQ(selection.villages.back().village, twentieth);
    EXPECT_EQ(selection.villages.back().origin, core::LocusOrigin::Manual);

    const qint64 before = audits();
    const auto saved = proposal.save(*db, core::Language::English);
    EXPECT_EQ(saved.added, 10);
    storage::LocusRepository repo(*db);
    const auto villages = repo.villages(2023);
    ASSERT_EQ(villages.size(), 10U);
    EXPECT_EQ(villages.back().reason, "Kesepakatan rembuk stunting");
    EXPECT_TRUE(villages.front().evidence.childrenMeasured.has_value());
    ASSERT_EQ(repo.exclusions(2023).size(), 1U);
    EXPECT_EQ(repo.exclusions(2023)[0].village, second);
    EXPECT_GT(audits(), before);

    // Another year drops the choices; N = 0 and no additions make an empty list: refused.
    proposal.setYear(2024, 2023);
    EXPECT_TRUE(proposal.choices().empty());
    proposal.setTopN(0);
    ASSERT_TRUE(proposal.load(*db).isEmpty());
    QString message;
    EXPECT_EQ(errorKind([&] { proposal.save(*db, core::Language::English); }, &message),
              storage::StorageError::Kind::Invalid);
    EXPECT_TRUE(message.contains(QStringLiteral("empty"))) << message.toStdString();
    EXPECT_TRUE(repo.villages(2024).empty());

    // Weights that are all zero rank nothing and say why.
    proposal.setWeights({0, 0, 0, 0});
    EXPECT_FALSE(proposal.rank().isEmpty());
    EXPECT_TRUE(proposal.ranking().empty());
}

TEST_F(LocusUseCasesTest, AListAndItsDecreeAreSavedTogetherOrNotAtAll)
{
    core::LocusDecree decree = decreeOf(*db, 2023);
    EXPECT_EQ(decree.rowVersion, 0);
    EXPECT_EQ(decree.year, 2023);
    decree.number = "100/KPTS/II/2023";
    decree.date = boost::gregorian::date(2023, 2, 14);
    saveList(*db, 2023, {entry("14.03.11.2005", 1), entry("14.03.11.2006", 2)}, {}, decree);
    storage::LocusRepository repo(*db);
    EXPECT_EQ(repo.count(2023), 2U);
    EXPECT_EQ(repo.decree(2023)->number, "100/KPTS/II/2023");

    // A list that breaks a rule (a village twice) changes neither the list nor the decree.
    const qint64 before = audits();
    decree = decreeOf(*db, 2023);
    decree.number = "999/KPTS/2023";
    EXPECT_EQ(
        errorKind([&] {
            saveList(*db, 2023, {entry("14.03.11.2005", 1), entry("14.03.11.2005", 2)}, {}, decree);
        }),
        storage::StorageError::Kind::Invalid);
    EXPECT_EQ(repo.decree(2023)->number, "100/KPTS/II/2023");
    EXPECT_EQ(repo.count(2023), 2U);
    EXPECT_EQ(audits(), before);
}

TEST_F(LocusUseCasesTest, AnEntryIsCheckedBeforeItIsStored)
{
    storage::LocusRepository repo(*db);
    repo.replaceList(2023, {entry("14.03.11.2005", 1)});
    core::LocusVillage held = repo.villages(2023).front();
    ASSERT_EQ(findEntry(*db, 2023, held.id)->village, held.village);
    EXPECT_FALSE(findEntry(*db, 2023, held.id + 1000).has_value());

    core::LocusVillage bad = held;
    bad.evidence.childrenMeasured = 50;
    bad.evidence.stunted = 60;
    bad.evidence.povertyPercent = 120;
    EXPECT_EQ(entryProblems(bad).size(), 2);
    QString message;
    EXPECT_EQ(errorKind([&] { saveEntry(*db, bad); }, &message),
              storage::StorageError::Kind::Invalid);
    EXPECT_TRUE(message.contains(QStringLiteral("stunted"))) << message.toStdString();
    EXPECT_TRUE(message.contains(QStringLiteral("percentage"))) << message.toStdString();
    EXPECT_EQ(repo.villages(2023).front().evidence, held.evidence);

    core::LocusVillage good = held;
    good.reason = "Prevalensi tinggi";
    good.evidence.stunted = 10;
    const core::LocusVillage saved = saveEntry(*db, good);
    EXPECT_EQ(saved.rowVersion, held.rowVersion + 1);
    EXPECT_EQ(repo.villages(2023).front().reason, "Prevalensi tinggi");
    // The old row version is a conflict now.
    EXPECT_EQ(errorKind([&] { saveEntry(*db, good); }), storage::StorageError::Kind::Conflict);
}

TEST_F(LocusUseCasesTest, ScorecardsAreCheckedBeforeTheyAreStored)
{
    core::Scorecard card = newScorecard(code("14.03.11.2005"), 2023);
    EXPECT_EQ(card.indicators, core::standardScorecardIndicators());
    card.indicators[0].target = 10;
    card.indicators[0].achieved = 12;
    card.apbdesStunting = -5;
    const QStringList problems = scorecardProblems(card);
    ASSERT_EQ(problems.size(), 2) << problems.join(u'|').toStdString();
    EXPECT_TRUE(problems[0].contains(QString::fromStdString(card.indicators[0].name)));
    EXPECT_EQ(errorKind([&] { saveScorecard(*db, card); }), storage::StorageError::Kind::Invalid);
    EXPECT_FALSE(findScorecard(*db, code("14.03.11.2005"), 2023).has_value());

    card.indicators[0].achieved = 8;
    card.apbdesStunting = 125'000'000;
    const core::Scorecard saved = saveScorecard(*db, card);
    EXPECT_EQ(findScorecard(*db, code("14.03.11.2005"), 2023)->apbdesStunting, 125'000'000);
    removeScorecard(*db, saved.id, saved.rowVersion);
    EXPECT_FALSE(findScorecard(*db, code("14.03.11.2005"), 2023).has_value());

    core::Kpm kpm = kpmOf(*db, code("14.03.11.2005"));
    EXPECT_EQ(kpm.rowVersion, 0);
    kpm.name = "Siti Aminah";
    EXPECT_EQ(saveKpm(*db, kpm).rowVersion, 1);
    EXPECT_EQ(kpmOf(*db, code("14.03.11.2005")).name, "Siti Aminah");
}

TEST_F(LocusUseCasesTest, ImportsApplyAllOrNothingAndACancelLeavesNoTrace)
{
    storage::LocusRepository repo(*db);
    repo.replaceList(2023, {entry("14.03.01.2004", 1)});
    const auto listed = repo.locusCodes(2023);
    const qint64 auditBefore = audits();
    const QString good = file("good_semicolon_decimal_comma.csv");

    usecases::Progress quiet;
    const io::LocusImportReport checked = checkImport(*db, LocusFile::List, 2023, good, quiet);
    EXPECT_TRUE(checked.ok());
    EXPECT_EQ(checked.replaced, 1);
    EXPECT_FALSE(checked.applied);
    EXPECT_EQ(repo.locusCodes(2023), listed);

    // Cancelled at each step: before reading, before checking, after the importer wrote.
    for (int after = 1; after <= 3; ++after) {
        CancelAfter cancel(after);
        EXPECT_THROW(runImport(*db, LocusFile::List, 2023, good, cancel.progress),
                     usecases::Cancelled)
            << after;
        EXPECT_EQ(repo.locusCodes(2023), listed) << after;
        EXPECT_EQ(audits(), auditBefore) << after;
    }
    CancelAfter cancelCards(3);
    EXPECT_THROW(runImport(*db, LocusFile::Scorecards, 2023, file("scorecard_good.csv"),
                           cancelCards.progress),
                 usecases::Cancelled);
    EXPECT_EQ(storage::ScorecardRepository(*db).count(), 0U);
    EXPECT_EQ(audits(), auditBefore);

    // Not cancelled: applied, and the progress reached its end.
    qint64 lastDone = -1, lastTotal = -1;
    usecases::Progress watched([&](qint64 done, qint64 total, const QString &) {
        lastDone = done;
        lastTotal = total;
    });
    const io::LocusImportReport report = runImport(*db, LocusFile::List, 2023, good, watched);
    EXPECT_TRUE(report.applied);
    EXPECT_EQ(report.villages, 3);
    EXPECT_EQ(lastDone, lastTotal);
    EXPECT_EQ(repo.count(2023), 3U);

    // A bad file: every row's problem in the text, nothing applied.
    const io::LocusImportReport bad = runImport(*db, LocusFile::List, 2023,
                                                file("bad_unknown_names.csv"), quiet);
    EXPECT_FALSE(bad.applied);
    const QString text = importProblemsText(bad);
    EXPECT_TRUE(text.contains(QStringLiteral("Line 3"))) << text.toStdString();
    EXPECT_TRUE(text.contains(QStringLiteral("Kampung Baru"))) << text.toStdString();
    EXPECT_EQ(repo.count(2023), 3U);
    // At most maxRows rows, then how many more.
    const QString shortText = importProblemsText(bad, 1);
    EXPECT_TRUE(shortText.contains(QStringLiteral("and 2 more"))) << shortText.toStdString();
}

TEST_F(LocusUseCasesTest, DocumentsAreWrittenInEachFormatAndNotWhenCancelled)
{
    io::locus::addDemo(*db);
    QTemporaryDir dir;
    ASSERT_TRUE(dir.isValid());
    usecases::Progress quiet;
    for (const auto document : {LocusDocument::Attachment, LocusDocument::Scorecards}) {
        for (const QString &suffix :
             {QStringLiteral("pdf"), QStringLiteral("xlsx"), QStringLiteral("csv")}) {
            const QString path = dir.filePath(suggestedBaseName(document, 2021) + u'.' + suffix);
            const auto format = formatOfPath(path);
            ASSERT_TRUE(format.has_value());
            writeDocument(*db, document, 2021, *format, reports::Paper::F4,
                          core::Language::Indonesian, path, quiet);
            EXPECT_GT(QFileInfo(path).size(), 100) << path.toStdString();
        }
    }
    EXPECT_FALSE(formatOfPath(QStringLiteral("daftar.docx")).has_value());
    for (int after = 1; after <= 3; ++after) {
        const QString path = dir.filePath(QStringLiteral("cancelled-%1.pdf").arg(after));
        CancelAfter cancel(after);
        EXPECT_THROW(writeDocument(*db, LocusDocument::Attachment, 2021, FileFormat::Pdf,
                                   reports::Paper::A4, core::Language::English, path,
                                   cancel.progress),
                     usecases::Cancelled);
        EXPECT_FALSE(QFileInfo::exists(path)) << after;
    }
    const auto document = buildDocument(*db, LocusDocument::Attachment, 2021, reports::Paper::A4,
                                        core::Language::English);
    EXPECT_TRUE(document.html().contains(QStringLiteral("150/KPTS/III/2021")));
}

TEST_F(LocusUseCasesTest, TheComparisonNamesTheSourceAndPeriodOfItsFigures)
{
    io::locus::addDemo(*db);
    // Without prevalence data the comparison falls back on the lists' numbers, which only
    // cover locus villages: no comparison with the rest of the district, and it says why.
    YearComparison comparison = compareYears(*db, 2021, 2022);
    EXPECT_EQ(comparison.countFrom, 15);
    EXPECT_EQ(comparison.countTo, 23);
    EXPECT_EQ(comparison.count(YearComparison::Change::Kept)
                  + comparison.count(YearComparison::Change::Removed),
              15);
    EXPECT_EQ(comparison.count(YearComparison::Change::Kept)
                  + comparison.count(YearComparison::Change::Added),
              23);
    int before = 0, after = 0;
    for (const auto &k : comparison.kecamatan) {
        before += k.before;
        after += k.after;
        EXPECT_FALSE(k.name.isEmpty());
    }
    EXPECT_EQ(before, 15);
    EXPECT_EQ(after, 23);
    EXPECT_EQ(comparison.figuresFrom, core::FigureOrigin::ofList(2021));
    QString sentence = movementSentence(comparison, core::Language::English);
    EXPECT_TRUE(sentence.contains(QStringLiteral("cannot be compared"))) << sentence.toStdString();
    EXPECT_TRUE(sentence.contains(QStringLiteral("locus list 2021 for 2021")))
        << sentence.toStdString();

    io::prevalence::addDemo(*db);
    comparison = compareYears(*db, 2021, 2022);
    const auto august = [](int year) {
        return core::FigureOrigin::ofSeries(core::PrevalenceSource::Eppgbm,
                                            core::PrevalenceRound::August, year);
    };
    EXPECT_EQ(comparison.figuresFrom, august(2021));
    EXPECT_EQ(comparison.figuresTo, august(2022));
    ASSERT_TRUE(comparison.movement.has_value());
    ASSERT_TRUE(comparison.movement->locusChange().has_value());
    sentence = movementSentence(comparison, core::Language::English);
    EXPECT_TRUE(sentence.contains(QStringLiteral("(e-PPGBM, August 2021 → e-PPGBM, August 2022)")))
        << sentence.toStdString();
    EXPECT_TRUE(sentence.contains(QStringLiteral("rest of the district")))
        << sentence.toStdString();
    EXPECT_TRUE(sentence.contains(
        reports::percentOrDash(comparison.movement->locusBefore.percent, core::Language::English)));
    EXPECT_EQ(countsSentence(comparison),
              QStringLiteral("2021: 15 village(s); 2022: 23 village(s). %1 added, %2 kept, %3 "
                             "removed.")
                  .arg(comparison.count(YearComparison::Change::Added))
                  .arg(comparison.count(YearComparison::Change::Kept))
                  .arg(comparison.count(YearComparison::Change::Removed)));
}

TEST_F(LocusUseCasesTest, TheProfileOpensOnALocusVillageOfTheYear)
{
    const auto choices = villageChoices(*db);
    ASSERT_EQ(choices.size(), 155U);
    // No list at all: the first village of the district.
    EXPECT_EQ(profileVillageFor(*db, 2022), choices.front().code);
    io::locus::addDemo(*db);
    storage::LocusRepository repo(*db);
    EXPECT_EQ(profileVillageFor(*db, 2022), repo.villages(2022).front().village);
    EXPECT_EQ(profileVillageFor(*db, 2021), repo.villages(2021).front().village);
    // A year without a list: the newest list before it; before every list: the first list.
    EXPECT_EQ(profileVillageFor(*db, 2025), repo.villages(2023).front().village);
    EXPECT_EQ(profileVillageFor(*db, 2019), repo.villages(2021).front().village);

    const VillageProfile profile = loadVillageProfile(*db, code("14.03.11.2005"));
    EXPECT_EQ(profile.name, QStringLiteral("Titi Akar"));
    EXPECT_EQ(profile.kecamatan, QStringLiteral("Rupat Utara"));
    EXPECT_EQ(profile.history.size(), 3U) << "on the lists of 2021, 2022 and 2023";
    EXPECT_TRUE(profile.kpm.has_value());
    // The newest year's scorecard is the profile's last.
    const core::Scorecard held = storage::ScorecardRepository(*db).scorecards(2023).front();
    const VillageProfile withCard = loadVillageProfile(*db, held.village);
    ASSERT_FALSE(withCard.scorecards.empty());
    EXPECT_EQ(withCard.scorecards.back().indicators, held.indicators);
    EXPECT_EQ(regionNames(*db).at(code("14.03.11")), QStringLiteral("Rupat Utara"));
}

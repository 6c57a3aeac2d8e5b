// SPDX-License-Identifier: GPL-3.0-or-later
// The use cases of the stunting case audit without widgets: numbering (a removed case's number
// never comes back, a typed number must be free, the schema refuses a duplicate), saving a
// case with new checklist entries and follow-ups all or nothing, the semester of a new round
// and saving a round with its team and schedule.
#include "usecases/case_audit/case_audit_cases.h"
#include "usecases/case_audit/case_audit_refused.h"
#include "usecases/case_audit/case_audit_rounds.h"

#include "core/case_audit/case_numbers.h"
#include "io/workspace_setup.h"
#include "reports/case_audit/case_audit_words.h"
#include "storage/case_audit/case_audit_repository.h"
#include "storage/followups/follow_up_repository.h"

#include "storage_test_util.h"

#include <QCoreApplication>

using namespace konvergensi;
using boost::gregorian::date;
namespace cases = konvergensi::usecases::case_audit;

namespace {

struct CaseAuditUseCaseTest : ::testing::Test
{
    test::TestDb db;
    std::int64_t roundId = 0;

    void SetUp() override
    {
        io::populateDemo(*db);
        roundId = cases::saveRound(*db, cases::proposeRound(date(2023, 9, 1))).id;
    }

    cases::CaseDraft draft(const std::string &name, const std::string &number = {})
    {
        cases::CaseDraft d;
        d.auditCase.roundId = roundId;
        d.auditCase.caseNumber = number;
        d.auditCase.targetGroup = core::AuditTargetGroup::Baduta;
        d.auditCase.villageCode = "14.03.01.2004";
        d.auditCase.identity = core::CaseIdentity{name, "", date(2022, 5, 12), core::Sex::Female,
                                                  "Orang tua contoh"};
        d.auditCase.finding = "PB/U -2,6 SD";
        return d;
    }

    std::vector<std::string> numbers()
    {
        std::vector<std::string> out;
        for (const auto &e : cases::casesOfRound(*db, roundId))
            out.push_back(e.caseNumber);
        return out;
    }

    QString refusal(cases::CaseDraft d)
    {
        try {
            cases::saveCase(*db, std::move(d));
        } catch (const cases::Refused &refused) {
            return refused.message();
        }
        ADD_FAILURE() << "expected a refusal";
        return {};
    }
};

} // namespace

TEST_F(CaseAuditUseCaseTest, NewCasesAreNumberedAndARemovedNumberNeverComesBack)
{
    EXPECT_EQ(cases::nextCaseNumber(*db, roundId), QStringLiteral("01"));
    std::vector<std::int64_t> ids;
    for (const char *name : {"Anak Satu", "Anak Dua", "Anak Tiga"})
        ids.push_back(cases::saveCase(*db, draft(name)).auditCase.id);
    EXPECT_EQ(numbers(), (std::vector<std::string>{"01", "02", "03"}));

    // Issue #12 item 9: remove 02 of 01-03; the next new case used to be "03" again.
    cases::removeCase(*db, ids[1]);
    EXPECT_EQ(cases::nextCaseNumber(*db, roundId), QStringLiteral("04"));
    const auto fourth = cases::saveCase(*db, draft("Anak Empat")).auditCase;
    EXPECT_EQ(fourth.caseNumber, "04");
    EXPECT_EQ(numbers(), (std::vector<std::string>{"01", "03", "04"}));

    // Removing the highest number does not give it again either.
    cases::removeCase(*db, fourth.id);
    EXPECT_EQ(cases::nextCaseNumber(*db, roundId), QStringLiteral("05"));
    EXPECT_EQ(cases::saveCase(*db, draft("Anak Lima")).auditCase.caseNumber, "05");

    // Each round counts on its own.
    const auto other = cases::saveRound(*db, cases::proposeRound(date(2024, 2, 1)));
    EXPECT_EQ(cases::nextCaseNumber(*db, other.id), QStringLiteral("01"));
}

TEST_F(CaseAuditUseCaseTest, ATypedNumberThatIsTakenIsRefusedWithTheNextFreeOne)
{
    cases::saveCase(*db, draft("Anak Satu"));
    cases::saveCase(*db, draft("Anak Dua"));
    const QString message = refusal(draft("Anak Lain", "02"));
    EXPECT_TRUE(message.contains(QStringLiteral("02"))) << message.toStdString();
    EXPECT_TRUE(message.contains(QStringLiteral("03"))) << "the next free number is offered";
    EXPECT_FALSE(refusal(draft("Anak Lain", "2")).isEmpty()) << "2 is 02";
    EXPECT_FALSE(refusal(draft("Anak Lain", std::string(13, '9'))).isEmpty());
    EXPECT_EQ(numbers().size(), 2U);

    // A free number typed by hand is kept; the next one follows it.
    EXPECT_EQ(cases::saveCase(*db, draft("Anak Tujuh", "07")).auditCase.caseNumber, "07");
    EXPECT_EQ(cases::nextCaseNumber(*db, roundId), QStringLiteral("08"));

    // Renumbering a stored case onto another's number is refused; onto its own it is fine.
    auto first = *storage::CaseAuditRepository(*db).findCase(
        cases::casesOfRound(*db, roundId).front().id);
    cases::CaseDraft edit;
    edit.auditCase = first;
    edit.auditCase.caseNumber = "07";
    EXPECT_FALSE(refusal(edit).isEmpty());
    edit.auditCase.caseNumber = "01";
    EXPECT_NO_THROW(cases::saveCase(*db, edit));
    // A stored case cannot lose its number.
    edit.auditCase = *storage::CaseAuditRepository(*db).findCase(first.id);
    edit.auditCase.caseNumber = " ";
    EXPECT_FALSE(refusal(edit).isEmpty());
}

TEST_F(CaseAuditUseCaseTest, TheSchemaRefusesADuplicateWhoeverWrites)
{
    cases::saveCase(*db, draft("Anak Satu"));
    storage::CaseAuditRepository repo(*db);
    auto c = draft("Anak Kembar").auditCase;
    c.caseNumber = "01";
    EXPECT_THROW(repo.addCase(c), storage::StorageError) << "UNIQUE (round_id, case_number)";
    EXPECT_EQ(numbers().size(), 1U);
    // The highest number given is kept by the schema, also for cases written directly.
    c.caseNumber = "09";
    const auto nine = repo.addCase(c);
    repo.removeCase(nine.id);
    EXPECT_EQ(cases::nextCaseNumber(*db, roundId), QStringLiteral("10"));
    EXPECT_EQ(test::scalar(*db, QStringLiteral("SELECT last_case_number FROM case_audit_round "
                                               "WHERE id = %1")
                                    .arg(roundId))
                  .toInt(),
              9);
}

TEST_F(CaseAuditUseCaseTest, CaseWithNewRiskFactorAndFollowUpsInOneTransaction)
{
    storage::CaseAuditRepository repo(*db);
    const auto checklist = repo.riskFactors().size();
    auto d = draft("Rizka Amelia Contoh");
    d.auditCase.riskFactorIds = {repo.riskFactors().at(0).id};
    d.newRiskFactors = {"Pengasuhan oleh nenek"};
    core::FollowUp pmt;
    pmt.action = "PMT pemulihan 90 hari";
    pmt.responsibleOther = "Puskesmas Bengkalis";
    pmt.dueDate = date(2024, 1, 31);
    core::FollowUp visit = pmt;
    visit.action = "Kunjungan rumah oleh bidan desa";
    d.followUps = {pmt, visit};
    const auto saved = cases::saveCase(*db, d);
    EXPECT_EQ(saved.auditCase.caseNumber, "01");
    EXPECT_EQ(repo.riskFactors().size(), checklist + 1);
    EXPECT_EQ(saved.auditCase.riskFactorIds.size(), 2U);
    ASSERT_EQ(saved.followUps.size(), 2U);
    EXPECT_NE(saved.followUps[0].id, 0);
    const auto stored = storage::FollowUpRepository(*db).forOwner("audit_case", saved.auditCase.id);
    ASSERT_EQ(stored.size(), 2U);
    EXPECT_EQ(stored[1].action, "Kunjungan rumah oleh bidan desa");

    // An edit that removes one follow-up, changes the other and keeps the identity.
    cases::CaseDraft edit;
    edit.auditCase = *repo.findCase(saved.auditCase.id);
    EXPECT_FALSE(edit.auditCase.identity);
    edit.auditCase.recommendations = "PMT dan konseling";
    edit.followUps = {stored[0]};
    edit.followUps[0].progressNotes = "Berjalan";
    edit.removedFollowUps = {stored[1].id};
    cases::saveCase(*db, edit);
    const auto after = storage::FollowUpRepository(*db).forOwner("audit_case", saved.auditCase.id);
    ASSERT_EQ(after.size(), 1U);
    EXPECT_EQ(after[0].progressNotes, "Berjalan");
    EXPECT_EQ(repo.revealIdentity(saved.auditCase.id).name, "Rizka Amelia Contoh");

    // All or nothing: a follow-up the rules refuse (no action) stores nothing of the draft,
    // neither the case nor the new checklist entry.
    const auto casesBefore = test::count(*db, QStringLiteral("case_audit_case"));
    const auto risksBefore = test::count(*db, QStringLiteral("case_audit_risk_factor"));
    const auto followUpsBefore = test::count(*db, QStringLiteral("follow_up"));
    auto bad = draft("Anak Gagal");
    bad.newRiskFactors = {"Faktor yang tidak jadi"};
    bad.followUps = {core::FollowUp{}};
    EXPECT_THROW(cases::saveCase(*db, bad), storage::StorageError);
    EXPECT_EQ(test::count(*db, QStringLiteral("case_audit_case")), casesBefore);
    EXPECT_EQ(test::count(*db, QStringLiteral("case_audit_risk_factor")), risksBefore);
    EXPECT_EQ(test::count(*db, QStringLiteral("follow_up")), followUpsBefore);
    EXPECT_EQ(cases::nextCaseNumber(*db, roundId), QStringLiteral("02"))
        << "a number is given only by a case that was stored";
}

TEST_F(CaseAuditUseCaseTest, CaseRulesAreRefusedInWords)
{
    auto noDesa = draft("Anak");
    noDesa.auditCase.villageCode.clear();
    EXPECT_EQ(refusal(noDesa), reports::describe(core::AuditCaseProblem::NoDesa));
    auto badNik = draft("Anak");
    badNik.auditCase.identity->nik = "1403011205229998"; // a boy's day part, entered female
    EXPECT_EQ(refusal(badNik), reports::describe(core::NikProblem::SexMismatch));
    EXPECT_EQ(cases::checkCase(*db, badNik), reports::describe(core::NikProblem::SexMismatch));
    EXPECT_TRUE(cases::checkCase(*db, draft("Anak")).isEmpty());
    EXPECT_TRUE(numbers().empty());
}

TEST_F(CaseAuditUseCaseTest, FollowUpsOfAnotherOwnerAreNotTakenOver)
{
    const auto a = cases::saveCase(*db, draft("Anak Satu")).auditCase;
    core::FollowUp f;
    f.ownerType = "audit_case";
    f.ownerId = a.id;
    f.action = "PMT";
    f.responsibleOther = "Puskesmas Bengkalis";
    f = storage::FollowUpRepository(*db).add(f);
    cases::CaseDraft other = draft("Anak Dua");
    other.followUps = {f};
    EXPECT_THROW(cases::saveCase(*db, other), storage::StorageError);
    other.followUps.clear();
    other.removedFollowUps = {f.id};
    EXPECT_THROW(cases::saveCase(*db, other), storage::StorageError);
    EXPECT_EQ(storage::FollowUpRepository(*db).forOwner("audit_case", a.id).size(), 1U);
}

TEST_F(CaseAuditUseCaseTest, ANewRoundIsForTheSemesterOfToday)
{
    const auto june = cases::proposeRound(date(2024, 6, 30));
    EXPECT_EQ(june.year, 2024);
    EXPECT_EQ(june.semester, 1);
    EXPECT_EQ(june.steps.size(), core::allAuditStepKinds().size());
    EXPECT_NE(june.title.find("2024 semester I"), std::string::npos) << june.title;
    const auto july = cases::proposeRound(date(2024, 7, 1));
    EXPECT_EQ(july.semester, 2);
    EXPECT_NE(july.title.find("2024 semester II"), std::string::npos) << july.title;
}

TEST_F(CaseAuditUseCaseTest, RoundWithTeamAndScheduleAndItsRefusals)
{
    auto round = cases::proposeRound(date(2024, 3, 1));
    round.team = {{"dr. Contoh, Sp.A.", "Dokter spesialis anak", true},
                  {"Contoh Ketua", "Ketua tim", false}};
    round.steps[0].status = core::AuditStepStatus::Done;
    EXPECT_EQ(cases::checkRound(round),
              reports::describe(core::AuditRoundProblem::DoneStepWithoutDate));
    EXPECT_THROW(cases::saveRound(*db, round), cases::Refused);
    round.steps[0].doneDate = date(2024, 2, 20);
    const auto saved = cases::saveRound(*db, round);
    const auto stored = storage::CaseAuditRepository(*db).findRound(saved.id);
    ASSERT_TRUE(stored);
    EXPECT_EQ(stored->team, round.team);
    EXPECT_EQ(stored->steps[0].doneDate, date(2024, 2, 20));

    // A second round for the same semester is a refusal in words, not a failure.
    try {
        cases::saveRound(*db, cases::proposeRound(date(2024, 5, 1)));
        ADD_FAILURE() << "a second round for 2024 semester I";
    } catch (const cases::Refused &refused) {
        EXPECT_TRUE(refused.message().contains(QStringLiteral("2024"))) << refused.what();
    }
    // A stale edit is a conflict (the dialog offers to reload), not a refusal.
    auto stale = *stored;
    stale.title = "Lain";
    cases::saveRound(*db, stale);
    EXPECT_THROW(cases::saveRound(*db, stale), storage::StorageError);

    // Listed newest first; the overview has the summary.
    const auto rounds = cases::listRounds(*db);
    ASSERT_EQ(rounds.size(), 2U);
    EXPECT_EQ(rounds[0].year, 2024);
    const auto overview = cases::roundOverview(*db, saved.id);
    ASSERT_TRUE(overview);
    EXPECT_EQ(overview->summary.cases, 0);
    EXPECT_FALSE(overview->riskLabels.empty());
    EXPECT_FALSE(cases::roundOverview(*db, saved.id + 100));
}

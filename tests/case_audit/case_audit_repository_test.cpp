// SPDX-License-Identifier: GPL-3.0-or-later
// CaseAuditRepository on real SQLite: round trip of rounds and cases, privacy of list queries,
// identity reveals logged without the data, NIK refusal, follow-ups as owner "audit_case",
// summaries, removal.
#include "storage/case_audit/case_audit_repository.h"

#include "io/workspace_setup.h"
#include "storage/followups/follow_up_repository.h"
#include "storage/meetings/meeting_repository.h"

#include "storage_test_util.h"

#include <QJsonDocument>

using namespace konvergensi;
using boost::gregorian::date;

namespace {

struct CaseAuditRepositoryTest : ::testing::Test
{
    test::TestDb db;
    storage::CaseAuditRepository repo{*db};

    void SetUp() override { io::populateDemo(*db); }

    core::AuditRound round()
    {
        auto r = core::newAuditRound(2023, 2);
        r.team = {{"dr. Contoh Anak, Sp.A.", "Dokter spesialis anak", true},
                  {"Contoh Gizi, S.Gz.", "Ahli gizi", true},
                  {"Contoh Ketua", "Ketua tim audit", false}};
        r.steps[0].status = core::AuditStepStatus::Done;
        r.steps[0].doneDate = date(2023, 9, 15);
        r.steps[1].plannedDate = date(2023, 10, 20);
        return repo.addRound(r);
    }

    core::AuditCase sampleCase(std::int64_t roundId)
    {
        core::AuditCase c;
        c.roundId = roundId;
        c.caseNumber = "01";
        c.targetGroup = core::AuditTargetGroup::Baduta;
        c.villageCode = "14.03.01.2004";
        c.identity = core::CaseIdentity{"Nur Aisyah Contoh", "1403015205229999", date(2022, 5, 12),
                                        core::Sex::Female, "Budi Contoh / Sari Contoh"};
        c.assessedOn = date(2023, 9, 12);
        c.finding = "PB/U -2,6 SD";
        const auto factors = repo.riskFactors();
        c.riskFactorIds = {factors.at(0).id, factors.at(2).id};
        c.causes = "Asupan kurang";
        c.recommendations = "PMT";
        return c;
    }

    QString auditText()
    {
        QString all;
        for (const auto &e : storage::AuditLog::entries(*db, {}, {}, 10000))
            all += QString::fromUtf8(QJsonDocument(e.before).toJson())
                   + QString::fromUtf8(QJsonDocument(e.after).toJson());
        return all;
    }
};

} // namespace

TEST_F(CaseAuditRepositoryTest, RoundRoundTripAndDuplicateSemester)
{
    const auto saved = round();
    const auto loaded = repo.findRound(saved.id);
    ASSERT_TRUE(loaded);
    EXPECT_EQ(*loaded, saved);
    EXPECT_EQ(loaded->team.size(), 3u);
    EXPECT_EQ(loaded->steps.at(0).doneDate, date(2023, 9, 15));

    auto again = core::newAuditRound(2023, 2);
    EXPECT_THROW(repo.addRound(again), storage::StorageError);

    // Link the dissemination meeting of the register.
    core::Meeting m;
    m.kind = core::MeetingKind::AksDissemination;
    m.level = core::MeetingLevel::Kabupaten;
    m.regionCode = "14.03";
    m.title = "Diseminasi AKS";
    m.date = date(2023, 12, 5);
    m = storage::MeetingRepository(*db).add(m);
    auto edit = *loaded;
    edit.disseminationMeetingId = m.id;
    edit.title = "AKS Bengkalis 2023 semester II";
    const auto updated = repo.updateRound(edit);
    EXPECT_EQ(updated.rowVersion, 2);
    const auto rows = repo.rounds();
    ASSERT_EQ(rows.size(), 1u);
    EXPECT_EQ(rows[0].meetingDate, date(2023, 12, 5));
    EXPECT_EQ(rows[0].title, "AKS Bengkalis 2023 semester II");
    // Stale row version
    EXPECT_THROW(repo.updateRound(edit), storage::StorageError);
}

TEST_F(CaseAuditRepositoryTest, CaseRoundTripKeepsIdentityOutOfFindAndList)
{
    const auto r = round();
    const auto saved = repo.addCase(sampleCase(r.id));
    const auto found = repo.findCase(saved.id);
    ASSERT_TRUE(found);
    EXPECT_FALSE(found->identity); // identity only on request
    EXPECT_EQ(found->finding, "PB/U -2,6 SD");
    EXPECT_EQ(found->riskFactorIds.size(), 2u);

    const auto list = repo.listCases(r.id);
    ASSERT_EQ(list.size(), 1u);
    EXPECT_EQ(list[0].initials, "N.A.C.");
    EXPECT_EQ(list[0].ageMonths, 16);
    EXPECT_EQ(list[0].villageName, "Kelapapati");
    EXPECT_EQ(list[0].sex, core::Sex::Female);
    for (const auto &text : {list[0].initials, list[0].finding, list[0].villageName}) {
        EXPECT_EQ(text.find("Aisyah"), std::string::npos);
        EXPECT_EQ(text.find("1403015205229999"), std::string::npos);
    }

    // Reveal is logged as a view, without the data.
    const auto before = storage::AuditLog::entries(*db, QStringLiteral("case_audit_case")).size();
    const auto identity = repo.revealIdentity(saved.id);
    EXPECT_EQ(identity.nik, "1403015205229999");
    EXPECT_EQ(identity.parentsOrPartner, "Budi Contoh / Sari Contoh");
    const auto entries = storage::AuditLog::entries(*db, QStringLiteral("case_audit_case"));
    ASSERT_EQ(entries.size(), before + 1);
    EXPECT_TRUE(std::any_of(entries.begin(), entries.end(), [](const auto &e) {
        return e.action == storage::AuditLog::Action::View;
    }));

    // Update without identity keeps it; with a changed identity only field names are logged.
    auto edit = *found;
    edit.finding = "PB/U -2,8 SD";
    auto afterEdit = repo.updateCase(edit);
    EXPECT_EQ(repo.revealIdentity(saved.id), identity);
    afterEdit.identity = identity;
    afterEdit.identity->name = "Nur Aisyah Contoh Baru";
    repo.updateCase(afterEdit);
    EXPECT_EQ(repo.revealIdentity(saved.id).name, "Nur Aisyah Contoh Baru");

    const QString log = auditText();
    EXPECT_FALSE(log.contains(QStringLiteral("Aisyah")));
    EXPECT_FALSE(log.contains(QStringLiteral("1403015205229999")));
    EXPECT_FALSE(log.contains(QStringLiteral("2022-05-12")));
    EXPECT_FALSE(log.contains(QStringLiteral("Budi")));
    EXPECT_TRUE(log.contains(QStringLiteral("changed_fields")));
    EXPECT_TRUE(log.contains(QStringLiteral("\"name\"")));
}

TEST_F(CaseAuditRepositoryTest, RefusesBadNikAndMissingName)
{
    const auto r = round();
    auto c = sampleCase(r.id);
    c.identity->nik = "1403011205229999"; // male day part, but the case is female
    try {
        repo.addCase(c);
        FAIL() << "accepted a NIK that disagrees with the sex";
    } catch (const storage::StorageError &e) {
        EXPECT_EQ(e.kind(), storage::StorageError::Kind::Invalid);
        EXPECT_FALSE(QString::fromUtf8(e.what()).contains(QStringLiteral("1403011205229999")));
    }
    c = sampleCase(r.id);
    c.identity->name = "  ";
    EXPECT_THROW(repo.addCase(c), storage::StorageError);
    c = sampleCase(r.id);
    c.identity->nik.clear(); // the NIK is optional
    EXPECT_NO_THROW(repo.addCase(c));
    EXPECT_EQ(repo.listCases(r.id).size(), 1u);
}

TEST_F(CaseAuditRepositoryTest, RiskFactorsAreExtendable)
{
    const auto count = repo.riskFactors().size();
    EXPECT_GE(count, 10u);
    const auto added = repo.addRiskFactor("  Pola asuh kurang  ");
    EXPECT_EQ(added.label, "Pola asuh kurang");
    EXPECT_EQ(repo.addRiskFactor("pola asuh kurang").id, added.id);
    EXPECT_EQ(repo.riskFactors().size(), count + 1);
    EXPECT_THROW(repo.addRiskFactor(" "), storage::StorageError);
}

TEST_F(CaseAuditRepositoryTest, FollowUpsSummaryDetailsAndRemoval)
{
    const auto r = round();
    const auto c1 = repo.addCase(sampleCase(r.id));
    auto second = sampleCase(r.id);
    second.caseNumber = "02";
    second.targetGroup = core::AuditTargetGroup::Pregnant;
    second.villageCode = "14.03.02.2003";
    second.identity = core::CaseIdentity{"Contoh Ibu", "1403025003969999", date(1996, 3, 10),
                                         core::Sex::Female, ""};
    second.riskFactorIds = {repo.riskFactors().at(0).id};
    const auto c2 = repo.addCase(second);

    storage::FollowUpRepository followUps(*db);
    core::FollowUp f;
    f.ownerType = std::string(core::follow_up_owner::kAuditCase);
    f.ownerId = c1.id;
    f.action = "Kunjungan rumah oleh TPK";
    f.responsibleOther = "Puskesmas Bengkalis";
    f.dueDate = date(2023, 11, 30);
    const auto saved = followUps.add(f);
    f.action = "PMT lokal 90 hari";
    f.dueDate = date(2024, 1, 31);
    followUps.add(f);
    followUps.changeStatus(saved.id, saved.rowVersion, core::FollowUpStatus::Done,
                           date(2023, 11, 20));

    const auto s = repo.summary(r.id);
    EXPECT_EQ(s.cases, 2);
    EXPECT_EQ(s.byTargetGroup.at(core::AuditTargetGroup::Pregnant), 1);
    ASSERT_FALSE(s.topRiskFactors.empty());
    EXPECT_EQ(s.topRiskFactors[0], (std::pair<std::int64_t, int>{repo.riskFactors()[0].id, 2}));
    EXPECT_EQ(s.followUps, 2);
    EXPECT_EQ(s.followUpsDone, 1);
    const auto rows = repo.rounds();
    EXPECT_EQ(rows.at(0).cases, 2);
    EXPECT_EQ(rows.at(0).followUpsDone, 1);

    const auto withoutId = repo.caseDetails(r.id, false);
    ASSERT_EQ(withoutId.size(), 2u);
    EXPECT_FALSE(withoutId[0].auditCase.identity);
    EXPECT_EQ(withoutId[0].followUps.size(), 2u);
    EXPECT_EQ(withoutId[0].kecamatanName, "Bengkalis");
    EXPECT_EQ(withoutId[0].riskFactorLabels.size(), 2u);
    const auto views = [&] {
        int n = 0;
        for (const auto &e : storage::AuditLog::entries(*db, QStringLiteral("case_audit_case")))
            n += e.action == storage::AuditLog::Action::View ? 1 : 0;
        return n;
    };
    EXPECT_EQ(views(), 0);
    const auto withId = repo.caseDetails(r.id, true);
    ASSERT_TRUE(withId[1].auditCase.identity);
    EXPECT_EQ(withId[1].auditCase.identity->name, "Contoh Ibu");
    EXPECT_EQ(views(), 2);

    repo.removeCase(c2.id);
    EXPECT_EQ(repo.listCases(r.id).size(), 1u);
    repo.removeRound(r.id);
    EXPECT_TRUE(repo.rounds().empty());
    EXPECT_TRUE(followUps.forOwner(std::string(core::follow_up_owner::kAuditCase), c1.id).empty());
}

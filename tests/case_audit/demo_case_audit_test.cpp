// SPDX-License-Identifier: GPL-3.0-or-later
// The demo audit round: a dozen synthetic cases across all target groups, valid synthetic NIKs,
// follow-ups, and the link to the 5 December 2023 dissemination meeting.
#include "io/case_audit/demo_case_audit.h"
#include "io/meetings/demo_meetings.h"
#include "io/workspace_setup.h"
#include "storage/case_audit/case_audit_repository.h"
#include "storage/meetings/meeting_repository.h"

#include "storage_test_util.h"

#include <set>

using namespace konvergensi;

TEST(DemoCaseAudit, RoundWithCasesLinkedToTheDecemberMeeting)
{
    test::TestDb db;
    io::populateDemo(*db);
    io::meetings::addDemo(*db);
    io::case_audit::addDemo(*db);
    storage::CaseAuditRepository repo(*db);
    const auto rounds = repo.rounds();
    ASSERT_EQ(rounds.size(), 1u);
    EXPECT_EQ(rounds[0].year, 2023);
    EXPECT_EQ(rounds[0].semester, 2);
    ASSERT_TRUE(rounds[0].meetingDate);
    EXPECT_EQ(*rounds[0].meetingDate, boost::gregorian::date(2023, 12, 5));
    EXPECT_EQ(rounds[0].cases, 12);
    EXPECT_GT(rounds[0].followUps, 12);

    const auto details = repo.caseDetails(rounds[0].id, true);
    std::set<core::AuditTargetGroup> groups;
    for (const auto &d : details) {
        groups.insert(d.auditCase.targetGroup);
        ASSERT_TRUE(d.auditCase.identity);
        const auto &id = *d.auditCase.identity;
        EXPECT_TRUE(core::checkNik(id.nik, id.birthDate, id.sex, "14.03").empty()) << id.nik;
        EXPECT_EQ(id.nik.substr(12, 2), "99"); // obviously synthetic serial
        EXPECT_EQ(core::parseNik(id.nik)->regionCode, core::kecamatanOf(d.auditCase.villageCode));
        EXPECT_FALSE(d.riskFactorLabels.empty());
        EXPECT_FALSE(d.followUps.empty());
        EXPECT_FALSE(d.kecamatanName.empty());
    }
    EXPECT_EQ(groups.size(), core::allAuditTargetGroups().size());
}

TEST(DemoCaseAudit, WorksWithoutTheDemoMeetings)
{
    test::TestDb db;
    io::populateDemo(*db);
    io::case_audit::addDemo(*db);
    const auto rounds = storage::CaseAuditRepository(*db).rounds();
    ASSERT_EQ(rounds.size(), 1u);
    EXPECT_FALSE(rounds[0].disseminationMeetingId);
}

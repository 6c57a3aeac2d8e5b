// SPDX-License-Identifier: GPL-3.0-or-later
// MeetingRepository and FollowUpRepository on real SQLite: a meeting with every part
// round-trips, the register's filters and search, follow-ups keep their ids across saves,
// the overdue query follows the database's clock, follow-ups of other owners, the audit log,
// meetingsServingAction, and the demo meetings.
#include "storage_test_util.h"

#include "io/meetings/demo_meetings.h"
#include "io/workspace_setup.h"
#include "storage/directory/directory_repository.h"
#include "storage/document_store.h"
#include "storage/followups/follow_up_repository.h"
#include "storage/meetings/meeting_repository.h"

#include <boost/date_time/gregorian/gregorian.hpp>

using namespace konvergensi;
using namespace konvergensi::test;
using boost::gregorian::date;
using storage::FollowUpRepository;
using storage::MeetingRepository;
using storage::StorageError;

namespace {

class MeetingRepositoryTest : public ::testing::Test
{
protected:
    void SetUp() override
    {
        storage::DirectoryRepository directory(*db);
        dinkes = directory.addOpd({0, "Dinas Kesehatan", "Dinkes", 0}).id;
        bappeda = directory.addOpd({0, "Badan Perencanaan Pembangunan Daerah", "Bappeda", 0}).id;
        person = directory.addPerson({0, dinkes, "dr. Nurhayati", "Kepala Dinas", "", 0}).id;
    }

    core::FollowUp followUp(const std::string &action, std::int64_t opd, date due,
                            core::FollowUpStatus status = core::FollowUpStatus::Open)
    {
        core::FollowUp f;
        f.action = action;
        f.responsibleOpdId = opd;
        f.responsiblePerson = "Andi";
        f.dueDate = due;
        f.status = status;
        if (status == core::FollowUpStatus::Done)
            f.doneDate = due;
        f.progressNotes = "catatan";
        return f;
    }

    core::Meeting fullMeeting()
    {
        core::Meeting m;
        m.kind = core::MeetingKind::Rakornis;
        m.level = core::MeetingLevel::Kabupaten;
        m.regionCode = "14.03";
        m.title = "Rakornis TPPS dan Diseminasi AKS";
        m.date = date(2023, 12, 5);
        m.startMinute = 9 * 60;
        m.endMinute = 12 * 60 + 30;
        m.venue = "Ruang Rapat Zahari";
        m.chair = "Bupati Bengkalis";
        m.chairRepresentedBy = "H. Fulan";
        m.chairRepresentativePosition = "Staf Ahli Bupati Bidang Kemasyarakatan dan SDM";
        m.servesAction = "3";
        m.summary = "Prevalensi 8,4 %";
        m.minutes = "1. Dibuka.\n2. Paparan.";
        m.secretaryName = "Rahmat";
        m.secretaryPosition = "Sekretaris TPPS";
        m.agenda = {{"Rakornis"}, {"Diseminasi AKS"}};
        m.attendees = {{dinkes, person, "Dinkes", "dr. Nurhayati", "Kepala Dinas",
                        core::AttendanceStatus::Represented, "Andi Saputra"},
                       {{}, {}, "Kodim 0303", "", "Dandim", core::AttendanceStatus::Absent, ""}};
        core::Decision d1;
        d1.text = "Rekomendasi pakar ditindaklanjuti";
        d1.followUps = {
            followUp("Pendampingan gizi baduta", dinkes, date(2024, 3, 31)),
            followUp("Laporan semester", bappeda, date(2024, 1, 15), core::FollowUpStatus::Done)};
        core::Decision d2;
        d2.text = "Jamban sehat di desa lokus";
        d2.followUps = {followUp("Bangun jamban", bappeda, date(2025, 12, 31),
                                 core::FollowUpStatus::InProgress)};
        m.decisions = {d1, d2};
        return m;
    }

    core::Meeting simpleMeeting(const std::string &title, date when,
                                core::MeetingKind kind = core::MeetingKind::RakorTpps)
    {
        core::Meeting m;
        m.kind = kind;
        m.title = title;
        m.date = when;
        return m;
    }

    TestDb db;
    MeetingRepository meetings{*db};
    FollowUpRepository followUps{*db};
    std::int64_t dinkes = 0;
    std::int64_t bappeda = 0;
    std::int64_t person = 0;
};

} // namespace

TEST_F(MeetingRepositoryTest, AMeetingWithEveryPartRoundTrips)
{
    const core::Meeting saved = meetings.add(fullMeeting());
    EXPECT_GT(saved.id, 0);
    EXPECT_EQ(saved.rowVersion, 1);
    ASSERT_EQ(saved.decisions.size(), 2U);
    for (const auto &d : saved.decisions) {
        EXPECT_GT(d.id, 0);
        for (const auto &f : d.followUps) {
            EXPECT_GT(f.id, 0);
            EXPECT_EQ(f.ownerType, "meeting_decision");
            EXPECT_EQ(f.ownerId, d.id);
            EXPECT_EQ(f.rowVersion, 1);
        }
    }
    const auto read = meetings.find(saved.id);
    ASSERT_TRUE(read.has_value());
    EXPECT_EQ(*read, saved);
    EXPECT_EQ(read->attendees[0].personId, person);
    EXPECT_EQ(read->attendees[0].representedBy, "Andi Saputra");
    EXPECT_FALSE(read->attendees[1].opdId.has_value());
    EXPECT_EQ(read->startMinute, 540);
    EXPECT_EQ(read->servesAction, "3");
    EXPECT_EQ(scalar(*db, QStringLiteral("SELECT serves_action FROM meeting")).toString(),
              QStringLiteral("3"));
    EXPECT_FALSE(meetings.find(saved.id + 1).has_value());

    const auto audit = auditInOrder(*db, QStringLiteral("meeting"));
    ASSERT_EQ(audit.size(), 1U);
    EXPECT_EQ(audit[0].action, storage::AuditLog::Action::Insert);
    EXPECT_EQ(audit[0].actor, QStringLiteral("tester"));
    EXPECT_EQ(auditInOrder(*db, QStringLiteral("follow_up")).size(), 3U);
}

TEST_F(MeetingRepositoryTest, UpdateKeepsFollowUpIdsAndRemovesWhatWasRemoved)
{
    core::Meeting saved = meetings.add(fullMeeting());
    const auto keptId = saved.decisions[0].followUps[0].id;
    const auto removedId = saved.decisions[0].followUps[1].id;
    const auto removedDecision = saved.decisions[1].id;
    saved.title = "Rakornis TPPS (diperbaiki)";
    saved.agenda = {{"Satu-satunya acara"}};
    saved.decisions[0].followUps.erase(saved.decisions[0].followUps.begin() + 1);
    saved.decisions[0].followUps[0].progressNotes = "sudah berjalan";
    saved.decisions.erase(saved.decisions.begin() + 1);
    core::Decision added;
    added.text = "Kesepakatan baru";
    added.followUps = {followUp("Tindak lanjut baru", dinkes, date(2024, 2, 1))};
    saved.decisions.push_back(added);

    const core::Meeting updated = meetings.update(saved);
    EXPECT_EQ(updated.rowVersion, 2);
    EXPECT_EQ(updated.decisions[0].followUps[0].id, keptId);
    EXPECT_EQ(updated.decisions[0].followUps[0].rowVersion, 2);
    EXPECT_GT(updated.decisions[1].id, 0);
    const auto read = meetings.find(saved.id);
    ASSERT_TRUE(read.has_value());
    EXPECT_EQ(*read, updated);
    EXPECT_EQ(read->agenda.size(), 1U);
    // (SQLite may give a new row a freed id, so the removed ones are looked for by content.)
    const auto gone = followUps.find(removedId);
    EXPECT_TRUE(!gone || gone->action != "Laporan semester");
    EXPECT_EQ(scalar(*db, QStringLiteral("SELECT count(*) FROM follow_up WHERE action = "
                                         "'Laporan semester' OR action = 'Bangun jamban'"))
                  .toInt(),
              0);
    EXPECT_EQ(scalar(*db, QStringLiteral("SELECT count(*) FROM meeting_decision WHERE text = "
                                         "'Jamban sehat di desa lokus'"))
                  .toInt(),
              0);
    (void)removedDecision;
    EXPECT_EQ(count(*db, QStringLiteral("follow_up")), 2);
}

TEST_F(MeetingRepositoryTest, AStaleMeetingOrFollowUpIsRefused)
{
    core::Meeting saved = meetings.add(fullMeeting());
    // The board marks a follow-up done meanwhile ...
    const auto &f = saved.decisions[0].followUps[0];
    followUps.changeStatus(f.id, f.rowVersion, core::FollowUpStatus::Done, date(2023, 12, 5));
    // ... so the editor's changed copy of that follow-up is stale.
    core::Meeting edited = saved;
    edited.decisions[0].followUps[0].action = "Diubah di editor";
    EXPECT_EQ(errorKind([&] { meetings.update(edited); }), StorageError::Kind::Conflict);
    EXPECT_EQ(meetings.find(saved.id)->title, saved.title) << "rolled back";
    // An old row version of the meeting itself is refused too.
    core::Meeting fresh = *meetings.find(saved.id);
    fresh.title = "Versi 2";
    meetings.update(fresh);
    fresh.title = "Versi lama";
    EXPECT_EQ(errorKind([&] { meetings.update(fresh); }), StorageError::Kind::Conflict);
}

// The repository refuses what breaks core's rules even when a caller did not check first
// (the words for each rule are the use case's; see meeting_usecases_test).
TEST_F(MeetingRepositoryTest, RulesAreEnforcedEvenWithoutACheckFirst)
{
    core::Meeting m = fullMeeting();
    m.title = "  ";
    EXPECT_EQ(errorKind([&] { meetings.add(m); }), StorageError::Kind::Invalid);
    m = fullMeeting();
    m.endMinute = 8 * 60;
    EXPECT_EQ(errorKind([&] { meetings.add(m); }), StorageError::Kind::Invalid);
    m = fullMeeting();
    m.decisions[1].followUps[0].responsibleOpdId.reset();
    EXPECT_EQ(errorKind([&] { meetings.add(m); }), StorageError::Kind::Invalid);
    m = fullMeeting();
    m.decisions[0].followUps[0].dueDate = date(2023, 12, 4);
    EXPECT_EQ(errorKind([&] { meetings.add(m); }), StorageError::Kind::Invalid);
    m = fullMeeting();
    m.title = std::string(201, 'x');
    EXPECT_EQ(errorKind([&] { meetings.add(m); }), StorageError::Kind::Invalid);
    EXPECT_EQ(count(*db, QStringLiteral("meeting")), 0);
    EXPECT_EQ(count(*db, QStringLiteral("follow_up")), 0);
}

TEST_F(MeetingRepositoryTest, TheRegisterFiltersAndSearches)
{
    const auto rakornis = meetings.add(fullMeeting()).id;
    auto rembuk = simpleMeeting("Rembuk Stunting 2022", date(2022, 6, 14),
                                core::MeetingKind::RembukStunting);
    rembuk.servesAction = "3";
    rembuk.level = core::MeetingLevel::Kecamatan;
    rembuk.regionCode = "14.03.02";
    const auto rembukId = meetings.add(rembuk).id;
    auto desa = simpleMeeting("Rembuk desa 100%_hadir", date(2022, 3, 1));
    desa.level = core::MeetingLevel::Desa;
    desa.regionCode = "14.03.02.2001";
    desa.minutes = "Membahas POSYANDU dan kader";
    const auto desaId = meetings.add(desa).id;

    auto ids = [](const std::vector<storage::MeetingSummary> &list) {
        std::vector<std::int64_t> out;
        for (const auto &m : list)
            out.push_back(m.id);
        return out;
    };
    EXPECT_EQ(ids(meetings.list()), (std::vector<std::int64_t>{rakornis, rembukId, desaId}))
        << "newest first";
    storage::MeetingFilter filter;
    filter.year = 2022;
    EXPECT_EQ(ids(meetings.list(filter)), (std::vector<std::int64_t>{rembukId, desaId}));
    filter = {};
    filter.kind = core::MeetingKind::Rakornis;
    EXPECT_EQ(ids(meetings.list(filter)), std::vector<std::int64_t>{rakornis});
    filter = {};
    filter.level = core::MeetingLevel::Desa;
    EXPECT_EQ(ids(meetings.list(filter)), std::vector<std::int64_t>{desaId});
    filter = {};
    filter.regionCode = "14.03.02";
    EXPECT_EQ(ids(meetings.list(filter)), (std::vector<std::int64_t>{rembukId, desaId}))
        << "the region and the regions below it";
    filter = {};
    filter.text = "posyandu";
    EXPECT_EQ(ids(meetings.list(filter)), std::vector<std::int64_t>{desaId}) << "minutes, any case";
    filter.text = "jamban sehat";
    EXPECT_EQ(ids(meetings.list(filter)), std::vector<std::int64_t>{rakornis}) << "decisions";
    filter.text = "pendampingan GIZI";
    EXPECT_EQ(ids(meetings.list(filter)), std::vector<std::int64_t>{rakornis}) << "follow-ups";
    filter.text = "100%_";
    EXPECT_EQ(ids(meetings.list(filter)), std::vector<std::int64_t>{desaId})
        << "wildcards are literal";
    filter.text = "a%b"; // unescaped, "jAMBan" in a decision would match
    EXPECT_TRUE(meetings.list(filter).empty());
    EXPECT_EQ(meetings.years(), (std::vector<int>{2023, 2022}));

    const auto first = meetings.list().front();
    EXPECT_EQ(first.decisionCount, 2);
    EXPECT_EQ(first.followUpCount, 3);
    EXPECT_EQ(first.pendingFollowUps, 2);
    EXPECT_EQ(first.overdueFollowUps, 0) << "the clock stands on 5 December 2023";
    db.clock->set(boost::posix_time::ptime(date(2024, 4, 1)));
    EXPECT_EQ(meetings.list().front().overdueFollowUps, 1);
}

TEST_F(MeetingRepositoryTest, OverdueFollowUpsFollowTheClock)
{
    meetings.add(fullMeeting());
    storage::FollowUpFilter overdue;
    overdue.overdueOnly = true;
    EXPECT_TRUE(followUps.list(overdue).empty());
    EXPECT_EQ(followUps.overdueCount(), 0);

    db.clock->set(boost::posix_time::ptime(date(2024, 4, 1)));
    auto list = followUps.list(overdue);
    ASSERT_EQ(list.size(), 1U);
    EXPECT_EQ(list[0].followUp.action, "Pendampingan gizi baduta");
    EXPECT_TRUE(list[0].overdue);
    EXPECT_EQ(list[0].daysOverdue, 1);
    EXPECT_EQ(list[0].responsibleOpdShortName, "Dinkes");
    EXPECT_EQ(list[0].meetingTitle, "Rakornis TPPS dan Diseminasi AKS");
    EXPECT_EQ(list[0].meetingDate, date(2023, 12, 5));
    EXPECT_EQ(list[0].decisionNumber, 1);

    db.clock->set(boost::posix_time::ptime(date(2026, 11, 20)));
    EXPECT_EQ(followUps.overdueCount(), 2) << "the done one is never overdue";
    // Marking done takes it off the list.
    followUps.changeStatus(list[0].followUp.id, list[0].followUp.rowVersion,
                           core::FollowUpStatus::Done);
    EXPECT_EQ(followUps.overdueCount(), 1);
    const auto done = followUps.find(list[0].followUp.id);
    EXPECT_EQ(done->doneDate, date(2026, 11, 20)) << "done today by the clock";

    storage::FollowUpFilter byOpd;
    byOpd.responsibleOpdId = bappeda;
    EXPECT_EQ(followUps.list(byOpd).size(), 2U);
    storage::FollowUpFilter byStatus;
    byStatus.status = core::FollowUpStatus::Done;
    EXPECT_EQ(followUps.list(byStatus).size(), 2U);
    storage::FollowUpFilter byDue;
    byDue.dueFrom = date(2024, 1, 1);
    byDue.dueTo = date(2024, 12, 31);
    const auto due2024 = followUps.list(byDue);
    ASSERT_EQ(due2024.size(), 2U);
    EXPECT_EQ(due2024[0].followUp.dueDate, date(2024, 1, 15)) << "by due date";
}

TEST_F(MeetingRepositoryTest, StatusChangesFollowTheRules)
{
    const auto saved = meetings.add(fullMeeting());
    const auto done = saved.decisions[0].followUps[1];
    ASSERT_EQ(done.status, core::FollowUpStatus::Done);
    QString message;
    EXPECT_EQ(errorKind(
                  [&] {
                      followUps.changeStatus(done.id, done.rowVersion,
                                             core::FollowUpStatus::Dropped);
                  },
                  &message),
              StorageError::Kind::Invalid);
    const auto reopened = followUps.changeStatus(done.id, done.rowVersion,
                                                 core::FollowUpStatus::InProgress, std::nullopt,
                                                 std::string("Belum tuntas"));
    EXPECT_EQ(reopened.status, core::FollowUpStatus::InProgress);
    EXPECT_FALSE(reopened.doneDate.has_value());
    EXPECT_EQ(reopened.progressNotes, "catatan\nBelum tuntas");
    EXPECT_EQ(errorKind([&] {
                  followUps.changeStatus(done.id, done.rowVersion, core::FollowUpStatus::Done);
              }),
              StorageError::Kind::Conflict)
        << "stale row version";
    const auto audit = auditInOrder(*db, QStringLiteral("follow_up"));
    EXPECT_EQ(audit.back().action, storage::AuditLog::Action::Update);
    EXPECT_EQ(audit.back().after.value(QStringLiteral("status")).toString(),
              QStringLiteral("in_progress"));
}

TEST_F(MeetingRepositoryTest, FollowUpsOfAnotherOwnerLiveBesideMeetingOnes)
{
    meetings.add(fullMeeting());
    core::FollowUp caseAction;
    caseAction.ownerType = std::string(core::follow_up_owner::kAuditCase);
    caseAction.ownerId = 77;
    caseAction.action = "Kunjungan rumah oleh bidan desa";
    caseAction.responsibleOther = "Puskesmas Bantan";
    caseAction.dueDate = date(2024, 1, 31);
    const auto added = followUps.add(caseAction);
    const auto second = followUps.add(caseAction);
    EXPECT_GT(added.id, 0);
    EXPECT_EQ(followUps.forOwner("audit_case", 77).size(), 2U);
    storage::FollowUpFilter filter;
    filter.ownerType = std::string(core::follow_up_owner::kAuditCase);
    const auto list = followUps.list(filter);
    ASSERT_EQ(list.size(), 2U);
    EXPECT_EQ(list[0].meetingId, 0);
    EXPECT_EQ(list[0].responsibleLabel(), "Puskesmas Bantan");
    db.clock->set(boost::posix_time::ptime(date(2024, 2, 1)));
    EXPECT_EQ(followUps.overdueCount(std::string("audit_case")), 2);
    followUps.removeForOwner("audit_case", 77);
    EXPECT_TRUE(followUps.forOwner("audit_case", 77).empty());
    EXPECT_EQ(count(*db, QStringLiteral("follow_up")), 3) << "the meeting's stay";
    (void)second;
}

TEST_F(MeetingRepositoryTest, MeetingsServingAnActionOfAYear)
{
    auto rembuk = simpleMeeting("Rembuk Stunting 2022", date(2022, 6, 14),
                                core::MeetingKind::RembukStunting);
    rembuk.servesAction = "3";
    const auto id = meetings.add(rembuk).id;
    auto other = simpleMeeting("Rembuk 2023", date(2023, 6, 1), core::MeetingKind::RembukStunting);
    other.servesAction = "3";
    meetings.add(other);
    meetings.add(simpleMeeting("Rakor", date(2022, 7, 1)));
    const auto refs = meetings.meetingsServingAction(2022, "3");
    ASSERT_EQ(refs.size(), 1U);
    EXPECT_EQ(refs[0].id, id);
    EXPECT_EQ(refs[0].date, date(2022, 6, 14));
    EXPECT_EQ(refs[0].title, "Rembuk Stunting 2022");
    EXPECT_EQ(refs[0].kind, core::MeetingKind::RembukStunting);
    EXPECT_TRUE(meetings.meetingsServingAction(2022, "8").empty());
    EXPECT_EQ(
        scalar(*db, QStringLiteral("SELECT count(*) FROM meeting WHERE serves_action IS NULL"))
            .toInt(),
        1)
        << "no action is NULL, not an empty text";
}

TEST_F(MeetingRepositoryTest, RemovingAMeetingRemovesItsPartsFollowUpsAndDocuments)
{
    const auto saved = meetings.add(fullMeeting());
    storage::DocumentStore documents(*db);
    documents.add(QStringLiteral("meeting"), saved.id, QStringLiteral("invitation"),
                  QStringLiteral("undangan.pdf"), QByteArray("%PDF-1.4 test"));
    const auto keep = meetings.add(simpleMeeting("Lain", date(2024, 1, 1))).id;
    meetings.remove(saved.id);
    EXPECT_FALSE(meetings.find(saved.id).has_value());
    EXPECT_TRUE(meetings.find(keep).has_value());
    for (const char *table :
         {"meeting_agenda_item", "meeting_attendee", "meeting_decision", "follow_up", "document"})
        EXPECT_EQ(count(*db, QString::fromLatin1(table)), 0) << table;
    EXPECT_EQ(errorKind([&] { meetings.remove(saved.id); }), StorageError::Kind::NotFound);
    EXPECT_EQ(auditInOrder(*db, QStringLiteral("meeting")).back().action,
              storage::AuditLog::Action::Delete);
}

TEST(DemoMeetingsTest, TheDemoHasTheBengkalisMeetingsWithOverdueFollowUps)
{
    TestDb db;
    db.clock->set(boost::posix_time::ptime(date(2026, 11, 20)));
    io::populateDemo(*db);
    io::meetings::addDemo(*db);
    MeetingRepository meetings(*db);
    const auto list = meetings.list();
    ASSERT_EQ(list.size(), 3U);
    EXPECT_EQ(list[0].date, date(2023, 12, 5));
    EXPECT_EQ(list[0].kind, core::MeetingKind::Rakornis);
    const auto rakornis = meetings.find(list[0].id);
    EXPECT_NE(rakornis->venue.find("Zahari"), std::string::npos);
    EXPECT_EQ(rakornis->chairRepresentativePosition,
              "Staf Ahli Bupati Bidang Kemasyarakatan dan SDM");
    EXPECT_NE(rakornis->summary.find("8,4 %"), std::string::npos);
    bool bkkbn = false;
    bool kodim = false;
    for (const auto &a : rakornis->attendees) {
        bkkbn = bkkbn || (a.institution == "BKKBN Riau" && a.opdId.has_value());
        kodim = kodim || (a.institution == "Kodim 0303" && a.opdId.has_value());
    }
    EXPECT_TRUE(bkkbn);
    EXPECT_TRUE(kodim);
    EXPECT_EQ(list[2].date, date(2021, 6, 29));
    EXPECT_NE(list[2].chair.find("Asisten Perekonomian dan Pembangunan"), std::string::npos);
    EXPECT_EQ(meetings.meetingsServingAction(2022, "3").size(), 1U);

    FollowUpRepository followUps(*db);
    EXPECT_GE(followUps.overdueCount(), 3);
    storage::FollowUpFilter done;
    done.status = core::FollowUpStatus::Done;
    EXPECT_GE(followUps.list(done).size(), 4U);
    // Some are due in 2024-2026 and still open.
    storage::FollowUpFilter late;
    late.overdueOnly = true;
    late.dueFrom = date(2024, 1, 1);
    EXPECT_GE(followUps.list(late).size(), 3U);
}

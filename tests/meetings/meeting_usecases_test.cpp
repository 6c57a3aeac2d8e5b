// SPDX-License-Identifier: GPL-3.0-or-later
// The meeting module's use cases without widgets: saving a meeting (the words for each
// broken rule, the follow-up merge rule), marking a follow-up done on a date and taking the
// mark back to the status it had before, the printed minutes (what was agreed, not today's
// status), the exports (and a cancelled one that leaves nothing), and the follow-ups per
// register counted by the badges' rule.
#include "storage_test_util.h"

#include "io/workspace_setup.h"
#include "reports/meetings/meeting_reports.h"
#include "storage/directory/directory_repository.h"
#include "storage/followups/follow_up_repository.h"
#include "storage/meetings/meeting_repository.h"
#include "usecases/followups/follow_up_registers.h"
#include "usecases/followups/follow_up_work.h"
#include "usecases/meetings/meeting_documents.h"
#include "usecases/meetings/meeting_exports.h"
#include "usecases/meetings/meeting_saving.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>

#include <boost/date_time/gregorian/gregorian.hpp>

using namespace konvergensi;
using namespace konvergensi::test;
using boost::gregorian::date;
using storage::StorageError;
namespace followups = usecases::followups;
namespace meetings = usecases::meetings;

namespace {

/// A Progress that cancels itself once `after` reports were made.
struct CancellingProgress
{
    explicit CancellingProgress(int after)
        : progress([this, after](qint64, qint64, const QString &) {
            if (++reports >= after)
                progress.cancel();
        })
    {
    }
    int reports = 0;
    usecases::Progress progress;
};

class MeetingUseCasesTest : public ::testing::Test
{
protected:
    void SetUp() override
    {
        ASSERT_TRUE(dir.isValid());
        storage::DirectoryRepository directory(*db);
        dinkes = directory.addOpd({0, "Dinas Kesehatan", "Dinkes", 0}).id;
        bappeda = directory.addOpd({0, "Badan Perencanaan Pembangunan Daerah", "Bappeda", 0}).id;
    }

    core::FollowUp followUp(const std::string &action, std::int64_t opd, date due)
    {
        core::FollowUp f;
        f.action = action;
        f.responsibleOpdId = opd;
        f.dueDate = due;
        return f;
    }

    core::Meeting meeting()
    {
        core::Meeting m;
        m.kind = core::MeetingKind::Rakornis;
        m.title = "Rakornis TPPS";
        m.date = date(2023, 12, 5);
        m.startMinute = 9 * 60;
        m.endMinute = 12 * 60;
        m.venue = "Ruang Rapat Zahari";
        core::Decision d1;
        d1.text = "Pendampingan gizi";
        d1.followUps = {followUp("Kunjungan rumah baduta", dinkes, date(2024, 3, 31)),
                        followUp("Laporan semester", bappeda, date(2024, 1, 15))};
        core::Decision d2;
        d2.text = "Sosialisasi";
        d2.followUps = {followUp("Sosialisasi kader", dinkes, date(2024, 2, 29))};
        m.decisions = {d1, d2};
        return m;
    }

    QString refusal(const core::Meeting &m)
    {
        try {
            meetings::saveMeeting(*db, m, {});
        } catch (const StorageError &error) {
            EXPECT_EQ(error.kind(), StorageError::Kind::Invalid);
            return error.message();
        }
        ADD_FAILURE() << "saved although it breaks a rule";
        return {};
    }

    TestDb db;
    QTemporaryDir dir;
    std::int64_t dinkes = 0;
    std::int64_t bappeda = 0;
};

} // namespace

TEST_F(MeetingUseCasesTest, SavingSaysInWordsWhichRuleAMeetingBreaks)
{
    core::Meeting m = meeting();
    m.title = "  ";
    EXPECT_EQ(refusal(m), QStringLiteral("The meeting needs a title."));
    m = meeting();
    m.endMinute = 8 * 60;
    EXPECT_EQ(refusal(m), QStringLiteral("The meeting cannot end before it starts."));
    m = meeting();
    m.decisions[1].followUps[0].responsibleOpdId.reset();
    EXPECT_TRUE(refusal(m).startsWith(
        QStringLiteral("Decision 2, follow-up 1: Choose the responsible OPD")));
    m = meeting();
    m.decisions[0].followUps[0].dueDate = date(2023, 12, 4);
    EXPECT_TRUE(refusal(m).contains(QStringLiteral("before the meeting")));
    // Issue #15: a title of 5,000 characters was accepted.
    m = meeting();
    m.title = std::string(5000, 'x');
    EXPECT_EQ(refusal(m), QStringLiteral("The title may be at most 200 characters long."));
    m.title = std::string(200, 'x');
    EXPECT_TRUE(meetings::problemOf(m).isEmpty()) << "200 characters are allowed";
    // Characters, not bytes: 200 letters of two bytes each are allowed too.
    std::string accented;
    for (int i = 0; i < 200; ++i)
        accented += "é";
    m.title = accented;
    EXPECT_TRUE(meetings::problemOf(m).isEmpty());
    m = meeting();
    m.decisions[1].text = std::string(2001, 'k');
    EXPECT_EQ(refusal(m),
              QStringLiteral("Decision 2: The text of the decision may be at most 2000 characters "
                             "long."));
    EXPECT_EQ(count(*db, QStringLiteral("meeting")), 0);
    EXPECT_EQ(count(*db, QStringLiteral("follow_up")), 0);
}

TEST_F(MeetingUseCasesTest, AFollowUpChangedOnTheBoardMeanwhileIsKeptWhenTheMeetingIsSaved)
{
    const core::Meeting loaded = meetings::saveMeeting(*db, meeting(), {});
    ASSERT_GT(loaded.id, 0);
    const core::FollowUp onBoard = loaded.decisions[0].followUps[0];
    // The board marks it done while the meeting is open in the editor.
    followups::markDone(*db, onBoard.id, onBoard.rowVersion, date(2023, 12, 5));
    core::Meeting edited = loaded;
    edited.title = "Rakornis TPPS (diperbaiki)";
    const core::Meeting saved = meetings::saveMeeting(*db, edited, loaded);
    EXPECT_EQ(saved.title, "Rakornis TPPS (diperbaiki)");
    const auto stored = storage::FollowUpRepository(*db).find(onBoard.id);
    ASSERT_TRUE(stored.has_value());
    EXPECT_EQ(stored->status, core::FollowUpStatus::Done) << "the board's change is kept";
    EXPECT_EQ(stored->doneDate, date(2023, 12, 5));

    // Changed in the editor too: the editor's version is stale and refused.
    const core::Meeting again = *storage::MeetingRepository(*db).find(saved.id);
    const core::FollowUp second = again.decisions[0].followUps[1];
    followups::markDone(*db, second.id, second.rowVersion, date(2023, 12, 5));
    core::Meeting stale = again;
    stale.decisions[0].followUps[1].action = "Laporan semester I";
    try {
        meetings::saveMeeting(*db, stale, again);
        ADD_FAILURE() << "a stale follow-up was saved over the board's change";
    } catch (const StorageError &error) {
        EXPECT_EQ(error.kind(), StorageError::Kind::Conflict);
    }
    EXPECT_EQ(storage::FollowUpRepository(*db).find(second.id)->action, "Laporan semester");
}

TEST_F(MeetingUseCasesTest, MarkingDoneTakesADateAndTakingItBackRestoresTheStatusBefore)
{
    db.clock->set(boost::posix_time::ptime(date(2024, 2, 1)));
    const core::Meeting saved = meetings::saveMeeting(*db, meeting(), {});
    storage::FollowUpRepository repository(*db);
    core::FollowUp open = saved.decisions[0].followUps[0];
    ASSERT_EQ(open.status, core::FollowUpStatus::Open);

    // Issue #15: ticking marked it done today without asking; the date is now given.
    const core::FollowUp done = followups::markDone(*db, open.id, open.rowVersion,
                                                    date(2024, 1, 20));
    EXPECT_EQ(done.status, core::FollowUpStatus::Done);
    EXPECT_EQ(done.doneDate, date(2024, 1, 20));
    EXPECT_EQ(followups::statusBeforeDone(*db, open.id), core::FollowUpStatus::Open);
    // Unticking restores "not started", not "in progress".
    const core::FollowUp back = followups::reopen(*db, done.id, done.rowVersion);
    EXPECT_EQ(back.status, core::FollowUpStatus::Open);
    EXPECT_FALSE(back.doneDate.has_value());

    core::FollowUp started = saved.decisions[0].followUps[1];
    started.status = core::FollowUpStatus::InProgress;
    started = repository.update(started);
    const core::FollowUp startedDone = followups::markDone(*db, started.id, started.rowVersion,
                                                           date(2024, 2, 1));
    EXPECT_EQ(followups::reopen(*db, startedDone.id, startedDone.rowVersion).status,
              core::FollowUpStatus::InProgress);

    // Stored as done from the start: nothing says where it stood, so it goes back to work.
    core::Meeting doneFromStart = meeting();
    doneFromStart.decisions[1].followUps[0].status = core::FollowUpStatus::Done;
    doneFromStart.decisions[1].followUps[0].doneDate = date(2024, 1, 5);
    const core::FollowUp stored =
        meetings::saveMeeting(*db, doneFromStart, {}).decisions[1].followUps[0];
    EXPECT_FALSE(followups::statusBeforeDone(*db, stored.id).has_value());
    EXPECT_EQ(followups::reopen(*db, stored.id, stored.rowVersion).status,
              core::FollowUpStatus::InProgress);

    // A date after today, or before the meeting, is refused in words.
    const core::FollowUp fresh = *repository.find(back.id);
    const auto refused = [&](date when) {
        try {
            followups::markDone(*db, fresh.id, fresh.rowVersion, when);
        } catch (const StorageError &error) {
            EXPECT_EQ(error.kind(), StorageError::Kind::Invalid);
            return error.message();
        }
        return QString();
    };
    EXPECT_EQ(refused(date(2024, 2, 2)), QStringLiteral("The date done cannot lie in the future."));
    EXPECT_EQ(refused(date(2023, 12, 1)),
              QStringLiteral("The date done lies before the meeting it comes from."));
    EXPECT_EQ(repository.find(fresh.id)->status, core::FollowUpStatus::Open);
}

// Issue #15: the printed minutes said "terlambat 728 hari", counted from the day they were
// printed; the minutes say what was agreed, the follow-up report where it stands today.
TEST_F(MeetingUseCasesTest, MinutesPrintTheAgreedDueDateAndOpdTheReportTodaysStatus)
{
    const core::Meeting saved = meetings::saveMeeting(*db, meeting(), {});
    db.clock->set(boost::posix_time::ptime(date(2026, 3, 1)));
    const QString minutes = meetings::minutes(*db, saved.id, core::Language::English).html();
    EXPECT_TRUE(minutes.contains(QStringLiteral("31 March 2024"))) << "the agreed due date";
    EXPECT_TRUE(minutes.contains(QStringLiteral("Dinkes")));
    EXPECT_TRUE(minutes.contains(QStringLiteral("Bappeda")));
    EXPECT_FALSE(minutes.contains(QStringLiteral("verdue"))) << minutes.toStdString();
    EXPECT_FALSE(minutes.contains(QStringLiteral("Not started")));

    const QString report = meetings::followUpReport(
                               *db, {date(2024, 1, 1), date(2024, 12, 31), std::nullopt},
                               core::Language::English)
                               .html();
    // 31 March 2024 to 1 March 2026: 700 days.
    EXPECT_TRUE(report.contains(QStringLiteral("overdue by 700 days"))) << report.toStdString();

    try {
        meetings::minutes(*db, 4242, core::Language::English);
        ADD_FAILURE() << "no such meeting";
    } catch (const StorageError &error) {
        EXPECT_EQ(error.kind(), StorageError::Kind::NotFound);
        EXPECT_TRUE(error.message().contains(QStringLiteral("4242")));
    }
}

TEST_F(MeetingUseCasesTest, ExportsWriteEveryRowAndACancelledOneLeavesNothing)
{
    meetings::saveMeeting(*db, meeting(), {});
    core::Meeting other = meeting();
    other.title = "Rembuk Stunting";
    other.date = date(2023, 12, 20);
    meetings::saveMeeting(*db, other, {});

    usecases::Progress progress;
    const QString csv = dir.filePath(QStringLiteral("rapat.csv"));
    EXPECT_EQ(meetings::exportMeetings(*db, {}, csv, progress), 2);
    QFile file(csv);
    ASSERT_TRUE(file.open(QIODevice::ReadOnly));
    const QStringList lines = QString::fromUtf8(file.readAll()).split(u'\n', Qt::SkipEmptyParts);
    ASSERT_EQ(lines.size(), 3) << "a header and two meetings";
    EXPECT_TRUE(lines[1].contains(QStringLiteral("Rembuk Stunting"))) << "newest first";
    EXPECT_TRUE(lines[2].contains(QStringLiteral("2023-12-05")));
    file.close();

    const QString xlsx = dir.filePath(QStringLiteral("tindak-lanjut.xlsx"));
    storage::FollowUpFilter filter;
    EXPECT_EQ(meetings::exportFollowUps(*db, filter, xlsx, progress), 6);
    QFile book(xlsx);
    ASSERT_TRUE(book.open(QIODevice::ReadOnly));
    EXPECT_EQ(book.read(2), QByteArray("PK")) << "a zip container";
    book.close();

    // Cancelled after the first row: no file, and a file that was there stays as it was.
    CancellingProgress cancelling(1);
    const QString fresh = dir.filePath(QStringLiteral("baru.xlsx"));
    EXPECT_THROW(meetings::exportMeetings(*db, {}, fresh, cancelling.progress),
                 usecases::Cancelled);
    EXPECT_FALSE(QFile::exists(fresh));
    QFile before(csv);
    ASSERT_TRUE(before.open(QIODevice::ReadOnly));
    const QByteArray old = before.readAll();
    before.close();
    CancellingProgress again(1);
    EXPECT_THROW(meetings::exportFollowUps(*db, filter, csv, again.progress), usecases::Cancelled);
    ASSERT_TRUE(before.open(QIODevice::ReadOnly));
    EXPECT_EQ(before.readAll(), old);
    EXPECT_EQ(QDir(dir.path()).entryList({QStringLiteral("*.part.*")}, QDir::Files).size(), 0);

    const QString pdf = dir.filePath(QStringLiteral("notulen.pdf"));
    const auto document = meetings::minutes(*db, storage::MeetingRepository(*db).list().front().id,
                                            core::Language::Indonesian);
    CancellingProgress printing(1);
    EXPECT_THROW(meetings::writePdf(document, pdf, printing.progress), usecases::Cancelled);
    EXPECT_FALSE(QFile::exists(pdf));
    EXPECT_GE(meetings::writePdf(document, pdf, progress), 1);
    EXPECT_TRUE(QFile::exists(pdf));
}

TEST_F(MeetingUseCasesTest, FileNamesOfDocumentsComeFromKindDateAndTitle)
{
    EXPECT_EQ(meetings::documentFileName(QStringLiteral("notulen"), date(2023, 12, 5),
                                         QStringLiteral("Rakornis TPPS & Diseminasi AKS!")),
              QStringLiteral("notulen-2023-12-05-rakornis-tpps-diseminasi-aks"));
}

// The window's two badges and `followups list --overdue` count by one rule: the demo's
// follow-ups per register, listed and counted, agree for any day.
TEST(FollowUpRegistersTest, ListedOverdueFollowUpsPerRegisterMatchTheBadgeCount)
{
    TestDb db;
    io::populateDemo(*db);
    io::populateDemoModules(*db);
    for (const date today : {date(2024, 3, 12), date(2025, 1, 1), date(2100, 1, 1)}) {
        db.clock->set(boost::posix_time::ptime(today));
        int all = 0;
        for (const auto reg : {followups::Register::Meetings, followups::Register::CaseAudit}) {
            storage::FollowUpFilter overdue;
            overdue.overdueOnly = true;
            const auto listed = followups::list(*db, reg, overdue);
            EXPECT_EQ(static_cast<int>(listed.size()), followups::overdueCount(*db, reg));
            for (const auto &entry : listed) {
                EXPECT_EQ(followups::registerOf(entry.followUp), reg);
                EXPECT_TRUE(core::isOverdue(entry.followUp, today));
            }
            all += static_cast<int>(listed.size());
        }
        EXPECT_EQ(all, followups::overdueCount(*db));
    }
    db.clock->set(boost::posix_time::ptime(date(2100, 1, 1)));
    EXPECT_GT(followups::overdueCount(*db, followups::Register::Meetings), 0);
    EXPECT_GT(followups::overdueCount(*db, followups::Register::CaseAudit), 0);
    EXPECT_EQ(followups::registerName(followups::Register::Meetings),
              QStringLiteral("TPPS meetings"));
}

// SPDX-License-Identifier: GPL-3.0-or-later
// Issue #16, finding 11: a 10 MB note was accepted, and names and titles could hold line
// breaks, right-to-left overrides and zero-width characters that spoof printed names. Every
// repository that keeps free text refuses what breaks the rule of its field, and keeps what
// was stored.
#include "core/meetings/meeting.h"
#include "io/workspace_setup.h"
#include "storage/actions/action_repository.h"
#include "storage/case_audit/case_audit_repository.h"
#include "storage/database.h"
#include "storage/meetings/meeting_repository.h"
#include "storage/storage_error.h"

#include <QTemporaryDir>

#include <gtest/gtest.h>

#include <string>

using namespace konvergensi;

namespace {

const std::string kTenMegabytes(10 * 1024 * 1024, 'a');
const std::string kOverride = "Rapat \u202Ekoorb\u202C TPPS";
const std::string kZeroWidth = "Rapat\u200B TPPS";

class FreeTextLimitsTest : public ::testing::Test
{
protected:
    void SetUp() override
    {
        ASSERT_TRUE(dir.isValid());
        db = io::createWorkspace(dir.filePath(QStringLiteral("demo.kvg")),
                                 io::WorkspaceTemplate::Demo);
    }

    QTemporaryDir dir;
    std::unique_ptr<storage::Database> db;
};

} // namespace

TEST_F(FreeTextLimitsTest, MeetingTextsHaveLimitsAndNoHiddenCharacters)
{
    storage::MeetingRepository meetings(*db);
    const auto list = meetings.list();
    ASSERT_FALSE(list.empty());
    const core::Meeting stored = *meetings.find(list.front().id);

    const auto refused = [&](const auto &change) {
        core::Meeting meeting = stored;
        change(meeting);
        EXPECT_THROW(meetings.update(meeting), storage::StorageError);
    };
    refused([](core::Meeting &m) { m.minutes = kTenMegabytes; });
    refused([](core::Meeting &m) { m.summary = kTenMegabytes; });
    refused([](core::Meeting &m) { m.title = kOverride; });
    refused([](core::Meeting &m) { m.title = kZeroWidth; });
    refused([](core::Meeting &m) { m.title = "Rapat\nTPPS"; });
    refused([](core::Meeting &m) { m.secretaryName = "Budi\u202E"; });
    if (!stored.attendees.empty())
        refused([](core::Meeting &m) { m.attendees.front().name = "Sri\nWahyuni"; });
    if (!stored.decisions.empty())
        refused([](core::Meeting &m) { m.decisions.front().text = kTenMegabytes; });
    EXPECT_EQ(*meetings.find(stored.id), stored) << "a refused update changes nothing";

    // Line breaks in notes are fine, and a text at its limit (core's limit for the field,
    // which storage applies too) is still good; one character more is refused.
    const auto summaryLimit = static_cast<std::size_t>(
        core::maxLength(core::MeetingField::Summary));
    core::Meeting good = stored;
    good.minutes = "Pembukaan.\nPembahasan.\n" + std::string(19000, 'a');
    good.summary = std::string(summaryLimit, 'a');
    const core::Meeting saved = meetings.update(good);
    EXPECT_EQ(meetings.find(stored.id)->minutes, good.minutes);
    EXPECT_EQ(saved.summary.size(), summaryLimit);
    core::Meeting tooLong = saved;
    tooLong.summary = std::string(summaryLimit + 1, 'a');
    EXPECT_THROW(meetings.update(tooLong), storage::StorageError);
}

TEST_F(FreeTextLimitsTest, ActionAndAuditTextsHaveLimits)
{
    storage::ActionRepository actions(*db);
    const auto years = actions.years();
    ASSERT_FALSE(years.empty());
    const auto list = actions.actions(years.front());
    ASSERT_FALSE(list.empty());
    core::Action action = list.front();
    action.notes = kTenMegabytes;
    EXPECT_THROW(actions.updateAction(action), storage::StorageError);
    action.notes = "baik";
    action.name = kOverride;
    EXPECT_THROW(actions.updateAction(action), storage::StorageError);
    EXPECT_EQ(actions.action(action.id)->name, list.front().name);
    action.name = list.front().name;
    action.notes = "Catatan\nbaris kedua";
    EXPECT_EQ(actions.updateAction(action).notes, "Catatan\nbaris kedua");

    storage::CaseAuditRepository audits(*db);
    const auto rounds = audits.rounds();
    ASSERT_FALSE(rounds.empty());
    core::AuditRound round = *audits.findRound(rounds.front().id);
    const std::string title = round.title;
    round.notes = kTenMegabytes;
    EXPECT_THROW(audits.updateRound(round), storage::StorageError);
    round.notes.clear();
    round.title = kZeroWidth;
    EXPECT_THROW(audits.updateRound(round), storage::StorageError);
    EXPECT_EQ(audits.findRound(round.id)->title, title);
}

// SPDX-License-Identifier: GPL-3.0-or-later
#include "usecases/meetings/meeting_saving.h"

#include "reports/meetings/meeting_words.h"
#include "storage/database.h"
#include "storage/followups/follow_up_repository.h"
#include "storage/meetings/meeting_repository.h"
#include "storage/regions/region_repository.h"
#include "storage/storage_error.h"
#include "storage/transaction.h"

#include "core/clock.h"

#include <map>

namespace konvergensi::usecases::meetings {

core::Meeting blankMeeting(storage::Database &db)
{
    core::Meeting meeting;
    meeting.date = db.clock().today();
    if (const auto district = storage::RegionRepository(db).district())
        meeting.regionCode = district->code.toString();
    return meeting;
}

QString problemOf(const core::Meeting &meeting)
{
    const auto issues = core::validate(meeting);
    return issues.empty() ? QString() : reports::describe(issues.front());
}

core::Meeting saveMeeting(storage::Database &db, const core::Meeting &edited,
                          const core::Meeting &loaded)
{
    if (const QString problem = problemOf(edited); !problem.isEmpty())
        throw storage::StorageError(storage::StorageError::Kind::Invalid, problem);

    storage::Transaction transaction(db);
    std::map<std::int64_t, const core::FollowUp *> asLoaded;
    for (const auto &decision : loaded.decisions) {
        for (const auto &followUp : decision.followUps) {
            if (followUp.id != 0)
                asLoaded[followUp.id] = &followUp;
        }
    }
    core::Meeting toSave = edited;
    storage::FollowUpRepository followUps(db);
    for (auto &decision : toSave.decisions) {
        for (auto &followUp : decision.followUps) {
            const auto it = asLoaded.find(followUp.id);
            if (followUp.id == 0 || it == asLoaded.end() || !(*it->second == followUp))
                continue; // new or changed here: saved as edited (a stale one is refused)
            if (const auto newest = followUps.find(followUp.id))
                followUp = *newest;
        }
    }
    storage::MeetingRepository meetings(db);
    core::Meeting saved = toSave.id == 0 ? meetings.add(toSave) : meetings.update(toSave);
    transaction.commit();
    return saved;
}

void removeMeeting(storage::Database &db, std::int64_t id)
{
    storage::MeetingRepository(db).remove(id);
}

} // namespace konvergensi::usecases::meetings

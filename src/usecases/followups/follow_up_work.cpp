// SPDX-License-Identifier: GPL-3.0-or-later
#include "usecases/followups/follow_up_work.h"

#include "qtsupport/text.h"
#include "reports/followups/follow_up_words.h"
#include "storage/audit_log.h"
#include "storage/database.h"
#include "storage/storage_error.h"
#include "storage/transaction.h"

#include "core/clock.h"

#include <QJsonObject>

#include <string>

namespace konvergensi::usecases::followups {

namespace {

[[noreturn]] void refuse(const QString &words)
{
    throw storage::StorageError(storage::StorageError::Kind::Invalid, words);
}

core::FollowUp stored(storage::FollowUpRepository &repository, std::int64_t id, int rowVersion)
{
    const auto followUp = repository.find(id);
    if (!followUp || followUp->rowVersion != rowVersion)
        throw storage::StorageError::conflict();
    return *followUp;
}

} // namespace

std::vector<storage::FollowUpEntry> list(storage::Database &db, std::optional<Register> reg,
                                         storage::FollowUpFilter filter)
{
    filter.ownerType = reg ? std::optional(std::string(ownerType(*reg))) : std::nullopt;
    return storage::FollowUpRepository(db).list(filter);
}

std::optional<Register> registerOf(const core::FollowUp &followUp)
{
    return registerOfOwner(followUp.ownerType);
}

QString problemsOf(const core::FollowUp &edited, const std::optional<core::FollowUp> &stored,
                   std::optional<boost::gregorian::date> ownerDate,
                   const boost::gregorian::date &today)
{
    const auto problems = core::validate(edited, ownerDate);
    if (!problems.empty())
        return reports::describe(problems.front());
    if (edited.doneDate && *edited.doneDate > today)
        return reports::doneDateInFuture();
    if (stored && !core::canChangeStatus(stored->status, edited.status))
        return reports::statusChangeRefused();
    return {};
}

core::FollowUp save(storage::Database &db, const core::FollowUp &followUp)
{
    storage::Transaction transaction(db);
    storage::FollowUpRepository repository(db);
    const std::optional<core::FollowUp> before = followUp.id != 0 ? repository.find(followUp.id)
                                                                  : std::nullopt;
    if (followUp.id != 0 && !before)
        throw storage::StorageError::conflict();
    const auto ownerDate = repository.ownerDate(followUp.ownerType, followUp.ownerId);
    if (const QString problem = problemsOf(followUp, before, ownerDate, db.clock().today());
        !problem.isEmpty())
        refuse(problem);
    core::FollowUp saved = followUp.id == 0 ? repository.add(followUp)
                                            : repository.update(followUp);
    transaction.commit();
    return saved;
}

core::FollowUp markDone(storage::Database &db, std::int64_t id, int rowVersion,
                        const boost::gregorian::date &doneOn)
{
    storage::Transaction transaction(db);
    storage::FollowUpRepository repository(db);
    const core::FollowUp current = stored(repository, id, rowVersion);
    if (!core::isPending(current.status))
        refuse(reports::statusChangeRefused());
    core::FollowUp done = current;
    done.status = core::FollowUpStatus::Done;
    done.doneDate = doneOn;
    const auto ownerDate = repository.ownerDate(current.ownerType, current.ownerId);
    if (const QString problem = problemsOf(done, current, ownerDate, db.clock().today());
        !problem.isEmpty())
        refuse(problem);
    core::FollowUp saved = repository.changeStatus(id, rowVersion, core::FollowUpStatus::Done,
                                                   doneOn);
    transaction.commit();
    return saved;
}

std::optional<core::FollowUpStatus> statusBeforeDone(storage::Database &db, std::int64_t id)
{
    const QString done = qs(core::toString(core::FollowUpStatus::Done));
    const QString status = QStringLiteral("status");
    // Newest first: the last change that moved it to done says where it stood before.
    for (const auto &entry :
         storage::AuditLog::entries(db, QStringLiteral("follow_up"), QString::number(id))) {
        if (entry.action != storage::AuditLog::Action::Update)
            continue;
        const QString before = entry.before.value(status).toString();
        if (entry.after.value(status).toString() == done && before != done)
            return core::followUpStatusFromString(ss(before));
    }
    return std::nullopt;
}

core::FollowUp reopen(storage::Database &db, std::int64_t id, int rowVersion)
{
    storage::Transaction transaction(db);
    storage::FollowUpRepository repository(db);
    const core::FollowUp current = stored(repository, id, rowVersion);
    if (current.status != core::FollowUpStatus::Done)
        return current;
    const core::FollowUpStatus back = core::statusWhenReopened(statusBeforeDone(db, id));
    core::FollowUp saved = repository.changeStatus(id, rowVersion, back);
    transaction.commit();
    return saved;
}

} // namespace konvergensi::usecases::followups

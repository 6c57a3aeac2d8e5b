// SPDX-License-Identifier: GPL-3.0-or-later
#include "usecases/case_audit/case_audit_cases.h"

#include "usecases/case_audit/case_audit_refused.h"

#include "core/case_audit/case_numbers.h"
#include "core/clock.h"
#include "core/text.h"
#include "qtsupport/text.h"
#include "reports/case_audit/case_audit_words.h"
#include "storage/case_audit/case_audit_repository.h"
#include "storage/case_audit/case_number_repository.h"
#include "storage/database.h"
#include "storage/followups/follow_up_repository.h"
#include "storage/storage_error.h"
#include "storage/transaction.h"

#include <QCoreApplication>

#include <algorithm>

namespace konvergensi::usecases::case_audit {

namespace {

storage::RoundCaseNumbers numbersOf(storage::Database &db, std::int64_t roundId)
{
    auto numbers = storage::CaseNumberRepository(db).ofRound(roundId);
    if (!numbers)
        throw storage::StorageError(
            storage::StorageError::Kind::NotFound,
            QCoreApplication::translate("Storage", "The audit round no longer exists."));
    return *numbers;
}

/// The draft's number as it will be stored: trimmed; a new case without one gets the next.
std::string effectiveNumber(const core::AuditCase &c, const std::string &next)
{
    std::string number = core::trimmed(c.caseNumber);
    if (number.empty() && c.id == 0)
        number = next;
    return number;
}

QString problemOf(storage::Database &db, const core::AuditCase &c,
                  const storage::RoundCaseNumbers &numbers)
{
    const std::string next = core::nextCaseNumber(numbers.highestGiven, numbers.numbersExcept(0));
    if (const auto problem = core::checkCaseNumber(c.caseNumber, numbers.numbersExcept(c.id)))
        return reports::describe(*problem, qs(core::trimmed(c.caseNumber)), qs(next));
    const auto problems = core::validate(c, db.clock().today());
    if (problems.empty())
        return {};
    if (problems.front() == core::AuditCaseProblem::NikInvalid && c.identity) {
        const auto &who = *c.identity;
        for (auto p : core::checkNik(core::trimmed(who.nik), who.birthDate, who.sex))
            if (core::isBlocking(p))
                return reports::describe(p);
    }
    return reports::describe(problems.front());
}

} // namespace

QString nextCaseNumber(storage::Database &db, std::int64_t roundId)
{
    const auto numbers = numbersOf(db, roundId);
    return qs(core::nextCaseNumber(numbers.highestGiven, numbers.numbersExcept(0)));
}

QString checkCase(storage::Database &db, const CaseDraft &draft)
{
    const auto numbers = numbersOf(db, draft.auditCase.roundId);
    core::AuditCase c = draft.auditCase;
    c.caseNumber = effectiveNumber(
        c, core::nextCaseNumber(numbers.highestGiven, numbers.numbersExcept(0)));
    return problemOf(db, c, numbers);
}

SavedCase saveCase(storage::Database &db, CaseDraft draft)
{
    // BEGIN IMMEDIATE: the number checked here cannot be taken by another writer before the
    // case is stored (the UNIQUE index of migration 10 stands behind it).
    storage::Transaction transaction(db);
    auto &c = draft.auditCase;
    const auto numbers = numbersOf(db, c.roundId);
    c.caseNumber = effectiveNumber(
        c, core::nextCaseNumber(numbers.highestGiven, numbers.numbersExcept(0)));
    if (const QString problem = problemOf(db, c, numbers); !problem.isEmpty())
        throw Refused(problem);

    storage::CaseAuditRepository cases(db);
    for (const auto &label : draft.newRiskFactors) {
        if (core::trimmed(label).empty())
            continue;
        const auto factor = cases.addRiskFactor(label);
        if (std::find(c.riskFactorIds.begin(), c.riskFactorIds.end(), factor.id)
            == c.riskFactorIds.end())
            c.riskFactorIds.push_back(factor.id);
    }

    SavedCase saved;
    saved.auditCase = c.id == 0 ? cases.addCase(c) : cases.updateCase(c);

    const std::string owner(core::follow_up_owner::kAuditCase);
    storage::FollowUpRepository followUps(db);
    for (auto id : draft.removedFollowUps) {
        const auto stored = followUps.find(id);
        if (!stored)
            continue; // already gone
        if (stored->ownerType != owner || stored->ownerId != saved.auditCase.id)
            throw storage::StorageError::conflict();
        followUps.remove(id);
    }
    for (auto f : draft.followUps) {
        if (f.id != 0) {
            const auto stored = followUps.find(f.id);
            if (!stored || stored->ownerType != owner || stored->ownerId != saved.auditCase.id)
                throw storage::StorageError::conflict();
        }
        f.ownerType = owner;
        f.ownerId = saved.auditCase.id;
        saved.followUps.push_back(f.id == 0 ? followUps.add(f) : followUps.update(f));
    }
    transaction.commit();
    return saved;
}

void removeCase(storage::Database &db, std::int64_t caseId)
{
    storage::CaseAuditRepository(db).removeCase(caseId);
}

std::vector<core::CaseListEntry> casesOfRound(storage::Database &db, std::int64_t roundId)
{
    auto cases = storage::CaseAuditRepository(db).listCases(roundId);
    std::stable_sort(cases.begin(), cases.end(), [](const auto &a, const auto &b) {
        return core::caseNumberLess(a.caseNumber, b.caseNumber);
    });
    return cases;
}

} // namespace konvergensi::usecases::case_audit

// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/case_audit/case_audit.h"
#include "core/followups/follow_up.h"

#include <QString>

#include <cstdint>
#include <string>
#include <vector>

namespace konvergensi::storage {
class Database;
}

// The audited cases of a round: numbering, saving a case with everything that belongs to it,
// removing it, listing it without identity. Used by the page, the case dialog and the CLI.
namespace konvergensi::usecases::case_audit {

/// The number the next new case of the round gets ("04"): one after the highest number ever
/// given in the round, so the number of a removed case never comes back. Throws
/// storage::StorageError (NotFound) when the round is gone.
QString nextCaseNumber(storage::Database &db, std::int64_t roundId);

/// Everything the case dialog stores at once.
struct CaseDraft
{
    /// The case. An empty number of a new case gets the next free number. Without identity
    /// (nullopt) the stored identity of an existing case is kept.
    core::AuditCase auditCase;
    /// Labels to add to the risk-factor checklist and to check for this case.
    std::vector<std::string> newRiskFactors;
    /// The case's follow-ups after saving, in order (id 0: new).
    std::vector<core::FollowUp> followUps;
    /// Stored follow-ups of the case to remove.
    std::vector<std::int64_t> removedFollowUps;
};

struct SavedCase
{
    core::AuditCase auditCase;
    std::vector<core::FollowUp> followUps;
};

/// Checks a draft without storing it: the number (unique in the round), the case rules and
/// the NIK. Returns the first problem in the user's words, or an empty string.
QString checkCase(storage::Database &db, const CaseDraft &draft);

/// Stores the case with its risk factors (new checklist entries included), recommendations
/// and follow-ups in one transaction: all of it or nothing. Throws Refused (a rule, in the
/// user's words) or storage::StorageError (a conflict, a removed round, ...).
SavedCase saveCase(storage::Database &db, CaseDraft draft);

/// Removes a case with its risk factors and follow-ups; its number is not given again.
void removeCase(storage::Database &db, std::int64_t caseId);

/// The cases of a round as lists show them (initials and age, never the identity), in
/// case-number order ("2" before "10").
std::vector<core::CaseListEntry> casesOfRound(storage::Database &db, std::int64_t roundId);

} // namespace konvergensi::usecases::case_audit

// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

namespace konvergensi::storage {

class Database;

/// What numbering the cases of a round needs (core/case_audit/case_numbers.h).
struct RoundCaseNumbers
{
    /// The highest digit number ever given in the round, kept by the schema (migration 10):
    /// it stays when that case is removed.
    int highestGiven = 0;
    /// The cases of the round now: id and number.
    std::vector<std::pair<std::int64_t, std::string>> inUse;

    /// The numbers of every case but `caseId` (0: of every case).
    std::vector<std::string> numbersExcept(std::int64_t caseId) const;
};

/// Reads the case numbers of a round. Separate from CaseAuditRepository, which holds the
/// cases' identity: numbering reads no personal data.
class CaseNumberRepository
{
public:
    explicit CaseNumberRepository(Database &db);

    /// nullopt when there is no such round.
    std::optional<RoundCaseNumbers> ofRound(std::int64_t roundId) const;

private:
    Database &m_db;
};

} // namespace konvergensi::storage

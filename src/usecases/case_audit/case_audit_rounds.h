// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/case_audit/case_audit.h"
#include "core/format.h"

#include <boost/date_time/gregorian/gregorian_types.hpp>

#include <QString>

#include <cstdint>
#include <map>
#include <optional>
#include <string>
#include <vector>

namespace konvergensi::storage {
class Database;
struct AuditRoundEntry;
} // namespace konvergensi::storage

// The audit rounds: one per semester, with the audit team and expert panel, the schedule of
// steps and the dissemination meeting. Used by the page, the round dialog and the CLI.
namespace konvergensi::usecases::case_audit {

/// A new round for the semester of `today` (January-June: I, July-December: II) with every
/// step not started and the default title in the interface language.
core::AuditRound proposeRound(const boost::gregorian::date &today);

/// Checks a round without storing it; the first problem in the user's words, or empty.
QString checkRound(const core::AuditRound &round);

/// Stores a new round (id 0) or a changed one with its team, expert panel and schedule in
/// one transaction. Throws Refused (a rule, e.g. a second round for the same semester) or
/// storage::StorageError (someone else changed it meanwhile).
core::AuditRound saveRound(storage::Database &db, const core::AuditRound &round);

/// Every round, newest first, with its counts.
std::vector<storage::AuditRoundEntry> listRounds(storage::Database &db);

/// A meeting of the register that may be the round's dissemination meeting.
struct MeetingChoice
{
    std::int64_t id = 0;
    QString label;              ///< "5 Desember 2023 — Rakornis ..."
    bool dissemination = false; ///< an AKS dissemination meeting (listed first)
};
/// The meetings to choose from: AKS dissemination meetings first, then the others, each
/// group newest first as the register lists them.
std::vector<MeetingChoice> disseminationMeetingChoices(storage::Database &db,
                                                       core::Language language);

/// What the page shows about a round.
struct RoundOverview
{
    core::AuditRound round;
    std::optional<boost::gregorian::date> meetingDate; ///< of the dissemination meeting
    std::string meetingTitle;
    core::RoundSummary summary;
    std::map<std::int64_t, std::string> riskLabels;
};
/// nullopt when the round is gone.
std::optional<RoundOverview> roundOverview(storage::Database &db, std::int64_t roundId);

} // namespace konvergensi::usecases::case_audit

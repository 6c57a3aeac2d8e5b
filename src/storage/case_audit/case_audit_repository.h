// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/case_audit/case_audit.h"
#include "core/followups/follow_up.h"

#include <QString>

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

namespace konvergensi::storage {

class Query;

class Database;

/// One row of the list of audit rounds.
struct AuditRoundEntry
{
    std::int64_t id = 0;
    int year = 0;
    int semester = 1;
    std::string title;
    std::optional<std::int64_t> disseminationMeetingId;
    std::optional<boost::gregorian::date> meetingDate;
    std::string meetingTitle;
    int cases = 0;
    int followUps = 0;
    int followUpsDone = 0;
};

/// Everything a report or export shows about one case. `auditCase.identity` is filled only
/// when the identity was asked for (and the reveal logged); `entry` is the privacy-safe view.
struct CaseDetail
{
    core::AuditCase auditCase;
    core::CaseListEntry entry;
    std::string kecamatanName;
    std::vector<std::string> riskFactorLabels;
    std::vector<core::FollowUp> followUps;
};

/// The stunting case audit: rounds (team, steps, dissemination meeting), cases with their
/// risk factors, and the risk-factor checklist. Identity (name, NIK, birth date, sex,
/// parents/partner) leaves the repository only through revealIdentity() or
/// caseDetails(..., true); both write a 'view' entry to the audit log that names the case but
/// never the data. Audit entries of cases hold ids, round, target group, desa code and the
/// names of the changed fields only. Follow-ups of a case are in FollowUpRepository with
/// owner type "audit_case".
class CaseAuditRepository
{
public:
    explicit CaseAuditRepository(Database &db);

    // Rounds
    std::vector<AuditRoundEntry> rounds() const; ///< newest first
    std::optional<core::AuditRound> findRound(std::int64_t id) const;
    /// Throws StorageError (Invalid) with the problem in plain words, e.g. a second round for
    /// the same semester.
    core::AuditRound addRound(core::AuditRound round);
    core::AuditRound updateRound(core::AuditRound round);
    /// Removes the round, its cases and their follow-ups and files.
    void removeRound(std::int64_t id);

    // Risk-factor checklist
    std::vector<core::RiskFactor> riskFactors() const;
    /// Adds a risk factor to the checklist (or returns the existing one with that label).
    core::RiskFactor addRiskFactor(const std::string &label);

    // Cases
    /// The cases of a round as lists may show them: initials and age, never the identity.
    std::vector<core::CaseListEntry> listCases(std::int64_t roundId) const;
    /// A case without its identity (identity is nullopt).
    std::optional<core::AuditCase> findCase(std::int64_t id) const;
    /// The identity of a case, recorded in the audit log as a view (without the data).
    core::CaseIdentity revealIdentity(std::int64_t caseId);
    /// Stores a new case; the identity (at least the name) is required. The NIK, when given,
    /// must pass core::checkNik.
    core::AuditCase addCase(core::AuditCase auditCase);
    /// Saves a changed case; without identity the stored identity is kept.
    core::AuditCase updateCase(core::AuditCase auditCase);
    /// Removes a case, its follow-ups and its files (documents of owner type "audit_case").
    void removeCase(std::int64_t id);

    /// All cases of a round with risk-factor labels and follow-ups, for reports and exports.
    /// With `withIdentity` the identities are included and the reveal is logged per case.
    std::vector<CaseDetail> caseDetails(std::int64_t roundId, bool withIdentity);
    /// The summary of a round (today by the database's clock).
    core::RoundSummary summary(std::int64_t roundId) const;

private:
    std::optional<core::CaseIdentity> identityOf(std::int64_t caseId) const;
    std::vector<std::int64_t> riskIdsOf(std::int64_t caseId) const;
    void writeRoundChildren(const core::AuditRound &round);
    void bindIdentity(Query &query, const core::CaseIdentity &who) const;
    void writeRisks(const core::AuditCase &auditCase);

    Database &m_db;
};

} // namespace konvergensi::storage

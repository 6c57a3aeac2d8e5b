// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "reports/case_audit/case_audit_words.h"
#include "reports/report_document.h"

#include "core/case_audit/case_audit.h"
#include "core/format.h"
#include "storage/case_audit/case_audit_repository.h"

#include <QString>

#include <cstdint>
#include <map>
#include <string>
#include <vector>

namespace konvergensi::storage {
class Database;
}

namespace konvergensi::reports {

/// The printable round report for the dissemination meeting: round facts and the linked
/// meeting, the audit team and expert panel, the schedule of steps, the summaries (cases by
/// target group and kecamatan, the most frequent risk factors, follow-up completion), every
/// case with initials and age only (never the identity), and the follow-up plan. Throws
/// storage::StorageError (NotFound) for an unknown round.
ReportDocument caseAuditRoundReport(storage::Database &db, std::int64_t roundId,
                                    core::Language language);

/// What an export of a round holds, read once: the round, its cases with risk factors and
/// follow-ups (in case-number order), the summary and the names the files need.
struct RoundExport
{
    core::AuditRound round;
    bool withIdentity = false;
    std::vector<storage::CaseDetail> details;
    core::RoundSummary summary;
    std::map<std::int64_t, std::string> riskLabels;
    std::map<std::int64_t, QString> opdNames;
};

/// Reads a round for an export. With `withIdentity` the identities are read too and each
/// reveal is written to the audit log (inside the caller's transaction, if any). Throws
/// storage::StorageError (NotFound) for an unknown round.
RoundExport loadRoundExport(storage::Database &db, std::int64_t roundId, bool withIdentity);

/// The round as XLSX (sheets: cases, follow-ups, summary). Without identity no name, NIK,
/// birth date or parents appear; with it, the identity columns are added and every sheet
/// starts with a notice that the file holds personal data. Throws ReportError.
void writeCaseAuditXlsx(const RoundExport &data, const QString &path, core::Language language);
/// The cases of the round as CSV, with the same rule (the notice is the first line).
void writeCaseAuditCsv(const RoundExport &data, const QString &path, core::Language language);

} // namespace konvergensi::reports

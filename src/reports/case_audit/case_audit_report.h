// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "reports/report_document.h"

#include "core/case_audit/case_audit.h"
#include "core/format.h"

#include <QString>

#include <cstdint>

namespace konvergensi::storage {
class Database;
}

namespace konvergensi::reports {

// Translated names of the case audit's values, shared by the page, the report and exports.
QString auditTargetGroupName(core::AuditTargetGroup group);
QString auditStepName(core::AuditStepKind kind);
QString auditStepStatusName(core::AuditStepStatus status);
QString sexName(core::Sex sex);
/// "2023 semester II" / "2023 semester II" (the semester in Roman numerals).
QString auditRoundLabel(int year, int semester);

/// The printable round report for the dissemination meeting: round facts and the linked
/// meeting, the audit team and expert panel, the schedule of steps, the summaries (cases by
/// target group and kecamatan, the most frequent risk factors, follow-up completion), every
/// case with initials and age only (never the identity), and the follow-up plan. Throws
/// storage::StorageError (NotFound) for an unknown round.
ReportDocument caseAuditRoundReport(storage::Database &db, std::int64_t roundId,
                                    core::Language language);

/// Exports a round to XLSX (sheets: cases, follow-ups, summary). Without `includeIdentity`
/// no name, NIK, birth date or parents appear; with it, the identity columns are added, each
/// sheet starts with a notice that the file holds personal data, and every reveal is logged.
/// Throws ReportError / StorageError.
void exportCaseAuditXlsx(storage::Database &db, std::int64_t roundId, const QString &path,
                         bool includeIdentity, core::Language language);
/// The cases of a round as CSV, with the same privacy rule (and the notice as first line).
void exportCaseAuditCsv(storage::Database &db, std::int64_t roundId, const QString &path,
                        bool includeIdentity, core::Language language);

} // namespace konvergensi::reports

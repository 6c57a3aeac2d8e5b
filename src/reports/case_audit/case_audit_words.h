// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/case_audit/case_audit.h"
#include "core/case_audit/case_numbers.h"

#include <QString>

// The words of the stunting case audit: one function per value of core, translated, shared by
// the page, the dialogs, the round report, the exports and the CLI.
namespace konvergensi::reports {

QString auditTargetGroupName(core::AuditTargetGroup group);
QString auditStepName(core::AuditStepKind kind);
QString auditStepStatusName(core::AuditStepStatus status);
QString sexName(core::Sex sex);
/// "2023 semester II" (the semester in Roman numerals).
QString auditRoundLabel(int year, int semester);
/// The heading of a column of the case export.
QString caseColumnName(core::CaseColumn column);
/// Why a case number is refused ("Case number 03 is already used in this round ...").
/// `next` is the round's next free number, offered instead.
QString describe(core::CaseNumberProblem problem, const QString &number, const QString &next);
/// Why a round or a case is refused, and what is wrong with a NIK.
QString describe(core::AuditRoundProblem problem);
QString describe(core::AuditCaseProblem problem);
QString describe(core::NikProblem problem);
/// The notice at the top of every file that holds identity (names, NIK, birth dates).
QString personalDataNotice();

} // namespace konvergensi::reports

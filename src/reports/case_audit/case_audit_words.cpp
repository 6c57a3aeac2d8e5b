// SPDX-License-Identifier: GPL-3.0-or-later
#include "reports/case_audit/case_audit_words.h"

#include <QCoreApplication>

namespace konvergensi::reports {

QString auditTargetGroupName(core::AuditTargetGroup group)
{
    switch (group) {
    case core::AuditTargetGroup::Catin:
        return QCoreApplication::translate("CaseAudit", "Bride/groom-to-be");
    case core::AuditTargetGroup::Pregnant:
        return QCoreApplication::translate("CaseAudit", "Pregnant woman");
    case core::AuditTargetGroup::Postpartum:
        return QCoreApplication::translate("CaseAudit", "Postpartum mother");
    case core::AuditTargetGroup::Baduta:
        return QCoreApplication::translate("CaseAudit", "Child under two");
    case core::AuditTargetGroup::Balita:
        return QCoreApplication::translate("CaseAudit", "Child under five");
    }
    return {};
}

QString auditStepName(core::AuditStepKind kind)
{
    switch (kind) {
    case core::AuditStepKind::CaseSelection:
        return QCoreApplication::translate("CaseAudit", "Case selection");
    case core::AuditStepKind::ExpertReview:
        return QCoreApplication::translate("CaseAudit", "Expert panel review");
    case core::AuditStepKind::FollowUpPlan:
        return QCoreApplication::translate("CaseAudit", "Follow-up plan");
    case core::AuditStepKind::Dissemination:
        return QCoreApplication::translate("CaseAudit", "Dissemination");
    case core::AuditStepKind::Monitoring:
        return QCoreApplication::translate("CaseAudit", "Follow-up monitoring");
    }
    return {};
}

QString auditStepStatusName(core::AuditStepStatus status)
{
    switch (status) {
    case core::AuditStepStatus::NotStarted:
        return QCoreApplication::translate("CaseAudit", "Not started");
    case core::AuditStepStatus::InProgress:
        return QCoreApplication::translate("CaseAudit", "In progress");
    case core::AuditStepStatus::Done:
        return QCoreApplication::translate("CaseAudit", "Done");
    }
    return {};
}

QString sexName(core::Sex sex)
{
    return sex == core::Sex::Female ? QCoreApplication::translate("CaseAudit", "Female")
                                    : QCoreApplication::translate("CaseAudit", "Male");
}

QString auditRoundLabel(int year, int semester)
{
    return QCoreApplication::translate("CaseAudit", "%1 semester %2")
        .arg(year)
        .arg(semester == 1 ? QStringLiteral("I") : QStringLiteral("II"));
}

QString caseColumnName(core::CaseColumn column)
{
    switch (column) {
    case core::CaseColumn::Number:
        return QCoreApplication::translate("CaseAudit", "No");
    case core::CaseColumn::TargetGroup:
        return QCoreApplication::translate("CaseAudit", "Target group");
    case core::CaseColumn::Kecamatan:
        return QCoreApplication::translate("CaseAudit", "Kecamatan");
    case core::CaseColumn::Desa:
        return QCoreApplication::translate("CaseAudit", "Desa");
    case core::CaseColumn::Initials:
        return QCoreApplication::translate("CaseAudit", "Initials");
    case core::CaseColumn::Age:
        return QCoreApplication::translate("CaseAudit", "Age");
    case core::CaseColumn::Sex:
        return QCoreApplication::translate("CaseAudit", "Sex");
    case core::CaseColumn::Name:
        return QCoreApplication::translate("CaseAudit", "Name");
    case core::CaseColumn::Nik:
        return QCoreApplication::translate("CaseAudit", "NIK");
    case core::CaseColumn::BirthDate:
        return QCoreApplication::translate("CaseAudit", "Birth date");
    case core::CaseColumn::ParentsOrPartner:
        return QCoreApplication::translate("CaseAudit", "Parents or partner");
    case core::CaseColumn::Finding:
        return QCoreApplication::translate("CaseAudit", "Finding");
    case core::CaseColumn::RiskFactors:
        return QCoreApplication::translate("CaseAudit", "Risk factors");
    case core::CaseColumn::Causes:
        return QCoreApplication::translate("CaseAudit", "Causes (expert panel)");
    case core::CaseColumn::Recommendations:
        return QCoreApplication::translate("CaseAudit", "Recommendations");
    case core::CaseColumn::FollowUps:
        return QCoreApplication::translate("CaseAudit", "Follow-ups");
    case core::CaseColumn::FollowUpsDone:
        return QCoreApplication::translate("CaseAudit", "Follow-ups done");
    }
    return {};
}

QString personalDataNotice()
{
    return QCoreApplication::translate(
        "CaseAudit", "CONFIDENTIAL: this file contains personal data (names, NIK, birth dates) of "
                     "audited cases. Keep it safe and do not share it.");
}

QString describe(core::CaseNumberProblem problem, const QString &number, const QString &next)
{
    switch (problem) {
    case core::CaseNumberProblem::Empty:
        return QCoreApplication::translate("CaseAudit", "The case needs a number (the next free "
                                                        "number is %1).")
            .arg(next);
    case core::CaseNumberProblem::TooLong:
        return QCoreApplication::translate("CaseAudit", "A case number has at most %1 characters.")
            .arg(core::kCaseNumberMaxLength);
    case core::CaseNumberProblem::Taken:
        return QCoreApplication::translate("CaseAudit",
                                           "Case number %1 is already used in this round; "
                                           "numbers never repeat. The next free number is %2.")
            .arg(number, next);
    }
    return {};
}

QString describe(core::AuditRoundProblem problem)
{
    switch (problem) {
    case core::AuditRoundProblem::BadYear:
        return QCoreApplication::translate("CaseAudit",
                                           "The year of the audit round is not valid.");
    case core::AuditRoundProblem::BadSemester:
        return QCoreApplication::translate("CaseAudit", "The semester must be I or II.");
    case core::AuditRoundProblem::EmptyTitle:
        return QCoreApplication::translate("CaseAudit", "The audit round needs a title.");
    case core::AuditRoundProblem::TeamMemberWithoutName:
        return QCoreApplication::translate("CaseAudit", "Every team member needs a name.");
    case core::AuditRoundProblem::DuplicateStep:
        return QCoreApplication::translate("CaseAudit", "A step of the audit appears twice.");
    case core::AuditRoundProblem::DoneStepWithoutDate:
        return QCoreApplication::translate("CaseAudit",
                                           "A step marked done needs the date it was done.");
    }
    return {};
}

QString describe(core::AuditCaseProblem problem)
{
    switch (problem) {
    case core::AuditCaseProblem::NoDesa:
        return QCoreApplication::translate("CaseAudit", "Choose the desa of the case.");
    case core::AuditCaseProblem::NoName:
        return QCoreApplication::translate("CaseAudit", "A case needs at least the name.");
    case core::AuditCaseProblem::NikInvalid:
        return QCoreApplication::translate("CaseAudit", "The NIK is not valid.");
    case core::AuditCaseProblem::BirthDateInFuture:
        return QCoreApplication::translate("CaseAudit", "The birth date lies in the future.");
    }
    return {};
}

QString describe(core::NikProblem problem)
{
    switch (problem) {
    case core::NikProblem::NotSixteenDigits:
        return QCoreApplication::translate("CaseAudit", "The NIK must have exactly 16 digits.");
    case core::NikProblem::BadRegionPart:
        return QCoreApplication::translate(
            "CaseAudit", "The first 6 digits of the NIK are not a known province, district and "
                         "kecamatan code.");
    case core::NikProblem::BadBirthDatePart:
        return QCoreApplication::translate(
            "CaseAudit", "Digits 7 to 12 of the NIK are not a date of birth (DDMMYY, 40 added to "
                         "the day for women).");
    case core::NikProblem::ZeroSerial:
        return QCoreApplication::translate("CaseAudit",
                                           "The last 4 digits of the NIK cannot be 0000.");
    case core::NikProblem::BirthDateMismatch:
        return QCoreApplication::translate("CaseAudit",
                                           "The NIK does not agree with the birth date entered.");
    case core::NikProblem::SexMismatch:
        return QCoreApplication::translate("CaseAudit",
                                           "The NIK does not agree with the sex entered.");
    case core::NikProblem::OtherDistrict:
        return QCoreApplication::translate(
            "CaseAudit", "The NIK was registered in another district (the person may have moved).");
    }
    return {};
}

} // namespace konvergensi::reports

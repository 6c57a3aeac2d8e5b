// SPDX-License-Identifier: GPL-3.0-or-later
// Part VII of the semester report: the stunting case audit rounds of the semester. No case is
// named: cases are shown by number, target group and kecamatan only.
#include "usecases/semester/semester_parts.h"

#include "core/case_audit/case_audit.h"
#include "qtsupport/text.h"
#include "reports/case_audit/case_audit_words.h"
#include "reports/followups/follow_up_words.h"
#include "storage/case_audit/case_audit_repository.h"
#include "usecases/case_audit/case_audit_rounds.h"

namespace konvergensi::usecases::semester::detail {

void addCaseAuditPart(reports::SemesterDocument &document, const PartContext &context)
{
    const core::Language language = context.language;
    document.heading(QCoreApplication::translate("SemesterReport", "VII. Stunting case audit"));
    storage::CaseAuditRepository repository(context.db);
    bool any = false;
    for (const storage::AuditRoundEntry &entry : repository.rounds()) {
        if (entry.year != context.semester.year || entry.semester != context.semester.half)
            continue;
        const auto overview = case_audit::roundOverview(context.db, entry.id);
        if (!overview)
            continue;
        any = true;
        const core::RoundSummary &summary = overview->summary;
        document.heading(qs(entry.title), 3);
        if (overview->meetingDate)
            document.paragraph(
                QCoreApplication::translate("SemesterReport", "Results disseminated on %1 (%2).")
                    .arg(longDateText(*overview->meetingDate, language),
                         qs(overview->meetingTitle)));
        else
            document.paragraph(QCoreApplication::translate(
                "SemesterReport", "The dissemination meeting is not recorded for this round."));
        if (summary.cases == 0) {
            document.paragraph(QCoreApplication::translate("SemesterReport",
                                                           "No case is recorded in this round."));
            continue;
        }
        std::vector<QStringList> groups;
        for (const core::AuditTargetGroup group : core::allAuditTargetGroups()) {
            const auto it = summary.byTargetGroup.find(group);
            groups.push_back({reports::auditTargetGroupName(group),
                              QString::number(it == summary.byTargetGroup.end() ? 0 : it->second)});
        }
        groups.push_back({QCoreApplication::translate("SemesterReport", "Total"),
                          QString::number(summary.cases)});
        document.table(
            QCoreApplication::translate("SemesterReport", "Audit cases"),
            QCoreApplication::translate("SemesterReport", "Audited cases by target group: %1")
                .arg(qs(entry.title)),
            {QCoreApplication::translate("SemesterReport", "Target group"),
             QCoreApplication::translate("SemesterReport", "Cases")},
            groups, {1}, {70, 30});
        const auto done = summary.completionPercent();
        document.paragraph(
            QCoreApplication::translate(
                "SemesterReport",
                "Follow-ups of the cases: %1 in all, %2 done, %3 still open (%4 overdue), %5 "
                "dropped%6.")
                .arg(summary.followUps)
                .arg(summary.followUpsDone)
                .arg(summary.followUpsPending)
                .arg(summary.followUpsOverdue)
                .arg(summary.followUpsDropped)
                .arg(done ? QCoreApplication::translate("SemesterReport", "; %1 % done")
                                .arg(qRound(*done))
                          : QString()));
        std::vector<QStringList> recommendations;
        for (const storage::CaseDetail &detail : repository.caseDetails(entry.id, false)) {
            int finished = 0;
            for (const core::FollowUp &followUp : detail.followUps)
                finished += followUp.status == core::FollowUpStatus::Done ? 1 : 0;
            recommendations.push_back(
                {qs(detail.auditCase.caseNumber),
                 reports::auditTargetGroupName(detail.auditCase.targetGroup),
                 qs(detail.kecamatanName),
                 detail.auditCase.recommendations.empty() ? QStringLiteral("\u2013")
                                                          : qs(detail.auditCase.recommendations),
                 QStringLiteral("%1/%2").arg(finished).arg(detail.followUps.size())});
        }
        document.table(QCoreApplication::translate("SemesterReport", "Audit recommendations"),
                       QCoreApplication::translate("SemesterReport", "Recommendations per case: %1")
                           .arg(qs(entry.title)),
                       {QCoreApplication::translate("SemesterReport", "Case"),
                        QCoreApplication::translate("SemesterReport", "Target group"),
                        QCoreApplication::translate("SemesterReport", "Kecamatan"),
                        QCoreApplication::translate("SemesterReport", "Recommendations"),
                        QCoreApplication::translate("SemesterReport", "Follow-ups done")},
                       recommendations, {0, 4}, {8, 17, 15, 45, 15});
    }
    if (!any)
        document.paragraph(QCoreApplication::translate(
            "SemesterReport", "No data: no case audit round of this semester is recorded."));
}

} // namespace konvergensi::usecases::semester::detail

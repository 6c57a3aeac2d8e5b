// SPDX-License-Identifier: GPL-3.0-or-later
#include "gui/case_audit/case_audit_summary.h"

#include "qtsupport/text.h"
#include "reports/case_audit/case_audit_words.h"
#include "usecases/case_audit/case_audit_rounds.h"

#include <QCoreApplication>
#include <QStringList>

namespace konvergensi::gui {

QString roundInfoHtml(const usecases::case_audit::RoundOverview &overview, core::Language language)
{
    const auto &round = overview.round;
    QString meeting = QCoreApplication::translate("CaseAuditPage", "not yet linked to a meeting");
    if (overview.meetingDate)
        meeting = qs(core::formatLongDate(*overview.meetingDate, language)) + QStringLiteral(", ")
                  + qs(overview.meetingTitle).toHtmlEscaped();
    QStringList steps;
    for (const auto &s : round.steps)
        steps << reports::auditStepName(s.kind) + QStringLiteral(": ")
                     + reports::auditStepStatusName(s.status);
    int experts = 0;
    for (const auto &m : round.team)
        experts += m.expert ? 1 : 0;
    const int members = static_cast<int>(round.team.size());
    return QCoreApplication::translate(
               "CaseAuditPage",
               "<b>Dissemination:</b> %1<br><b>Team:</b> %2, of them %3 on the expert "
               "panel<br><b>Steps:</b> %4")
        .arg(meeting)
        .arg(QCoreApplication::translate("CaseAuditPage", "%n member(s)", nullptr, members))
        .arg(experts)
        .arg(steps.join(QStringLiteral(" · ")).toHtmlEscaped());
}

QString roundSummaryHtml(const usecases::case_audit::RoundOverview &overview,
                         core::Language language)
{
    const auto &summary = overview.summary;
    QString html = QStringLiteral("<h3>") + QCoreApplication::translate("CaseAuditPage", "Summary")
                   + QStringLiteral("</h3>");
    html += QStringLiteral("<p><b>")
            + QCoreApplication::translate("CaseAuditPage", "%n case(s)", nullptr, summary.cases)
            + QStringLiteral("</b></p><p>");
    for (auto g : core::allAuditTargetGroups()) {
        const auto it = summary.byTargetGroup.find(g);
        html += reports::auditTargetGroupName(g).toHtmlEscaped() + QStringLiteral(": ")
                + QString::number(it == summary.byTargetGroup.end() ? 0 : it->second)
                + QStringLiteral("<br>");
    }
    html += QStringLiteral("</p><p><b>")
            + QCoreApplication::translate("CaseAuditPage", "Most frequent risk factors")
            + QStringLiteral("</b><br>");
    for (const auto &[id, count] : summary.topRiskFactors) {
        const auto label = overview.riskLabels.find(id);
        html += (label == overview.riskLabels.end() ? QString() : qs(label->second)).toHtmlEscaped()
                + QStringLiteral(" (") + QString::number(count) + QStringLiteral(")<br>");
    }
    const auto completion = summary.completionPercent();
    html += QStringLiteral("</p><p><b>")
            + QCoreApplication::translate("CaseAuditPage", "Follow-ups")
            + QStringLiteral("</b><br>")
            + QCoreApplication::translate("CaseAuditPage", "%1 done of %2 (%3), %n overdue",
                                          nullptr, summary.followUpsOverdue)
                  .arg(summary.followUpsDone)
                  .arg(summary.followUps - summary.followUpsDropped)
                  .arg(completion ? qs(core::formatPercent(*completion, 0, language))
                                  : QStringLiteral("–"))
            + QStringLiteral("</p>");
    return html;
}

} // namespace konvergensi::gui

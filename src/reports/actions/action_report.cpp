// SPDX-License-Identifier: GPL-3.0-or-later
#include "reports/actions/action_report.h"

#include "reports/spreadsheet.h"

#include "core/clock.h"

#include <QCoreApplication>
#include <QDate>

#include <cmath>

namespace konvergensi::reports {

namespace {

QString q(const std::string &text)
{
    return QString::fromStdString(text);
}

QString dateText(const boost::gregorian::date &date, core::Language language)
{
    return q(core::formatDate(date, language));
}

QString periodText(const core::Action &action, core::Language language)
{
    if (action.dueStart == action.dueEnd)
        return dateText(action.dueEnd, language);
    return dateText(action.dueStart, language) + QStringLiteral(" \u2013 ")
           + dateText(action.dueEnd, language);
}

QDate toQDate(const boost::gregorian::date &date)
{
    return QDate(date.year(), date.month(), date.day());
}

QString leadText(const core::Action &action)
{
    return action.leadOpdName.empty() ? QStringLiteral("\u2013") : q(action.leadOpdName);
}

} // namespace

QString actionLabel(const core::Action &action)
{
    const QString number = q(core::actionNumber(action));
    switch (action.group) {
    case core::ActionGroup::Classic:
        return QCoreApplication::translate("ActionReport", "Action %1").arg(number);
    case core::ActionGroup::Main:
        return QCoreApplication::translate("ActionReport", "Main action %1").arg(number);
    case core::ActionGroup::Supporting:
        return QCoreApplication::translate("ActionReport", "Supporting action %1").arg(number);
    }
    return number;
}

QString statusText(core::ActionStatus status)
{
    switch (status) {
    case core::ActionStatus::NotStarted:
        return QCoreApplication::translate("ActionReport", "not started");
    case core::ActionStatus::InProgress:
        return QCoreApplication::translate("ActionReport", "in progress");
    case core::ActionStatus::Done:
        return QCoreApplication::translate("ActionReport", "done");
    case core::ActionStatus::Late:
        return QCoreApplication::translate("ActionReport", "late");
    }
    return {};
}

QString outputStateText(core::OutputState state)
{
    switch (state) {
    case core::OutputState::NotStarted:
        return QCoreApplication::translate("ActionReport", "not started");
    case core::OutputState::InProgress:
        return QCoreApplication::translate("ActionReport", "being worked on");
    case core::OutputState::Done:
        return QCoreApplication::translate("ActionReport", "done");
    }
    return {};
}

QString percentText(double percent, core::Language language)
{
    return q(core::formatPercent(std::round(percent), 0, language));
}

ReportDocument buildActionReport(const ActionReportData &data, core::Language language, Paper paper)
{
    using namespace html;
    const core::FixedClock clock(data.today);
    ReportDocument document(data.letterhead, language);
    document.setPaper(paper);
    document.setTitle(
        QCoreApplication::translate("ActionReport", "CONVERGENCE ACTION PROGRESS REPORT"),
        QCoreApplication::translate("ActionReport", "Year %1 \u2013 situation on %2")
            .arg(data.year)
            .arg(dateText(data.today, language)));

    QString body;
    int late = 0;
    for (const core::Action &action : data.actions)
        late += core::isLate(action, clock) ? 1 : 0;
    if (!data.letterhead.districtName.empty())
        body += paragraph(QCoreApplication::translate("ActionReport", "District: %1")
                              .arg(q(data.letterhead.districtName)));
    body += paragraph(QCoreApplication::translate(
                          "ActionReport",
                          "Progress of the year: %1 (the mean over %2 actions). An output counts "
                          "when it is done and its evidence is attached. Late actions: %3.")
                          .arg(percentText(core::yearProgress(data.actions) * 100.0, language))
                          .arg(data.actions.size())
                          .arg(late));

    // Summary of every action of the year's catalogue.
    body += heading(QCoreApplication::translate("ActionReport", "A. Summary"), 2);
    std::vector<QStringList> rows;
    for (const core::Action &action : data.actions) {
        const core::ActionProgress progress = core::progressOf(action);
        const core::ActionStatus status = core::statusOf(action, clock);
        const bool isLate = status == core::ActionStatus::Late;
        auto mark = [isLate](const QString &text) {
            return isLate ? highlight(escape(text)) : escape(text);
        };
        rows.push_back(
            {mark(actionLabel(action)), escape(q(action.name)), escape(leadText(action)),
             escape(dateText(action.dueEnd, language)), mark(statusText(status)),
             escape(QStringLiteral("%1/%2").arg(progress.doneWithEvidence).arg(progress.required)),
             escape(percentText(progress.percent(), language))});
    }
    body += tableHtml({QCoreApplication::translate("ActionReport", "Action"),
                       QCoreApplication::translate("ActionReport", "Name"),
                       QCoreApplication::translate("ActionReport", "Lead OPD"),
                       QCoreApplication::translate("ActionReport", "Due"),
                       QCoreApplication::translate("ActionReport", "Status"),
                       QCoreApplication::translate("ActionReport", "Outputs"),
                       QCoreApplication::translate("ActionReport", "Progress")},
                      rows, {5, 6}, {9, 22, 15, 13, 14, 12, 15});
    if (late > 0) {
        QStringList names;
        for (const core::Action &action : data.actions) {
            if (core::isLate(action, clock))
                names << actionLabel(action) + QStringLiteral(" (") + leadText(action)
                             + QStringLiteral(")");
        }
        body += QStringLiteral("<p>%1</p>")
                    .arg(highlight(escape(QCoreApplication::translate("ActionReport", "Late: %1.")
                                              .arg(names.join(QStringLiteral(", "))))));
    }

    // One section per action: a single table whose header rows (the action's title, its facts
    // and the column heads) stay together and come again on the next page when the outputs do
    // not fit, so a title is never left alone at the foot of a page.
    body += heading(
        QCoreApplication::translate("ActionReport", "B. Outputs and evidence per action"), 2);
    for (const core::Action &action : data.actions) {
        const core::ActionProgress progress = core::progressOf(action);
        const core::ActionStatus status = core::statusOf(action, clock);
        QString title = escape(actionLabel(action) + QStringLiteral(" \u2013 ") + q(action.name));
        if (status == core::ActionStatus::Late)
            title += QStringLiteral(" ")
                     + highlight(escape(QCoreApplication::translate("ActionReport", "(late)")));
        QStringList facts = {
            QCoreApplication::translate("ActionReport", "Lead OPD: %1").arg(leadText(action)),
            QCoreApplication::translate("ActionReport", "Due period: %1")
                .arg(periodText(action, language)),
            QCoreApplication::translate("ActionReport", "Status: %1").arg(statusText(status)),
            QCoreApplication::translate("ActionReport",
                                        "Progress: %1 (%2 of %3 outputs done with evidence)")
                .arg(percentText(progress.percent(), language))
                .arg(progress.doneWithEvidence)
                .arg(progress.required),
        };
        QString factsHtml = escape(facts.join(QStringLiteral("  \u00b7  ")));
        if (!action.notes.empty())
            factsHtml +=
                QStringLiteral("<br/>")
                + escape(
                    QCoreApplication::translate("ActionReport", "Notes: %1").arg(q(action.notes)));
        if (const auto it = data.meetingsByAction.find(action.id);
            it != data.meetingsByAction.end() && !it->second.empty()) {
            QStringList meetings;
            for (const ServingMeeting &meeting : it->second)
                meetings << dateText(meeting.date, language) + QStringLiteral(": ") + meeting.title;
            factsHtml += QStringLiteral("<br/>")
                         + escape(QCoreApplication::translate("ActionReport", "Meetings: %1")
                                      .arg(meetings.join(QStringLiteral("; "))));
        }

        const QStringList headers = {QCoreApplication::translate("ActionReport", "No"),
                                     QCoreApplication::translate("ActionReport", "Output"),
                                     QCoreApplication::translate("ActionReport", "Status"),
                                     QCoreApplication::translate("ActionReport", "Date done"),
                                     QCoreApplication::translate("ActionReport", "Evidence"),
                                     QCoreApplication::translate("ActionReport", "Responsible")};
        const std::vector<int> widths = {5, 28, 12, 14, 25, 16};
        QString section = QStringLiteral(
            "<table width=\"100%\" border=\"1\" cellspacing=\"0\" cellpadding=\"3\" "
            "style=\"border-collapse: collapse; border-color: #777777; margin-top: "
            "10px;\"><thead>");
        section += QStringLiteral("<tr><td colspan=\"6\" style=\"background-color: #d9e2ec;\">"
                                  "<b>%1</b></td></tr>")
                       .arg(title);
        section += QStringLiteral("<tr><td colspan=\"6\">%1</td></tr><tr>").arg(factsHtml);
        for (int c = 0; c < headers.size(); ++c)
            section += QStringLiteral("<th width=\"%1%\" align=\"%2\">%3</th>")
                           .arg(widths[static_cast<std::size_t>(c)])
                           .arg(c == 0 ? QStringLiteral("right") : QStringLiteral("left"),
                                escape(headers[c]));
        section += QStringLiteral("</tr></thead><tbody>");
        int number = 0;
        for (const core::ActionOutput &output : action.outputs) {
            QString evidence;
            if (const auto it = data.evidenceByOutput.find(output.id);
                it != data.evidenceByOutput.end())
                evidence = it->second.join(QLatin1Char('\n'));
            QString state = escape(outputStateText(output.state));
            if (output.state == core::OutputState::Done && output.evidenceCount == 0)
                state += QStringLiteral(", ")
                         + highlight(
                             escape(QCoreApplication::translate("ActionReport", "no evidence")));
            QString name = escape(q(output.name));
            if (!output.notes.empty())
                name += QStringLiteral("<br/><i>") + escape(q(output.notes))
                        + QStringLiteral("</i>");
            section += QStringLiteral("<tr><td valign=\"top\" align=\"right\">%1</td>"
                                      "<td valign=\"top\">%2</td><td valign=\"top\">%3</td>"
                                      "<td valign=\"top\">%4</td><td valign=\"top\">%5</td>"
                                      "<td valign=\"top\">%6</td></tr>")
                           .arg(QString::number(++number), name, state,
                                escape(output.doneDate ? dateText(*output.doneDate, language)
                                                       : QStringLiteral("\u2013")),
                                escape(evidence.isEmpty() ? QStringLiteral("\u2013") : evidence),
                                escape(q(output.responsible)));
        }
        const auto missing = core::missingOutputs(action);
        QString closing;
        if (action.outputs.empty()) {
            closing = escape(QCoreApplication::translate(
                "ActionReport", "No outputs are listed for this action in the year's catalogue."));
        } else if (missing.empty()) {
            closing = escape(QCoreApplication::translate(
                "ActionReport", "Every required output is done with evidence."));
        } else {
            QStringList parts;
            for (const core::ActionOutput &output : missing) {
                parts << q(output.name) + QStringLiteral(" (")
                             + (output.state == core::OutputState::Done
                                    ? QCoreApplication::translate("ActionReport",
                                                                  "evidence missing")
                                    : QCoreApplication::translate("ActionReport", "not done"))
                             + QStringLiteral(")");
            }
            closing = QStringLiteral("<b>%1</b> %2")
                          .arg(
                              escape(QCoreApplication::translate("ActionReport", "Still missing:")),
                              escape(parts.join(QStringLiteral("; "))));
        }
        section += QStringLiteral("</tbody></table>");
        // After the table, so a page never starts with a repeated header over this line alone.
        section += QStringLiteral("<p>%1</p>").arg(closing);
        body += section;
    }
    document.setBodyHtml(body);

    Signature signature;
    signature.place = q(data.letterhead.city);
    signature.date = dateText(data.today, language);
    signature.title = q(data.letterhead.signatoryTitle);
    signature.name = q(data.letterhead.signatoryName);
    signature.nip = q(data.letterhead.signatoryNip);
    document.setSignature(signature);
    return document;
}

void exportActionChecklistXlsx(const ActionReportData &data, core::Language language,
                               const QString &path)
{
    const core::FixedClock clock(data.today);
    XlsxWriter writer(path);
    writer.addSheet(QCoreApplication::translate("ActionReport", "Summary"));
    writer.addNote(
        QCoreApplication::translate("ActionReport", "Convergence actions %1, situation on %2")
            .arg(data.year)
            .arg(dateText(data.today, language)));
    writer.addHeader({QCoreApplication::translate("ActionReport", "Action"),
                      QCoreApplication::translate("ActionReport", "Name"),
                      QCoreApplication::translate("ActionReport", "Lead OPD"),
                      QCoreApplication::translate("ActionReport", "Due from"),
                      QCoreApplication::translate("ActionReport", "Due"),
                      QCoreApplication::translate("ActionReport", "Status"),
                      QCoreApplication::translate("ActionReport", "Outputs done"),
                      QCoreApplication::translate("ActionReport", "Outputs required"),
                      QCoreApplication::translate("ActionReport", "Progress (%)")});
    for (const core::Action &action : data.actions) {
        const core::ActionProgress progress = core::progressOf(action);
        writer.addRow({actionLabel(action), q(action.name), q(action.leadOpdName),
                       toQDate(action.dueStart), toQDate(action.dueEnd),
                       statusText(core::statusOf(action, clock)), progress.doneWithEvidence,
                       progress.required, std::round(progress.percent() * 10.0) / 10.0});
    }
    writer.setColumnWidth(1, 45);
    writer.setColumnWidth(2, 14);

    writer.addSheet(QCoreApplication::translate("ActionReport", "Checklist"));
    writer.addHeader({QCoreApplication::translate("ActionReport", "Action"),
                      QCoreApplication::translate("ActionReport", "Output"),
                      QCoreApplication::translate("ActionReport", "Status"),
                      QCoreApplication::translate("ActionReport", "Date done"),
                      QCoreApplication::translate("ActionReport", "Evidence files"),
                      QCoreApplication::translate("ActionReport", "Responsible"),
                      QCoreApplication::translate("ActionReport", "Notes")});
    for (const core::Action &action : data.actions) {
        for (const core::ActionOutput &output : action.outputs) {
            QString evidence;
            if (const auto it = data.evidenceByOutput.find(output.id);
                it != data.evidenceByOutput.end())
                evidence = it->second.join(QStringLiteral(", "));
            writer.addRow({actionLabel(action), q(output.name), outputStateText(output.state),
                           output.doneDate ? QVariant(toQDate(*output.doneDate)) : QVariant(),
                           evidence, q(output.responsible), q(output.notes)});
        }
    }
    writer.setColumnWidth(1, 50);
    writer.setColumnWidth(4, 40);
    writer.close();
}

} // namespace konvergensi::reports

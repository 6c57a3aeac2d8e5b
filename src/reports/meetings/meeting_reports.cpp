// SPDX-License-Identifier: GPL-3.0-or-later
#include "reports/meetings/meeting_reports.h"

#include "reports/spreadsheet.h"

#include "qtsupport/dates.h"
#include "qtsupport/text.h"
#include "storage/followups/follow_up_repository.h"
#include "storage/meetings/meeting_repository.h"

#include <QCoreApplication>
#include <QDate>

#include <map>

namespace konvergensi::reports {

namespace {

QString q(const std::string &text)
{
    return qs(text);
}

QString dateText(const boost::gregorian::date &date, core::Language language)
{
    return date.is_special() ? QString() : q(core::formatDate(date, language));
}

QString optionalDateText(const std::optional<boost::gregorian::date> &date, core::Language language)
{
    return date ? dateText(*date, language) : QString();
}

/// A date cell: a real date in a workbook, empty when there is none.
QVariant dateCell(const std::optional<boost::gregorian::date> &date)
{
    const QDate day = toQDate(date);
    return day.isValid() ? QVariant(day) : QVariant(QString());
}

QString responsibleText(const core::FollowUp &followUp, const MeetingPrintContext &context)
{
    QStringList parts;
    if (followUp.responsibleOpdId) {
        const auto it = context.opdShortNames.find(*followUp.responsibleOpdId);
        if (it != context.opdShortNames.end())
            parts << it->second;
    }
    if (!followUp.responsibleOther.empty())
        parts << q(followUp.responsibleOther);
    QString text = parts.join(QStringLiteral(" / "));
    if (!followUp.responsiblePerson.empty())
        text += QStringLiteral(" (") + q(followUp.responsiblePerson) + QLatin1Char(')');
    return text;
}

QString paragraphs(const std::string &text)
{
    QString out;
    const QStringList lines = q(text).split(QLatin1Char('\n'));
    for (const QString &line : lines) {
        if (!line.trimmed().isEmpty())
            out += html::paragraph(line.trimmed());
    }
    return out;
}

std::vector<std::pair<QString, QString>> meetingFacts(const core::Meeting &meeting,
                                                      const MeetingPrintContext &context,
                                                      core::Language language)
{
    std::vector<std::pair<QString, QString>> facts;
    facts.emplace_back(QCoreApplication::translate("Meetings", "Meeting"), q(meeting.title));
    facts.emplace_back(QCoreApplication::translate("Meetings", "Kind"),
                       meetingKindName(meeting.kind));
    facts.emplace_back(QCoreApplication::translate("Meetings", "Day, date"),
                       meeting.date.is_special() ? QString()
                                                 : q(core::formatLongDate(meeting.date, language)));
    const QString time = timeRangeText(meeting.startMinute, meeting.endMinute, language);
    if (!time.isEmpty())
        facts.emplace_back(QCoreApplication::translate("Meetings", "Time"), time);
    facts.emplace_back(QCoreApplication::translate("Meetings", "Venue"), q(meeting.venue));
    facts.emplace_back(QCoreApplication::translate("Meetings", "Chaired by"), chairText(meeting));
    // "Kabupaten Bengkalis", "Kecamatan Bantan": the region's name already says its level.
    facts.emplace_back(QCoreApplication::translate("Meetings", "Level"),
                       context.regionName.isEmpty() ? meetingLevelName(meeting.level)
                                                    : context.regionName);
    if (!meeting.servesAction.empty())
        facts.emplace_back(QCoreApplication::translate("Meetings", "Serves"),
                           actionLabel(meeting.servesAction));
    return facts;
}

} // namespace

ReportDocument meetingMinutesReport(const core::Meeting &meeting,
                                    const MeetingPrintContext &context,
                                    const core::Letterhead &letterhead, core::Language language)
{
    ReportDocument document(letterhead, language);
    document.setTitle(QCoreApplication::translate("Meetings", "MINUTES OF MEETING"),
                      q(meeting.title));
    QString body = html::facts(meetingFacts(meeting, context, language));

    if (!meeting.summary.empty()) {
        body += html::heading(QCoreApplication::translate("Meetings", "Summary"));
        body += paragraphs(meeting.summary);
    }

    body += html::heading(QCoreApplication::translate("Meetings", "Agenda"));
    if (meeting.agenda.empty()) {
        body += html::paragraph(QCoreApplication::translate("Meetings", "No agenda was recorded."));
    } else {
        std::vector<QStringList> rows;
        for (std::size_t i = 0; i < meeting.agenda.size(); ++i)
            rows.push_back({QString::number(i + 1), q(meeting.agenda[i].text)});
        body += html::table({QCoreApplication::translate("Meetings", "No."),
                             QCoreApplication::translate("Meetings", "Agenda item")},
                            rows, {0}, {8, 92});
    }

    body += html::heading(QCoreApplication::translate("Meetings", "Attendance"));
    if (meeting.attendees.empty()) {
        body += html::paragraph(
            QCoreApplication::translate("Meetings", "No attendance was recorded."));
    } else {
        std::vector<QStringList> rows;
        for (std::size_t i = 0; i < meeting.attendees.size(); ++i) {
            const core::Attendee &a = meeting.attendees[i];
            rows.push_back({QString::number(i + 1), q(a.institution), q(a.name), q(a.position),
                            attendanceText(a)});
        }
        body += html::table({QCoreApplication::translate("Meetings", "No."),
                             QCoreApplication::translate("Meetings", "OPD / institution"),
                             QCoreApplication::translate("Meetings", "Name"),
                             QCoreApplication::translate("Meetings", "Position"),
                             QCoreApplication::translate("Meetings", "Attendance")},
                            rows, {0}, {6, 18, 28, 24, 24});
        std::vector<QStringList> counts;
        for (const core::AttendanceCount &c : core::attendanceByInstitution(meeting.attendees)) {
            counts.push_back({c.institution.empty()
                                  ? QCoreApplication::translate("Meetings", "(no institution)")
                                  : q(c.institution),
                              QString::number(c.invited), QString::number(c.present),
                              QString::number(c.represented), QString::number(c.absent)});
        }
        const core::AttendanceCount total = core::attendanceTotals(meeting.attendees);
        counts.push_back({QCoreApplication::translate("Meetings", "Total"),
                          QString::number(total.invited), QString::number(total.present),
                          QString::number(total.represented), QString::number(total.absent)});
        body += html::heading(QCoreApplication::translate("Meetings", "Attendance per OPD"), 3);
        body += html::table({QCoreApplication::translate("Meetings", "OPD / institution"),
                             QCoreApplication::translate("Meetings", "Invited"),
                             QCoreApplication::translate("Meetings", "Present"),
                             QCoreApplication::translate("Meetings", "Represented"),
                             QCoreApplication::translate("Meetings", "Absent")},
                            counts, {1, 2, 3, 4}, {40, 15, 15, 15, 15});
    }

    if (!meeting.minutes.empty()) {
        body += html::heading(QCoreApplication::translate("Meetings", "Proceedings"));
        body += paragraphs(meeting.minutes);
    }

    body += html::heading(QCoreApplication::translate("Meetings", "Decisions and follow-ups"));
    if (meeting.decisions.empty())
        body += html::paragraph(
            QCoreApplication::translate("Meetings", "No decisions were recorded."));
    for (std::size_t d = 0; d < meeting.decisions.size(); ++d) {
        const core::Decision &decision = meeting.decisions[d];
        body += html::heading(QCoreApplication::translate("Meetings", "Decision %1").arg(d + 1), 3);
        body += html::paragraph(q(decision.text));
        if (decision.followUps.empty())
            continue;
        // What was agreed at the meeting: who does what by when. Where a follow-up stands
        // today belongs in the follow-up report, not in the minutes of that day.
        std::vector<QStringList> rows;
        for (std::size_t f = 0; f < decision.followUps.size(); ++f) {
            const core::FollowUp &followUp = decision.followUps[f];
            rows.push_back({QStringLiteral("%1.%2").arg(d + 1).arg(f + 1), q(followUp.action),
                            responsibleText(followUp, context),
                            optionalDateText(followUp.dueDate, language)});
        }
        body += html::table({QCoreApplication::translate("Meetings", "No."),
                             QCoreApplication::translate("Meetings", "Follow-up"),
                             QCoreApplication::translate("Meetings", "Responsible"),
                             QCoreApplication::translate("Meetings", "Due by")},
                            rows, {}, {7, 48, 27, 18});
    }
    document.setBodyHtml(body);

    Signature signature;
    signature.place = q(letterhead.city);
    signature.date = dateText(meeting.date, language);
    if (!meeting.secretaryName.empty()) {
        signature.title = meeting.secretaryPosition.empty()
                              ? QCoreApplication::translate("Meetings", "Secretary of the TPPS")
                              : q(meeting.secretaryPosition);
        signature.name = q(meeting.secretaryName);
        if (meeting.secretaryName == letterhead.signatoryName)
            signature.nip = q(letterhead.signatoryNip);
    } else {
        signature.title = letterhead.signatoryTitle.empty()
                              ? QCoreApplication::translate("Meetings", "Secretary of the TPPS")
                              : q(letterhead.signatoryTitle);
        signature.name = q(letterhead.signatoryName);
        signature.nip = q(letterhead.signatoryNip);
    }
    document.setSignature(signature);
    return document;
}

ReportDocument attendanceSheetReport(const core::Meeting &meeting,
                                     const MeetingPrintContext &context,
                                     const core::Letterhead &letterhead, core::Language language)
{
    ReportDocument document(letterhead, language);
    document.setTitle(QCoreApplication::translate("Meetings", "ATTENDANCE LIST"), q(meeting.title));
    std::vector<std::pair<QString, QString>> facts;
    for (auto &fact : meetingFacts(meeting, context, language)) {
        if (fact.first != QCoreApplication::translate("Meetings", "Meeting"))
            facts.push_back(std::move(fact));
    }
    QString body = html::facts(facts);
    std::vector<QStringList> rows;
    for (std::size_t i = 0; i < meeting.attendees.size(); ++i) {
        const core::Attendee &a = meeting.attendees[i];
        rows.push_back({QString::number(i + 1), q(a.name.empty() ? a.representedBy : a.name),
                        q(a.institution), q(a.position), QString()});
    }
    // Blank lines for those who come without an invitation.
    for (int i = 0; i < 5; ++i)
        rows.push_back({QString::number(meeting.attendees.size() + static_cast<std::size_t>(i) + 1),
                        QString(), QString(), QString(), QString()});
    body += html::table({QCoreApplication::translate("Meetings", "No."),
                         QCoreApplication::translate("Meetings", "Name"),
                         QCoreApplication::translate("Meetings", "OPD / institution"),
                         QCoreApplication::translate("Meetings", "Position"),
                         QCoreApplication::translate("Meetings", "Signature")},
                        rows, html::TableStyle{{0}, {6, 30, 20, 24, 20}, 10.0}); // room to sign
    document.setBodyHtml(body);
    return document;
}

ReportDocument followUpStatusReport(const std::vector<storage::FollowUpEntry> &entries,
                                    const boost::gregorian::date &from,
                                    const boost::gregorian::date &to,
                                    const core::Letterhead &letterhead, core::Language language,
                                    const boost::gregorian::date &signedOn)
{
    ReportDocument document(letterhead, language);
    document.setLandscape(true);
    document.setTitle(QCoreApplication::translate("Meetings", "FOLLOW-UP STATUS PER OPD"),
                      QCoreApplication::translate("Meetings", "Due from %1 to %2")
                          .arg(dateText(from, language), dateText(to, language)));

    std::map<QString, std::vector<const storage::FollowUpEntry *>> groups;
    for (const auto &entry : entries)
        groups[q(entry.responsibleLabel())].push_back(&entry);

    std::vector<QStringList> summary;
    int totals[6] = {0, 0, 0, 0, 0, 0};
    for (const auto &[opd, list] : groups) {
        int counts[6] = {0, 0, 0, 0, 0, 0}; // all, done, in progress, not started, dropped, overdue
        for (const auto *entry : list) {
            ++counts[0];
            switch (entry->followUp.status) {
            case core::FollowUpStatus::Done:
                ++counts[1];
                break;
            case core::FollowUpStatus::InProgress:
                ++counts[2];
                break;
            case core::FollowUpStatus::Open:
                ++counts[3];
                break;
            case core::FollowUpStatus::Dropped:
                ++counts[4];
                break;
            }
            if (entry->overdue)
                ++counts[5];
        }
        QStringList row{opd};
        for (int i = 0; i < 6; ++i) {
            row << QString::number(counts[i]);
            totals[i] += counts[i];
        }
        summary.push_back(row);
    }
    QStringList totalRow{QCoreApplication::translate("Meetings", "Total")};
    for (int total : totals)
        totalRow << QString::number(total);
    summary.push_back(totalRow);

    const QStringList countHeaders{QCoreApplication::translate("Meetings", "Responsible"),
                                   QCoreApplication::translate("Meetings", "Follow-ups"),
                                   followUpStatusName(core::FollowUpStatus::Done),
                                   followUpStatusName(core::FollowUpStatus::InProgress),
                                   followUpStatusName(core::FollowUpStatus::Open),
                                   followUpStatusName(core::FollowUpStatus::Dropped),
                                   QCoreApplication::translate("Meetings", "Overdue")};
    QString body = html::heading(QCoreApplication::translate("Meetings", "Summary"));
    if (entries.empty())
        body += html::paragraph(
            QCoreApplication::translate("Meetings", "No follow-up falls due in this period."));
    else
        body += html::table(countHeaders, summary, {1, 2, 3, 4, 5, 6},
                            {34, 11, 11, 11, 11, 11, 11});

    for (const auto &[opd, list] : groups) {
        body += html::heading(opd, 3);
        std::vector<QStringList> rows;
        for (const auto *entry : list) {
            const core::FollowUp &f = entry->followUp;
            QString source = q(entry->meetingTitle);
            if (entry->meetingDate)
                source = dateText(*entry->meetingDate, language) + QStringLiteral(" — ") + source;
            QString status = followUpStatusName(f.status);
            if (entry->overdue)
                status += QStringLiteral(" — ")
                          + QCoreApplication::translate("FollowUps", "overdue by %n days", nullptr,
                                                        entry->daysOverdue);
            rows.push_back({optionalDateText(f.dueDate, language), q(f.action), source, status,
                            optionalDateText(f.doneDate, language), q(f.progressNotes)});
        }
        body += html::table({QCoreApplication::translate("Meetings", "Due"),
                             QCoreApplication::translate("Meetings", "Follow-up"),
                             QCoreApplication::translate("Meetings", "From the meeting"),
                             QCoreApplication::translate("Meetings", "Status"),
                             QCoreApplication::translate("Meetings", "Date done"),
                             QCoreApplication::translate("Meetings", "Progress notes")},
                            rows, {}, {11, 27, 22, 14, 10, 16});
    }
    document.setBodyHtml(body);
    Signature signature;
    signature.place = q(letterhead.city);
    signature.date = dateText(signedOn, language);
    signature.title = q(letterhead.signatoryTitle);
    signature.name = q(letterhead.signatoryName);
    signature.nip = q(letterhead.signatoryNip);
    if (!signature.name.isEmpty())
        document.setSignature(signature);
    return document;
}

namespace {

QStringList meetingHeaders()
{
    return {QCoreApplication::translate("Meetings", "Number"),
            QCoreApplication::translate("Meetings", "Date"),
            QCoreApplication::translate("Meetings", "Kind"),
            QCoreApplication::translate("Meetings", "Title"),
            QCoreApplication::translate("Meetings", "Level"),
            QCoreApplication::translate("Meetings", "Region"),
            QCoreApplication::translate("Meetings", "Venue"),
            QCoreApplication::translate("Meetings", "Chaired by"),
            QCoreApplication::translate("Meetings", "Serves"),
            QCoreApplication::translate("Meetings", "Decisions"),
            QCoreApplication::translate("Meetings", "Follow-ups"),
            QCoreApplication::translate("Meetings", "Pending"),
            QCoreApplication::translate("Meetings", "Overdue")};
}

QVariantList meetingRow(const storage::MeetingSummary &m, bool dateAsText)
{
    return {QVariant::fromValue(static_cast<qlonglong>(m.id)),
            dateAsText ? QVariant(isoText(m.date)) : dateCell(m.date),
            meetingKindName(m.kind),
            q(m.title),
            meetingLevelName(m.level),
            m.regionName.empty() ? q(m.regionCode) : q(m.regionName),
            q(m.venue),
            q(m.chair),
            actionLabel(m.servesAction),
            m.decisionCount,
            m.followUpCount,
            m.pendingFollowUps,
            m.overdueFollowUps};
}

QStringList followUpHeaders()
{
    return {QCoreApplication::translate("Meetings", "Number"),
            QCoreApplication::translate("Meetings", "Meeting date"),
            QCoreApplication::translate("Meetings", "Meeting"),
            QCoreApplication::translate("Meetings", "Decision"),
            QCoreApplication::translate("Meetings", "Follow-up"),
            QCoreApplication::translate("Meetings", "Responsible"),
            QCoreApplication::translate("Meetings", "Person"),
            QCoreApplication::translate("Meetings", "Due"),
            QCoreApplication::translate("Meetings", "Status"),
            QCoreApplication::translate("Meetings", "Date done"),
            QCoreApplication::translate("Meetings", "Overdue (days)"),
            QCoreApplication::translate("Meetings", "Progress notes")};
}

QVariantList followUpRow(const storage::FollowUpEntry &e, bool dateAsText)
{
    auto date = [dateAsText](const std::optional<boost::gregorian::date> &d) {
        return dateAsText ? QVariant(isoText(d)) : dateCell(d);
    };
    return {QVariant::fromValue(static_cast<qlonglong>(e.followUp.id)),
            date(e.meetingDate),
            q(e.meetingTitle),
            q(e.decisionText),
            q(e.followUp.action),
            q(e.responsibleLabel()),
            q(e.followUp.responsiblePerson),
            date(e.followUp.dueDate),
            followUpStatusName(e.followUp.status),
            date(e.followUp.doneDate),
            e.overdue ? QVariant(e.daysOverdue) : QVariant(QString()),
            q(e.followUp.progressNotes)};
}

} // namespace

void exportMeetingsXlsx(const QString &path, const std::vector<storage::MeetingSummary> &meetings,
                        const RowWritten &rowWritten)
{
    XlsxWriter writer(path);
    writer.addSheet(QCoreApplication::translate("Meetings", "Meetings"));
    writer.addHeader(meetingHeaders());
    for (std::size_t i = 0; i < meetings.size(); ++i) {
        writer.addRow(meetingRow(meetings[i], false));
        if (rowWritten)
            rowWritten(i + 1, meetings.size());
    }
    writer.setColumnWidth(1, 12);
    writer.setColumnWidth(2, 28);
    writer.setColumnWidth(3, 50);
    writer.setColumnWidth(6, 30);
    writer.setColumnWidth(7, 30);
    writer.close();
}

void exportMeetingsCsv(const QString &path, const std::vector<storage::MeetingSummary> &meetings,
                       const RowWritten &rowWritten)
{
    std::vector<QVariantList> rows;
    for (std::size_t i = 0; i < meetings.size(); ++i) {
        rows.push_back(meetingRow(meetings[i], true));
        if (rowWritten)
            rowWritten(i + 1, meetings.size());
    }
    writeCsv(path, meetingHeaders(), rows);
}

void exportFollowUpsXlsx(const QString &path, const std::vector<storage::FollowUpEntry> &entries,
                         const RowWritten &rowWritten)
{
    XlsxWriter writer(path);
    writer.addSheet(QCoreApplication::translate("Meetings", "Follow-ups"));
    writer.addHeader(followUpHeaders());
    for (std::size_t i = 0; i < entries.size(); ++i) {
        writer.addRow(followUpRow(entries[i], false));
        if (rowWritten)
            rowWritten(i + 1, entries.size());
    }
    writer.setColumnWidth(1, 12);
    writer.setColumnWidth(2, 40);
    writer.setColumnWidth(3, 40);
    writer.setColumnWidth(4, 45);
    writer.setColumnWidth(5, 16);
    writer.setColumnWidth(7, 12);
    writer.setColumnWidth(11, 40);
    writer.close();
}

void exportFollowUpsCsv(const QString &path, const std::vector<storage::FollowUpEntry> &entries,
                        const RowWritten &rowWritten)
{
    std::vector<QVariantList> rows;
    for (std::size_t i = 0; i < entries.size(); ++i) {
        rows.push_back(followUpRow(entries[i], true));
        if (rowWritten)
            rowWritten(i + 1, entries.size());
    }
    writeCsv(path, followUpHeaders(), rows);
}

} // namespace konvergensi::reports

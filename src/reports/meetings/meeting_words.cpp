// SPDX-License-Identifier: GPL-3.0-or-later
#include "reports/meetings/meeting_words.h"

#include "qtsupport/text.h"

#include <QCoreApplication>
#include <QStringList>

namespace konvergensi::reports {

QString meetingKindName(core::MeetingKind kind)
{
    switch (kind) {
    case core::MeetingKind::RakorTpps:
        return QCoreApplication::translate("Meetings", "TPPS coordination meeting (Rakor)");
    case core::MeetingKind::Rakornis:
        return QCoreApplication::translate("Meetings", "Technical coordination meeting (Rakornis)");
    case core::MeetingKind::RembukStunting:
        return QCoreApplication::translate("Meetings", "Stunting summit (Rembuk Stunting)");
    case core::MeetingKind::AksDissemination:
        return QCoreApplication::translate("Meetings", "Dissemination of the stunting case audit");
    case core::MeetingKind::PerformanceReview:
        return QCoreApplication::translate("Meetings", "Performance review");
    case core::MeetingKind::Consolidation:
        return QCoreApplication::translate("Meetings", "Consolidation meeting");
    case core::MeetingKind::Other:
        return QCoreApplication::translate("Meetings", "Other meeting");
    }
    return {};
}

QString meetingLevelName(core::MeetingLevel level)
{
    switch (level) {
    case core::MeetingLevel::Kabupaten:
        return QCoreApplication::translate("Meetings", "District");
    case core::MeetingLevel::Kecamatan:
        return QCoreApplication::translate("Meetings", "Kecamatan");
    case core::MeetingLevel::Desa:
        return QCoreApplication::translate("Meetings", "Village");
    }
    return {};
}

QString attendanceStatusName(core::AttendanceStatus status)
{
    switch (status) {
    case core::AttendanceStatus::Present:
        return QCoreApplication::translate("Meetings", "Present");
    case core::AttendanceStatus::Represented:
        return QCoreApplication::translate("Meetings", "Represented");
    case core::AttendanceStatus::Absent:
        return QCoreApplication::translate("Meetings", "Absent");
    }
    return {};
}

QString timeText(int minuteOfDay, core::Language language)
{
    const QChar separator = language == core::Language::Indonesian ? u'.' : u':';
    return QStringLiteral("%1%2%3")
        .arg(minuteOfDay / 60, 2, 10, QLatin1Char('0'))
        .arg(separator)
        .arg(minuteOfDay % 60, 2, 10, QLatin1Char('0'));
}

QString timeRangeText(const std::optional<int> &start, const std::optional<int> &end,
                      core::Language language)
{
    if (start && end)
        return timeText(*start, language) + QStringLiteral("–") + timeText(*end, language);
    if (start)
        return timeText(*start, language);
    return {};
}

QString chairText(const core::Meeting &meeting)
{
    QString chair = qs(meeting.chair);
    QStringList deputy;
    if (!meeting.chairRepresentedBy.empty())
        deputy << qs(meeting.chairRepresentedBy);
    if (!meeting.chairRepresentativePosition.empty())
        deputy << qs(meeting.chairRepresentativePosition);
    if (deputy.isEmpty())
        return chair;
    const QString by = deputy.join(QStringLiteral(", "));
    if (chair.isEmpty())
        return by;
    return QCoreApplication::translate("Meetings", "%1, represented by %2").arg(chair, by);
}

QString attendanceText(const core::Attendee &attendee)
{
    if (attendee.status == core::AttendanceStatus::Represented && !attendee.representedBy.empty())
        return QCoreApplication::translate("Meetings", "Represented by %1")
            .arg(qs(attendee.representedBy));
    return attendanceStatusName(attendee.status);
}

QString actionLabel(const std::string &actionKey)
{
    if (actionKey.empty())
        return {};
    bool number = false;
    qs(actionKey).toInt(&number);
    if (number)
        return QCoreApplication::translate("Meetings", "Aksi %1").arg(qs(actionKey));
    return qs(actionKey);
}

QString meetingFieldName(core::MeetingField field)
{
    switch (field) {
    case core::MeetingField::Title:
        return QCoreApplication::translate("Meetings", "The title");
    case core::MeetingField::Venue:
        return QCoreApplication::translate("Meetings", "The venue");
    case core::MeetingField::Chair:
        return QCoreApplication::translate("Meetings", "The chair");
    case core::MeetingField::ChairRepresentedBy:
        return QCoreApplication::translate("Meetings", "Who chaired in the chair's place");
    case core::MeetingField::ChairRepresentativePosition:
        return QCoreApplication::translate("Meetings", "The position of who chaired");
    case core::MeetingField::SecretaryName:
        return QCoreApplication::translate("Meetings", "The secretary's name");
    case core::MeetingField::SecretaryPosition:
        return QCoreApplication::translate("Meetings", "The secretary's position");
    case core::MeetingField::Summary:
        return QCoreApplication::translate("Meetings", "The summary");
    case core::MeetingField::Minutes:
        return QCoreApplication::translate("Meetings", "The minutes");
    case core::MeetingField::AgendaItem:
        return QCoreApplication::translate("Meetings", "An agenda item");
    case core::MeetingField::Attendee:
        return QCoreApplication::translate("Meetings", "A text of the attendance row");
    case core::MeetingField::Decision:
        return QCoreApplication::translate("Meetings", "The text of the decision");
    }
    return {};
}

QString describe(const core::MeetingIssue &issue)
{
    const QString n = QString::number(issue.index + 1);
    switch (issue.problem) {
    case core::MeetingProblem::EmptyTitle:
        return QCoreApplication::translate("Meetings", "The meeting needs a title.");
    case core::MeetingProblem::NoDate:
        return QCoreApplication::translate("Meetings", "The meeting needs a date.");
    case core::MeetingProblem::TimeOutOfRange:
        return QCoreApplication::translate("Meetings", "A time must lie between 00:00 and 23:59.");
    case core::MeetingProblem::EndBeforeStart:
        return QCoreApplication::translate("Meetings", "The meeting cannot end before it starts.");
    case core::MeetingProblem::EmptyAgendaItem:
        return QCoreApplication::translate("Meetings", "Agenda item %1 is empty.").arg(n);
    case core::MeetingProblem::AttendeeWithoutInstitutionOrName:
        return QCoreApplication::translate("Meetings",
                                           "Attendance row %1 names neither an OPD nor a person.")
            .arg(n);
    case core::MeetingProblem::RepresentedWithoutName:
        return QCoreApplication::translate("Meetings",
                                           "Attendance row %1 is marked represented: say by whom.")
            .arg(n);
    case core::MeetingProblem::EmptyDecision:
        return QCoreApplication::translate("Meetings", "Decision %1 has no text.").arg(n);
    case core::MeetingProblem::FollowUp:
        return QCoreApplication::translate("Meetings", "Decision %1, follow-up %2: %3")
            .arg(n, QString::number(issue.followUpIndex + 1),
                 issue.followUpProblem ? describe(*issue.followUpProblem) : QString());
    case core::MeetingProblem::TextTooLong: {
        const core::MeetingField field = issue.field.value_or(core::MeetingField::Title);
        QString where;
        if (issue.index >= 0 && field == core::MeetingField::AgendaItem)
            where = QCoreApplication::translate("Meetings", "Agenda item %1: ").arg(n);
        else if (issue.index >= 0 && field == core::MeetingField::Attendee)
            where = QCoreApplication::translate("Meetings", "Attendance row %1: ").arg(n);
        else if (issue.index >= 0 && field == core::MeetingField::Decision)
            where = QCoreApplication::translate("Meetings", "Decision %1: ").arg(n);
        const int limit = core::maxLength(field); // a plain name: lupdate reads it so
        return where
               + QCoreApplication::translate("Meetings", "%1 may be at most %n characters long.",
                                             nullptr, limit)
                     .arg(meetingFieldName(field));
    }
    }
    return {};
}

std::vector<std::pair<QString, QString>> meetingDocumentKinds()
{
    return {{QStringLiteral("invitation"), QCoreApplication::translate("Meetings", "Invitation")},
            {QStringLiteral("attendance"),
             QCoreApplication::translate("Meetings", "Attendance sheet (scan)")},
            {QStringLiteral("minutes"), QCoreApplication::translate("Meetings", "Minutes")},
            {QStringLiteral("photo"), QCoreApplication::translate("Meetings", "Photo")},
            {QStringLiteral("berita_acara"),
             QCoreApplication::translate("Meetings", "Official report (berita acara)")},
            {QStringLiteral("other"), QCoreApplication::translate("Meetings", "Other document")}};
}

} // namespace konvergensi::reports

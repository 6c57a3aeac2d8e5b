// SPDX-License-Identifier: GPL-3.0-or-later
// Part VI of the semester report: the meetings of the semester, the RAN-PASTI indicators
// counted from the meeting register, decisions and follow-ups per OPD.
#include "usecases/semester/semester_parts.h"

#include "core/followups/follow_up.h"
#include "qtsupport/text.h"
#include "reports/meetings/meeting_words.h"
#include "storage/followups/follow_up_repository.h"
#include "storage/meetings/meeting_repository.h"

#include <map>

namespace konvergensi::usecases::semester::detail {

namespace {

QString indicatorName(core::RanPastiKind kind)
{
    switch (kind) {
    case core::RanPastiKind::DistrictRembuk:
        return QCoreApplication::translate("SemesterReport",
                                           "A district rembuk stunting at least once a year");
    case core::RanPastiKind::KecamatanRembuk:
        return QCoreApplication::translate(
            "SemesterReport", "A rembuk stunting in every kecamatan at least twice a year");
    case core::RanPastiKind::VillageRoleRegulation:
        return QCoreApplication::translate(
            "SemesterReport", "A regent's regulation (Perbup) on the role of villages");
    case core::RanPastiKind::MonitoringTwice:
        return QCoreApplication::translate("SemesterReport",
                                           "Monitoring and evaluation at least twice a year");
    }
    return {};
}

} // namespace

void addCoordinationPart(reports::SemesterDocument &document, const PartContext &context,
                         const core::StoredAnswer &villageRoleRegulation)
{
    const core::Language language = context.language;
    const core::Semester &semester = context.semester;
    document.heading(QCoreApplication::translate("SemesterReport", "VI. Coordination"));
    storage::MeetingRepository meetings(context.db);
    storage::MeetingFilter filter;
    filter.year = semester.year;
    const auto ofYear = meetings.list(filter);

    // Meetings of the semester, by kind and level, then one by one.
    std::vector<storage::MeetingSummary> held;
    for (const storage::MeetingSummary &meeting : ofYear) {
        if (semester.contains(meeting.date))
            held.push_back(meeting);
    }
    std::reverse(held.begin(), held.end()); // oldest first
    document.heading(QCoreApplication::translate("SemesterReport", "Meetings held in the semester"),
                     3);
    if (held.empty()) {
        document.paragraph(QCoreApplication::translate(
            "SemesterReport", "No data: no TPPS meeting of this semester is recorded in the "
                              "meeting register."));
    } else {
        const int heldCount = static_cast<int>(held.size());
        std::map<core::MeetingKind, std::map<core::MeetingLevel, int>> counts;
        for (const storage::MeetingSummary &meeting : held)
            ++counts[meeting.kind][meeting.level];
        std::vector<QStringList> rows;
        for (const core::MeetingKind kind : core::allMeetingKinds()) {
            const auto it = counts.find(kind);
            if (it == counts.end())
                continue;
            QStringList row = {reports::meetingKindName(kind)};
            int total = 0;
            for (const core::MeetingLevel level : core::allMeetingLevels()) {
                const int count = it->second.count(level) ? it->second.at(level) : 0;
                row << QString::number(count);
                total += count;
            }
            row << QString::number(total);
            rows.push_back(row);
        }
        QStringList headers = {QCoreApplication::translate("SemesterReport", "Kind of meeting")};
        for (const core::MeetingLevel level : core::allMeetingLevels())
            headers << reports::meetingLevelName(level);
        headers << QCoreApplication::translate("SemesterReport", "Total");
        document.paragraph(QCoreApplication::translate("SemesterReport",
                                                       "%n meeting(s) held from %1 to %2.", nullptr,
                                                       heldCount)
                               .arg(dateText(semester.firstDay(), language),
                                    dateText(semester.lastDay(), language)));
        document.table(QCoreApplication::translate("SemesterReport", "Meetings by kind"),
                       QCoreApplication::translate("SemesterReport",
                                                   "Meetings of the semester by kind and level"),
                       headers, rows, {1, 2, 3, 4}, {40, 15, 15, 15, 15});
        std::vector<QStringList> list;
        for (const storage::MeetingSummary &meeting : held)
            list.push_back({longDateText(meeting.date, language),
                            reports::meetingKindName(meeting.kind),
                            meeting.regionName.empty() ? reports::meetingLevelName(meeting.level)
                                                       : qs(meeting.regionName),
                            qs(meeting.title), QString::number(meeting.decisionCount)});
        document.table(QCoreApplication::translate("SemesterReport", "Meetings"),
                       QCoreApplication::translate("SemesterReport", "Meetings of the semester"),
                       {QCoreApplication::translate("SemesterReport", "Date"),
                        QCoreApplication::translate("SemesterReport", "Kind"),
                        QCoreApplication::translate("SemesterReport", "Held for"),
                        QCoreApplication::translate("SemesterReport", "Title"),
                        QCoreApplication::translate("SemesterReport", "Decisions")},
                       list, {4}, {18, 17, 15, 40, 10});
    }

    // RAN-PASTI, counted over the year up to the end of the semester.
    document.heading(QCoreApplication::translate("SemesterReport", "RAN-PASTI indicators"), 3);
    std::vector<core::RegisteredMeeting> register_;
    std::map<std::int64_t, const storage::MeetingSummary *> byId;
    for (const storage::MeetingSummary &meeting : ofYear) {
        register_.push_back({meeting.id, meeting.date, meeting.kind, meeting.level,
                             meeting.regionCode, meeting.title});
        byId[meeting.id] = &meeting;
    }
    std::vector<core::KecamatanRef> kecamatan;
    if (context.district) {
        for (const core::Region *region : context.tree.children(context.district->code))
            kecamatan.push_back({region->code.toString(), region->name});
    }
    const auto indicators = core::ranPastiIndicators(semester, register_, kecamatan,
                                                     villageRoleRegulation);
    document.paragraph(
        semester.half == 1
            ? QCoreApplication::translate(
                  "SemesterReport", "Counted from the meeting register from 1 January to 30 June "
                                    "%1; the yearly rules are judged again at the end of the year.")
                  .arg(semester.year)
            : QCoreApplication::translate("SemesterReport",
                                          "Counted from the meeting register of the whole year %1.")
                  .arg(semester.year));
    std::vector<QStringList> rows;
    std::vector<int> marked;
    for (const core::RanPastiIndicator &indicator : indicators) {
        QString answer = indicator.met
                             ? yesNo(*indicator.met)
                             : QCoreApplication::translate("SemesterReport", "not answered");
        QString evidence;
        if (indicator.kind == core::RanPastiKind::VillageRoleRegulation) {
            evidence = indicator.note.empty()
                           ? (indicator.met
                                  ? QString()
                                  : QCoreApplication::translate(
                                      "SemesterReport", "Answer it with the written parts."))
                           : qs(indicator.note);
        } else {
            QStringList proofs;
            for (const std::int64_t id : indicator.proofs) {
                if (const auto it = byId.find(id); it != byId.end())
                    proofs << dateText(it->second->date, language) + QStringLiteral(": ")
                                  + qs(it->second->title);
            }
            if (indicator.kind == core::RanPastiKind::KecamatanRembuk) {
                evidence = QCoreApplication::translate("SemesterReport",
                                                       "%1 of %2 kecamatan held at least %3.")
                               .arg(indicator.held)
                               .arg(kecamatan.size())
                               .arg(indicator.required);
                if (kecamatan.empty())
                    evidence = QCoreApplication::translate(
                        "SemesterReport", "The workspace holds no kecamatan of the district.");
                if (!indicator.shortfall.empty()) {
                    QStringList missing;
                    for (const core::KecamatanShortfall &gap : indicator.shortfall)
                        missing
                            << QStringLiteral("%1 (%2)").arg(qs(gap.kecamatan.name)).arg(gap.held);
                    evidence += QLatin1Char('\n')
                                + QCoreApplication::translate("SemesterReport",
                                                              "Missing their rembuk (held): %1.")
                                      .arg(missing.join(QStringLiteral(", ")));
                }
            } else {
                evidence = proofs.isEmpty() ? QCoreApplication::translate(
                               "SemesterReport", "No such meeting in the register.")
                                            : proofs.join(QLatin1Char('\n'));
            }
        }
        if (indicator.met != std::optional<bool>(true))
            marked.push_back(static_cast<int>(rows.size()));
        rows.push_back({indicatorName(indicator.kind), answer, evidence});
    }
    document
        .table(QCoreApplication::translate("SemesterReport", "RAN-PASTI"),
               QCoreApplication::translate("SemesterReport", "District RAN-PASTI indicators"),
               {QCoreApplication::translate("SemesterReport", "Indicator"),
                QCoreApplication::translate("SemesterReport", "Answer"),
                QCoreApplication::translate("SemesterReport", "Meetings that prove it / note")},
               rows, {}, {38, 10, 52})
        .highlightedRows = marked;

    // Decisions and follow-ups of the semester's meetings, per responsible OPD.
    document.heading(QCoreApplication::translate("SemesterReport", "Decisions and follow-ups"), 3);
    std::vector<QStringList> decisions;
    for (const storage::MeetingSummary &summary : held) {
        if (summary.decisionCount == 0)
            continue;
        const auto meeting = meetings.find(summary.id);
        if (!meeting)
            continue;
        int number = 0;
        for (const core::Decision &decision : meeting->decisions)
            decisions.push_back({dateText(meeting->date, language), QString::number(++number),
                                 qs(decision.text), QString::number(decision.followUps.size())});
    }
    if (decisions.empty()) {
        document.paragraph(QCoreApplication::translate(
            "SemesterReport", "No data: the meetings of this semester recorded no decision."));
        return;
    }
    document.table(
        QCoreApplication::translate("SemesterReport", "Decisions"),
        QCoreApplication::translate("SemesterReport", "Decisions of the semester's meetings"),
        {QCoreApplication::translate("SemesterReport", "Meeting"),
         QCoreApplication::translate("SemesterReport", "No"),
         QCoreApplication::translate("SemesterReport", "Decision"),
         QCoreApplication::translate("SemesterReport", "Follow-ups")},
        decisions, {1, 3}, {18, 6, 63, 13});
    storage::FollowUpFilter followUpFilter;
    followUpFilter.ownerType = std::string(core::follow_up_owner::kMeetingDecision);
    struct Tally
    {
        int all = 0, done = 0, open = 0, overdue = 0, dropped = 0;
    };
    std::map<QString, Tally> perOpd;
    for (const storage::FollowUpEntry &entry :
         storage::FollowUpRepository(context.db).list(followUpFilter)) {
        if (!entry.meetingDate || !semester.contains(*entry.meetingDate))
            continue;
        Tally &tally = perOpd[qs(entry.responsibleLabel())];
        ++tally.all;
        if (entry.followUp.status == core::FollowUpStatus::Done)
            ++tally.done;
        else if (entry.followUp.status == core::FollowUpStatus::Dropped)
            ++tally.dropped;
        else
            ++tally.open;
        if (core::isOverdue(entry.followUp, context.today))
            ++tally.overdue;
    }
    if (perOpd.empty()) {
        document.paragraph(QCoreApplication::translate(
            "SemesterReport", "No follow-up was set on the decisions of this semester."));
        return;
    }
    document.paragraph(QCoreApplication::translate(
                           "SemesterReport",
                           "Follow-ups as they stand on %1; overdue: still open after the due "
                           "date.")
                           .arg(dateText(context.today, language)));
    std::vector<QStringList> rows2;
    std::vector<int> late;
    for (const auto &[opd, tally] : perOpd) {
        if (tally.overdue > 0)
            late.push_back(static_cast<int>(rows2.size()));
        rows2.push_back({opd, QString::number(tally.all), QString::number(tally.done),
                         QString::number(tally.open), QString::number(tally.overdue),
                         QString::number(tally.dropped)});
    }
    document
        .table(QCoreApplication::translate("SemesterReport", "Follow-ups per OPD"),
               QCoreApplication::translate("SemesterReport",
                                           "Follow-ups of the semester's decisions per OPD"),
               {QCoreApplication::translate("SemesterReport", "Responsible"),
                QCoreApplication::translate("SemesterReport", "Follow-ups"),
                QCoreApplication::translate("SemesterReport", "Done"),
                QCoreApplication::translate("SemesterReport", "Open"),
                QCoreApplication::translate("SemesterReport", "Overdue"),
                QCoreApplication::translate("SemesterReport", "Dropped")},
               rows2, {1, 2, 3, 4, 5}, {35, 13, 13, 13, 13, 13})
        .highlightedRows = late;
}

} // namespace konvergensi::usecases::semester::detail

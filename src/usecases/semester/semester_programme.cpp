// SPDX-License-Identifier: GPL-3.0-or-later
// Parts IV and V of the semester report: the year's convergence actions and locus villages,
// from the actions and locus modules.
#include "usecases/semester/semester_parts.h"

#include "core/clock.h"
#include "core/locus/locus.h"
#include "qtsupport/text.h"
#include "reports/actions/action_report.h"
#include "reports/prevalence/prevalence_words.h"
#include "storage/locus/locus_repository.h"
#include "usecases/actions/action_checklist.h"
#include "usecases/locus/locus_comparison.h"

#include <algorithm>
#include <map>
#include <string>

namespace konvergensi::usecases::semester::detail {

void addActionsPart(reports::SemesterDocument &document, const PartContext &context)
{
    const core::Language language = context.language;
    const int year = context.semester.year;
    document.heading(
        QCoreApplication::translate("SemesterReport", "IV. Convergence actions of %1").arg(year));
    const reports::ActionReportData data = usecases::actions::loadReport(context.db, year);
    if (data.actions.empty()) {
        document.paragraph(
            QCoreApplication::translate("SemesterReport",
                                        "No data: the workspace holds no checklist of convergence "
                                        "actions for %1.")
                .arg(year));
        return;
    }
    // Lateness is judged at the end of the semester (or today, when it has not ended).
    const boost::gregorian::date asOf = std::min(context.today, context.semester.lastDay());
    const core::FixedClock clock(asOf);
    document.paragraph(
        QCoreApplication::translate(
            "SemesterReport",
            "Progress of the year: %1, the mean over %2 actions; an output counts "
            "when it is done and its evidence is attached (as held on %3). "
            "Statuses are judged on %4.")
            .arg(reports::percentText(core::yearProgress(data.actions) * 100.0, language))
            .arg(data.actions.size())
            .arg(dateText(context.today, language), dateText(asOf, language)));
    std::vector<QStringList> rows;
    std::vector<int> late;
    QStringList lateNames;
    for (const core::Action &action : data.actions) {
        const core::ActionProgress progress = core::progressOf(action);
        const core::ActionStatus status = core::statusOf(action, clock);
        int evidence = 0;
        for (const core::ActionOutput &output : action.outputs)
            evidence += output.evidenceCount;
        if (status == core::ActionStatus::Late) {
            late.push_back(static_cast<int>(rows.size()));
            lateNames << reports::actionLabel(action) + QStringLiteral(" (")
                             + (action.leadOpdName.empty() ? QStringLiteral("\u2013")
                                                           : qs(action.leadOpdName))
                             + QLatin1Char(')');
        }
        rows.push_back(
            {reports::actionLabel(action), qs(action.name),
             action.leadOpdName.empty() ? QStringLiteral("\u2013") : qs(action.leadOpdName),
             dateText(action.dueEnd, language), reports::statusText(status),
             QStringLiteral("%1/%2").arg(progress.doneWithEvidence).arg(progress.required),
             QString::number(evidence), reports::percentText(progress.percent(), language)});
    }
    auto &table = document.table(
        QCoreApplication::translate("SemesterReport", "Actions"),
        QCoreApplication::translate("SemesterReport", "Convergence actions of %1").arg(year),
        {QCoreApplication::translate("SemesterReport", "Action"),
         QCoreApplication::translate("SemesterReport", "Name"),
         QCoreApplication::translate("SemesterReport", "Lead OPD"),
         QCoreApplication::translate("SemesterReport", "Due"),
         QCoreApplication::translate("SemesterReport", "Status"),
         QCoreApplication::translate("SemesterReport", "Outputs"),
         QCoreApplication::translate("SemesterReport", "Evidence files"),
         QCoreApplication::translate("SemesterReport", "Progress")},
        rows, {5, 6, 7}, {9, 23, 13, 14, 11, 10, 10, 10});
    table.highlightedRows = late;
    const int lateCount = static_cast<int>(lateNames.size());
    if (lateNames.isEmpty())
        document.paragraph(QCoreApplication::translate("SemesterReport", "No action is late."));
    else
        document.paragraph(QCoreApplication::translate("SemesterReport", "%n late action(s): %1.",
                                                       nullptr, lateCount)
                               .arg(lateNames.join(QStringLiteral(", "))));
}

void addLocusPart(reports::SemesterDocument &document, const PartContext &context)
{
    const core::Language language = context.language;
    const int year = context.semester.year;
    document.heading(
        QCoreApplication::translate("SemesterReport", "V. Locus villages of %1").arg(year));
    storage::LocusRepository repository(context.db);
    const auto villages = repository.villages(year);
    if (villages.empty()) {
        document.paragraph(
            QCoreApplication::translate(
                "SemesterReport", "No data: the workspace holds no list of locus villages for %1.")
                .arg(year));
        // The latest earlier list, which stays in force until a new decree.
        const std::vector<int> years = repository.years(); // oldest first
        for (auto it = years.rbegin(); it != years.rend(); ++it) {
            const int earlier = *it;
            const int count = static_cast<int>(repository.villages(earlier).size());
            if (earlier >= year || count == 0)
                continue;
            const auto decree = repository.decree(earlier);
            const QString decreeText = decree && !decree->number.empty()
                                           ? QCoreApplication::translate("SemesterReport",
                                                                         ", decree No %1")
                                                 .arg(qs(decree->number))
                                           : QString();
            document.paragraph(
                QCoreApplication::translate("SemesterReport",
                                            "The latest list held is that of %1: %n village(s)%2.",
                                            nullptr, count)
                    .arg(earlier)
                    .arg(decreeText));
            break;
        }
        return;
    }
    const auto decree = repository.decree(year);
    const int listed = static_cast<int>(villages.size());
    if (decree && !decree->number.empty())
        document.paragraph(
            QCoreApplication::translate(
                "SemesterReport", "%n locus village(s), fixed by decree No %1%2.", nullptr, listed)
                .arg(qs(decree->number),
                     decree->date ? QCoreApplication::translate("SemesterReport", " of %1")
                                        .arg(dateText(*decree->date, language))
                                  : QString()));
    else
        document.paragraph(QCoreApplication::translate(
            "SemesterReport", "%n locus village(s); no decree is recorded for the list.", nullptr,
            listed));

    std::vector<QStringList> rows;
    for (const core::LocusVillage &entry : villages) {
        const std::string code = entry.village.toString();
        const std::string kecamatan = code.size() > 8 ? code.substr(0, 8) : std::string();
        rows.push_back(
            {QString::number(entry.rank), regionName(context, code), regionName(context, kecamatan),
             entry.evidence.prevalencePercent
                 ? reports::prevalence::percentText(*entry.evidence.prevalencePercent, language)
                 : QStringLiteral("\u2013"),
             qs(entry.reason)});
    }
    document.table(QCoreApplication::translate("SemesterReport", "Locus villages"),
                   QCoreApplication::translate("SemesterReport", "Locus villages of %1").arg(year),
                   {QCoreApplication::translate("SemesterReport", "No"),
                    QCoreApplication::translate("SemesterReport", "Desa/kelurahan"),
                    QCoreApplication::translate("SemesterReport", "Kecamatan"),
                    QCoreApplication::translate("SemesterReport", "Prevalence"),
                    QCoreApplication::translate("SemesterReport", "Reason")},
                   rows, {0, 3}, {6, 26, 20, 13, 35});

    if (repository.villages(year - 1).empty()) {
        document.paragraph(QCoreApplication::translate(
                               "SemesterReport",
                               "No list of locus villages is held for %1, so the changes from "
                               "last year cannot be shown.")
                               .arg(year - 1));
        return;
    }
    const auto comparison = locus::compareYears(context.db, year - 1, year);
    document.heading(QCoreApplication::translate("SemesterReport", "Changes from %1").arg(year - 1),
                     3);
    document.paragraph(locus::countsSentence(comparison));

    // The villages that came in and went out, each with the reason the list records: an
    // addition's own reason, a removal's exclusion (when it was left out by hand).
    std::map<std::string, std::string> reasons;
    for (const core::LocusVillage &entry : villages)
        reasons[entry.village.toString()] = entry.reason;
    std::map<std::string, std::string> exclusions;
    for (const core::LocusExclusion &exclusion : repository.exclusions(year))
        exclusions[exclusion.village.toString()] = exclusion.reason;
    std::vector<QStringList> changes;
    for (const auto &village : comparison.villages) {
        if (village.change == locus::YearComparison::Change::Kept)
            continue;
        const auto &why = village.change == locus::YearComparison::Change::Added ? reasons
                                                                                 : exclusions;
        const auto reason = why.find(village.code.toString());
        changes.push_back({locus::changeWord(village.change), village.name, village.kecamatan,
                           reason != why.end() && !reason->second.empty()
                               ? qs(reason->second)
                               : QStringLiteral("\u2013")});
    }
    if (!changes.empty())
        document.table(QCoreApplication::translate("SemesterReport", "Locus changes"),
                       QCoreApplication::translate("SemesterReport",
                                                   "Locus villages added and removed, %1 to %2")
                           .arg(year - 1)
                           .arg(year),
                       {QCoreApplication::translate("SemesterReport", "Change"),
                        QCoreApplication::translate("SemesterReport", "Desa/kelurahan"),
                        QCoreApplication::translate("SemesterReport", "Kecamatan"),
                        QCoreApplication::translate("SemesterReport", "Reason")},
                       changes, {}, {15, 22, 17, 46});
    document.paragraph(locus::movementSentence(comparison, language));
}

} // namespace konvergensi::usecases::semester::detail

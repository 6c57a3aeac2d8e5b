// SPDX-License-Identifier: GPL-3.0-or-later
#include "usecases/changes.h"

#include <array>
#include <utility>

namespace konvergensi::usecases {

std::optional<Topics> topicsOfTable(const QString &table)
{
    // Whole names first, then the prefixes of a module's tables (meeting_agenda_item, ...).
    static const std::array<std::pair<QLatin1String, Topics>, 8> exact{{
        {QLatin1String("region"), Topic::Regions},
        {QLatin1String("opd"), Topic::Directory},
        {QLatin1String("person"), Topic::Directory},
        {QLatin1String("workspace_setting"), Topic::Settings},
        {QLatin1String("follow_up"), Topic::FollowUps},
        {QLatin1String("document"), Topic::Documents},
        {QLatin1String("audit_log"), Topics()},
        {QLatin1String("schema_migrations"), Topics()},
    }};
    static const std::array<std::pair<QLatin1String, Topics>, 10> prefixes{{
        {QLatin1String("meeting"), Topic::Meetings},
        {QLatin1String("action_"), Topic::Actions},
        {QLatin1String("locus_"), Topic::Locus},
        {QLatin1String("scorecard"), Topic::Locus},
        {QLatin1String("village_kpm"), Topic::Locus},
        {QLatin1String("prevalence"), Topic::Prevalence},
        {QLatin1String("puskesmas"), Topic::Prevalence},
        {QLatin1String("case_audit_"), Topic::CaseAudit},
        {QLatin1String("measurement"), Topic::Measurements},
        {QLatin1String("semester_report"), Topic::Semester},
    }};
    for (const auto &[name, topics] : exact) {
        if (table == name)
            return topics;
    }
    for (const auto &[prefix, topics] : prefixes) {
        if (table.startsWith(prefix))
            return topics;
    }
    return std::nullopt;
}

Topics topicsOfTables(const QStringList &tables)
{
    if (tables.isEmpty())
        return allTopics();
    Topics topics;
    for (const QString &table : tables) {
        const auto known = topicsOfTable(table);
        if (!known)
            return allTopics();
        topics |= *known;
    }
    return topics;
}

} // namespace konvergensi::usecases

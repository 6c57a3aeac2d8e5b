// SPDX-License-Identifier: GPL-3.0-or-later
#include "usecases/locus/scorecards.h"

#include "qtsupport/text.h"
#include "reports/locus/locus_words.h"
#include "storage/database.h"
#include "storage/locus/scorecard_repository.h"
#include "storage/storage_error.h"

namespace konvergensi::usecases::locus {

core::Scorecard newScorecard(const core::RegionCode &village, int year)
{
    core::Scorecard card(village, year);
    card.indicators = core::standardScorecardIndicators();
    return card;
}

std::optional<core::Scorecard> findScorecard(storage::Database &db, const core::RegionCode &village,
                                             int year)
{
    return storage::ScorecardRepository(db).find(village, year);
}

QStringList scorecardProblems(const core::Scorecard &scorecard)
{
    QStringList lines;
    for (const core::ScorecardIssue &issue : core::validate(scorecard)) {
        QString line = reports::scorecardProblemText(issue.problem);
        if (!issue.indicator.empty())
            line += QStringLiteral(" (%1)").arg(qs(issue.indicator));
        if (!lines.contains(line))
            lines << line;
    }
    return lines;
}

core::Scorecard saveScorecard(storage::Database &db, const core::Scorecard &scorecard)
{
    if (const QStringList problems = scorecardProblems(scorecard); !problems.isEmpty())
        throw storage::StorageError(storage::StorageError::Kind::Invalid,
                                    problems.join(QLatin1Char('\n')));
    return storage::ScorecardRepository(db).save(scorecard);
}

void removeScorecard(storage::Database &db, std::int64_t id, int rowVersion)
{
    storage::ScorecardRepository(db).remove(id, rowVersion);
}

core::Kpm kpmOf(storage::Database &db, const core::RegionCode &village)
{
    if (auto held = storage::ScorecardRepository(db).kpm(village))
        return *held;
    return core::Kpm(village);
}

core::Kpm saveKpm(storage::Database &db, const core::Kpm &kpm)
{
    return storage::ScorecardRepository(db).saveKpm(kpm);
}

} // namespace konvergensi::usecases::locus

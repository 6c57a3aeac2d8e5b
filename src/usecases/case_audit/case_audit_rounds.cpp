// SPDX-License-Identifier: GPL-3.0-or-later
#include "usecases/case_audit/case_audit_rounds.h"

#include "usecases/case_audit/case_audit_refused.h"

#include "core/meetings/meeting.h"
#include "qtsupport/text.h"
#include "reports/case_audit/case_audit_words.h"
#include "storage/case_audit/case_audit_repository.h"
#include "storage/database.h"
#include "storage/meetings/meeting_repository.h"
#include "storage/storage_error.h"

#include <QCoreApplication>

namespace konvergensi::usecases::case_audit {

core::AuditRound proposeRound(const boost::gregorian::date &today)
{
    auto round = core::newAuditRound(today.year(), core::semesterOf(today));
    round.title = ss(QCoreApplication::translate("CaseAudit", "Stunting case audit %1")
                         .arg(reports::auditRoundLabel(round.year, round.semester)));
    return round;
}

QString checkRound(const core::AuditRound &round)
{
    const auto problems = core::validate(round);
    return problems.empty() ? QString() : reports::describe(problems.front());
}

core::AuditRound saveRound(storage::Database &db, const core::AuditRound &round)
{
    if (const QString problem = checkRound(round); !problem.isEmpty())
        throw Refused(problem);
    storage::CaseAuditRepository repository(db);
    try {
        return round.id == 0 ? repository.addRound(round) : repository.updateRound(round);
    } catch (const storage::StorageError &error) {
        // A rule the repository checks against the stored rounds (one round per semester,
        // a dissemination meeting that is gone) is a refusal, not a failure.
        if (error.kind() == storage::StorageError::Kind::Invalid)
            throw Refused(error.message());
        throw;
    }
}

std::vector<storage::AuditRoundEntry> listRounds(storage::Database &db)
{
    return storage::CaseAuditRepository(db).rounds();
}

std::vector<MeetingChoice> disseminationMeetingChoices(storage::Database &db,
                                                       core::Language language)
{
    std::vector<MeetingChoice> dissemination;
    std::vector<MeetingChoice> other;
    for (const auto &m : storage::MeetingRepository(db).list()) {
        MeetingChoice choice;
        choice.id = m.id;
        choice.label = qs(core::formatDate(m.date, language)) + QStringLiteral(" — ") + qs(m.title);
        choice.dissemination = m.kind == core::MeetingKind::AksDissemination
                               || m.title.find("Audit Kasus Stunting") != std::string::npos;
        (choice.dissemination ? dissemination : other).push_back(std::move(choice));
    }
    dissemination.insert(dissemination.end(), other.begin(), other.end());
    return dissemination;
}

std::optional<RoundOverview> roundOverview(storage::Database &db, std::int64_t roundId)
{
    storage::CaseAuditRepository repository(db);
    auto round = repository.findRound(roundId);
    if (!round)
        return std::nullopt;
    RoundOverview overview;
    overview.round = std::move(*round);
    if (overview.round.disseminationMeetingId) {
        if (const auto m = storage::MeetingRepository(db).find(
                *overview.round.disseminationMeetingId)) {
            overview.meetingDate = m->date;
            overview.meetingTitle = m->title;
        }
    }
    overview.summary = repository.summary(roundId);
    for (const auto &f : repository.riskFactors())
        overview.riskLabels[f.id] = f.label;
    return overview;
}

} // namespace konvergensi::usecases::case_audit

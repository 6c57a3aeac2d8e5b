// SPDX-License-Identifier: GPL-3.0-or-later
#include "storage/case_audit/case_number_repository.h"

#include "storage/database.h"
#include "storage/query.h"

#include "qtsupport/text.h"

namespace konvergensi::storage {

std::vector<std::string> RoundCaseNumbers::numbersExcept(std::int64_t caseId) const
{
    std::vector<std::string> numbers;
    for (const auto &[id, number] : inUse)
        if (id != caseId)
            numbers.push_back(number);
    return numbers;
}

CaseNumberRepository::CaseNumberRepository(Database &db)
    : m_db(db)
{
}

std::optional<RoundCaseNumbers> CaseNumberRepository::ofRound(std::int64_t roundId) const
{
    Query round(m_db, QStringLiteral("SELECT last_case_number FROM case_audit_round WHERE id = "
                                     ":id"));
    round.bind(QStringLiteral(":id"), QVariant::fromValue(roundId)).exec();
    if (!round.next())
        return std::nullopt;
    RoundCaseNumbers numbers;
    numbers.highestGiven = static_cast<int>(round.integer(0));
    Query cases(m_db, QStringLiteral("SELECT id, case_number FROM case_audit_case WHERE "
                                     "round_id = :id ORDER BY id"));
    cases.bind(QStringLiteral(":id"), QVariant::fromValue(roundId)).exec();
    while (cases.next())
        numbers.inUse.emplace_back(cases.integer(0), ss(cases.text(1)));
    return numbers;
}

} // namespace konvergensi::storage

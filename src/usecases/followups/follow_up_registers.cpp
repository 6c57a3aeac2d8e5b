// SPDX-License-Identifier: GPL-3.0-or-later
#include "usecases/followups/follow_up_registers.h"

#include "core/followups/follow_up.h"
#include "storage/followups/follow_up_repository.h"

#include <QCoreApplication>

#include <string>

namespace konvergensi::usecases::followups {

std::string_view ownerType(Register reg)
{
    return reg == Register::Meetings ? core::follow_up_owner::kMeetingDecision
                                     : core::follow_up_owner::kAuditCase;
}

std::optional<Register> registerOfOwner(std::string_view type)
{
    if (type == core::follow_up_owner::kMeetingDecision)
        return Register::Meetings;
    if (type == core::follow_up_owner::kAuditCase)
        return Register::CaseAudit;
    return std::nullopt;
}

QString registerKey(Register reg)
{
    return reg == Register::Meetings ? QStringLiteral("meetings") : QStringLiteral("case-audit");
}

std::optional<Register> registerFromKey(const QString &key)
{
    if (key == QLatin1String("meetings"))
        return Register::Meetings;
    if (key == QLatin1String("case-audit"))
        return Register::CaseAudit;
    return std::nullopt;
}

QString registerName(Register reg)
{
    return reg == Register::Meetings
               ? QCoreApplication::translate("FollowUpRegister", "TPPS meetings")
               : QCoreApplication::translate("FollowUpRegister", "Stunting Case Audit");
}

int overdueCount(storage::Database &db, std::optional<Register> reg)
{
    storage::FollowUpRepository repository(db);
    if (!reg)
        return repository.overdueCount();
    return repository.overdueCount(std::string(ownerType(*reg)));
}

} // namespace konvergensi::usecases::followups

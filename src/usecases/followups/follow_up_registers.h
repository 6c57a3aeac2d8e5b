// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

#include <optional>
#include <string_view>

namespace konvergensi::storage {
class Database;
}

namespace konvergensi::usecases::followups {

/// The registers that hold follow-ups: the decisions of TPPS meetings (Rapat TPPS) and the
/// audited stunting cases (Audit Kasus Stunting). The window's two sidebar badges and
/// `konvergensi-cli followups list` count by the same rule.
enum class Register { Meetings, CaseAudit };

/// The follow-up owner type stored for a register ("meeting_decision", "audit_case").
std::string_view ownerType(Register reg);
std::optional<Register> registerOfOwner(std::string_view ownerType);
/// "meetings", "case-audit": the CLI's words.
QString registerKey(Register reg);
std::optional<Register> registerFromKey(const QString &key);
/// "Rapat TPPS", "Audit Kasus Stunting" (translated).
QString registerName(Register reg);

/// Overdue follow-ups (pending, due before today) of one register, or of all.
int overdueCount(storage::Database &db, std::optional<Register> reg = std::nullopt);

} // namespace konvergensi::usecases::followups

// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// Row helpers shared by the two files of CaseAuditRepository (rounds and cases). Internal to
// storage: not included outside src/storage/case_audit/.

#include "core/case_audit/case_audit.h"

#include <QJsonObject>
#include <QString>
#include <QStringList>
#include <QVariant>

#include <boost/date_time/gregorian/gregorian_types.hpp>

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>

namespace konvergensi::storage {

class Query;

namespace case_audit_rows {

QString s(const std::string &text);
QString s(std::string_view text);
QVariant dateValue(const std::optional<boost::gregorian::date> &date);
std::optional<boost::gregorian::date> readDate(const QVariant &value);
QVariant nullableId(const std::optional<std::int64_t> &id);
[[noreturn]] void invalid(const QString &message);

/// The owner type of a case's follow-ups.
extern const QString kOwner;

QJsonObject roundJson(const core::AuditRound &r);
/// What the audit log may hold about a case: no personal data, ever.
QJsonObject caseJson(const core::AuditCase &c, const QStringList &changedFields = {});
/// The names of the fields that differ (identity fields only when `after` carries identity).
QStringList changedFields(const core::AuditCase &before, const core::CaseIdentity &beforeId,
                          const core::AuditCase &after);
core::AuditRound normalised(core::AuditRound r);
core::AuditCase normalised(core::AuditCase c);

/// The columns readCase() reads, in its order (table alias c).
extern const QString kCaseColumns;
core::AuditCase readCase(const Query &q);

} // namespace case_audit_rows
} // namespace konvergensi::storage

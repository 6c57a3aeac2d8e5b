// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// Internal to the semester use cases: one function per part of the report.

#include "core/format.h"
#include "core/regions/region_tree.h"
#include "core/semester/semester.h"
#include "reports/semester/semester_document.h"

#include <boost/date_time/gregorian/gregorian_types.hpp>

#include <QCoreApplication>
#include <QString>

#include <optional>
#include <string>

namespace konvergensi::storage {
class Database;
}

namespace konvergensi::usecases::semester::detail {

/// What every part needs.
struct PartContext
{
    storage::Database &db;
    core::Semester semester;
    core::Language language;
    boost::gregorian::date today; ///< the database's clock: statuses are judged on this day
    core::RegionTree tree;
    std::optional<core::Region> district;
};

QString dateText(const boost::gregorian::date &date, core::Language language);
/// With the weekday: "Selasa, 5 Desember 2023".
QString longDateText(const boost::gregorian::date &date, core::Language language);
/// The name of a region held in the workspace, else its code.
QString regionName(const PartContext &context, const std::string &code);
/// "Ya" / "Tidak" (translated).
QString yesNo(bool yes);

void addPrevalencePart(reports::SemesterDocument &document, const PartContext &context);
void addActionsPart(reports::SemesterDocument &document, const PartContext &context);
void addLocusPart(reports::SemesterDocument &document, const PartContext &context);
void addCoordinationPart(reports::SemesterDocument &document, const PartContext &context,
                         const core::StoredAnswer &villageRoleRegulation);
void addCaseAuditPart(reports::SemesterDocument &document, const PartContext &context);
void addTargetDataPart(reports::SemesterDocument &document, const PartContext &context);

} // namespace konvergensi::usecases::semester::detail

// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/format.h"
#include "core/semester/semester.h"
#include "reports/report_document.h"
#include "reports/semester/semester_document.h"
#include "usecases/progress.h"

#include <QString>

#include <optional>

namespace konvergensi::storage {
class Database;
}

// The semester report of the TPPS (Laporan Semester, issue 18): its written parts and the
// whole report built from the workspace. QtCore only; the page and the CLI both call these.
namespace konvergensi::usecases::semester {

/// The written parts to edit for a semester: the stored ones, or, when none are stored, a
/// draft carried over from the latest earlier semester that has some (not stored until
/// saved), or empty parts.
struct TextsForEditing
{
    core::SemesterTexts texts;
    std::optional<core::Semester> carriedFrom; ///< set for a carried-over draft
    bool stored = false;
};
TextsForEditing textsFor(storage::Database &db, const core::Semester &semester);
/// Stores the written parts (row version checked, audited); throws storage::StorageError.
core::SemesterTexts saveTexts(storage::Database &db, const core::SemesterTexts &texts);

core::SemesterSignatories signatories(storage::Database &db);
core::SemesterSignatories saveSignatories(storage::Database &db,
                                          const core::SemesterSignatories &signatories);

/// Builds the whole report of a semester from the workspace, in `language`: each part is
/// filled from data where data exists and says plainly where it does not. It is signed on
/// `signedOn` when given, else on the report date stored with the written parts, else today.
/// Throws storage::StorageError, or usecases::Cancelled when the user cancelled.
reports::SemesterDocument buildDocument(
    storage::Database &db, const core::Semester &semester, core::Language language,
    Progress &progress, const std::optional<boost::gregorian::date> &signedOn = std::nullopt);

/// The date the report of `semester` is signed when nothing else is said: the stored report
/// date, else today.
boost::gregorian::date reportDate(storage::Database &db, const core::Semester &semester);

/// Writes the report as PDF; returns its page count. Throws reports::ReportError.
int writePdf(const reports::SemesterDocument &document, core::Language language,
             reports::Paper paper, const QString &path);

/// "Semester II 2023" (translated).
QString semesterLabel(const core::Semester &semester);
/// "laporan-semester-2023-II" (translated), the name suggested for files.
QString fileBaseName(const core::Semester &semester);

} // namespace konvergensi::usecases::semester

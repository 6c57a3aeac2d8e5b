// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// The children to follow up after a weighing round (issue 14, item 4): per desa and posyandu,
// the children who are severely stunted (sangat pendek), severely wasted (gizi buruk) or whose
// weight did not go up since their last round; as a list (initials), as a CSV or XLSX file
// (identities only when asked, and then the file says so), and as the start of a stunting
// case audit case for one child.

#include "core/case_audit/case_audit.h"
#include "core/format.h"
#include "core/measurements/follow_up.h"
#include "core/measurements/measurement_summary.h"
#include "storage/measurements/measurement_repository.h"
#include "storage/measurements/previous_weights.h"

#include <QString>
#include <QStringList>

#include <optional>
#include <vector>

namespace konvergensi::usecases {
class Progress;
}

namespace konvergensi::usecases::measurements {

struct ChildToFollowUp
{
    storage::MeasuredChild child;
    core::measurements::FollowUpReasons reasons;
    std::optional<storage::PreviousWeight> previous; ///< the child's last earlier weighing
};

/// The children of a round (as MeasurementRepository::children lists them) who need a visit,
/// in the same order.
std::vector<ChildToFollowUp> childrenToFollowUp(
    storage::Database &db, const QString &period,
    const std::vector<storage::MeasuredChild> &children);
/// The same, reading the round's children.
std::vector<ChildToFollowUp> childrenToFollowUp(storage::Database &db, const QString &period);

/// Whether a child of a round belongs to an area of the round's figures (the district, a
/// kecamatan, a desa/kelurahan, a posyandu of a desa, a puskesmas as written in the file).
bool childInArea(const storage::MeasuredChild &child, const core::measurements::AreaSummary &area);

/// "sangat pendek, gizi buruk, BB tidak naik": the reasons in the interface language.
QString reasonsText(const core::measurements::FollowUpReasons &reasons);

/// The file's columns: desa_code, desa, puskesmas, posyandu, initials, sex, age_months,
/// measure_date, weight, previous_weight, previous_round, lenhei, zlen, zwfl,
/// severely_stunted, severely_wasted, no_weight_gain, reasons, invented; then name, nik,
/// parents, address with identities.
QStringList followUpColumns(bool withIdentity);

/// Writes the list as XLSX (a path ending in .xlsx) or CSV. With identities the file's first
/// line says it holds personal data and the look is recorded in the audit log. Throws
/// reports::ReportError, StorageError (identities without the key), Cancelled.
void writeFollowUpList(storage::Database &db, const std::vector<ChildToFollowUp> &children,
                       bool withIdentity, const QString &path, Progress &progress);

/// A stunting case audit case started from a measured child: the target group by age
/// (baduta under 24 months, else balita), the desa, the date of the measurement, the finding
/// in words ("TB/U -3,41 SD; BB/TB -1,20 SD; berat badan tidak naik (9,4 -> 9,1 kg)") and the
/// child's identity (name, NIK when it is a full one, birth date, sex, parents), which is
/// opened for it and the look logged. `roundId` is the case audit round of the measurement's
/// semester, 0 when the workspace has none yet (see auditRoundFor).
struct CaseFromChild
{
    core::AuditCase auditCase;
    int year = 0;     ///< the measurement's semester
    int semester = 1; ///< 1 or 2
};
CaseFromChild auditCaseFromChild(storage::Database &db, const ChildToFollowUp &entry,
                                 core::Language language);

/// The id of the case audit round of a semester; 0 when there is none and `create` is false,
/// otherwise a new round for it is stored (as the round dialog proposes it) and its id given.
std::int64_t auditRoundFor(storage::Database &db, int year, int semester, bool create);

} // namespace konvergensi::usecases::measurements

// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// Figures from measured children: per area (district, kecamatan, desa/kelurahan, and on
// request puskesmas and posyandu) the rows, the skipped rows by reason, and for each
// indicator the valid, missing and flagged z-scores and the children below or above the
// cut-offs. Valid = a z-score that is not missing and not flagged; the cut-offs are strict
// and compare the package's z rounded to 2 decimals (tests/data/eppgbm/SPEC.md, rule 5).

#include "core/measurements/measurements.h"
#include "core/prevalence/prevalence.h"
#include "core/regions/region_tree.h"

#include <array>
#include <optional>
#include <span>
#include <string>
#include <vector>

namespace konvergensi::core::measurements {

/// One indicator's counts.
struct IndicatorCounts
{
    int valid = 0;
    int missing = 0;
    int flagged = 0;
    int below2 = 0; ///< z < -2 (stunted, wasted, underweight)
    int below3 = 0; ///< z < -3 (severely)
    int above2 = 0; ///< z > +2 (overweight; counted for weight-for-length only)

    /// One child's z-score and flag (or `times` children with the same ones).
    void add(double z, int flag, int times = 1);
    void add(const IndicatorCounts &other);
    /// 100 * cases / valid; nullopt when nothing is valid.
    std::optional<double> percent(int cases) const;
    std::optional<Interval> interval(int cases) const;
};

/// The four statuses the figures count, in this order wherever they are listed.
enum class Status { Stunted, Wasted, Overweight, Underweight };
inline constexpr std::array<Status, 4> kStatuses = {Status::Stunted, Status::Wasted,
                                                    Status::Overweight, Status::Underweight};

/// e-PPGBM's own z-scores of a row as the file typed them (ZS TB/U, ZS BB/U, ZS BB/TB; NaN when
/// blank). They are never used for the figures; they are compared with the WHO judgement.
struct TypedScores
{
    double zlen = anthro::kMissing;
    double zwei = anthro::kMissing;
    double zwfl = anthro::kMissing;
};

/// The status as e-PPGBM typed it beside the status the WHO judgement gives, for one status.
struct TypedCounts
{
    int typed = 0;    ///< kept rows with e-PPGBM's z-score
    int cases = 0;    ///< of those, rows e-PPGBM's z puts in the status (strict cut-off)
    int compared = 0; ///< rows with both e-PPGBM's z and a valid WHO z-score
    int disagree = 0; ///< of those, rows where the two statuses differ

    void add(const TypedCounts &other);
};

/// Whether a z-score is in a status: < -2 (stunted, wasted, underweight) or > +2 (overweight).
bool inStatus(Status status, double z);

/// The counts of one area.
struct AreaCounts
{
    int rows = 0;                       ///< data rows attributed to the area (kept + skipped)
    std::array<int, 6> skipped{};       ///< by reason, in kSkipReasons order
    int children = 0;                   ///< kept rows: child-measurements
    IndicatorCounts haz;                ///< length/height-for-age (zlen)
    IndicatorCounts whz;                ///< weight-for-length/height (zwfl)
    IndicatorCounts waz;                ///< weight-for-age (zwei)
    std::array<TypedCounts, 4> typed{}; ///< e-PPGBM's statuses, in kStatuses order

    void addSkipped(SkipReason reason);
    void addChild(const Judgement &judgement, const TypedScores &typedScores = {});
    const TypedCounts &typedOf(Status status) const
    {
        return typed[static_cast<std::size_t>(status)];
    }
    /// The WHO judgement's valid z-scores and cases of a status.
    const IndicatorCounts &countsOf(Status status) const;
    int casesOf(Status status) const;
    void add(const AreaCounts &other);
    int skippedTotal() const;
};

/// One row of the file as the figures see it: where it belongs and what became of it.
struct CountedRow
{
    std::string villageCode;
    std::string puskesmas; ///< as written in the file (first form seen is shown)
    std::string posyandu;  ///< as written in the file
    SkipReason skip = SkipReason::None;
    Judgement judgement; ///< only for kept rows
    TypedScores typed;   ///< e-PPGBM's own z-scores, only for kept rows
};

enum class AreaLevel { District, Kecamatan, Desa, Kelurahan, Puskesmas, Posyandu };
/// "district", "kecamatan", "desa", "kelurahan", "puskesmas", "posyandu".
std::string_view toString(AreaLevel level);

struct AreaSummary
{
    AreaLevel level = AreaLevel::District;
    std::string code; ///< region code; for a posyandu its desa's code; empty for a puskesmas
    std::string name;
    std::string kecamatanCode; ///< empty for the district and a puskesmas
    AreaCounts counts;
};

struct SummaryOptions
{
    bool puskesmas = false; ///< one row per puskesmas, after the regions
    bool posyandu = false;  ///< one row per posyandu, after its desa
};

/// The district (the tree's district `districtCode`), then each kecamatan followed by its
/// villages, in code order (areas without rows give zeros); posyandu rows follow their desa,
/// puskesmas rows come last by name. Rows of villages not in the tree count in the district
/// only.
std::vector<AreaSummary> summarize(const RegionTree &tree, const RegionCode &districtCode,
                                   std::span<const CountedRow> rows,
                                   const SummaryOptions &options = {});

} // namespace konvergensi::core::measurements

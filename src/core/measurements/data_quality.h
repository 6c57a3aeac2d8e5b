// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// Data quality of a weighing round, as nutrition surveys report it (issue 14, item 5): per
// posyandu (and for the district, each desa and each puskesmas) the rows skipped, the z-scores
// flagged as implausible, the heights missing, the heights whose first decimal is 0 or 5
// (digit preference), the children measured standing under 24 months or lying from 24 months,
// and the age distribution. The checks are those the WHO-UNICEF Technical Expert Advisory
// Group on Nutrition Monitoring lists for anthropometric data ("Recommendations for data
// collection, analysis and reporting on anthropometric indicators in children under 5 years
// old", WHO and UNICEF 2019, chapter 3: completeness, age heaping and distribution, digit
// preference of the measurements, implausible z-score values...). When a posyandu "needs
// attention" is a rule of this program: see AttentionRule.

#include "core/anthro/zscores.h"
#include "core/measurements/measurement_summary.h"
#include "core/measurements/measurements.h"
#include "core/regions/region_tree.h"

#include <array>
#include <optional>
#include <span>
#include <string>
#include <vector>

namespace konvergensi::core::measurements {

/// One row of a round as the quality figures see it: where it belongs, whether it was kept,
/// and for a kept row the age, the height as typed, the position and the judgement's flags.
struct QualityRow
{
    std::string villageCode;
    std::string puskesmas; ///< as written in the file
    std::string posyandu;  ///< as written in the file
    bool skipped = false;
    int ageDays = 0;                  ///< kept rows only
    double lenhei = anthro::kMissing; ///< cm as typed; missing or <= 0: no height
    anthro::Measure measure = anthro::Measure::Unknown;
    Judgement judgement; ///< kept rows only
};

/// Age bands of the age distribution, in completed months (days / 30.4375, as the WHO anthro
/// package counts months): 0-5, 6-11, 12-23, 24-35, 36-47, 48-59, and 60 or older (outside the
/// standards; the z-scores of such a row are missing).
inline constexpr int kAgeBandCount = 7;
inline constexpr std::array<int, kAgeBandCount> kAgeBandFirstMonth = {0, 6, 12, 24, 36, 48, 60};
/// The band of an age in days (0..6).
int ageBand(int ageDays);

/// Under 24 months in the sense of the WHO standards' length/height switch: age < 731 days.
inline constexpr int kLyingUntilDays = 731;

/// The three z-scores, in this order wherever they are listed.
enum class QualityIndicator { Haz, Whz, Waz };
inline constexpr std::array<QualityIndicator, 3> kQualityIndicators = {
    QualityIndicator::Haz, QualityIndicator::Whz, QualityIndicator::Waz};

/// What can make a posyandu need attention, in the order they are reported.
enum class QualityProblem {
    Skipped,         ///< rows skipped
    Flagged,         ///< implausible z-scores
    HeightMissing,   ///< kept rows without a height
    DigitPreference, ///< heights ending in .0 or .5
    WrongPosition,   ///< standing under 24 months or lying from 24 months
};
inline constexpr std::array<QualityProblem, 5> kQualityProblems = {
    QualityProblem::Skipped, QualityProblem::Flagged, QualityProblem::HeightMissing,
    QualityProblem::DigitPreference, QualityProblem::WrongPosition};
/// "skipped", "flagged", "height_missing", "digit_preference", "wrong_position".
std::string_view toString(QualityProblem problem);

/// The counts of one area.
struct QualityCounts
{
    int rows = 0;                 ///< kept + skipped
    int skipped = 0;              ///< rows skipped (any reason)
    int children = 0;             ///< kept rows
    std::array<int, 3> scored{};  ///< kept rows with the z-score (not missing), per indicator
    std::array<int, 3> flagged{}; ///< of those, flagged as implausible, per indicator
    int anyFlagged = 0;           ///< kept rows with at least one flagged z-score
    int heightMissing = 0;        ///< kept rows without a height (empty, unreadable or <= 0)
    int heights = 0;              ///< kept rows with a height
    int decimal0 = 0;             ///< of those, first decimal 0 ("85.0", "85")
    int decimal5 = 0;             ///< of those, first decimal 5 ("85.5")
    int positionUnknown = 0;      ///< heights without "lying" or "standing"
    int under24 = 0;              ///< heights with a position, age < 731 days
    int standingUnder24 = 0;      ///< of those, measured standing
    int from24 = 0;               ///< heights with a position, age >= 731 days
    int lyingFrom24 = 0;          ///< of those, measured lying
    std::array<int, kAgeBandCount> ageBands{}; ///< kept rows per age band

    void add(const QualityRow &row);
    void add(const QualityCounts &other);

    int flaggedOf(QualityIndicator indicator) const
    {
        return flagged[static_cast<std::size_t>(indicator)];
    }
    int scoredOf(QualityIndicator indicator) const
    {
        return scored[static_cast<std::size_t>(indicator)];
    }
    int flaggedTotal() const { return flagged[0] + flagged[1] + flagged[2]; }

    /// Percentages (0..100); nullopt when the denominator is 0.
    std::optional<double> skippedPercent() const;                           ///< of rows
    std::optional<double> flaggedPercent(QualityIndicator indicator) const; ///< of scored
    /// The highest flaggedPercent() of the three indicators.
    std::optional<double> worstFlaggedPercent() const;
    std::optional<double> heightMissingPercent() const;   ///< of children
    std::optional<double> digitPreferencePercent() const; ///< (decimal0 + decimal5) of heights
    std::optional<double> wrongPositionPercent() const;   ///< (standing<24 + lying>=24) of both
    std::optional<double> ageBandPercent(int band) const; ///< of children
};

/// When an area needs attention: any of these shares above its limit. The limit on
/// implausible z-scores (1 % of the z-scores of an indicator) is the one survey reviews apply
/// to the TEAM indicator "implausible z-score values" of WHO/UNICEF 2019 (a good survey keeps
/// them under 1 %). Without digit preference 2 heights in 10 end in .0 or .5; the limit of
/// twice that (40 %) and the limits on skipped rows, missing heights and the measuring
/// position are choices of this program, not WHO or UNICEF cut-offs. The digit preference is
/// judged only from `minHeightsForDigits` heights on (with fewer, chance alone decides).
struct AttentionRule
{
    double maxSkippedPercent = 5.0;
    double maxFlaggedPercent = 1.0; ///< per indicator
    double maxHeightMissingPercent = 5.0;
    double maxDigitPreferencePercent = 40.0;
    int minHeightsForDigits = 10;
    double maxWrongPositionPercent = 10.0;
};

/// The problems of an area under a rule, in kQualityProblems order (empty: no attention).
std::vector<QualityProblem> problemsOf(const QualityCounts &counts, const AttentionRule &rule = {});

struct QualityArea
{
    AreaLevel level = AreaLevel::District; ///< District, Desa/Kelurahan, Puskesmas, Posyandu
    std::string code;          ///< region code; a posyandu's desa code; empty for a puskesmas
    std::string name;          ///< as written (first form seen); "" for a posyandu without name
    std::string desaName;      ///< the desa of a posyandu (from the region tree)
    std::string kecamatanCode; ///< of a desa or posyandu
    std::string puskesmas;     ///< of a posyandu: the puskesmas its first row names
    QualityCounts counts;
    std::vector<QualityProblem> problems; ///< under the rule given to dataQuality()
};

struct QualityOptions
{
    bool desa = false;      ///< one row per desa/kelurahan with rows
    bool puskesmas = false; ///< one row per puskesmas
    AttentionRule rule;
};

/// The district first, then (with `desa`) each desa with rows in code order, then each
/// posyandu ordered by desa code and name key, then (with `puskesmas`) each puskesmas by name
/// key. Posyandu are told apart by their desa and posyanduKey() ("Melati II" = "Melati 2");
/// puskesmas by regionNameKey().
std::vector<QualityArea> dataQuality(const RegionTree &tree, const RegionCode &districtCode,
                                     std::span<const QualityRow> rows,
                                     const QualityOptions &options = {});

} // namespace konvergensi::core::measurements

// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// WHO Child Growth Standards z-scores for children under five, value for value as the WHO's
// R package anthro (anthro_zscores) computes them. The rules are those of
// resources/who-growth/SOURCE.md, section 3: age rounding and the 60-month limit, the
// length/height switch at 731 days with the 0.7 cm correction, standing height under nine
// months, interpolated weight-for-length/height, the restricted LMS method beyond +-3 SD,
// oedema, the flags, and rounding to 2 decimals as R rounds.

#include <boost/date_time/gregorian/gregorian_types.hpp>

#include <array>
#include <cmath>
#include <cstdint>
#include <limits>
#include <span>
#include <string_view>

namespace konvergensi::core::anthro {

/// A missing number (the package's NA).
inline constexpr double kMissing = std::numeric_limits<double>::quiet_NaN();

inline bool isMissing(double value)
{
    return std::isnan(value);
}

enum class Sex : std::uint8_t { Unknown = 0, Male = 1, Female = 2 };

/// How length/height was measured: recumbent length ("l") or standing height ("h").
enum class Measure : std::uint8_t { Unknown = 0, Length, Height };

/// A child's age as the package holds it: whole days (rounded half up, used to look up the
/// tables and for the length/height switch) and months, not rounded (for the 60-month limit,
/// the nine-month check and the prevalence age groups).
class Age
{
public:
    /// No age known.
    Age() = default;

    /// From an age in days (fractions allowed); `days` must be >= 0 and finite.
    static Age fromDays(double days);
    /// From an age in months (30.4375 days each); `months` must be >= 0 and finite.
    static Age fromMonths(double months);
    /// The days between birth and measurement; `measured` must not be before `birth`.
    static Age fromDates(const boost::gregorian::date &birth,
                         const boost::gregorian::date &measured);

    bool known() const { return m_days >= 0; }
    /// Whole days, -1 when unknown. Ages too large to matter are capped at one billion days.
    std::int32_t days() const { return m_days; }
    /// Months, not rounded; NaN when unknown.
    double months() const { return m_months; }

private:
    Age(std::int32_t days, double months)
        : m_days(days)
        , m_months(months)
    {
    }

    std::int32_t m_days = -1;
    double m_months = kMissing;
};

inline constexpr double kDaysPerMonth = 30.4375;

/// One child's measurements. kMissing marks what was not measured.
struct ChildMeasurement
{
    Sex sex = Sex::Unknown;
    Age age;
    double weight = kMissing; ///< kg
    double lenhei = kMissing; ///< length or height, cm
    Measure measure = Measure::Unknown;
    bool oedema = false;
    double headc = kMissing;   ///< head circumference, cm
    double armc = kMissing;    ///< mid-upper arm circumference, cm
    double triskin = kMissing; ///< triceps skinfold, mm
    double subskin = kMissing; ///< subscapular skinfold, mm
};

/// The eight z-scores, in the package's column order.
enum class Indicator : std::uint8_t {
    LengthForAge,        ///< zlen: length/height-for-age
    WeightForAge,        ///< zwei
    WeightForLength,     ///< zwfl: weight-for-length (under 731 days) or -height
    BmiForAge,           ///< zbmi
    HeadCircumference,   ///< zhc: head circumference-for-age
    ArmCircumference,    ///< zac: arm circumference-for-age (from 91 days)
    TricepsSkinfold,     ///< zts: triceps skinfold-for-age (from 91 days)
    SubscapularSkinfold, ///< zss: subscapular skinfold-for-age (from 91 days)
};
inline constexpr std::size_t kIndicatorCount = 8;
inline constexpr std::array<Indicator, kIndicatorCount> kAllIndicators = {
    Indicator::LengthForAge,    Indicator::WeightForAge,       Indicator::WeightForLength,
    Indicator::BmiForAge,       Indicator::HeadCircumference,  Indicator::ArmCircumference,
    Indicator::TricepsSkinfold, Indicator::SubscapularSkinfold};

/// The package's short name: "len", "wei", "wfl", "bmi", "hc", "ac", "ts", "ss" (the output
/// columns are "z" and "f" followed by it).
std::string_view packageName(Indicator indicator);

/// The flag limits: a z-score is flagged (implausible) when below `low` or above `high`.
struct FlagLimits
{
    double low;
    double high;
};
FlagLimits flagLimits(Indicator indicator);

/// What anthro_zscores gives for one child.
struct ZScores
{
    double clenhei = kMissing;           ///< length/height after the 0.7 cm correction
    Measure cmeasure = Measure::Unknown; ///< measure used (unknown when implausible)
    bool c9moFlag = false;               ///< standing height under nine months
    double cbmi = kMissing;              ///< weight / (clenhei/100)^2, may be infinite
    Sex csex = Sex::Unknown;
    std::array<double, kIndicatorCount> z; ///< rounded to 2 decimals; NaN when none

    ZScores() { z.fill(kMissing); }

    double zscore(Indicator indicator) const { return z[static_cast<std::size_t>(indicator)]; }
    bool has(Indicator indicator) const { return !isMissing(zscore(indicator)); }
    /// The package's flag: 1 when the z-score is outside flagLimits(), 0 when inside, -1 when
    /// there is no z-score (NA).
    int flag(Indicator indicator) const;
    bool flagged(Indicator indicator) const { return flag(indicator) == 1; }
};

/// Whether zwfl uses the weight-for-length table (true) or weight-for-height (false): the age
/// decides when known (length below 731 days); otherwise the measure used; otherwise the
/// length (below 87 cm: length).
bool usesWeightForLength(const ChildMeasurement &child, const ZScores &scores);

/// The z-scores of one child.
ZScores computeZScores(const ChildMeasurement &child);

/// The z-scores of many children: `out[i]` for `children[i]`. Allocates nothing; `out` must
/// be at least as long as `children`.
void computeZScores(std::span<const ChildMeasurement> children, std::span<ZScores> out);

/// R's round(x, digits) (R >= 4.0.0): the nearer of the two decimal candidates next to x,
/// measured in double arithmetic, and on a tie the one with an even last digit.
double roundLikeR(double x, int digits);

} // namespace konvergensi::core::anthro

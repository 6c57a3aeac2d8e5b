// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/anthro/zscores.h"

#include "core/anthro/growth_tables.h"

#include <cfloat>
#include <stdexcept>

namespace konvergensi::core::anthro {

namespace {

using detail::kLastTableDay;

constexpr std::int32_t kDayCap = 1'000'000'000;
constexpr int kLengthHeightSwitchDay = 731; ///< from this day on, height-based
constexpr double kLengthHeightCorrection = 0.7;
constexpr int kLastValidDay = 1856; ///< the package's allowed age range ends here
constexpr double kMonthLimit = 60;  ///< z-scores only below 60 months (not rounded)
constexpr double kStandingCheckMonths = 9;

/// floor(x) + 1 when the fraction is at least one half: the package's day rounding.
double roundHalfUp(double x)
{
    const double whole = std::floor(x);
    return x - whole >= 0.5 ? whole + 1 : whole;
}

std::int32_t cappedDays(double days)
{
    const double rounded = roundHalfUp(days);
    return rounded >= kDayCap ? kDayCap : static_cast<std::int32_t>(rounded);
}

void requireAge(double value, const char *what)
{
    if (!(value >= 0) || !std::isfinite(value))
        throw std::invalid_argument(what);
}

/// ((y/m)^L - 1) / (S L), evaluated in the package's order of operations.
double lmsZ(double y, const Lms &row)
{
    return (std::pow(y / row.m, row.l) - 1) / (row.s * row.l);
}

/// The measurement at `sd` standard deviations: M (1 + L S sd)^(1/L).
double lmsValue(const Lms &row, double sd)
{
    return row.m * std::pow(1 + row.l * row.s * sd, 1 / row.l);
}

/// Beyond +-3 SD the distance to the 3 SD line is measured in units of the 2-3 SD distance
/// (the WHO's restricted LMS method, chapter 7 of the 2006 methods report).
double restrictedLmsZ(double y, const Lms &row)
{
    double z = lmsZ(y, row);
    if (z > 3) {
        const double sd3pos = lmsValue(row, 3);
        const double sd23pos = sd3pos - lmsValue(row, 2);
        z = 3 + ((y - sd3pos) / sd23pos);
    }
    if (z < -3) {
        const double sd3neg = lmsValue(row, -3);
        const double sd23neg = lmsValue(row, -2) - sd3neg;
        z = -3 + ((y - sd3neg) / sd23neg);
    }
    return z;
}

struct AgeIndicator
{
    const Lms (*table)[detail::kAgeTableSize];
    int firstDay;
    bool restricted;
    bool oedemaHides;
};

/// The age-based z-score of measurement `y`: NaN when y <= 0 or missing, when there is no
/// row for the child's sex and day, outside the ages the standard covers, or (for weight and
/// BMI) with oedema.
double ageBasedZ(const AgeIndicator &indicator, const ChildMeasurement &child, int sexIndex,
                 double y)
{
    if (!(y > 0))
        return kMissing; // "a measure <= 0 should result in zscores being NA"; NaN too
    const std::int32_t day = child.age.days();
    if (day < indicator.firstDay || day > kLastTableDay || day > kLastValidDay)
        return kMissing; // also an unknown age (-1)
    if (!(child.age.months() < kMonthLimit))
        return kMissing;
    if (indicator.oedemaHides && child.oedema)
        return kMissing;
    const Lms &row = indicator.table[sexIndex][day];
    const double z = indicator.restricted ? restrictedLmsZ(y, row) : lmsZ(y, row);
    return roundLikeR(z, 2);
}

/// A row of the weight-for-length (or -height) table by its key in tenths of a cm; null when
/// the table has no such key.
const Lms *lengthRow(bool onLength, int sexIndex, double tenth)
{
    const int first = onLength ? detail::kWflFirstTenth : detail::kWfhFirstTenth;
    const int last = onLength ? detail::kWflLastTenth : detail::kWfhLastTenth;
    if (!(tenth >= first && tenth <= last))
        return nullptr;
    const int index = static_cast<int>(tenth) - first;
    return onLength ? &detail::kWeightForLength[sexIndex][index]
                    : &detail::kWeightForHeight[sexIndex][index];
}

/// zwfl: weight-for-length below 731 days, weight-for-height from then on; without an age,
/// the measure decides, and without that, the length (below 87 cm: length). L, M and S are
/// interpolated between the two rows around the length, a tenth of a cm apart.
double weightForLengthZ(const ChildMeasurement &child, const ZScores &out, int sexIndex)
{
    const double x = out.clenhei;
    const double y = child.weight; // no "<= 0 is missing" rule here, as in the package
    if (isMissing(x) || isMissing(y))
        return kMissing;
    const std::int32_t day = child.age.days();
    const bool onLength = usesWeightForLength(child, out);
    const bool inRange = onLength ? (x >= 45 && x <= 110) : (x >= 65 && x <= 120);
    if (!inRange || child.oedema)
        return kMissing;
    // A known age must be within the standard. Without one, the package's validity test is
    // NA, and R skips an NA when it blanks invalid values: the z-score stays.
    if (child.age.known() && (day > kLastValidDay || !(child.age.months() < kMonthLimit)))
        return kMissing;

    const double lowTenth = std::trunc(x * 10);
    const double highTenth = std::trunc(x * 10 + 1);
    const double diff = (x - lowTenth / 10) / 0.1;
    const Lms *low = lengthRow(onLength, sexIndex, lowTenth);
    if (!low)
        return kMissing;
    Lms row = *low;
    if (diff > 0) {
        const Lms *high = lengthRow(onLength, sexIndex, highTenth);
        if (!high)
            return kMissing;
        row.m = low->m + diff * (high->m - low->m);
        row.l = low->l + diff * (high->l - low->l);
        row.s = low->s + diff * (high->s - low->s);
    }
    return roundLikeR(restrictedLmsZ(y, row), 2);
}

constexpr AgeIndicator kLengthForAge{detail::kLengthForAge, 0, false, false};
constexpr AgeIndicator kWeightForAge{detail::kWeightForAge, 0, true, true};
constexpr AgeIndicator kBmiForAge{detail::kBmiForAge, 0, true, true};
constexpr AgeIndicator kHeadCircumference{detail::kHeadCircumferenceForAge, 0, false, false};
constexpr AgeIndicator kArmCircumference{detail::kArmCircumferenceForAge, 91, true, false};
constexpr AgeIndicator kTricepsSkinfold{detail::kTricepsSkinfoldForAge, 91, true, false};
constexpr AgeIndicator kSubscapularSkinfold{detail::kSubscapularSkinfoldForAge, 91, true, false};

void compute(const ChildMeasurement &child, ZScores &out)
{
    out = ZScores();
    out.csex = child.sex;
    out.cmeasure = child.measure;
    const bool ageKnown = child.age.known();
    if (out.cmeasure == Measure::Height && ageKnown && child.age.months() < kStandingCheckMonths) {
        out.c9moFlag = true; // standing height under nine months is implausible
        out.cmeasure = Measure::Unknown;
    }
    out.clenhei = child.lenhei;
    if (ageKnown && !isMissing(child.lenhei)) {
        const bool lengthAge = child.age.days() < kLengthHeightSwitchDay;
        if (lengthAge && out.cmeasure == Measure::Height)
            out.clenhei = child.lenhei + kLengthHeightCorrection;
        else if (!lengthAge && out.cmeasure == Measure::Length)
            out.clenhei = child.lenhei - kLengthHeightCorrection;
    }
    const double metres = out.clenhei / 100;
    out.cbmi = child.weight / (metres * metres);

    if (child.sex == Sex::Unknown)
        return;
    const int sexIndex = child.sex == Sex::Male ? 0 : 1;
    auto &z = out.z;
    z[0] = ageBasedZ(kLengthForAge, child, sexIndex, out.clenhei);
    z[1] = ageBasedZ(kWeightForAge, child, sexIndex, child.weight);
    z[2] = weightForLengthZ(child, out, sexIndex);
    z[3] = ageBasedZ(kBmiForAge, child, sexIndex, out.cbmi);
    z[4] = ageBasedZ(kHeadCircumference, child, sexIndex, child.headc);
    z[5] = ageBasedZ(kArmCircumference, child, sexIndex, child.armc);
    z[6] = ageBasedZ(kTricepsSkinfold, child, sexIndex, child.triskin);
    z[7] = ageBasedZ(kSubscapularSkinfold, child, sexIndex, child.subskin);
}

} // namespace

Age Age::fromDays(double days)
{
    requireAge(days, "age in days must be a finite number >= 0");
    return Age(cappedDays(days), days / kDaysPerMonth);
}

Age Age::fromMonths(double months)
{
    requireAge(months, "age in months must be a finite number >= 0");
    return Age(cappedDays(months * kDaysPerMonth), months);
}

Age Age::fromDates(const boost::gregorian::date &birth, const boost::gregorian::date &measured)
{
    if (birth.is_special() || measured.is_special() || measured < birth)
        throw std::invalid_argument("the measurement date must not be before the birth date");
    const long days = (measured - birth).days();
    return fromDays(static_cast<double>(days));
}

std::string_view packageName(Indicator indicator)
{
    switch (indicator) {
    case Indicator::LengthForAge:
        return "len";
    case Indicator::WeightForAge:
        return "wei";
    case Indicator::WeightForLength:
        return "wfl";
    case Indicator::BmiForAge:
        return "bmi";
    case Indicator::HeadCircumference:
        return "hc";
    case Indicator::ArmCircumference:
        return "ac";
    case Indicator::TricepsSkinfold:
        return "ts";
    case Indicator::SubscapularSkinfold:
        return "ss";
    }
    return "";
}

FlagLimits flagLimits(Indicator indicator)
{
    switch (indicator) {
    case Indicator::LengthForAge:
        return {-6, 6};
    case Indicator::WeightForAge:
        return {-6, 5};
    default:
        return {-5, 5};
    }
}

int ZScores::flag(Indicator indicator) const
{
    const double value = zscore(indicator);
    if (isMissing(value))
        return -1;
    const FlagLimits limits = flagLimits(indicator);
    return value < limits.low || value > limits.high ? 1 : 0;
}

bool usesWeightForLength(const ChildMeasurement &child, const ZScores &scores)
{
    if (child.age.known())
        return child.age.days() < kLengthHeightSwitchDay;
    if (scores.cmeasure != Measure::Unknown)
        return scores.cmeasure == Measure::Length;
    return scores.clenhei < 87;
}

ZScores computeZScores(const ChildMeasurement &child)
{
    ZScores out;
    compute(child, out);
    return out;
}

void computeZScores(std::span<const ChildMeasurement> children, std::span<ZScores> out)
{
    if (out.size() < children.size())
        throw std::invalid_argument("computeZScores: the output is shorter than the input");
    for (std::size_t i = 0; i < children.size(); ++i)
        compute(children[i], out[i]);
}

double roundLikeR(double x, int digits)
{
    if (!std::isfinite(x) || x == 0)
        return x; // NaN, infinities and zeros as they are
    const double a = std::abs(x);
    double pow10 = 1;
    for (int i = 0; i < digits; ++i)
        pow10 *= 10;
    const double x10 = pow10 * a;
    double down = 0;
    bool downIsOdd = false;
    if (digits == 2 && a < 0x1p43) {
        // The common case (every z-score), without library calls: floor by truncation. Below
        // 2^43 R's test for "more than 15 significant digits" (below) never holds for 2 digits.
        const auto whole = static_cast<std::int64_t>(x10);
        down = static_cast<double>(whole);
        downIsOdd = (whole & 1) != 0;
        // R's choice compares the distances to the two candidates in double arithmetic; that
        // can only differ from the exact comparison within about 100 ulp of a from the middle.
        // Away from it, the fraction decides, and one division gives R's candidate.
        const double fraction = x10 - down; // exact
        if (std::abs(fraction - 0.5) > a * 1e-12 + 1e-300)
            return std::copysign((down + static_cast<double>(fraction > 0.5)) / pow10, x);
    } else {
        // Beyond 15 significant digits there is nothing to round (R's DBL_DIG test, with its
        // cheap log10 estimate).
        constexpr double kLog10Of2 = 0.301029995663981195213738894724;
        if (kLog10Of2 * (0.5 + std::logb(a)) + digits > DBL_DIG)
            return x;
        down = std::floor(x10);
        downIsOdd = std::fmod(down, 2.0) == 1;
    }
    // The two candidates, and the nearer one (the even one on a tie), chosen without a branch:
    // z-scores fall either way at random.
    const double candidates[2] = {down / pow10, (down == x10 ? down : down + 1) / pow10};
    const double distanceUp = candidates[1] - a;
    const double distanceDown = a - candidates[0];
    const bool up = (distanceUp < distanceDown) | ((distanceUp == distanceDown) & downIsOdd);
    return std::copysign(candidates[up ? 1 : 0], x);
}

} // namespace konvergensi::core::anthro

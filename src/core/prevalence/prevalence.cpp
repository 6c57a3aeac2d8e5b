// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/prevalence/prevalence.h"

#include "core/text.h"

#include <algorithm>
#include <cmath>

namespace konvergensi::core {

namespace {

/// Lower case, with spaces, hyphens and dots removed: "e-PPGBM" -> "eppgbm".
std::string squeezed(std::string_view text)
{
    std::string out;
    for (char c : asciiLower(trimmed(text))) {
        if (c == ' ' || c == '-' || c == '_' || c == '.')
            continue;
        out.push_back(c);
    }
    return out;
}

constexpr double kRateTolerance = 0.15;

} // namespace

std::string_view toString(PrevalenceSource source)
{
    switch (source) {
    case PrevalenceSource::Ssgi:
        return "ssgi";
    case PrevalenceSource::Ski:
        return "ski";
    case PrevalenceSource::Riskesdas:
        return "riskesdas";
    case PrevalenceSource::Eppgbm:
        return "eppgbm";
    case PrevalenceSource::BulanPenimbangan:
        return "bulan_penimbangan";
    case PrevalenceSource::Other:
        return "other";
    }
    return "other";
}

std::string_view toString(PrevalenceRound round)
{
    switch (round) {
    case PrevalenceRound::February:
        return "february";
    case PrevalenceRound::August:
        return "august";
    case PrevalenceRound::Survey:
        return "survey";
    }
    return "survey";
}

std::string_view toString(PrevalenceIndicator indicator)
{
    switch (indicator) {
    case PrevalenceIndicator::Stunting:
        return "stunting";
    case PrevalenceIndicator::SevereStunting:
        return "severe_stunting";
    case PrevalenceIndicator::Wasting:
        return "wasting";
    case PrevalenceIndicator::Underweight:
        return "underweight";
    case PrevalenceIndicator::Overweight:
        return "overweight";
    }
    return "stunting";
}

std::optional<PrevalenceSource> prevalenceSourceFromString(std::string_view text)
{
    const std::string s = squeezed(text);
    if (s == "ssgi" || s == "ssgbi")
        return PrevalenceSource::Ssgi;
    if (s == "ski")
        return PrevalenceSource::Ski;
    if (s == "riskesdas")
        return PrevalenceSource::Riskesdas;
    if (s == "eppgbm" || s == "ppgbm")
        return PrevalenceSource::Eppgbm;
    if (s == "bulanpenimbangan" || s == "bulanpenimbanganbalita" || s == "bpb")
        return PrevalenceSource::BulanPenimbangan;
    if (s == "other" || s == "lainnya" || s == "lain")
        return PrevalenceSource::Other;
    return std::nullopt;
}

std::optional<PrevalenceRound> prevalenceRoundFromString(std::string_view text)
{
    const std::string s = squeezed(text);
    if (s == "february" || s == "februari" || s == "feb" || s == "2")
        return PrevalenceRound::February;
    if (s == "august" || s == "agustus" || s == "aug" || s == "agu" || s == "agt" || s == "8")
        return PrevalenceRound::August;
    if (s == "survey" || s == "survei" || s == "tahunan" || s == "annual")
        return PrevalenceRound::Survey;
    return std::nullopt;
}

std::optional<PrevalenceIndicator> prevalenceIndicatorFromString(std::string_view text)
{
    const std::string s = squeezed(text);
    if (s == "stunting" || s == "pendek" || s == "stunted")
        return PrevalenceIndicator::Stunting;
    if (s == "severestunting" || s == "stuntingberat" || s == "sangatpendek")
        return PrevalenceIndicator::SevereStunting;
    if (s == "wasting" || s == "gizikurang" || s == "wasted")
        return PrevalenceIndicator::Wasting;
    if (s == "underweight" || s == "beratbadankurang")
        return PrevalenceIndicator::Underweight;
    if (s == "overweight" || s == "gizilebih")
        return PrevalenceIndicator::Overweight;
    return std::nullopt;
}

std::string_view sourceLabel(PrevalenceSource source)
{
    switch (source) {
    case PrevalenceSource::Ssgi:
        return "SSGI";
    case PrevalenceSource::Ski:
        return "SKI";
    case PrevalenceSource::Riskesdas:
        return "Riskesdas";
    case PrevalenceSource::Eppgbm:
        return "e-PPGBM";
    case PrevalenceSource::BulanPenimbangan:
        return "Bulan penimbangan";
    case PrevalenceSource::Other:
        return "Other";
    }
    return "Other";
}

const std::vector<PrevalenceSource> &allPrevalenceSources()
{
    static const std::vector<PrevalenceSource> all{PrevalenceSource::Ssgi,
                                                   PrevalenceSource::Ski,
                                                   PrevalenceSource::Riskesdas,
                                                   PrevalenceSource::Eppgbm,
                                                   PrevalenceSource::BulanPenimbangan,
                                                   PrevalenceSource::Other};
    return all;
}

const std::vector<PrevalenceIndicator> &allPrevalenceIndicators()
{
    static const std::vector<PrevalenceIndicator> all{
        PrevalenceIndicator::Stunting, PrevalenceIndicator::SevereStunting,
        PrevalenceIndicator::Wasting, PrevalenceIndicator::Underweight,
        PrevalenceIndicator::Overweight};
    return all;
}

std::string PrevalenceArea::key() const
{
    switch (kind) {
    case Kind::Region:
        return region ? region->toString() : std::string();
    case Kind::Puskesmas:
        return "pkm:" + puskesmasCode;
    case Kind::National:
        return "national";
    case Kind::Posyandu:
        return "pos:" + (region ? region->toString() : std::string()) + "/" + posyanduCode;
    }
    return "national";
}

namespace {

/// "14.03.01.2001/03" -> the posyandu "03" of that village.
std::optional<PrevalenceArea> posyanduOf(std::string_view text)
{
    const auto slash = text.find('/');
    if (slash == std::string_view::npos)
        return std::nullopt;
    const auto village = RegionCode::parse(trimmed(text.substr(0, slash)));
    std::string code = trimmed(text.substr(slash + 1));
    if (!village || village->level() != RegionLevel::Village || code.empty()
        || code.find('/') != std::string::npos)
        return std::nullopt;
    return PrevalenceArea::ofPosyandu(*village, std::move(code));
}

} // namespace

std::optional<PrevalenceArea> PrevalenceArea::fromKey(std::string_view key)
{
    if (key == "national")
        return national();
    if (key.starts_with("pkm:") && key.size() > 4)
        return ofPuskesmas(std::string(key.substr(4)));
    if (key.starts_with("pos:"))
        return posyanduOf(key.substr(4));
    if (auto code = RegionCode::parse(key))
        return ofRegion(*code);
    return std::nullopt;
}

bool PrevalenceArea::isNationalWord(std::string_view text)
{
    const std::string lower = asciiLower(trimmed(text));
    return lower == "national" || lower == "nasional" || lower == "indonesia" || lower == "id";
}

std::optional<PrevalenceArea> PrevalenceArea::fromText(std::string_view text)
{
    const std::string t = trimmed(text);
    if (t.empty())
        return std::nullopt;
    if (isNationalWord(t))
        return national();
    if (auto code = RegionCode::parse(t))
        return ofRegion(*code);
    if (asciiLower(t).starts_with("pos:"))
        return posyanduOf(std::string_view(t).substr(4));
    if (asciiLower(t).starts_with("pkm:")) {
        std::string code = trimmed(std::string_view(t).substr(4));
        if (code.empty())
            return std::nullopt;
        return ofPuskesmas(std::move(code));
    }
    return ofPuskesmas(t);
}

std::optional<double> PrevalenceObservation::rate() const
{
    if (hasCounts())
        return rateFromCounts(*cases, *measured);
    return publishedRate;
}

bool PrevalenceObservation::sameKey(const PrevalenceObservation &other) const
{
    return area == other.area && year == other.year && round == other.round
           && source == other.source && indicator == other.indicator;
}

bool PrevalenceObservation::sameFigures(const PrevalenceObservation &other) const
{
    const bool sameRate = publishedRate.has_value() == other.publishedRate.has_value()
                          && (!publishedRate
                              || std::fabs(*publishedRate - *other.publishedRate) < 1e-9);
    return measured == other.measured && cases == other.cases && eligible == other.eligible
           && sameRate && note == other.note;
}

std::vector<PrevalenceProblem> validate(const PrevalenceObservation &o)
{
    std::vector<PrevalenceProblem> problems;
    if (o.year < 2000 || o.year > 2100)
        problems.push_back(PrevalenceProblem::YearOutOfRange);
    if ((o.measured && *o.measured < 0) || (o.cases && *o.cases < 0)
        || (o.eligible && *o.eligible < 0))
        problems.push_back(PrevalenceProblem::NegativeCount);
    if (o.measured && o.cases && *o.cases > *o.measured && *o.cases >= 0)
        problems.push_back(PrevalenceProblem::CasesExceedMeasured);
    if (o.measured.has_value() != o.cases.has_value())
        problems.push_back(PrevalenceProblem::CountsIncomplete);
    if (o.publishedRate
        && (!std::isfinite(*o.publishedRate) || *o.publishedRate < 0 || *o.publishedRate > 100))
        problems.push_back(PrevalenceProblem::RateOutOfRange);
    if (!o.publishedRate && !(o.measured && o.cases))
        problems.push_back(PrevalenceProblem::NoFigure);
    if (o.publishedRate && o.measured && o.cases && *o.measured > 0 && *o.cases >= 0
        && *o.cases <= *o.measured) {
        const double fromCounts = *rateFromCounts(*o.cases, *o.measured);
        if (std::fabs(fromCounts - *o.publishedRate) > kRateTolerance)
            problems.push_back(PrevalenceProblem::RateDisagreesWithCounts);
    }
    if (o.round == PrevalenceRound::Survey
        && (o.source == PrevalenceSource::Eppgbm || o.source == PrevalenceSource::BulanPenimbangan))
        problems.push_back(PrevalenceProblem::SurveyRoundForMonthlySource);
    return problems;
}

std::string describe(PrevalenceProblem problem)
{
    switch (problem) {
    case PrevalenceProblem::YearOutOfRange:
        return "the year is not between 2000 and 2100";
    case PrevalenceProblem::NegativeCount:
        return "a count is negative";
    case PrevalenceProblem::CasesExceedMeasured:
        return "more cases than children measured";
    case PrevalenceProblem::CountsIncomplete:
        return "children measured and cases must be given together";
    case PrevalenceProblem::RateOutOfRange:
        return "the rate is not between 0 and 100";
    case PrevalenceProblem::NoFigure:
        return "neither counts nor a rate";
    case PrevalenceProblem::RateDisagreesWithCounts:
        return "the published rate disagrees with the counts";
    case PrevalenceProblem::SurveyRoundForMonthlySource:
        return "a measurement-month source needs the February or August round";
    }
    return "invalid";
}

std::optional<double> rateFromCounts(std::int64_t cases, std::int64_t measured)
{
    if (measured <= 0 || cases < 0 || cases > measured)
        return std::nullopt;
    return 100.0 * static_cast<double>(cases) / static_cast<double>(measured);
}

std::optional<Interval> wilsonInterval(std::int64_t cases, std::int64_t measured, double z)
{
    if (measured <= 0 || cases < 0 || cases > measured)
        return std::nullopt;
    const double n = static_cast<double>(measured);
    const double p = static_cast<double>(cases) / n;
    const double z2 = z * z;
    const double denominator = 1.0 + z2 / n;
    const double centre = (p + z2 / (2.0 * n)) / denominator;
    const double half = z * std::sqrt(p * (1.0 - p) / n + z2 / (4.0 * n * n)) / denominator;
    return Interval{100.0 * std::max(0.0, centre - half), 100.0 * std::min(1.0, centre + half)};
}

const std::vector<SeverityBand> &allSeverityBands()
{
    static const std::vector<SeverityBand> all{SeverityBand::VeryLow, SeverityBand::Low,
                                               SeverityBand::Medium, SeverityBand::High,
                                               SeverityBand::VeryHigh};
    return all;
}

std::optional<SeverityThresholds> severityThresholds(PrevalenceIndicator indicator)
{
    switch (indicator) {
    case PrevalenceIndicator::Stunting:
        return SeverityThresholds{2.5, 10.0, 20.0, 30.0};
    case PrevalenceIndicator::Wasting:
    case PrevalenceIndicator::Overweight:
        return SeverityThresholds{2.5, 5.0, 10.0, 15.0};
    case PrevalenceIndicator::SevereStunting:
    case PrevalenceIndicator::Underweight:
        return std::nullopt;
    }
    return std::nullopt;
}

std::optional<SeverityBand> severityBand(PrevalenceIndicator indicator, double percent)
{
    const auto t = severityThresholds(indicator);
    if (!t)
        return std::nullopt;
    if (percent < t->low)
        return SeverityBand::VeryLow;
    if (percent < t->medium)
        return SeverityBand::Low;
    if (percent < t->high)
        return SeverityBand::Medium;
    if (percent < t->veryHigh)
        return SeverityBand::High;
    return SeverityBand::VeryHigh;
}

SeverityBand severityBand(double percent)
{
    return *severityBand(PrevalenceIndicator::Stunting, percent);
}

std::string_view toString(SeverityBand band)
{
    switch (band) {
    case SeverityBand::VeryLow:
        return "very_low";
    case SeverityBand::Low:
        return "low";
    case SeverityBand::Medium:
        return "medium";
    case SeverityBand::High:
        return "high";
    case SeverityBand::VeryHigh:
        return "very_high";
    }
    return "low";
}

std::optional<PrevalenceTarget> targetFor(const std::vector<PrevalenceTarget> &targets,
                                          const RegionCode &district, int year,
                                          PrevalenceIndicator indicator)
{
    const PrevalenceArea districtArea = PrevalenceArea::ofRegion(district);
    const PrevalenceTarget *national = nullptr;
    for (const PrevalenceTarget &target : targets) {
        if (target.indicator != indicator)
            continue;
        if (target.area == districtArea && target.year == year)
            return target;
        if (target.area.kind == PrevalenceArea::Kind::National && target.year >= year
            && (!national || target.year < national->year))
            national = &target;
    }
    if (national)
        return *national;
    return std::nullopt;
}

} // namespace konvergensi::core

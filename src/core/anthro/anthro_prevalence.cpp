// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/anthro/anthro_prevalence.h"

#include <boost/math/distributions/students_t.hpp>

#include <cmath>
#include <cstdint>
#include <stdexcept>

namespace konvergensi::core::anthro {

namespace {

constexpr int kLastPrevalenceDay = 1826;
constexpr double kOedemaZ = -3.1;     ///< counts below -3 SD, never in a mean
constexpr double kConfidence = 0.975; ///< two-sided 95 %

/// One child as the prevalence sees it.
struct PrevalenceChild
{
    int ageGroup = -1; ///< -1: unknown
    Sex sex = Sex::Unknown;
    /// z-scores for the cut-offs (flagged ones missing; oedema -3.1 for WA, BMI, WH) and for
    /// the means (flagged and oedema missing), by PrevalenceIndicator.
    std::array<double, kPrevalenceIndicatorCount> forRates;
    std::array<double, kPrevalenceIndicatorCount> forMeans;
};

/// The age group of a whole number of days, on months not rounded to whole months.
int ageGroupOf(const Age &age)
{
    if (!age.known())
        return -1;
    const double months = age.days() / kDaysPerMonth;
    static constexpr std::array<double, 7> kBreaks = {0, 6, 12, 24, 36, 48, 60};
    for (std::size_t i = 0; i + 1 < kBreaks.size(); ++i) {
        if (months >= kBreaks[i] && months < kBreaks[i + 1])
            return static_cast<int>(i);
    }
    return -1;
}

double usable(const ZScores &scores, Indicator indicator)
{
    return scores.flag(indicator) == 0 ? scores.zscore(indicator) : kMissing;
}

/// The t quantile for the 95 % intervals with `df` degrees of freedom (R's qt(0.975, df)).
double tQuantile(double df)
{
    if (!(df >= 1))
        return kMissing;
    return boost::math::quantile(boost::math::students_t_distribution<double>(df), kConfidence);
}

/// The design's standard error of a mean over n of the N children (R's sample_se).
double sampleSe(std::span<const double> x, double mean, std::size_t N)
{
    long double sum = 0;
    for (const double v : x) {
        const double deviation = v - mean;
        sum += deviation * deviation;
    }
    const double scale = static_cast<double>(N) / static_cast<double>(N - 1);
    return std::sqrt(scale) / static_cast<double>(x.size()) * std::sqrt(static_cast<double>(sum));
}

/// R's mean(): a long double sum, then a correction pass.
double meanLikeR(std::span<const double> x)
{
    const auto n = static_cast<long double>(x.size());
    long double s = 0;
    for (const double v : x)
        s += v;
    s /= n;
    if (std::isfinite(static_cast<double>(s))) {
        long double t = 0;
        for (const double v : x)
            t += v - s;
        s += t / n;
    }
    return static_cast<double>(s);
}

/// R's sd(): the square root of var(), denominator n - 1; NaN for fewer than two values.
double sdLikeR(std::span<const double> x)
{
    if (x.size() < 2)
        return kMissing;
    const auto mean = static_cast<long double>(meanLikeR(x));
    long double sum = 0;
    for (const double v : x)
        sum += (v - mean) * (v - mean);
    return std::sqrt(static_cast<double>(sum / static_cast<long double>(x.size() - 1)));
}

double logistic(double x)
{
    return 1 / (1 + std::exp(-x));
}

/// The share of ones among 0/1 values, in percent, with the logit-scale interval.
RateEstimate rateEstimate(std::span<const std::uint8_t> x, std::size_t N, double t)
{
    RateEstimate estimate;
    const std::size_t n = x.size();
    if (n == 0)
        return estimate;
    std::size_t ones = 0;
    for (const std::uint8_t v : x)
        ones += v;
    const auto r = static_cast<double>(static_cast<long double>(ones)
                                       / static_cast<long double>(n));
    long double sum = 0;
    for (const std::uint8_t v : x) {
        const double deviation = v - r;
        sum += deviation * deviation;
    }
    const double scale = static_cast<double>(N) / static_cast<double>(N - 1);
    const double se = std::sqrt(scale) / static_cast<double>(n)
                      * std::sqrt(static_cast<double>(sum));
    double ll = 0;
    double ul = 0;
    if (r == 1) {
        ll = ul = 1;
    } else if (r > 0) {
        const double logit = std::log(r / (1 - r));
        const double variance = 1 / (static_cast<double>(n) * r * (1 - r));
        const double seLogit = std::sqrt(scale * variance);
        ll = logistic(logit + seLogit * -t);
        ul = logistic(logit + seLogit * t);
    }
    estimate.r = r * 100;
    estimate.se = se * 100;
    estimate.ll = ll * 100;
    estimate.ul = ul * 100;
    return estimate;
}

MeanEstimate meanEstimate(std::span<const double> x, std::size_t N, double t)
{
    MeanEstimate estimate;
    if (x.empty())
        return estimate;
    estimate.r = meanLikeR(x);
    estimate.stdev = sdLikeR(x);
    estimate.se = sampleSe(x, estimate.r, N);
    estimate.ll = estimate.r + estimate.se * -t;
    estimate.ul = estimate.r + estimate.se * t;
    return estimate;
}

/// Work space reused for every group.
struct Scratch
{
    std::vector<double> values;
    std::vector<std::uint8_t> bits;
};

void estimateGroup(PrevalenceRow &row, const std::vector<PrevalenceChild> &children,
                   const std::vector<std::uint32_t> &members, double t, Scratch &scratch)
{
    const std::size_t N = children.size();
    for (std::size_t k = 0; k < kPrevalenceIndicatorCount; ++k) {
        IndicatorEstimates &estimates = row.indicators[k];
        scratch.values.clear();
        for (const std::uint32_t i : members) {
            if (!isMissing(children[i].forRates[k]))
                scratch.values.push_back(children[i].forRates[k]);
        }
        estimates.pop = static_cast<double>(scratch.values.size());
        for (std::size_t c = 0; c < kPrevalenceCutoffs.size(); ++c) {
            const double cutoff = kPrevalenceCutoffs[c];
            scratch.bits.clear();
            for (const double z : scratch.values)
                scratch.bits.push_back(cutoff < 0 ? z < cutoff : z > cutoff);
            estimates.rates[c] = rateEstimate(scratch.bits, N, t);
        }
        scratch.values.clear();
        for (const std::uint32_t i : members) {
            if (!isMissing(children[i].forMeans[k]))
                scratch.values.push_back(children[i].forMeans[k]);
        }
        estimates.mean = meanEstimate(scratch.values, N, t);
    }
    // Stunting together with wasting or overweight: children with both z-scores.
    constexpr auto ha = static_cast<std::size_t>(PrevalenceIndicator::HeightForAge);
    constexpr auto wh = static_cast<std::size_t>(PrevalenceIndicator::WeightForHeight);
    for (const bool wasted : {true, false}) {
        scratch.bits.clear();
        for (const std::uint32_t i : members) {
            const double zlen = children[i].forRates[ha];
            const double zwfl = children[i].forRates[wh];
            if (isMissing(zlen) || isMissing(zwfl))
                continue;
            scratch.bits.push_back(zlen < -2 && (wasted ? zwfl < -2 : zwfl > 2));
        }
        if (wasted) {
            row.stuntedWastedPop = static_cast<double>(scratch.bits.size());
            row.stuntedWasted = rateEstimate(scratch.bits, N, t);
        } else {
            row.stuntedOverweight = rateEstimate(scratch.bits, N, t);
        }
    }
}

std::string_view sexLabel(Sex sex)
{
    return sex == Sex::Female ? "Female" : "Male";
}

} // namespace

std::vector<PrevalenceRow> computePrevalence(std::span<const ChildMeasurement> children)
{
    std::vector<ZScores> scores(children.size());
    computeZScores(children, scores);
    return computePrevalence(children, scores);
}

std::vector<PrevalenceRow> computePrevalence(std::span<const ChildMeasurement> children,
                                             std::span<const ZScores> scores)
{
    if (scores.size() < children.size())
        throw std::invalid_argument("computePrevalence: fewer z-scores than children");

    // Children over 1826 days are left out; those of unknown age stay (in "All").
    std::vector<PrevalenceChild> kept;
    kept.reserve(children.size());
    for (std::size_t i = 0; i < children.size(); ++i) {
        const ChildMeasurement &child = children[i];
        if (child.age.known() && child.age.days() > kLastPrevalenceDay)
            continue;
        const ZScores &z = scores[i];
        PrevalenceChild c;
        c.ageGroup = ageGroupOf(child.age);
        c.sex = z.csex;
        const std::array<Indicator, kPrevalenceIndicatorCount> indicators = {
            Indicator::LengthForAge, Indicator::WeightForAge, Indicator::BmiForAge,
            Indicator::WeightForLength};
        for (std::size_t k = 0; k < kPrevalenceIndicatorCount; ++k) {
            const double value = usable(z, indicators[k]);
            const bool weightBased = k != 0;
            const bool oedema = weightBased && child.oedema;
            c.forMeans[k] = oedema ? kMissing : value;
            c.forRates[k] = oedema ? kOedemaZ : value;
        }
        kept.push_back(c);
    }
    if (kept.empty())
        throw std::invalid_argument("no child is 1826 days old or younger");

    const double t = tQuantile(static_cast<double>(kept.size() - 1));
    std::vector<PrevalenceRow> rows;
    Scratch scratch;
    std::vector<std::uint32_t> members;
    const auto addRow = [&](PrevalenceRow row, auto &&belongs) {
        members.clear();
        for (std::uint32_t i = 0; i < kept.size(); ++i) {
            if (belongs(kept[i]))
                members.push_back(i);
        }
        estimateGroup(row, kept, members, t, scratch);
        rows.push_back(std::move(row));
    };

    PrevalenceRow all;
    all.group = "All";
    addRow(all, [](const PrevalenceChild &) { return true; });

    bool anyAge = false;
    bool anySex = false;
    bool anyAgeAndSex = false;
    for (const PrevalenceChild &c : kept) {
        anyAge = anyAge || c.ageGroup >= 0;
        anySex = anySex || c.sex != Sex::Unknown;
        anyAgeAndSex = anyAgeAndSex || (c.ageGroup >= 0 && c.sex != Sex::Unknown);
    }
    const std::array<Sex, 2> sexes = {Sex::Female, Sex::Male};
    if (anyAge) {
        for (int g = 0; g < static_cast<int>(kAgeGroupLabels.size()); ++g) {
            PrevalenceRow row;
            row.kind = PrevalenceGroupKind::AgeGroup;
            row.ageGroup = g;
            row.group = "Age group: " + std::string(kAgeGroupLabels[g]);
            addRow(row, [g](const PrevalenceChild &c) { return c.ageGroup == g; });
        }
    }
    if (anySex) {
        for (const Sex sex : sexes) {
            PrevalenceRow row;
            row.kind = PrevalenceGroupKind::Sex;
            row.sex = sex;
            row.group = "Sex: " + std::string(sexLabel(sex));
            addRow(row, [sex](const PrevalenceChild &c) { return c.sex == sex; });
        }
    }
    if (anyAgeAndSex) {
        for (const Sex sex : sexes) {
            for (int g = 0; g < static_cast<int>(kAgeGroupLabels.size()); ++g) {
                PrevalenceRow row;
                row.kind = PrevalenceGroupKind::AgeAndSex;
                row.ageGroup = g;
                row.sex = sex;
                row.group = "Age + sex: " + std::string(kAgeGroupLabels[g]) + "."
                            + std::string(sexLabel(sex));
                addRow(row, [g, sex](const PrevalenceChild &c) {
                    return c.ageGroup == g && c.sex == sex;
                });
            }
        }
    }
    return rows;
}

std::string_view prevalencePrefix(PrevalenceIndicator indicator)
{
    switch (indicator) {
    case PrevalenceIndicator::HeightForAge:
        return "HA";
    case PrevalenceIndicator::WeightForAge:
        return "WA";
    case PrevalenceIndicator::BmiForAge:
        return "BMI";
    case PrevalenceIndicator::WeightForHeight:
        return "WH";
    }
    return "";
}

const std::vector<std::string> &prevalenceColumnNames()
{
    static const std::vector<std::string> names = [] {
        std::vector<std::string> list = {"Group"};
        static constexpr std::array<std::string_view, 6> kSuffixes = {"_3", "_2", "_1",
                                                                      "1",  "2",  "3"};
        for (std::size_t k = 0; k < kPrevalenceIndicatorCount; ++k) {
            const std::string prefix(prevalencePrefix(static_cast<PrevalenceIndicator>(k)));
            list.push_back(prefix + "Z_pop");
            list.push_back(prefix + "Z_unwpop");
            for (const std::string_view suffix : kSuffixes) {
                for (const char *part : {"_r", "_se", "_ll", "_ul"})
                    list.push_back(prefix + std::string(suffix) + part);
            }
            for (const char *part : {"_r", "_se", "_ll", "_ul", "_stdev"})
                list.push_back(prefix + part);
        }
        for (const char *part : {"_pop", "_unwpop", "_r", "_se", "_ll", "_ul"})
            list.push_back(std::string("HA_2_WH_2") + part);
        for (const char *part : {"_r", "_se", "_ll", "_ul"})
            list.push_back(std::string("HA_2_WH2") + part);
        return list;
    }();
    return names;
}

std::vector<double> prevalenceColumnValues(const PrevalenceRow &row)
{
    std::vector<double> values;
    values.reserve(prevalenceColumnNames().size() - 1);
    const auto addRate = [&values](const RateEstimate &rate) {
        values.insert(values.end(), {rate.r, rate.se, rate.ll, rate.ul});
    };
    for (const IndicatorEstimates &estimates : row.indicators) {
        // The package has no weights here: the weighted and unweighted counts are the same.
        values.push_back(estimates.pop);
        values.push_back(estimates.pop);
        for (const RateEstimate &rate : estimates.rates)
            addRate(rate);
        const MeanEstimate &mean = estimates.mean;
        values.insert(values.end(), {mean.r, mean.se, mean.ll, mean.ul, mean.stdev});
    }
    values.push_back(row.stuntedWastedPop);
    values.push_back(row.stuntedWastedPop);
    addRate(row.stuntedWasted);
    addRate(row.stuntedOverweight);
    return values;
}

} // namespace konvergensi::core::anthro

// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/regions/region_code.h"

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace konvergensi::core {

/// Where a prevalence figure comes from. Each source has its own population and method;
/// figures of different sources are never mixed in one series or aggregate.
enum class PrevalenceSource {
    Ssgi,             ///< Studi Status Gizi Indonesia (2019 as SSGBI, 2021, 2022, 2024)
    Ski,              ///< Survei Kesehatan Indonesia (2023)
    Riskesdas,        ///< Riset Kesehatan Dasar (2013, 2018)
    Eppgbm,           ///< e-PPGBM records (per puskesmas, desa)
    BulanPenimbangan, ///< the district's own measurement month count
    Other,
};

/// When in the year a figure was taken: the measurement months of February and August, or
/// a survey (one figure for the year).
enum class PrevalenceRound { February, August, Survey };

enum class PrevalenceIndicator { Stunting, SevereStunting, Wasting, Underweight, Overweight };

/// The words used in files, the database and the CLI: "ssgi", "ski", "riskesdas", "eppgbm",
/// "bulan_penimbangan", "other"; "february", "august", "survey"; "stunting",
/// "severe_stunting", "wasting", "underweight", "overweight".
std::string_view toString(PrevalenceSource source);
std::string_view toString(PrevalenceRound round);
std::string_view toString(PrevalenceIndicator indicator);
/// Reads the words above and common Indonesian/English variants ("SSGI", "e-PPGBM",
/// "Februari", "Agustus", "survei", "stunting berat", ...), case-insensitively.
std::optional<PrevalenceSource> prevalenceSourceFromString(std::string_view text);
std::optional<PrevalenceRound> prevalenceRoundFromString(std::string_view text);
std::optional<PrevalenceIndicator> prevalenceIndicatorFromString(std::string_view text);
/// Short label for charts and tables: "SSGI", "SKI", "Riskesdas", "e-PPGBM", ...
std::string_view sourceLabel(PrevalenceSource source);
const std::vector<PrevalenceSource> &allPrevalenceSources();
const std::vector<PrevalenceIndicator> &allPrevalenceIndicators();

/// The area a figure is about. Regions are the workspace's region codes (province, district,
/// kecamatan, desa/kelurahan); a puskesmas is one of the workspace's health centres (serving
/// a set of desa); a posyandu is a weighing post inside one desa (the level below the desa
/// that e-PPGBM figures computed from measured children reach); "national" is the reference
/// series for Indonesia as a whole, which has no region code.
struct PrevalenceArea
{
    enum class Kind { Region, Puskesmas, National, Posyandu };

    Kind kind = Kind::National;
    std::optional<RegionCode> region; ///< Region; for a posyandu, the desa it lies in
    std::string puskesmasCode;        ///< Puskesmas only
    std::string posyanduCode;         ///< Posyandu only: its code within the desa

    static PrevalenceArea national() { return {}; }
    static PrevalenceArea ofRegion(RegionCode code)
    {
        return {Kind::Region, std::move(code), {}, {}};
    }
    static PrevalenceArea ofPuskesmas(std::string code)
    {
        return {Kind::Puskesmas, std::nullopt, std::move(code), {}};
    }
    /// A posyandu of a desa (a village code).
    static PrevalenceArea ofPosyandu(RegionCode village, std::string code)
    {
        return {Kind::Posyandu, std::move(village), {}, std::move(code)};
    }

    /// One text per area, unique across kinds: "14.03.01.2001", "pkm:P1403010101",
    /// "pos:14.03.01.2001/03", "national". Used as the key in the database.
    std::string key() const;
    /// Reads key(): a region code, "pkm:CODE", "pos:VILLAGE/CODE" or "national"; nullopt for
    /// anything else (a posyandu of something that is not a village included).
    static std::optional<PrevalenceArea> fromKey(std::string_view key);
    /// Reads an area as people write it in import files and on the command line: a word for
    /// the national reference ("nasional", "national", "Indonesia", "id"), a region code,
    /// a posyandu as "pos:VILLAGE/CODE", or a puskesmas code with or without "pkm:".
    /// Surrounding blanks are ignored; nullopt when the text is empty or a "pos:" text is
    /// malformed. Whether the area is held is for the workspace to say.
    static std::optional<PrevalenceArea> fromText(std::string_view text);
    /// True for the words above that name the national reference series.
    static bool isNationalWord(std::string_view text);

    friend bool operator==(const PrevalenceArea &, const PrevalenceArea &) = default;
};

/// One figure: an area, a period (year and round), a source and an indicator, with the
/// children measured and the cases when known, or only the published rate.
struct PrevalenceObservation
{
    std::int64_t id = 0;
    PrevalenceArea area;
    int year = 0;
    PrevalenceRound round = PrevalenceRound::Survey;
    PrevalenceSource source = PrevalenceSource::Ssgi;
    PrevalenceIndicator indicator = PrevalenceIndicator::Stunting;
    std::optional<std::int64_t> measured; ///< children measured
    std::optional<std::int64_t> cases;    ///< children with the condition
    std::optional<std::int64_t> eligible; ///< children under five expected (sasaran balita)
    std::optional<double> publishedRate;  ///< percent, as published, when counts are unknown
    std::string note;
    int rowVersion = 0;

    /// The rate in percent: from the counts when both are known and measured > 0, otherwise
    /// the published rate; nullopt when neither gives one.
    std::optional<double> rate() const;
    /// True when the rate comes from counts (and so can be aggregated and given an interval).
    bool hasCounts() const { return measured && cases && *measured > 0; }

    /// Same key: area, year, round, source, indicator.
    bool sameKey(const PrevalenceObservation &other) const;
    /// Same figures (counts, rate, eligible, note), ignoring id and row version.
    bool sameFigures(const PrevalenceObservation &other) const;
};

enum class PrevalenceProblem {
    YearOutOfRange,              ///< not between 2000 and 2100
    NegativeCount,               ///< measured, cases or eligible below zero
    CasesExceedMeasured,         ///< more cases than children measured
    CountsIncomplete,            ///< cases without measured or the other way round
    RateOutOfRange,              ///< published rate not within 0..100
    NoFigure,                    ///< neither counts nor a rate
    RateDisagreesWithCounts,     ///< both given and more than 0.15 points apart
    SurveyRoundForMonthlySource, ///< e-PPGBM/bulan penimbangan need February or August
};

/// The rules of one observation, in a fixed order; empty when it is good.
std::vector<PrevalenceProblem> validate(const PrevalenceObservation &observation);
/// Plain English for logs and tests.
std::string describe(PrevalenceProblem problem);

/// Prevalence in percent from counts; nullopt when measured is zero (or negative), because a
/// rate of nobody measured is unknown, not zero.
std::optional<double> rateFromCounts(std::int64_t cases, std::int64_t measured);

/// A two-sided confidence interval in percent.
struct Interval
{
    double low = 0;
    double high = 0;
};

/// The Wilson score interval for a proportion cases/measured, in percent, at the normal
/// quantile z (1.959964 for 95 %). nullopt when measured <= 0 or cases is out of 0..measured.
std::optional<Interval> wilsonInterval(std::int64_t cases, std::int64_t measured,
                                       double z = 1.959963984540054);

/// WHO public-health significance of a prevalence (de Onis et al. 2019, adopted by
/// WHO/UNICEF), in five bands.
enum class SeverityBand { VeryLow, Low, Medium, High, VeryHigh };
const std::vector<SeverityBand> &allSeverityBands();

/// The lower bounds (percent) of the bands Low, Medium, High and VeryHigh of an indicator:
/// stunting 2.5, 10, 20, 30; wasting and overweight 2.5, 5, 10, 15 (de Onis et al. 2019).
/// WHO gives no such thresholds for severe stunting and underweight: nullopt.
struct SeverityThresholds
{
    double low = 0;
    double medium = 0;
    double high = 0;
    double veryHigh = 0;
};
std::optional<SeverityThresholds> severityThresholds(PrevalenceIndicator indicator);
/// The band of a prevalence of an indicator; nullopt when WHO gives the indicator no bands.
std::optional<SeverityBand> severityBand(PrevalenceIndicator indicator, double percent);
/// The band of a stunting prevalence: < 2.5 % very low, 2.5 to < 10 low, 10 to < 20 medium,
/// 20 to < 30 high, >= 30 very high.
SeverityBand severityBand(double percent);
std::string_view toString(SeverityBand band);

/// A prevalence target: the area (the district or the national reference), the year by which
/// it applies, the indicator and the percent.
struct PrevalenceTarget
{
    std::int64_t id = 0;
    PrevalenceArea area;
    int year = 0;
    PrevalenceIndicator indicator = PrevalenceIndicator::Stunting;
    double percent = 0;
    std::string note;
    int rowVersion = 0;
};

/// The target that applies to a district in a year: the district's own target for that year
/// when set; otherwise the national target of the nearest target year at or after it (14 %
/// by 2024 applies to 2024 and every year before it); otherwise none.
std::optional<PrevalenceTarget> targetFor(const std::vector<PrevalenceTarget> &targets,
                                          const RegionCode &district, int year,
                                          PrevalenceIndicator indicator);

} // namespace konvergensi::core

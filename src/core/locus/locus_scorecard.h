// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/regions/region_code.h"

#include <boost/date_time/gregorian/gregorian_types.hpp>

#include <array>
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace konvergensi::core {

/// The five service packages that converge in a village (the village convergence scorecard).
enum class ServicePackage {
    Kia,                ///< kesehatan ibu dan anak
    KonselingGizi,      ///< konseling gizi terpadu
    AirBersihSanitasi,  ///< air bersih dan sanitasi
    PerlindunganSosial, ///< perlindungan sosial (JKN, akta kelahiran, ...)
    Paud,               ///< pendidikan anak usia dini
};
constexpr std::array<ServicePackage, 5> kServicePackages = {
    ServicePackage::Kia, ServicePackage::KonselingGizi, ServicePackage::AirBersihSanitasi,
    ServicePackage::PerlindunganSosial, ServicePackage::Paud};

/// "kia", "konseling_gizi", "air_bersih_sanitasi", "perlindungan_sosial", "paud".
std::string_view toString(ServicePackage package);
/// Reads the words above and common variants ("KIA", "Konseling Gizi", "Air Bersih dan
/// Sanitasi", "Sanitasi", "Perlindungan Sosial", "Perlinsos", "PAUD"), case-insensitively.
std::optional<ServicePackage> servicePackageFromString(std::string_view text);

/// One indicator of a package: how many target households (or children, or mothers) should
/// get the service and how many did.
struct ScorecardIndicator
{
    ServicePackage package = ServicePackage::Kia;
    std::string name;
    std::int64_t target = 0;
    std::int64_t achieved = 0;

    /// achieved / target in percent; nullopt when the target is 0.
    std::optional<double> coverage() const;

    friend bool operator==(const ScorecardIndicator &, const ScorecardIndicator &) = default;
};

/// A village's convergence scorecard for one year, with its village-budget (APBDes)
/// allocation for stunting.
struct Scorecard
{
    explicit Scorecard(RegionCode code, int cardYear = 0)
        : village(std::move(code))
        , year(cardYear)
    {
    }

    std::int64_t id = 0;
    RegionCode village;
    int year = 0;
    std::vector<ScorecardIndicator> indicators;
    std::optional<std::int64_t> apbdesStunting; ///< rupiah
    std::string note;
    int rowVersion = 0;
};

struct PackageCoverage
{
    ServicePackage package = ServicePackage::Kia;
    int indicators = 0;
    std::int64_t target = 0;
    std::int64_t achieved = 0;
    /// sum achieved / sum target of the package's indicators; nullopt when the target is 0.
    std::optional<double> percent;
};

/// Coverage per package (all five, in kServicePackages order, also those without
/// indicators) and overall: sum achieved / sum target over every indicator.
struct ScorecardCoverage
{
    std::array<PackageCoverage, 5> packages{};
    std::optional<double> overall;
};
ScorecardCoverage coverageOf(const Scorecard &scorecard);

enum class ScorecardProblem {
    YearOutOfRange,
    NotAVillage,
    EmptyIndicatorName,
    NegativeCount,
    AchievedExceedsTarget,
    DuplicateIndicator, ///< the same name twice in a package
    NegativeBudget,
};
struct ScorecardIssue
{
    ScorecardProblem problem;
    std::string indicator; ///< the indicator's name when the problem is about one
};
std::vector<ScorecardIssue> validate(const Scorecard &scorecard);
std::string describe(ScorecardProblem problem);

/// The indicators of the national village convergence scorecard, as a starting point for a
/// new scorecard (targets and achievements 0).
std::vector<ScorecardIndicator> standardScorecardIndicators();

/// The human development cadre (KPM) of a village.
struct Kpm
{
    explicit Kpm(RegionCode code)
        : village(std::move(code))
    {
    }

    RegionCode village;
    std::string name;
    std::string phone;
    std::optional<boost::gregorian::date> since;
    int rowVersion = 0;
};

enum class KpmProblem { EmptyName, PhoneNotAPhone };
std::vector<KpmProblem> validate(const Kpm &kpm);

} // namespace konvergensi::core

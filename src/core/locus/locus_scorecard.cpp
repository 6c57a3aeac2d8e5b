// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/locus/locus_scorecard.h"

#include "core/text.h"

#include <set>
#include <utility>

namespace konvergensi::core {

std::string_view toString(ServicePackage package)
{
    switch (package) {
    case ServicePackage::Kia:
        return "kia";
    case ServicePackage::KonselingGizi:
        return "konseling_gizi";
    case ServicePackage::AirBersihSanitasi:
        return "air_bersih_sanitasi";
    case ServicePackage::PerlindunganSosial:
        return "perlindungan_sosial";
    case ServicePackage::Paud:
        return "paud";
    }
    return "kia";
}

std::optional<ServicePackage> servicePackageFromString(std::string_view text)
{
    std::string word;
    for (char c : asciiLower(trimmed(text))) {
        if (c == ' ' || c == '-' || c == '/' || c == '&')
            c = '_';
        if (c == '_' && !word.empty() && word.back() == '_')
            continue;
        word.push_back(c);
    }
    static const std::pair<const char *, ServicePackage> words[] = {
        {"kia", ServicePackage::Kia},
        {"kesehatan_ibu_dan_anak", ServicePackage::Kia},
        {"kesehatan_ibu_anak", ServicePackage::Kia},
        {"maternal_and_child_health", ServicePackage::Kia},
        {"konseling_gizi", ServicePackage::KonselingGizi},
        {"konseling_gizi_terpadu", ServicePackage::KonselingGizi},
        {"gizi", ServicePackage::KonselingGizi},
        {"nutrition_counselling", ServicePackage::KonselingGizi},
        {"nutrition_counseling", ServicePackage::KonselingGizi},
        {"air_bersih_sanitasi", ServicePackage::AirBersihSanitasi},
        {"air_bersih_dan_sanitasi", ServicePackage::AirBersihSanitasi},
        {"sanitasi", ServicePackage::AirBersihSanitasi},
        {"air_bersih", ServicePackage::AirBersihSanitasi},
        {"clean_water_and_sanitation", ServicePackage::AirBersihSanitasi},
        {"water_sanitation", ServicePackage::AirBersihSanitasi},
        {"perlindungan_sosial", ServicePackage::PerlindunganSosial},
        {"perlinsos", ServicePackage::PerlindunganSosial},
        {"social_protection", ServicePackage::PerlindunganSosial},
        {"paud", ServicePackage::Paud},
        {"pendidikan_anak_usia_dini", ServicePackage::Paud},
        {"early_childhood_education", ServicePackage::Paud},
    };
    for (const auto &[w, package] : words) {
        if (word == w)
            return package;
    }
    return std::nullopt;
}

std::optional<double> ScorecardIndicator::coverage() const
{
    if (target <= 0)
        return std::nullopt;
    return 100.0 * static_cast<double>(achieved) / static_cast<double>(target);
}

ScorecardCoverage coverageOf(const Scorecard &scorecard)
{
    ScorecardCoverage out;
    std::int64_t target = 0;
    std::int64_t achieved = 0;
    for (std::size_t i = 0; i < kServicePackages.size(); ++i)
        out.packages[i].package = kServicePackages[i];
    for (const ScorecardIndicator &indicator : scorecard.indicators) {
        PackageCoverage &p = out.packages[static_cast<std::size_t>(indicator.package)];
        ++p.indicators;
        p.target += indicator.target;
        p.achieved += indicator.achieved;
        target += indicator.target;
        achieved += indicator.achieved;
    }
    for (PackageCoverage &p : out.packages) {
        if (p.target > 0)
            p.percent = 100.0 * static_cast<double>(p.achieved) / static_cast<double>(p.target);
    }
    if (target > 0)
        out.overall = 100.0 * static_cast<double>(achieved) / static_cast<double>(target);
    return out;
}

std::vector<ScorecardIssue> validate(const Scorecard &scorecard)
{
    std::vector<ScorecardIssue> issues;
    if (scorecard.year < 2000 || scorecard.year > 2100)
        issues.push_back({ScorecardProblem::YearOutOfRange, {}});
    if (scorecard.village.level() != RegionLevel::Village)
        issues.push_back({ScorecardProblem::NotAVillage, {}});
    std::set<std::pair<ServicePackage, std::string>> seen;
    for (const ScorecardIndicator &indicator : scorecard.indicators) {
        const std::string name = trimmed(indicator.name);
        if (name.empty())
            issues.push_back({ScorecardProblem::EmptyIndicatorName, {}});
        if (indicator.target < 0 || indicator.achieved < 0)
            issues.push_back({ScorecardProblem::NegativeCount, name});
        else if (indicator.achieved > indicator.target)
            issues.push_back({ScorecardProblem::AchievedExceedsTarget, name});
        if (!name.empty() && !seen.insert({indicator.package, asciiLower(name)}).second)
            issues.push_back({ScorecardProblem::DuplicateIndicator, name});
    }
    if (scorecard.apbdesStunting && *scorecard.apbdesStunting < 0)
        issues.push_back({ScorecardProblem::NegativeBudget, {}});
    return issues;
}

std::string describe(ScorecardProblem problem)
{
    switch (problem) {
    case ScorecardProblem::YearOutOfRange:
        return "the year must be between 2000 and 2100";
    case ScorecardProblem::NotAVillage:
        return "the code is not a desa/kelurahan code";
    case ScorecardProblem::EmptyIndicatorName:
        return "an indicator has no name";
    case ScorecardProblem::NegativeCount:
        return "a target or achieved count is below zero";
    case ScorecardProblem::AchievedExceedsTarget:
        return "more achieved than the target";
    case ScorecardProblem::DuplicateIndicator:
        return "the same indicator appears twice in a package";
    case ScorecardProblem::NegativeBudget:
        return "the budget is below zero";
    }
    return "unknown problem";
}

std::vector<ScorecardIndicator> standardScorecardIndicators()
{
    using P = ServicePackage;
    return {
        {P::Kia, "Ibu hamil periksa kehamilan minimal 4 kali", 0, 0},
        {P::Kia, "Ibu hamil minum tablet tambah darah minimal 90 tablet", 0, 0},
        {P::Kia, "Anak 0-23 bulan mendapat imunisasi dasar lengkap", 0, 0},
        {P::Kia, "Anak 0-23 bulan ditimbang dan diukur setiap bulan", 0, 0},
        {P::KonselingGizi, "Ibu hamil mengikuti kelas ibu hamil", 0, 0},
        {P::KonselingGizi, "Orang tua anak 0-23 bulan mengikuti konseling gizi", 0, 0},
        {P::AirBersihSanitasi, "Rumah tangga memiliki akses air minum layak", 0, 0},
        {P::AirBersihSanitasi, "Rumah tangga memiliki jamban layak", 0, 0},
        {P::PerlindunganSosial, "Anak 0-23 bulan memiliki akta kelahiran", 0, 0},
        {P::PerlindunganSosial, "Rumah tangga 1.000 HPK memiliki jaminan kesehatan", 0, 0},
        {P::Paud, "Orang tua anak 0-23 bulan mengikuti kelas parenting (PAUD)", 0, 0},
    };
}

std::vector<KpmProblem> validate(const Kpm &kpm)
{
    std::vector<KpmProblem> problems;
    if (trimmed(kpm.name).empty())
        problems.push_back(KpmProblem::EmptyName);
    const std::string phone = trimmed(kpm.phone);
    if (!phone.empty()) {
        int digits = 0;
        bool ok = true;
        for (char c : phone) {
            if (c >= '0' && c <= '9')
                ++digits;
            else if (c != ' ' && c != '+' && c != '-' && c != '(' && c != ')')
                ok = false;
        }
        if (!ok || digits < 6)
            problems.push_back(KpmProblem::PhoneNotAPhone);
    }
    return problems;
}

} // namespace konvergensi::core

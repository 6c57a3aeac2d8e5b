// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/prevalence/prevalence_puskesmas.h"

#include "core/prevalence/prevalence.h"
#include "core/text.h"

#include <algorithm>
#include <map>
#include <set>

namespace konvergensi::core {

namespace {

constexpr std::size_t kMaxCodeLength = 32;

bool allowedCodeCharacter(char c)
{
    return (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '.'
           || c == '-' || c == '_' || c == '/';
}

} // namespace

std::vector<PuskesmasProblem> validate(const Puskesmas &p)
{
    std::vector<PuskesmasProblem> problems;
    const std::string code = trimmed(p.code);
    if (code.empty()) {
        problems.push_back(PuskesmasProblem::EmptyCode);
    } else if (code.size() > kMaxCodeLength
               || !std::all_of(code.begin(), code.end(), allowedCodeCharacter)) {
        problems.push_back(PuskesmasProblem::CodeNotAllowed);
    } else if (RegionCode::isValid(code) || PrevalenceArea::isNationalWord(code)) {
        problems.push_back(PuskesmasProblem::CodeLooksLikeArea);
    }
    if (trimmed(p.name).empty())
        problems.push_back(PuskesmasProblem::EmptyName);
    if (!p.kecamatan)
        problems.push_back(PuskesmasProblem::NoKecamatan);
    else if (p.kecamatan->level() != RegionLevel::Kecamatan)
        problems.push_back(PuskesmasProblem::KecamatanNotAKecamatan);
    if (std::any_of(p.villages.begin(), p.villages.end(),
                    [](const RegionCode &v) { return v.level() != RegionLevel::Village; }))
        problems.push_back(PuskesmasProblem::VillageNotAVillage);
    if (p.kecamatan && p.kecamatan->level() == RegionLevel::Kecamatan) {
        const auto district = p.kecamatan->parent();
        if (std::any_of(p.villages.begin(), p.villages.end(), [&district](const RegionCode &v) {
                return v.level() == RegionLevel::Village && district && !v.isBelow(*district);
            }))
            problems.push_back(PuskesmasProblem::VillageInOtherDistrict);
    }
    std::set<RegionCode> seen;
    for (const RegionCode &village : p.villages) {
        if (!seen.insert(village).second) {
            problems.push_back(PuskesmasProblem::DuplicateVillage);
            break;
        }
    }
    return problems;
}

std::string describe(PuskesmasProblem problem)
{
    switch (problem) {
    case PuskesmasProblem::EmptyCode:
        return "the code is empty";
    case PuskesmasProblem::CodeNotAllowed:
        return "the code may hold only letters, digits, '.', '-', '_' and '/' (at most 32)";
    case PuskesmasProblem::CodeLooksLikeArea:
        return "the code reads as a region code or as the national reference";
    case PuskesmasProblem::EmptyName:
        return "the name is empty";
    case PuskesmasProblem::NoKecamatan:
        return "no kecamatan";
    case PuskesmasProblem::KecamatanNotAKecamatan:
        return "the kecamatan code is not a kecamatan";
    case PuskesmasProblem::VillageNotAVillage:
        return "a served area is not a desa/kelurahan";
    case PuskesmasProblem::VillageInOtherDistrict:
        return "a village lies in another district than the puskesmas";
    case PuskesmasProblem::DuplicateVillage:
        return "a village is listed twice";
    }
    return "invalid";
}

PuskesmasWarnings puskesmasWarnings(const Puskesmas &p)
{
    PuskesmasWarnings warnings;
    warnings.noVillages = p.villages.empty();
    if (p.kecamatan) {
        for (const RegionCode &village : p.villages) {
            if (!village.isBelow(*p.kecamatan))
                warnings.outsideKecamatan.push_back(village);
        }
    }
    return warnings;
}

std::vector<std::pair<RegionCode, std::string>> villagesServedElsewhere(
    const Puskesmas &candidate, const std::vector<Puskesmas> &all)
{
    const std::string code = trimmed(candidate.code);
    std::map<RegionCode, std::string> servedBy;
    for (const Puskesmas &other : all) {
        if (trimmed(other.code) == code)
            continue;
        for (const RegionCode &village : other.villages)
            servedBy.emplace(village, other.code);
    }
    std::vector<std::pair<RegionCode, std::string>> out;
    for (const RegionCode &village : candidate.villages) {
        if (const auto it = servedBy.find(village); it != servedBy.end())
            out.emplace_back(village, it->second);
    }
    return out;
}

} // namespace konvergensi::core

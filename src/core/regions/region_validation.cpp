// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/regions/region_validation.h"

#include "core/text.h"

#include <fmt/format.h>

#include <map>
#include <set>

namespace konvergensi::core {

std::string describe(const RegionIssue &issue)
{
    const std::string where = fmt::format("line {}", issue.line);
    switch (issue.problem) {
    case RegionProblem::MalformedCode:
        return fmt::format("{}: '{}' is not a region code", where, issue.code);
    case RegionProblem::EmptyName:
        return fmt::format("{}: region {} has no name", where, issue.code);
    case RegionProblem::UnknownLevel:
        return fmt::format("{}: unknown level '{}'", where, issue.detail);
    case RegionProblem::LevelMismatch:
        return fmt::format("{}: code {} is not a {}", where, issue.code, issue.detail);
    case RegionProblem::UnknownKind:
        return fmt::format("{}: unknown kind '{}' (desa or kelurahan)", where, issue.detail);
    case RegionProblem::KindMismatch:
        return fmt::format("{}: code {} is not a {}", where, issue.code, issue.detail);
    case RegionProblem::KindNotVillage:
        return fmt::format("{}: {} is not a village but has kind '{}'", where, issue.code,
                           issue.detail);
    case RegionProblem::DuplicateCode:
        return fmt::format("{}: code {} already appears on line {}", where, issue.code,
                           issue.detail);
    case RegionProblem::MissingParent:
        return fmt::format("{}: {} has no parent region {}", where, issue.code, issue.detail);
    }
    return where;
}

RegionValidation validateRegionRecords(const std::vector<RegionRecord> &records,
                                       const std::function<bool(const RegionCode &)> &alreadyHeld)
{
    RegionValidation result;
    std::map<std::string, int> firstLine; // code -> line of its first appearance
    std::set<RegionCode> inFile;
    // Rows whose own fields are fine, checked for parents once the whole file is known.
    std::vector<std::pair<int, Region>> candidates;

    for (const auto &record : records) {
        auto issue = [&](RegionProblem problem, std::string detail = {}) {
            result.issues.push_back(
                {record.line, problem, trimmed(record.code), std::move(detail)});
        };
        const auto code = RegionCode::parse(record.code);
        if (!code) {
            issue(RegionProblem::MalformedCode);
            continue;
        }
        bool good = true;
        if (const auto [it, fresh] = firstLine.emplace(code->toString(), record.line); !fresh) {
            issue(RegionProblem::DuplicateCode, std::to_string(it->second));
            good = false;
        }
        const std::string name = trimmed(record.name);
        if (name.empty()) {
            issue(RegionProblem::EmptyName);
            good = false;
        }
        if (!trimmed(record.level).empty()) {
            const auto level = regionLevelFromString(record.level);
            if (!level) {
                issue(RegionProblem::UnknownLevel, trimmed(record.level));
                good = false;
            } else if (*level != code->level()) {
                issue(RegionProblem::LevelMismatch, trimmed(record.level));
                good = false;
            }
        }
        std::optional<VillageKind> kind = code->villageKind();
        if (!trimmed(record.kind).empty()) {
            const auto given = villageKindFromString(record.kind);
            if (!given) {
                issue(RegionProblem::UnknownKind, trimmed(record.kind));
                good = false;
            } else if (code->level() != RegionLevel::Village) {
                issue(RegionProblem::KindNotVillage, trimmed(record.kind));
                good = false;
            } else if (*given != kind) {
                issue(RegionProblem::KindMismatch, std::string(toString(*given)));
                good = false;
            }
        }
        inFile.insert(*code);
        if (good)
            candidates.emplace_back(record.line, Region{*code, name, kind});
    }

    for (auto &[line, region] : candidates) {
        const auto parent = region.code.parent();
        const bool needsParent = region.level() == RegionLevel::Kecamatan
                                 || region.level() == RegionLevel::Village;
        // An empty `alreadyHeld` means nothing is held yet (a first import).
        if (needsParent && parent && !inFile.contains(*parent)
            && !(alreadyHeld && alreadyHeld(*parent))) {
            result.issues.push_back(
                {line, RegionProblem::MissingParent, region.code.toString(), parent->toString()});
            continue;
        }
        result.regions.push_back(std::move(region));
    }
    std::stable_sort(result.issues.begin(), result.issues.end(),
                     [](const RegionIssue &a, const RegionIssue &b) { return a.line < b.line; });
    return result;
}

} // namespace konvergensi::core

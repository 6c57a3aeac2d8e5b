// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/regions/region.h"

#include <functional>
#include <string>
#include <vector>

namespace konvergensi::core {

/// One row of a region list as read from a file, before it is checked.
struct RegionRecord
{
    int line = 0;     ///< line number in the file, 1-based, for messages
    std::string code; ///< as written
    std::string name;
    std::string level; ///< optional: province, district, kecamatan, village (or Indonesian)
    std::string kind;  ///< optional: desa or kelurahan
};

/// What is wrong with a row.
enum class RegionProblem {
    MalformedCode,  ///< the code is not a Kemendagri code
    EmptyName,      ///< no name
    UnknownLevel,   ///< the level column holds a word we do not know
    LevelMismatch,  ///< the level column disagrees with the code
    UnknownKind,    ///< the kind column is neither desa nor kelurahan
    KindMismatch,   ///< the kind disagrees with the code (2xxx desa, 1xxx kelurahan)
    KindNotVillage, ///< a kind given for a region that is not a village
    DuplicateCode,  ///< the code appears on an earlier line of the same file
    MissingParent,  ///< a kecamatan or village whose parent is neither in the file nor held
};

struct RegionIssue
{
    int line = 0;
    RegionProblem problem = RegionProblem::MalformedCode;
    std::string code;   ///< the code as written
    std::string detail; ///< the other value involved (the parent code, the first line, ...)
};

/// Plain English for logs and tests, e.g. "line 7: village 14.03.99.2001 has no
/// kecamatan 14.03.99".
std::string describe(const RegionIssue &issue);

struct RegionValidation
{
    std::vector<Region> regions;     ///< the good rows, in file order
    std::vector<RegionIssue> issues; ///< every problem found, in line order
    bool ok() const { return issues.empty(); }
};

/// Checks every record of a region list. `alreadyHeld` tells whether a code is already in
/// the workspace, so that a file of villages can name kecamatan imported earlier; an empty
/// function means nothing is held yet.
/// A district's province is optional; kecamatan need their district and villages their
/// kecamatan, in the file or already held.
RegionValidation validateRegionRecords(const std::vector<RegionRecord> &records,
                                       const std::function<bool(const RegionCode &)> &alreadyHeld);

} // namespace konvergensi::core

// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/regions/region_code.h"

#include <optional>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

namespace konvergensi::core {

/// A health centre (puskesmas) and the desa/kelurahan of its working area (wilayah kerja).
/// Its figures can be entered for it directly (e-PPGBM reports per puskesmas) or summed from
/// the counts of the villages it serves.
struct Puskesmas
{
    std::string code;                    ///< the ministry's code, e.g. "P1403010101"
    std::string name;                    ///< "Puskesmas Bengkalis"
    std::optional<RegionCode> kecamatan; ///< where it stands
    std::vector<RegionCode> villages;    ///< the desa/kelurahan it serves, in code order
    int rowVersion = 0;
};

/// The rules of one puskesmas on its own. The rules that need the workspace (the kecamatan
/// and villages are held; a village is served by one puskesmas only) are checked by the
/// repository, the second with villagesServedElsewhere().
enum class PuskesmasProblem {
    EmptyCode,
    /// Only letters, digits, '.', '-', '_' and '/', at most 32 characters: the code is a key
    /// in import files and in the database ("pkm:CODE").
    CodeNotAllowed,
    /// A code that reads as a Kemendagri region code ("14.03.01") or as "nasional": an import
    /// file could not tell the puskesmas from the region.
    CodeLooksLikeArea,
    EmptyName,
    NoKecamatan,            ///< a puskesmas stands in a kecamatan
    KecamatanNotAKecamatan, ///< the code given as kecamatan is of another level
    VillageNotAVillage,     ///< a served area is not a desa/kelurahan code
    /// A served village lies in another kabupaten/kota than the puskesmas's kecamatan (any
    /// desa of the same district is allowed; see PuskesmasWarnings).
    VillageInOtherDistrict,
    DuplicateVillage, ///< the same village listed twice
};

/// The problems of a puskesmas, in a fixed order; empty when it is good. Code and name are
/// judged trimmed.
std::vector<PuskesmasProblem> validate(const Puskesmas &puskesmas);
/// Plain English for logs and tests.
std::string describe(PuskesmasProblem problem);

/// What is allowed but unusual, so the user is asked before saving.
struct PuskesmasWarnings
{
    /// Serves no desa yet: its figures cannot be summed from desa counts.
    bool noVillages = false;
    /// Served villages outside the puskesmas's own kecamatan. Allowed: after a kecamatan is
    /// split, a puskesmas often keeps serving desa that now belong to the new kecamatan.
    std::vector<RegionCode> outsideKecamatan;

    bool any() const { return noVillages || !outsideKecamatan.empty(); }
};
PuskesmasWarnings puskesmasWarnings(const Puskesmas &puskesmas);

/// A village is served by one puskesmas only (its working area), so that the puskesmas sums
/// never count a desa twice. Returns the villages of `candidate` that another puskesmas of
/// `all` (any but the one with the candidate's code) serves already, each with that
/// puskesmas's code, in the candidate's order.
std::vector<std::pair<RegionCode, std::string>> villagesServedElsewhere(
    const Puskesmas &candidate, const std::vector<Puskesmas> &all);

} // namespace konvergensi::core

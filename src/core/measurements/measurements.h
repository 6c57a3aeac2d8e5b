// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// Pengukuran Balita (issue 14): the rules that turn rows of an e-PPGBM per-child export into
// measured children. Cell values as the exports write them (dates as Excel serials or
// dd/mm/yyyy text, numbers with a decimal comma, NIKs censored or mangled by Excel), the
// identity of a child, the skip reasons in the order they are tested, the posyandu name
// form ("Posyandu Melati II" == "Melati 2") and the round ("2024-08"). The rules are those of
// tests/data/eppgbm/SPEC.md.

#include "core/anthro/zscores.h"

#include <boost/date_time/gregorian/gregorian_types.hpp>

#include <array>
#include <optional>
#include <string>
#include <string_view>

namespace konvergensi::core::measurements {

/// Why a row of the file does not become a measurement; tested in this order, the first that
/// applies is the reason.
enum class SkipReason {
    None,
    BirthDateMissing,
    BirthDateUnreadable,
    MeasureDateMissing,
    MeasureDateUnreadable,
    BirthAfterMeasure,
    Duplicate,
};
inline constexpr std::array<SkipReason, 6> kSkipReasons = {
    SkipReason::BirthDateMissing,   SkipReason::BirthDateUnreadable,
    SkipReason::MeasureDateMissing, SkipReason::MeasureDateUnreadable,
    SkipReason::BirthAfterMeasure,  SkipReason::Duplicate};

/// "birth_date_missing", ...: the word stored and printed in CSV columns; "" for None.
std::string_view skipReasonKey(SkipReason reason);
std::optional<SkipReason> skipReasonFromKey(std::string_view key);
/// Index 0..5 of a reason in kSkipReasons (None gives -1).
int skipReasonIndex(SkipReason reason);

enum class DateState { Ok, Missing, Unreadable };
struct DateCell
{
    DateState state = DateState::Missing;
    boost::gregorian::date date; ///< valid only when state is Ok
};

/// A date cell: empty -> Missing; an Excel serial (1900 date system, "45505" or "45505.0"),
/// "dd/mm/yyyy" or "yyyy-mm-dd" naming a real calendar day -> Ok; anything else Unreadable
/// ("31/02/2021" is not a day).
DateCell parseDateCell(std::string_view text);

/// A number cell: "12.5", "12,5" or " 12 "; empty or unreadable -> anthro::kMissing.
double parseNumberCell(std::string_view text);

/// The measuring position in words, any case: Terlentang or Telentang (lying: Length),
/// Berdiri (standing: Height); anything else Unknown.
anthro::Measure parsePosition(std::string_view text);
/// "L" -> Male, "P" -> Female (also the words laki-laki/perempuan); else Unknown.
anthro::Sex parseSex(std::string_view text);

/// Upper case (ASCII), trimmed, runs of spaces collapsed: how names are compared.
std::string normalizedName(std::string_view text);

/// The full 16-digit NIK a cell holds, as text ("1403016908205670") or as a number Excel
/// wrote ("1403016908205670", "1.40301690820567e+15"); nullopt for a censored
/// ("140309**********"), empty or display-rounded ("1,40302E+15") NIK.
std::optional<std::string> fullNik(std::string_view text);

/// The key duplicates are found by within a file: "NIK:<nik>" for a full NIK, otherwise
/// "NAMA:<normalized name>".
std::string duplicateIdentity(std::string_view nik, std::string_view name);

/// The key a child is recognised by across rounds: the full NIK, else name + birth date +
/// desa code.
std::string childKey(std::string_view nik, std::string_view name,
                     const boost::gregorian::date &birth, std::string_view villageCode);

/// "SITI AMINAH" -> "S.A."; "BY NY SUSANTI" -> "B.N.S.". What lists show instead of a name.
std::string initials(std::string_view name);

/// The comparison form of a posyandu name: upper case, without a leading "POSYANDU", Roman
/// numerals written as numbers: "Posyandu Melati II" and "Melati 2" both give "MELATI 2".
std::string posyanduKey(std::string_view name);
/// The form of a kecamatan, desa or puskesmas name for matching: upper case, collapsed
/// spaces; Roman numerals are kept ("Parit I Api-Api").
std::string regionNameKey(std::string_view name);

/// A weighing round, "2024-08".
struct Round
{
    int year = 0;
    int month = 0;

    static std::optional<Round> parse(std::string_view text);
    static Round of(const boost::gregorian::date &date);
    std::string toString() const;
    friend auto operator<=>(const Round &, const Round &) = default;
};

/// The three indicators the figures count, from one child's z-scores: the z-score rounded
/// as the package gives it (NaN when none) and the package's flag (1 implausible, 0 not, -1
/// none).
struct Judgement
{
    double zlen = anthro::kMissing;
    double zwei = anthro::kMissing;
    double zwfl = anthro::kMissing;
    int flen = -1;
    int fwei = -1;
    int fwfl = -1;

    static Judgement of(const anthro::ZScores &scores);
};

} // namespace konvergensi::core::measurements

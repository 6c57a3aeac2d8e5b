// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <cstddef>
#include <cstdint>
#include <optional>
#include <string>
#include <vector>

namespace konvergensi::core {

/// The workspace's identity, used in titles and on every printed report.
struct Letterhead
{
    std::string districtCode;   ///< "14.03"
    std::string districtName;   ///< "Kabupaten Bengkalis"
    std::string government;     ///< "Pemerintah Kabupaten Bengkalis"
    std::string agency;         ///< "Badan Perencanaan Pembangunan Daerah"
    std::string address;        ///< "Jalan Ahmad Yani No. 1, Bengkalis 28711"
    std::string contact;        ///< "Telp. (0766) 21001, pos-el bappeda@bengkaliskab.go.id"
    std::string city;           ///< place name printed by the signature: "Bengkalis"
    std::string signatoryTitle; ///< "Kepala Bappeda Kabupaten Bengkalis"
    std::string signatoryName;
    std::string signatoryNip;          ///< civil-servant number, 18 digits
    std::vector<std::uint8_t> logoPng; ///< the regional emblem as PNG bytes; empty when none

    friend bool operator==(const Letterhead &, const Letterhead &) = default;
};

} // namespace konvergensi::core

namespace konvergensi::core {

/// What is wrong with a letterhead as entered.
enum class LetterheadProblem {
    EmptyDistrictName, ///< the district's name is needed on every report
    NipMalformed,      ///< a NIP, when given, is 18 digits (spaces allowed between groups)
    LogoTooLarge,      ///< the logo is larger than kMaxLogoBytes
};

/// The largest logo kept in a workspace, in bytes.
inline constexpr std::size_t kMaxLogoBytes = 1024 * 1024;

/// Checks a letterhead; empty when good.
std::vector<LetterheadProblem> validate(const Letterhead &letterhead);

/// A NIP with its spaces removed when it is 18 digits, otherwise nullopt.
std::optional<std::string> normalizedNip(const std::string &nip);

} // namespace konvergensi::core

// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

namespace konvergensi::core {

/// A district agency (Organisasi Perangkat Daerah) or another body that sits in the TPPS:
/// Bappeda, Dinas Kesehatan, DPMD, the Kodim, the PKK, BKKBN's provincial office, ...
struct Opd
{
    std::int64_t id = 0;   ///< 0 until stored
    std::string name;      ///< "Dinas Kesehatan"
    std::string shortName; ///< "Dinkes"
    int rowVersion = 0;    ///< optimistic-lock counter kept by storage

    friend bool operator==(const Opd &, const Opd &) = default;
};

/// Someone in an OPD whom meetings and actions name.
struct Person
{
    std::int64_t id = 0;
    std::int64_t opdId = 0;
    std::string name;     ///< "dr. Ersan Saputra, M.H."
    std::string position; ///< "Kepala Dinas"
    std::string phone;    ///< as the person gives it: "0812-7654-3210"
    int rowVersion = 0;

    friend bool operator==(const Person &, const Person &) = default;
};

/// What is wrong with an OPD or a person as entered.
enum class DirectoryProblem { EmptyName, EmptyShortName, PhoneNotAPhone };

/// Checks an OPD's own fields; empty when it is good.
std::vector<DirectoryProblem> validate(const Opd &opd);
/// Checks a person's own fields; empty when it is good. A phone, when given, holds digits
/// and the usual separators (+, -, space, parentheses) and at least 6 digits.
std::vector<DirectoryProblem> validate(const Person &person);

} // namespace konvergensi::core

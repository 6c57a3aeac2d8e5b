// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// The numbers of audited cases within a round ("01", "02", ...). A number never repeats in a
// round: the next number follows the highest number ever given in the round (also when that
// case was removed since), and a number typed by hand must not be one another case of the
// round already has. Plain C++ (no Qt).

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace konvergensi::core {

/// The longest case number accepted (characters).
inline constexpr std::size_t kCaseNumberMaxLength = 12;

/// The value of a number made of at most 9 digits ("07" -> 7); nullopt for "", "A-3", "7b"
/// or a longer run of digits. (The schema's triggers use the same rule.)
std::optional<int> caseNumberValue(std::string_view number);

/// "01" ... "09", "10", "123": at least two digits, as the audit forms write them.
std::string formatCaseNumber(int value);

/// The number of the next new case of a round: one after the highest of `highestGiven` (the
/// highest number ever given in the round, kept by the workspace) and the digit numbers now
/// in use. Never a number a removed case had.
std::string nextCaseNumber(int highestGiven, const std::vector<std::string> &numbersInUse);

enum class CaseNumberProblem {
    Empty,   ///< no number
    TooLong, ///< longer than kCaseNumberMaxLength
    Taken,   ///< another case of the round has it ("03" and "3" are the same number)
};

/// Checks a case number against the numbers of the round's other cases (trimmed text).
std::optional<CaseNumberProblem> checkCaseNumber(std::string_view number,
                                                 const std::vector<std::string> &otherNumbers);

/// Case numbers in reading order: digit numbers by value ("2" before "10"), then any other
/// text in text order.
bool caseNumberLess(std::string_view a, std::string_view b);

} // namespace konvergensi::core

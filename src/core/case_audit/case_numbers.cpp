// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/case_audit/case_numbers.h"

#include "core/text.h"

#include <algorithm>

namespace konvergensi::core {

std::optional<int> caseNumberValue(std::string_view number)
{
    if (number.empty() || number.size() > 9)
        return std::nullopt;
    int value = 0;
    for (char c : number) {
        if (c < '0' || c > '9')
            return std::nullopt;
        value = value * 10 + (c - '0');
    }
    return value;
}

std::string formatCaseNumber(int value)
{
    value = std::max(value, 0);
    std::string text = std::to_string(value);
    return text.size() < 2 ? "0" + text : text;
}

std::string nextCaseNumber(int highestGiven, const std::vector<std::string> &numbersInUse)
{
    int highest = std::max(highestGiven, 0);
    for (const auto &number : numbersInUse)
        if (const auto value = caseNumberValue(trimmed(number)))
            highest = std::max(highest, *value);
    return formatCaseNumber(highest + 1);
}

std::optional<CaseNumberProblem> checkCaseNumber(std::string_view numberIn,
                                                 const std::vector<std::string> &otherNumbers)
{
    const std::string number = trimmed(numberIn);
    if (number.empty())
        return CaseNumberProblem::Empty;
    if (number.size() > kCaseNumberMaxLength)
        return CaseNumberProblem::TooLong;
    const auto value = caseNumberValue(number);
    for (const auto &otherIn : otherNumbers) {
        const std::string other = trimmed(otherIn);
        if (other == number)
            return CaseNumberProblem::Taken;
        if (value && caseNumberValue(other) == value)
            return CaseNumberProblem::Taken;
    }
    return std::nullopt;
}

bool caseNumberLess(std::string_view a, std::string_view b)
{
    const auto va = caseNumberValue(a);
    const auto vb = caseNumberValue(b);
    if (va && vb)
        return *va != *vb ? *va < *vb : a < b;
    if (va != vb)
        return va.has_value(); // digit numbers first
    return a < b;
}

} // namespace konvergensi::core

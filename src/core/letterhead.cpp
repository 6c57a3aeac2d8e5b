// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/letterhead.h"

#include "core/text.h"

namespace konvergensi::core {

std::optional<std::string> normalizedNip(const std::string &nip)
{
    std::string digits;
    for (char c : nip) {
        if (c >= '0' && c <= '9')
            digits.push_back(c);
        else if (c != ' ')
            return std::nullopt;
    }
    if (digits.size() != 18)
        return std::nullopt;
    return digits;
}

std::vector<LetterheadProblem> validate(const Letterhead &letterhead)
{
    std::vector<LetterheadProblem> problems;
    if (trimmed(letterhead.districtName).empty())
        problems.push_back(LetterheadProblem::EmptyDistrictName);
    if (!trimmed(letterhead.signatoryNip).empty() && !normalizedNip(letterhead.signatoryNip))
        problems.push_back(LetterheadProblem::NipMalformed);
    if (letterhead.logoPng.size() > kMaxLogoBytes)
        problems.push_back(LetterheadProblem::LogoTooLarge);
    return problems;
}

} // namespace konvergensi::core

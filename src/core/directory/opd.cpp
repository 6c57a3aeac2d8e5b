// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/directory/opd.h"

#include "core/text.h"

namespace konvergensi::core {

std::vector<DirectoryProblem> validate(const Opd &opd)
{
    std::vector<DirectoryProblem> problems;
    if (trimmed(opd.name).empty())
        problems.push_back(DirectoryProblem::EmptyName);
    if (trimmed(opd.shortName).empty())
        problems.push_back(DirectoryProblem::EmptyShortName);
    return problems;
}

std::vector<DirectoryProblem> validate(const Person &person)
{
    std::vector<DirectoryProblem> problems;
    if (trimmed(person.name).empty())
        problems.push_back(DirectoryProblem::EmptyName);
    const std::string phone = trimmed(person.phone);
    if (!phone.empty()) {
        int digits = 0;
        bool allowed = true;
        for (char c : phone) {
            if (c >= '0' && c <= '9')
                ++digits;
            else if (c != '+' && c != '-' && c != ' ' && c != '(' && c != ')' && c != '.')
                allowed = false;
        }
        if (!allowed || digits < 6)
            problems.push_back(DirectoryProblem::PhoneNotAPhone);
    }
    return problems;
}

} // namespace konvergensi::core

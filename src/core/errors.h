// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <stdexcept>
#include <string>

namespace konvergensi::core {

/// A rule of the domain was broken by input (a malformed code, an impossible date, ...).
/// The message is plain English meant for logs and the CLI; the GUI shows its own
/// translated text for the cases it knows and falls back to this message otherwise.
class DomainError : public std::runtime_error
{
public:
    using std::runtime_error::runtime_error;
};

} // namespace konvergensi::core

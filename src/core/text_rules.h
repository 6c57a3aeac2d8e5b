// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <cstddef>
#include <optional>
#include <string_view>

namespace konvergensi::core {

/// The kinds of free text the program keeps, each with its own limit (in characters).
enum class TextKind {
    Name,  ///< a person, village, OPD, indicator: one line, 200 characters
    Title, ///< a meeting title, a reason: one line, 500 characters
    Note,  ///< notes, findings, minutes: line breaks allowed, 20,000 characters
};

std::size_t maxTextLength(TextKind kind);

enum class TextProblem {
    TooLong,
    ControlCharacter, ///< a line break in a name, or any other control character
    HiddenCharacter,  ///< a right-to-left override, bidi isolate or zero-width character
};

/// Checks UTF-8 text against the rule of its kind. Names and titles take no control
/// characters at all and no bidi controls or zero-width characters (they spoof printed
/// names); notes take line breaks and tabs but no other control or bidi override characters.
/// Invalid UTF-8 counts as a control character.
std::optional<TextProblem> checkText(std::string_view utf8, TextKind kind);
/// The same with the module's own limit in characters (a meeting's minutes, a follow-up's
/// action: core validation keeps those), so storage checks the characters against the same
/// rule without a second, different length.
std::optional<TextProblem> checkText(std::string_view utf8, TextKind kind,
                                     std::size_t maxCharacters);

} // namespace konvergensi::core

// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/text_rules.h"

namespace konvergensi::core {

std::size_t maxTextLength(TextKind kind)
{
    switch (kind) {
    case TextKind::Name:
        return 200;
    case TextKind::Title:
        return 500;
    case TextKind::Note:
        return 20000;
    }
    return 200;
}

namespace {

bool isBidiControl(char32_t c)
{
    return c == 0x061C || c == 0x200E || c == 0x200F || (c >= 0x202A && c <= 0x202E)
           || (c >= 0x2066 && c <= 0x2069);
}

bool isZeroWidth(char32_t c)
{
    return (c >= 0x200B && c <= 0x200D) || c == 0x2060 || c == 0xFEFF || c == 0x00AD;
}

} // namespace

std::optional<TextProblem> checkText(std::string_view utf8, TextKind kind)
{
    return checkText(utf8, kind, maxTextLength(kind));
}

std::optional<TextProblem> checkText(std::string_view utf8, TextKind kind,
                                     std::size_t maxCharacters)
{
    std::size_t characters = 0;
    std::optional<TextProblem> found;
    for (std::size_t i = 0; i < utf8.size();) {
        const auto byte = static_cast<unsigned char>(utf8[i]);
        char32_t c = 0;
        int length = 1;
        if (byte < 0x80) {
            c = byte;
        } else if ((byte & 0xE0) == 0xC0) {
            c = byte & 0x1F;
            length = 2;
        } else if ((byte & 0xF0) == 0xE0) {
            c = byte & 0x0F;
            length = 3;
        } else if ((byte & 0xF8) == 0xF0) {
            c = byte & 0x07;
            length = 4;
        } else {
            return TextProblem::ControlCharacter;
        }
        if (i + static_cast<std::size_t>(length) > utf8.size())
            return TextProblem::ControlCharacter;
        for (int k = 1; k < length; ++k) {
            const auto next = static_cast<unsigned char>(utf8[i + static_cast<std::size_t>(k)]);
            if ((next & 0xC0) != 0x80)
                return TextProblem::ControlCharacter;
            c = (c << 6) | (next & 0x3F);
        }
        i += static_cast<std::size_t>(length);
        ++characters;
        const bool control = c < 0x20 || (c >= 0x7F && c < 0xA0) || c == 0x2028 || c == 0x2029;
        const bool allowedInNote = c == u'\n' || c == u'\r' || c == u'\t';
        if (control && !(kind == TextKind::Note && allowedInNote))
            found = found.value_or(TextProblem::ControlCharacter);
        else if (isBidiControl(c) || (kind != TextKind::Note && isZeroWidth(c)))
            found = found.value_or(TextProblem::HiddenCharacter);
    }
    if (characters > maxCharacters)
        return TextProblem::TooLong;
    return found;
}

} // namespace konvergensi::core

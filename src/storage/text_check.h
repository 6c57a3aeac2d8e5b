// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/text_rules.h"

#include <QString>

#include <string>

namespace konvergensi::storage {

/// The problem of a text as a translated sentence ("The name is longer than 200 characters.").
QString textProblemText(core::TextProblem problem, core::TextKind kind, const QString &field,
                        std::size_t maxCharacters = 0);
/// The problem of `value` (core::checkText) as a sentence; empty when the text is good.
QString textError(const std::string &value, core::TextKind kind, const QString &field);
/// Throws StorageError (Kind::Invalid) when `value` breaks the rule of its kind: every
/// repository that writes names, titles and notes calls it, so the GUI, the CLI and the
/// importers obey the same limits.
void requireText(const std::string &value, core::TextKind kind, const QString &field);
/// Only the characters of the kind's rule (no length): for modules whose core validation
/// holds its own length per field (meetings, follow-ups), so both layers agree on the limit.
/// The rule of the kind with the module's own length (core's limit for that field).
void requireText(const std::string &value, core::TextKind kind, const QString &field,
                 std::size_t maxCharacters);
void requireCharacters(const std::string &value, core::TextKind kind, const QString &field);

} // namespace konvergensi::storage

// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/text_rules.h"

#include <QString>

#include <string>

namespace konvergensi::storage {

/// The problem of a text as a translated sentence ("The name is longer than 200 characters.").
QString textProblemText(core::TextProblem problem, core::TextKind kind, const QString &field);
/// The problem of `value` (core::checkText) as a sentence; empty when the text is good.
QString textError(const std::string &value, core::TextKind kind, const QString &field);
/// Throws StorageError (Kind::Invalid) when `value` breaks the rule of its kind: every
/// repository that writes names, titles and notes calls it, so the GUI, the CLI and the
/// importers obey the same limits.
void requireText(const std::string &value, core::TextKind kind, const QString &field);

} // namespace konvergensi::storage

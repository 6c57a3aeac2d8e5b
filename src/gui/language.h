// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/format.h"

#include <QString>

namespace konvergensi::gui {

/// The interface language: which one to use and installing its translators.
class LanguageSetup
{
public:
    /// Resolves a preference ("auto", "id", "en") to a language code. "auto" gives "id" on an
    /// Indonesian system locale or when the workspace being opened is the demo, else "en".
    static QString resolve(const QString &preference, const QString &systemLocaleName,
                           bool demoWorkspace);

    /// Installs the translators for the code ("id"; "en" needs none) on the application and
    /// sets the default QLocale. Returns false when a translation could not be loaded.
    static bool install(const QString &code);

    /// The language now in use, for core formatting.
    static core::Language current();
    static QString currentCode();
};

} // namespace konvergensi::gui

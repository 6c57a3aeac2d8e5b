// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/format.h"

#include <QString>

namespace konvergensi::gui {

/// The interface language: which one to use and installing its translators.
class LanguageSetup
{
public:
    /// The language code to use: the command line's choice (`--lang id|en`) for this run when
    /// given, else the stored preference ("auto", "id", "en"). Indonesian unless English was
    /// chosen: "auto" is Indonesian whatever the system locale.
    static QString resolve(const QString &preference, const QString &commandLine = {});

    /// Installs the translators for the code ("id"; "en" needs none) on the application and
    /// sets the default QLocale. Returns false when a translation could not be loaded.
    static bool install(const QString &code);

    /// The language now in use, for core formatting.
    static core::Language current();
    static QString currentCode();
};

} // namespace konvergensi::gui

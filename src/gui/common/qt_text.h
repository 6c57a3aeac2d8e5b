// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

#include <string>
#include <string_view>

namespace konvergensi::gui {

/// UTF-8 std::string (core) to QString and back.
inline QString qs(std::string_view text)
{
    return QString::fromUtf8(text.data(), static_cast<qsizetype>(text.size()));
}

inline std::string ss(const QString &text)
{
    return text.toStdString();
}

} // namespace konvergensi::gui

// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

#include <string>
#include <string_view>

// core speaks UTF-8 std::string; Qt speaks QString. These two are the only conversions the
// project uses, in every layer above core.
namespace konvergensi {

/// UTF-8 text (core) to QString.
inline QString qs(std::string_view text)
{
    return QString::fromUtf8(text.data(), static_cast<qsizetype>(text.size()));
}

/// QString to UTF-8 text (core).
inline std::string ss(const QString &text)
{
    return text.toStdString();
}

} // namespace konvergensi

// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QColor>
#include <QString>

#include <array>

// The one set of colours of the interface and its charts. Use these names, never a literal.
namespace konvergensi::gui::colours {

inline const QColor brand{0x0b, 0x6e, 0x4f};       ///< sidebar, headings
inline const QColor brandAccent{0xf6, 0xc3, 0x43}; ///< the chosen sidebar entry
inline const QColor error{0xb0, 0x00, 0x20};       ///< messages about wrong input
inline const QColor danger{0xc6, 0x28, 0x28};      ///< overdue, late, above a threshold
inline const QColor warning{0xe6, 0x51, 0x00};     ///< due soon, needs attention
inline const QColor success{0x2e, 0x7d, 0x32};     ///< done, target met
inline const QColor muted{0x6b, 0x6b, 0x6b};       ///< secondary text
inline const QColor dangerLight{0xf8, 0xc8, 0xc6}; ///< a danger background

/// Chart series, distinct for people with common colour-vision deficiencies (Okabe-Ito),
/// in the order series get them.
inline const std::array<QColor, 8> series{QColor(0x00, 0x72, 0xb2), QColor(0xe6, 0x9f, 0x00),
                                          QColor(0x00, 0x9e, 0x73), QColor(0xcc, 0x79, 0xa7),
                                          QColor(0xd5, 0x5e, 0x00), QColor(0x56, 0xb4, 0xe9),
                                          QColor(0x1d, 0x1d, 0x1d), QColor(0xf0, 0xe4, 0x42)};

/// WHO public-health severity bands of a prevalence, very low to very high (green to red):
/// strong for charts and legends, light for table cells.
inline const std::array<QColor, 5> severity{QColor(0x2e, 0x7d, 0x32), QColor(0x8b, 0xb7, 0x3c),
                                            QColor(0xf2, 0xc0, 0x1e), QColor(0xef, 0x81, 0x1c),
                                            QColor(0xc6, 0x28, 0x28)};
inline const std::array<QColor, 5> severityLight{QColor(0xd7, 0xef, 0xd8), QColor(0xe9, 0xf5, 0xd0),
                                                 QColor(0xff, 0xf3, 0xbf), QColor(0xff, 0xdd, 0xb8),
                                                 QColor(0xf8, 0xc8, 0xc6)};

inline QColor seriesColour(int index)
{
    return series[static_cast<std::size_t>(index) % series.size()];
}

/// "color: #b00020;" for a QLabel that shows a message in that colour.
inline QString textStyle(const QColor &colour, bool bold = false)
{
    return QStringLiteral("color: %1;%2")
        .arg(colour.name(), bold ? QStringLiteral(" font-weight: bold;") : QString());
}

} // namespace konvergensi::gui::colours

// SPDX-License-Identifier: GPL-3.0-or-later
#include "io/number_text.h"

#include <QRegularExpression>

#include <cmath>

namespace konvergensi::io {

std::optional<std::int64_t> parseCount(const QString &text, bool &ok)
{
    ok = true;
    QString t = text.trimmed();
    if (t.startsWith(QLatin1String("rp"), Qt::CaseInsensitive))
        t = t.mid(2).trimmed();
    if (t.endsWith(QLatin1String(",00")) || t.endsWith(QLatin1String(".00")))
        t.chop(3);
    if (t.isEmpty())
        return std::nullopt;
    const bool negative = t.startsWith(u'-');
    if (negative)
        t = t.mid(1).trimmed();
    static const QRegularExpression grouped(QStringLiteral("^\\d{1,3}([., \\x{00A0}]\\d{3})+$"));
    if (grouped.match(t).hasMatch())
        t.remove(u'.').remove(u',').remove(u' ').remove(QChar(0x00A0));
    static const QRegularExpression digits(QStringLiteral("^\\d{1,15}$"));
    if (!digits.match(t).hasMatch()) {
        ok = false;
        return std::nullopt;
    }
    const std::int64_t value = t.toLongLong();
    return negative ? -value : value;
}

std::optional<double> parseDecimal(const QString &text, bool &ok)
{
    ok = true;
    QString t = text.trimmed();
    if (t.endsWith(u'%'))
        t.chop(1);
    t = t.trimmed();
    if (t.isEmpty())
        return std::nullopt;
    // A grouping separator must group thousands: "1.234.567", "1,234.5"; "8..4" and
    // "12.34,5" are not numbers.
    const auto groupedBy = [](const QString &whole, QChar separator) {
        const QRegularExpression pattern(
            QStringLiteral("^-?\\d{1,3}(\\%1\\d{3})+$").arg(separator));
        return pattern.match(whole).hasMatch();
    };
    const int lastComma = static_cast<int>(t.lastIndexOf(u','));
    const int lastPoint = static_cast<int>(t.lastIndexOf(u'.'));
    if (lastComma >= 0 && lastPoint >= 0) {
        const bool commaDecimal = lastComma > lastPoint; // 1.234,5 (else 1,234.5)
        const QChar group = commaDecimal ? u'.' : u',';
        const int decimalAt = commaDecimal ? lastComma : lastPoint;
        if (!groupedBy(t.left(decimalAt), group)) {
            ok = false;
            return std::nullopt;
        }
        t.remove(group);
        t.replace(u',', u'.');
    } else if (lastComma >= 0 && t.count(u',') > 1) {
        if (!groupedBy(t, u',')) {
            ok = false;
            return std::nullopt;
        }
        t.remove(u',');
    } else if (lastComma >= 0) {
        t.replace(u',', u'.');
    } else if (t.count(u'.') > 1) {
        if (!groupedBy(t, u'.')) {
            ok = false;
            return std::nullopt;
        }
        t.remove(u'.');
    }
    static const QRegularExpression number(QStringLiteral("^-?\\d+(\\.\\d+)?$"));
    if (!number.match(t).hasMatch()) {
        ok = false;
        return std::nullopt;
    }
    const double value = t.toDouble(&ok);
    if (!ok || !std::isfinite(value)) {
        ok = false;
        return std::nullopt;
    }
    return value;
}

} // namespace konvergensi::io

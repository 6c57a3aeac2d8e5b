// SPDX-License-Identifier: GPL-3.0-or-later
#include "reports/report_letterhead.h"

#include <QFontMetricsF>
#include <QPaintDevice>
#include <QPainter>
#include <QStringList>

#include <algorithm>

namespace konvergensi::reports::detail {

namespace {

const QString kFamily = QStringLiteral("DejaVu Sans");

/// One line of the letterhead: its text and the range of type sizes it may take.
struct LineSpec
{
    enum class Role { Government, Agency, Other };
    Role role = Role::Other;
    QString text;
    bool bold = false;
    qreal largest = 0; ///< points
    qreal smallest = 0;
};

QFont fontOf(const LineSpec &spec, qreal points)
{
    QFont font(kFamily);
    font.setPointSizeF(points);
    font.setBold(spec.bold);
    return font;
}

qreal advance(const QString &text, const QFont &font, QPaintDevice *device)
{
    return QFontMetricsF(font, device).horizontalAdvance(text);
}

/// The text in two lines whose longer one is as short as possible.
QStringList balancedSplit(const QString &text, const QFont &font, QPaintDevice *device)
{
    const QStringList words = text.split(QLatin1Char(' '), Qt::SkipEmptyParts);
    QStringList best{text};
    qreal bestWidth = advance(text, font, device);
    for (int split = 1; split < words.size(); ++split) {
        const QString first = words.mid(0, split).join(QLatin1Char(' '));
        const QString second = words.mid(split).join(QLatin1Char(' '));
        const qreal width = std::max(advance(first, font, device), advance(second, font, device));
        if (best.size() == 1 || width < bestWidth) {
            best = {first, second};
            bestWidth = width;
        }
    }
    return best;
}

/// Greedy wrap into lines no wider than `width` (a word wider than that stands alone).
QStringList wrap(const QString &text, const QFont &font, QPaintDevice *device, qreal width)
{
    QStringList lines;
    QString current;
    for (const QString &word : text.split(QLatin1Char(' '), Qt::SkipEmptyParts)) {
        const QString candidate = current.isEmpty() ? word : current + QLatin1Char(' ') + word;
        if (!current.isEmpty() && advance(candidate, font, device) > width) {
            lines << current;
            current = word;
        } else {
            current = candidate;
        }
    }
    if (!current.isEmpty())
        lines << current;
    return lines;
}

} // namespace

KopSurat::KopSurat(const core::Letterhead &letterhead, QPaintDevice *device, qreal width)
    : m_device(device)
    , m_width(width)
{
    std::vector<LineSpec> specs;
    using Role = LineSpec::Role;
    auto add = [&specs](Role role, const std::string &text, bool upper, bool bold, qreal largest,
                        qreal smallest) {
        QString line = QString::fromStdString(text).simplified();
        if (line.isEmpty())
            return;
        specs.push_back({role, upper ? line.toUpper() : line, bold, largest, smallest});
    };
    add(Role::Government, letterhead.government, true, true, 13, 10);
    add(Role::Agency, letterhead.agency, true, true, 15, 10.5);
    add(Role::Other, letterhead.address, false, false, 9.5, 7.5);
    add(Role::Other, letterhead.contact, false, false, 9, 7.5);
    if (!letterhead.logoPng.empty())
        m_logo.loadFromData(letterhead.logoPng.data(), static_cast<int>(letterhead.logoPng.size()));
    if (specs.empty() && m_logo.isNull())
        return;

    // The emblem: 24 mm high (at most 30 mm wide), at the left margin.
    qreal logoWidth = 0;
    qreal logoHeight = 0;
    if (!m_logo.isNull() && m_logo.height() > 0) {
        logoHeight = mm(24);
        logoWidth = logoHeight * m_logo.width() / m_logo.height();
        if (logoWidth > mm(30)) {
            logoHeight *= mm(30) / logoWidth;
            logoWidth = mm(30);
        }
    }
    const qreal gap = logoWidth > 0 ? mm(4) : 0;
    // Centred on the page, clear of the emblem on both sides; or, for a long name, in the
    // room to the right of the emblem.
    const QRectF centred(logoWidth + gap, 0, m_width - 2 * (logoWidth + gap), 0);
    const QRectF beside(logoWidth + gap, 0, m_width - logoWidth - gap, 0);

    // Every line on the same axis: centred on the page when each fits there at some size,
    // else centred in the room beside the emblem.
    const bool allCentred = std::all_of(specs.begin(), specs.end(), [&](const LineSpec &spec) {
        return advance(spec.text, fontOf(spec, spec.smallest), device) <= centred.width();
    });
    const QRectF region = allCentred ? centred : beside;
    std::vector<std::pair<QStringList, QFont>> placed;
    for (const LineSpec &spec : specs) {
        QStringList texts{spec.text};
        QFont font = fontOf(spec, spec.smallest);
        bool fits = false;
        for (qreal points = spec.largest; points >= spec.smallest - 0.01 && !fits; points -= 0.5) {
            font = fontOf(spec, points);
            fits = advance(spec.text, font, device) <= region.width();
        }
        // Too long for one line at any size: two even lines, as large as they fit.
        for (qreal points = spec.largest; points >= spec.smallest - 0.01 && !fits; points -= 0.5) {
            font = fontOf(spec, points);
            texts = balancedSplit(spec.text, font, device);
            fits = std::all_of(texts.begin(), texts.end(), [&](const QString &text) {
                return advance(text, font, device) <= region.width();
            });
        }
        if (!fits)
            texts = wrap(spec.text, font, device, region.width());
        placed.emplace_back(texts, font);
    }
    // The government's name is not set larger than the agency's.
    if (specs.size() >= 2 && specs[0].role == Role::Government && specs[1].role == Role::Agency
        && placed[0].second.pointSizeF() > placed[1].second.pointSizeF()) {
        QFont smaller = placed[0].second;
        smaller.setPointSizeF(placed[1].second.pointSizeF());
        placed[0].second = smaller;
    }
    qreal y = 0;
    for (const auto &[texts, font] : placed) {
        const qreal lineHeight = QFontMetricsF(font, device).height() * 1.08;
        for (const QString &text : texts) {
            m_lines.push_back({text, font, QRectF(region.left(), y, region.width(), lineHeight)});
            y += lineHeight;
        }
    }

    // The emblem and the text are centred on each other vertically.
    const qreal block = std::max(y, logoHeight);
    const qreal textTop = (block - y) / 2;
    for (Line &line : m_lines)
        line.box.translate(0, textTop);
    if (logoWidth > 0)
        m_logoBox = QRectF(0, (block - logoHeight) / 2, logoWidth, logoHeight);
    m_ruleY = block + mm(2);
    // Thick rule 0.7 mm, 0.5 mm apart, thin rule 0.25 mm; then room before the title.
    m_height = m_ruleY + mm(0.7 + 0.5 + 0.25) + mm(7);
}

qreal KopSurat::mm(qreal millimetres) const
{
    return millimetres * m_device->logicalDpiY() / 25.4;
}

void KopSurat::paint(QPainter &painter) const
{
    if (m_height <= 0)
        return;
    painter.save();
    painter.setRenderHint(QPainter::SmoothPixmapTransform);
    if (!m_logo.isNull() && !m_logoBox.isEmpty())
        painter.drawImage(m_logoBox, m_logo);
    painter.setPen(Qt::black);
    for (const Line &line : m_lines) {
        painter.setFont(line.font);
        painter.drawText(line.box, Qt::AlignHCenter | Qt::AlignTop, line.text);
    }
    painter.fillRect(QRectF(0, m_ruleY, m_width, mm(0.7)), Qt::black);
    painter.fillRect(QRectF(0, m_ruleY + mm(0.7 + 0.5), m_width, mm(0.25)), Qt::black);
    painter.restore();
}

} // namespace konvergensi::reports::detail

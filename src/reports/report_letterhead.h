// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// Internal to the report layer: the letterhead (kop surat) painted at the top of a
// document's first page. Only QtGui types; safe on a worker thread.

#include "core/letterhead.h"

#include <QFont>
#include <QImage>
#include <QRectF>
#include <QString>

#include <vector>

class QPainter;
class QPaintDevice;

namespace konvergensi::reports::detail {

/// The kop surat as Indonesian government letterheads are laid out (Permendagri on official
/// documents): the regional emblem at the left, the names of the government and of the
/// agency in capitals centred on the page, each on one line (the type shrinks to fit; a name
/// too long for the smallest size is wrapped into two even lines), the address and contact
/// lines below, and a double rule across the page, thick over thin. Without a logo the text
/// is centred over the whole width.
class KopSurat
{
public:
    /// Lays the letterhead out `width` device units wide on `device`.
    KopSurat(const core::Letterhead &letterhead, QPaintDevice *device, qreal width);

    /// From the top of the page to where the document's title may start (the rule and the
    /// space under it included); 0 when the letterhead is empty.
    qreal height() const { return m_height; }
    void paint(QPainter &painter) const;

    struct Line
    {
        QString text;
        QFont font;
        QRectF box; ///< where the line is drawn, centred in it
    };
    const std::vector<Line> &lines() const { return m_lines; }

private:
    qreal mm(qreal millimetres) const;

    QPaintDevice *m_device;
    qreal m_width;
    QImage m_logo;
    QRectF m_logoBox;
    std::vector<Line> m_lines;
    qreal m_ruleY = -1; ///< top of the thick rule
    qreal m_height = 0;
};

} // namespace konvergensi::reports::detail

// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// Internal to the report layer: what ReportDocument does to a QTextDocument between
// setHtml() and pagination. Only QtGui types; safe on a worker thread.

#include "reports/report_document.h"

#include <QObject>
#include <QTextObjectInterface>

#include <map>

class QTextDocument;
class QPaintDevice;

namespace konvergensi::reports::detail {

/// Names the body HTML uses for things the layout layer replaces: a picture added with
/// ReportDocument::addPicture ("konvergensi-picture:KEY") and an invisible strut that makes
/// a table row at least so many millimetres high ("konvergensi-strut:MM").
inline const QString kPicturePrefix = QStringLiteral("konvergensi-picture:");
inline const QString kStrutPrefix = QStringLiteral("konvergensi-strut:");
/// An anchor in the signature block's cell, so that pagination can find it.
inline const QString kSignatureAnchor = QStringLiteral("konvergensi-signature");

/// How many device units one CSS pixel of the HTML takes on the document's paint device (the
/// text layout scales margins, paddings and borders by the device's resolution).
qreal cssPixel(QPaintDevice *device);

/// Draws pictures and struts: a QTextObjectInterface for the custom object type the layout
/// layer gives them. Lives as long as the QTextDocument it is registered with.
class ObjectHandler : public QObject, public QTextObjectInterface
{
    Q_OBJECT
    Q_INTERFACES(QTextObjectInterface)

public:
    explicit ObjectHandler(const std::map<QString, ReportPicture> &pictures,
                           QObject *parent = nullptr);

    QSizeF intrinsicSize(QTextDocument *document, int position, const QTextFormat &format) override;
    void drawObject(QPainter *painter, const QRectF &rect, QTextDocument *document, int position,
                    const QTextFormat &format) override;

    /// Registers a handler with the document's layout and turns every <img> named with
    /// kPicturePrefix or kStrutPrefix into an object it draws, sized in millimetres on the
    /// document's paint device.
    static void install(QTextDocument &document, const std::map<QString, ReportPicture> &pictures);

private:
    const std::map<QString, ReportPicture> &m_pictures;
};

/// Widens table columns whose header words (or short words of their cells) would otherwise
/// be broken inside a word, taking the room from columns that have more than they need.
void fitColumnsToWords(QTextDocument &document);

} // namespace konvergensi::reports::detail

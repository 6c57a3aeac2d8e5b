// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// A PDF read back with poppler: the text of each page as `pdftotext -layout` prints it, every
// word with its box (`pdftotext -bbox`), the fonts it uses (`pdffonts`), and page images
// (`pdftoppm -gray`).

#include <QImage>
#include <QRectF>
#include <QString>
#include <QStringList>

#include <vector>

namespace konvergensi::test {

struct PdfWord
{
    QString text;
    QRectF box; ///< points, from the top left corner of the page
};

struct PdfPage
{
    QSizeF size;       ///< points
    QStringList lines; ///< the -layout text, trailing spaces removed (empty lines kept)
    std::vector<PdfWord> words;
    /// The lowest point drawn above the page footer, pictures and rules included (points from
    /// the top; 0 when the page was not rendered to measure it).
    qreal inkBottom = 0;
};

struct PdfFont
{
    QString name; ///< as pdffonts prints it ("AAAAAA+DejaVuSans")
    QString type; ///< "CID TrueType", "Type 3", ...
    bool embedded = false;
};

struct PdfText
{
    std::vector<PdfPage> pages;
    std::vector<PdfFont> fonts;
    QString error; ///< empty when pdftotext (twice) and pdffonts worked
};

/// Runs pdftotext -layout, pdftotext -bbox and pdffonts on the file.
PdfText readPdfText(const QString &path);

/// Page images at `dpi` in grey (pdftoppm -gray), of pages firstPage..lastPage (0: all);
/// when `crop` is valid, only that part of each page (in millimetres from the top left
/// corner; rendering a part is much faster). Empty on failure.
std::vector<QImage> readPdfImages(const QString &path, int dpi, int firstPage = 0, int lastPage = 0,
                                  const QRectF &cropMm = {});

/// A picture drawn on a page: where (`pdftohtml -xml`) and the picture as the PDF holds it.
struct PdfPicture
{
    int page = 0; ///< 1-based
    QRectF box;   ///< points, from the top left corner of the page
    QImage image; ///< the embedded image, full resolution
};

/// Every picture of the PDF (pdftohtml -xml). Empty on failure, with `error` set.
std::vector<PdfPicture> readPdfPictures(const QString &path, QString *error = nullptr);

/// Part of one page (`cropPoints`, points from the top left corner) rendered in colour at
/// `dpi`, as a PDF viewer at that zoom shows it (pdftoppm). Null on failure.
QImage readPdfColourImage(const QString &path, int dpi, int page, const QRectF &cropPoints);

/// Millimetres in points.
constexpr double mmToPoints(double mm)
{
    return mm / 25.4 * 72.0;
}

} // namespace konvergensi::test

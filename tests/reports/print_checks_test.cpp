// SPDX-License-Identifier: GPL-3.0-or-later
// The corpus checks can fail: each is fed a made-up page that breaks its rule (and one that
// keeps it), so that a passing corpus test means the rule holds, not that the check is blind.
#include "print_checks.h"

#include <QPainter>

#include <gtest/gtest.h>

using namespace konvergensi;
using namespace konvergensi::test;

namespace {

constexpr qreal kWidth = 595.3;
constexpr qreal kHeight = 841.9;

/// A page with the given lines, 12 pt apart from y = 100, words 40 pt apart from the left
/// margin, and the footer "Halaman i dari n".
PdfPage page(const QStringList &lines, int number = 1, int of = 2, qreal lineHeight = 12)
{
    PdfPage p;
    p.size = QSizeF(kWidth, kHeight);
    qreal y = 100;
    for (const QString &line : lines) {
        p.lines << line;
        qreal x = mmToPoints(26);
        for (const QString &word : line.split(QLatin1Char(' '), Qt::SkipEmptyParts)) {
            p.words.push_back({word, QRectF(x, y, 6.0 * word.size(), 10)});
            x += 6.0 * word.size() + 4;
        }
        y += lineHeight;
    }
    const QString footer = QStringLiteral("Halaman %1 dari %2").arg(number).arg(of);
    p.lines << footer;
    qreal x = 430;
    for (const QString &word : footer.split(QLatin1Char(' '))) {
        p.words.push_back({word, QRectF(x, 790, 20, 8)});
        x += 24;
    }
    return p;
}

/// Lines enough to fill a page to three quarters, then the given ones.
QStringList filled(const QStringList &tail)
{
    QStringList lines;
    for (int i = 0; i < 45; ++i)
        lines << QStringLiteral("Baris isi nomor %1").arg(i);
    return lines + tail;
}

DocumentShape shape()
{
    DocumentShape s;
    s.title = QStringLiteral("NOTULEN RAPAT");
    s.headings = {QStringLiteral("NOTULEN RAPAT"), QStringLiteral("Kesepakatan 1")};
    s.tables.push_back(
        {{QStringLiteral("No."), QStringLiteral("Tindak lanjut"), QStringLiteral("OPD pengampu")},
         QStringLiteral("Kesepakatan 1"),
         3});
    s.signature = {QStringLiteral("Bengkalis, 29 Juni 2021"), QStringLiteral("Kepala Bappeda"),
                   QStringLiteral("Rahmat Hidayat")};
    s.signatureName = QStringLiteral("Rahmat Hidayat");
    s.letterhead = {QStringLiteral("PEMERINTAH KABUPATEN BENGKALIS"),
                    QStringLiteral("BADAN PERENCANAAN PEMBANGUNAN DAERAH")};
    for (const QString &word :
         QStringLiteral("No. Tindak lanjut OPD pengampu Baris isi nomor Kesepakatan 1 NOTULEN "
                        "RAPAT Menyusun analisis")
             .split(QLatin1Char(' ')))
        s.words.insert(word);
    return s;
}

PdfText pdf(std::vector<PdfPage> pages)
{
    PdfText text;
    text.pages = std::move(pages);
    return text;
}

} // namespace

TEST(PrintChecksTest, APageEndingWithAHeadingOrATableHeaderIsFound)
{
    const auto s = shape();
    EXPECT_FALSE(checkNoHeadingAtFoot(s, pdf({page(filled({QStringLiteral("Kesepakatan 1")})),
                                              page({QStringLiteral("x y")}, 2)}))
                     .isEmpty());
    EXPECT_FALSE(checkNoHeadingAtFoot(
                     s, pdf({page(filled({QStringLiteral("No. Tindak lanjut OPD pengampu")})),
                             page({QStringLiteral("x y")}, 2)}))
                     .isEmpty());
    EXPECT_TRUE(checkNoHeadingAtFoot(s, pdf({page(filled({QStringLiteral("Kesepakatan 1"),
                                                          QStringLiteral("Baris isi nomor 7")})),
                                             page({QStringLiteral("x y")}, 2)}))
                    .isEmpty());
}

TEST(PrintChecksTest, AHeadingWithoutItsTableRowsIsFound)
{
    const auto s = shape();
    const QStringList withRows{QStringLiteral("Kesepakatan 1"),
                               QStringLiteral("No. Tindak lanjut OPD pengampu"),
                               QStringLiteral("1 Menyusun analisis")};
    EXPECT_TRUE(checkHeadingsWithTables(s, pdf({page(withRows)})).isEmpty());
    const QStringList headerOnly{QStringLiteral("Kesepakatan 1"),
                                 QStringLiteral("No. Tindak lanjut OPD pengampu")};
    EXPECT_FALSE(checkHeadingsWithTables(s, pdf({page(headerOnly)})).isEmpty());
    const QStringList noTable{QStringLiteral("Kesepakatan 1"), QStringLiteral("Baris isi")};
    EXPECT_FALSE(checkHeadingsWithTables(s, pdf({page(noTable)})).isEmpty());
}

TEST(PrintChecksTest, ASignatureAloneOrSplitIsFound)
{
    const auto s = shape();
    const QStringList signature{QStringLiteral("Bengkalis, 29 Juni 2021"),
                                QStringLiteral("Kepala Bappeda"), QStringLiteral("Rahmat Hidayat")};
    EXPECT_FALSE(checkSignatureNotAlone(s, pdf({page(filled({})), page(signature, 2)})).isEmpty());
    EXPECT_TRUE(
        checkSignatureNotAlone(
            s, pdf({page(filled({})),
                    page(QStringList{QStringLiteral("Baris terakhir isi")} + signature, 2)}))
            .isEmpty());
    // Split: the date on one page, the name on the next.
    EXPECT_FALSE(checkSignatureNotAlone(
                     s, pdf({page(filled({signature[0]})),
                             page({QStringLiteral("Baris isi"), signature[1], signature[2]}, 2)}))
                     .isEmpty());
}

TEST(PrintChecksTest, AHeaderWordBrokenInsideIsFound)
{
    const auto s = shape();
    EXPECT_FALSE(
        checkHeaderWordsWhole(
            s, pdf({page({QStringLiteral("No. Tindak lanjut OPD pengamp"), QStringLiteral("u")})}))
            .isEmpty());
    EXPECT_TRUE(
        checkHeaderWordsWhole(s, pdf({page({QStringLiteral("No. Tindak lanjut OPD pengampu")})}))
            .isEmpty());
}

TEST(PrintChecksTest, APictureBelowTheLastLineFillsThePage)
{
    const auto s = shape();
    // Page 1: the title and a heading at the top, then (in the PDF) only a picture.
    PdfText text = pdf({page({QStringLiteral("NOTULEN RAPAT"), QStringLiteral("Kesepakatan 1")}),
                        page({QStringLiteral("Baris isi nomor Menyusun analisis")}, 2)});
    EXPECT_FALSE(checkNoHeadingAtFoot(s, text).isEmpty()) << "text alone: ends with a heading";
    EXPECT_FALSE(checkPageCount(text, 2).isEmpty()) << "text alone: less than half full";
    // The picture drawn down to 80 % of the page: measured from a rendering.
    const qreal top = text.pages[0].size.height() / 2;
    const int dpi = 72;
    const int pictureBottom = static_cast<int>(text.pages[0].size.height() * 0.8 - top);
    QImage tall(100, static_cast<int>(text.pages[0].size.height() - top),
                QImage::Format_Grayscale8);
    tall.fill(255);
    for (int y = 10; y < pictureBottom; ++y)
        tall.setPixel(50, y, 0);
    measureInk(text.pages[0], tall, top, dpi);
    EXPECT_NEAR(text.pages[0].inkBottom, top + pictureBottom, 1.0);
    EXPECT_TRUE(checkNoHeadingAtFoot(s, text).isEmpty())
        << checkNoHeadingAtFoot(s, text).join(QLatin1Char('\n')).toStdString();
    EXPECT_TRUE(checkPageCount(text, 2).isEmpty())
        << checkPageCount(text, 2).join(QLatin1Char('\n')).toStdString();
}

TEST(PrintChecksTest, ALinePrintedOnTwoPagesIsFound)
{
    const auto s = shape();
    const QString line = QStringLiteral("Ketua TPPS membuka rapat dan menyampaikan");
    EXPECT_FALSE(checkNoLineTwice(s, pdf({page(filled({line})), page({line}, 2)})).isEmpty());
    // ... also behind a repeated table header.
    EXPECT_FALSE(checkNoLineTwice(
                     s, pdf({page(filled({line})),
                             page({QStringLiteral("No. Tindak lanjut OPD pengampu"), line}, 2)}))
                     .isEmpty());
    EXPECT_TRUE(checkNoLineTwice(
                    s, pdf({page(filled({line})), page({QStringLiteral("rata-rata."), line}, 2)}))
                    .isEmpty());
}

TEST(PrintChecksTest, AnEmptyOrHalfEmptyPageAndAWrongCountAreFound)
{
    EXPECT_TRUE(
        checkPageCount(pdf({page(filled({})), page({QStringLiteral("a")}, 2)}), 2).isEmpty());
    EXPECT_FALSE(
        checkPageCount(pdf({page(filled({})), page({QStringLiteral("a")}, 2)}), 3).isEmpty());
    EXPECT_FALSE(
        checkPageCount(pdf({page({QStringLiteral("a")}), page({QStringLiteral("a")}, 2)}), 2)
            .isEmpty());
    EXPECT_FALSE(checkPageCount(pdf({page(filled({})), page({}, 2)}), 2).isEmpty());
}

TEST(PrintChecksTest, WordsOutsideTheMarginsAreFound)
{
    PdfPage wide = page({QStringLiteral("a")});
    EXPECT_TRUE(checkInsideMargins(pdf({wide})).isEmpty());
    wide.words.push_back({QStringLiteral("overflow"), QRectF(kWidth - 30, 200, 40, 10)});
    EXPECT_FALSE(checkInsideMargins(pdf({wide})).isEmpty());
}

TEST(PrintChecksTest, AWrappedOrOffCentreLetterheadAndATitleTooCloseAreFound)
{
    const auto s = shape();
    auto letterhead = [](qreal agencySecondLineShift, qreal titleY) {
        PdfPage p = page({});
        auto put = [&p](const QString &text, qreal centre, qreal y) {
            const QStringList words = text.split(QLatin1Char(' '));
            qreal width = 0;
            for (const QString &w : words)
                width += 6.0 * w.size() + 4;
            qreal x = centre - width / 2;
            for (const QString &w : words) {
                p.words.push_back({w, QRectF(x, y, 6.0 * w.size(), 12)});
                x += 6.0 * w.size() + 4;
            }
        };
        put(QStringLiteral("PEMERINTAH KABUPATEN BENGKALIS"), 300, 50);
        if (agencySecondLineShift < 0) {
            put(QStringLiteral("BADAN PERENCANAAN PEMBANGUNAN DAERAH"), 300, 65);
        } else {
            put(QStringLiteral("BADAN PERENCANAAN PEMBANGUNAN"), 300, 65);
            put(QStringLiteral("DAERAH"), 300 + agencySecondLineShift, 80);
        }
        put(QStringLiteral("NOTULEN RAPAT"), 300, titleY);
        return p;
    };
    EXPECT_TRUE(checkLetterheadText(s, pdf({letterhead(-1, 120)})).isEmpty());
    EXPECT_FALSE(checkLetterheadText(s, pdf({letterhead(0, 120)})).isEmpty()); // wraps
    EXPECT_FALSE(checkLetterheadText(s, pdf({letterhead(-1, 80)})).isEmpty()); // title close
    PdfPage offCentre = letterhead(-1, 120);
    for (PdfWord &word : offCentre.words)
        if (word.text == QLatin1String("BENGKALIS") || word.text == QLatin1String("PEMERINTAH")
            || word.text == QLatin1String("KABUPATEN"))
            word.box.translate(30, 0);
    EXPECT_FALSE(checkLetterheadText(s, pdf({offCentre})).isEmpty());
}

TEST(PrintChecksTest, AMissingOrWrongDoubleRuleIsFound)
{
    const auto s = shape();
    PdfPage p = page({});
    p.words.push_back({QStringLiteral("PEMERINTAH"), QRectF(200, 50, 60, 12)});
    p.words.push_back({QStringLiteral("KABUPATEN"), QRectF(264, 50, 60, 12)});
    p.words.push_back({QStringLiteral("BENGKALIS"), QRectF(328, 50, 60, 12)});
    p.words.push_back({QStringLiteral("NOTULEN"), QRectF(250, 120, 60, 14)});
    const int dpi = 200;
    auto image = [&](std::vector<std::pair<qreal, qreal>> rules) { // top (pt), height (mm)
        QImage i(static_cast<int>(kWidth / 72 * dpi), static_cast<int>(kHeight / 72 * dpi),
                 QImage::Format_Grayscale8);
        i.fill(255);
        QPainter painter(&i);
        for (const auto &[top, mm] : rules)
            painter.fillRect(QRectF(mmToPoints(25) / 72 * dpi, top / 72 * dpi,
                                    (kWidth - mmToPoints(45)) / 72 * dpi, mm / 25.4 * dpi),
                             Qt::black);
        return i;
    };
    EXPECT_TRUE(checkDoubleRule(s, pdf({p}), image({{80, 0.7}, {83, 0.25}}), dpi).isEmpty());
    EXPECT_FALSE(checkDoubleRule(s, pdf({p}), image({}), dpi).isEmpty());
    EXPECT_FALSE(checkDoubleRule(s, pdf({p}), image({{80, 0.7}}), dpi).isEmpty());
    EXPECT_FALSE(checkDoubleRule(s, pdf({p}), image({{80, 0.25}, {83, 0.7}}), dpi).isEmpty());
}

TEST(PrintChecksTest, ABorderLeftBelowTheLastTextIsFound)
{
    const PdfPage p = page(filled({}));
    const int dpi = 40;
    QImage clean(static_cast<int>(kWidth / 72 * dpi), static_cast<int>(kHeight / 72 * dpi),
                 QImage::Format_Grayscale8);
    clean.fill(255);
    EXPECT_TRUE(checkNoStrayBorder(pdf({p}), {clean}, dpi).isEmpty());
    QImage stray = clean;
    QPainter painter(&stray);
    painter.fillRect(QRectF(100 / 72.0 * dpi, 720 / 72.0 * dpi, 300 / 72.0 * dpi, 2), Qt::black);
    painter.end();
    EXPECT_FALSE(checkNoStrayBorder(pdf({p}), {stray}, dpi).isEmpty());
    // An empty box (top, sides, bottom) is stray too.
    QImage box = clean;
    painter.begin(&box);
    painter.setPen(QPen(Qt::black, 2));
    painter.drawRect(QRectF(100 / 72.0 * dpi, 650 / 72.0 * dpi, 300 / 72.0 * dpi, 70 / 72.0 * dpi));
    painter.end();
    EXPECT_FALSE(checkNoStrayBorder(pdf({p}), {box}, dpi).isEmpty());
    // A chart (rows of several marks: bars, labels) below the text is content.
    QImage chart = clean;
    painter.begin(&chart);
    for (int bar = 0; bar < 8; ++bar)
        painter.fillRect(QRectF((100 + bar * 35) / 72.0 * dpi, 600 / 72.0 * dpi, 20 / 72.0 * dpi,
                                120 / 72.0 * dpi),
                         Qt::black);
    painter.end();
    EXPECT_TRUE(checkNoStrayBorder(pdf({p}), {chart}, dpi).isEmpty())
        << checkNoStrayBorder(pdf({p}), {chart}, dpi).join(QLatin1Char('\n')).toStdString();
}

TEST(PrintChecksTest, RowsLowerThanTenMillimetresAreFound)
{
    QStringList rows;
    for (int i = 1; i <= 6; ++i)
        rows << QString::number(i) + QStringLiteral(" Nama peserta");
    EXPECT_FALSE(checkRowHeights(pdf({page(rows, 1, 1, 14)}), 10).isEmpty()); // 4.9 mm
    EXPECT_TRUE(checkRowHeights(pdf({page(rows, 1, 1, 30)}), 10).isEmpty());  // 10.6 mm
    EXPECT_FALSE(checkRowHeights(pdf({page({QStringLiteral("tanpa nomor")})}), 10).isEmpty());
}

TEST(PrintChecksTest, AFontNotEmbeddedOrABitmapFontIsFound)
{
    PdfText text = pdf({page({QStringLiteral("Baris")})});
    EXPECT_FALSE(checkFontsEmbedded(text).isEmpty()); // no font at all
    text.fonts = {{QStringLiteral("AAAAAA+DejaVuSans"), QStringLiteral("CID TrueType"), true},
                  {QStringLiteral("AAAAAB+DejaVuSans-Bold"), QStringLiteral("CID TrueType"), true}};
    EXPECT_TRUE(checkFontsEmbedded(text).isEmpty());
    text.fonts.push_back({QStringLiteral("Helvetica"), QStringLiteral("Type 1"), false});
    EXPECT_EQ(checkFontsEmbedded(text).size(), 1);
    text.fonts.back() = {QStringLiteral("[none]"), QStringLiteral("Type 3"), true};
    EXPECT_EQ(checkFontsEmbedded(text).size(), 1);
}

namespace {

/// A chart-like picture: a coloured series across a plot with `lines` vertical grid lines of
/// the charts' grey, `width` pixels wide.
QImage gridPicture(int lines, int width)
{
    QImage image(2000, 1000, QImage::Format_RGB32);
    image.fill(Qt::white);
    QPainter painter(&image);
    painter.setPen(QPen(QColor(0xc8, 0xc8, 0xc8), width, Qt::SolidLine, Qt::FlatCap));
    for (int i = 0; i < lines; ++i) {
        const int x = 200 + i * 1600 / std::max(1, lines - 1);
        painter.drawLine(x, 100, x, 900);
    }
    painter.setPen(QPen(QColor(0x00, 0x72, 0xb2), 12));
    painter.drawLine(200, 800, 1800, 200);
    return image;
}

QImage onPaper(const QImage &image, int factor)
{
    return image.scaled(image.size() / factor, Qt::IgnoreAspectRatio, Qt::SmoothTransformation);
}

} // namespace

TEST(PrintChecksTest, VerticalGridLinesLostOnPaperAreFound)
{
    const QImage thick = gridPicture(12, 8);
    EXPECT_EQ(verticalGridLines(thick).size(), 12U);
    EXPECT_EQ(verticalGridLines(onPaper(thick, 4)).size(), 12U);
    EXPECT_TRUE(checkGridLinesKept(thick, onPaper(thick, 4)).isEmpty());

    // Hairlines: there in the picture, a faint blur once scaled onto the page.
    const QImage thin = gridPicture(12, 1);
    EXPECT_EQ(verticalGridLines(thin).size(), 12U);
    EXPECT_LT(verticalGridLines(onPaper(thin, 4)).size(), 12U);
    EXPECT_FALSE(checkGridLinesKept(thin, onPaper(thin, 4)).isEmpty());

    // Lines in the wrong place (the picture squeezed) do not count as kept.
    const QImage squeezed = onPaper(gridPicture(12, 8), 4).scaled(450, 250);
    QImage padded(500, 250, QImage::Format_RGB32);
    padded.fill(Qt::white);
    QPainter(&padded).drawImage(0, 0, squeezed);
    EXPECT_FALSE(checkGridLinesKept(thick, padded).isEmpty());

    // A picture without a grid is not a chart that kept its lines.
    EXPECT_EQ(checkGridLinesKept(gridPicture(0, 8), gridPicture(0, 8)).size(), 1);
}

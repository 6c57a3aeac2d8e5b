// SPDX-License-Identifier: GPL-3.0-or-later
#include "pdf_text.h"

#include <QDir>
#include <QProcess>
#include <QTemporaryDir>
#include <QXmlStreamReader>

#include <algorithm>

namespace konvergensi::test {

namespace {

bool run(const QString &program, const QStringList &arguments, QByteArray &output, QString &error)
{
    QProcess process;
    process.start(program, arguments);
    if (!process.waitForFinished(60000) || process.exitStatus() != QProcess::NormalExit
        || process.exitCode() != 0) {
        error = program + QStringLiteral(" failed: ")
                + QString::fromUtf8(process.readAllStandardError());
        return false;
    }
    output = process.readAllStandardOutput();
    return true;
}

} // namespace

PdfText readPdfText(const QString &path)
{
    PdfText result;
    QByteArray layout;
    QByteArray boxes;
    if (!run(QStringLiteral(PDFTOTEXT), {QStringLiteral("-layout"), path, QStringLiteral("-")},
             layout, result.error)
        || !run(QStringLiteral(PDFTOTEXT), {QStringLiteral("-bbox"), path, QStringLiteral("-")},
                boxes, result.error))
        return result;

    QXmlStreamReader xml(boxes);
    while (!xml.atEnd()) {
        xml.readNext();
        if (!xml.isStartElement())
            continue;
        if (xml.name() == QLatin1String("page")) {
            PdfPage page;
            page.size = QSizeF(xml.attributes().value(QLatin1String("width")).toDouble(),
                               xml.attributes().value(QLatin1String("height")).toDouble());
            result.pages.push_back(page);
        } else if (xml.name() == QLatin1String("word") && !result.pages.empty()) {
            const auto a = xml.attributes();
            const QPointF topLeft(a.value(QLatin1String("xMin")).toDouble(),
                                  a.value(QLatin1String("yMin")).toDouble());
            const QPointF bottomRight(a.value(QLatin1String("xMax")).toDouble(),
                                      a.value(QLatin1String("yMax")).toDouble());
            // Ligatures as letters: "ﬁ" is "fi".
            result.pages.back().words.push_back(
                {xml.readElementText().normalized(QString::NormalizationForm_KC),
                 QRectF(topLeft, bottomRight)});
        }
    }
    if (xml.hasError())
        result.error = QStringLiteral("pdftotext -bbox: ") + xml.errorString();

    // pdffonts prints a table whose columns the dashed line under the header marks out:
    // name, type, encoding, emb, sub, uni, object ID.
    QByteArray fonts;
    if (!run(QStringLiteral(PDFFONTS), {path}, fonts, result.error))
        return result;
    const QStringList fontLines = QString::fromUtf8(fonts).split(QLatin1Char('\n'));
    std::vector<std::pair<qsizetype, qsizetype>> columns; // start, length
    for (const QString &line : fontLines) {
        if (columns.empty()) {
            if (line.startsWith(QLatin1String("---"))) {
                qsizetype start = 0;
                for (const QString &dashes : line.split(QLatin1Char(' '))) {
                    columns.emplace_back(start, dashes.size());
                    start += dashes.size() + 1;
                }
            }
            continue;
        }
        if (line.trimmed().isEmpty() || columns.size() < 4)
            continue;
        auto column = [&](std::size_t i) {
            return line.mid(columns[i].first, columns[i].second).trimmed();
        };
        result.fonts.push_back({column(0), column(1), column(3) == QLatin1String("yes")});
    }
    if (columns.size() < 4)
        result.error = QStringLiteral("pdffonts: no font table in its output");

    // Pages end with a form feed.
    const QStringList pageTexts =
        QString::fromUtf8(layout).normalized(QString::NormalizationForm_KC).split(QChar(u'\f'));
    for (std::size_t i = 0; i < result.pages.size(); ++i) {
        const QString text = pageTexts.value(static_cast<qsizetype>(i));
        QStringList lines;
        for (QString line : text.split(QLatin1Char('\n'))) {
            while (!line.isEmpty() && line.back().isSpace())
                line.chop(1);
            lines << line;
        }
        while (!lines.isEmpty() && lines.back().isEmpty())
            lines.removeLast();
        result.pages[i].lines = lines;
    }
    return result;
}

std::vector<QImage> readPdfImages(const QString &path, int dpi, int firstPage, int lastPage,
                                  const QRectF &cropMm)
{
    std::vector<QImage> images;
    QTemporaryDir dir;
    QStringList arguments{QStringLiteral("-gray"), QStringLiteral("-png"), QStringLiteral("-r"),
                          QString::number(dpi)};
    if (firstPage > 0)
        arguments << QStringLiteral("-f") << QString::number(firstPage);
    if (lastPage > 0)
        arguments << QStringLiteral("-l") << QString::number(lastPage);
    if (cropMm.isValid()) {
        auto pixels = [dpi](qreal mm) { return QString::number(qRound(mm / 25.4 * dpi)); };
        arguments << QStringLiteral("-x") << pixels(cropMm.left()) << QStringLiteral("-y")
                  << pixels(cropMm.top()) << QStringLiteral("-W") << pixels(cropMm.width())
                  << QStringLiteral("-H") << pixels(cropMm.height());
    }
    arguments << path << dir.filePath(QStringLiteral("page"));
    QByteArray output;
    QString error;
    if (!run(QStringLiteral(PDFTOPPM), arguments, output, error))
        return images;
    QStringList files = QDir(dir.path()).entryList({QStringLiteral("page-*.png")}, QDir::Files);
    // page-1.png ... page-10.png: by number, not by name.
    std::sort(files.begin(), files.end(), [](const QString &a, const QString &b) {
        return a.section(QLatin1Char('-'), -1).section(QLatin1Char('.'), 0, 0).toInt()
               < b.section(QLatin1Char('-'), -1).section(QLatin1Char('.'), 0, 0).toInt();
    });
    for (const QString &file : files)
        images.push_back(QImage(dir.filePath(file)).convertToFormat(QImage::Format_Grayscale8));
    return images;
}

} // namespace konvergensi::test

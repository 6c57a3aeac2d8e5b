// SPDX-License-Identifier: GPL-3.0-or-later
#include "pdf_text.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
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

std::vector<PdfPicture> readPdfPictures(const QString &path, QString *error)
{
    std::vector<PdfPicture> pictures;
    QTemporaryDir dir;
    QByteArray output;
    QString failure;
    // -zoom 1: positions in points; the pictures are written beside the XML as they are held.
    if (!run(QStringLiteral(PDFTOHTML),
             {QStringLiteral("-xml"), QStringLiteral("-q"), QStringLiteral("-zoom"),
              QStringLiteral("1"), QStringLiteral("-fmt"), QStringLiteral("png"), path,
              dir.filePath(QStringLiteral("doc"))},
             output, failure)) {
        if (error)
            *error = failure;
        return pictures;
    }
    QFile xml(dir.filePath(QStringLiteral("doc.xml")));
    if (!xml.open(QIODevice::ReadOnly)) {
        if (error)
            *error = QStringLiteral("pdftohtml wrote no XML");
        return pictures;
    }
    QXmlStreamReader reader(&xml);
    int page = 0;
    while (!reader.atEnd()) {
        if (reader.readNext() != QXmlStreamReader::StartElement)
            continue;
        const auto attributes = reader.attributes();
        const auto number = [&](const char *name) {
            return attributes.value(QLatin1String(name)).toDouble();
        };
        if (reader.name() == QLatin1String("page")) {
            page = attributes.value(QLatin1String("number")).toInt();
        } else if (reader.name() == QLatin1String("image")) {
            const QString src = attributes.value(QLatin1String("src")).toString();
            const QString file = QFileInfo(src).isAbsolute() ? src : dir.filePath(src);
            pictures.push_back(
                {page, QRectF(number("left"), number("top"), number("width"), number("height")),
                 QImage(file).convertToFormat(QImage::Format_RGB32)});
        }
    }
    if (reader.hasError() && error)
        *error = reader.errorString();
    return pictures;
}

QImage readPdfColourImage(const QString &path, int dpi, int page, const QRectF &cropPoints)
{
    QTemporaryDir dir;
    auto pixels = [dpi](qreal points) { return QString::number(qRound(points / 72.0 * dpi)); };
    const QStringList arguments{QStringLiteral("-png"),
                                QStringLiteral("-singlefile"),
                                QStringLiteral("-r"),
                                QString::number(dpi),
                                QStringLiteral("-f"),
                                QString::number(page),
                                QStringLiteral("-l"),
                                QString::number(page),
                                QStringLiteral("-x"),
                                pixels(cropPoints.left()),
                                QStringLiteral("-y"),
                                pixels(cropPoints.top()),
                                QStringLiteral("-W"),
                                pixels(cropPoints.width()),
                                QStringLiteral("-H"),
                                pixels(cropPoints.height()),
                                path,
                                dir.filePath(QStringLiteral("part"))};
    QByteArray output;
    QString error;
    if (!run(QStringLiteral(PDFTOPPM), arguments, output, error))
        return {};
    return QImage(dir.filePath(QStringLiteral("part.png"))).convertToFormat(QImage::Format_RGB32);
}

} // namespace konvergensi::test

// SPDX-License-Identifier: GPL-3.0-or-later
// konvergensi_print_corpus: writes the document corpus as PDF files, or lays page images out
// side by side on one sheet. Used by scripts/print-images (docs/images/print/).
//
//   konvergensi_print_corpus pdf FOLDER [REPORT]        every corpus document as FOLDER/NAME.pdf
//   konvergensi_print_corpus sheet OUT.png PAGE.png...  the pages side by side, grey, framed
#include "print_corpus.h"

#include "gui/language.h"

#include <QDir>
#include <QGuiApplication>
#include <QImage>
#include <QPainter>
#include <QTemporaryDir>

#include <cstdio>

using namespace konvergensi;

namespace {

int writePdfs(const QString &folder, const QString &report)
{
    QDir().mkpath(folder);
    QTemporaryDir work;
    for (const test::CorpusDocument &entry : test::buildPrintCorpus(work.path(), report)) {
        const QString path = QDir(folder).filePath(entry.name() + QStringLiteral(".pdf"));
        entry.document.writePdf(path);
        std::printf("%s\n", qPrintable(path));
    }
    return 0;
}

/// The pages in a row (up to five per row), each with a thin frame, on a light grey ground.
int writeSheet(const QString &out, const QStringList &pages)
{
    std::vector<QImage> images;
    for (const QString &page : pages) {
        QImage image(page);
        if (image.isNull()) {
            std::fprintf(stderr, "konvergensi_print_corpus: cannot read %s\n", qPrintable(page));
            return 1;
        }
        images.push_back(image.convertToFormat(QImage::Format_RGB32));
    }
    if (images.empty())
        return 1;
    const int gap = 12;
    const int columns = std::min<int>(5, static_cast<int>(images.size()));
    const int rows = (static_cast<int>(images.size()) + columns - 1) / columns;
    int cellWidth = 0;
    int cellHeight = 0;
    for (const QImage &image : images) {
        cellWidth = std::max(cellWidth, image.width());
        cellHeight = std::max(cellHeight, image.height());
    }
    QImage sheet(gap + columns * (cellWidth + gap), gap + rows * (cellHeight + gap),
                 QImage::Format_RGB32);
    sheet.fill(QColor(0xd0, 0xd0, 0xd0));
    QPainter painter(&sheet);
    for (std::size_t i = 0; i < images.size(); ++i) {
        const int x = gap
                      + static_cast<int>(i % static_cast<std::size_t>(columns)) * (cellWidth + gap);
        const int y =
            gap + static_cast<int>(i / static_cast<std::size_t>(columns)) * (cellHeight + gap);
        painter.drawImage(x, y, images[i]);
        painter.setPen(QColor(0x80, 0x80, 0x80));
        painter.drawRect(x - 1, y - 1, images[i].width() + 1, images[i].height() + 1);
    }
    painter.end();
    if (!sheet.convertToFormat(QImage::Format_Grayscale8).save(out, "PNG", 9)) {
        std::fprintf(stderr, "konvergensi_print_corpus: cannot write %s\n", qPrintable(out));
        return 1;
    }
    return 0;
}

} // namespace

int main(int argc, char **argv)
{
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QGuiApplication app(argc, argv);
    const QStringList args = QCoreApplication::arguments().mid(1);
    if (args.size() >= 2 && args[0] == QLatin1String("pdf")) {
        gui::LanguageSetup::install(QStringLiteral("id"));
        return writePdfs(args[1], args.value(2));
    }
    if (args.size() >= 3 && args[0] == QLatin1String("sheet"))
        return writeSheet(args[1], args.mid(2));
    std::fprintf(stderr, "usage: konvergensi_print_corpus pdf FOLDER [REPORT]\n"
                         "       konvergensi_print_corpus sheet OUT.png PAGE.png...\n");
    return 2;
}

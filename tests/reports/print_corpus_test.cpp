// SPDX-License-Identifier: GPL-3.0-or-later
// The document corpus (print_corpus.h: every printed document x A4/F4 x with/without logo x
// short/long content) rendered to PDF on worker threads, read back with poppler, and held
// to the page rules of issue #15 (print_checks.h). KONVERGENSI_KEEP_TEST_OUTPUT=1 keeps the
// PDFs (the folder is printed).
#include "print_checks.h"
#include "print_corpus.h"

#include "gui/language.h"

#include <QTemporaryDir>
#include <QThread>

#include <gtest/gtest.h>

#include <atomic>
#include <functional>
#include <memory>

using namespace konvergensi;
using namespace konvergensi::test;

namespace {

struct Rendered
{
    CorpusDocument *entry = nullptr;
    QString path;
    QString error;
    int pagesByWorker = 0; ///< pageCount() on the worker thread that wrote the PDF
    int pagesByMain = 0;   ///< pageCount() on the GUI thread
    PdfText text;
    std::vector<QImage> pages; ///< every page at kPageDpi
    QImage firstPage;          ///< page 1 at kRuleDpi
    DocumentShape shape;
};

constexpr int kPageDpi = 40;
constexpr int kRuleDpi = 150;

QSizeF paperMm(const CorpusDocument &entry)
{
    const QSizeF portrait = entry.paper == reports::Paper::F4 ? QSizeF(215, 330) : QSizeF(210, 297);
    return entry.document.landscape() ? portrait.transposed() : portrait;
}

class PrintCorpusTest : public ::testing::Test
{
protected:
    static void SetUpTestSuite()
    {
        gui::LanguageSetup::install(QStringLiteral("id"));
        s_dir = new QTemporaryDir;
        if (!qEnvironmentVariableIsEmpty("KONVERGENSI_KEEP_TEST_OUTPUT")) {
            s_dir->setAutoRemove(false);
            std::printf("corpus PDFs in %s\n", qPrintable(s_dir->path()));
        }
        // KONVERGENSI_CORPUS_REPORT=minutes: only that report's documents (while working on it).
        s_only = qEnvironmentVariable("KONVERGENSI_CORPUS_REPORT");
        s_corpus = new std::vector<CorpusDocument>(buildPrintCorpus(s_dir->path(), s_only));
        s_rendered = new std::vector<Rendered>(s_corpus->size());
        for (std::size_t i = 0; i < s_corpus->size(); ++i) {
            Rendered &r = (*s_rendered)[i];
            r.entry = &(*s_corpus)[i];
            r.path = s_dir->filePath(r.entry->name() + QStringLiteral(".pdf"));
        }
        // Rendering and reading back run on two worker threads: the report layer must work
        // off the GUI thread (the window renders large documents in the background).
        std::atomic<std::size_t> next{0};
        auto work = [&next] {
            for (std::size_t i = next++; i < s_rendered->size(); i = next++) {
                Rendered &r = (*s_rendered)[i];
                try {
                    r.entry->document.writePdf(r.path);
                    r.pagesByWorker = r.entry->document.pageCount();
                } catch (const reports::ReportError &error) {
                    r.error = error.message();
                    continue;
                }
                r.text = readPdfText(r.path);
                // Rendering whole pages takes long: the lower half of every page (where a page
                // ends: pages are at least half full) and the top of the first.
                const QSizeF paper = paperMm(*r.entry);
                r.pages = readPdfImages(
                    r.path, kPageDpi, 0, 0,
                    QRectF(0, paper.height() / 2, paper.width(), paper.height() / 2));
                // Pictures count as content: how low each page is drawn.
                for (std::size_t k = 0; k < r.pages.size() && k < r.text.pages.size(); ++k)
                    measureInk(r.text.pages[k], r.pages[k], paper.height() / 2 * 72 / 25.4,
                               kPageDpi);
                const auto first = readPdfImages(r.path, kRuleDpi, 1, 1,
                                                 QRectF(0, 0, paper.width(), 110));
                if (!first.empty())
                    r.firstPage = first.front();
            }
        };
        std::unique_ptr<QThread> one(QThread::create(work));
        std::unique_ptr<QThread> two(QThread::create(work));
        one->start();
        two->start();
        one->wait();
        two->wait();
        for (Rendered &r : *s_rendered) {
            r.shape = shapeOf(r.entry->document);
            if (r.entry->longContent && r.entry->logo)
                r.pagesByMain = r.entry->document.pageCount(); // the same on this thread
        }
    }

    static void TearDownTestSuite()
    {
        delete s_rendered;
        delete s_corpus;
        delete s_dir;
    }

    /// Runs a check over every document and reports each problem with the document's name.
    static void expectForAll(const std::function<QStringList(const Rendered &)> &check,
                             const std::function<bool(const Rendered &)> &applies = {})
    {
        int checked = 0;
        for (const Rendered &r : *s_rendered) {
            if (applies && !applies(r))
                continue;
            ASSERT_TRUE(r.error.isEmpty() && r.text.error.isEmpty())
                << r.entry->name().toStdString() << ": " << r.error.toStdString()
                << r.text.error.toStdString();
            ++checked;
            for (const QString &problem : check(r))
                ADD_FAILURE() << r.entry->name().toStdString() << ": " << problem.toStdString();
        }
        if (s_only.isEmpty()) {
            EXPECT_GT(checked, 0);
        }
    }

    static QTemporaryDir *s_dir;
    static QString s_only;
    static std::vector<CorpusDocument> *s_corpus;
    static std::vector<Rendered> *s_rendered;
};

QTemporaryDir *PrintCorpusTest::s_dir = nullptr;
QString PrintCorpusTest::s_only;
std::vector<CorpusDocument> *PrintCorpusTest::s_corpus = nullptr;
std::vector<Rendered> *PrintCorpusTest::s_rendered = nullptr;

} // namespace

TEST_F(PrintCorpusTest, EveryReportOnBothPapersWithAndWithoutLogoShortAndLong)
{
    ASSERT_EQ(s_rendered->size(), s_only.isEmpty() ? 8U * 2 * 2 * 2 : 2U * 2 * 2);
    std::map<QString, const Rendered *> byName;
    for (const Rendered &r : *s_rendered)
        byName[r.entry->name()] = &r;
    for (const Rendered &r : *s_rendered) {
        ASSERT_TRUE(r.error.isEmpty()) << r.error.toStdString();
        ASSERT_FALSE(r.text.pages.empty()) << r.entry->name().toStdString();
        // Paper: A4 595 x 842 pt, F4 609 x 935 pt (either way round).
        const QSizeF size = r.text.pages.front().size;
        const qreal longSide = std::max(size.width(), size.height());
        const qreal shortSide = std::min(size.width(), size.height());
        const bool f4 = r.entry->paper == reports::Paper::F4;
        EXPECT_NEAR(longSide, f4 ? 935.4 : 841.9, 1.0) << r.entry->name().toStdString();
        EXPECT_NEAR(shortSide, f4 ? 609.4 : 595.3, 1.0) << r.entry->name().toStdString();
        EXPECT_EQ(size.width() > size.height(), r.entry->document.landscape());
        // Long content is long: more pages than the short document of the same kind (the
        // dashboard summary's other edge is a workspace without figures: shorter).
        if (r.entry->longContent && r.entry->report != QLatin1String("dashboard")) {
            const QString shortName =
                QString(r.entry->name()).replace(QStringLiteral("-long"), QStringLiteral("-short"));
            EXPECT_GT(r.text.pages.size(), byName.at(shortName)->text.pages.size())
                << r.entry->name().toStdString();
        }
    }
}

TEST_F(PrintCorpusTest, PageCountIsTheDocumentsOwnOnEveryThreadAndNoPageIsEmptyOrHalfFull)
{
    expectForAll([](const Rendered &r) {
        QStringList problems = checkPageCount(r.text, r.pagesByWorker);
        if (r.pagesByMain != 0 && r.pagesByMain != r.pagesByWorker)
            problems << QStringLiteral("pageCount() is %1 on the GUI thread and %2 on a worker")
                            .arg(r.pagesByMain)
                            .arg(r.pagesByWorker);
        return problems;
    });
}

TEST_F(PrintCorpusTest, NoPageEndsWithAHeadingOrATableHeader)
{
    expectForAll([](const Rendered &r) { return checkNoHeadingAtFoot(r.shape, r.text); });
}

TEST_F(PrintCorpusTest, AHeadingStaysWithTheFirstRowsOfItsTable)
{
    expectForAll([](const Rendered &r) { return checkHeadingsWithTables(r.shape, r.text); });
}

TEST_F(PrintCorpusTest, TheSignatureBlockIsWholeAndNeverAlone)
{
    int signed_ = 0;
    for (const Rendered &r : *s_rendered)
        signed_ += r.shape.signature.isEmpty() ? 0 : 1;
    if (s_only.isEmpty()) {
        EXPECT_GE(signed_, 40); // every report of the corpus is signed but one kind at most
    }
    expectForAll([](const Rendered &r) { return checkSignatureNotAlone(r.shape, r.text); });
}

TEST_F(PrintCorpusTest, NoHeaderWordIsBrokenInsideItself)
{
    expectForAll([](const Rendered &r) { return checkHeaderWordsWhole(r.shape, r.text); });
}

TEST_F(PrintCorpusTest, NoLineIsCutThroughAtThePageFoot)
{
    expectForAll([](const Rendered &r) { return checkNoLineTwice(r.shape, r.text); });
}

TEST_F(PrintCorpusTest, EveryFontIsEmbedded)
{
    expectForAll([](const Rendered &r) { return checkFontsEmbedded(r.text); });
}

TEST_F(PrintCorpusTest, TextStaysInsideTheMargins)
{
    expectForAll([](const Rendered &r) { return checkInsideMargins(r.text); });
}

TEST_F(PrintCorpusTest, TheLetterheadIsLaidOutAsAGovernmentLetterhead)
{
    expectForAll([](const Rendered &r) {
        return checkLetterheadText(r.shape, r.text)
               + checkDoubleRule(r.shape, r.text, r.firstPage, kRuleDpi);
    });
}

TEST_F(PrintCorpusTest, NoPageEndsWithAStrayBorder)
{
    expectForAll([](const Rendered &r) {
        if (r.pages.size() != r.text.pages.size())
            return QStringList{QStringLiteral("page images missing")};
        return checkNoStrayBorder(r.text, r.pages, kPageDpi, paperMm(*r.entry).height() / 2);
    });
}

TEST_F(PrintCorpusTest, AttendanceRowsAreTallEnoughToSignIn)
{
    expectForAll([](const Rendered &r) { return checkRowHeights(r.text, 10.0); },
                 [](const Rendered &r) { return r.entry->report == QLatin1String("attendance"); });
}

TEST_F(PrintCorpusTest, TheDashboardSummaryIsAReportWithLetterheadSignatureAndNoEmptyChart)
{
    int seen = 0;
    for (const Rendered &r : *s_rendered) {
        if (r.entry->report != QLatin1String("dashboard"))
            continue;
        ++seen;
        ASSERT_TRUE(r.error.isEmpty()) << r.error.toStdString();
        ASSERT_FALSE(r.text.pages.empty());
        QString all;
        for (const PdfPage &page : r.text.pages)
            all += page.lines.join(QLatin1Char('\n')) + QLatin1Char('\n');
        const QString first = r.text.pages.front().lines.join(QLatin1Char('\n'));
        const QString last = r.text.pages.back().lines.join(QLatin1Char('\n'));
        const QString name = r.entry->name();
        // The letterhead on the first page, the signature on the last.
        EXPECT_TRUE(first.contains(QStringLiteral("BADAN PERENCANAAN"), Qt::CaseInsensitive))
            << name.toStdString();
        EXPECT_TRUE(last.contains(QStringLiteral("NIP"))) << name.toStdString();
        const QString html = r.entry->document.html();
        if (r.entry->longContent) {
            // No figure: sentences instead of charts, and no picture at all.
            EXPECT_TRUE(all.contains(QStringLiteral("Belum ada angka"))) << all.toStdString();
            EXPECT_FALSE(html.contains(QStringLiteral("data:image/png")));
        } else {
            EXPECT_EQ(html.count(QStringLiteral("data:image/png")), 2)
                << "the trend and kecamatan charts";
            EXPECT_FALSE(all.contains(QStringLiteral("Belum ada angka")));
        }
    }
    if (s_only.isEmpty() || s_only == QLatin1String("dashboard"))
        EXPECT_EQ(seen, 8) << "2 papers x with/without logo x with/without figures";
}

TEST_F(PrintCorpusTest, TheDashboardChartsKeepTheirGridLinesWherePrinted)
{
    // Each chart of the summary, as a screen viewer (100 dpi) and a draft printer (150 dpi)
    // show the page, must show every vertical grid line its picture has, where it has it.
    int charts = 0;
    for (const Rendered &r : *s_rendered) {
        if (r.entry->report != QLatin1String("dashboard") || r.entry->longContent)
            continue;
        QString error;
        const auto pictures = readPdfPictures(r.path, &error);
        ASSERT_TRUE(error.isEmpty()) << error.toStdString();
        for (const PdfPicture &picture : pictures) {
            if (picture.box.width() < 200) // the logo
                continue;
            ++charts;
            for (const int dpi : {100, 150}) {
                const QImage shown = readPdfColourImage(r.path, dpi, picture.page, picture.box);
                ASSERT_FALSE(shown.isNull());
                for (const QString &problem : checkGridLinesKept(picture.image, shown))
                    ADD_FAILURE() << r.entry->name().toStdString() << " page " << picture.page
                                  << " at " << dpi << " dpi: " << problem.toStdString();
            }
        }
    }
    if (s_only.isEmpty() || s_only == QLatin1String("dashboard"))
        EXPECT_EQ(charts, 8) << "the trend and kecamatan charts of 4 documents with figures";
}

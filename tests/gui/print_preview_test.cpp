// SPDX-License-Identifier: GPL-3.0-or-later
// The print preview on a 1366x768 laptop screen: it fits, and the zoom and the page count
// are written as Indonesians write them ("54,0 %", "Halaman 1 dari 2"), not Qt's "54.0%".
#include "dialog_fit.h"
#include "gui/common/print_preview.h"
#include "gui/language.h"
#include "reports/report_document.h"

#include <QAction>
#include <QGuiApplication>
#include <QPrintPreviewWidget>
#include <QPushButton>
#include <QRegularExpression>
#include <QScreen>
#include <QTest>
#include <QToolBar>
#include <QToolButton>

#include <gtest/gtest.h>

using namespace konvergensi;
using gui::LanguageSetup;

namespace {

reports::ReportDocument twoPages()
{
    core::Letterhead letterhead;
    letterhead.government = "PEMERINTAH KABUPATEN BENGKALIS";
    letterhead.agency = "BADAN PERENCANAAN PEMBANGUNAN DAERAH";
    reports::ReportDocument document(letterhead, core::Language::Indonesian);
    document.setTitle(QStringLiteral("LAPORAN UJI"));
    QString body;
    for (int i = 0; i < 120; ++i)
        body += QStringLiteral("<p>Paragraf %1 dari laporan uji.</p>").arg(i + 1);
    document.setBodyHtml(body);
    return document;
}

} // namespace

TEST(PrintPreviewTest, ZoomAndPagesInIndonesianAndTheDialogFitsTheScreen)
{
    ASSERT_TRUE(LanguageSetup::install(QStringLiteral("id")));
    const auto document = twoPages();
    gui::PrintPreviewDialog dialog(document);
    dialog.show();
    ASSERT_TRUE(QTest::qWaitForWindowExposed(&dialog));
    QTest::qWait(50);

    const QRegularExpression indonesian(QStringLiteral("^\\d+,\\d %$"));
    EXPECT_TRUE(indonesian.match(dialog.zoomText()).hasMatch()) << dialog.zoomText().toStdString();
    const double before = dialog.previewWidget()->zoomFactor();
    dialog.zoomIn();
    EXPECT_GT(dialog.previewWidget()->zoomFactor(), before);
    EXPECT_TRUE(indonesian.match(dialog.zoomText()).hasMatch()) << dialog.zoomText().toStdString();
    EXPECT_FALSE(dialog.zoomText().contains(QLatin1Char('.')));
    // The label is the widget's own zoom, rounded to one decimal.
    const QString expected = QString::number(dialog.previewWidget()->zoomFactor() * 100.0, 'f', 1)
                                 .replace(QLatin1Char('.'), QLatin1Char(','))
                             + QStringLiteral(" %");
    EXPECT_EQ(dialog.zoomText(), expected);

    const int pages = dialog.previewWidget()->pageCount();
    EXPECT_GE(pages, 2);
    EXPECT_EQ(dialog.pageText(), QStringLiteral("Halaman 1 dari %1").arg(pages));
    dialog.findChild<QAction *>(QStringLiteral("nextPageAction"))->trigger();
    EXPECT_EQ(dialog.previewWidget()->currentPage(), 2);
    EXPECT_EQ(dialog.pageText(), QStringLiteral("Halaman 2 dari %1").arg(pages));

    // Every action of the tool bar is on it (no "more" arrow), and Print is a button too.
    auto *bar = dialog.findChild<QToolBar *>(QStringLiteral("printPreviewToolBar"));
    ASSERT_NE(bar, nullptr);
    if (auto *more = bar->findChild<QToolButton *>(QStringLiteral("qt_toolbar_ext_button")))
        EXPECT_FALSE(more->isVisible()) << "the tool bar is cut off";
    // A button shows its picture or, without one, its words: none is blank.
    for (QToolButton *button : bar->findChildren<QToolButton *>()) {
        if (!button->isVisible() || !button->defaultAction())
            continue;
        EXPECT_TRUE(!button->icon().pixmap(QSize(24, 24)).isNull()
                    || button->toolButtonStyle() != Qt::ToolButtonIconOnly)
            << button->defaultAction()->objectName().toStdString();
    }
    auto *print = dialog.findChild<QPushButton *>(QStringLiteral("printButton"));
    ASSERT_NE(print, nullptr);
    EXPECT_TRUE(print->isVisible());
    EXPECT_EQ(print->text(), QStringLiteral("Cetak…"));

    const QRect room = dialog.screen()->availableGeometry();
    EXPECT_EQ(room.size(), QSize(1366, 768));
    EXPECT_TRUE(room.contains(dialog.frameGeometry()))
        << dialog.frameGeometry().width() << "x" << dialog.frameGeometry().height();
    test::expectDialogFits(&dialog, QStringLiteral("pratinjau-cetak"));
    LanguageSetup::install(QStringLiteral("en"));
}

TEST(PrintPreviewTest, EnglishKeepsItsDecimalPoint)
{
    ASSERT_TRUE(LanguageSetup::install(QStringLiteral("en")));
    const auto document = twoPages();
    gui::PrintPreviewDialog dialog(document);
    dialog.show();
    ASSERT_TRUE(QTest::qWaitForWindowExposed(&dialog));
    EXPECT_TRUE(
        QRegularExpression(QStringLiteral("^\\d+\\.\\d%$")).match(dialog.zoomText()).hasMatch())
        << dialog.zoomText().toStdString();
    EXPECT_TRUE(dialog.pageText().startsWith(QStringLiteral("Page 1 of ")));
}

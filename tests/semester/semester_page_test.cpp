// SPDX-License-Identifier: GPL-3.0-or-later
// The Laporan Semester page on the demo workspace, offscreen: it opens on the semester before
// today's with its stored parts; changing the semester with unsaved edits asks (Batal keeps
// the edits, Buang drops them); a semester without parts starts from the previous one's as a
// draft; Simpan stores; the PDF is written through the file question.
#include "gui/common/date_edit.h"
#include "gui/common/dialogs.h"
#include "gui/common/file_export.h"
#include "gui/common/view_state.h"
#include "gui/language.h"
#include "gui/semester/semester_page.h"
#include "gui/workspace/workspace_session.h"

#include "core/clock.h"
#include "io/workspace_setup.h"
#include "reports/report_document.h"
#include "storage/database.h"
#include "storage/semester/semester_repository.h"

#include <QApplication>
#include <QComboBox>
#include <QFile>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QProcess>
#include <QPushButton>
#include <QRegularExpression>
#include <QSettings>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include <gtest/gtest.h>

using namespace konvergensi;
using gui::Dialogs;
using gui::semester::SemesterPage;

namespace {

class SemesterPageTest : public ::testing::Test
{
protected:
    void SetUp() override
    {
        ASSERT_TRUE(dir.isValid());
        QSettings().clear();
        Dialogs::resetForTests();
        gui::LanguageSetup::install(QStringLiteral("en"));
        session = std::make_unique<gui::WorkspaceSession>(
            std::make_shared<core::FixedClock>(boost::gregorian::date(2024, 1, 10)));
        session->create(dir.filePath(QStringLiteral("demo.kvg")), io::WorkspaceTemplate::Demo);
        page = std::make_unique<SemesterPage>(*session);
        page->resize(1366 - 230, 700);
        page->show();
        QCoreApplication::processEvents();
    }

    void TearDown() override
    {
        page.reset();
        session.reset();
        Dialogs::resetForTests();
    }

    QPlainTextEdit *part(int index) const
    {
        return page->findChild<QPlainTextEdit *>(QStringLiteral("semesterPart%1").arg(index));
    }

    QTemporaryDir dir;
    std::unique_ptr<gui::WorkspaceSession> session;
    std::unique_ptr<SemesterPage> page;
};

} // namespace

TEST_F(SemesterPageTest, OpensOnTheLastSemesterWithItsParts)
{
    EXPECT_EQ(page->semester(), (core::Semester{2023, 2}));
    EXPECT_EQ(page->statusText(), QStringLiteral("Saved for Semester II 2023."));
    ASSERT_NE(part(0), nullptr);
    EXPECT_TRUE(part(0)->toPlainText().startsWith(QStringLiteral("Puji syukur")));
    EXPECT_FALSE(page->hasUnsavedChanges());
}

TEST_F(SemesterPageTest, ChangingTheSemesterAsksAboutUnsavedEdits)
{
    part(4)->setPlainText(QStringLiteral("Penutup yang diubah"));
    ASSERT_TRUE(page->hasUnsavedChanges());

    Dialogs::setNextUnsavedChoice(Dialogs::UnsavedChoice::Cancel);
    EXPECT_FALSE(page->setSemester({2024, 1}));
    EXPECT_EQ(page->semester(), (core::Semester{2023, 2}));
    EXPECT_EQ(part(4)->toPlainText(), QStringLiteral("Penutup yang diubah")) << "kept as typed";

    Dialogs::setNextUnsavedChoice(Dialogs::UnsavedChoice::Discard);
    EXPECT_TRUE(page->setSemester({2024, 1}));
    // Semester I 2024 has no parts: semester II 2023's come as a draft, not yet stored.
    EXPECT_EQ(page->statusText(),
              QStringLiteral("Draft carried over from Semester II 2023: not saved yet."));
    EXPECT_TRUE(part(4)->toPlainText().startsWith(QStringLiteral("Demikian"))) << "not the edit";
    EXPECT_TRUE(page->hasUnsavedChanges());
    storage::SemesterRepository repository(session->database());
    EXPECT_FALSE(repository.texts({2024, 1}));
    EXPECT_EQ(repository.texts({2023, 2})->closing.rfind("Demikian", 0), 0u) << "edit dropped";

    ASSERT_TRUE(page->save()) << page->errorText().toStdString();
    EXPECT_FALSE(page->hasUnsavedChanges());
    ASSERT_TRUE(repository.texts({2024, 1}));
    EXPECT_EQ(page->statusText(), QStringLiteral("Saved for Semester I 2024."));
}

TEST_F(SemesterPageTest, SaveAllStoresTheEditsBeforeLeaving)
{
    part(1)->setPlainText(QStringLiteral("Ringkasan baru"));
    Dialogs::setNextUnsavedChoice(Dialogs::UnsavedChoice::SaveAll);
    EXPECT_TRUE(gui::UnsavedWork::resolveBeforeLeaving(page.get()));
    EXPECT_EQ(storage::SemesterRepository(session->database()).texts({2023, 2})->summary,
              "Ringkasan baru");
}

TEST_F(SemesterPageTest, WritesThePdf)
{
    const QString pdf = dir.filePath(QStringLiteral("laporan.pdf"));
    Dialogs::setNextFileName(pdf);
    const auto buttons = page->findChildren<QPushButton *>();
    QPushButton *pdfButton = nullptr;
    for (QPushButton *button : buttons) {
        if (button->text() == QStringLiteral("PDF\u2026"))
            pdfButton = button;
    }
    ASSERT_NE(pdfButton, nullptr);
    pdfButton->click();
    EXPECT_TRUE(QFile::exists(pdf)) << page->errorText().toStdString();
    EXPECT_TRUE(gui::FileExport::lastAnnouncement().contains(QStringLiteral("laporan.pdf")));
}

TEST_F(SemesterPageTest, TheReportDateIsShownEditedAndStored)
{
    auto *edit = page->findChild<gui::DateEdit *>(QStringLiteral("semesterReportDateEdit"));
    ASSERT_NE(edit, nullptr);
    EXPECT_EQ(page->reportDate(), QDate(2024, 1, 15)) << "the demo's stored date";
    EXPECT_EQ(edit->lineEdit()->text(), QStringLiteral("15 January 2024"));
    EXPECT_FALSE(page->hasUnsavedChanges());

    // Typed as Indonesians type it: an unsaved edit, stored by Simpan.
    edit->lineEdit()->selectAll();
    QTest::keyClicks(edit->lineEdit(), QStringLiteral("20/1/2024"));
    EXPECT_EQ(page->reportDate(), QDate(2024, 1, 20));
    EXPECT_TRUE(page->hasUnsavedChanges());
    ASSERT_TRUE(page->save()) << page->errorText().toStdString();
    storage::SemesterRepository repository(session->database());
    EXPECT_EQ(repository.texts({2023, 2})->reportDate, boost::gregorian::date(2024, 1, 20));

    // Not a date: refused with the reason, nothing stored.
    edit->lineEdit()->selectAll();
    QTest::keyClicks(edit->lineEdit(), QStringLiteral("tanggal"));
    EXPECT_FALSE(page->save());
    EXPECT_FALSE(page->errorText().isEmpty());
    EXPECT_EQ(repository.texts({2023, 2})->reportDate, boost::gregorian::date(2024, 1, 20));
    // Before the semester begins: the repository's rule, shown on the page.
    page->setReportDate(QDate(2023, 6, 1));
    EXPECT_FALSE(page->save());
    EXPECT_TRUE(page->errorText().contains(QStringLiteral("before the semester")))
        << page->errorText().toStdString();

    // A semester not saved yet is signed today (the clock's 10 January 2024).
    Dialogs::setNextUnsavedChoice(Dialogs::UnsavedChoice::Discard);
    ASSERT_TRUE(page->setSemester({2024, 1}));
    EXPECT_EQ(page->reportDate(), QDate(2024, 1, 10));
}

namespace {

/// The first page's size of a PDF in points ("Page size: 609.449 x 935.433 pts").
QSizeF pdfPageSize(const QString &path)
{
    QProcess process;
    process.start(QStringLiteral("pdfinfo"), {path});
    process.waitForFinished(30000);
    const QString info = QString::fromUtf8(process.readAllStandardOutput());
    const QRegularExpression size(QStringLiteral("Page size:\\s+([\\d.]+) x ([\\d.]+) pts"));
    const auto match = size.match(info);
    return match.hasMatch() ? QSizeF(match.captured(1).toDouble(), match.captured(2).toDouble())
                            : QSizeF();
}

QPushButton *button(QWidget *page, const char *name)
{
    return page->findChild<QPushButton *>(QString::fromLatin1(name));
}

} // namespace

TEST_F(SemesterPageTest, ThePaperIsChosenRememberedAndPrinted)
{
    auto *paper = page->findChild<QComboBox *>(QStringLiteral("semesterPaperCombo"));
    ASSERT_NE(paper, nullptr);
    ASSERT_EQ(paper->count(), 2);
    EXPECT_EQ(page->paper(), static_cast<int>(reports::Paper::A4)) << "A4 until chosen";

    const QString a4 = dir.filePath(QStringLiteral("a4.pdf"));
    Dialogs::setNextFileName(a4);
    button(page.get(), "semesterPdfButton")->click();
    const QSizeF a4Size = pdfPageSize(a4);
    EXPECT_NEAR(a4Size.width(), 595.3, 1.0);
    EXPECT_NEAR(a4Size.height(), 841.9, 1.0);

    // F4 (215 × 330 mm): printed on it, and remembered for the next page (and the other
    // print pages: one choice per user).
    paper->setCurrentIndex(paper->findData(static_cast<int>(reports::Paper::F4)));
    const QString f4 = dir.filePath(QStringLiteral("f4.pdf"));
    Dialogs::setNextFileName(f4);
    button(page.get(), "semesterPdfButton")->click();
    const QSizeF f4Size = pdfPageSize(f4);
    EXPECT_NEAR(f4Size.width(), 215 / 25.4 * 72, 1.0);
    EXPECT_NEAR(f4Size.height(), 330 / 25.4 * 72, 1.0);
    EXPECT_EQ(gui::ViewState::chosenPaper(), static_cast<int>(reports::Paper::F4));
    SemesterPage again(*session);
    EXPECT_EQ(again.paper(), static_cast<int>(reports::Paper::F4));
    EXPECT_FALSE(page->hasUnsavedChanges()) << "the paper is no edit of the report";
}

TEST_F(SemesterPageTest, SavingTellsTheOtherPages)
{
    SemesterPage other(*session);
    other.show();
    QSignalSpy changed(session.get(), &gui::WorkspaceSession::changed);
    part(4)->setPlainText(QStringLiteral("Penutup baru"));
    ASSERT_TRUE(page->save()) << page->errorText().toStdString();
    ASSERT_EQ(changed.size(), 1);
    const auto topics = changed.at(0).at(0).value<usecases::Topics>();
    EXPECT_TRUE(topics.testFlag(usecases::Topic::Semester));
    EXPECT_FALSE(topics.testFlag(usecases::Topic::Meetings)) << "only what changed";
    // The other page shows the saved text at once, and can save after it without a conflict.
    auto *otherClosing = other.findChild<QPlainTextEdit *>(QStringLiteral("semesterPart4"));
    EXPECT_EQ(otherClosing->toPlainText(), QStringLiteral("Penutup baru"));
    otherClosing->setPlainText(QStringLiteral("Penutup kedua"));
    EXPECT_TRUE(other.save()) << other.errorText().toStdString();
    EXPECT_EQ(part(4)->toPlainText(), QStringLiteral("Penutup kedua"));
}

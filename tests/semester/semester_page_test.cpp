// SPDX-License-Identifier: GPL-3.0-or-later
// The Laporan Semester page on the demo workspace, offscreen: it opens on the semester before
// today's with its stored parts; changing the semester with unsaved edits asks (Batal keeps
// the edits, Buang drops them); a semester without parts starts from the previous one's as a
// draft; Simpan stores; the PDF is written through the file question.
#include "gui/common/date_edit.h"
#include "gui/common/dialogs.h"
#include "gui/common/file_export.h"
#include "gui/language.h"
#include "gui/semester/semester_page.h"
#include "gui/workspace/workspace_session.h"

#include "core/clock.h"
#include "io/workspace_setup.h"
#include "storage/database.h"
#include "storage/semester/semester_repository.h"

#include <QApplication>
#include <QFile>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSettings>
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

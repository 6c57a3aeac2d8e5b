// SPDX-License-Identifier: GPL-3.0-or-later
// The editors of the convergence actions through their real widgets, on an offscreen screen of
// 1366×768 (offscreen-1366x768.json): no lost work (issue #11: Batal keeps the dialog and the
// edits, Simpan semua stores them, Buang drops them; another workspace closes the editor),
// saving notifies Topic::Actions and a hidden page catches up when shown, the report written
// as PDF and the checklist as XLSX from the page's buttons, and the page and its dialogs fit
// the screen (issue #15). With KONVERGENSI_SCREENSHOT_DIR set, it saves the dialogs there.
#include "../gui/gui_test_helpers.h"
#include "dialog_fit.h"

#include "gui/actions/action_detail_tab.h"
#include "gui/actions/action_dialogs.h"
#include "gui/actions/action_models.h"
#include "gui/actions/action_widgets.h"
#include "gui/actions/actions_page.h"
#include "gui/common/dialogs.h"
#include "gui/common/file_export.h"
#include "gui/common/unsaved_work.h"
#include "gui/language.h"
#include "gui/workspace/workspace_session.h"
#include "io/actions/demo_actions.h"
#include "storage/actions/action_repository.h"
#include "storage/database.h"
#include "storage/directory/directory_repository.h"
#include "usecases/actions/action_checklist.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFile>
#include <QFileInfo>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QProcess>
#include <QPushButton>
#include <QScreen>
#include <QTabWidget>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>

#include <gtest/gtest.h>

using namespace konvergensi;
using namespace konvergensi::gui;
using boost::gregorian::date;

namespace {

class ActionsEditorsTest : public ::testing::Test
{
protected:
    void SetUp() override
    {
        ASSERT_TRUE(dir.isValid());
        Dialogs::resetForTests();
        session = std::make_unique<WorkspaceSession>(clock);
        session->create(dir.filePath(QStringLiteral("demo.kvg")), io::WorkspaceTemplate::Demo);
        if (storage::ActionRepository(session->database()).years().empty())
            io::actions::addDemo(session->database());
        page = std::make_unique<ActionsPage>(*session);
        page->resize(room);
        page->show();
        page->showYear(2021);
        page->selectAction(page->card(QStringLiteral("8"))->actionId());
        page->selectOutput(0);
    }

    void TearDown() override
    {
        page.reset();
        session.reset();
        Dialogs::resetForTests();
    }

    core::ActionOutput storedOutput(int row) const
    {
        const core::ActionOutput *shown = page->outputModel()->outputAt(row);
        EXPECT_NE(shown, nullptr);
        return *storage::ActionRepository(session->database()).output(shown ? shown->id : 0);
    }

    /// Opens the output editor with the Edit button and runs `inside` on it while it is open.
    void whileEditing(const std::function<void(OutputDialog *)> &inside)
    {
        bool seen = false;
        test::whenModal([&](QWidget *modal) {
            seen = true;
            auto *dialog = qobject_cast<OutputDialog *>(modal);
            ASSERT_NE(dialog, nullptr);
            inside(dialog);
        });
        QTest::mouseClick(page->findChild<QPushButton *>(QStringLiteral("editOutputButton")),
                          Qt::LeftButton);
        EXPECT_TRUE(seen);
    }

    /// The room the main window leaves a page at 1366×768: less the sidebar, menu and status.
    const QSize room{1366 - 230 - 20, 768 - 110};
    std::shared_ptr<core::FixedClock> clock = std::make_shared<core::FixedClock>(date(2024, 3, 12));
    QTemporaryDir dir;
    std::unique_ptr<WorkspaceSession> session;
    std::unique_ptr<ActionsPage> page;
};

} // namespace

TEST_F(ActionsEditorsTest, TheScreenIs1366By768)
{
    EXPECT_EQ(QGuiApplication::primaryScreen()->geometry().size(), QSize(1366, 768));
}

TEST_F(ActionsEditorsTest, CancelOnQuittingKeepsTheEditorAndItsText)
{
    const core::ActionOutput before = storedOutput(0);
    whileEditing([&](OutputDialog *dialog) {
        auto *notes = dialog->findChild<QPlainTextEdit *>(QStringLiteral("notesEdit"));
        notes->setPlainText(QStringLiteral("Menunggu tanda tangan Bupati"));
        EXPECT_TRUE(dialog->hasUnsavedChanges());
        Dialogs::setNextUnsavedChoice(Dialogs::UnsavedChoice::Cancel);
        EXPECT_FALSE(UnsavedWork::resolveBeforeLeaving(page.get()));
        EXPECT_TRUE(dialog->isVisible());
        EXPECT_EQ(notes->toPlainText(), QStringLiteral("Menunggu tanda tangan Bupati"));
        // Closing it by hand asks again; "yes" drops the text.
        Dialogs::setNextAnswer(true);
        dialog->reject();
    });
    EXPECT_EQ(storedOutput(0), before);
}

TEST_F(ActionsEditorsTest, SaveAllOnQuittingStoresTheEdits)
{
    std::vector<usecases::Topics> heard;
    QObject::connect(session.get(), &WorkspaceSession::changed,
                     [&heard](usecases::Topics topics) { heard.push_back(topics); });
    whileEditing([&](OutputDialog *dialog) {
        dialog->findChild<QComboBox *>(QStringLiteral("responsibleComboBox"))
            ->setCurrentText(QStringLiteral("Fitri Handayani, S.E."));
        Dialogs::setNextUnsavedChoice(Dialogs::UnsavedChoice::SaveAll);
        EXPECT_TRUE(UnsavedWork::resolveBeforeLeaving(page.get()));
        EXPECT_FALSE(dialog->isVisible());
    });
    EXPECT_EQ(storedOutput(0).responsible, "Fitri Handayani, S.E.");
    ASSERT_FALSE(heard.empty());
    EXPECT_TRUE(heard.front().testFlag(usecases::Topic::Actions));
    EXPECT_FALSE(heard.front().testFlag(usecases::Topic::Meetings)) << "only what changed";
    // The shown page reloaded: the table has the new name.
    EXPECT_EQ(page->outputModel()
                  ->data(page->outputModel()->index(0, ActionOutputModel::ResponsibleColumn))
                  .toString(),
              QStringLiteral("Fitri Handayani, S.E."));
}

TEST_F(ActionsEditorsTest, DiscardOnQuittingDropsTheEdits)
{
    const core::ActionOutput before = storedOutput(0);
    whileEditing([&](OutputDialog *dialog) {
        auto *name = dialog->findChild<QLineEdit *>(QStringLiteral("nameLineEdit"));
        QTest::keyClicks(name, QStringLiteral(" (dibuang)")); // typed, as a user does
        Dialogs::setNextUnsavedChoice(Dialogs::UnsavedChoice::Discard);
        EXPECT_TRUE(UnsavedWork::resolveBeforeLeaving(page.get()));
        EXPECT_FALSE(dialog->isVisible());
        if (dialog->isVisible()) // never leave the test waiting on the dialog
            dialog->done(QDialog::Rejected);
    });
    EXPECT_EQ(storedOutput(0), before);
    EXPECT_TRUE(UnsavedWork::pending().empty());
}

TEST_F(ActionsEditorsTest, AWrongFormStaysOpenWithTheReason)
{
    const core::ActionOutput before = storedOutput(0);
    whileEditing([&](OutputDialog *dialog) {
        dialog->findChild<QLineEdit *>(QStringLiteral("nameLineEdit"))->clear();
        dialog->findChild<QDialogButtonBox *>(QStringLiteral("buttonBox"))
            ->button(QDialogButtonBox::Save)
            ->click();
        EXPECT_TRUE(dialog->isVisible());
        EXPECT_EQ(dialog->errorText(), QStringLiteral("An output needs a name."));
        Dialogs::setNextAnswer(true);
        dialog->reject();
    });
    EXPECT_EQ(storedOutput(0), before);
}

TEST_F(ActionsEditorsTest, MarkDoneCountsAsAnEditAndAnotherWorkspaceClosesTheEditor)
{
    bool seen = false;
    test::whenModal([&](QWidget *modal) {
        seen = true;
        auto *dialog = qobject_cast<OutputDialog *>(modal);
        ASSERT_NE(dialog, nullptr);
        EXPECT_TRUE(dialog->hasUnsavedChanges()) << "\"done\" is not stored yet";
        Q_EMIT session->workspaceChanged();
        EXPECT_FALSE(dialog->isVisible());
    });
    QTest::mouseClick(page->findChild<QPushButton *>(QStringLiteral("markDoneButton")),
                      Qt::LeftButton);
    EXPECT_TRUE(seen);
}

TEST_F(ActionsEditorsTest, TheActionEditorSavesThroughTheUseCase)
{
    const std::int64_t id = page->detailTab()->currentActionId();
    bool seen = false;
    test::whenModal([&](QWidget *modal) {
        seen = true;
        auto *dialog = qobject_cast<ActionDialog *>(modal);
        ASSERT_NE(dialog, nullptr);
        dialog->findChild<QPlainTextEdit *>(QStringLiteral("notesEdit"))
            ->setPlainText(QStringLiteral("Dibahas di rakor Agustus"));
        dialog->findChild<QDialogButtonBox *>(QStringLiteral("buttonBox"))
            ->button(QDialogButtonBox::Save)
            ->click();
    });
    QTest::mouseClick(page->findChild<QPushButton *>(QStringLiteral("editActionButton")),
                      Qt::LeftButton);
    EXPECT_TRUE(seen);
    EXPECT_EQ(storage::ActionRepository(session->database()).action(id)->notes,
              "Dibahas di rakor Agustus");
}

TEST_F(ActionsEditorsTest, AHiddenPageCatchesUpWhenShown)
{
    auto *combo = page->findChild<QComboBox *>(QStringLiteral("actionComboBox"));
    const int row = combo->currentIndex();
    const QString before = combo->itemText(row);
    page->hide();
    // Another screen (or the CLI's use case) renames the action.
    auto action =
        *storage::ActionRepository(session->database()).action(combo->currentData().toLongLong());
    action.name = "Review kinerja tahunan (diubah)";
    usecases::actions::saveAction(session->database(), action);
    session->notifyChanged(usecases::Topic::Locus); // not this page's topic
    page->show();
    EXPECT_EQ(combo->itemText(row), before) << "a change of another topic does not reload";
    page->hide();
    session->notifyChanged(usecases::Topic::Actions);
    EXPECT_EQ(combo->itemText(row), before) << "not while hidden";
    page->show();
    EXPECT_TRUE(combo->itemText(row).endsWith(QStringLiteral("Review kinerja tahunan (diubah)")))
        << combo->itemText(row).toStdString();
}

TEST_F(ActionsEditorsTest, ReportAsPdfAndChecklistAsXlsxFromTheButtons)
{
    const QString pdf = dir.filePath(QStringLiteral("laporan-aksi.pdf"));
    Dialogs::setNextFileName(pdf);
    QTest::mouseClick(page->findChild<QPushButton *>(QStringLiteral("pdfReportButton")),
                      Qt::LeftButton);
    ASSERT_TRUE(QFileInfo::exists(pdf));
    EXPECT_TRUE(FileExport::lastAnnouncement().contains(QStringLiteral("laporan-aksi.pdf")))
        << FileExport::lastAnnouncement().toStdString();
    QProcess text;
    text.start(QStringLiteral("pdftotext"), {pdf, QStringLiteral("-")});
    ASSERT_TRUE(text.waitForFinished(60000));
    const QString words = QString::fromUtf8(text.readAllStandardOutput()).simplified();
    EXPECT_TRUE(words.contains(QStringLiteral("2021"))) << words.left(400).toStdString();
    for (const auto &action : storage::ActionRepository(session->database()).actions(2021))
        EXPECT_TRUE(words.contains(QString::fromStdString(action.name).simplified()))
            << action.name;

    const QString xlsx = dir.filePath(QStringLiteral("daftar-aksi"));
    Dialogs::setNextFileName(xlsx);
    QTest::mouseClick(page->findChild<QPushButton *>(QStringLiteral("exportXlsxButton")),
                      Qt::LeftButton);
    EXPECT_TRUE(QFileInfo::exists(xlsx + QStringLiteral(".xlsx"))) << "the suffix is added";
    EXPECT_TRUE(FileExport::lastAnnouncement().contains(QStringLiteral("daftar-aksi.xlsx")));

    // The print preview is not shown in tests; building the report must not fail.
    page->printReport();
}

TEST_F(ActionsEditorsTest, ThePageAndEveryDialogFitTheScreen)
{
    // The pictures of the user guide are in Indonesian; the fitting is checked in both.
    const bool pictures = !qEnvironmentVariable("KONVERGENSI_SCREENSHOT_DIR").isEmpty();
    if (pictures) {
        ASSERT_TRUE(LanguageSetup::install(QStringLiteral("id")));
        page = std::make_unique<ActionsPage>(*session);
        page->resize(room);
        page->show();
        page->showYear(2021);
        page->selectAction(page->card(QStringLiteral("8"))->actionId());
    }
    EXPECT_LE(page->minimumSizeHint().width(), room.width());
    EXPECT_LE(page->minimumSizeHint().height(), room.height());
    const auto action = *storage::ActionRepository(session->database())
                             .action(page->detailTab()->currentActionId());
    QStringList people;
    for (const core::Person &person : session->directory().people())
        people << QString::fromStdString(person.name);
    OutputDialog output(*session, action.outputs.front(), people, page.get());
    test::expectDialogFits(&output, QStringLiteral("aksi-keluaran"));
    ActionDialog editor(*session, action, session->directory().opds(), page.get());
    test::expectDialogFits(&editor, QStringLiteral("aksi-ubah"));
    for (int tab = 0; tab < page->tabs()->count(); ++tab) {
        page->tabs()->setCurrentIndex(tab);
        QTest::qWait(20);
        const QString folder = qEnvironmentVariable("KONVERGENSI_SCREENSHOT_DIR");
        if (!folder.isEmpty())
            page->grab().save(folder + QStringLiteral("/aksi-tab-%1.png").arg(tab));
    }
    if (pictures)
        LanguageSetup::install(QStringLiteral("en"));
}

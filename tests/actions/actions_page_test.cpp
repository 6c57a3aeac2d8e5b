// SPDX-License-Identifier: GPL-3.0-or-later
// The convergence-actions page, driven through its real widgets (offscreen): the board of the
// demo, starting a year, marking an output done with evidence and seeing the card change,
// the history, the year comparison; item models under QAbstractItemModelTester.
// With KONVERGENSI_SCREENSHOT_DIR set, it also saves the board in Indonesian and the
// report as PDFs (A4 and F4) there, for people to look at.
#include "../gui/gui_test_helpers.h"

#include "gui/actions/action_models.h"
#include "gui/actions/action_widgets.h"
#include "gui/actions/actions_page.h"
#include "gui/common/attachments_widget.h"
#include "gui/common/colours.h"
#include "gui/common/date_edit.h"
#include "gui/common/dialogs.h"
#include "gui/language.h"
#include "gui/workspace/workspace_session.h"
#include "io/actions/demo_actions.h"
#include "reports/actions/action_report.h"
#include "storage/actions/action_repository.h"
#include "storage/database.h"
#include "storage/meetings/meeting_repository.h"
#include "usecases/actions/action_checklist.h"

#include <QAbstractItemModelTester>
#include <QComboBox>
#include <QDialog>
#include <QDialogButtonBox>
#include <QDir>
#include <QFile>
#include <QLabel>
#include <QListWidget>
#include <QProgressBar>
#include <QPushButton>
#include <QRegularExpression>
#include <QSpinBox>
#include <QTabWidget>
#include <QTableView>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QTranslator>

#include <gtest/gtest.h>

using namespace konvergensi;
using namespace konvergensi::gui;
using boost::gregorian::date;

namespace {

class ActionsPageTest : public ::testing::Test
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
        page->resize(1200, 800);
        page->show(); // a shown page reloads at once on a change (ReloadWhenShown)
    }

    void TearDown() override
    {
        page.reset();
        session.reset();
        Dialogs::resetForTests();
    }

    QPushButton *button(const QString &name) const
    {
        auto *b = page->findChild<QPushButton *>(name);
        EXPECT_NE(b, nullptr) << name.toStdString();
        return b;
    }

    std::shared_ptr<core::FixedClock> clock = std::make_shared<core::FixedClock>(date(2024, 3, 12));
    QTemporaryDir dir;
    std::unique_ptr<WorkspaceSession> session;
    std::unique_ptr<ActionsPage> page;
};

} // namespace

TEST_F(ActionsPageTest, BoardShowsTheLatestYearOfTheDemo)
{
    EXPECT_EQ(page->year(), 2023) << "2024 has no checklist yet, 2023 is the latest";
    for (int key = 1; key <= 8; ++key) {
        ActionCard *card = page->card(QString::number(key));
        ASSERT_NE(card, nullptr) << key;
        EXPECT_EQ(card->progressValue(), 100);
        EXPECT_EQ(card->statusLabelText(), QStringLiteral("done"));
    }
    EXPECT_TRUE(page->yearProgressLabel()->text().contains(QStringLiteral("100")));

    page->showYear(2021);
    EXPECT_EQ(page->card(QStringLiteral("4"))->progressValue(), 100);
    EXPECT_EQ(page->card(QStringLiteral("5"))->progressValue(), 0);
    EXPECT_EQ(page->card(QStringLiteral("5"))->statusLabelText(), QStringLiteral("late"));
    EXPECT_TRUE(page->yearProgressLabel()->text().contains(QStringLiteral("late: 4")))
        << page->yearProgressLabel()->text().toStdString();
}

TEST_F(ActionsPageTest, CardsTakeTheirNeutralColoursFromThePalette)
{
    // Only the status colour is a fixed colour; borders and backgrounds follow the palette,
    // so a dark or high-contrast theme keeps the cards readable.
    const QRegularExpression hex(QStringLiteral("#[0-9a-fA-F]{6}"));
    for (int key = 1; key <= 8; ++key) {
        ActionCard *card = page->card(QString::number(key));
        ASSERT_NE(card, nullptr) << key;
        auto *bar = card->findChild<QProgressBar *>(QStringLiteral("progressBar"));
        ASSERT_NE(bar, nullptr);
        for (const QString &sheet : {card->styleSheet(), bar->styleSheet()}) {
            EXPECT_TRUE(sheet.contains(QStringLiteral("palette("))) << sheet.toStdString();
            auto it = hex.globalMatch(sheet);
            while (it.hasNext()) {
                const QString colour = it.next().captured().toLower();
                EXPECT_TRUE(colour == colours::success.name() || colour == colours::danger.name()
                            || colour == colours::muted.name()
                            || colour == colours::seriesColour(0).name()
                            || colour == colours::success.lighter(115).name()
                            || colour == colours::danger.lighter(115).name()
                            || colour == colours::seriesColour(0).lighter(115).name())
                    << "a literal colour that is not a status colour: " << colour.toStdString();
            }
        }
    }
}

TEST_F(ActionsPageTest, MarkOutputDoneWithEvidenceMovesTheCard)
{
    QAbstractItemModelTester historyTester(page->historyModel(),
                                           QAbstractItemModelTester::FailureReportingMode::Fatal);
    page->showYear(2024);
    auto *empty = page->findChild<QLabel *>(QStringLiteral("emptyYearLabel"));
    ASSERT_NE(empty, nullptr);
    EXPECT_FALSE(empty->isHidden());
    EXPECT_TRUE(empty->text().contains(QStringLiteral("2023"))) << "it will copy 2023";
    EXPECT_EQ(page->card(QStringLiteral("1")), nullptr);

    Dialogs::setNextAnswer(true);
    QTest::mouseClick(button(QStringLiteral("startYearButton")), Qt::LeftButton);
    ActionCard *card = page->card(QStringLiteral("1"));
    ASSERT_NE(card, nullptr);
    EXPECT_TRUE(empty->isHidden());
    EXPECT_EQ(card->progressValue(), 0);
    EXPECT_EQ(card->statusLabelText(), QStringLiteral("not started"));

    // Open Aksi 1 from its card.
    QTest::mouseClick(card, Qt::LeftButton);
    EXPECT_EQ(page->tabs()->currentIndex(), 1);
    ASSERT_EQ(page->outputModel()->rowCount(), 3);
    page->selectOutput(0);

    // Mark the first output done: the dialog proposes today.
    bool sawDialog = false;
    test::whenModal([&](QWidget *modal) {
        sawDialog = true;
        auto *state = modal->findChild<QComboBox *>(QStringLiteral("stateComboBox"));
        auto *doneDate = modal->findChild<DateEdit *>(QStringLiteral("doneDateEdit"));
        ASSERT_NE(state, nullptr);
        ASSERT_NE(doneDate, nullptr);
        EXPECT_EQ(state->currentData().toInt(), static_cast<int>(core::OutputState::Done));
        EXPECT_EQ(doneDate->date(), QDate(2024, 3, 12));
        EXPECT_TRUE(doneDate->isEnabled());
        auto *responsible = modal->findChild<QComboBox *>(QStringLiteral("responsibleComboBox"));
        responsible->setCurrentText(QStringLiteral("Fitri Handayani, S.E."));
        modal->findChild<QDialogButtonBox *>(QStringLiteral("buttonBox"))
            ->button(QDialogButtonBox::Save)
            ->click();
    });
    QTest::mouseClick(button(QStringLiteral("markDoneButton")), Qt::LeftButton);
    EXPECT_TRUE(sawDialog);
    card = page->card(QStringLiteral("1"));
    EXPECT_EQ(card->progressValue(), 0) << "done, but no evidence yet";
    EXPECT_EQ(card->statusLabelText(), QStringLiteral("in progress"));
    EXPECT_EQ(page->outputModel()
                  ->data(page->outputModel()->index(0, ActionOutputModel::StateColumn))
                  .toString(),
              QStringLiteral("done, no evidence"));

    // Attach the evidence.
    const QString file = dir.filePath(QStringLiteral("analisis-situasi-2024.pdf"));
    {
        QFile out(file);
        ASSERT_TRUE(out.open(QIODevice::WriteOnly));
        out.write(io::demoPlaceholderPdf(QStringLiteral("Analisis situasi"), {}));
    }
    ASSERT_EQ(page->outputView()->currentIndex().row(), 0);
    Dialogs::setNextFileName(file);
    QTest::mouseClick(button(QStringLiteral("addDocumentButton")), Qt::LeftButton);
    card = page->card(QStringLiteral("1"));
    EXPECT_EQ(card->progressValue(), 33);
    EXPECT_EQ(card->statusLabelText(), QStringLiteral("in progress"));
    ASSERT_EQ(page->evidence()->count(), 1);
    EXPECT_EQ(page->evidence()->table()->item(0, 0)->text(),
              QStringLiteral("analisis-situasi-2024.pdf"));
    EXPECT_EQ(page->outputModel()
                  ->data(page->outputModel()->index(0, ActionOutputModel::EvidenceColumn))
                  .toInt(),
              1);
    // The history names what happened.
    ActionLineModel *historyModel = page->historyModel();
    QStringList history;
    for (int i = 0; i < historyModel->rowCount(); ++i)
        history << historyModel->data(historyModel->index(i)).toString();
    ASSERT_FALSE(history.isEmpty());
    EXPECT_TRUE(history.first().contains(
        QStringLiteral("Evidence \u201canalisis-situasi-2024.pdf\u201d added")))
        << history.join(QLatin1Char('\n')).toStdString();
    EXPECT_TRUE(
        history.join(QLatin1Char('\n')).contains(QStringLiteral("not started \u2192 done")));

    // Removing the evidence takes the progress back.
    page->evidence()->table()->selectRow(0);
    Dialogs::setNextAnswer(true);
    QTest::mouseClick(button(QStringLiteral("removeDocumentButton")), Qt::LeftButton);
    EXPECT_EQ(page->evidence()->count(), 0);
    EXPECT_EQ(page->card(QStringLiteral("1"))->progressValue(), 0);
}

TEST_F(ActionsPageTest, MeetingsThatServedTheActionAreListed)
{
    core::Meeting meeting;
    meeting.kind = core::MeetingKind::RembukStunting;
    meeting.title = "Rembuk Stunting Kabupaten Bengkalis Tahun 2023";
    meeting.date = date(2023, 5, 9);
    meeting.servesAction = "3";
    const core::Meeting added = storage::MeetingRepository(session->database()).add(meeting);
    page->showYear(2023);
    page->selectAction(page->card(QStringLiteral("3"))->actionId());
    ActionLineModel *meetings = page->meetingModel();
    QAbstractItemModelTester meetingTester(meetings,
                                           QAbstractItemModelTester::FailureReportingMode::Fatal);
    ASSERT_EQ(meetings->rowCount(), 1);
    const QString line = meetings->data(meetings->index(0)).toString();
    EXPECT_TRUE(line.contains(QStringLiteral("Rembuk Stunting Kabupaten Bengkalis Tahun 2023")));
    EXPECT_TRUE(line.contains(QStringLiteral("9 May 2023")));
    EXPECT_EQ(meetings->data(meetings->index(0), Qt::ToolTipRole).toString(), line);
    EXPECT_EQ(meetings->data(meetings->index(0), ActionLineModel::IdRole).toLongLong(), added.id);
    // An action no meeting served says so, with no meeting behind the line.
    page->selectAction(page->card(QStringLiteral("5"))->actionId());
    ASSERT_EQ(meetings->rowCount(), 1);
    EXPECT_EQ(meetings->data(meetings->index(0)).toString(),
              QStringLiteral("(none recorded in the meeting register)"));
    EXPECT_FALSE(meetings->data(meetings->index(0), ActionLineModel::IdRole).isValid());
    // ... and in the report.
    const auto data = usecases::actions::loadReport(session->database(), 2023);
    const QString html = reports::buildActionReport(data, core::Language::English).html();
    EXPECT_TRUE(html.contains(QStringLiteral("Rembuk Stunting Kabupaten Bengkalis Tahun 2023")));
}

TEST_F(ActionsPageTest, CompareYearsAndModelsUnderTester)
{
    auto *comparison = page->comparisonModel();
    QAbstractItemModelTester comparisonTester(
        comparison, QAbstractItemModelTester::FailureReportingMode::Fatal);
    QAbstractItemModelTester outputTester(page->outputModel(),
                                          QAbstractItemModelTester::FailureReportingMode::Fatal);
    // The demo's two years are compared by default.
    ASSERT_EQ(comparison->rowCount(), 8);
    EXPECT_EQ(comparison->headerData(YearComparisonModel::FirstColumn, Qt::Horizontal).toString(),
              QStringLiteral("Progress 2021"));
    EXPECT_EQ(comparison->percent(4, false), std::optional<double>(0.0));
    EXPECT_EQ(comparison->percent(4, true), std::optional<double>(100.0));
    EXPECT_EQ(comparison->data(comparison->index(4, YearComparisonModel::ChangeColumn)).toString(),
              QStringLiteral("+100"));
    EXPECT_EQ(comparison->data(comparison->index(0, YearComparisonModel::ChangeColumn)).toString(),
              QStringLiteral("0"));

    // A 2025 catalogue against 2023: only matching keys line up.
    storage::ActionRepository(session->database()).startYear(2025);
    page->reload(); // as after a change of Topic::Actions: 2025 can now be chosen
    auto *first = page->findChild<QComboBox *>(QStringLiteral("compareFirstYearComboBox"));
    auto *second = page->findChild<QComboBox *>(QStringLiteral("compareSecondYearComboBox"));
    ASSERT_NE(first, nullptr);
    ASSERT_NE(second, nullptr);
    QStringList offered;
    for (int i = 0; i < second->count(); ++i)
        offered << second->itemText(i);
    EXPECT_EQ(offered,
              QStringList({QStringLiteral("2021"), QStringLiteral("2023"), QStringLiteral("2025")}))
        << "only years with a checklist: " << offered.join(QLatin1Char(' ')).toStdString();
    first->setCurrentIndex(first->findText(QStringLiteral("2023")));
    second->setCurrentIndex(second->findText(QStringLiteral("2025")));
    EXPECT_GT(comparison->rowCount(), 8);
    EXPECT_EQ(comparison->percent(0, true), std::nullopt);
    EXPECT_EQ(comparison->data(comparison->index(0, YearComparisonModel::SecondColumn)).toString(),
              QStringLiteral("\u2013"));

    page->showYear(2021);
    page->selectAction(page->card(QStringLiteral("3"))->actionId());
    EXPECT_EQ(page->outputModel()->rowCount(), 3);
}

TEST_F(ActionsPageTest, ScreenshotsAndReportsInIndonesian)
{
    const QString out = qEnvironmentVariable("KONVERGENSI_SCREENSHOT_DIR");
    if (out.isEmpty())
        GTEST_SKIP() << "set KONVERGENSI_SCREENSHOT_DIR to write screenshots and PDFs";
    QDir().mkpath(out);
    ASSERT_TRUE(LanguageSetup::install(QStringLiteral("id")));
    // Strings newer than the committed translation file can come from a freshly built .qm.
    QTranslator extra;
    if (const QString qm = qEnvironmentVariable("KONVERGENSI_EXTRA_QM"); !qm.isEmpty()) {
        ASSERT_TRUE(extra.load(qm));
        QCoreApplication::installTranslator(&extra);
    }
    page = std::make_unique<ActionsPage>(*session);
    page->resize(1366 - 230 - 20, 768 - 110); // the room the window leaves at 1366x768
    page->show();
    page->showYear(2021);
    QTest::qWait(200);
    page->grab().save(out + QStringLiteral("/aksi-papan.png"));
    page->showYear(2023);
    page->selectAction(page->card(QStringLiteral("4"))->actionId());
    page->tabs()->setCurrentIndex(1);
    QTest::qWait(100);
    page->grab().save(out + QStringLiteral("/aksi-rincian.png"));
    page->tabs()->setCurrentIndex(2);
    QTest::qWait(100);
    page->grab().save(out + QStringLiteral("/aksi-banding.png"));
    for (const int year : {2021, 2023}) {
        const auto data = usecases::actions::loadReport(session->database(), year);
        reports::buildActionReport(data, core::Language::Indonesian, reports::Paper::A4)
            .writePdf(out + QStringLiteral("/aksi-%1-a4.pdf").arg(year));
        reports::buildActionReport(data, core::Language::Indonesian, reports::Paper::F4)
            .writePdf(out + QStringLiteral("/aksi-%1-f4.pdf").arg(year));
    }
    QCoreApplication::removeTranslator(&extra);
    LanguageSetup::install(QStringLiteral("en"));
}

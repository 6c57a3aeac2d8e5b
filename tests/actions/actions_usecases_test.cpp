// SPDX-License-Identifier: GPL-3.0-or-later
// The use cases of the convergence actions (usecases::actions), without widgets: saving an
// output or an action by core's rules, a stale edit refused, the history's words, and the
// report and checklist written to files with progress; a cancelled report writes nothing.
// Writing a PDF needs fonts, hence a GUI test (offscreen).
#include "usecases/actions/action_checklist.h"

#include "io/actions/demo_actions.h"
#include "io/workspace_setup.h"
#include "storage/actions/action_repository.h"
#include "storage/database.h"
#include "storage/storage_error.h"

#include <QFile>
#include <QFileInfo>
#include <QTemporaryDir>

#include <gtest/gtest.h>

using namespace konvergensi;
using boost::gregorian::date;
namespace uc = konvergensi::usecases::actions;

namespace {

class ActionsUseCasesTest : public ::testing::Test
{
protected:
    void SetUp() override
    {
        ASSERT_TRUE(dir.isValid());
        db = storage::Database::createSqlite(dir.filePath(QStringLiteral("w.kvg")), clock);
        io::populateDemo(*db);
        io::actions::addDemo(*db);
    }

    core::ActionOutput firstOutput(int year, const std::string &key)
    {
        for (const auto &action : storage::ActionRepository(*db).actions(year)) {
            if (action.key == key)
                return action.outputs.front();
        }
        ADD_FAILURE() << "no action " << key;
        return {};
    }

    std::shared_ptr<core::FixedClock> clock = std::make_shared<core::FixedClock>(date(2021, 8, 2));
    QTemporaryDir dir;
    std::unique_ptr<storage::Database> db;
};

} // namespace

TEST_F(ActionsUseCasesTest, SaveOutputStoresItAndKeepsTheRowVersion)
{
    core::ActionOutput output = firstOutput(2021, "8");
    ASSERT_NE(output.state, core::OutputState::Done);
    output.state = core::OutputState::Done;
    output.doneDate = date(2021, 7, 30);
    output.responsible = "Fitri Handayani, S.E.";
    const core::ActionOutput saved = uc::saveOutput(*db, output);
    EXPECT_EQ(saved.rowVersion, output.rowVersion + 1);
    const auto stored = storage::ActionRepository(*db).output(output.id);
    ASSERT_TRUE(stored);
    EXPECT_EQ(stored->state, core::OutputState::Done);
    EXPECT_EQ(stored->doneDate, std::optional<date>(date(2021, 7, 30)));
    EXPECT_EQ(stored->responsible, "Fitri Handayani, S.E.");

    // The same edit again, read before the first save: refused as stale.
    output.notes = "late edit";
    try {
        uc::saveOutput(*db, output);
        ADD_FAILURE() << "a stale output was saved";
    } catch (const storage::StorageError &error) {
        EXPECT_EQ(error.kind(), storage::StorageError::Kind::Conflict);
    }
    EXPECT_EQ(storage::ActionRepository(*db).output(output.id)->notes, stored->notes);
}

TEST_F(ActionsUseCasesTest, RulesOfCoreRefuseAndStoreNothing)
{
    core::ActionOutput output = firstOutput(2021, "6");
    const auto before = storage::ActionRepository(*db).output(output.id);
    output.state = core::OutputState::Done;
    output.doneDate.reset();
    try {
        uc::saveOutput(*db, output);
        ADD_FAILURE() << "done without a date was saved";
    } catch (const uc::ChecklistError &error) {
        EXPECT_EQ(error.problem(), core::ActionProblem::OutputDoneWithoutDate);
        EXPECT_EQ(error.message(), QStringLiteral("Give the date the output was done."));
    }
    EXPECT_EQ(storage::ActionRepository(*db).output(output.id), before);

    core::ActionOutput added;
    added.actionId = output.actionId;
    added.name = "   ";
    EXPECT_THROW(uc::saveOutput(*db, added), uc::ChecklistError);
    added.name = "Peta sebaran layanan";
    const auto saved = uc::saveOutput(*db, added);
    EXPECT_NE(saved.id, 0);
    EXPECT_EQ(storage::ActionRepository(*db).output(saved.id)->name, "Peta sebaran layanan");

    auto action = *storage::ActionRepository(*db).action(output.actionId);
    action.dueEnd = action.dueStart - boost::gregorian::days(1);
    try {
        uc::saveAction(*db, action);
        ADD_FAILURE() << "a due period ending before it starts was saved";
    } catch (const uc::ChecklistError &error) {
        EXPECT_EQ(error.problem(), core::ActionProblem::DueEndBeforeStart);
    }
}

TEST_F(ActionsUseCasesTest, HistoryLinesNameWhatChanged)
{
    core::ActionOutput output = firstOutput(2021, "5");
    const core::OutputState was = output.state;
    output.state = was == core::OutputState::InProgress ? core::OutputState::NotStarted
                                                        : core::OutputState::InProgress;
    uc::saveOutput(*db, output);
    const auto history = storage::ActionRepository(*db).history(output.actionId);
    ASSERT_FALSE(history.empty());
    const QString line = uc::historyLine(history.front());
    EXPECT_TRUE(
        line.contains(QStringLiteral("Output \u201c%1\u201d changed: %2 \u2192 %3")
                          .arg(QString::fromStdString(output.name), reports::outputStateText(was),
                               reports::outputStateText(output.state))))
        << line.toStdString();
}

TEST_F(ActionsUseCasesTest, StartYearCopiesTheLatestCatalogue)
{
    EXPECT_EQ(uc::copySourceFor(*db, 2024), std::optional<int>(2023));
    const auto started = uc::startYear(*db, 2024);
    ASSERT_EQ(started.size(), storage::ActionRepository(*db).actions(2023).size());
    EXPECT_THROW(uc::startYear(*db, 2024), storage::StorageError);
}

TEST_F(ActionsUseCasesTest, ReportAndChecklistAreWrittenWithProgress)
{
    std::vector<qint64> steps;
    usecases::Progress progress(
        [&steps](qint64 done, qint64, const QString &) { steps.push_back(done); });
    const QString pdf = dir.filePath(QStringLiteral("aksi.pdf"));
    const int pages = uc::writeReportPdf(*db, 2021, core::Language::English, reports::Paper::F4,
                                         pdf, progress);
    EXPECT_GT(pages, 1);
    EXPECT_GT(QFileInfo(pdf).size(), 1000);
    EXPECT_EQ(steps, (std::vector<qint64>{0, 1, 2, 3}));

    steps.clear();
    const QString xlsx = dir.filePath(QStringLiteral("aksi.xlsx"));
    uc::exportChecklistXlsx(*db, 2021, core::Language::Indonesian, xlsx, progress);
    QFile file(xlsx);
    ASSERT_TRUE(file.open(QIODevice::ReadOnly));
    EXPECT_EQ(file.read(2), QByteArray("PK")) << "an .xlsx is a zip";
    EXPECT_EQ(steps.back(), 3);
}

TEST_F(ActionsUseCasesTest, ACancelledReportWritesNothing)
{
    usecases::Progress progress;
    progress.cancel();
    const QString pdf = dir.filePath(QStringLiteral("cancelled.pdf"));
    EXPECT_THROW(
        uc::writeReportPdf(*db, 2021, core::Language::English, reports::Paper::A4, pdf, progress),
        usecases::Cancelled);
    EXPECT_FALSE(QFileInfo::exists(pdf));

    // Cancelled once the checklist is read, before the workbook is written: nothing written.
    usecases::Progress *self = nullptr;
    usecases::Progress midway([&self](qint64 done, qint64, const QString &) {
        if (done >= 2 && self)
            self->cancel();
    });
    self = &midway;
    EXPECT_THROW(uc::exportChecklistXlsx(*db, 2021, core::Language::English,
                                         dir.filePath(QStringLiteral("c.xlsx")), midway),
                 usecases::Cancelled);
    EXPECT_FALSE(QFileInfo::exists(dir.filePath(QStringLiteral("c.xlsx"))));
}

TEST_F(ActionsUseCasesTest, EveryProblemHasWords)
{
    for (const auto problem :
         {core::ActionProblem::EmptyKey, core::ActionProblem::EmptyName,
          core::ActionProblem::DueEndBeforeStart, core::ActionProblem::DueOutsideYear,
          core::ActionProblem::OutputEmptyName, core::ActionProblem::OutputDoneWithoutDate})
        EXPECT_FALSE(uc::problemText(problem).isEmpty()) << static_cast<int>(problem);
}

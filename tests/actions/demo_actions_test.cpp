// SPDX-License-Identifier: GPL-3.0-or-later
// The demo convergence actions of Bengkalis: 2021 as the seed report of 29 June 2021 has it,
// a complete 2023, evidence as labelled demo PDFs.
#include "io/actions/demo_actions.h"
#include "io/workspace_setup.h"

#include "core/actions/actions.h"
#include "storage/actions/action_repository.h"
#include "storage/database.h"
#include "storage/document_store.h"
#include "storage/storage_error.h"

#include <gtest/gtest.h>

using namespace konvergensi;
using boost::gregorian::date;

namespace {

struct DemoDb
{
    std::shared_ptr<core::FixedClock> clock = std::make_shared<core::FixedClock>(date(2021, 6, 29));
    std::unique_ptr<storage::Database> db = storage::Database::openSqlite(
        QStringLiteral(":memory:"), clock);

    DemoDb()
    {
        io::populateDemo(*db);
        io::actions::addDemo(*db);
    }
};

std::vector<int> percents(const std::vector<core::Action> &actions)
{
    std::vector<int> out;
    for (const auto &action : actions)
        out.push_back(static_cast<int>(core::progressOf(action).percent() + 0.5));
    return out;
}

} // namespace

TEST(DemoActions, Bengkalis2021MatchesTheSeedReportOf29June2021)
{
    DemoDb demo;
    storage::ActionRepository repo(*demo.db);
    EXPECT_EQ(repo.years(), (std::vector<int>{2021, 2023}));
    const auto actions = repo.actions(2021);
    ASSERT_EQ(actions.size(), 8U);
    // Evidence uploaded up to Aksi 4.
    EXPECT_EQ(percents(actions), (std::vector<int>{100, 100, 100, 100, 0, 0, 0, 0}));
    // Aksi 5 carried out: every output done, none with evidence.
    for (const auto &output : actions[4].outputs) {
        EXPECT_EQ(output.state, core::OutputState::Done);
        EXPECT_EQ(output.evidenceCount, 0);
    }
    const core::FixedClock seedDay(date(2021, 6, 29));
    EXPECT_EQ(core::statusOf(actions[3], seedDay), core::ActionStatus::Done);
    EXPECT_EQ(core::statusOf(actions[4], seedDay), core::ActionStatus::InProgress)
        << "due 30 June: not late on the 29th";
    EXPECT_EQ(core::statusOf(actions[7], seedDay), core::ActionStatus::NotStarted);
    EXPECT_NEAR(core::yearProgress(actions), 0.5, 1e-9);
    // The regent's regulation No 24 of 2021 is Aksi 4's evidence.
    EXPECT_NE(actions[3].outputs[0].notes.find("No 24 Tahun 2021"), std::string::npos);
    EXPECT_EQ(actions[3].leadOpdName, "DPMD");
}

TEST(DemoActions, Bengkalis2023IsComplete)
{
    DemoDb demo;
    storage::ActionRepository repo(*demo.db);
    const auto actions = repo.actions(2023);
    ASSERT_EQ(actions.size(), 8U);
    for (const auto &action : actions)
        EXPECT_TRUE(core::isComplete(action)) << action.key;
    EXPECT_DOUBLE_EQ(core::yearProgress(actions), 1.0);
    // Revised names from 2022 on, and the 2023 catalogue's own extra output.
    EXPECT_EQ(actions[4].name, "Pembinaan Pelaku dan Pemerintahan Desa/Kelurahan");
    EXPECT_EQ(actions[7].outputs.size(), 3U);
    EXPECT_NE(actions[7].outputs[2].notes.find("25 Mei 2023"), std::string::npos);
    EXPECT_NE(actions[4].outputs[0].notes.find("136 KPM"), std::string::npos);

    // Evidence: labelled demo PDFs.
    storage::DocumentStore documents(*demo.db);
    const auto evidence = documents.list(storage::ActionRepository::kEvidenceOwnerType,
                                         actions[3].outputs[0].id);
    ASSERT_EQ(evidence.size(), 1U);
    EXPECT_EQ(evidence[0].mimeType, QStringLiteral("application/pdf"));
    const QByteArray pdf = documents.content(evidence[0].id);
    EXPECT_TRUE(pdf.startsWith("%PDF-1.4"));
    EXPECT_TRUE(pdf.contains("DOKUMEN DEMO - BUKAN DOKUMEN ASLI"));
    EXPECT_TRUE(pdf.trimmed().endsWith("%%EOF"));
}

TEST(DemoActions, RefusesAWorkspaceThatHasTheYears)
{
    DemoDb demo;
    EXPECT_THROW(io::actions::addDemo(*demo.db), storage::StorageError);
}

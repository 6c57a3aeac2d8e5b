// SPDX-License-Identifier: GPL-3.0-or-later
// ActionRepository on real in-memory SQLite: starting a year from the catalogue, copying the
// previous year's adjustments, output edits with row versions, evidence counts, history.
#include "../storage/storage_test_util.h"

#include "storage/actions/action_repository.h"
#include "storage/directory/directory_repository.h"
#include "storage/document_store.h"

#include <gtest/gtest.h>

using namespace konvergensi;
using boost::gregorian::date;
using konvergensi::test::count;
using konvergensi::test::errorKind;
using konvergensi::test::TestDb;

namespace {

class ActionRepositoryTest : public ::testing::Test
{
protected:
    void SetUp() override
    {
        storage::DirectoryRepository directory(*db);
        bappeda = directory.addOpd({0, "Badan Perencanaan Pembangunan Daerah", "Bappeda", 0});
        dinkes = directory.addOpd({0, "Dinas Kesehatan", "Dinkes", 0});
    }

    const core::Action &byKey(const std::vector<core::Action> &actions, const std::string &key)
    {
        for (const auto &action : actions) {
            if (action.key == key)
                return action;
        }
        ADD_FAILURE() << "no action " << key;
        static core::Action none;
        return none;
    }

    TestDb db;
    core::Opd bappeda;
    core::Opd dinkes;
};

} // namespace

TEST_F(ActionRepositoryTest, StartYearFromCatalogueMatchesLeadOpdByShortName)
{
    storage::ActionRepository repo(*db);
    EXPECT_FALSE(repo.hasYear(2024));
    EXPECT_EQ(repo.copySourceFor(2024), std::nullopt);
    const auto actions = repo.startYear(2024);
    ASSERT_EQ(actions.size(), 8U);
    EXPECT_TRUE(repo.hasYear(2024));
    EXPECT_EQ(repo.years(), std::vector<int>{2024});
    EXPECT_EQ(actions[0].key, "1");
    EXPECT_EQ(actions[0].leadOpdId, std::optional<std::int64_t>(bappeda.id));
    EXPECT_EQ(actions[0].leadOpdName, "Bappeda");
    EXPECT_EQ(actions[6].leadOpdName, "Dinkes");
    EXPECT_FALSE(actions[3].leadOpdId) << "DPMD is not in this directory";
    EXPECT_EQ(actions[2].dueEnd, date(2024, 5, 31));
    EXPECT_EQ(actions[2].outputs.size(), 3U);
    EXPECT_GT(actions[2].outputs[0].id, 0);
    EXPECT_EQ(count(*db, QStringLiteral("action_item")), 8);
    // Every insert is in the audit log.
    EXPECT_EQ(test::scalar(*db, QStringLiteral("SELECT count(*) FROM audit_log WHERE table_name "
                                               "= 'action_item' AND action = 'insert'"))
                  .toInt(),
              8);

    QString message;
    EXPECT_EQ(errorKind([&] { repo.startYear(2024); }, &message),
              storage::StorageError::Kind::Invalid);
    EXPECT_TRUE(message.contains(QStringLiteral("2024")));
    EXPECT_EQ(errorKind([&] { repo.startYear(1800); }), storage::StorageError::Kind::Invalid);
}

TEST_F(ActionRepositoryTest, NewYearCopiesThePreviousYearsAdjustments)
{
    storage::ActionRepository repo(*db);
    repo.startYear(2022);
    auto y2023 = repo.startYear(2023);
    // Adjust 2023: a later due date and another lead for Aksi 3, an extra output.
    core::Action aksi3 = byKey(y2023, "3");
    aksi3.dueEnd = date(2023, 6, 20);
    aksi3.leadOpdId = dinkes.id;
    aksi3 = repo.updateAction(aksi3);
    core::ActionOutput extra;
    extra.actionId = aksi3.id;
    extra.name = "Foto kegiatan rembuk";
    repo.addOutput(extra);
    // ... and mark an output done: state must not travel to the next year.
    core::ActionOutput first = aksi3.outputs[0];
    first.state = core::OutputState::Done;
    first.doneDate = date(2023, 5, 2);
    repo.updateOutput(first);

    EXPECT_EQ(repo.copySourceFor(2024), std::optional<int>(2023)) << "the latest earlier year";
    const auto y2024 = repo.startYear(2024);
    const core::Action &copied = byKey(y2024, "3");
    EXPECT_EQ(copied.dueEnd, date(2024, 6, 20));
    EXPECT_EQ(copied.leadOpdName, "Dinkes");
    ASSERT_EQ(copied.outputs.size(), 4U);
    EXPECT_EQ(copied.outputs[3].name, "Foto kegiatan rembuk");
    EXPECT_EQ(copied.outputs[0].state, core::OutputState::NotStarted);
    EXPECT_FALSE(copied.outputs[0].doneDate);
    EXPECT_NE(copied.outputs[0].id, first.id);
    // 2022 is untouched.
    EXPECT_EQ(byKey(repo.actions(2022), "3").outputs.size(), 3U);
}

TEST_F(ActionRepositoryTest, The2025CatalogueDoesNotCopyTheClassicEight)
{
    storage::ActionRepository repo(*db);
    repo.startYear(2024);
    EXPECT_EQ(repo.copySourceFor(2025), std::nullopt);
    const auto y2025 = repo.startYear(2025);
    EXPECT_NE(y2025.size(), 8U);
    EXPECT_EQ(y2025.front().group, core::ActionGroup::Main);
    // A user may add an action of their own to a year.
    core::Action own;
    own.year = 2025;
    own.key = "P9";
    own.group = core::ActionGroup::Supporting;
    own.name = "Audit Kasus Stunting";
    own.dueStart = date(2025, 1, 1);
    own.dueEnd = date(2025, 12, 31);
    own.outputs.push_back({0, 0, 1, "Laporan audit kasus stunting", {}, {}, {}, {}, 0, 0});
    const core::Action added = repo.addAction(own);
    EXPECT_EQ(added.outputs.size(), 1U);
    EXPECT_EQ(repo.actions(2025).back().key, "P9");
    EXPECT_EQ(errorKind([&] { repo.addAction(own); }), storage::StorageError::Kind::Invalid)
        << "the key is taken";
    repo.removeAction(added.id);
    EXPECT_EQ(repo.actions(2025).size(), y2025.size());
}

TEST_F(ActionRepositoryTest, OutputEditsCheckRowVersionAndDates)
{
    storage::ActionRepository repo(*db);
    const auto actions = repo.startYear(2024);
    core::ActionOutput output = actions[0].outputs[0];
    output.state = core::OutputState::Done;
    output.doneDate.reset();
    EXPECT_EQ(errorKind([&] { repo.updateOutput(output); }), storage::StorageError::Kind::Invalid);

    output.doneDate = date(2024, 2, 14);
    output.responsible = "  Fitri Handayani  ";
    const core::ActionOutput saved = repo.updateOutput(output);
    EXPECT_EQ(saved.rowVersion, 2);
    EXPECT_EQ(saved.responsible, "Fitri Handayani");
    EXPECT_EQ(saved.doneDate, std::optional<date>(date(2024, 2, 14)));
    // Stale copy refused.
    EXPECT_EQ(errorKind([&] { repo.updateOutput(output); }), storage::StorageError::Kind::Conflict);
    // Back to in progress: the date goes.
    core::ActionOutput back = saved;
    back.state = core::OutputState::InProgress;
    EXPECT_FALSE(repo.updateOutput(back).doneDate);

    core::Action action = actions[0];
    action.dueEnd = date(2023, 1, 1);
    EXPECT_EQ(errorKind([&] { repo.updateAction(action); }), storage::StorageError::Kind::Invalid);
}

TEST_F(ActionRepositoryTest, EvidenceCountsAndProgress)
{
    storage::ActionRepository repo(*db);
    const auto actions = repo.startYear(2024);
    const core::Action &aksi1 = actions[0];
    ASSERT_EQ(aksi1.outputs.size(), 3U);
    storage::DocumentStore documents(*db);
    for (const auto &output : aksi1.outputs) {
        core::ActionOutput done = output;
        done.state = core::OutputState::Done;
        done.doneDate = date(2024, 3, 1);
        repo.updateOutput(done);
    }
    documents.add(storage::ActionRepository::kEvidenceOwnerType, aksi1.outputs[0].id,
                  QStringLiteral("evidence"), QStringLiteral("analisis.pdf"), "%PDF-1.4 demo");
    documents.add(storage::ActionRepository::kEvidenceOwnerType, aksi1.outputs[0].id,
                  QStringLiteral("evidence"), QStringLiteral("lampiran.pdf"), "%PDF-1.4 demo 2");
    documents.add(storage::ActionRepository::kEvidenceOwnerType, aksi1.outputs[1].id,
                  QStringLiteral("evidence"), QStringLiteral("lokus.xlsx"), "xlsx");
    // A document of another owner type with the same id does not count.
    documents.add(QStringLiteral("meeting"), aksi1.outputs[2].id, QStringLiteral("minutes"),
                  QStringLiteral("notulen.pdf"), "x");

    const core::Action read = *repo.action(aksi1.id);
    EXPECT_EQ(read.outputs[0].evidenceCount, 2);
    EXPECT_EQ(read.outputs[1].evidenceCount, 1);
    EXPECT_EQ(read.outputs[2].evidenceCount, 0);
    EXPECT_EQ(core::progressOf(read).doneWithEvidence, 2);
    EXPECT_EQ(repo.output(aksi1.outputs[0].id)->evidenceCount, 2);

    // Removing an output removes its evidence.
    repo.removeOutput(aksi1.outputs[0].id);
    EXPECT_TRUE(
        documents.list(storage::ActionRepository::kEvidenceOwnerType, aksi1.outputs[0].id).empty());
    EXPECT_EQ(repo.action(aksi1.id)->outputs.size(), 2U);
}

TEST_F(ActionRepositoryTest, HistoryHoldsActionOutputsAndEvidence)
{
    storage::ActionRepository repo(*db);
    const auto actions = repo.startYear(2024);
    const core::Action &aksi2 = actions[1];
    core::Action changed = aksi2;
    changed.notes = "Menunggu RKPD";
    repo.updateAction(changed);
    core::ActionOutput output = aksi2.outputs[0];
    output.state = core::OutputState::InProgress;
    repo.updateOutput(output);
    storage::DocumentStore(*db).add(storage::ActionRepository::kEvidenceOwnerType, output.id,
                                    QStringLiteral("evidence"), QStringLiteral("renja.pdf"), "x");
    repo.removeOutput(aksi2.outputs[1].id);

    const auto history = repo.history(aksi2.id);
    // insert action + 2 output inserts + update action + update output + document insert +
    // document delete? (none: the removed output had no evidence) + output delete.
    ASSERT_EQ(history.size(), 7U);
    EXPECT_EQ(history.front().table, QStringLiteral("action_output"));
    EXPECT_EQ(history.front().action, storage::AuditLog::Action::Delete);
    EXPECT_EQ(history[1].table, QStringLiteral("document"));
    EXPECT_EQ(history.back().table, QStringLiteral("action_item"));
    EXPECT_EQ(history.back().action, storage::AuditLog::Action::Insert);
    // Nothing from another action.
    for (const auto &entry : history) {
        if (entry.table == QLatin1String("action_item")) {
            EXPECT_EQ(entry.rowKey, QString::number(aksi2.id));
        }
    }
}

TEST_F(ActionRepositoryTest, StaleActionEditIsRefused)
{
    storage::ActionRepository repo(*db);
    const auto actions = repo.startYear(2024);
    core::Action first = actions[4];
    first.notes = "satu";
    repo.updateAction(first);
    core::Action stale = actions[4];
    stale.notes = "dua";
    EXPECT_EQ(errorKind([&] { repo.updateAction(stale); }), storage::StorageError::Kind::Conflict);
    EXPECT_EQ(repo.action(first.id)->notes, "satu");
}

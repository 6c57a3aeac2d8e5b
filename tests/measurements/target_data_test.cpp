// SPDX-License-Identifier: GPL-3.0-or-later
// Issue 14, item 4: the home-affairs ministry's target data per desa ("Data Sasaran") after a
// weighing round: the measured children and the stunted of every desa against every cell of
// the WHO package's answers; families typed or imported from the family-planning agency's
// table, every row checked, all or nothing; the table as XLSX and CSV.

#include "eppgbm_expected.h"

#include "io/csv_reader.h"
#include "io/workspace_setup.h"
#include "io/xlsx_reader.h"
#include "reports/spreadsheet.h"
#include "storage/database.h"
#include "storage/measurements/measurement_repository.h"
#include "storage/storage_error.h"
#include "usecases/measurements/measurement_import.h"
#include "usecases/measurements/round_summary.h"
#include "usecases/measurements/target_data.h"
#include "usecases/progress.h"

#include "test_engine.h"

#include <QFile>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>

#include <gtest/gtest.h>

using namespace konvergensi;
namespace um = usecases::measurements;

namespace {

class TargetDataTest : public ::testing::Test
{
protected:
    void SetUp() override
    {
        ASSERT_TRUE(dir.isValid());
        db = test::openTestWorkspace();
        io::populateDemo(*db);
        io::populateDemoModules(*db); // the rounds 2024-08 and 2025-02 of the samples
    }

    QString write(const QString &name, const QByteArray &content)
    {
        QFile file(dir.filePath(name));
        EXPECT_TRUE(file.open(QIODevice::WriteOnly));
        file.write(content);
        return file.fileName();
    }

    const um::TargetRow *rowOf(const um::TargetData &data, const QString &code)
    {
        for (const auto &row : data.rows) {
            if (row.desaCode == code)
                return &row;
        }
        return nullptr;
    }

    QTemporaryDir dir;
    std::unique_ptr<storage::Database> db;
};

} // namespace

TEST_F(TargetDataTest, EveryDesaHasTheMeasuredAndStuntedChildrenOfTheWhoPackage)
{
    const auto data = um::targetData(*db, QStringLiteral("2024-08"));
    ASSERT_TRUE(data);
    EXPECT_EQ(data->familiesYear, 0);
    const auto expected = test::keyedRows(
        io::CsvReader::readFile(test::eppgbmFile(QStringLiteral("expected-small.csv"))),
        QStringLiteral("code"));
    int desa = 0;
    for (const auto &[code, cells] : expected.asKeyValueRange()) {
        const QString level = cells.value(QStringLiteral("level"));
        if (level != u"desa" && level != u"kelurahan")
            continue;
        ++desa;
        const um::TargetRow *row = rowOf(*data, code);
        ASSERT_TRUE(row) << code.toStdString();
        const int severe = cells.value(QStringLiteral("severely_stunted")).toInt();
        EXPECT_EQ(row->measured, cells.value(QStringLiteral("children")).toInt())
            << code.toStdString();
        EXPECT_EQ(row->severelyStunted, severe) << code.toStdString();
        EXPECT_EQ(row->stunted, cells.value(QStringLiteral("stunted")).toInt() - severe)
            << code.toStdString();
        EXPECT_EQ(row->desa, cells.value(QStringLiteral("name")));
        EXPECT_FALSE(row->families);
        EXPECT_FALSE(row->familiesAtRisk);
    }
    EXPECT_EQ(static_cast<int>(data->rows.size()), desa);
    EXPECT_GT(desa, 100);
    EXPECT_FALSE(um::targetData(*db, QStringLiteral("2019-02")));
}

TEST_F(TargetDataTest, TypedFamiliesAreCheckedAndServeTheirYearAndLaterRounds)
{
    const QString kota = QStringLiteral("14.03.01.1001");
    const QString damon = QStringLiteral("14.03.01.1002");
    um::setFamilies(*db, 2024, {{kota, 1200, 310, {}}, {damon, 800, std::nullopt, {}}});
    auto data = um::targetData(*db, QStringLiteral("2024-08"));
    ASSERT_TRUE(data);
    EXPECT_EQ(data->familiesYear, 2024);
    EXPECT_EQ(rowOf(*data, kota)->families, 1200);
    EXPECT_EQ(rowOf(*data, kota)->familiesAtRisk, 310);
    EXPECT_EQ(rowOf(*data, damon)->families, 800);
    EXPECT_FALSE(rowOf(*data, damon)->familiesAtRisk);
    // February 2025 has no family data of 2025 yet: the latest earlier year serves.
    data = um::targetData(*db, QStringLiteral("2025-02"));
    EXPECT_EQ(data->familiesYear, 2024);
    EXPECT_EQ(rowOf(*data, kota)->families, 1200);

    // Refused whole: one desa with more families at risk than families, an unknown desa.
    for (const auto &bad : {std::vector<storage::DesaFamilies>{{kota, 5, 6, {}}},
                            std::vector<storage::DesaFamilies>{
                                {damon, 900, 10, {}}, {QStringLiteral("14.03.99.9999"), 1, 1, {}}},
                            std::vector<storage::DesaFamilies>{{damon, -1, std::nullopt, {}}}}) {
        EXPECT_THROW(um::setFamilies(*db, 2024, bad), storage::StorageError);
    }
    data = um::targetData(*db, QStringLiteral("2024-08"));
    EXPECT_EQ(rowOf(*data, kota)->familiesAtRisk, 310);
    EXPECT_EQ(rowOf(*data, damon)->families, 800) << "nothing of a refused set is stored";

    // Both counts emptied: the desa has no figures for the year any more.
    um::setFamilies(*db, 2024, {{damon, std::nullopt, std::nullopt, {}}});
    data = um::targetData(*db, QStringLiteral("2024-08"));
    EXPECT_FALSE(rowOf(*data, damon)->families);
    EXPECT_EQ(rowOf(*data, kota)->families, 1200);
}

TEST_F(TargetDataTest, AFamiliesFileIsImportedWholeOrNotAtAll)
{
    // Indonesian Excel CSV: semicolons, a BOM, names instead of codes in any case.
    const QString good = write(
        QStringLiteral("keluarga.csv"),
        QByteArray("\xEF\xBB\xBFKecamatan;Desa/Kelurahan;Jumlah Keluarga;Keluarga Berisiko "
                   "Stunting\r\nBENGKALIS;BENGKALIS KOTA;1.250;310\r\nBengkalis;Damon;800;\r\n"));
    auto result = um::importFamilies(*db, good, 2024, true);
    ASSERT_TRUE(result.error.isEmpty()) << result.error.toStdString();
    EXPECT_TRUE(result.problems.empty());
    EXPECT_EQ(result.rows.size(), 2U);
    EXPECT_EQ(um::targetData(*db, QStringLiteral("2024-08"))->familiesYear, 0) << "dry run";
    result = um::importFamilies(*db, good, 2024, false);
    auto data = um::targetData(*db, QStringLiteral("2024-08"));
    EXPECT_EQ(data->familiesYear, 2024);
    EXPECT_EQ(rowOf(*data, QStringLiteral("14.03.01.1001"))->families, 1250);
    EXPECT_EQ(rowOf(*data, QStringLiteral("14.03.01.1001"))->familiesAtRisk, 310);

    // Every bad row is named with its line; nothing of the file is stored.
    const QString bad = write(QStringLiteral("buruk.csv"), QByteArray("kode_desa,keluarga,krs\n"
                                                                      "14.03.01.1002,900,100\n"
                                                                      "14.03.01.9999,10,1\n"
                                                                      "14.03.01.1003,abc,1\n"
                                                                      "14.03.01.2004,10,20\n"
                                                                      "14.03.01.1002,5,1\n"
                                                                      "14.03.01.2005,-4,\n"));
    result = um::importFamilies(*db, bad, 2024, false);
    ASSERT_TRUE(result.error.isEmpty());
    std::vector<int> lines;
    for (const auto &problem : result.problems) {
        lines.push_back(problem.line);
        EXPECT_FALSE(problem.reason.isEmpty());
    }
    EXPECT_EQ(lines, (std::vector<int>{3, 4, 5, 6, 7}));
    data = um::targetData(*db, QStringLiteral("2024-08"));
    EXPECT_EQ(rowOf(*data, QStringLiteral("14.03.01.1002"))->families, 800);

    // Not a families table at all: one sentence.
    const QString other = write(QStringLiteral("lain.csv"), QByteArray("nama,umur\nA,3\n"));
    result = um::importFamilies(*db, other, 2024, false);
    EXPECT_FALSE(result.error.isEmpty());
    EXPECT_TRUE(result.rows.empty());

    // The same from a workbook.
    const QString book = dir.filePath(QStringLiteral("keluarga.xlsx"));
    {
        reports::XlsxWriter writer(book);
        writer.addSheet(QStringLiteral("PK"));
        writer.addHeader(
            {QStringLiteral("Kode Desa"), QStringLiteral("Keluarga"), QStringLiteral("KRS")});
        writer.addRow({QStringLiteral("14.03.01.1003"), 640, 77});
        writer.close();
    }
    result = um::importFamilies(*db, book, 2025, false);
    ASSERT_TRUE(result.error.isEmpty()) << result.error.toStdString();
    ASSERT_TRUE(result.problems.empty()) << result.problems.front().reason.toStdString();
    data = um::targetData(*db, QStringLiteral("2025-02"));
    EXPECT_EQ(data->familiesYear, 2025);
    EXPECT_EQ(rowOf(*data, QStringLiteral("14.03.01.1003"))->familiesAtRisk, 77);
    EXPECT_FALSE(rowOf(*data, QStringLiteral("14.03.01.1001"))->families) << "2025 has only one";
}

TEST_F(TargetDataTest, TheTableIsWrittenAsXlsxAndCsv)
{
    um::setFamilies(*db, 2024, {{QStringLiteral("14.03.01.1001"), 1200, 310, {}}});
    const auto data = um::targetData(*db, QStringLiteral("2024-08"));
    ASSERT_TRUE(data);
    const QString csv = dir.filePath(QStringLiteral("sasaran.csv"));
    um::writeTargetData(*data, csv);
    const io::CsvTable table = io::CsvReader::readFile(csv);
    EXPECT_EQ(table.header.fields, um::targetColumns());
    ASSERT_EQ(table.rows.size(), data->rows.size());
    const QString xlsx = dir.filePath(QStringLiteral("sasaran.xlsx"));
    um::writeTargetData(*data, xlsx);
    const io::CsvTable book = io::XlsxReader::readFile(xlsx);
    ASSERT_TRUE(book.fileError.isEmpty());
    ASSERT_EQ(book.rows.size(), data->rows.size() + 1); // the note, then the header
    EXPECT_EQ(book.rows.front().fields, um::targetColumns());
    for (std::size_t i = 0; i < data->rows.size(); ++i) {
        const auto &row = data->rows[i];
        const QStringList &cells = book.rows[i + 1].fields;
        const QStringList &csvCells = table.rows[i].fields;
        EXPECT_EQ(cells.value(0), row.desaCode);
        EXPECT_EQ(csvCells.value(0), row.desaCode);
        EXPECT_EQ(cells.value(5).toInt(), row.measured);
        EXPECT_EQ(csvCells.value(7).toInt(), row.stunted);
        EXPECT_EQ(csvCells.value(3), row.families ? QString::number(*row.families) : QString());
        EXPECT_EQ(csvCells.value(9), QStringLiteral("2024"));
    }
}

namespace {

/// roundOverviews counts from the groups stored with each round; the figures must be the same
/// as counting every child (roundSummary), cell by cell, for every round held.
void expectOverviewsCountEveryChild(storage::Database &db, std::size_t rounds)
{
    const auto overviews = um::roundOverviews(db);
    ASSERT_EQ(overviews.size(), rounds);
    for (const auto &overview : overviews) {
        const auto summary = um::roundSummary(db, overview.round.period);
        ASSERT_TRUE(summary && !summary->empty());
        const auto &want = summary->front().counts; // the district
        const auto &got = overview.district;
        EXPECT_EQ(got.rows, want.rows);
        EXPECT_EQ(got.children, want.children);
        EXPECT_EQ(got.skipped, want.skipped);
        for (const auto &[a, b] : {std::pair{&got.haz, &want.haz}, std::pair{&got.whz, &want.whz},
                                   std::pair{&got.waz, &want.waz}}) {
            EXPECT_EQ(a->valid, b->valid);
            EXPECT_EQ(a->missing, b->missing);
            EXPECT_EQ(a->flagged, b->flagged);
            EXPECT_EQ(a->below2, b->below2);
            EXPECT_EQ(a->below3, b->below3);
            EXPECT_EQ(a->above2, b->above2);
        }
        EXPECT_GT(got.children, 0);
        EXPECT_GT(got.haz.below2, 0);
        EXPECT_GT(got.skippedTotal(), 0);
    }
}

qint64 tallyRows(storage::Database &db)
{
    QSqlQuery query(db.connection());
    EXPECT_TRUE(query.exec(QStringLiteral("SELECT count(*) FROM measurement_round_tally")));
    return query.next() ? query.value(0).toLongLong() : -1;
}

} // namespace

TEST_F(TargetDataTest, TheRoundListsDistrictFiguresAreTheRoundSummarysDistrict)
{
    expectOverviewsCountEveryChild(*db, 2);
}

TEST_F(TargetDataTest, TheStoredGroupsGoWithTheirRound)
{
    const qint64 both = tallyRows(*db);
    EXPECT_GT(both, 0);
    storage::MeasurementRepository(*db).removeRound(QStringLiteral("2024-08"));
    const qint64 one = tallyRows(*db);
    EXPECT_GT(one, 0);
    EXPECT_LT(one, both);
    expectOverviewsCountEveryChild(*db, 1);
    storage::MeasurementRepository(*db).removeRound(QStringLiteral("2025-02"));
    EXPECT_EQ(tallyRows(*db), 0);
    EXPECT_TRUE(um::roundOverviews(*db).empty());
}

TEST(RoundTallyMigrationTest, AnOlderWorkspaceGetsTheGroupsOfTheRoundsItHolds)
{
    // A workspace of schema 16 holding rounds: the demo, with versions 17 and 18 taken out.
    if (test::testOnPostgres())
        GTEST_SKIP() << "a workspace file";
    QTemporaryDir dir;
    ASSERT_TRUE(dir.isValid());
    const QString path = dir.filePath(QStringLiteral("lama.kvg"));
    {
        auto db = storage::Database::createSqlite(path);
        io::populateDemo(*db);
        io::populateDemoModules(*db);
        ASSERT_GT(tallyRows(*db), 0);
    }
    {
        QSqlDatabase raw = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"),
                                                     QStringLiteral("raw"));
        raw.setDatabaseName(path);
        ASSERT_TRUE(raw.open());
        QSqlQuery query(raw);
        ASSERT_TRUE(query.exec(QStringLiteral("DROP TABLE measurement_round_tally")));
        ASSERT_TRUE(query.exec(
            QStringLiteral("CREATE INDEX measurement_child_name ON measurement_child (name_key)")));
        ASSERT_TRUE(
            query.exec(QStringLiteral("DELETE FROM schema_migrations WHERE version >= 17")));
        raw.close();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("raw"));
    auto db = storage::Database::openSqlite(path);
    EXPECT_FALSE(db->backupBeforeUpgrade().isEmpty());
    EXPECT_GT(tallyRows(*db), 0);
    expectOverviewsCountEveryChild(*db, 2);
    // Version 18 took the unused index of the children's name keys away.
    QSqlQuery index(db->connection());
    ASSERT_TRUE(index.exec(
        QStringLiteral("SELECT count(*) FROM sqlite_master WHERE type = 'index' AND name = "
                       "'measurement_child_name'")));
    ASSERT_TRUE(index.next());
    EXPECT_EQ(index.value(0).toInt(), 0);
}

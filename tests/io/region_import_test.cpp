// SPDX-License-Identifier: GPL-3.0-or-later
#include "io/regions/region_import.h"

#include "io_test_util.h"
#include "test_paths.h"

#include "storage/audit_log.h"
#include "storage/database.h"
#include "storage/regions/region_repository.h"

#include <gtest/gtest.h>

#include <random>

using namespace konvergensi;
using konvergensi::test::countRows;
using konvergensi::test::dataFile;

namespace {

class RegionImportTest : public ::testing::Test
{
protected:
    void SetUp() override { db = storage::Database::openSqlite(QStringLiteral(":memory:")); }

    io::RegionImportReport importData(const QByteArray &data)
    {
        io::RegionCsvImporter importer(*db);
        return importer.import(data);
    }

    io::RegionImportReport importFixture(const QString &name)
    {
        io::RegionCsvImporter importer(*db);
        return importer.importFile(dataFile(QStringLiteral("regions/") + name));
    }

    void importBase()
    {
        const auto report = importFixture(QStringLiteral("base.csv"));
        ASSERT_TRUE(report.ok()) << report.fileError.toStdString();
        ASSERT_TRUE(report.applied);
        ASSERT_EQ(report.added, 5);
    }

    std::size_t regionCount() const { return storage::RegionRepository(*db).all().size(); }

    /// Imports a bad fixture into the base workspace and checks it is refused as a whole:
    /// one error on `line` containing `needle`, nothing written.
    void expectRefused(const QString &fixture, int line, const QString &needle)
    {
        importBase();
        const std::size_t regionsBefore = regionCount();
        const qint64 auditBefore = countRows(*db, QStringLiteral("audit_log"));
        const auto report = importFixture(fixture);
        EXPECT_FALSE(report.ok());
        EXPECT_FALSE(report.applied);
        if (line > 0) {
            EXPECT_TRUE(report.fileError.isEmpty()) << report.fileError.toStdString();
            ASSERT_EQ(report.errors.size(), 1u);
            EXPECT_EQ(report.errors[0].line, line);
            EXPECT_TRUE(report.errors[0].reason.contains(needle))
                << report.errors[0].reason.toStdString();
        } else {
            EXPECT_TRUE(report.fileError.contains(needle)) << report.fileError.toStdString();
        }
        EXPECT_EQ(regionCount(), regionsBefore);
        EXPECT_EQ(countRows(*db, QStringLiteral("audit_log")), auditBefore);
    }

    std::unique_ptr<storage::Database> db;
};

struct DistrictFile
{
    const char *file;
    const char *district;
    std::size_t kecamatan;
    std::size_t villages;
    std::size_t kelurahan;
};

class SharedDistrictTest : public ::testing::TestWithParam<DistrictFile>
{};

} // namespace

TEST_P(SharedDistrictTest, ImportsCleanlyWithTheRightCounts)
{
    const DistrictFile expected = GetParam();
    auto db = storage::Database::openSqlite(QStringLiteral(":memory:"));
    io::RegionCsvImporter importer(*db);
    const QString path = dataFile(QStringLiteral("wilayah/") + QLatin1String(expected.file));

    const int total = static_cast<int>(2 + expected.kecamatan + expected.villages);
    const auto checked = importer.checkFile(path);
    ASSERT_TRUE(checked.ok()) << checked.fileError.toStdString();
    EXPECT_FALSE(checked.applied);
    EXPECT_EQ(checked.added, total);
    EXPECT_EQ(countRows(*db, QStringLiteral("region")), 0) << "check() must not write";

    const auto report = importer.importFile(path);
    ASSERT_TRUE(report.ok()) << report.fileError.toStdString();
    EXPECT_TRUE(report.applied);
    EXPECT_EQ(report.rowsRead, total);
    EXPECT_EQ(report.added, total);
    EXPECT_EQ(report.updated, 0);
    EXPECT_EQ(report.unchanged, 0);

    storage::RegionRepository regions(*db);
    EXPECT_EQ(regions.count(core::RegionLevel::Province), 1u);
    EXPECT_EQ(regions.count(core::RegionLevel::District), 1u);
    EXPECT_EQ(regions.count(core::RegionLevel::Kecamatan), expected.kecamatan);
    EXPECT_EQ(regions.count(core::RegionLevel::Village), expected.villages);
    std::size_t kelurahan = 0;
    for (const auto &region : regions.all())
        kelurahan += region.kind == core::VillageKind::Kelurahan ? 1 : 0;
    EXPECT_EQ(kelurahan, expected.kelurahan);
    ASSERT_TRUE(regions.district());
    EXPECT_EQ(regions.district()->code.toString(), expected.district);

    // Importing the same file again changes nothing.
    const qint64 audit = countRows(*db, QStringLiteral("audit_log"));
    const auto again = importer.importFile(path);
    ASSERT_TRUE(again.ok());
    EXPECT_EQ(again.added, 0);
    EXPECT_EQ(again.updated, 0);
    EXPECT_EQ(again.unchanged, total);
    EXPECT_EQ(countRows(*db, QStringLiteral("audit_log")), audit);
}

INSTANTIATE_TEST_SUITE_P(Wilayah, SharedDistrictTest,
                         ::testing::Values(DistrictFile{"bengkalis.csv", "14.03", 11, 155, 19},
                                           DistrictFile{"kaur.csv", "17.04", 15, 195, 3},
                                           DistrictFile{"oku-selatan.csv", "16.09", 19, 259, 7},
                                           DistrictFile{"sekadau.csv", "61.09", 7, 94, 0}),
                         [](const ::testing::TestParamInfo<DistrictFile> &district) {
                             std::string name = district.param.file;
                             name = name.substr(0, name.find('.'));
                             std::erase(name, '-');
                             return name;
                         });

TEST_F(RegionImportTest, MalformedCode)
{
    expectRefused(QStringLiteral("malformed_code.csv"), 5,
                  QStringLiteral("\"14.03.02.20O3\" is not a region code"));
}

TEST_F(RegionImportTest, VillageWhoseKecamatanIsMissing)
{
    expectRefused(QStringLiteral("missing_kecamatan.csv"), 7,
                  QStringLiteral("village 14.03.99.2001 belongs to kecamatan 14.03.99, which is "
                                 "neither in the file nor in the workspace."));
}

TEST_F(RegionImportTest, DuplicateCode)
{
    expectRefused(QStringLiteral("duplicate_code.csv"), 6,
                  QStringLiteral("code 14.03.02.2002 already appears on line 4"));
}

TEST_F(RegionImportTest, WrongEncoding)
{
    expectRefused(QStringLiteral("windows1252.csv"), 0,
                  QStringLiteral("Line 4 is not valid UTF-8 text. Save the file as \"CSV UTF-8\""));
}

TEST_F(RegionImportTest, KindMismatch)
{
    expectRefused(QStringLiteral("kind_mismatch.csv"), 5,
                  QStringLiteral("code 14.03.02.1003 is the code of a kelurahan"));
}

TEST_F(RegionImportTest, LevelMismatch)
{
    expectRefused(QStringLiteral("level_mismatch.csv"), 2,
                  QStringLiteral("code 14.03.02 is the code of a kecamatan, but the level column "
                                 "says \"village\""));
}

TEST_F(RegionImportTest, MissingColumn)
{
    expectRefused(QStringLiteral("missing_column.csv"), 0, QStringLiteral("no \"name\""));
}

TEST_F(RegionImportTest, MissingCodeAndNameColumns)
{
    const auto report = importData("kecamatan,desa\nBantan,Selatbaru\n");
    EXPECT_TRUE(report.fileError.contains(QStringLiteral("\"code\"")))
        << report.fileError.toStdString();
    EXPECT_TRUE(report.fileError.contains(QStringLiteral("\"name\"")));
    EXPECT_EQ(regionCount(), 0u);
}

TEST_F(RegionImportTest, WrongFieldCountsAreRowErrors)
{
    importBase();
    const std::size_t before = regionCount();
    const auto report = importFixture(QStringLiteral("field_count.csv"));
    EXPECT_FALSE(report.applied);
    ASSERT_EQ(report.errors.size(), 2u);
    EXPECT_EQ(report.errors[0].line, 4);
    EXPECT_TRUE(report.errors[0].reason.contains(QStringLiteral("5 fields")));
    EXPECT_TRUE(report.errors[0].reason.contains(QStringLiteral("double quotes")));
    EXPECT_EQ(report.errors[1].line, 5);
    EXPECT_TRUE(report.errors[1].reason.contains(QStringLiteral("2 fields")));
    EXPECT_EQ(regionCount(), before);
}

TEST_F(RegionImportTest, EveryBadRowIsReportedInLineOrder)
{
    importBase();
    const auto report = importData("code,name,level,kind\n"
                                   "14.03.02,Bantan,kecamatan,desa\n"   // line 2: kind not village
                                   "14.03.02.2001,,village,desa\n"      // line 3: no name
                                   "14.03.02.2002,Jangkang,desa,\n"     // fine (level word)
                                   "14.03.02.2003,Teluk,village,kota\n" // line 5: unknown kind
                                   "14.03.02.2004,Muntai,dusun,\n"      // line 6: unknown level
                                   ",Tanpa Kode,village,desa\n");       // line 7: empty code
    ASSERT_EQ(report.errors.size(), 5u);
    const std::vector<int> lines = {2, 3, 5, 6, 7};
    for (std::size_t i = 0; i < lines.size(); ++i)
        EXPECT_EQ(report.errors[i].line, lines[i]) << report.errors[i].reason.toStdString();
    EXPECT_TRUE(report.errors[0].reason.contains(QStringLiteral("not a village")));
    EXPECT_TRUE(report.errors[1].reason.contains(QStringLiteral("has no name")));
    EXPECT_TRUE(report.errors[2].reason.contains(QStringLiteral("\"kota\"")));
    EXPECT_TRUE(report.errors[3].reason.contains(QStringLiteral("\"dusun\"")));
    EXPECT_TRUE(report.errors[4].reason.contains(QStringLiteral("empty")));
    EXPECT_EQ(io::describe(report.errors[1]).toStdString(),
              "Line 3: region 14.03.02.2001 has no name.");
}

TEST_F(RegionImportTest, KecamatanWithoutDistrict)
{
    const auto report = importData("code,name\n14.09.01,Somewhere\n");
    ASSERT_EQ(report.errors.size(), 1u);
    EXPECT_EQ(io::describe(report.errors[0]).toStdString(),
              "Line 2: kecamatan 14.09.01 belongs to district 14.09, which is neither in the file "
              "nor in the workspace.");
}

TEST_F(RegionImportTest, VillagesOfAHeldKecamatan)
{
    importBase();
    const auto report = importData("code,name\n14.03.01.2005,Pedekik\n14.03.01.2006,Pangkalan "
                                   "Batang\n");
    ASSERT_TRUE(report.ok());
    EXPECT_TRUE(report.applied);
    EXPECT_EQ(report.added, 2);
    const auto village = storage::RegionRepository(*db).find(
        core::RegionCode::fromString("14.03.01.2006"));
    ASSERT_TRUE(village);
    EXPECT_EQ(village->kind, core::VillageKind::Desa);
}

TEST_F(RegionImportTest, IndonesianHeaderSemicolonsBomAndCrLf)
{
    importBase();
    const auto report = importFixture(QStringLiteral("semicolon_bom_crlf.csv"));
    ASSERT_TRUE(report.ok()) << report.fileError.toStdString()
                             << (report.errors.empty()
                                     ? ""
                                     : io::describe(report.errors[0]).toStdString());
    EXPECT_EQ(report.rowsRead, 3);
    EXPECT_EQ(report.added, 3);
    const auto village = storage::RegionRepository(*db).find(
        core::RegionCode::fromString("14.03.02.2001"));
    ASSERT_TRUE(village);
    EXPECT_EQ(village->name, "Selat; Baru");
}

TEST_F(RegionImportTest, ReimportReportsUnchanged)
{
    importBase();
    const qint64 audit = countRows(*db, QStringLiteral("audit_log"));
    const auto report = importFixture(QStringLiteral("base.csv"));
    ASSERT_TRUE(report.ok());
    EXPECT_TRUE(report.applied);
    EXPECT_EQ(report.added, 0);
    EXPECT_EQ(report.updated, 0);
    EXPECT_EQ(report.unchanged, 5);
    EXPECT_EQ(countRows(*db, QStringLiteral("audit_log")), audit);
}

TEST_F(RegionImportTest, RenamedVillageIsUpdatedAndAudited)
{
    importBase();
    const QByteArray renamed = test::readAll(dataFile(QStringLiteral("regions/base.csv")))
                                   .replace("Kelapapati", "Kelapa Pati");
    io::RegionCsvImporter importer(*db);
    const auto preview = importer.check(renamed);
    EXPECT_EQ(preview.updated, 1);
    EXPECT_EQ(preview.unchanged, 4);
    EXPECT_EQ(
        storage::RegionRepository(*db).find(core::RegionCode::fromString("14.03.01.2004"))->name,
        "Kelapapati")
        << "check() must not write";

    const qint64 audit = countRows(*db, QStringLiteral("audit_log"));
    const auto report = importer.import(renamed);
    ASSERT_TRUE(report.ok());
    EXPECT_TRUE(report.applied);
    EXPECT_EQ(report.added, 0);
    EXPECT_EQ(report.updated, 1);
    EXPECT_EQ(report.unchanged, 4);
    EXPECT_EQ(
        storage::RegionRepository(*db).find(core::RegionCode::fromString("14.03.01.2004"))->name,
        "Kelapa Pati");
    EXPECT_EQ(countRows(*db, QStringLiteral("audit_log")), audit + 1);
    const auto entries = storage::AuditLog::entries(*db, QStringLiteral("region"),
                                                    QStringLiteral("14.03.01.2004"));
    ASSERT_FALSE(entries.empty());
    EXPECT_EQ(entries.front().action, storage::AuditLog::Action::Update);
    EXPECT_EQ(entries.front().before.value(QStringLiteral("name")).toString(),
              QStringLiteral("Kelapapati"));
    EXPECT_EQ(entries.front().after.value(QStringLiteral("name")).toString(),
              QStringLiteral("Kelapa Pati"));
}

TEST_F(RegionImportTest, CheckNeverWrites)
{
    io::RegionCsvImporter importer(*db);
    const auto report = importer.checkFile(dataFile(QStringLiteral("regions/base.csv")));
    ASSERT_TRUE(report.ok());
    EXPECT_FALSE(report.applied);
    EXPECT_EQ(report.added, 5);
    EXPECT_EQ(countRows(*db, QStringLiteral("region")), 0);
    EXPECT_EQ(countRows(*db, QStringLiteral("audit_log")), 0);
}

TEST_F(RegionImportTest, EmptyAndHeaderOnlyFiles)
{
    EXPECT_EQ(importData({}).fileError.toStdString(), "The file is empty.");
    const auto headerOnly = importData("code,name,level,kind\n");
    EXPECT_FALSE(headerOnly.fileError.isEmpty());
    EXPECT_FALSE(headerOnly.applied);
    EXPECT_EQ(regionCount(), 0u);
}

TEST_F(RegionImportTest, UnreadableFile)
{
    io::RegionCsvImporter importer(*db);
    const auto report = importer.importFile(QStringLiteral("/nonexistent/wilayah.csv"));
    EXPECT_TRUE(report.fileError.contains(QStringLiteral("cannot be read")));
    EXPECT_FALSE(report.applied);
}

TEST_F(RegionImportTest, NeverCrashesOnJunk)
{
    importBase();
    const std::size_t regions = regionCount();
    const qint64 audit = countRows(*db, QStringLiteral("audit_log"));
    std::mt19937 random(14030101);
    const QByteArray alphabet("\"\n,;14.03.2\xE9 aZ");
    for (int round = 0; round < 300; ++round) {
        QByteArray data = round % 3 == 0 ? QByteArray("code,name\n") : QByteArray();
        const int size = static_cast<int>(random() % 300);
        for (int i = 0; i < size; ++i) {
            data.append(round % 2 ? static_cast<char>(random() % 256)
                                  : alphabet[static_cast<qsizetype>(random() % alphabet.size())]);
        }
        io::RegionCsvImporter importer(*db);
        const auto report = importer.check(data);
        EXPECT_FALSE(report.applied);
    }
    // A huge single line: one enormous name is refused as a row error (issue #16 finding 11:
    // names have a limit), on its line, and nothing is written.
    QByteArray huge("code,name\n14.03.01.2099,");
    huge.append(QByteArray(2 * 1024 * 1024, 'a'));
    const auto hugeReport = importData(huge);
    EXPECT_FALSE(hugeReport.applied);
    ASSERT_EQ(hugeReport.errors.size(), 1U);
    EXPECT_EQ(hugeReport.errors.front().line, 2);
    EXPECT_EQ(regionCount(), regions);
    EXPECT_EQ(countRows(*db, QStringLiteral("audit_log")), audit);
    // A name just at the limit is still a name.
    QByteArray longest("code,name\n14.03.01.2099,");
    longest.append(QByteArray(200, 'a'));
    const auto longestReport = importData(longest);
    EXPECT_TRUE(longestReport.applied);
    EXPECT_EQ(regionCount(), regions + 1);
    EXPECT_EQ(countRows(*db, QStringLiteral("audit_log")), audit + 1);
}

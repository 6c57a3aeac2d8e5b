// SPDX-License-Identifier: GPL-3.0-or-later
// The item models under QAbstractItemModelTester, plus what they show.
#include "gui/directory/directory_models.h"
#include "gui/language.h"
#include "gui/regions/region_tree_model.h"

#include <QAbstractItemModelTester>

#include <gtest/gtest.h>

using namespace konvergensi;
using namespace konvergensi::gui;

namespace {

core::Region region(const char *code, const char *name)
{
    const auto parsed = core::RegionCode::fromString(code);
    return {parsed, name, parsed.villageKind()};
}

core::RegionTree sampleTree()
{
    return core::RegionTree({region("14", "Riau"), region("14.03", "Kabupaten Bengkalis"),
                             region("14.03.01", "Bengkalis"), region("14.03.02", "Bantan"),
                             region("14.03.01.1001", "Bengkalis Kota"),
                             region("14.03.01.2001", "Air Putih"),
                             region("14.03.02.2001", "Selatbaru")});
}

TEST(RegionTreeModelTest, PassesTheModelTesterAndShowsDistrictsAtTheTop)
{
    LanguageSetup::install(QStringLiteral("en"));
    RegionTreeModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    model.setTree(sampleTree());

    ASSERT_EQ(model.rowCount(), 1); // the province is not shown; the district is the root
    const QModelIndex district = model.index(0, 0);
    EXPECT_EQ(district.data().toString(), QStringLiteral("Kabupaten Bengkalis"));
    EXPECT_EQ(model.index(0, RegionTreeModel::VillagesColumn).data().toString(),
              QStringLiteral("3"));
    ASSERT_EQ(model.rowCount(district), 2);
    const QModelIndex kecamatan = model.index(0, 0, district);
    EXPECT_EQ(kecamatan.data(RegionTreeModel::CodeRole).toString(), QStringLiteral("14.03.01"));
    EXPECT_EQ(model.parent(kecamatan), district);
    ASSERT_EQ(model.rowCount(kecamatan), 2);
    const QModelIndex kelurahan = model.index(0, RegionTreeModel::LevelColumn, kecamatan);
    EXPECT_EQ(kelurahan.data().toString(), QStringLiteral("Kelurahan"));
    EXPECT_EQ(model.index(1, RegionTreeModel::LevelColumn, kecamatan).data().toString(),
              QStringLiteral("Desa"));
    EXPECT_FALSE(model.index(0, RegionTreeModel::VillagesColumn, kecamatan).data().isValid());
    EXPECT_EQ(model.indexOf(core::RegionCode::fromString("14.03.02.2001")).data().toString(),
              QStringLiteral("Selatbaru"));
    EXPECT_FALSE(model.indexOf(core::RegionCode::fromString("14.03.09")).isValid());

    // Reset to empty and back again under the tester.
    model.setTree({});
    EXPECT_EQ(model.rowCount(), 0);
    model.setTree(sampleTree());
    EXPECT_EQ(model.rowCount(), 1);
}

TEST(RegionTreeModelTest, KecamatanWithoutTheirDistrictAreShownAtTheTop)
{
    RegionTreeModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    model.setTree(
        core::RegionTree({region("14.03.01", "Bengkalis"), region("14.03.01.2001", "Air Putih")}));
    ASSERT_EQ(model.rowCount(), 1);
    EXPECT_EQ(model.index(0, 0).data().toString(), QStringLiteral("Bengkalis"));
    EXPECT_EQ(model.rowCount(model.index(0, 0)), 1);
}

TEST(DirectoryModelsTest, OpdModelShowsShortNameNameAndPeopleCount)
{
    OpdTableModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    model.setOpds({{7, "Dinas Kesehatan", "Dinkes", 1}, {9, "Badan Perencanaan", "Bappeda", 1}},
                  {{7, 3}});
    ASSERT_EQ(model.rowCount(), 2);
    EXPECT_EQ(model.index(0, OpdTableModel::ShortNameColumn).data().toString(),
              QStringLiteral("Dinkes"));
    EXPECT_EQ(model.index(0, OpdTableModel::PeopleColumn).data().toInt(), 3);
    EXPECT_EQ(model.index(1, OpdTableModel::PeopleColumn).data().toInt(), 0);
    EXPECT_EQ(model.index(1, 0).data(OpdTableModel::IdRole).toLongLong(), 9);
    EXPECT_EQ(model.rowOf(9), 1);
    EXPECT_EQ(model.rowOf(42), -1);
    EXPECT_EQ(model.opdAt(5), nullptr);
}

TEST(DirectoryModelsTest, PersonModelShowsNamePositionPhone)
{
    PersonTableModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    model.setPeople({{1, 7, "Siti Aminah", "Kepala Bidang", "0812 1111 2222", 1}});
    ASSERT_EQ(model.rowCount(), 1);
    EXPECT_EQ(model.index(0, PersonTableModel::NameColumn).data().toString(),
              QStringLiteral("Siti Aminah"));
    EXPECT_EQ(model.index(0, PersonTableModel::PositionColumn).data().toString(),
              QStringLiteral("Kepala Bidang"));
    EXPECT_EQ(model.index(0, PersonTableModel::PhoneColumn).data().toString(),
              QStringLiteral("0812 1111 2222"));
    model.setPeople({});
    EXPECT_EQ(model.rowCount(), 0);
}

} // namespace

// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/regions/region.h"
#include "core/regions/region_tree.h"

#include <gtest/gtest.h>

#include <string>
#include <vector>

using konvergensi::core::Region;
using konvergensi::core::RegionCode;
using konvergensi::core::RegionLevel;
using konvergensi::core::RegionTree;
using konvergensi::core::VillageKind;

namespace {

Region region(const char *code, const char *name)
{
    const auto c = RegionCode::fromString(code);
    return {c, name, c.villageKind()};
}

// A few real codes of Kabupaten Bengkalis (Riau), given out of order on purpose.
std::vector<Region> bengkalis()
{
    return {
        region("14.03.02.2002", "Bantan Air"),
        region("14.03.01.2004", "Kelapapati"),
        region("14.03.02", "Bantan"),
        region("14.03", "Kabupaten Bengkalis"),
        region("14.03.01.1001", "Bengkalis Kota"),
        region("14.03.01", "Bengkalis"),
        region("14.03.01.1002", "Damon"),
        region("14.03.02.2001", "Bantan Tengah"),
        region("14.03.01.2017", "Ketam Putih"),
    };
}

std::vector<std::string> codes(const std::vector<const Region *> &regions)
{
    std::vector<std::string> out;
    for (const Region *r : regions)
        out.push_back(r->code.toString());
    return out;
}

RegionCode c(const char *text)
{
    return RegionCode::fromString(text);
}

} // namespace

TEST(RegionTree, EmptyTree)
{
    const RegionTree tree;
    EXPECT_TRUE(tree.empty());
    EXPECT_EQ(tree.size(), 0U);
    EXPECT_TRUE(tree.roots().empty());
    EXPECT_TRUE(tree.children(c("14.03")).empty());
    EXPECT_TRUE(tree.path(c("14.03.01")).empty());
    EXPECT_EQ(tree.find(c("14.03")), nullptr);
    EXPECT_EQ(tree.countBelow(c("14"), RegionLevel::Village), 0U);
}

TEST(RegionTree, FindAndContains)
{
    const RegionTree tree(bengkalis());
    EXPECT_FALSE(tree.empty());
    EXPECT_EQ(tree.size(), 9U);
    ASSERT_NE(tree.find(c("14.03.01.2017")), nullptr);
    EXPECT_EQ(tree.find(c("14.03.01.2017"))->name, "Ketam Putih");
    EXPECT_TRUE(tree.contains(c("14.03.02")));
    EXPECT_FALSE(tree.contains(c("14")));
    EXPECT_FALSE(tree.contains(c("14.03.03")));
}

TEST(RegionTree, DistrictIsTheRootWithoutItsProvince)
{
    const RegionTree tree(bengkalis());
    EXPECT_EQ(codes(tree.roots()), std::vector<std::string>{"14.03"});
}

TEST(RegionTree, ProvinceIsTheRootWhenHeld)
{
    auto regions = bengkalis();
    regions.push_back(region("14", "Riau"));
    const RegionTree tree(regions);
    EXPECT_EQ(codes(tree.roots()), std::vector<std::string>{"14"});
    EXPECT_EQ(codes(tree.children(c("14"))), std::vector<std::string>{"14.03"});
}

TEST(RegionTree, OrphansAreRootsInCodeOrder)
{
    const RegionTree tree({region("14.03.02.2001", "Bantan Tengah"), region("21.71", "Kota Batam"),
                           region("14.03", "Kabupaten Bengkalis")});
    EXPECT_EQ(codes(tree.roots()), (std::vector<std::string>{"14.03", "14.03.02.2001", "21.71"}));
}

TEST(RegionTree, ChildrenInCodeOrder)
{
    const RegionTree tree(bengkalis());
    EXPECT_EQ(codes(tree.children(c("14.03"))), (std::vector<std::string>{"14.03.01", "14.03.02"}));
    EXPECT_EQ(codes(tree.children(c("14.03.01"))),
              (std::vector<std::string>{"14.03.01.1001", "14.03.01.1002", "14.03.01.2004",
                                        "14.03.01.2017"}));
    EXPECT_EQ(codes(tree.children(c("14.03.02"))),
              (std::vector<std::string>{"14.03.02.2001", "14.03.02.2002"}));
    EXPECT_TRUE(tree.children(c("14.03.01.2004")).empty());
    EXPECT_TRUE(tree.children(c("14.04")).empty()) << "unknown code has no children";
}

TEST(RegionTree, ChildrenOfAMissingParentStillFound)
{
    // The kecamatan is not held: its villages are not children of the district.
    const RegionTree tree(
        {region("14.03", "Kabupaten Bengkalis"), region("14.03.01.2004", "Kelapapati")});
    EXPECT_TRUE(tree.children(c("14.03")).empty());
    EXPECT_EQ(codes(tree.children(c("14.03.01"))), std::vector<std::string>{"14.03.01.2004"});
}

TEST(RegionTree, AtLevel)
{
    const RegionTree tree(bengkalis());
    EXPECT_EQ(codes(tree.atLevel(RegionLevel::Kecamatan)),
              (std::vector<std::string>{"14.03.01", "14.03.02"}));
    EXPECT_EQ(codes(tree.atLevel(RegionLevel::District)), std::vector<std::string>{"14.03"});
    EXPECT_TRUE(tree.atLevel(RegionLevel::Province).empty());
    EXPECT_EQ(tree.atLevel(RegionLevel::Village).size(), 6U);
}

TEST(RegionTree, CountBelow)
{
    const RegionTree tree(bengkalis());
    EXPECT_EQ(tree.countBelow(c("14.03"), RegionLevel::Village), 6U);
    EXPECT_EQ(tree.countBelow(c("14.03"), RegionLevel::Kecamatan), 2U);
    EXPECT_EQ(tree.countBelow(c("14.03"), RegionLevel::District), 0U) << "not itself";
    EXPECT_EQ(tree.countBelow(c("14.03.01"), RegionLevel::Village), 4U);
    EXPECT_EQ(tree.countBelow(c("14.03.02"), RegionLevel::Village), 2U);
    EXPECT_EQ(tree.countBelow(c("14"), RegionLevel::Village), 6U) << "province need not be held";
    EXPECT_EQ(tree.countBelow(c("14.03.01.1001"), RegionLevel::Village), 0U);
    EXPECT_EQ(tree.countBelow(c("14.04"), RegionLevel::Village), 0U);
}

TEST(RegionTree, CountBelowDoesNotLeakIntoNeighbours)
{
    const RegionTree tree({region("14.03.01", "Bengkalis"), region("14.03.01.2001", "A"),
                           region("14.03.10", "Ten"), region("14.03.10.2001", "B"),
                           region("14.03.11.2001", "C"), region("14.03", "Kabupaten Bengkalis")});
    EXPECT_EQ(tree.countBelow(c("14.03.01"), RegionLevel::Village), 1U);
    EXPECT_EQ(tree.countBelow(c("14.03.10"), RegionLevel::Village), 1U);
    EXPECT_EQ(tree.countBelow(c("14.03.11"), RegionLevel::Village), 1U);
    EXPECT_EQ(tree.countBelow(c("14.03"), RegionLevel::Village), 3U);
    EXPECT_EQ(codes(tree.children(c("14.03.01"))), std::vector<std::string>{"14.03.01.2001"});
}

TEST(RegionTree, PathFromRootDown)
{
    const RegionTree tree(bengkalis());
    EXPECT_EQ(codes(tree.path(c("14.03.01.2017"))),
              (std::vector<std::string>{"14.03", "14.03.01", "14.03.01.2017"}));
    EXPECT_EQ(codes(tree.path(c("14.03"))), std::vector<std::string>{"14.03"});
    // A code not held itself: the path holds the ancestors that are.
    EXPECT_EQ(codes(tree.path(c("14.03.02.2099"))),
              (std::vector<std::string>{"14.03", "14.03.02"}));
}

TEST(RegionTree, LaterDuplicateWins)
{
    const RegionTree tree({region("14.03", "Old"), region("14.03", "New")});
    EXPECT_EQ(tree.size(), 1U);
    EXPECT_EQ(tree.find(c("14.03"))->name, "New");
}

TEST(Region, DisplayName)
{
    using konvergensi::core::displayName;
    EXPECT_EQ(displayName(region("14.03", "Kabupaten Bengkalis")), "Kabupaten Bengkalis");
    EXPECT_EQ(displayName(region("14", "Riau")), "Riau");
    EXPECT_EQ(displayName(region("14.03.02", "Bantan")), "Kecamatan Bantan");
    EXPECT_EQ(displayName(region("14.03.01.2017", "Ketam Putih")), "Desa Ketam Putih");
    EXPECT_EQ(displayName(region("14.03.01.1001", "Bengkalis Kota")), "Kelurahan Bengkalis Kota");
    Region noKind{c("14.03.01.2004"), "Kelapapati", std::nullopt};
    EXPECT_EQ(displayName(noKind), "Desa Kelapapati");
    EXPECT_EQ(noKind.level(), RegionLevel::Village);
    EXPECT_EQ(region("14.03.01.1001", "x").kind, VillageKind::Kelurahan);
}

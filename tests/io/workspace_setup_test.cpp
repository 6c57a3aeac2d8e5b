// SPDX-License-Identifier: GPL-3.0-or-later
#include "io/workspace_setup.h"

#include "io_test_util.h"

#include "storage/database.h"
#include "storage/directory/directory_repository.h"
#include "storage/regions/region_repository.h"
#include "storage/storage_error.h"
#include "storage/workspace_repository.h"

#include <QFile>
#include <QTemporaryDir>

#include <gtest/gtest.h>

#include <algorithm>
#include <set>

using namespace konvergensi;
using konvergensi::test::countRows;

namespace {

void expectDemoContent(storage::Database &db)
{
    storage::RegionRepository regions(db);
    EXPECT_EQ(regions.count(core::RegionLevel::Province), 1u);
    EXPECT_EQ(regions.count(core::RegionLevel::District), 1u);
    EXPECT_EQ(regions.count(core::RegionLevel::Kecamatan), 11u);
    EXPECT_EQ(regions.count(core::RegionLevel::Village), 155u);
    const auto kotaBengkalis = regions.find(core::RegionCode::fromString("14.03.01.1001"));
    ASSERT_TRUE(kotaBengkalis);
    EXPECT_EQ(kotaBengkalis->name, "Bengkalis Kota");
    EXPECT_EQ(kotaBengkalis->kind, core::VillageKind::Kelurahan);

    storage::DirectoryRepository directory(db);
    const auto opds = directory.opds();
    std::set<std::string> shortNames;
    for (const auto &opd : opds)
        shortNames.insert(opd.shortName);
    const std::set<std::string> expected = {
        "Setda",      "Bappeda",    "Dinkes",      "DPMD",  "Dinsos",
        "Disdik",     "Dinas PUPR", "Disperkim",   "DKP",   "Diskan",
        "Distanhort", "DLH",        "Disdukcapil", "DPPKB", "Diskominfotik",
        "Kemenag",    "BKKBN Riau", "Kodim 0303",  "TP PKK"};
    EXPECT_EQ(shortNames, expected);
    const auto kominfo = directory.opdByShortName("Diskominfotik");
    ASSERT_TRUE(kominfo);
    EXPECT_EQ(kominfo->name, "Dinas Komunikasi, Informatika dan Statistik");
    EXPECT_EQ(directory.opdByShortName("Kodim 0303")->name,
              "Komando Distrik Militer 0303/Bengkalis");

    const auto setda = directory.opdByShortName("Setda");
    ASSERT_TRUE(setda);
    const auto setdaPeople = directory.people(setda->id);
    ASSERT_EQ(setdaPeople.size(), 1u);
    EXPECT_EQ(setdaPeople[0].name, "Kasmarni");
    EXPECT_EQ(setdaPeople[0].position, "Bupati Bengkalis");
    EXPECT_GE(directory.people().size(), 5u);

    storage::WorkspaceRepository workspace(db);
    EXPECT_TRUE(workspace.isDemo());
    const core::Letterhead letterhead = workspace.letterhead();
    EXPECT_EQ(letterhead.districtCode, "14.03");
    EXPECT_EQ(letterhead.districtName, "Kabupaten Bengkalis");
    EXPECT_EQ(letterhead.government, "Pemerintah Kabupaten Bengkalis");
    EXPECT_EQ(letterhead.agency, "Badan Perencanaan Pembangunan Daerah");
    EXPECT_EQ(letterhead.address, "Jalan Ahmad Yani, Bengkalis, Riau");
    EXPECT_EQ(letterhead.contact, "");
    EXPECT_EQ(letterhead.city, "Bengkalis");
    EXPECT_EQ(letterhead.signatoryTitle, "Kepala Bappeda Kabupaten Bengkalis");
    EXPECT_FALSE(letterhead.signatoryName.empty());
    EXPECT_EQ(letterhead.signatoryNip, "");
    // The signatory is in the directory too, under Bappeda.
    const auto bappeda = directory.opdByShortName("Bappeda");
    ASSERT_TRUE(bappeda);
    const auto bappedaPeople = directory.people(bappeda->id);
    EXPECT_TRUE(std::any_of(bappedaPeople.begin(), bappedaPeople.end(), [&](const auto &person) {
        return person.name == letterhead.signatoryName;
    }));
}

} // namespace

TEST(WorkspaceSetup, DemoWorkspaceOnDisk)
{
    QTemporaryDir dir;
    ASSERT_TRUE(dir.isValid());
    const QString path = dir.filePath(QStringLiteral("demo.kvg"));
    {
        auto db = io::createWorkspace(path, io::WorkspaceTemplate::Demo);
        ASSERT_TRUE(db);
        expectDemoContent(*db);
    }
    // Committed: it is all there after reopening.
    auto reopened = storage::Database::openSqlite(path);
    expectDemoContent(*reopened);
}

TEST(WorkspaceSetup, DemoWorkspaceInMemory)
{
    auto db = io::createWorkspace(QStringLiteral(":memory:"), io::WorkspaceTemplate::Demo);
    expectDemoContent(*db);
}

TEST(WorkspaceSetup, EmptyWorkspaceHasOnlyItsSchema)
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("empty.kvg"));
    auto db = io::createWorkspace(path, io::WorkspaceTemplate::Empty);
    EXPECT_TRUE(QFile::exists(path));
    EXPECT_GT(db->schemaVersion(), 0);
    EXPECT_EQ(countRows(*db, QStringLiteral("region")), 0);
    EXPECT_EQ(countRows(*db, QStringLiteral("opd")), 0);
    EXPECT_EQ(countRows(*db, QStringLiteral("person")), 0);
    EXPECT_EQ(countRows(*db, QStringLiteral("workspace_setting")), 0);
    EXPECT_EQ(countRows(*db, QStringLiteral("audit_log")), 0);
    EXPECT_FALSE(storage::WorkspaceRepository(*db).isDemo());
}

TEST(WorkspaceSetup, RefusesAnExistingFile)
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("taken.kvg"));
    {
        QFile file(path);
        ASSERT_TRUE(file.open(QIODevice::WriteOnly));
        file.write("not a workspace, but mine");
    }
    for (const auto kind : {io::WorkspaceTemplate::Empty, io::WorkspaceTemplate::Demo}) {
        try {
            io::createWorkspace(path, kind);
            ADD_FAILURE() << "an existing file was accepted";
        } catch (const storage::StorageError &error) {
            EXPECT_EQ(error.kind(), storage::StorageError::Kind::CannotOpen);
            EXPECT_TRUE(error.message().contains(QStringLiteral("already exists")))
                << error.message().toStdString();
        }
    }
    EXPECT_EQ(test::readAll(path), QByteArray("not a workspace, but mine"));

    // An existing workspace is refused just the same, and left as it was.
    const QString workspace = dir.filePath(QStringLiteral("demo.kvg"));
    io::createWorkspace(workspace, io::WorkspaceTemplate::Demo).reset();
    EXPECT_THROW(io::createWorkspace(workspace, io::WorkspaceTemplate::Empty),
                 storage::StorageError);
    auto db = storage::Database::openSqlite(workspace);
    EXPECT_TRUE(storage::WorkspaceRepository(*db).isDemo());
}

TEST(WorkspaceSetup, DemoOnlyIntoAnEmptyWorkspace)
{
    auto db = io::createWorkspace(QStringLiteral(":memory:"), io::WorkspaceTemplate::Demo);
    const qint64 regions = countRows(*db, QStringLiteral("region"));
    const qint64 audit = countRows(*db, QStringLiteral("audit_log"));
    EXPECT_THROW(io::populateDemo(*db), storage::StorageError);
    EXPECT_EQ(countRows(*db, QStringLiteral("region")), regions);
    EXPECT_EQ(countRows(*db, QStringLiteral("audit_log")), audit);
}

// SPDX-License-Identifier: GPL-3.0-or-later
// The region import as a unit of work: Indonesian column words, all or nothing, and a cancel
// after the rows were written leaves the workspace as it was.
#include "usecases/regions/region_import.h"

#include "core/clock.h"
#include "io/workspace_setup.h"
#include "storage/audit_log.h"
#include "storage/database.h"
#include "storage/regions/region_repository.h"

#include <QFile>
#include <QTemporaryDir>

#include <gtest/gtest.h>

using namespace konvergensi;
namespace uc = konvergensi::usecases::regions;

namespace {

const char *kIndonesian = "Kode;Nama;Tingkat;Jenis\n"
                          "14;Riau;provinsi;\n"
                          "14.03;Kabupaten Bengkalis;kabupaten;\n"
                          "14.03.01;Bengkalis;kecamatan;\n"
                          "14.03.01.1001;Bengkalis Kota;desa/kelurahan;kelurahan\n"
                          "14.03.01.2004;Kelapapati;desa/kelurahan;desa\n";

class RegionsUseCasesTest : public ::testing::Test
{
protected:
    void SetUp() override
    {
        ASSERT_TRUE(dir.isValid());
        db = io::createWorkspace(dir.filePath(QStringLiteral("kosong.kvg")),
                                 io::WorkspaceTemplate::Empty);
    }

    QString write(const char *text)
    {
        const QString path = dir.filePath(QStringLiteral("wilayah.csv"));
        QFile file(path);
        EXPECT_TRUE(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
        file.write(text);
        return path;
    }

    std::size_t regionCount() const { return storage::RegionRepository(*db).all().size(); }

    QTemporaryDir dir;
    std::unique_ptr<storage::Database> db;
};

/// Cancels once it has been told `after` steps.
class CancelAfter : public usecases::Progress
{
public:
    explicit CancelAfter(int after)
        : usecases::Progress([this](qint64, qint64, const QString &) {
            if (++m_steps > m_after)
                cancel();
        })
        , m_after(after)
    {
    }

private:
    int m_after;
    int m_steps = 0;
};

} // namespace

TEST_F(RegionsUseCasesTest, IndonesianColumnWordsAreReadAndCheckingWritesNothing)
{
    usecases::Progress progress;
    const auto checked = uc::checkRegionFile(*db, write(kIndonesian), progress);
    ASSERT_TRUE(checked.ok()) << checked.fileError.toStdString();
    EXPECT_EQ(checked.rowsRead, 5);
    EXPECT_EQ(checked.added, 5);
    EXPECT_FALSE(checked.applied);
    EXPECT_EQ(regionCount(), 0U);

    const auto imported = uc::importRegionFile(*db, write(kIndonesian), progress);
    EXPECT_TRUE(imported.applied);
    EXPECT_EQ(regionCount(), 5U);
    const auto village = storage::RegionRepository(*db).find(
        core::RegionCode::parse("14.03.01.2004").value());
    ASSERT_TRUE(village.has_value());
    EXPECT_EQ(village->name, "Kelapapati");
}

TEST_F(RegionsUseCasesTest, ABadRowImportsNothing)
{
    usecases::Progress progress;
    const auto report = uc::importRegionFile(
        *db, write("kode,nama\n14,Riau\n14.03.99.2001,Desa Tanpa Kecamatan\n"), progress);
    EXPECT_FALSE(report.applied);
    ASSERT_EQ(report.errors.size(), 1U);
    EXPECT_EQ(report.errors.front().line, 3);
    EXPECT_EQ(regionCount(), 0U);
}

TEST_F(RegionsUseCasesTest, ACancelAfterTheRowsWereWrittenChangesNothing)
{
    const auto auditBefore = storage::AuditLog::entries(*db, {}, {}, 100000).size();
    CancelAfter progress(1); // cancelled once the importer has written
    EXPECT_THROW(uc::importRegionFile(*db, write(kIndonesian), progress), usecases::Cancelled);
    EXPECT_EQ(regionCount(), 0U);
    EXPECT_EQ(storage::AuditLog::entries(*db, {}, {}, 100000).size(), auditBefore);

    // Cancelled before anything: also nothing, and the file can be imported afterwards.
    CancelAfter early(0);
    EXPECT_THROW(uc::importRegionFile(*db, write(kIndonesian), early), usecases::Cancelled);
    usecases::Progress plain;
    EXPECT_TRUE(uc::importRegionFile(*db, write(kIndonesian), plain).applied);
    EXPECT_EQ(regionCount(), 5U);
}

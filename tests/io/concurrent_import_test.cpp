// SPDX-License-Identifier: GPL-3.0-or-later
// Issue #16, finding 3: two imports started together (GUI and CLI, or two PCs) both reported
// success without --replace, and the later silently replaced the earlier. Two connections to
// one workspace file; the second import runs exactly between the first one's reading and its
// write (the barrier). Exactly one of them may succeed.
#include "io/locus/locus_import.h"
#include "io/prevalence/prevalence_import.h"
#include "io/workspace_setup.h"
#include "storage/database.h"
#include "storage/locus/locus_repository.h"
#include "storage/prevalence/prevalence_repository.h"

#include <QFile>
#include <QTemporaryDir>

#include <gtest/gtest.h>

using namespace konvergensi;

namespace {

QString writeFile(const QTemporaryDir &dir, const QString &name, const QByteArray &bytes)
{
    const QString path = dir.filePath(name);
    QFile file(path);
    EXPECT_TRUE(file.open(QIODevice::WriteOnly));
    file.write(bytes);
    return path;
}

class ConcurrentImportTest : public ::testing::Test
{
protected:
    void SetUp() override
    {
        ASSERT_TRUE(dir.isValid());
        path = dir.filePath(QStringLiteral("ws.kvg"));
        io::createWorkspace(path, io::WorkspaceTemplate::Demo);
        first = storage::Database::openSqlite(path);
        second = storage::Database::openSqlite(path);
    }
    void TearDown() override { io::setImportBeforeWriteHookForTesting({}); }

    QTemporaryDir dir;
    QString path;
    std::unique_ptr<storage::Database> first;
    std::unique_ptr<storage::Database> second;
};

} // namespace

TEST_F(ConcurrentImportTest, PrevalenceWithoutReplaceOnlyOneWins)
{
    const QString a = writeFile(dir, QStringLiteral("a.csv"),
                                "area,year,round,source,measured,cases\n"
                                "14.03.01.2004,2030,agustus,e-PPGBM,100,10\n"
                                "14.03.01.2005,2030,agustus,e-PPGBM,100,11\n");
    const QString b = writeFile(dir, QStringLiteral("b.csv"),
                                "area,year,round,source,measured,cases\n"
                                "14.03.01.2004,2030,agustus,e-PPGBM,100,20\n"
                                "14.03.01.2005,2030,agustus,e-PPGBM,100,21\n");
    io::PrevalenceImportReport other;
    io::setImportBeforeWriteHookForTesting([&] {
        io::setImportBeforeWriteHookForTesting({}); // the second import runs straight through
        other = io::PrevalenceImporter(*second).importFile(b, io::ConflictPolicy::Refuse);
    });
    const auto mine = io::PrevalenceImporter(*first).importFile(a, io::ConflictPolicy::Refuse);
    EXPECT_TRUE(other.applied) << other.fileError.toStdString();
    EXPECT_FALSE(mine.applied) << "both imports succeeded: the later replaced the earlier";
    EXPECT_EQ(mine.conflicts.size(), 2U);
    // The figures are those of the import that succeeded, untouched.
    core::PrevalenceObservation probe;
    probe.area = *core::PrevalenceArea::fromText("14.03.01.2004");
    probe.year = 2030;
    probe.round = core::PrevalenceRound::August;
    probe.source = core::PrevalenceSource::Eppgbm;
    probe.indicator = core::PrevalenceIndicator::Stunting;
    const auto held = storage::PrevalenceRepository(*first).find(probe);
    ASSERT_TRUE(held.has_value());
    EXPECT_EQ(held->cases, 20);
}

TEST_F(ConcurrentImportTest, LocusListWithoutReplaceOnlyOneWins)
{
    const QString a = writeFile(dir, QStringLiteral("a.csv"),
                                "kode;alasan\n14.03.01.2004;A\n14.03.01.2005;A\n");
    const QString b = writeFile(dir, QStringLiteral("b.csv"), "kode;alasan\n14.03.01.2006;B\n");
    io::LocusImportReport other;
    io::setImportBeforeWriteHookForTesting([&] {
        io::setImportBeforeWriteHookForTesting({});
        other = io::LocusListImporter(*second).importFile(2031, b, false);
    });
    const auto mine = io::LocusListImporter(*first).importFile(2031, a, false);
    EXPECT_TRUE(other.applied) << other.fileError.toStdString();
    EXPECT_FALSE(mine.applied) << "both imports succeeded: the later replaced the earlier";
    EXPECT_TRUE(mine.refusedExisting);
    EXPECT_EQ(storage::LocusRepository(*first).count(2031), 1U);
}

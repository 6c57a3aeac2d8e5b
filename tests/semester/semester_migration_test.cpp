// SPDX-License-Identifier: GPL-3.0-or-later
// Migration 14 (the report date of the semester report) on a workspace one version before
// it: a report saved then is dated the day its parts were first saved, a semester without
// a saved report has no row and so no date, and the repository reads and writes the column.
#include "storage/migrations.h"
#include "storage/semester/semester_repository.h"

#include "storage_test_util.h"

#include <QTemporaryDir>

using namespace konvergensi;
using boost::gregorian::date;
using storage::Migrations;

TEST(SemesterMigration, OldReportsAreDatedTheDayTheyWereFirstSaved)
{
    QTemporaryDir dir;
    ASSERT_TRUE(dir.isValid());
    const QString path = dir.filePath(QStringLiteral("old.kvg"));
    ASSERT_GE(Migrations::latestVersion(), 14);
    test::makeOldWorkspace(
        path, 13,
        {QStringLiteral("INSERT INTO semester_report (year, half, closing, created_at, created_by, "
                        "updated_at, updated_by) VALUES (2023, 2, 'Demikian', "
                        "'2024-01-12T08:15:00', 'old', '2024-02-03T10:00:00', 'old')"),
         QStringLiteral("INSERT INTO semester_report (year, half, created_at, created_by, "
                        "updated_at, updated_by) VALUES (2023, 1, '2023-07-20T14:00:00', 'old', "
                        "'2023-07-20T14:00:00', 'old')")});

    test::TestDb db(path);
    EXPECT_EQ(Migrations::currentVersion(*db), Migrations::latestVersion());
    storage::SemesterRepository repository(*db);
    const auto second = repository.texts({2023, 2});
    ASSERT_TRUE(second);
    EXPECT_EQ(second->reportDate, date(2024, 1, 12)) << "created, not updated";
    EXPECT_EQ(second->closing, "Demikian");
    EXPECT_EQ(repository.texts({2023, 1})->reportDate, date(2023, 7, 20));
    EXPECT_FALSE(repository.texts({2024, 1}));

    // The column is written and read back.
    auto texts = *second;
    texts.reportDate = date(2024, 1, 31);
    repository.save(texts);
    EXPECT_EQ(repository.texts({2023, 2})->reportDate, date(2024, 1, 31));
    EXPECT_EQ(test::scalar(*db, QStringLiteral("SELECT report_date FROM semester_report WHERE "
                                               "year = 2023 AND half = 2"))
                  .toString(),
              QStringLiteral("2024-01-31"));
}

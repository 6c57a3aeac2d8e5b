// SPDX-License-Identifier: GPL-3.0-or-later
// Migration 14 (the report date of the semester report) on a workspace one version before
// it: a report saved then is dated the day its parts were first saved, a semester without
// a saved report has no row and so no date, and the repository reads and writes the column.
#include "storage/migrations.h"
#include "storage/semester/semester_repository.h"

#include "storage_test_util.h"

#include <QFile>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>

using namespace konvergensi;
using boost::gregorian::date;
using storage::Migrations;

namespace {

/// A workspace file at `version`, made by the migration scripts themselves, with `rows` run
/// on it afterwards.
void makeOldWorkspace(const QString &path, int version, const QStringList &rows)
{
    const QString name = QStringLiteral("old-workspace");
    {
        QSqlDatabase raw = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
        raw.setDatabaseName(path);
        ASSERT_TRUE(raw.open());
        QSqlQuery query(raw);
        for (const auto &step : Migrations::steps()) {
            if (step.version > version)
                break;
            QFile file(step.resourcePath);
            ASSERT_TRUE(file.open(QIODevice::ReadOnly)) << step.resourcePath.toStdString();
            for (const QString &statement :
                 Migrations::splitStatements(QString::fromUtf8(file.readAll())))
                ASSERT_TRUE(query.exec(statement)) << query.lastError().text().toStdString();
            ASSERT_TRUE(query.exec(QStringLiteral("INSERT INTO schema_migrations (version, name, "
                                                  "applied_at) VALUES (%1, '%2', "
                                                  "'2024-01-01T00:00:00')")
                                       .arg(step.version)
                                       .arg(step.name)))
                << query.lastError().text().toStdString();
        }
        for (const QString &row : rows)
            ASSERT_TRUE(query.exec(row))
                << row.toStdString() << ": " << query.lastError().text().toStdString();
        raw.close();
    }
    QSqlDatabase::removeDatabase(name);
}

} // namespace

TEST(SemesterMigration, OldReportsAreDatedTheDayTheyWereFirstSaved)
{
    QTemporaryDir dir;
    ASSERT_TRUE(dir.isValid());
    const QString path = dir.filePath(QStringLiteral("old.kvg"));
    ASSERT_GE(Migrations::latestVersion(), 14);
    makeOldWorkspace(
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

// SPDX-License-Identifier: GPL-3.0-or-later
// The case-number migration (0009) on an old workspace one version before it,
// whose rounds hold the same case number twice, cases without a number and "3" beside "03": the
// workspace opens, the duplicates are renumbered as the migration says (the lowest id keeps its
// number, the others follow the round's highest number in id order), each renumbering is in the
// audit log, and from then on the schema refuses a duplicate and keeps the highest number given.
#include "storage/case_audit/case_number_repository.h"
#include "storage/migrations.h"

#include "core/case_audit/case_numbers.h"

#include "storage_test_util.h"

#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>

#include <map>

using namespace konvergensi;
using storage::Migrations;

namespace {

QString round(int id, int year, int semester)
{
    return QStringLiteral("INSERT INTO case_audit_round (id, year, semester, title, created_at, "
                          "created_by, updated_at, updated_by) VALUES (%1, %2, %3, 'AKS', "
                          "'2024-01-01', 'old', '2024-01-01', 'old')")
        .arg(id)
        .arg(year)
        .arg(semester);
}

QString auditCase(int id, int roundId, const QString &number)
{
    return QStringLiteral("INSERT INTO case_audit_case (id, round_id, case_number, target_group, "
                          "desa_code, name, created_at, created_by, updated_at, updated_by) "
                          "VALUES (%1, %2, '%3', 'baduta', '14.03.01.2004', 'Anak %1', "
                          "'2024-01-01', 'old', '2024-01-01', 'old')")
        .arg(id)
        .arg(roundId)
        .arg(number);
}

std::map<int, QString> numbersById(storage::Database &db)
{
    QSqlQuery query(db.connection());
    EXPECT_TRUE(query.exec(QStringLiteral("SELECT id, case_number FROM case_audit_case")));
    std::map<int, QString> numbers;
    while (query.next())
        numbers[query.value(0).toInt()] = query.value(1).toString();
    return numbers;
}

/// The version of the case-number step (10 on this branch; renumbered when branches merge).
int caseNumbersVersion()
{
    for (const auto &step : Migrations::steps())
        if (step.name == QLatin1String("case_audit_numbers"))
            return step.version;
    return 0;
}

} // namespace

TEST(CaseAuditMigration, OldDuplicatesAreRenumberedAndLogged)
{
    const int numbersVersion = caseNumbersVersion();
    ASSERT_GT(numbersVersion, 8) << "after 0008_case_audit";
    QTemporaryDir dir;
    ASSERT_TRUE(dir.isValid());
    const QString path = dir.filePath(QStringLiteral("old.kvg"));
    // Round 1: 02 twice, a case without a number, "3" and "03", "A-1" twice.
    // Round 2: 05 twice.
    test::makeOldWorkspace(
        path, numbersVersion - 1,
        {round(1, 2023, 2), round(2, 2024, 1), auditCase(1, 1, QStringLiteral("01")),
         auditCase(2, 1, QStringLiteral("02")), auditCase(3, 1, QStringLiteral("02")),
         auditCase(4, 1, QString()), auditCase(5, 1, QStringLiteral("3")),
         auditCase(6, 1, QStringLiteral("03")), auditCase(7, 1, QStringLiteral("A-1")),
         auditCase(8, 1, QStringLiteral("A-1")), auditCase(9, 2, QStringLiteral("05")),
         auditCase(10, 2, QStringLiteral("05"))});

    test::TestDb db(path);
    EXPECT_EQ(db->schemaVersion(), Migrations::latestVersion());

    // The first of each number keeps it; the others follow the round's highest digit number
    // (3 in round 1, 5 in round 2) in id order, with two digits.
    const std::map<int, QString> expected{{1, QStringLiteral("01")},  {2, QStringLiteral("02")},
                                          {3, QStringLiteral("04")},  {4, QStringLiteral("05")},
                                          {5, QStringLiteral("3")},   {6, QStringLiteral("06")},
                                          {7, QStringLiteral("A-1")}, {8, QStringLiteral("07")},
                                          {9, QStringLiteral("05")},  {10, QStringLiteral("06")}};
    EXPECT_EQ(numbersById(*db), expected);

    // Each renumbering is on record, with the old and the new number.
    const auto log = test::auditInOrder(*db, QStringLiteral("case_audit_case"));
    std::map<QString, std::pair<QString, QString>> changes;
    for (const auto &e : log) {
        EXPECT_EQ(e.actor, QStringLiteral("migration"));
        EXPECT_EQ(e.action, storage::AuditLog::Action::Update);
        changes[e.rowKey] = {e.before.value(QStringLiteral("case_number")).toString(),
                             e.after.value(QStringLiteral("case_number")).toString()};
    }
    const std::map<QString, std::pair<QString, QString>> expectedChanges{
        {QStringLiteral("3"), {QStringLiteral("02"), QStringLiteral("04")}},
        {QStringLiteral("4"), {QString(), QStringLiteral("05")}},
        {QStringLiteral("6"), {QStringLiteral("03"), QStringLiteral("06")}},
        {QStringLiteral("8"), {QStringLiteral("A-1"), QStringLiteral("07")}},
        {QStringLiteral("10"), {QStringLiteral("05"), QStringLiteral("06")}}};
    EXPECT_EQ(changes, expectedChanges);
    EXPECT_EQ(test::scalar(*db, QStringLiteral("SELECT row_version FROM case_audit_case WHERE "
                                               "id = 3"))
                  .toInt(),
              2);

    // The highest number given per round, and the next number after it.
    storage::CaseNumberRepository numbers(*db);
    EXPECT_EQ(numbers.ofRound(1)->highestGiven, 7);
    EXPECT_EQ(numbers.ofRound(2)->highestGiven, 6);
    EXPECT_EQ(core::nextCaseNumber(numbers.ofRound(1)->highestGiven,
                                   numbers.ofRound(1)->numbersExcept(0)),
              "08");
    EXPECT_FALSE(numbers.ofRound(3));

    // From now on the schema refuses a duplicate and counts numbers written by anyone.
    QSqlQuery query(db->connection());
    EXPECT_FALSE(query.exec(auditCase(11, 2, QStringLiteral("06"))));
    EXPECT_TRUE(query.exec(auditCase(11, 2, QStringLiteral("40"))))
        << query.lastError().text().toStdString();
    EXPECT_TRUE(query.exec(QStringLiteral("DELETE FROM case_audit_case WHERE id = 11")));
    EXPECT_EQ(numbers.ofRound(2)->highestGiven, 40);
    EXPECT_TRUE(query.exec(QStringLiteral("UPDATE case_audit_case SET case_number = '41' WHERE "
                                          "id = 10")));
    EXPECT_EQ(numbers.ofRound(2)->highestGiven, 41);
}

TEST(CaseAuditMigration, AWorkspaceWithoutDuplicatesKeepsItsNumbers)
{
    QTemporaryDir dir;
    ASSERT_TRUE(dir.isValid());
    const QString path = dir.filePath(QStringLiteral("clean.kvg"));
    test::makeOldWorkspace(path, caseNumbersVersion() - 1,
                           {round(1, 2023, 2), auditCase(1, 1, QStringLiteral("01")),
                            auditCase(2, 1, QStringLiteral("03"))});
    test::TestDb db(path);
    const std::map<int, QString> expected{{1, QStringLiteral("01")}, {2, QStringLiteral("03")}};
    EXPECT_EQ(numbersById(*db), expected);
    EXPECT_TRUE(test::auditInOrder(*db, QStringLiteral("case_audit_case")).empty());
    EXPECT_EQ(storage::CaseNumberRepository(*db).ofRound(1)->highestGiven, 3);
}

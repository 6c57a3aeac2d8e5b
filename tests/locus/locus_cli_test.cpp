// SPDX-License-Identifier: GPL-3.0-or-later
// konvergensi-cli locus list / compare / import / scorecards import, run as a process on a
// demo workspace. What the commands print is checked against the lists the CLI itself
// reports, what they change against the database (read through the repositories after the
// process ended), and a refused import against a byte-identical list and an unchanged audit log.
#include "storage/audit_log.h"
#include "storage/database.h"
#include "storage/locus/locus_repository.h"
#include "storage/locus/scorecard_repository.h"

#include "test_paths.h"

#include <QFile>
#include <QProcess>
#include <QRegularExpression>
#include <QTemporaryDir>

#include <gtest/gtest.h>

#include "cli_process.h"

#include <algorithm>
#include <array>
#include <cmath>
#include <map>
#include <set>
#include <vector>

using namespace konvergensi;
using konvergensi::test::dataFile;

using konvergensi::test::CliRun;

namespace {

/// The rows of a CSV text (RFC 4180: quoted fields, doubled quotes, commas and line breaks
/// in quotes), written here rather than taken from io so that the test does not read the
/// CLI's output with the program's own reader.
std::vector<QStringList> parseCsv(const QString &text)
{
    std::vector<QStringList> rows;
    QStringList row;
    QString field;
    bool quoted = false;
    bool any = false;
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text[i];
        if (quoted) {
            if (c == u'"' && i + 1 < text.size() && text[i + 1] == u'"') {
                field += u'"';
                ++i;
            } else if (c == u'"') {
                quoted = false;
            } else {
                field += c;
            }
            continue;
        }
        if (c == u'"') {
            quoted = true;
            any = true;
        } else if (c == u',') {
            row << field;
            field.clear();
            any = true;
        } else if (c == u'\n' || c == u'\r') {
            if (c == u'\r' && i + 1 < text.size() && text[i + 1] == u'\n')
                ++i;
            if (any || !field.isEmpty()) {
                row << field;
                rows.push_back(row);
            }
            row.clear();
            field.clear();
            any = false;
        } else {
            field += c;
            any = true;
        }
    }
    if (any || !field.isEmpty()) {
        row << field;
        rows.push_back(row);
    }
    return rows;
}

const QStringList kListHeader{
    QStringLiteral("rank"),      QStringLiteral("code"),   QStringLiteral("village"),
    QStringLiteral("kecamatan"), QStringLiteral("origin"), QStringLiteral("measured"),
    QStringLiteral("stunted"),   QStringLiteral("rate"),   QStringLiteral("hpk"),
    QStringLiteral("poverty"),   QStringLiteral("reason")};

/// One village of `locus list --format csv`, by column name.
struct ListedVillage
{
    int rank = 0;
    QString code, village, kecamatan, origin, measured, stunted, rate, hpk, poverty, reason;
};

core::RegionCode code(const char *text)
{
    return core::RegionCode::fromString(text);
}

QString locusFile(const char *name)
{
    return dataFile(QStringLiteral("locus/") + QString::fromLatin1(name));
}

/// The stderr lines, without empty ones.
QStringList lines(const QString &text)
{
    return text.split(u'\n', Qt::SkipEmptyParts);
}

class LocusCliTest : public ::testing::Test
{
protected:
    void SetUp() override
    {
        ASSERT_TRUE(dir.isValid());
        database = dir.filePath(QStringLiteral("w.kvg"));
        const CliRun init = run({QStringLiteral("init"), QStringLiteral("--demo")});
        ASSERT_EQ(init.exitCode, 0) << init.err.toStdString();
    }

    CliRun run(QStringList args) const
    {
        args.prepend(database);
        args.prepend(QStringLiteral("--database"));
        return test::runCli(QStringLiteral(KONVERGENSI_CLI_PATH), args,
                            test::cliEnvironment(dir.path()));
    }

    /// `locus list --year Y --format csv`, exactly as printed.
    QString listText(int year) const
    {
        const CliRun listed = run({QStringLiteral("locus"), QStringLiteral("list"),
                                   QStringLiteral("--year"), QString::number(year),
                                   QStringLiteral("--format"), QStringLiteral("csv")});
        EXPECT_EQ(listed.exitCode, 0) << listed.err.toStdString();
        EXPECT_TRUE(listed.err.isEmpty()) << listed.err.toStdString();
        return listed.out;
    }

    /// The villages of `locus list --year Y --format csv`, after checking the header and the
    /// number of fields of every row.
    std::vector<ListedVillage> listed(int year) const
    {
        const auto rows = parseCsv(listText(year));
        std::vector<ListedVillage> villages;
        if (rows.empty()) {
            ADD_FAILURE() << "no header in locus list " << year;
            return villages;
        }
        EXPECT_EQ(rows.front(), kListHeader);
        for (std::size_t i = 1; i < rows.size(); ++i) {
            const QStringList &r = rows[i];
            if (r.size() != kListHeader.size()) {
                ADD_FAILURE() << "row " << i << " has " << r.size()
                              << " fields: " << r.join(u'|').toStdString();
                continue;
            }
            bool ok = false;
            ListedVillage v;
            v.rank = r[0].toInt(&ok);
            EXPECT_TRUE(ok) << r[0].toStdString();
            v.code = r[1];
            v.village = r[2];
            v.kecamatan = r[3];
            v.origin = r[4];
            v.measured = r[5];
            v.stunted = r[6];
            v.rate = r[7];
            v.hpk = r[8];
            v.poverty = r[9];
            v.reason = r[10];
            villages.push_back(v);
        }
        return villages;
    }

    static std::set<QString> codesOf(const std::vector<ListedVillage> &villages)
    {
        std::set<QString> codes;
        for (const ListedVillage &v : villages)
            codes.insert(v.code);
        return codes;
    }

    /// The workspace as the CLI left it, read through the repositories (the CLI process has
    /// ended, so nothing else has the file open).
    std::unique_ptr<storage::Database> open() const
    {
        return storage::Database::openSqlite(database);
    }

    /// The id of the newest audit entry: a refused command writes none.
    qint64 lastAuditId() const
    {
        const auto db = open();
        const auto entries = storage::AuditLog::entries(*db, {}, {}, 1);
        return entries.empty() ? 0 : entries.front().id;
    }

    QTemporaryDir dir;
    QString database;
};

/// Asserts the import command was refused as a whole and returns its stderr lines.
QStringList refused(const CliRun &result)
{
    EXPECT_EQ(result.exitCode, 1) << result.out.toStdString() << result.err.toStdString();
    const QStringList errors = lines(result.err);
    EXPECT_FALSE(errors.isEmpty());
    if (!errors.isEmpty()) {
        EXPECT_TRUE(
            errors.last().startsWith(QStringLiteral("konvergensi-cli: nothing was imported")))
            << errors.last().toStdString();
    }
    return errors;
}

/// The stderr line about a file line, e.g. "Line 3: ...", or an empty text.
QString lineError(const QStringList &errors, int line)
{
    const QString prefix = QStringLiteral("Line %1: ").arg(line);
    for (const QString &error : errors) {
        if (error.startsWith(prefix))
            return error;
    }
    return {};
}

} // namespace

TEST_F(LocusCliTest, ListOfTheDemo2021DecreeAsTable)
{
    const CliRun table = run({QStringLiteral("locus"), QStringLiteral("list"),
                              QStringLiteral("--year"), QStringLiteral("2021")});
    ASSERT_EQ(table.exitCode, 0) << table.err.toStdString();
    EXPECT_TRUE(table.err.isEmpty()) << table.err.toStdString();
    const QStringList out = lines(table.out);
    ASSERT_FALSE(out.isEmpty());
    EXPECT_TRUE(out.first().startsWith(QStringLiteral("rank"))) << out.first().toStdString();
    // Decree 150/KPTS/III/2021: 15 desa (the published facts of the demo).
    EXPECT_EQ(out.last(), QStringLiteral("Decree: 150/KPTS/III/2021"));
    const QRegularExpression villageRow(
        QStringLiteral("^(\\d+)\\s+(14\\.03\\.\\d\\d\\.\\d{4})\\s"));
    int rows = 0;
    for (const QString &text : out) {
        const auto match = villageRow.match(text);
        if (!match.hasMatch())
            continue;
        ++rows;
        EXPECT_EQ(match.captured(1).toInt(), rows) << "ranks 1..n in order: " << text.toStdString();
    }
    EXPECT_EQ(rows, 15);
    const auto titiAkar = std::find_if(out.begin(), out.end(), [](const QString &text) {
        return text.contains(QStringLiteral("14.03.11.2005"));
    });
    ASSERT_NE(titiAkar, out.end());
    EXPECT_TRUE(titiAkar->contains(QStringLiteral("Titi Akar")));
    EXPECT_TRUE(titiAkar->contains(QStringLiteral("Rupat Utara")));
}

TEST_F(LocusCliTest, ListOfTheDemo2021DecreeAsCsv)
{
    const auto villages = listed(2021);
    ASSERT_EQ(villages.size(), 15U);
    std::set<QString> kecamatan;
    std::map<QString, ListedVillage> byCode;
    for (std::size_t i = 0; i < villages.size(); ++i) {
        const ListedVillage &v = villages[i];
        EXPECT_EQ(v.rank, static_cast<int>(i) + 1);
        EXPECT_TRUE(v.code.startsWith(QStringLiteral("14.03."))) << v.code.toStdString();
        EXPECT_FALSE(v.village.isEmpty());
        EXPECT_EQ(v.origin, QStringLiteral("imported"));
        EXPECT_FALSE(v.reason.isEmpty());
        // The rate printed is the one of the counts printed, to one decimal.
        bool measuredOk = false;
        bool stuntedOk = false;
        const double measured = v.measured.toDouble(&measuredOk);
        const double stunted = v.stunted.toDouble(&stuntedOk);
        ASSERT_TRUE(measuredOk && stuntedOk && measured > 0) << v.code.toStdString();
        EXPECT_EQ(v.rate, QString::number(std::round(1000.0 * stunted / measured) / 10.0, 'f', 1))
            << v.code.toStdString();
        kecamatan.insert(v.kecamatan);
        byCode[v.code] = v;
    }
    EXPECT_EQ(byCode.size(), 15U) << "no village twice";
    // The decree names these four kecamatan.
    EXPECT_EQ(kecamatan, (std::set<QString>{QStringLiteral("Rupat Utara"), QStringLiteral("Mandau"),
                                            QStringLiteral("Pinggir"), QStringLiteral("Bantan")}));
    // Desa of the demo list (src/io/locus/demo_locus.cpp) with their names and kecamatan.
    const std::vector<std::array<QString, 3>> known{
        {QStringLiteral("14.03.11.2005"), QStringLiteral("Titi Akar"),
         QStringLiteral("Rupat Utara")},
        {QStringLiteral("14.03.13.2011"), QStringLiteral("Tengganau"), QStringLiteral("Pinggir")},
        {QStringLiteral("14.03.09.2021"), QStringLiteral("Bathin Betuah"),
         QStringLiteral("Mandau")},
        {QStringLiteral("14.03.02.2004"), QStringLiteral("Teluk Pambang"),
         QStringLiteral("Bantan")}};
    for (const auto &[villageCode, name, kec] : known) {
        ASSERT_TRUE(byCode.contains(villageCode)) << villageCode.toStdString();
        EXPECT_EQ(byCode[villageCode].village, name);
        EXPECT_EQ(byCode[villageCode].kecamatan, kec);
    }
    // Ranked by prevalence, highest first.
    for (std::size_t i = 1; i < villages.size(); ++i)
        EXPECT_GE(villages[i - 1].rate.toDouble(), villages[i].rate.toDouble());
    // The table and the CSV agree on the first village.
    const CliRun table = run({QStringLiteral("locus"), QStringLiteral("list"),
                              QStringLiteral("--year"), QStringLiteral("2021")});
    const QStringList out = lines(table.out);
    ASSERT_GT(out.size(), 1);
    EXPECT_TRUE(out[1].startsWith(QStringLiteral("1    ") + villages[0].code))
        << out[1].toStdString();
    EXPECT_TRUE(out[1].contains(villages[0].village));
}

TEST_F(LocusCliTest, CompareCountsFollowTheTwoLists)
{
    const auto from = listed(2021);
    const auto to = listed(2022);
    ASSERT_EQ(from.size(), 15U);
    ASSERT_EQ(to.size(), 23U);
    const std::set<QString> a = codesOf(from);
    const std::set<QString> b = codesOf(to);
    std::set<QString> added, kept, removed;
    std::map<QString, QString> names;
    std::map<QString, std::pair<int, int>> perKecamatan; // "14.03.11 Rupat Utara" -> counts
    for (const ListedVillage &v : from) {
        (b.contains(v.code) ? kept : removed).insert(v.code);
        names[v.code] = v.village;
        ++perKecamatan[v.code.left(8) + u' ' + v.kecamatan].first;
    }
    for (const ListedVillage &v : to) {
        if (!a.contains(v.code))
            added.insert(v.code);
        names[v.code] = v.village;
        ++perKecamatan[v.code.left(8) + u' ' + v.kecamatan].second;
    }
    ASSERT_FALSE(added.empty());
    ASSERT_FALSE(kept.empty());
    ASSERT_FALSE(removed.empty());

    // CSV: one row per village with its change.
    const CliRun csv = run({QStringLiteral("locus"), QStringLiteral("compare"),
                            QStringLiteral("--from"), QStringLiteral("2021"),
                            QStringLiteral("--to"), QStringLiteral("2022"),
                            QStringLiteral("--format"), QStringLiteral("csv")});
    ASSERT_EQ(csv.exitCode, 0) << csv.err.toStdString();
    const auto rows = parseCsv(csv.out);
    ASSERT_FALSE(rows.empty());
    EXPECT_EQ(rows.front(), (QStringList{QStringLiteral("change"), QStringLiteral("code"),
                                         QStringLiteral("village"), QStringLiteral("kecamatan")}));
    std::map<QString, std::set<QString>> changes;
    for (std::size_t i = 1; i < rows.size(); ++i) {
        ASSERT_EQ(rows[i].size(), 4) << rows[i].join(u'|').toStdString();
        changes[rows[i][0]].insert(rows[i][1]);
        EXPECT_EQ(rows[i][2], names[rows[i][1]]) << rows[i][1].toStdString();
    }
    EXPECT_EQ(rows.size() - 1, added.size() + kept.size() + removed.size());
    EXPECT_EQ(changes.size(), 3U);
    EXPECT_EQ(changes[QStringLiteral("added")], added);
    EXPECT_EQ(changes[QStringLiteral("kept")], kept);
    EXPECT_EQ(changes[QStringLiteral("removed")], removed);

    // Table: the summary line and the counts per kecamatan.
    const CliRun table = run({QStringLiteral("locus"), QStringLiteral("compare"),
                              QStringLiteral("--from"), QStringLiteral("2021"),
                              QStringLiteral("--to"), QStringLiteral("2022")});
    ASSERT_EQ(table.exitCode, 0) << table.err.toStdString();
    EXPECT_TRUE(table.out.contains(QStringLiteral("2021: 15 villages, 2022: 23 villages; %1 added, "
                                                  "%2 kept, %3 removed.")
                                       .arg(added.size())
                                       .arg(kept.size())
                                       .arg(removed.size())))
        << table.out.toStdString();
    for (const auto &[kecamatan, counts] : perKecamatan) {
        const QString expected =
            QStringLiteral("  %1: %2 -> %3\n").arg(kecamatan).arg(counts.first).arg(counts.second);
        EXPECT_TRUE(table.out.contains(expected))
            << expected.toStdString() << table.out.toStdString();
    }
}

TEST_F(LocusCliTest, ImportGoodFileThenListShowsIt)
{
    const QString before2021 = listText(2021);
    const QString before2022 = listText(2022);
    const CliRun empty = run({QStringLiteral("locus"), QStringLiteral("list"),
                              QStringLiteral("--year"), QStringLiteral("2024"),
                              QStringLiteral("--format"), QStringLiteral("csv")});
    EXPECT_EQ(lines(empty.out), QStringList{kListHeader.join(u',')});

    // A dry run checks and writes nothing.
    const qint64 audit = lastAuditId();
    const QString file = locusFile("good_semicolon_decimal_comma.csv");
    const CliRun checked = run({QStringLiteral("locus"), QStringLiteral("import"),
                                QStringLiteral("--year"), QStringLiteral("2024"), file,
                                QStringLiteral("--dry-run")});
    ASSERT_EQ(checked.exitCode, 0) << checked.err.toStdString();
    EXPECT_TRUE(checked.out.contains(QStringLiteral("3 villages are good for 2024")))
        << checked.out.toStdString();
    EXPECT_EQ(listed(2024).size(), 0U);
    EXPECT_EQ(lastAuditId(), audit);

    const CliRun imported = run({QStringLiteral("locus"), QStringLiteral("import"),
                                 QStringLiteral("--year"), QStringLiteral("2024"), file});
    ASSERT_EQ(imported.exitCode, 0) << imported.err.toStdString();
    EXPECT_TRUE(imported.err.isEmpty()) << imported.err.toStdString();
    EXPECT_TRUE(imported.out.contains(QStringLiteral("3 locus villages for 2024")))
        << imported.out.toStdString();
    EXPECT_GT(lastAuditId(), audit);
    // Thousand points, decimal commas, an empty poverty figure and a quoted ';' in the reason.
    const QStringList rows = lines(listText(2024));
    EXPECT_EQ(
        rows,
        (QStringList{
            kListHeader.join(u','),
            QStringLiteral("1,14.03.11.2005,Titi Akar,Rupat Utara,imported,1120,308,27.5,142,21.4,"
                           "Prevalensi tertinggi di kabupaten"),
            QStringLiteral("2,14.03.02.2004,Teluk Pambang,Bantan,imported,240,58,24.2,96,,"
                           "Jumlah balita stunting tinggi"),
            QStringLiteral("3,14.03.13.2011,Tengganau,Pinggir,imported,198,41,20.7,77,12.5,"
                           "Cakupan air bersih rendah; jamban belum layak")}));
    // Other years untouched.
    EXPECT_EQ(listText(2021), before2021);
    EXPECT_EQ(listText(2022), before2022);

    // A second list for the year needs --replace; without it nothing changes.
    const QString held = listText(2024);
    const QString other = locusFile("good_empty_lines.csv");
    const CliRun again = run({QStringLiteral("locus"), QStringLiteral("import"),
                              QStringLiteral("--year"), QStringLiteral("2024"), other});
    EXPECT_EQ(again.exitCode, 1);
    EXPECT_TRUE(again.err.contains(QStringLiteral("--replace"))) << again.err.toStdString();
    EXPECT_EQ(lines(again.err).size(), 1);
    EXPECT_EQ(listText(2024), held);
    const CliRun replaced = run({QStringLiteral("locus"), QStringLiteral("import"),
                                 QStringLiteral("--year"), QStringLiteral("2024"), other,
                                 QStringLiteral("--replace")});
    ASSERT_EQ(replaced.exitCode, 0) << replaced.err.toStdString();
    const auto now = listed(2024);
    ASSERT_EQ(now.size(), 2U);
    EXPECT_EQ(now[0].village, QStringLiteral("Ketam Putih"));
    EXPECT_EQ(now[0].code, QStringLiteral("14.03.01.2017"));
    EXPECT_EQ(now[0].rate, QStringLiteral("21.0"));
    EXPECT_EQ(now[1].village, QStringLiteral("Palkun"));
    EXPECT_EQ(now[1].rate, QStringLiteral("19.5"));
}

TEST_F(LocusCliTest, BadFilesAreRefusedAndChangeNothing)
{
    ASSERT_EQ(run({QStringLiteral("locus"), QStringLiteral("import"), QStringLiteral("--year"),
                   QStringLiteral("2024"), locusFile("good_semicolon_decimal_comma.csv")})
                  .exitCode,
              0);
    const QString held = listText(2024);
    const QString held2021 = listText(2021);
    ASSERT_EQ(lines(held).size(), 4);
    const qint64 audit = lastAuditId();
    auto import = [&](const char *name) {
        // --replace: even allowed to replace, a bad file must not.
        return run({QStringLiteral("locus"), QStringLiteral("import"), QStringLiteral("--year"),
                    QStringLiteral("2024"), locusFile(name), QStringLiteral("--replace")});
    };
    auto unchanged = [&](const char *name) {
        EXPECT_EQ(listText(2024), held) << name;
        EXPECT_EQ(lastAuditId(), audit) << name;
    };

    QStringList errors = refused(import("bad_numbers.csv"));
    EXPECT_TRUE(lineError(errors, 2).contains(QStringLiteral("\"abc\"")))
        << errors.join(u'\n').toStdString();
    EXPECT_TRUE(lineError(errors, 3).contains(QStringLiteral("stunted")));
    EXPECT_TRUE(lineError(errors, 4).contains(QStringLiteral("percentage")));
    EXPECT_TRUE(lineError(errors, 5).contains(QStringLiteral("percentage")));
    EXPECT_TRUE(errors.last().contains(QStringLiteral("bad_numbers.csv")));
    EXPECT_TRUE(errors.last().contains(QStringLiteral("(errors: 4)")));
    unchanged("bad_numbers.csv");

    errors = refused(import("bad_duplicate_rank.csv"));
    EXPECT_TRUE(lineError(errors, 3).contains(QStringLiteral("rank 1")))
        << errors.join(u'\n').toStdString();
    EXPECT_TRUE(lineError(errors, 3).contains(QStringLiteral("line 2")));
    unchanged("bad_duplicate_rank.csv");

    errors = refused(import("bad_duplicate_village.csv"));
    EXPECT_TRUE(lineError(errors, 4).contains(QStringLiteral("line 2")))
        << errors.join(u'\n').toStdString();
    unchanged("bad_duplicate_village.csv");

    errors = refused(import("bad_extra_fields.csv"));
    EXPECT_TRUE(lineError(errors, 3).contains(QStringLiteral("separator")))
        << errors.join(u'\n').toStdString();
    unchanged("bad_extra_fields.csv");

    // A file without a village column: one line naming the columns it needs.
    const CliRun noColumn = import("bad_no_village_column.csv");
    EXPECT_EQ(noColumn.exitCode, 1);
    ASSERT_EQ(lines(noColumn.err).size(), 1) << noColumn.err.toStdString();
    EXPECT_TRUE(noColumn.err.startsWith(QStringLiteral("konvergensi-cli: ")));
    EXPECT_TRUE(noColumn.err.contains(QStringLiteral("desa"))) << noColumn.err.toStdString();
    unchanged("bad_no_village_column.csv");

    // A dry run of a bad file fails the same way.
    const CliRun dry = run({QStringLiteral("locus"), QStringLiteral("import"),
                            QStringLiteral("--year"), QStringLiteral("2024"),
                            locusFile("bad_numbers.csv"), QStringLiteral("--dry-run")});
    refused(dry);
    unchanged("bad_numbers.csv --dry-run");
    EXPECT_EQ(listText(2021), held2021);
}

TEST_F(LocusCliTest, UnknownVillageNamesAreListed)
{
    const QString before = listText(2022);
    const qint64 audit = lastAuditId();
    const QStringList errors = refused(run(
        {QStringLiteral("locus"), QStringLiteral("import"), QStringLiteral("--year"),
         QStringLiteral("2022"), locusFile("bad_unknown_names.csv"), QStringLiteral("--replace")}));
    // Titi Akar (line 2) is found; the three others are not, each with its line.
    EXPECT_TRUE(lineError(errors, 2).isEmpty()) << errors.join(u'\n').toStdString();
    EXPECT_TRUE(lineError(errors, 3).contains(QStringLiteral("Kampung Baru")));
    EXPECT_TRUE(lineError(errors, 4).contains(QStringLiteral("Teluk Pambang")));
    EXPECT_TRUE(lineError(errors, 4).contains(QStringLiteral("Rupat")));
    EXPECT_TRUE(lineError(errors, 5).contains(QStringLiteral("Sungai Nibung Laut")));
    EXPECT_TRUE(
        errors.contains(QStringLiteral("Villages not found: Kampung Baru (Kecamatan Mandau); "
                                       "Teluk Pambang (Kecamatan Rupat); Sungai Nibung Laut")))
        << errors.join(u'\n').toStdString();
    EXPECT_EQ(listText(2022), before);
    EXPECT_EQ(lastAuditId(), audit);
}

TEST_F(LocusCliTest, ScorecardsImportAllOrNothing)
{
    const CliRun imported = run({QStringLiteral("locus"), QStringLiteral("scorecards"),
                                 QStringLiteral("import"), QStringLiteral("--year"),
                                 QStringLiteral("2024"), locusFile("scorecard_good.csv")});
    ASSERT_EQ(imported.exitCode, 0) << imported.err.toStdString();
    EXPECT_TRUE(imported.out.contains(QStringLiteral("scorecards of 2 villages (0 replaced)")))
        << imported.out.toStdString();
    std::vector<core::Scorecard> held;
    std::size_t heldOf2021 = 0;
    {
        const auto db = open();
        storage::ScorecardRepository repo(*db);
        const auto titiAkar = repo.find(code("14.03.11.2005"), 2024);
        ASSERT_TRUE(titiAkar);
        ASSERT_EQ(titiAkar->indicators.size(), 5U);
        EXPECT_EQ(titiAkar->apbdesStunting, 125'000'000); // "Rp 125.000.000"
        EXPECT_EQ(titiAkar->indicators[0].package, core::ServicePackage::Kia);
        EXPECT_EQ(titiAkar->indicators[0].name, "Ibu hamil periksa kehamilan minimal 4 kali");
        EXPECT_EQ(titiAkar->indicators[0].target, 40);
        EXPECT_EQ(titiAkar->indicators[0].achieved, 31);
        EXPECT_EQ(titiAkar->indicators[2].package, core::ServicePackage::AirBersihSanitasi);
        EXPECT_EQ(titiAkar->indicators[4].package, core::ServicePackage::Paud);
        const auto telukPambang = repo.find(code("14.03.02.2004"), 2024); // matched by name
        ASSERT_TRUE(telukPambang);
        EXPECT_EQ(telukPambang->apbdesStunting, 90'500'000);
        ASSERT_EQ(telukPambang->indicators.size(), 1U);
        EXPECT_EQ(telukPambang->indicators[0].achieved, 72);
        held = repo.scorecards(2024);
        heldOf2021 = repo.scorecards(2021).size();
    }
    ASSERT_EQ(held.size(), 2U);
    EXPECT_GT(heldOf2021, 0U) << "the demo has scorecards for 2021";
    const qint64 audit = lastAuditId();

    auto same = [&](const char *what) {
        const auto db = open();
        storage::ScorecardRepository repo(*db);
        const auto now = repo.scorecards(2024);
        ASSERT_EQ(now.size(), held.size()) << what;
        for (std::size_t i = 0; i < now.size(); ++i) {
            EXPECT_EQ(now[i].village, held[i].village) << what;
            EXPECT_EQ(now[i].indicators, held[i].indicators) << what;
            EXPECT_EQ(now[i].apbdesStunting, held[i].apbdesStunting) << what;
            EXPECT_EQ(now[i].rowVersion, held[i].rowVersion) << what;
        }
        EXPECT_EQ(repo.scorecards(2021).size(), heldOf2021) << what;
        EXPECT_EQ(lastAuditId(), audit) << what;
    };

    // 2: achieved > target; 3: unknown package; 5: duplicate indicator; 6: budget differs;
    // 7: empty target.
    const QStringList errors = refused(
        run({QStringLiteral("locus"), QStringLiteral("scorecards"), QStringLiteral("import"),
             QStringLiteral("--year"), QStringLiteral("2024"), locusFile("scorecard_bad.csv")}));
    const QString all = errors.join(u'\n');
    EXPECT_TRUE(lineError(errors, 2).contains(QStringLiteral("target"))) << all.toStdString();
    EXPECT_TRUE(lineError(errors, 3).contains(QStringLiteral("Kesehatan Lingkungan")))
        << all.toStdString();
    EXPECT_TRUE(lineError(errors, 4).isEmpty()) << all.toStdString();
    EXPECT_TRUE(lineError(errors, 5).contains(QStringLiteral("line 4"))) << all.toStdString();
    EXPECT_TRUE(lineError(errors, 6).contains(QStringLiteral("APBDes"))) << all.toStdString();
    EXPECT_TRUE(lineError(errors, 7).contains(QStringLiteral("target"))) << all.toStdString();
    EXPECT_TRUE(errors.last().contains(QStringLiteral("(errors: 5)"))) << all.toStdString();
    same("scorecard_bad.csv");

    // A dry run of the good file says what it would replace and writes nothing.
    const CliRun dry = run({QStringLiteral("locus"), QStringLiteral("scorecards"),
                            QStringLiteral("import"), QStringLiteral("--year"),
                            QStringLiteral("2024"), locusFile("scorecard_good.csv"),
                            QStringLiteral("--dry-run")});
    ASSERT_EQ(dry.exitCode, 0) << dry.err.toStdString();
    EXPECT_TRUE(
        dry.out.contains(QStringLiteral("scorecards of 2 villages are good (2 would be replaced)")))
        << dry.out.toStdString();
    same("scorecard_good.csv --dry-run");
}

TEST_F(LocusCliTest, MissingYearFileOrWorkspaceGiveClearMessages)
{
    const QString before = listText(2021);
    const QString good = locusFile("good_semicolon_decimal_comma.csv");
    auto expectOneLine = [](const CliRun &result, int exitCode, const QString &text) {
        EXPECT_EQ(result.exitCode, exitCode) << result.err.toStdString();
        const QStringList errors = lines(result.err);
        ASSERT_EQ(errors.size(), 1) << result.err.toStdString();
        EXPECT_TRUE(errors[0].startsWith(QStringLiteral("konvergensi-cli: ")))
            << errors[0].toStdString();
        EXPECT_TRUE(errors[0].contains(text)) << errors[0].toStdString();
        EXPECT_TRUE(result.out.isEmpty()) << result.out.toStdString();
    };

    // Usage errors: exit 2.
    expectOneLine(run({QStringLiteral("locus"), QStringLiteral("import"), good}), 2,
                  QStringLiteral("\"locus import\" needs --year YEAR."));
    expectOneLine(run({QStringLiteral("locus"), QStringLiteral("list")}), 2,
                  QStringLiteral("\"locus list\" needs --year YEAR."));
    expectOneLine(run({QStringLiteral("locus"), QStringLiteral("scorecards"),
                       QStringLiteral("import"), locusFile("scorecard_good.csv")}),
                  2, QStringLiteral("\"locus scorecards import\" needs --year YEAR."));
    expectOneLine(run({QStringLiteral("locus"), QStringLiteral("import"), QStringLiteral("--year"),
                       QStringLiteral("2021")}),
                  2, QStringLiteral("Usage: locus import --year Y FILE"));
    expectOneLine(run({QStringLiteral("locus"), QStringLiteral("compare"), QStringLiteral("--from"),
                       QStringLiteral("2021")}),
                  2, QStringLiteral("--to YEAR"));
    expectOneLine(run({QStringLiteral("locus"), QStringLiteral("list"), QStringLiteral("--year"),
                       QStringLiteral("dua ribu")}),
                  2, QStringLiteral("whole number"));
    expectOneLine(run({QStringLiteral("locus"), QStringLiteral("list"), QStringLiteral("--year"),
                       QStringLiteral("1999")}),
                  2, QStringLiteral("between 2000 and 2100"));
    expectOneLine(run({QStringLiteral("locus"), QStringLiteral("list"), QStringLiteral("--year"),
                       QStringLiteral("2021"), QStringLiteral("--format"), QStringLiteral("xml")}),
                  2, QStringLiteral("unknown format"));

    // Failures: exit 1.
    const QString missing = dir.filePath(QStringLiteral("tidak-ada.csv"));
    expectOneLine(run({QStringLiteral("locus"), QStringLiteral("import"), QStringLiteral("--year"),
                       QStringLiteral("2021"), missing, QStringLiteral("--replace")}),
                  1, QStringLiteral("tidak-ada.csv"));
    expectOneLine(
        run({QStringLiteral("locus"), QStringLiteral("scorecards"), QStringLiteral("import"),
             QStringLiteral("--year"), QStringLiteral("2021"), missing}),
        1, QStringLiteral("tidak-ada.csv"));
    EXPECT_EQ(listText(2021), before);

    // Another workspace that does not exist is not created.
    const QString other = dir.filePath(QStringLiteral("lain.kvg"));
    const CliRun elsewhere = test::runCli(QStringLiteral(KONVERGENSI_CLI_PATH),
                                          {QStringLiteral("--database"), other,
                                           QStringLiteral("locus"), QStringLiteral("list"),
                                           QStringLiteral("--year"), QStringLiteral("2021")},
                                          test::cliEnvironment(dir.path()));
    EXPECT_EQ(elsewhere.exitCode, 1);
    EXPECT_TRUE(elsewhere.err.contains(QStringLiteral("init"))) << elsewhere;
    EXPECT_FALSE(QFile::exists(other));
}

// tests/data/locus/good_libreoffice.xlsx was made by LibreOffice Calc from
// good_semicolon_decimal_comma.csv (see tests/data/locus/README.md): numbers are numeric cells
// there (1120, 27.5), not the text of the CSV ("1.120", "27,5").
TEST_F(LocusCliTest, LibreOfficeWorkbookGivesTheSameListAsItsCsv)
{
    const QString csv = locusFile("good_semicolon_decimal_comma.csv");
    const QString xlsx = locusFile("good_libreoffice.xlsx");
    for (const auto &[year, file] : {std::pair{2024, csv}, std::pair{2025, xlsx}}) {
        const CliRun imported = run({QStringLiteral("locus"), QStringLiteral("import"),
                                     QStringLiteral("--year"), QString::number(year), file});
        ASSERT_EQ(imported.exitCode, 0) << file.toStdString() << imported.err.toStdString();
        EXPECT_TRUE(imported.out.contains(QStringLiteral("3 locus villages for %1").arg(year)));
    }
    EXPECT_EQ(listText(2025), listText(2024));

    const auto db = open();
    storage::LocusRepository repo(*db);
    const auto fromCsv = repo.villages(2024);
    const auto fromXlsx = repo.villages(2025);
    ASSERT_EQ(fromCsv.size(), 3U);
    ASSERT_EQ(fromXlsx.size(), fromCsv.size());
    for (std::size_t i = 0; i < fromCsv.size(); ++i) {
        const core::LocusVillage &c = fromCsv[i];
        const core::LocusVillage &x = fromXlsx[i];
        EXPECT_EQ(x.village, c.village) << i;
        EXPECT_EQ(x.rank, c.rank) << i;
        EXPECT_EQ(x.reason, c.reason) << i;
        EXPECT_EQ(x.origin, core::LocusOrigin::Imported) << i;
        EXPECT_EQ(x.evidence.childrenMeasured, c.evidence.childrenMeasured) << i;
        EXPECT_EQ(x.evidence.stunted, c.evidence.stunted) << i;
        EXPECT_EQ(x.evidence.targetHouseholds, c.evidence.targetHouseholds) << i;
        ASSERT_EQ(x.evidence.prevalencePercent.has_value(),
                  c.evidence.prevalencePercent.has_value())
            << i;
        if (c.evidence.prevalencePercent) {
            EXPECT_DOUBLE_EQ(*x.evidence.prevalencePercent, *c.evidence.prevalencePercent) << i;
        }
        ASSERT_EQ(x.evidence.povertyPercent.has_value(), c.evidence.povertyPercent.has_value())
            << i;
        if (c.evidence.povertyPercent) {
            EXPECT_DOUBLE_EQ(*x.evidence.povertyPercent, *c.evidence.povertyPercent) << i;
        }
    }
    // The values themselves, not only their agreement.
    EXPECT_EQ(fromXlsx[0].village, code("14.03.11.2005"));
    EXPECT_EQ(fromXlsx[0].rank, 1);
    EXPECT_EQ(fromXlsx[0].evidence.childrenMeasured, 1120);
    EXPECT_EQ(fromXlsx[0].evidence.stunted, 308);
    EXPECT_DOUBLE_EQ(*fromXlsx[0].evidence.prevalencePercent, 27.5);
    EXPECT_DOUBLE_EQ(*fromXlsx[0].evidence.povertyPercent, 21.4);
    EXPECT_EQ(fromXlsx[0].evidence.targetHouseholds, 142);
    EXPECT_EQ(fromXlsx[1].village, code("14.03.02.2004"));
    EXPECT_DOUBLE_EQ(*fromXlsx[1].evidence.prevalencePercent, 24.2);
    EXPECT_FALSE(fromXlsx[1].evidence.povertyPercent.has_value());
    EXPECT_EQ(fromXlsx[2].village, code("14.03.13.2011"));
    EXPECT_EQ(fromXlsx[2].rank, 3);
    EXPECT_DOUBLE_EQ(*fromXlsx[2].evidence.prevalencePercent, 20.7);
    EXPECT_DOUBLE_EQ(*fromXlsx[2].evidence.povertyPercent, 12.5);
    EXPECT_EQ(fromXlsx[2].reason, "Cakupan air bersih rendah; jamban belum layak");
}

// scorecard_good_libreoffice.xlsx: scorecard_good.csv through LibreOffice Calc; its first
// APBDes cell ("Rp 125.000.000") became a currency-formatted number.
TEST_F(LocusCliTest, LibreOfficeScorecardWorkbookGivesTheSameScorecardsAsItsCsv)
{
    const QString csv = locusFile("scorecard_good.csv");
    const QString xlsx = locusFile("scorecard_good_libreoffice.xlsx");
    for (const auto &[year, file] : {std::pair{2024, csv}, std::pair{2025, xlsx}}) {
        const CliRun imported = run({QStringLiteral("locus"), QStringLiteral("scorecards"),
                                     QStringLiteral("import"), QStringLiteral("--year"),
                                     QString::number(year), file});
        ASSERT_EQ(imported.exitCode, 0) << file.toStdString() << imported.err.toStdString();
        EXPECT_TRUE(imported.out.contains(QStringLiteral("scorecards of 2 villages")));
    }
    const auto db = open();
    storage::ScorecardRepository repo(*db);
    const auto fromCsv = repo.scorecards(2024);
    const auto fromXlsx = repo.scorecards(2025);
    ASSERT_EQ(fromCsv.size(), 2U);
    ASSERT_EQ(fromXlsx.size(), fromCsv.size());
    for (std::size_t i = 0; i < fromCsv.size(); ++i) {
        EXPECT_EQ(fromXlsx[i].village, fromCsv[i].village);
        EXPECT_EQ(fromXlsx[i].indicators, fromCsv[i].indicators);
        EXPECT_EQ(fromXlsx[i].apbdesStunting, fromCsv[i].apbdesStunting);
    }
    const auto titiAkar = repo.find(code("14.03.11.2005"), 2025);
    ASSERT_TRUE(titiAkar);
    EXPECT_EQ(titiAkar->apbdesStunting, 125'000'000);
    ASSERT_EQ(titiAkar->indicators.size(), 5U);
    EXPECT_EQ(titiAkar->indicators[1].target, 120);
    EXPECT_EQ(titiAkar->indicators[1].achieved, 66);
    EXPECT_EQ(repo.find(code("14.03.02.2004"), 2025)->apbdesStunting, 90'500'000);
}

TEST_F(LocusCliTest, ProposeRanksEveryVillageAndSavesTheTopN)
{
    const CliRun proposal = run({QStringLiteral("locus"), QStringLiteral("propose"),
                                 QStringLiteral("--year"), QStringLiteral("2024"),
                                 QStringLiteral("--format"), QStringLiteral("csv")});
    ASSERT_EQ(proposal.exitCode, 0) << proposal.err.toStdString();
    const auto rows = parseCsv(proposal.out);
    ASSERT_EQ(rows.size(), 156U);
    EXPECT_EQ(
        rows.front(),
        (QStringList{QStringLiteral("rank"), QStringLiteral("code"), QStringLiteral("village"),
                     QStringLiteral("kecamatan"), QStringLiteral("score"), QStringLiteral("rate"),
                     QStringLiteral("stunted"), QStringLiteral("gap"), QStringLiteral("poverty"),
                     QStringLiteral("top"), QStringLiteral("source")}));
    double last = 1000;
    QStringList ranked;
    for (std::size_t i = 1; i < rows.size(); ++i) {
        ASSERT_EQ(rows[i].size(), 11);
        EXPECT_EQ(rows[i][0].toInt(), static_cast<int>(i));
        const double score = rows[i][4].toDouble();
        EXPECT_LE(score, last + 1e-9);
        last = score;
        EXPECT_EQ(rows[i][9], i <= 15 ? QStringLiteral("yes") : QString()) << i;
        // The data of the year before, e-PPGBM's August round: named on every row.
        EXPECT_EQ(rows[i][10], QStringLiteral("e-PPGBM, August 2023")) << i;
        EXPECT_FALSE(rows[i][3].isEmpty());
        ranked << rows[i][1];
    }

    // All the weight on the number of stunted children: ordered by it.
    const CliRun byStunted = run({QStringLiteral("locus"), QStringLiteral("propose"),
                                  QStringLiteral("--year"), QStringLiteral("2024"),
                                  QStringLiteral("--weights"), QStringLiteral("0,1,0,0"),
                                  QStringLiteral("--format"), QStringLiteral("csv")});
    ASSERT_EQ(byStunted.exitCode, 0) << byStunted.err.toStdString();
    const auto stuntedRows = parseCsv(byStunted.out);
    for (std::size_t i = 2; i < stuntedRows.size(); ++i)
        EXPECT_LE(stuntedRows[i][6].toInt(), stuntedRows[i - 1][6].toInt()) << i;

    const CliRun badWeights = run({QStringLiteral("locus"), QStringLiteral("propose"),
                                   QStringLiteral("--year"), QStringLiteral("2024"),
                                   QStringLiteral("--weights"), QStringLiteral("1,2")});
    EXPECT_EQ(badWeights.exitCode, 2);
    EXPECT_TRUE(badWeights.err.contains(QStringLiteral("--weights")))
        << badWeights.err.toStdString();

    // --save stores the top N as the year's list, with each village's place as its reason.
    const CliRun saved = run(
        {QStringLiteral("locus"), QStringLiteral("propose"), QStringLiteral("--year"),
         QStringLiteral("2024"), QStringLiteral("--top"), QStringLiteral("5"),
         QStringLiteral("--format"), QStringLiteral("csv"), QStringLiteral("--save")});
    ASSERT_EQ(saved.exitCode, 0) << saved.err.toStdString();
    const auto list = listed(2024);
    ASSERT_EQ(list.size(), 5U);
    for (int i = 0; i < 5; ++i) {
        EXPECT_EQ(list[static_cast<std::size_t>(i)].code, ranked[i]);
        EXPECT_TRUE(list[static_cast<std::size_t>(i)].reason.startsWith(
            QStringLiteral("Rank %1 of 155 in the proposal").arg(i + 1)))
            << list[static_cast<std::size_t>(i)].reason.toStdString();
    }
    // A list is held now: replaced only with --replace.
    const QString held = listText(2024);
    const qint64 audit = lastAuditId();
    const CliRun again = run({QStringLiteral("locus"), QStringLiteral("propose"),
                              QStringLiteral("--year"), QStringLiteral("2024"),
                              QStringLiteral("--top"), QStringLiteral("3"),
                              QStringLiteral("--save")});
    EXPECT_EQ(again.exitCode, 1);
    EXPECT_TRUE(again.err.contains(QStringLiteral("--replace"))) << again.err.toStdString();
    EXPECT_EQ(listText(2024), held);
    EXPECT_EQ(lastAuditId(), audit);
    ASSERT_EQ(run({QStringLiteral("locus"), QStringLiteral("propose"), QStringLiteral("--year"),
                   QStringLiteral("2024"), QStringLiteral("--top"), QStringLiteral("3"),
                   QStringLiteral("--save"), QStringLiteral("--replace")})
                  .exitCode,
              0);
    EXPECT_EQ(listed(2024).size(), 3U);
}

TEST_F(LocusCliTest, CompareNamesTheSourceAndPeriodOfThePrevalenceFigures)
{
    const CliRun table = run({QStringLiteral("locus"), QStringLiteral("compare"),
                              QStringLiteral("--from"), QStringLiteral("2021"),
                              QStringLiteral("--to"), QStringLiteral("2022")});
    ASSERT_EQ(table.exitCode, 0) << table.err.toStdString();
    EXPECT_TRUE(table.out.contains(QStringLiteral(
        "Stunting prevalence of the locus villages of 2021 (e-PPGBM, August 2021 → e-PPGBM, "
        "August 2022) went from ")))
        << table.out.toStdString();
    EXPECT_TRUE(table.out.contains(QStringLiteral("in the rest of the district")));
}

TEST_F(LocusCliTest, PrintAndTheScorecardSummaryWriteTheirFiles)
{
    const QString pdf = dir.filePath(QStringLiteral("lampiran-2021.pdf"));
    const CliRun printed = run({QStringLiteral("locus"), QStringLiteral("print"),
                                QStringLiteral("--year"), QStringLiteral("2021"), pdf,
                                QStringLiteral("--paper"), QStringLiteral("f4")});
    ASSERT_EQ(printed.exitCode, 0) << printed.err.toStdString();
    EXPECT_TRUE(printed.out.contains(QStringLiteral("lampiran-2021.pdf")));
    QProcess text;
    text.start(QStringLiteral("pdftotext"), {pdf, QStringLiteral("-")});
    ASSERT_TRUE(text.waitForFinished(60000));
    const QString content = QString::fromUtf8(text.readAllStandardOutput());
    EXPECT_TRUE(content.contains(QStringLiteral("150/KPTS/III/2021"))) << content.toStdString();
    for (const ListedVillage &v : listed(2021))
        EXPECT_TRUE(content.contains(v.code)) << v.code.toStdString();

    const QString csv = dir.filePath(QStringLiteral("lokus-2021.csv"));
    ASSERT_EQ(run({QStringLiteral("locus"), QStringLiteral("print"), QStringLiteral("--year"),
                   QStringLiteral("2021"), csv})
                  .exitCode,
              0);
    // The written CSV starts with a byte-order mark for Excel.
    const auto readCsv = [](const QString &path) {
        QFile file(path);
        EXPECT_TRUE(file.open(QIODevice::ReadOnly)) << path.toStdString();
        const QByteArray bytes = file.readAll();
        EXPECT_TRUE(bytes.startsWith("\xEF\xBB\xBF"));
        return parseCsv(QString::fromUtf8(bytes.mid(3)));
    };
    EXPECT_EQ(readCsv(csv).size(), 16U);

    const CliRun wrong = run({QStringLiteral("locus"), QStringLiteral("print"),
                              QStringLiteral("--year"), QStringLiteral("2021"),
                              dir.filePath(QStringLiteral("lampiran.docx"))});
    EXPECT_EQ(wrong.exitCode, 2);
    EXPECT_TRUE(wrong.err.contains(QStringLiteral("lampiran.docx"))) << wrong.err.toStdString();

    // The scorecard summary: one row per scorecard of the year.
    const QString summary = dir.filePath(QStringLiteral("scorecards-2022.csv"));
    const CliRun written = run({QStringLiteral("locus"), QStringLiteral("scorecards"),
                                QStringLiteral("summary"), QStringLiteral("--year"),
                                QStringLiteral("2022"), summary});
    ASSERT_EQ(written.exitCode, 0) << written.err.toStdString();
    const auto cards = readCsv(summary);
    ASSERT_FALSE(cards.empty());
    EXPECT_TRUE(cards.front().contains(QStringLiteral("Overall (%)")));
    const auto db = open();
    EXPECT_EQ(cards.size() - 1, storage::ScorecardRepository(*db).scorecards(2022).size());
}

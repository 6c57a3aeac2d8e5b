// SPDX-License-Identifier: GPL-3.0-or-later
// konvergensi-cli prevalence import / show / remove, run as a process.
#include "storage/database.h"
#include "storage/prevalence/prevalence_repository.h"

#include "test_paths.h"

#include <QFile>
#include <QProcess>
#include <QTemporaryDir>

#include <gtest/gtest.h>

#include "cli_process.h"

#include <algorithm>
#include <optional>
#include <vector>

using konvergensi::test::dataFile;

using konvergensi::test::CliRun;

namespace {

class PrevalenceCliTest : public ::testing::Test
{
protected:
    void SetUp() override
    {
        ASSERT_TRUE(dir.isValid());
        database = dir.filePath(QStringLiteral("w.kvg"));
        ASSERT_EQ(run({QStringLiteral("init"), QStringLiteral("--demo")}).exitCode, 0);
        const QString published = konvergensi::test::sourceDir()
                                  + QStringLiteral("/resources/demo/prevalence/published.csv");
        ASSERT_EQ(run({QStringLiteral("prevalence"), QStringLiteral("import"), published}).exitCode,
                  0);
    }

    CliRun run(QStringList args) const
    {
        args.prepend(database);
        args.prepend(QStringLiteral("--database"));
        return konvergensi::test::runCli(QStringLiteral(KONVERGENSI_CLI_PATH), args,
                                         konvergensi::test::cliEnvironment(dir.path()));
    }

    /// `prevalence show ... --format csv` as printed.
    QString showCsv(QStringList args) const
    {
        args.prepend(QStringLiteral("show"));
        args.prepend(QStringLiteral("prevalence"));
        args << QStringLiteral("--format") << QStringLiteral("csv");
        const CliRun shown = run(args);
        EXPECT_EQ(shown.exitCode, 0) << shown.err.toStdString();
        return shown.out;
    }

    /// Every figure of the workspace, read through the repository after the CLI ended.
    std::vector<konvergensi::core::PrevalenceObservation> allFigures() const
    {
        const auto db = konvergensi::storage::Database::openSqlite(database);
        return konvergensi::storage::PrevalenceRepository(*db).observations({});
    }

    QTemporaryDir dir;
    QString database;
};

/// The figures of `all` without the one of `removed`'s id; each one as it was.
void expectOnlyRemoved(const std::vector<konvergensi::core::PrevalenceObservation> &before,
                       const std::vector<konvergensi::core::PrevalenceObservation> &after,
                       std::int64_t removed)
{
    ASSERT_EQ(after.size() + 1, before.size());
    std::size_t j = 0;
    for (const auto &o : before) {
        if (o.id == removed)
            continue;
        ASSERT_LT(j, after.size());
        EXPECT_EQ(after[j].id, o.id);
        EXPECT_TRUE(after[j].sameKey(o)) << o.area.key();
        EXPECT_TRUE(after[j].sameFigures(o)) << o.area.key();
        EXPECT_EQ(after[j].rowVersion, o.rowVersion) << o.area.key();
        ++j;
    }
}

/// The CSV row of `show` for a code, split into its 12 fields; empty when absent.
QStringList showRow(const QString &csv, const QString &code)
{
    for (const QString &line : csv.split(u'\n', Qt::SkipEmptyParts)) {
        if (line.startsWith(code + u',')) {
            const QStringList fields = line.split(u',');
            EXPECT_EQ(fields.size(), 12) << line.toStdString();
            return fields;
        }
    }
    return {};
}

std::optional<konvergensi::core::PrevalenceObservation> figure(
    const std::vector<konvergensi::core::PrevalenceObservation> &all, const std::string &areaKey,
    int year, konvergensi::core::PrevalenceRound round, konvergensi::core::PrevalenceSource source)
{
    for (const auto &o : all) {
        if (o.area.key() == areaKey && o.year == year && o.round == round && o.source == source
            && o.indicator == konvergensi::core::PrevalenceIndicator::Stunting)
            return o;
    }
    return std::nullopt;
}

} // namespace

TEST_F(PrevalenceCliTest, ImportXlsxThenShowAsCsv)
{
    const CliRun imported = run({QStringLiteral("prevalence"), QStringLiteral("import"),
                                 dataFile(QStringLiteral("prevalence/prevalence.xlsx"))});
    ASSERT_EQ(imported.exitCode, 0) << imported.err.toStdString();
    EXPECT_TRUE(imported.out.contains(QStringLiteral("3 added"))) << imported.out.toStdString();

    const CliRun shown = run({QStringLiteral("prevalence"), QStringLiteral("show"),
                              QStringLiteral("--area"), QStringLiteral("14.03.01"),
                              QStringLiteral("--year"), QStringLiteral("2025"),
                              QStringLiteral("--source"), QStringLiteral("e-PPGBM"),
                              QStringLiteral("--format"), QStringLiteral("csv")});
    ASSERT_EQ(shown.exitCode, 0) << shown.err.toStdString();
    const QStringList lines = shown.out.split(u'\n', Qt::SkipEmptyParts);
    ASSERT_GT(lines.size(), 3);
    EXPECT_EQ(lines[0],
              QStringLiteral(
                  "code,name,level,year,round,source,measured,cases,rate,ci_low,ci_high,summed"));
    // The kecamatan: the sum of its two desa (17 of 210 and 9 of 120 = 26 of 330 = 7.9 %).
    EXPECT_EQ(lines[1],
              QStringLiteral(
                  "14.03.01,Bengkalis,kecamatan,2025,february,eppgbm,330,26,7.9,5.4,11.3,yes"));
    EXPECT_TRUE(shown.out.contains(QStringLiteral(
        "14.03.01.2004,Kelapapati,village,2025,february,eppgbm,210,17,8.1,5.1,12.6,")))
        << shown.out.toStdString();
    EXPECT_FALSE(shown.out.contains(QStringLiteral("14.03.02"))) << "only below the area";
}

TEST_F(PrevalenceCliTest, ConflictsNeedReplace)
{
    const QString file = dataFile(QStringLiteral("prevalence/conflict.csv"));
    const CliRun refused = run({QStringLiteral("prevalence"), QStringLiteral("import"), file});
    EXPECT_EQ(refused.exitCode, 1);
    EXPECT_TRUE(refused.err.contains(QStringLiteral("Line 2"))) << refused.err.toStdString();
    EXPECT_TRUE(refused.err.contains(QStringLiteral("--replace")));
    const CliRun shown = run({QStringLiteral("prevalence"), QStringLiteral("show"),
                              QStringLiteral("--area"), QStringLiteral("14.03"),
                              QStringLiteral("--year"), QStringLiteral("2022"),
                              QStringLiteral("--format"), QStringLiteral("csv")});
    EXPECT_TRUE(shown.out.contains(
        QStringLiteral("14.03,Kabupaten Bengkalis,district,2022,survey,ssgi,,,8.4")))
        << shown.out.toStdString();
    const CliRun replaced = run({QStringLiteral("prevalence"), QStringLiteral("import"), file,
                                 QStringLiteral("--replace")});
    EXPECT_EQ(replaced.exitCode, 0) << replaced.err.toStdString();
    EXPECT_TRUE(replaced.out.contains(QStringLiteral("1 replaced")));
}

TEST_F(PrevalenceCliTest, BadInputsGiveClearErrors)
{
    const CliRun bad = run({QStringLiteral("prevalence"), QStringLiteral("import"),
                            dataFile(QStringLiteral("prevalence/bad.csv"))});
    EXPECT_EQ(bad.exitCode, 1);
    EXPECT_TRUE(bad.err.contains(QStringLiteral("Line 10"))) << bad.err.toStdString();
    const CliRun notZip = run({QStringLiteral("prevalence"), QStringLiteral("import"),
                               dataFile(QStringLiteral("prevalence/truncated.xlsx"))});
    EXPECT_EQ(notZip.exitCode, 1);
    EXPECT_TRUE(notZip.err.contains(QStringLiteral("xlsx"))) << notZip.err.toStdString();
    EXPECT_EQ(run({QStringLiteral("prevalence"), QStringLiteral("show"), QStringLiteral("--area"),
                   QStringLiteral("14.03")})
                  .exitCode,
              2);
    EXPECT_EQ(run({QStringLiteral("prevalence"), QStringLiteral("show"), QStringLiteral("--area"),
                   QStringLiteral("14.03"), QStringLiteral("--year"), QStringLiteral("2022"),
                   QStringLiteral("--source"), QStringLiteral("tebakan")})
                  .exitCode,
              2);
}

TEST_F(PrevalenceCliTest, RemoveOneDistrictFigure)
{
    using namespace konvergensi;
    const QStringList district{QStringLiteral("--area"), QStringLiteral("14.03"),
                               QStringLiteral("--year"), QStringLiteral("2022")};
    const QString before2022 = showCsv(district);
    const QString before2021 = showCsv({QStringLiteral("--area"), QStringLiteral("14.03"),
                                        QStringLiteral("--year"), QStringLiteral("2021")});
    ASSERT_TRUE(before2022.contains(
        QStringLiteral("14.03,Kabupaten Bengkalis,district,2022,survey,ssgi,,,8.4,")))
        << before2022.toStdString();
    const auto figures = allFigures();
    const auto held = figure(figures, "14.03", 2022, core::PrevalenceRound::Survey,
                             core::PrevalenceSource::Ssgi);
    ASSERT_TRUE(held);

    // Round and source in the words the import accepts.
    const CliRun removed = run({QStringLiteral("prevalence"), QStringLiteral("remove"),
                                QStringLiteral("--area"), QStringLiteral("14.03"),
                                QStringLiteral("--year"), QStringLiteral("2022"),
                                QStringLiteral("--round"), QStringLiteral("survei"),
                                QStringLiteral("--source"), QStringLiteral("SSGI")});
    ASSERT_EQ(removed.exitCode, 0) << removed.err.toStdString();
    EXPECT_TRUE(removed.err.isEmpty()) << removed.err.toStdString();
    EXPECT_EQ(removed.out,
              QStringLiteral("Removed the figure 14.03 (Kabupaten Bengkalis), 2022 survey, SSGI, "
                             "stunting: 8.4 %, SSGI 2022, terendah di Riau.\n"));
    expectOnlyRemoved(figures, allFigures(), held->id);

    // show no longer lists it; the other sources of 2022 are printed exactly as before.
    const QString after2022 = showCsv(district);
    EXPECT_FALSE(after2022.contains(QStringLiteral(",ssgi,"))) << after2022.toStdString();
    QStringList expected;
    for (const QString &line : before2022.split(u'\n', Qt::SkipEmptyParts)) {
        if (!line.contains(QStringLiteral(",ssgi,")))
            expected << line;
    }
    EXPECT_GT(expected.size(), 1) << "other figures of 2022 to compare";
    EXPECT_EQ(after2022.split(u'\n', Qt::SkipEmptyParts), expected);
    EXPECT_EQ(showCsv({QStringLiteral("--area"), QStringLiteral("14.03"), QStringLiteral("--year"),
                       QStringLiteral("2021")}),
              before2021);

    // A second time there is nothing to remove: exit 1, one line, nothing changes.
    const auto now = allFigures();
    const CliRun again = run({QStringLiteral("prevalence"), QStringLiteral("remove"),
                              QStringLiteral("--area"), QStringLiteral("14.03"),
                              QStringLiteral("--year"), QStringLiteral("2022"),
                              QStringLiteral("--round"), QStringLiteral("survey"),
                              QStringLiteral("--source"), QStringLiteral("ssgi")});
    EXPECT_EQ(again.exitCode, 1);
    EXPECT_TRUE(again.out.isEmpty()) << again.out.toStdString();
    EXPECT_EQ(again.err.count(u'\n'), 1) << again.err.toStdString();
    EXPECT_TRUE(
        again.err.startsWith(QStringLiteral("konvergensi-cli: there is no figure for 14.03")))
        << again.err.toStdString();
    const auto unchanged = allFigures();
    ASSERT_EQ(unchanged.size(), now.size());
    for (std::size_t i = 0; i < now.size(); ++i) {
        EXPECT_EQ(unchanged[i].id, now[i].id);
        EXPECT_EQ(unchanged[i].rowVersion, now[i].rowVersion);
    }
}

TEST_F(PrevalenceCliTest, RemoveVillageAndNationalFigures)
{
    using namespace konvergensi;
    const QStringList kecamatan{QStringLiteral("--area"),   QStringLiteral("14.03.01"),
                                QStringLiteral("--year"),   QStringLiteral("2024"),
                                QStringLiteral("--source"), QStringLiteral("eppgbm"),
                                QStringLiteral("--round"),  QStringLiteral("february")};
    const QString before = showCsv(kecamatan);
    const QStringList village = showRow(before, QStringLiteral("14.03.01.2004"));
    const QStringList sum = showRow(before, QStringLiteral("14.03.01"));
    ASSERT_EQ(village.size(), 12) << before.toStdString();
    ASSERT_EQ(sum.size(), 12);
    ASSERT_FALSE(village[6].isEmpty()) << "the demo has e-PPGBM counts for Kelapapati";
    EXPECT_EQ(sum[11], QStringLiteral("yes"));
    const auto figures = allFigures();
    const auto held = figure(figures, "14.03.01.2004", 2024, core::PrevalenceRound::February,
                             core::PrevalenceSource::Eppgbm);
    ASSERT_TRUE(held);

    const CliRun removed = run(
        {QStringLiteral("prevalence"), QStringLiteral("remove"), QStringLiteral("--area"),
         QStringLiteral("14.03.01.2004"), QStringLiteral("--year"), QStringLiteral("2024"),
         QStringLiteral("--round"), QStringLiteral("Februari"), QStringLiteral("--source"),
         QStringLiteral("e-PPGBM"), QStringLiteral("--indicator"), QStringLiteral("stunting")});
    ASSERT_EQ(removed.exitCode, 0) << removed.err.toStdString();
    EXPECT_TRUE(
        removed.out.startsWith(QStringLiteral("Removed the figure 14.03.01.2004 (Kelapapati), 2024 "
                                              "february, e-PPGBM, stunting: %1 of %2 measured")
                                   .arg(village[7], village[6])))
        << removed.out.toStdString();
    expectOnlyRemoved(figures, allFigures(), held->id);

    // The village has no figure now, and the kecamatan's sum lost exactly its counts.
    const QString after = showCsv(kecamatan);
    const QStringList villageAfter = showRow(after, QStringLiteral("14.03.01.2004"));
    const QStringList sumAfter = showRow(after, QStringLiteral("14.03.01"));
    ASSERT_EQ(villageAfter.size(), 12) << after.toStdString();
    EXPECT_TRUE(villageAfter[6].isEmpty() && villageAfter[7].isEmpty() && villageAfter[8].isEmpty())
        << villageAfter.join(u',').toStdString();
    ASSERT_EQ(sumAfter.size(), 12);
    EXPECT_EQ(sumAfter[6].toLongLong(), sum[6].toLongLong() - village[6].toLongLong());
    EXPECT_EQ(sumAfter[7].toLongLong(), sum[7].toLongLong() - village[7].toLongLong());
    EXPECT_EQ(showRow(after, QStringLiteral("14.03.01.2005")),
              showRow(before, QStringLiteral("14.03.01.2005")));

    // The national reference, by its Indonesian name.
    const auto nowFigures = allFigures();
    const auto national = figure(nowFigures, "national", 2022, core::PrevalenceRound::Survey,
                                 core::PrevalenceSource::Ssgi);
    ASSERT_TRUE(national);
    const CliRun nationalRemoved = run({QStringLiteral("prevalence"), QStringLiteral("remove"),
                                        QStringLiteral("--area"), QStringLiteral("nasional"),
                                        QStringLiteral("--year"), QStringLiteral("2022"),
                                        QStringLiteral("--round"), QStringLiteral("survey"),
                                        QStringLiteral("--source"), QStringLiteral("ssgi")});
    ASSERT_EQ(nationalRemoved.exitCode, 0) << nationalRemoved.err.toStdString();
    EXPECT_TRUE(nationalRemoved.out.contains(
        QStringLiteral("national, 2022 survey, SSGI, stunting: 21.6 %")))
        << nationalRemoved.out.toStdString();
    expectOnlyRemoved(nowFigures, allFigures(), national->id);
}

TEST_F(PrevalenceCliTest, RemoveRefusesWhatItCannotFind)
{
    const auto figures = allFigures();
    auto remove = [this](QStringList args) {
        args.prepend(QStringLiteral("remove"));
        args.prepend(QStringLiteral("prevalence"));
        return run(args);
    };
    const QStringList key{QStringLiteral("--area"),   QStringLiteral("14.03"),
                          QStringLiteral("--year"),   QStringLiteral("2022"),
                          QStringLiteral("--round"),  QStringLiteral("survey"),
                          QStringLiteral("--source"), QStringLiteral("ssgi")};
    // No such figure (another indicator, another year, an unknown area): exit 1.
    CliRun r = remove(key + QStringList{QStringLiteral("--indicator"), QStringLiteral("wasting")});
    EXPECT_EQ(r.exitCode, 1);
    EXPECT_TRUE(r.err.contains(QStringLiteral("no figure"))) << r.err.toStdString();
    EXPECT_TRUE(r.err.contains(QStringLiteral("wasting"))) << r.err.toStdString();
    r = remove({QStringLiteral("--area"), QStringLiteral("14.03"), QStringLiteral("--year"),
                QStringLiteral("2030"), QStringLiteral("--round"), QStringLiteral("survey"),
                QStringLiteral("--source"), QStringLiteral("ssgi")});
    EXPECT_EQ(r.exitCode, 1);
    EXPECT_TRUE(r.err.contains(QStringLiteral("no figure"))) << r.err.toStdString();
    r = remove({QStringLiteral("--area"), QStringLiteral("P9999999"), QStringLiteral("--year"),
                QStringLiteral("2022"), QStringLiteral("--round"), QStringLiteral("survey"),
                QStringLiteral("--source"), QStringLiteral("ssgi")});
    EXPECT_EQ(r.exitCode, 1);
    EXPECT_TRUE(r.err.contains(QStringLiteral("P9999999"))) << r.err.toStdString();
    // Wrong command lines: exit 2.
    EXPECT_EQ(remove({QStringLiteral("--area"), QStringLiteral("14.03"), QStringLiteral("--year"),
                      QStringLiteral("2022"), QStringLiteral("--source"), QStringLiteral("ssgi")})
                  .exitCode,
              2);
    r = remove({QStringLiteral("--area"), QStringLiteral("14.03"), QStringLiteral("--year"),
                QStringLiteral("2022"), QStringLiteral("--round"), QStringLiteral("survey")});
    EXPECT_EQ(r.exitCode, 2);
    EXPECT_TRUE(r.err.contains(QStringLiteral("--source"))) << r.err.toStdString();
    EXPECT_EQ(remove({QStringLiteral("--year"), QStringLiteral("2022"), QStringLiteral("--round"),
                      QStringLiteral("survey"), QStringLiteral("--source"), QStringLiteral("ssgi")})
                  .exitCode,
              2);
    r = remove({QStringLiteral("--area"), QStringLiteral("14.03"), QStringLiteral("--year"),
                QStringLiteral("2022"), QStringLiteral("--round"), QStringLiteral("maret"),
                QStringLiteral("--source"), QStringLiteral("ssgi")});
    EXPECT_EQ(r.exitCode, 2);
    EXPECT_TRUE(r.err.contains(QStringLiteral("maret"))) << r.err.toStdString();
    EXPECT_EQ(
        remove(key + QStringList{QStringLiteral("--source"), QStringLiteral("tebakan")}).exitCode,
        2);
    EXPECT_EQ(remove(key + QStringList{QStringLiteral("--format"), QStringLiteral("csv")}).exitCode,
              2);
    // Nothing was removed by any of them.
    const auto after = allFigures();
    ASSERT_EQ(after.size(), figures.size());
    for (std::size_t i = 0; i < figures.size(); ++i) {
        EXPECT_EQ(after[i].id, figures[i].id);
        EXPECT_EQ(after[i].rowVersion, figures[i].rowVersion);
    }
}

TEST_F(PrevalenceCliTest, RemovePuskesmasFigure)
{
    using namespace konvergensi;
    {
        // A puskesmas of its own, so that the test does not depend on the demo's.
        const auto db = storage::Database::openSqlite(database);
        storage::Puskesmas puskesmas;
        puskesmas.code = "PKM-UJI-01";
        puskesmas.name = "Puskesmas Uji";
        puskesmas.kecamatan = core::RegionCode::fromString("14.03.01");
        storage::PrevalenceRepository(*db).savePuskesmas(puskesmas);
    }
    const QString file = dir.filePath(QStringLiteral("pkm.csv"));
    {
        QFile out(file);
        ASSERT_TRUE(out.open(QIODevice::WriteOnly));
        out.write("area,year,round,source,indicator,measured,cases\n"
                  "PKM-UJI-01,2024,februari,e-PPGBM,stunting,400,30\n"
                  "pkm:PKM-UJI-01,2024,agustus,e-PPGBM,stunting,410,28\n");
    }
    const CliRun imported = run({QStringLiteral("prevalence"), QStringLiteral("import"), file});
    ASSERT_EQ(imported.exitCode, 0) << imported.err.toStdString();
    const auto figures = allFigures();
    const auto february = figure(figures, "pkm:PKM-UJI-01", 2024, core::PrevalenceRound::February,
                                 core::PrevalenceSource::Eppgbm);
    ASSERT_TRUE(february);

    // The code as the import file writes it, with or without "pkm:".
    const CliRun removed = run({QStringLiteral("prevalence"), QStringLiteral("remove"),
                                QStringLiteral("--area"), QStringLiteral("PKM-UJI-01"),
                                QStringLiteral("--year"), QStringLiteral("2024"),
                                QStringLiteral("--round"), QStringLiteral("februari"),
                                QStringLiteral("--source"), QStringLiteral("eppgbm")});
    ASSERT_EQ(removed.exitCode, 0) << removed.err.toStdString();
    EXPECT_EQ(removed.out,
              QStringLiteral("Removed the figure pkm:PKM-UJI-01 (Puskesmas Uji), 2024 february, "
                             "e-PPGBM, stunting: 30 of 400 measured, 7.5 %.\n"));
    expectOnlyRemoved(figures, allFigures(), february->id);

    const auto now = allFigures();
    const auto august = figure(now, "pkm:PKM-UJI-01", 2024, core::PrevalenceRound::August,
                               core::PrevalenceSource::Eppgbm);
    ASSERT_TRUE(august);
    const CliRun second = run({QStringLiteral("prevalence"), QStringLiteral("remove"),
                               QStringLiteral("--area"), QStringLiteral("pkm:PKM-UJI-01"),
                               QStringLiteral("--year"), QStringLiteral("2024"),
                               QStringLiteral("--round"), QStringLiteral("august"),
                               QStringLiteral("--source"), QStringLiteral("e-PPGBM")});
    ASSERT_EQ(second.exitCode, 0) << second.err.toStdString();
    expectOnlyRemoved(now, allFigures(), august->id);
}

// --puskesmas: each puskesmas of the area after its regions, its desa's counts summed (checked
// here against the repository's figures of the desa it serves) and its own figure apart.
TEST_F(PrevalenceCliTest, ShowsPuskesmasSumsBesideTheirOwnFigures)
{
    using namespace konvergensi;
    std::vector<storage::Puskesmas> inRupatUtara;
    {
        const auto db = storage::Database::openSqlite(database);
        for (const storage::Puskesmas &p : storage::PrevalenceRepository(*db).puskesmas()) {
            if (p.kecamatan && p.kecamatan->toString() == "14.03.11")
                inRupatUtara.push_back(p);
        }
    }
    ASSERT_FALSE(inRupatUtara.empty()) << "the demo has a puskesmas in Rupat Utara";
    const storage::Puskesmas &pkm = inRupatUtara.front();
    const QString file = dir.filePath(QStringLiteral("pkm-own.csv"));
    {
        QFile out(file);
        ASSERT_TRUE(out.open(QIODevice::WriteOnly));
        out.write(QStringLiteral("area;year;round;source;indicator;measured;cases\n"
                                 "%1;2024;agustus;e-PPGBM;stunting;1.812;121\n")
                      .arg(QString::fromStdString(pkm.code))
                      .toUtf8());
    }
    ASSERT_EQ(run({QStringLiteral("prevalence"), QStringLiteral("import"), file}).exitCode, 0);

    // What the desa it serves hold for August 2024, e-PPGBM.
    std::int64_t measured = 0, cases = 0;
    for (const auto &o : allFigures()) {
        if (o.area.region && o.year == 2024 && o.round == core::PrevalenceRound::August
            && o.source == core::PrevalenceSource::Eppgbm
            && o.indicator == core::PrevalenceIndicator::Stunting
            && std::find(pkm.villages.begin(), pkm.villages.end(), *o.area.region)
                   != pkm.villages.end()
            && o.hasCounts()) {
            measured += *o.measured;
            cases += *o.cases;
        }
    }
    ASSERT_GT(measured, 0);

    const QStringList args{QStringLiteral("--area"),   QStringLiteral("14.03.11"),
                           QStringLiteral("--year"),   QStringLiteral("2024"),
                           QStringLiteral("--source"), QStringLiteral("eppgbm"),
                           QStringLiteral("--round"),  QStringLiteral("august")};
    const QString plain = showCsv(args);
    EXPECT_FALSE(plain.contains(QStringLiteral(",puskesmas,"))) << "only when asked";
    const QStringList lines =
        showCsv(args + QStringList{QStringLiteral("--puskesmas")}).split(u'\n', Qt::SkipEmptyParts);
    QStringList summed, own;
    for (const QString &line : lines) {
        const QStringList f = line.split(u',');
        if (f.value(2) != QLatin1String("puskesmas")
            || f.value(0) != QString::fromStdString(pkm.code))
            continue;
        (f.value(11) == QLatin1String("yes") ? summed : own) = f;
    }
    ASSERT_EQ(summed.size(), 12) << lines.join(u'\n').toStdString();
    EXPECT_EQ(summed[1], QString::fromStdString(pkm.name));
    EXPECT_EQ(summed[6], QString::number(measured));
    EXPECT_EQ(summed[7], QString::number(cases));
    EXPECT_EQ(summed[8],
              QString::number(100.0 * static_cast<double>(cases) / static_cast<double>(measured),
                              'f', 1));
    ASSERT_EQ(own.size(), 12);
    EXPECT_EQ(own[6], QStringLiteral("1812"));
    EXPECT_EQ(own[7], QStringLiteral("121"));
    EXPECT_EQ(own[8], QStringLiteral("6.7"));
    // The puskesmas rows come after the area's own rows.
    EXPECT_TRUE(lines.last().contains(QString::fromStdString(pkm.code)));
    // Every desa has a figure in the demo's August 2024: one summed row per puskesmas of the
    // kecamatan, and one own row for the puskesmas with its figure.
    EXPECT_EQ(lines.size(), plain.split(u'\n', Qt::SkipEmptyParts).size()
                                + static_cast<qsizetype>(inRupatUtara.size()) + 1);

    const CliRun province = run({QStringLiteral("prevalence"), QStringLiteral("show"),
                                 QStringLiteral("--area"), QStringLiteral("14"),
                                 QStringLiteral("--year"), QStringLiteral("2024"),
                                 QStringLiteral("--puskesmas")});
    EXPECT_EQ(province.exitCode, 2) << province;
    EXPECT_TRUE(province.err.contains(QStringLiteral("province"))) << province;
}

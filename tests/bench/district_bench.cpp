// SPDX-License-Identifier: GPL-3.0-or-later
// Issue 17, item 8: a district at scale. The demo district (Kabupaten Bengkalis, its villages)
// with 150,000 children measured in each of 10 weighing rounds (August 2019 to February 2024;
// synthetic, fixed seed: children are born evenly over the years, each round measures those
// under five, so a tenth of them are new in each round), stored with the repository call an
// e-PPGBM import makes (MeasurementRepository::storeRound), on a SQLite file and on a local
// PostgreSQL database (a copy of the demo workspace made by WorkspaceCopy, as `workspace copy`
// does). Then, on each engine, what the program computes over it:
//   - the figures of the latest round per area (measurements page, `measurements summary`);
//   - every round's district figures (the measurements page's list of rounds);
//   - a round's figures written as e-PPGBM figures of the dashboard (feedPrevalence, what
//     `measurements publish` does), then the dashboard's data and the dashboard page;
//   - the whole semester report of the latest round's semester (buildDocument).
// Prints load time, database size, compute times (best / median of `runs`).
// Run: source scripts/lib/test-postgres.sh; kv_pg_start
//      QT_QPA_PLATFORM=offscreen build/bench/tests/bench/district_bench [children] [rounds] [runs]
#include "bench_server.h"

#include "core/regions/region.h"
#include "gui/prevalence/dashboard_page.h"
#include "gui/workspace/workspace_session.h"
#include "io/measurements/prevalence_feed.h"
#include "io/workspace_setup.h"
#include "storage/database.h"
#include "storage/measurements/measurement_repository.h"
#include "storage/regions/region_repository.h"
#include "storage/statement_counter.h"
#include "storage/workspace_copy.h"
#include "usecases/measurements/round_summary.h"
#include "usecases/prevalence/dashboard_data.h"
#include "usecases/progress.h"
#include "usecases/semester/semester_report.h"

#include <QApplication>
#include <QDate>
#include <QFileInfo>
#include <QTemporaryDir>

#include <array>
#include <cmath>
#include <cstdint>
#include <cstdio>
#include <functional>
#include <string>
#include <vector>

using namespace konvergensi;
using bench::Timing;
namespace cm = core::measurements;

namespace {

std::uint64_t mix(std::uint64_t x)
{
    // splitmix64: the same numbers on every machine.
    x += 0x9e3779b97f4a7c15ULL;
    x = (x ^ (x >> 30)) * 0xbf58476d1ce4e5b9ULL;
    x = (x ^ (x >> 27)) * 0x94d049bb133111ebULL;
    return x ^ (x >> 31);
}

double uniform(std::uint64_t key)
{
    return static_cast<double>(mix(key) >> 11) * 0x1.0p-53;
}

/// A normal deviate from two uniforms (Box-Muller).
double normal(std::uint64_t key, double mean, double sd)
{
    const double u = std::max(uniform(key * 2 + 1), 1e-12);
    const double v = uniform(key * 2 + 2);
    return mean + sd * std::sqrt(-2.0 * std::log(u)) * std::cos(6.283185307179586 * v);
}

double rounded(double z)
{
    return std::round(z * 100.0) / 100.0;
}

struct District
{
    std::vector<std::string> villages;
    QDate first; ///< the date of the first round
    int children = 0;
    int rounds = 0;
    int poolSize() const { return children + (rounds - 1) * (children / 10); }
    QDate roundDate(int r) const { return first.addMonths(6 * r); }
    QString period(int r) const { return roundDate(r).toString(QStringLiteral("yyyy-MM")); }
    /// Child i's birth date: the pool born evenly over five years before the last round.
    QDate birth(int i) const
    {
        const qint64 span = first.addMonths(-60).daysTo(roundDate(rounds - 1));
        return first.addMonths(-60).addDays(span * (i + 1) / poolSize());
    }
};

storage::RoundToStore makeRound(const District &d, int r)
{
    storage::RoundToStore round;
    round.period = d.period(r);
    const QDate date = d.roundDate(r);
    round.extractDate = date.addDays(20).toString(Qt::ISODate);
    round.sourceFile = QStringLiteral("bench-%1.xlsx").arg(round.period);
    round.measurements.reserve(static_cast<size_t>(d.children));
    int row = 1;
    const int firstChild = r * (d.children / 10);
    for (int i = firstChild; i < firstChild + d.children; ++i) {
        const std::uint64_t key = static_cast<std::uint64_t>(i) * 64 + static_cast<unsigned>(r);
        ++row;
        if (uniform(key * 7 + 3) < 0.005) { // a few rows the import would skip
            storage::NewSkip skip;
            skip.fileRow = row;
            skip.villageCode = QString::fromStdString(d.villages[mix(i) % d.villages.size()]);
            skip.puskesmas = QStringLiteral("Puskesmas %1").arg(mix(i) % 13 + 1);
            skip.posyandu = QStringLiteral("Posyandu %1").arg(mix(i) % 97 + 1);
            skip.reason = cm::SkipReason::BirthDateUnreadable;
            round.skips.push_back(std::move(skip));
            continue;
        }
        storage::NewMeasurement m;
        const QDate birth = d.birth(i);
        const QString nik = QStringLiteral("1403%1").arg(static_cast<qulonglong>(i), 12, 10,
                                                         QLatin1Char('0'));
        m.nikKey = "NIK:" + nik.toStdString();
        m.villageCode = QString::fromStdString(d.villages[mix(i) % d.villages.size()]);
        m.nameKey = "anak " + std::to_string(i) + "|" + birth.toString(Qt::ISODate).toStdString()
                    + "|" + m.villageCode.toStdString();
        m.name = QStringLiteral("Anak Uji %1").arg(i);
        m.nik = nik;
        m.parents = QStringLiteral("Orang Tua %1").arg(i);
        m.address = QStringLiteral("Jalan Uji %1").arg(i % 500);
        m.initials = QStringLiteral("AU");
        m.sex = static_cast<int>(mix(i) % 2) + 1;
        m.birthDate = birth.toString(Qt::ISODate);
        m.fileRow = row;
        m.puskesmas = QStringLiteral("Puskesmas %1").arg(mix(i) % 13 + 1);
        m.posyandu = QStringLiteral("Posyandu %1").arg(mix(i) % 97 + 1);
        const QDate measured = std::max(date.addDays(static_cast<qint64>(mix(key) % 28)), birth);
        m.measureDate = measured.toString(Qt::ISODate);
        m.ageDays = static_cast<int>(birth.daysTo(measured));
        const double months = m.ageDays / 30.4375;
        m.lenhei = normal(key * 5 + 1, 50.0 + 1.1 * months - 0.0065 * months * months, 3.0);
        m.weight = normal(key * 5 + 2, 3.3 + 0.25 * months - 0.0015 * months * months, 1.0);
        m.measure = months < 24 ? QStringLiteral("l") : QStringLiteral("h");
        // z-scores as the WHO's rules would give them: a district around 25 % stunting.
        const double zlen = rounded(normal(key * 5 + 3, -1.2, 1.2));
        const double zwei = rounded(normal(key * 5 + 4, -0.9, 1.1));
        const double zwfl = rounded(normal(key * 5 + 5, -0.3, 1.1));
        m.judgement.zlen = zlen;
        m.judgement.flen = std::fabs(zlen) > 6 ? 1 : 0;
        m.judgement.zwei = zwei;
        m.judgement.fwei = zwei < -6 || zwei > 5 ? 1 : 0;
        m.judgement.zwfl = zwfl;
        m.judgement.fwfl = std::fabs(zwfl) > 5 ? 1 : 0;
        m.typed = {zlen, zwei, zwfl};
        round.measurements.push_back(std::move(m));
    }
    round.rowsRead = row - 1;
    return round;
}

struct Step
{
    Timing time;
    qint64 statements = 0; ///< per run
};

struct EngineFigures
{
    double loadMs = 0;
    std::vector<double> roundMs;
    qint64 bytes = 0;
    qint64 loadStatements = 0;
    Step summary, overviews, feed, dashboardData, dashboardPage, semester;
};

/// Times `body` and counts its statements.
void measure(int runs, Step &step, const std::function<void()> &body)
{
    const storage::StatementCounter counter;
    step.time = bench::timeRuns(runs, body);
    step.statements = counter.count() / runs;
}

void load(storage::Database &db, const District &district, EngineFigures &figures)
{
    storage::MeasurementRepository repository(db);
    const storage::StatementCounter counter;
    for (int r = 0; r < district.rounds; ++r) {
        const storage::RoundToStore round = makeRound(district, r); // not timed
        QElapsedTimer timer;
        timer.start();
        repository.storeRound(round, false);
        figures.roundMs.push_back(static_cast<double>(timer.nsecsElapsed()) / 1e6);
        figures.loadMs += figures.roundMs.back();
        std::printf("  round %s: %zu children, %zu skipped rows stored in %.1f s\n",
                    qPrintable(round.period), round.measurements.size(), round.skips.size(),
                    figures.roundMs.back() / 1000.0);
        std::fflush(stdout);
    }
    figures.loadStatements = counter.count();
}

void compute(gui::WorkspaceSession &session, const District &district, int runs,
             EngineFigures &figures)
{
    storage::Database &db = session.database();
    const QString latest = district.period(district.rounds - 1);
    qint64 areas = 0;
    measure(runs, figures.summary, [&] {
        const auto summary = usecases::measurements::roundSummary(db, latest);
        if (!summary || summary->empty())
            std::abort();
        areas = static_cast<qint64>(summary->size());
    });
    measure(runs, figures.overviews, [&] {
        const auto overviews = usecases::measurements::roundOverviews(db);
        if (static_cast<int>(overviews.size()) < district.rounds)
            std::abort();
    });
    measure(runs, figures.feed, [&] {
        const auto feed = io::measurements::feedPrevalence(db, latest, true);
        if (!feed.refused.isEmpty() || feed.written == 0)
            std::abort();
    });
    measure(runs, figures.dashboardData, [&] {
        const auto data = usecases::prevalence::DashboardData::load(
            db, core::PrevalenceIndicator::Stunting);
        if (data.bySource.empty())
            std::abort();
    });
    measure(runs, figures.dashboardPage, [&] {
        gui::DashboardPage page(session);
        page.resize(1366, 768);
        page.show();
        QApplication::processEvents();
    });
    const QDate date = district.roundDate(district.rounds - 1);
    const core::Semester semester{date.year(), date.month() <= 6 ? 1 : 2};
    measure(runs, figures.semester, [&] {
        usecases::Progress progress;
        const auto document = usecases::semester::buildDocument(
            db, semester, core::Language::Indonesian, progress,
            boost::gregorian::date(date.year(), date.month() <= 6 ? 7 : 12, 15));
        (void)document;
    });
    std::printf("  computed (%lld areas in the latest round's figures)\n",
                static_cast<long long>(areas));
    std::fflush(stdout);
}

void row(const char *what, const Step &sqlite, const Step &postgres)
{
    std::printf("%-52s %9.0f / %-9.0f %9.0f / %-9.0f %5.2fx %6lld/%-6lld\n", what, sqlite.time.best,
                sqlite.time.median, postgres.time.best, postgres.time.median,
                postgres.time.median / sqlite.time.median,
                static_cast<long long>(sqlite.statements),
                static_cast<long long>(postgres.statements));
}

} // namespace

int main(int argc, char **argv)
{
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    District district;
    district.children = argc > 1 ? std::atoi(argv[1]) : 150000;
    district.rounds = argc > 2 ? std::atoi(argv[2]) : 10;
    const int runs = argc > 3 ? std::max(1, std::atoi(argv[3])) : 3;
    district.first = QDate(2019, 8, 1);
    if (district.children < 10 || district.rounds < 1 || district.rounds > 10) {
        std::fprintf(stderr, "usage: district_bench [children >= 10] [rounds 1..10] [runs]\n");
        return 2;
    }
    const storage::ServerConnection admin = bench::benchServer();

    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("district.kvg"));
    io::createWorkspace(path, io::WorkspaceTemplate::Demo);
    const storage::ServerConnection server = bench::freshServerDatabase(
        admin, QStringLiteral("kvg_bench_district"));
    {
        storage::Database::OpenOptions options;
        options.dailyBackup = false;
        const auto source = storage::Database::open(path, {}, options);
        const auto target = storage::Database::open(server.url());
        storage::WorkspaceCopy::copy(*source, *target);
        for (const core::Region &region : storage::RegionRepository(*source).all())
            if (region.level() == core::RegionLevel::Village)
                district.villages.push_back(region.code.toString());
    }
    std::printf("district: %zu villages, %d children a round, %d rounds (%s to %s), %d "
                "children in all\n",
                district.villages.size(), district.children, district.rounds,
                qPrintable(district.period(0)), qPrintable(district.period(district.rounds - 1)),
                district.poolSize());

    EngineFigures figures[2];
    for (int engine = 0; engine < 2; ++engine) {
        std::printf("%s:\n", engine == 0 ? "SQLite file" : "PostgreSQL (local)");
        std::fflush(stdout);
        gui::WorkspaceSession session;
        if (engine == 0)
            session.open(path);
        else
            session.openServer(server);
        load(session.database(), district, figures[engine]);
        compute(session, district, runs, figures[engine]);
    }
    figures[0].bytes = QFileInfo(path).size();
    figures[1].bytes = bench::serverDatabaseSize(server);

    const qint64 measurements = static_cast<qint64>(district.children)
                                * district.rounds; // skipped rows included
    std::printf("\n%-52s %21s %21s %6s\n", "", "SQLite file", "PostgreSQL (local)", "ratio");
    std::printf("%-52s %21.1f %21.1f %5.2fx\n", "load: all rounds (s)", figures[0].loadMs / 1000,
                figures[1].loadMs / 1000, figures[1].loadMs / figures[0].loadMs);
    std::printf("%-52s %21.1f %21.1f\n", "load: per 1,000 rows (ms)",
                figures[0].loadMs / (measurements / 1000.0),
                figures[1].loadMs / (measurements / 1000.0));
    std::printf("%-52s %21lld %21lld\n", "load: SQL statements",
                static_cast<long long>(figures[0].loadStatements),
                static_cast<long long>(figures[1].loadStatements));
    std::printf("%-52s %21.0f %21.0f\n", "database size (MB, the whole workspace)",
                figures[0].bytes / 1048576.0, figures[1].bytes / 1048576.0);
    std::printf("\n%d runs each, wall time in ms (best / median), SQL statements per run\n", runs);
    const auto print = [&](const char *what, Step EngineFigures::*member) {
        row(what, figures[0].*member, figures[1].*member);
    };
    print("latest round's figures per area (roundSummary)", &EngineFigures::summary);
    print("every round's district figures (roundOverviews)", &EngineFigures::overviews);
    print("latest round written as dashboard figures (feed)", &EngineFigures::feed);
    print("dashboard data (DashboardData::load)", &EngineFigures::dashboardData);
    print("dashboard page opened and shown", &EngineFigures::dashboardPage);
    print("semester report of the latest round (buildDocument)", &EngineFigures::semester);
    return 0;
}

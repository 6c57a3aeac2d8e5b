// SPDX-License-Identifier: GPL-3.0-or-later
// Times the dashboard on a large district: 20 kecamatan x 20 villages = 400 villages, e-PPGBM
// February and August for 10 years (8,000 village figures) plus SSGI district figures.
// Prints the figures (median of several runs) and exits 1 when opening the page takes a
// second or more. Run: QT_QPA_PLATFORM=offscreen build/<dir>/tests/bench/dashboard_bench
#include "bench_timing.h"
#include "gui/prevalence/dashboard_page.h"
#include "gui/workspace/workspace_session.h"
#include "storage/database.h"
#include "storage/prevalence/prevalence_repository.h"
#include "storage/regions/region_repository.h"
#include "storage/transaction.h"
#include "usecases/prevalence/dashboard_data.h"

#include <QApplication>
#include <QComboBox>
#include <QElapsedTimer>
#include <QTemporaryDir>

#include <algorithm>
#include <cstdio>
#include <functional>
#include <vector>

using namespace konvergensi;

namespace {

double medianMs(int runs, const std::function<void()> &body)
{
    return bench::timeRuns(runs, body).median;
}

void fill(storage::Database &db)
{
    using core::RegionCode;
    std::vector<core::Region> regions{
        {RegionCode::fromString("14"), "Provinsi", std::nullopt},
        {RegionCode::fromString("14.99"), "Kabupaten Uji", std::nullopt}};
    std::vector<core::PrevalenceObservation> observations;
    for (int k = 1; k <= 20; ++k) {
        const std::string kec = "14.99." + std::string(k < 10 ? "0" : "") + std::to_string(k);
        regions.push_back(
            {RegionCode::fromString(kec), "Kecamatan " + std::to_string(k), std::nullopt});
        for (int v = 1; v <= 20; ++v) {
            const std::string code = kec + "." + std::to_string(2000 + v);
            regions.push_back({RegionCode::fromString(code),
                               "Desa " + std::to_string(k) + "-" + std::to_string(v),
                               core::VillageKind::Desa});
            for (int year = 2015; year < 2025; ++year) {
                for (auto round :
                     {core::PrevalenceRound::February, core::PrevalenceRound::August}) {
                    core::PrevalenceObservation o;
                    o.area = core::PrevalenceArea::ofRegion(RegionCode::fromString(code));
                    o.year = year;
                    o.round = round;
                    o.source = core::PrevalenceSource::Eppgbm;
                    o.measured = 100 + (k * 37 + v * 11 + year) % 300;
                    o.cases = *o.measured * (5 + (k + v + year) % 20) / 100;
                    o.eligible = *o.measured + 20;
                    observations.push_back(std::move(o));
                }
            }
        }
    }
    storage::RegionRepository(db).upsert(regions);
    for (int year : {2018, 2021, 2022, 2023, 2024}) {
        core::PrevalenceObservation o;
        o.area = core::PrevalenceArea::ofRegion(RegionCode::fromString("14.99"));
        o.year = year;
        o.source = core::PrevalenceSource::Ssgi;
        o.publishedRate = 30.0 - (year - 2018) * 2.5;
        observations.push_back(o);
    }
    storage::Transaction transaction(db);
    storage::PrevalenceRepository(db).upsert(observations);
    transaction.commit();
}

} // namespace

int main(int argc, char **argv)
{
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("bench.kvg"));
    {
        QElapsedTimer timer;
        timer.start();
        auto db = storage::Database::createSqlite(path);
        fill(*db);
        std::printf("setup: 400 villages, %zu figures written in %lld ms\n",
                    storage::PrevalenceRepository(*db).count(),
                    static_cast<long long>(timer.elapsed()));
    }
    gui::WorkspaceSession session;
    session.open(path);

    const double load = medianMs(7, [&] {
        const auto data = usecases::prevalence::DashboardData::load(
            session.database(), core::PrevalenceIndicator::Stunting);
        if (data.bySource.at(core::PrevalenceSource::Eppgbm).size() != 8000)
            std::abort();
    });
    const double open = medianMs(5, [&] {
        gui::DashboardPage page(session);
        page.resize(1366, 1000);
        page.show();
        QApplication::processEvents();
    });
    gui::DashboardPage page(session);
    page.resize(1366, 1000);
    page.show();
    int index = 0;
    const double switchPeriod = medianMs(9, [&] {
        page.periodCombo()->setCurrentIndex(++index % page.periodCombo()->count());
        QApplication::processEvents();
    });
    std::printf("DashboardData::load (queries + aggregation): %.1f ms\n", load);
    std::printf("DashboardPage opened and shown:              %.1f ms\n", open);
    std::printf("switching the period:                        %.1f ms\n", switchPeriod);
    const bool ok = open < 1000.0;
    std::printf("%s: the dashboard opens %s one second\n", ok ? "OK" : "TOO SLOW",
                ok ? "well under" : "in more than");
    return ok ? 0 : 1;
}

// SPDX-License-Identifier: GPL-3.0-or-later
#include "io/measurements/prevalence_feed.h"

#include "core/measurements/measurement_summary.h"
#include "io/logging.h"
#include "storage/database.h"
#include "storage/measurements/measurement_repository.h"
#include "storage/prevalence/prevalence_repository.h"
#include "storage/regions/region_repository.h"
#include "storage/transaction.h"

#include <QCoreApplication>

#include <fmt/format.h>

namespace konvergensi::io::measurements {

namespace cm = core::measurements;

PrevalenceFeed feedPrevalence(storage::Database &db, const QString &period, bool replaceTyped)
{
    PrevalenceFeed feed;
    const auto round = cm::Round::parse(period.toStdString());
    if (!round || (round->month != 2 && round->month != 8)) {
        feed.refused = QCoreApplication::translate(
            "Measurements", "Only the weighing months February and August give e-PPGBM figures.");
        return feed;
    }
    storage::Transaction transaction(db);
    storage::MeasurementRepository measurements(db);
    storage::RegionRepository regions(db);
    const auto district = regions.district();
    if (!district || !measurements.round(period))
        return feed;
    const auto rows = measurements.countedRows(period);
    const auto areas = cm::summarize(regions.tree(), district->code, rows);
    storage::PrevalenceRepository prevalence(db);
    std::vector<core::PrevalenceObservation> observations;
    for (const cm::AreaSummary &area : areas) {
        if (area.counts.children == 0)
            continue;
        const auto add = [&](core::PrevalenceIndicator indicator, const cm::IndicatorCounts &c,
                             int cases) {
            core::PrevalenceObservation o;
            o.area = core::PrevalenceArea::ofRegion(core::RegionCode::fromString(area.code));
            o.year = round->year;
            o.round = round->month == 2 ? core::PrevalenceRound::February
                                        : core::PrevalenceRound::August;
            o.source = core::PrevalenceSource::Eppgbm;
            o.indicator = indicator;
            o.measured = c.valid;
            o.cases = cases;
            o.note = fmt::format("dihitung dari {} anak (Pengukuran Balita {})",
                                 area.counts.children, round->toString());
            if (const auto held = prevalence.find(o)) {
                o.eligible = held->eligible;
                if (held->note.rfind("dihitung dari", 0) != 0
                    && (held->measured != o.measured || held->cases != o.cases))
                    feed.conflicts.push_back({0, *held, o});
            }
            observations.push_back(std::move(o));
        };
        const cm::AreaCounts &c = area.counts;
        add(core::PrevalenceIndicator::Stunting, c.haz, c.haz.below2);
        add(core::PrevalenceIndicator::SevereStunting, c.haz, c.haz.below3);
        add(core::PrevalenceIndicator::Wasting, c.whz, c.whz.below2);
        add(core::PrevalenceIndicator::Overweight, c.whz, c.whz.above2);
        add(core::PrevalenceIndicator::Underweight, c.waz, c.waz.below2);
    }
    if (!feed.conflicts.empty() && !replaceTyped) {
        feed.refused = QCoreApplication::translate(
                           "Measurements",
                           "%1 typed e-PPGBM figures of the round differ from the children's; "
                           "replace them to go ahead.")
                           .arg(feed.conflicts.size());
        return feed;
    }
    prevalence.upsert(observations);
    transaction.commit();
    feed.written = static_cast<int>(observations.size());
    qCInfo(lcIo) << "prevalence from measurements:" << period << feed.written << "figures,"
                 << feed.conflicts.size() << "typed figures replaced";
    return feed;
}

} // namespace konvergensi::io::measurements

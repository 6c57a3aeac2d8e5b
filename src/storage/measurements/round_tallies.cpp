// SPDX-License-Identifier: GPL-3.0-or-later
#include "storage/measurements/round_tallies.h"

#include "storage/batch_insert.h"
#include "storage/database.h"
#include "storage/query.h"

#include <tuple>

namespace konvergensi::storage {

namespace cm = core::measurements;

std::map<QString, RoundTally> roundTallies(Database &db)
{
    std::map<QString, RoundTally> out;
    Query query(db, QStringLiteral("SELECT r.period, t.indicator, t.z, t.flag, t.children FROM "
                                   "measurement_round_tally t JOIN measurement_round r ON r.id = "
                                   "t.round_id"));
    query.exec();
    while (query.next()) {
        const auto indicator = static_cast<std::size_t>(query.integer(1));
        if (indicator >= 3)
            continue;
        const QVariant value = query.value(2);
        out[query.text(0)].zscores[indicator].push_back(
            {value.isNull() ? core::anthro::kMissing : value.toDouble(),
             static_cast<int>(query.integer(3)), static_cast<int>(query.integer(4))});
    }
    Query skipped(db, QStringLiteral("SELECT r.period, s.reason, count(*) FROM measurement_skip s "
                                     "JOIN measurement_round r ON r.id = s.round_id "
                                     "GROUP BY r.period, s.reason"));
    skipped.exec();
    while (skipped.next()) {
        const auto reason = cm::skipReasonFromKey(skipped.text(1).toStdString());
        const int index = reason ? cm::skipReasonIndex(*reason) : -1;
        if (index >= 0)
            out[skipped.text(0)].skipped[static_cast<std::size_t>(index)] += static_cast<int>(
                skipped.integer(2));
    }
    return out;
}

void storeRoundTally(Database &db, qint64 roundId, const std::vector<NewMeasurement> &measurements)
{
    // (indicator, missing, z, flag): the z-score grouped by its exact value, as the database
    // groups the REAL column it is written to.
    std::map<std::tuple<int, bool, double, int>, int> groups;
    const auto count = [&](int indicator, double z, int flag) {
        const bool missing = core::anthro::isMissing(z);
        ++groups[{indicator, missing, missing ? 0.0 : z, flag}];
    };
    for (const NewMeasurement &m : measurements) {
        count(0, m.judgement.zlen, m.judgement.flen);
        count(1, m.judgement.zwei, m.judgement.fwei);
        count(2, m.judgement.zwfl, m.judgement.fwfl);
    }
    BatchInsert insert(db,
                       QStringLiteral("INSERT INTO measurement_round_tally (round_id, indicator, "
                                      "z, flag, children)"),
                       5);
    for (const auto &[key, children] : groups) {
        const auto &[indicator, missing, z, flag] = key;
        insert.add({roundId, indicator, missing ? QVariant() : QVariant(z), flag, children});
    }
    insert.flush();
}

} // namespace konvergensi::storage

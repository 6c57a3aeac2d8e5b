// SPDX-License-Identifier: GPL-3.0-or-later
#include "storage/measurements/round_tallies.h"

#include "storage/database.h"
#include "storage/query.h"

namespace konvergensi::storage {

namespace cm = core::measurements;

std::map<QString, RoundTally> roundTallies(Database &db)
{
    std::map<QString, RoundTally> out;
    const std::array<std::pair<const char *, const char *>, 3> columns{
        {{"zlen", "flen"}, {"zwei", "fwei"}, {"zwfl", "fwfl"}}};
    for (std::size_t i = 0; i < columns.size(); ++i) {
        const QString z = QLatin1String(columns[i].first);
        const QString flag = QLatin1String(columns[i].second);
        Query query(db, QStringLiteral("SELECT r.period, m.%1, m.%2, count(*) FROM measurement m "
                                       "JOIN measurement_round r ON r.id = m.round_id "
                                       "GROUP BY r.period, m.%1, m.%2")
                            .arg(z, flag));
        query.exec();
        while (query.next()) {
            const QVariant value = query.value(1);
            out[query.text(0)].zscores[i].push_back(
                {value.isNull() ? core::anthro::kMissing : value.toDouble(),
                 static_cast<int>(query.integer(2)), static_cast<int>(query.integer(3))});
        }
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

} // namespace konvergensi::storage

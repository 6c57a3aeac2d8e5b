// SPDX-License-Identifier: GPL-3.0-or-later
#include "storage/measurements/previous_weights.h"

#include "storage/database.h"
#include "storage/query.h"

namespace konvergensi::storage {

std::map<qint64, PreviousWeight> previousWeights(Database &db, const QString &period)
{
    // Every earlier weighing of the round's children, oldest first: the last one per child
    // wins. Periods ("2024-08") sort as text.
    Query query(db, QStringLiteral(
                        "SELECT m.child_id, r.period, m.measure_date, m.weight FROM measurement m "
                        "JOIN measurement_round r ON r.id = m.round_id "
                        "WHERE r.period < :p AND m.weight IS NOT NULL AND m.child_id IN ("
                        "SELECT n.child_id FROM measurement n JOIN measurement_round s "
                        "ON s.id = n.round_id WHERE s.period = :p2) "
                        "ORDER BY m.child_id, r.period, m.measure_date"));
    query.bind(QStringLiteral(":p"), period).bind(QStringLiteral(":p2"), period).exec();
    std::map<qint64, PreviousWeight> out;
    while (query.next()) {
        out[query.integer(0)] = PreviousWeight{query.text(1), query.text(2),
                                               query.value(3).toDouble()};
    }
    return out;
}

} // namespace konvergensi::storage

// SPDX-License-Identifier: GPL-3.0-or-later
#include "storage/measurements/child_history.h"

#include "storage/database.h"
#include "storage/measurements/measurement_columns.h"
#include "storage/query.h"

namespace konvergensi::storage {

using measurements::readJudgement;
using measurements::readNumber;

ChildHistory::ChildHistory(Database &db)
    : m_db(db)
{
}

std::optional<ChildHistoryRecord> ChildHistory::of(qint64 childId) const
{
    Query child(m_db, QStringLiteral("SELECT initials, sex, desa_code, invented FROM "
                                     "measurement_child WHERE id = :id"));
    child.bind(QStringLiteral(":id"), childId).exec();
    if (!child.next())
        return std::nullopt;
    ChildHistoryRecord out;
    out.childId = childId;
    out.initials = child.text(0);
    out.sex = static_cast<int>(child.integer(1));
    out.villageCode = child.text(2);
    out.invented = child.integer(3) != 0;

    Query rows(m_db, QStringLiteral("SELECT r.period, m.measure_date, m.age_days, m.weight, "
                                    "m.lenhei, m.measure, m.posyandu, m.zlen, m.flen, m.zwei, "
                                    "m.fwei, m.zwfl, m.fwfl FROM measurement m JOIN "
                                    "measurement_round r ON r.id = m.round_id WHERE m.child_id = "
                                    ":id ORDER BY m.measure_date, r.period, m.id"));
    rows.bind(QStringLiteral(":id"), childId).exec();
    while (rows.next()) {
        HistoryMeasurement m;
        m.period = rows.text(0);
        m.measureDate = rows.text(1);
        m.ageDays = static_cast<int>(rows.integer(2));
        m.weight = readNumber(rows, 3);
        m.lenhei = readNumber(rows, 4);
        m.measure = rows.text(5);
        m.posyandu = rows.text(6);
        m.judgement = readJudgement(rows, 7);
        out.measurements.push_back(std::move(m));
    }
    return out;
}

std::vector<qint64> ChildHistory::childrenMeasuredAtLeast(int times) const
{
    Query query(m_db, QStringLiteral("SELECT child_id FROM measurement GROUP BY child_id HAVING "
                                     "count(*) >= :n ORDER BY child_id"));
    query.bind(QStringLiteral(":n"), times).exec();
    std::vector<qint64> out;
    while (query.next())
        out.push_back(query.integer(0));
    return out;
}

} // namespace konvergensi::storage

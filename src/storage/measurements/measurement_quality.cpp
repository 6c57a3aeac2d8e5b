// SPDX-License-Identifier: GPL-3.0-or-later
#include "storage/measurements/measurement_quality.h"

#include "storage/database.h"
#include "storage/query.h"

namespace konvergensi::storage {

namespace cm = core::measurements;
namespace ca = core::anthro;

namespace {

double number(const Query &query, int column)
{
    const QVariant value = query.value(column);
    return value.isNull() ? ca::kMissing : value.toDouble();
}

} // namespace

std::vector<cm::QualityRow> qualityRows(Database &db, const QString &period)
{
    // Kept rows, then skipped rows (which have no age, height or z-scores), in file order.
    Query query(db, QStringLiteral(
                        "SELECT 0 AS skipped, m.file_row, m.desa_code, m.puskesmas, m.posyandu, "
                        "m.age_days, m.lenhei, m.measure, m.zlen, m.flen, m.zwei, m.fwei, "
                        "m.zwfl, m.fwfl FROM measurement m JOIN measurement_round r ON r.id = "
                        "m.round_id WHERE r.period = :p "
                        "UNION ALL "
                        "SELECT 1, s.file_row, s.desa_code, s.puskesmas, s.posyandu, 0, NULL, '', "
                        "NULL, -1, NULL, -1, NULL, -1 FROM measurement_skip s JOIN "
                        "measurement_round r2 ON r2.id = s.round_id WHERE r2.period = :p2 "
                        "ORDER BY 2"));
    query.bind(QStringLiteral(":p"), period).bind(QStringLiteral(":p2"), period).exec();
    std::vector<cm::QualityRow> out;
    while (query.next()) {
        cm::QualityRow row;
        row.skipped = query.integer(0) != 0;
        row.villageCode = query.text(2).toStdString();
        row.puskesmas = query.text(3).toStdString();
        row.posyandu = query.text(4).toStdString();
        if (!row.skipped) {
            row.ageDays = static_cast<int>(query.integer(5));
            row.lenhei = number(query, 6);
            const QString measure = query.text(7);
            row.measure = measure == u"l"   ? ca::Measure::Length
                          : measure == u"h" ? ca::Measure::Height
                                            : ca::Measure::Unknown;
            row.judgement.zlen = number(query, 8);
            row.judgement.flen = static_cast<int>(query.integer(9));
            row.judgement.zwei = number(query, 10);
            row.judgement.fwei = static_cast<int>(query.integer(11));
            row.judgement.zwfl = number(query, 12);
            row.judgement.fwfl = static_cast<int>(query.integer(13));
        }
        out.push_back(std::move(row));
    }
    return out;
}

} // namespace konvergensi::storage

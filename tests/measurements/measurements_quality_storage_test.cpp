// SPDX-License-Identifier: GPL-3.0-or-later
// The rows the data-quality figures read (storage/measurements/measurement_quality.h), on
// SQLite and on PostgreSQL: one statement for a whole round; every kept and skipped row of a
// sample with its desa, posyandu, age, height, position and flags as the sample's row file
// has them (compared as sums and counts per field, computed here from that file).
#include "eppgbm_expected.h"

#include "io/workspace_setup.h"
#include "storage/database.h"
#include "storage/measurements/measurement_quality.h"
#include "storage/statement_counter.h"
#include "usecases/measurements/measurement_import.h"
#include "usecases/progress.h"

#include "test_engine.h"

#include <gtest/gtest.h>

#include <cmath>

using namespace konvergensi;
namespace cm = core::measurements;
namespace um = usecases::measurements;

TEST(MeasurementsQualityStorage, EveryRowOfARoundInOneStatement)
{
    const auto db = test::openTestWorkspace();
    io::populateDemo(*db);
    usecases::Progress progress;
    const auto preview = um::importFile(
        *db, test::eppgbmFile(QStringLiteral("entri-2024-08-small.csv")), {}, progress);
    ASSERT_TRUE(preview.error.isEmpty()) << preview.error.toStdString();

    std::vector<cm::QualityRow> rows;
    {
        const storage::StatementCounter counter;
        rows = storage::qualityRows(*db, QStringLiteral("2024-08"));
        EXPECT_EQ(counter.count(), 1);
    }
    EXPECT_TRUE(storage::qualityRows(*db, QStringLiteral("2023-02")).empty());

    // The same facts from the sample's row file.
    const io::CsvTable file = io::CsvReader::readFile(
        test::eppgbmFile(QStringLiteral("expected-small-rows.csv")));
    ASSERT_TRUE(file.ok());
    const auto column = [&](const char *name) {
        return static_cast<int>(file.header.fields.indexOf(QLatin1String(name)));
    };
    struct Facts
    {
        int rows = 0, skipped = 0, lying = 0, standing = 0, heights = 0, flags = 0;
        long long ageDays = 0;
        double lenhei = 0;
        QString villages; // the desa codes joined, as a checksum of the attribution
        QString posyandu;
    };
    Facts expected;
    for (const io::CsvRow &row : file.rows) {
        ++expected.rows;
        expected.villages += row.fields.at(column("desa_code"));
        expected.posyandu += row.fields.at(column("posyandu_in_file"));
        if (row.fields.at(column("status")) != u"kept") {
            ++expected.skipped;
            continue;
        }
        expected.ageDays += row.fields.at(column("age_days")).toInt();
        bool number = false;
        const double height = row.fields.at(column("lenhei")).toDouble(&number);
        if (number) {
            ++expected.heights;
            expected.lenhei += height;
        }
        const QString measure = row.fields.at(column("measure"));
        expected.lying += measure == u"l" ? 1 : 0;
        expected.standing += measure == u"h" ? 1 : 0;
        for (const char *flag : {"flen", "fwei", "fwfl"})
            expected.flags += row.fields.at(column(flag)) == u"1" ? 1 : 0;
    }

    Facts actual;
    for (const cm::QualityRow &row : rows) {
        ++actual.rows;
        actual.villages += QString::fromStdString(row.villageCode);
        actual.posyandu += QString::fromStdString(row.posyandu);
        if (row.skipped) {
            ++actual.skipped;
            continue;
        }
        actual.ageDays += row.ageDays;
        if (!core::anthro::isMissing(row.lenhei)) {
            ++actual.heights;
            actual.lenhei += row.lenhei;
        }
        actual.lying += row.measure == core::anthro::Measure::Length ? 1 : 0;
        actual.standing += row.measure == core::anthro::Measure::Height ? 1 : 0;
        actual.flags += (row.judgement.flen == 1) + (row.judgement.fwei == 1)
                        + (row.judgement.fwfl == 1);
    }
    EXPECT_EQ(actual.rows, 1512);
    EXPECT_EQ(actual.rows, expected.rows);
    EXPECT_EQ(actual.skipped, expected.skipped);
    EXPECT_EQ(actual.ageDays, expected.ageDays);
    EXPECT_EQ(actual.heights, expected.heights);
    EXPECT_NEAR(actual.lenhei, expected.lenhei, 1e-6);
    EXPECT_EQ(actual.lying, expected.lying);
    EXPECT_EQ(actual.standing, expected.standing);
    EXPECT_EQ(actual.flags, expected.flags);
    // In file order, kept and skipped rows together.
    EXPECT_EQ(actual.villages, expected.villages);
    EXPECT_EQ(actual.posyandu, expected.posyandu);
}

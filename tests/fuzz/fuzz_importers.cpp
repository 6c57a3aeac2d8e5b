// SPDX-License-Identifier: GPL-3.0-or-later
// One libFuzzer harness per reader and importer (the CMake target defines which): every input
// must give rows or a clear error, never a crash, a hang or an unbounded allocation; nothing
// is ever written by a check. See README.md.
#include "io/csv_reader.h"
#include "io/locus/locus_import.h"
#include "io/prevalence/prevalence_import.h"
#include "io/regions/region_import.h"
#include "io/workspace_setup.h"
#include "io/xlsx_reader.h"
#include "storage/database.h"

#include <QCoreApplication>
#include <QLoggingCategory>

#include <cstddef>
#include <cstdint>
#include <memory>

using namespace konvergensi;

namespace {

storage::Database *demo()
{
    // One demo workspace in memory for the whole run: imports only check against it.
    static std::unique_ptr<storage::Database> db = [] {
        return io::createWorkspace(QStringLiteral(":memory:"), io::WorkspaceTemplate::Demo);
    }();
    return db.get();
}

} // namespace

extern "C" int LLVMFuzzerInitialize(int *argc, char ***argv)
{
    static QCoreApplication app(*argc, *argv);
    QLoggingCategory::setFilterRules(QStringLiteral("konvergensi.*=false"));
    (void)demo();
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    const QByteArray bytes(reinterpret_cast<const char *>(data), static_cast<qsizetype>(size));
#if defined(KONVERGENSI_FUZZ_csv_reader)
    (void)io::CsvReader::parse(bytes);
#elif defined(KONVERGENSI_FUZZ_xlsx_reader)
    (void)io::XlsxReader::parse(bytes);
#elif defined(KONVERGENSI_FUZZ_region_import)
    (void)io::RegionCsvImporter(*demo()).check(bytes);
#else
    const io::CsvTable table = io::XlsxReader::looksLikeXlsx(bytes) ? io::XlsxReader::parse(bytes)
                                                                    : io::CsvReader::parse(bytes);
#if defined(KONVERGENSI_FUZZ_prevalence_import)
    (void)io::PrevalenceImporter(*demo()).check(table);
#elif defined(KONVERGENSI_FUZZ_locus_import)
    (void)io::LocusListImporter(*demo()).check(2023, table);
#elif defined(KONVERGENSI_FUZZ_scorecard_import)
    (void)io::ScorecardImporter(*demo()).check(2023, table);
#endif
#endif
    return 0;
}

// SPDX-License-Identifier: GPL-3.0-or-later
// One libFuzzer harness per reader and importer (the CMake target defines which): every input
// must give rows or a clear error, never a crash, a hang or an unbounded allocation; nothing
// is ever written by a check. See README.md.
#include "io/csv_reader.h"
#include "io/locus/locus_import.h"
#include "io/measurements/eppgbm_import.h"
#include "io/prevalence/prevalence_import.h"
#include "io/regions/region_import.h"
#include "io/workspace_setup.h"
#include "io/xlsx_reader.h"
#include "storage/database.h"
#include "storage/regions/region_repository.h"
#include "storage/storage_error.h"
#include "storage/workspace_repository.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QLoggingCategory>
#include <QTemporaryDir>

#include <cstddef>
#include <cstdint>
#include <cstdlib>
#include <memory>

using namespace konvergensi;

#if !defined(KONVERGENSI_FUZZ_csv_reader) && !defined(KONVERGENSI_FUZZ_xlsx_reader)                \
    && !defined(KONVERGENSI_FUZZ_workspace_open)
#define KONVERGENSI_FUZZ_IMPORTER
#endif

namespace {

#ifdef KONVERGENSI_FUZZ_IMPORTER
storage::Database *demo()
{
    // One demo workspace in memory for the whole run: imports only check against it.
    static std::unique_ptr<storage::Database> db = [] {
        return io::createWorkspace(QStringLiteral(":memory:"), io::WorkspaceTemplate::Demo);
    }();
    return db.get();
}
#endif

#if defined(KONVERGENSI_FUZZ_measurements_import) || defined(KONVERGENSI_FUZZ_workspace_open)
/// The e-PPGBM importer and a workspace are read by their path: each input is written to one
/// scratch file named `name`, and whatever an earlier input left beside it is removed.
QString asFile(const QByteArray &bytes, const QString &name)
{
    static const QTemporaryDir dir;
    for (const QString &entry :
         QDir(dir.path()).entryList(QDir::AllEntries | QDir::NoDotAndDotDot)) {
        const QString stale = dir.filePath(entry);
        if (!QFile::remove(stale) && !QDir(stale).removeRecursively())
            std::abort();
    }
    const QString path = dir.filePath(name);
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate) || file.write(bytes) != bytes.size())
        std::abort();
    return path;
}
#endif

} // namespace

extern "C" int LLVMFuzzerInitialize(int *argc, char ***argv)
{
    static QCoreApplication app(*argc, *argv);
    QLoggingCategory::setFilterRules(QStringLiteral("konvergensi.*=false"));
#ifdef KONVERGENSI_FUZZ_IMPORTER
    (void)demo(); // made once, before the first input
#endif
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
#elif defined(KONVERGENSI_FUZZ_measurements_import)
    // Reads (CSV or XLSX by content) and judges every row against the demo's regions and
    // round; judging never writes.
    (void)io::measurements::judgeFile(*demo(), asFile(bytes, QStringLiteral("input.csv")), {});
#elif defined(KONVERGENSI_FUZZ_workspace_open)
    // A workspace file from another office: opened as every command opens one (told apart
    // from damaged, foreign and newer files; an older one upgraded), then read. Only a
    // StorageError (one sentence for the user) may come out.
    storage::Database::OpenOptions options;
    options.dailyBackup = false;
    options.upgradeBackup = false;
    try {
        const auto db = storage::Database::openSqlite(asFile(bytes, QStringLiteral("input.kvg")),
                                                      {}, options);
        (void)storage::RegionRepository(*db).tree();
        (void)storage::WorkspaceRepository(*db).letterhead();
        (void)storage::WorkspaceRepository(*db).isDemo();
    } catch (const storage::StorageError &) {
    }
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

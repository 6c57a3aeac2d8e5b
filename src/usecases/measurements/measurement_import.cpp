// SPDX-License-Identifier: GPL-3.0-or-later
#include "usecases/measurements/measurement_import.h"

#include "usecases/progress.h"

namespace konvergensi::usecases::measurements {

namespace {

io::measurements::StepHook hook(Progress &progress)
{
    return [&progress](qint64 done, qint64 total, const QString &step) {
        progress.check();
        progress.report(done, total, step);
    };
}

} // namespace

ImportPreview previewImport(storage::Database &db, const QString &path,
                            const ImportOptions &options, Progress &progress)
{
    return io::measurements::judgeFile(db, path, options, hook(progress));
}

void commitImport(storage::Database &db, const ImportPreview &preview, const ImportOptions &options,
                  Progress &progress)
{
    io::measurements::storeJudged(db, preview, options, hook(progress));
}

ImportPreview importFile(storage::Database &db, const QString &path, const ImportOptions &options,
                         Progress &progress)
{
    ImportPreview preview = previewImport(db, path, options, progress);
    commitImport(db, preview, options, progress);
    return preview;
}

} // namespace konvergensi::usecases::measurements

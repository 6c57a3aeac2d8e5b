// SPDX-License-Identifier: GPL-3.0-or-later
#include "io/measurements/demo_measurements.h"

#include "io/logging.h"
#include "io/measurements/eppgbm_import.h"
#include "io/measurements/prevalence_feed.h"
#include "storage/database.h"
#include "storage/storage_error.h"
#include "storage/transaction.h"

namespace konvergensi::io::measurements {

void addDemo(storage::Database &db)
{
    storage::Transaction transaction(db);
    for (const char *file : {"entri-2024-08-small.xlsx", "final-2025-02-small.xlsx"}) {
        const QString path = QStringLiteral(":/demo/measurements/") + QLatin1String(file);
        ImportOptions options;
        options.invented = true;
        const ImportPreview preview = judgeFile(db, path, options);
        if (const QString blocker = preview.blocker(false); !blocker.isEmpty())
            throw storage::StorageError(storage::StorageError::Kind::Invalid, blocker);
        storeJudged(db, preview, options);
    }
    // August 2024 replaces the demo's synthetic e-PPGBM figures of that round, so the demo
    // never shows two answers; February 2025 has no typed figures and stays the user's to
    // publish (`measurements publish`), as in a real workspace.
    const PrevalenceFeed feed = feedPrevalence(db, QStringLiteral("2024-08"), true);
    if (!feed.refused.isEmpty())
        throw storage::StorageError(storage::StorageError::Kind::Invalid, feed.refused);
    transaction.commit();
    qCInfo(lcIo) << "demo measurements: 2 rounds of invented children";
}

} // namespace konvergensi::io::measurements

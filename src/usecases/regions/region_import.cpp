// SPDX-License-Identifier: GPL-3.0-or-later
#include "usecases/regions/region_import.h"

#include "storage/database.h"
#include "storage/transaction.h"

#include <QCoreApplication>
#include <QFileInfo>

namespace konvergensi::usecases::regions {

io::RegionImportReport checkRegionFile(storage::Database &db, const QString &path,
                                       Progress &progress)
{
    progress.report(0, 2,
                    QCoreApplication::translate("konvergensi::usecases::regions", "Checking %1")
                        .arg(QFileInfo(path).fileName()));
    progress.check();
    const io::RegionImportReport report = io::RegionCsvImporter(db).checkFile(path);
    progress.report(2, 2);
    return report;
}

io::RegionImportReport importRegionFile(storage::Database &db, const QString &path,
                                        Progress &progress)
{
    progress.report(0, 3,
                    QCoreApplication::translate("konvergensi::usecases::regions", "Importing %1")
                        .arg(QFileInfo(path).fileName()));
    progress.check();
    // One transaction around the importer's own: a cancel after it wrote still undoes it.
    storage::Transaction transaction(db);
    io::RegionImportReport report = io::RegionCsvImporter(db).importFile(path);
    progress.report(2, 3);
    progress.check();
    if (report.applied)
        transaction.commit();
    progress.report(3, 3);
    return report;
}

} // namespace konvergensi::usecases::regions

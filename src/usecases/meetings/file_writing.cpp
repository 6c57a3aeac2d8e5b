// SPDX-License-Identifier: GPL-3.0-or-later
#include "usecases/meetings/file_writing.h"

#include "reports/report_document.h"
#include "storage/output_file.h"
#include "storage/storage_error.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>

namespace konvergensi::usecases::meetings {

void writeReplacing(const QString &path, const Progress &progress,
                    const std::function<void(const QString &partPath)> &write)
{
    // The one guard for written files (issue #16): never over a workspace, its -wal/-shm, a
    // database or a folder.
    try {
        storage::checkOutputPath(path);
    } catch (const storage::StorageError &error) {
        throw reports::ReportError(error.message());
    }
    const QFileInfo info(path);
    // The same suffix last: writers that look at it (PDF, XLSX) see the real one.
    const QString part = info.dir().filePath(info.completeBaseName() + QStringLiteral(".part.")
                                             + info.suffix());
    QFile::remove(part);
    try {
        write(part);
        progress.check();
    } catch (...) {
        QFile::remove(part);
        throw;
    }
    if (QFile::exists(path) && !QFile::remove(path)) {
        QFile::remove(part);
        throw reports::ReportError(
            QCoreApplication::translate("Meetings", "%1 could not be replaced; it may be open in "
                                                    "another program.")
                .arg(QDir::toNativeSeparators(path)));
    }
    if (!QFile::rename(part, path)) {
        QFile::remove(part);
        throw reports::ReportError(
            QCoreApplication::translate("Meetings", "%1 could not be written.")
                .arg(QDir::toNativeSeparators(path)));
    }
}

} // namespace konvergensi::usecases::meetings

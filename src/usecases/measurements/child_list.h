// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// The list of measured children of an area as a CSV file: initials, sex, age, posyandu, the
// measurement and the WHO z-scores with e-PPGBM's own; names, NIK, parents and addresses only
// when the user asks for identities, and then the file's first line says it holds personal
// data and the look is recorded in the audit log.

#include "storage/measurements/measurement_repository.h"

#include <QString>
#include <QStringList>
#include <QVariant>

#include <map>
#include <vector>

namespace konvergensi::usecases {
class Progress;
}

namespace konvergensi::usecases::measurements {

/// A number for a file's cell: empty when missing.
QVariant numberCell(double value);
/// A z-score for a file's cell: empty when missing, "flag" when implausible.
QVariant zScoreCell(double z, int flag);

/// "L", "P" or empty: the sex column of a file.
QString sexCell(int sex);

/// The identities of the children a file lists, opened once and only when the user asked for
/// them (one audit-log entry with `purpose`); append() adds the identity columns (name, nik,
/// parents, address) to a row, and nothing without identities.
class FileIdentities
{
public:
    FileIdentities(storage::Database &db, const std::vector<qint64> &childIds, bool withIdentity,
                   const QString &purpose);
    void append(QVariantList &row, qint64 childId) const;

private:
    bool m_withIdentity;
    std::map<qint64, storage::ChildIdentity> m_identities;
};

/// The CSV columns; the identity columns (name, nik, parents, address) last, only with them.
QStringList childListColumns(bool withIdentity);
/// The first line of a file with identities.
QString personalDataNotice();

/// Writes the children (as the page lists them) to `path`. Throws reports::ReportError when
/// the file cannot be written, StorageError when identities are asked for and the key is not
/// held, Cancelled when cancelled (no file then).
void writeChildList(storage::Database &db, const std::vector<storage::MeasuredChild> &children,
                    bool withIdentity, const QString &path, Progress &progress);

} // namespace konvergensi::usecases::measurements

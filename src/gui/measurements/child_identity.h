// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>
#include <QStringList>

#include <functional>

class QWidget;

namespace konvergensi::storage {
class Database;
}
namespace konvergensi::usecases {
class Progress;
}

namespace konvergensi::gui {

class WorkspaceSession;

namespace measurements {

/// "Tampilkan identitas" of a measured child: asks, unlocks the identities when a passphrase
/// guards them, opens the identity (the look is recorded in the audit log) and shows it.
void showChildIdentity(QWidget *parent, WorkspaceSession &session, qint64 childId,
                       const QString &initials);

/// A list of children as a file: asks whether to include identities (personal data: the
/// file says so and the export is logged), unlocks them when a passphrase guards them, asks
/// for the file (`kind` remembers the folder; `baseName(withIdentity)` proposes its name), then
/// writes it in the background through `write(db, withIdentity, path, progress)` and says
/// where it went, or why it could not.
void exportChildList(QWidget *parent, WorkspaceSession &session, const QString &kind,
                     const std::function<QString(bool withIdentity)> &baseName,
                     const QStringList &suffixes,
                     const std::function<void(storage::Database &, bool withIdentity,
                                              const QString &path, usecases::Progress &)> &write);

} // namespace measurements
} // namespace konvergensi::gui

// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

class QWidget;

namespace konvergensi::gui {

class WorkspaceSession;

namespace measurements {

/// "Tampilkan identitas" of a measured child: asks, unlocks the identities when a passphrase
/// guards them, opens the identity (the look is recorded in the audit log) and shows it.
void showChildIdentity(QWidget *parent, WorkspaceSession &session, qint64 childId,
                       const QString &initials);

} // namespace measurements
} // namespace konvergensi::gui

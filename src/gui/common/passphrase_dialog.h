// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

class QWidget;

namespace konvergensi::storage {
class Database;
}

namespace konvergensi::gui {

/// Before an identity is shown or changed: when the workspace's identities are protected by a
/// passphrase and its key is not held yet, asks for the passphrase (once per session). True
/// when identities may be read now.
bool ensureIdentitiesUnlocked(QWidget *parent, storage::Database &db);

/// Berkas > Lindungi identitas…: says first that a forgotten passphrase loses the identities
/// (only), then asks for a new passphrase twice and seals every identity; when one is set,
/// changes it.
void protectIdentities(QWidget *parent, storage::Database &db);

} // namespace konvergensi::gui

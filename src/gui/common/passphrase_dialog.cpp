// SPDX-License-Identifier: GPL-3.0-or-later
#include "gui/common/passphrase_dialog.h"

#include "gui/common/dialogs.h"
#include "storage/identity_vault.h"
#include "storage/storage_error.h"

#include <QCoreApplication>
#include <QInputDialog>
#include <QLineEdit>

namespace konvergensi::gui {

namespace {

bool askPassphrase(QWidget *parent, const QString &title, const QString &label, QString &out)
{
    bool ok = false;
    out = QInputDialog::getText(parent, title, label, QLineEdit::Password, QString(), &ok);
    return ok;
}

} // namespace

bool ensureIdentitiesUnlocked(QWidget *parent, storage::Database &db)
{
    storage::IdentityVault vault(db);
    while (!vault.isUnlocked()) {
        QString passphrase;
        if (!askPassphrase(
                parent, QCoreApplication::translate("PassphraseDialog", "Identities are protected"),
                storage::IdentityVault::lockedMessage(), passphrase))
            return false;
        try {
            vault.unlock(passphrase);
        } catch (const storage::StorageError &error) {
            Dialogs::warning(
                parent, QCoreApplication::translate("PassphraseDialog", "Identities are protected"),
                error.message());
        }
    }
    return true;
}

void protectIdentities(QWidget *parent, storage::Database &db)
{
    storage::IdentityVault vault(db);
    const QString title = QCoreApplication::translate("PassphraseDialog", "Protect identities");
    try {
        if (vault.isProtected()) {
            QString current;
            QString next;
            if (!askPassphrase(
                    parent, title,
                    QCoreApplication::translate("PassphraseDialog", "Current passphrase:"), current)
                || !askPassphrase(
                    parent, title,
                    QCoreApplication::translate("PassphraseDialog", "New passphrase:"), next))
                return;
            vault.changePassphrase(current, next);
            Dialogs::information(
                parent, title,
                QCoreApplication::translate("PassphraseDialog", "The passphrase was changed."));
            return;
        }
        if (!Dialogs::question(
                parent, title,
                QCoreApplication::translate(
                    "PassphraseDialog",
                    "The identities of the audited cases (names, NIK, birth dates, parents) are "
                    "NOT protected now: anyone with the workspace file can read them.\n\n"
                    "With a passphrase they are encrypted. Lists and reports without identity "
                    "keep working without it; the passphrase is asked once per session when an "
                    "identity is shown.\n\nIf the passphrase is forgotten, the identities are lost "
                    "for good (everything else in the workspace stays). Keep it in a safe "
                    "place.\n\nSet a passphrase now?")))
            return;
        QString first;
        QString second;
        if (!askPassphrase(parent, title,
                           QCoreApplication::translate("PassphraseDialog",
                                                       "New passphrase (at least %1 characters):")
                               .arg(storage::IdentityVault::kMinPassphraseLength),
                           first)
            || !askPassphrase(
                parent, title,
                QCoreApplication::translate("PassphraseDialog", "The same passphrase again:"),
                second))
            return;
        if (first != second) {
            Dialogs::warning(parent, title,
                             QCoreApplication::translate("PassphraseDialog",
                                                         "The two passphrases differ; nothing "
                                                         "was changed."));
            return;
        }
        vault.setPassphrase(first);
        Dialogs::information(
            parent, title,
            QCoreApplication::translate("PassphraseDialog", "The identities are now encrypted."));
    } catch (const storage::StorageError &error) {
        Dialogs::error(parent, title, error.message());
    }
}

} // namespace konvergensi::gui

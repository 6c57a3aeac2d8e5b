// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>
#include <QStringList>

#include <vector>

namespace konvergensi::storage {

class Database;

/// Identities (names, NIK, birth dates, parents) encrypted at rest with libsodium:
/// XChaCha20-Poly1305 with a key derived by Argon2id from a workspace passphrase that an
/// administrator sets. Until one is set, identities are stored as plain text (isProtected()
/// is false, and the program says so). Setting the passphrase seals every registered identity
/// column in one transaction; changing it re-seals them in one transaction. The key is held
/// for the session once unlock() was given the passphrase (per open Database); lists and
/// reports without identity never need it. A forgotten passphrase loses the identities only.
///
/// A module with identities registers its columns (identityColumns()); the case audit's are
/// built in, the measured children will add theirs.
class IdentityVault
{
public:
    /// The identity columns of one table, sealed and re-sealed together.
    struct Columns
    {
        QString table;
        QStringList columns;
    };
    static const std::vector<Columns> &identityColumns();

    /// Passphrases shorter than this are refused.
    static constexpr int kMinPassphraseLength = 10;

    explicit IdentityVault(Database &db);

    /// A passphrase is set for this workspace.
    bool isProtected() const;
    /// The key is held for this session (always true when not protected).
    bool isUnlocked() const;
    /// Checks the passphrase and keeps the key for the session; throws StorageError
    /// (Kind::Invalid) when it is wrong.
    void unlock(const QString &passphrase);
    /// Forgets the key.
    void lock();
    /// Lends the key held for this Database (if any) to another connection to the same
    /// workspace (a background task's own connection); call lock() on it when done.
    void shareKeyWith(Database &other) const;

    /// Sets the first passphrase: every identity is sealed in one transaction, then the
    /// workspace is compacted so no plain copy stays in free pages. Throws StorageError.
    void setPassphrase(const QString &passphrase);
    /// Re-seals every identity under a new passphrase in one transaction; the current one
    /// must be right. Throws StorageError.
    void changePassphrase(const QString &current, const QString &next);

    /// The value to store: sealed when protected (the key must be held; StorageError
    /// otherwise), as given when not.
    QString seal(const QString &plain, const QString &column) const;
    /// The stored value read back: opened when sealed (the key must be held).
    QString open(const QString &stored, const QString &column) const;
    /// True when the stored value is sealed.
    static bool isSealed(const QString &stored);

    /// The message when an identity is asked for and the key is not held.
    static QString lockedMessage();

private:
    Database &m_db;
};

} // namespace konvergensi::storage

// SPDX-License-Identifier: GPL-3.0-or-later
#include "storage/identity_vault.h"

#include "storage/database.h"
#include "storage/logging.h"
#include "storage/query.h"
#include "storage/storage_error.h"
#include "storage/transaction.h"

#include <QCoreApplication>
#include <QMutex>
#include <QSqlDatabase>

#include <sodium.h>

#include <array>
#include <map>
#include <string>

namespace konvergensi::storage {

namespace {

const QString kSalt = QStringLiteral("identity_vault.salt");
const QString kCheck = QStringLiteral("identity_vault.check");
const QString kOps = QStringLiteral("identity_vault.opslimit");
const QString kMem = QStringLiteral("identity_vault.memlimit");
const QString kPrefix = QStringLiteral("kvg1:");
const QByteArray kCheckText("konvergensi identity vault");

using Key = std::array<unsigned char, crypto_aead_xchacha20poly1305_ietf_KEYBYTES>;

/// Keys of this session, by the connection name of the Database (never reused).
QMutex g_keysMutex;
std::map<QString, Key> &keys()
{
    static std::map<QString, Key> all;
    return all;
}

/// The key of a Database in keys(): its connection's name, read without touching the
/// connection, so a background task's thread may take the session's key (shareKeyWith).
QString connectionOf(const Database &db)
{
    return db.connectionName();
}

void ensureSodium()
{
    if (sodium_init() < 0)
        qFatal("libsodium cannot be initialised");
}

[[noreturn]] void invalid(const QString &message)
{
    throw StorageError(StorageError::Kind::Invalid, message);
}

std::optional<QString> setting(Database &db, const QString &key)
{
    Query q(db, QStringLiteral("SELECT text_value FROM workspace_setting WHERE key = :k"));
    q.bind(QStringLiteral(":k"), key).exec();
    if (!q.next())
        return std::nullopt;
    return q.text(0);
}

void putSetting(Database &db, const QString &key, const QString &value)
{
    Query(db, QStringLiteral("INSERT INTO workspace_setting (key, text_value, created_at, "
                             "created_by, updated_at, updated_by) VALUES (:k, :v, :now, :who, "
                             ":now, :who) ON CONFLICT (key) DO UPDATE SET text_value = :v, "
                             "updated_at = :now, updated_by = :who, row_version = "
                             "workspace_setting.row_version + 1"))
        .bind(QStringLiteral(":k"), key)
        .bind(QStringLiteral(":v"), value)
        .bind(QStringLiteral(":now"), db.nowText())
        .bind(QStringLiteral(":who"), db.actor())
        .exec();
}

Key derive(const QString &passphrase, const QByteArray &salt, unsigned long long ops, size_t mem)
{
    ensureSodium();
    Key key{};
    const QByteArray secret = passphrase.toUtf8();
    if (salt.size() != crypto_pwhash_SALTBYTES
        || crypto_pwhash(key.data(), key.size(), secret.constData(),
                         static_cast<unsigned long long>(secret.size()),
                         reinterpret_cast<const unsigned char *>(salt.constData()), ops, mem,
                         crypto_pwhash_ALG_ARGON2ID13)
               != 0)
        throw StorageError(StorageError::Kind::Query,
                           QCoreApplication::translate("IdentityVault",
                                                       "There was not enough memory to derive the "
                                                       "key from the passphrase."));
    return key;
}

QString sealWith(const Key &key, const QByteArray &plain, const QByteArray &ad)
{
    ensureSodium();
    std::array<unsigned char, crypto_aead_xchacha20poly1305_ietf_NPUBBYTES> nonce{};
    randombytes_buf(nonce.data(), nonce.size());
    QByteArray out(static_cast<qsizetype>(nonce.size() + plain.size()
                                          + crypto_aead_xchacha20poly1305_ietf_ABYTES),
                   Qt::Uninitialized);
    std::copy(nonce.begin(), nonce.end(), reinterpret_cast<unsigned char *>(out.data()));
    unsigned long long written = 0;
    crypto_aead_xchacha20poly1305_ietf_encrypt(
        reinterpret_cast<unsigned char *>(out.data()) + nonce.size(), &written,
        reinterpret_cast<const unsigned char *>(plain.constData()),
        static_cast<unsigned long long>(plain.size()),
        reinterpret_cast<const unsigned char *>(ad.constData()),
        static_cast<unsigned long long>(ad.size()), nullptr, nonce.data(), key.data());
    out.resize(static_cast<qsizetype>(nonce.size() + written));
    return kPrefix + QString::fromLatin1(out.toBase64());
}

std::optional<QByteArray> openWith(const Key &key, const QString &stored, const QByteArray &ad)
{
    const QByteArray raw = QByteArray::fromBase64(stored.mid(kPrefix.size()).toLatin1());
    constexpr auto nonceBytes = crypto_aead_xchacha20poly1305_ietf_NPUBBYTES;
    if (raw.size() < static_cast<qsizetype>(nonceBytes + crypto_aead_xchacha20poly1305_ietf_ABYTES))
        return std::nullopt;
    QByteArray plain(raw.size(), Qt::Uninitialized);
    unsigned long long length = 0;
    const auto *bytes = reinterpret_cast<const unsigned char *>(raw.constData());
    if (crypto_aead_xchacha20poly1305_ietf_decrypt(
            reinterpret_cast<unsigned char *>(plain.data()), &length, nullptr, bytes + nonceBytes,
            static_cast<unsigned long long>(raw.size()) - nonceBytes,
            reinterpret_cast<const unsigned char *>(ad.constData()),
            static_cast<unsigned long long>(ad.size()), bytes, key.data())
        != 0)
        return std::nullopt;
    plain.resize(static_cast<qsizetype>(length));
    return plain;
}

QByteArray associated(const QString &column)
{
    return column.toUtf8();
}

std::optional<Key> heldKey(Database &db)
{
    const QMutexLocker lock(&g_keysMutex);
    const auto it = keys().find(connectionOf(db));
    if (it == keys().end())
        return std::nullopt;
    return it->second;
}

void holdKey(Database &db, const Key &key)
{
    const QMutexLocker lock(&g_keysMutex);
    keys()[connectionOf(db)] = key;
}

/// Derives and checks the key of the passphrase; nullopt when it is wrong.
std::optional<Key> keyFor(Database &db, const QString &passphrase)
{
    const auto salt = setting(db, kSalt);
    const auto check = setting(db, kCheck);
    if (!salt || !check)
        return std::nullopt;
    const Key key = derive(
        passphrase, QByteArray::fromBase64(salt->toLatin1()),
        setting(db, kOps).value_or(QString()).toULongLong(),
        static_cast<size_t>(setting(db, kMem).value_or(QString()).toULongLong()));
    const auto opened = openWith(key, *check, QByteArrayLiteral("check"));
    if (!opened || *opened != kCheckText)
        return std::nullopt;
    return key;
}

/// Re-writes every identity column of every registered table: `transform` turns a stored value
/// into the new stored value.
template<typename Transform>
void rewriteAll(Database &db, Transform transform)
{
    for (const auto &table : IdentityVault::identityColumns()) {
        const QString select = QStringLiteral("SELECT id, %1 FROM %2")
                                   .arg(table.columns.join(QStringLiteral(", ")), table.table);
        Query rows(db, select);
        rows.exec();
        std::vector<std::pair<qint64, QStringList>> values;
        while (rows.next()) {
            QStringList row;
            for (int i = 0; i < table.columns.size(); ++i)
                row << (rows.value(i + 1).isNull() ? QString() : rows.text(i + 1));
            values.emplace_back(rows.integer(0), row);
        }
        QStringList assignments;
        for (const QString &column : table.columns)
            assignments << QStringLiteral("%1 = :%1").arg(column);
        const QString update = QStringLiteral("UPDATE %1 SET %2 WHERE id = :id")
                                   .arg(table.table, assignments.join(QStringLiteral(", ")));
        for (const auto &[id, row] : values) {
            Query q(db, update);
            for (int i = 0; i < table.columns.size(); ++i) {
                const QString &column = table.columns[i];
                if (row[i].isEmpty())
                    q.bind(u':' + column, column == QLatin1String("birth_date")
                                              ? QVariant(QMetaType::fromType<QString>())
                                              : QVariant(QStringLiteral("")));
                else
                    q.bind(u':' + column, transform(row[i], column));
            }
            q.bind(QStringLiteral(":id"), id).exec();
        }
    }
}

/// After sealing: no plain copy may stay in free pages or the log.
void scrub(Database &db)
{
    // On a server, old row versions are the server's to vacuum (autovacuum).
    if (db.isPostgres() || db.path() == QLatin1String(":memory:"))
        return;
    Query::run(db, QStringLiteral("PRAGMA wal_checkpoint(TRUNCATE)"));
    Query::run(db, QStringLiteral("VACUUM"));
    Query::run(db, QStringLiteral("PRAGMA wal_checkpoint(TRUNCATE)"));
}

} // namespace

const std::vector<IdentityVault::Columns> &IdentityVault::identityColumns()
{
    static const std::vector<Columns> all{
        {QStringLiteral("case_audit_case"),
         {QStringLiteral("name"), QStringLiteral("nik"), QStringLiteral("birth_date"),
          QStringLiteral("parents_or_partner")}},
        {QStringLiteral("measurement_child_identity"),
         {QStringLiteral("name"), QStringLiteral("nik"), QStringLiteral("parents"),
          QStringLiteral("address")}},
    };
    return all;
}

IdentityVault::IdentityVault(Database &db)
    : m_db(db)
{
}

bool IdentityVault::isProtected() const
{
    return setting(m_db, kCheck).has_value();
}

bool IdentityVault::isUnlocked() const
{
    return !isProtected() || heldKey(m_db).has_value();
}

QString IdentityVault::lockedMessage()
{
    return QCoreApplication::translate("IdentityVault",
                                       "The identities of this workspace are protected by a "
                                       "passphrase. Enter it to see or change an identity.");
}

void IdentityVault::unlock(const QString &passphrase)
{
    if (!isProtected())
        return;
    const auto key = keyFor(m_db, passphrase);
    if (!key) {
        qCInfo(lcStorage) << "identity vault: wrong passphrase";
        invalid(QCoreApplication::translate("IdentityVault", "The passphrase is not right."));
    }
    holdKey(m_db, *key);
}

void IdentityVault::lock()
{
    const QMutexLocker lock(&g_keysMutex);
    const auto it = keys().find(connectionOf(m_db));
    if (it != keys().end()) {
        sodium_memzero(it->second.data(), it->second.size());
        keys().erase(it);
    }
}

void IdentityVault::shareKeyWith(Database &other) const
{
    if (const auto key = heldKey(m_db))
        holdKey(other, *key);
}

void IdentityVault::setPassphrase(const QString &passphrase)
{
    if (passphrase.size() < kMinPassphraseLength)
        invalid(QCoreApplication::translate("IdentityVault",
                                            "The passphrase needs at least %1 characters.")
                    .arg(kMinPassphraseLength));
    {
        Transaction transaction(m_db);
        if (isProtected())
            invalid(QCoreApplication::translate("IdentityVault",
                                                "This workspace already has a passphrase; change "
                                                "it instead."));
        ensureSodium();
        QByteArray salt(crypto_pwhash_SALTBYTES, Qt::Uninitialized);
        randombytes_buf(salt.data(), static_cast<size_t>(salt.size()));
        const unsigned long long ops = crypto_pwhash_OPSLIMIT_INTERACTIVE;
        const size_t mem = crypto_pwhash_MEMLIMIT_INTERACTIVE;
        const Key key = derive(passphrase, salt, ops, mem);
        if (!m_db.isPostgres())
            Query::run(m_db, QStringLiteral("PRAGMA secure_delete = ON"));
        rewriteAll(m_db, [&key](const QString &stored, const QString &column) {
            return isSealed(stored) ? stored : sealWith(key, stored.toUtf8(), associated(column));
        });
        putSetting(m_db, kSalt, QString::fromLatin1(salt.toBase64()));
        putSetting(m_db, kOps, QString::number(ops));
        putSetting(m_db, kMem, QString::number(mem));
        putSetting(m_db, kCheck, sealWith(key, kCheckText, QByteArrayLiteral("check")));
        transaction.commit();
        holdKey(m_db, key);
    }
    scrub(m_db);
    qCInfo(lcStorage) << "identity vault: passphrase set, identities sealed";
}

void IdentityVault::changePassphrase(const QString &current, const QString &next)
{
    if (next.size() < kMinPassphraseLength)
        invalid(QCoreApplication::translate("IdentityVault",
                                            "The passphrase needs at least %1 characters.")
                    .arg(kMinPassphraseLength));
    {
        Transaction transaction(m_db);
        const auto oldKey = keyFor(m_db, current);
        if (!oldKey)
            invalid(QCoreApplication::translate("IdentityVault", "The passphrase is not right."));
        QByteArray salt(crypto_pwhash_SALTBYTES, Qt::Uninitialized);
        randombytes_buf(salt.data(), static_cast<size_t>(salt.size()));
        const unsigned long long ops = crypto_pwhash_OPSLIMIT_INTERACTIVE;
        const size_t mem = crypto_pwhash_MEMLIMIT_INTERACTIVE;
        const Key key = derive(next, salt, ops, mem);
        if (!m_db.isPostgres())
            Query::run(m_db, QStringLiteral("PRAGMA secure_delete = ON"));
        rewriteAll(m_db, [&](const QString &stored, const QString &column) {
            QByteArray plain = stored.toUtf8();
            if (isSealed(stored)) {
                const auto opened = openWith(*oldKey, stored, associated(column));
                if (!opened)
                    throw StorageError(StorageError::Kind::Damaged,
                                       QCoreApplication::translate(
                                           "IdentityVault",
                                           "An identity could not be read with the current "
                                           "passphrase; nothing was changed."));
                plain = *opened;
            }
            return sealWith(key, plain, associated(column));
        });
        putSetting(m_db, kSalt, QString::fromLatin1(salt.toBase64()));
        putSetting(m_db, kOps, QString::number(ops));
        putSetting(m_db, kMem, QString::number(mem));
        putSetting(m_db, kCheck, sealWith(key, kCheckText, QByteArrayLiteral("check")));
        transaction.commit();
        holdKey(m_db, key);
    }
    scrub(m_db);
    qCInfo(lcStorage) << "identity vault: passphrase changed, identities re-sealed";
}

QString IdentityVault::seal(const QString &plain, const QString &column) const
{
    if (plain.isEmpty())
        return plain;
    // A key is held only for a protected workspace: then no statement is needed to know it.
    const auto key = heldKey(m_db);
    if (!key) {
        if (!isProtected())
            return plain;
        invalid(lockedMessage());
    }
    return sealWith(*key, plain.toUtf8(), associated(column));
}

QString IdentityVault::open(const QString &stored, const QString &column) const
{
    if (!isSealed(stored))
        return stored;
    const auto key = heldKey(m_db);
    if (!key)
        invalid(lockedMessage());
    const auto plain = openWith(*key, stored, associated(column));
    if (!plain)
        throw StorageError(StorageError::Kind::Damaged,
                           QCoreApplication::translate("IdentityVault",
                                                       "An identity could not be read: it was "
                                                       "changed outside Konvergensi or is "
                                                       "damaged."));
    return QString::fromUtf8(*plain);
}

bool IdentityVault::isSealed(const QString &stored)
{
    return stored.startsWith(kPrefix);
}

} // namespace konvergensi::storage

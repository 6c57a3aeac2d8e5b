// SPDX-License-Identifier: GPL-3.0-or-later
#include "storage/measurements/round_writer.h"

#include "storage/audit_log.h"
#include "storage/batch_insert.h"
#include "storage/database.h"
#include "storage/identity_vault.h"
#include "storage/logging.h"
#include "storage/measurements/round_tallies.h"
#include "storage/query.h"
#include "storage/sql_dialect.h"
#include "storage/storage_error.h"
#include "storage/transaction.h"

#include <QCoreApplication>
#include <QHash>
#include <QJsonObject>

#include <sodium.h>

#include <array>
#include <set>
#include <tuple>

namespace konvergensi::storage {

namespace cm = core::measurements;

namespace measurements {

/// Refuses to go on over a round that already holds children, unless it is to be replaced.
void refuseHeld(const std::optional<MeasurementRound> &held, bool replace)
{
    if (held && !replace)
        throw StorageError(StorageError::Kind::Conflict,
                           QCoreApplication::translate(
                               "Measurements", "The round %1 already holds %2 measured children; "
                                               "import with replace to replace it whole.")
                               .arg(held->period)
                               .arg(held->children));
}

void deleteOrphanChildren(Database &db)
{
    Query(db, QStringLiteral("DELETE FROM measurement_child WHERE id NOT IN (SELECT child_id "
                             "FROM measurement)"))
        .exec();
}

} // namespace measurements

using measurements::deleteOrphanChildren;
using measurements::refuseHeld;

namespace {

QVariant number(double value)
{
    return core::anthro::isMissing(value) ? QVariant() : QVariant(value);
}

/// Text for a NOT NULL column: a null QString would be bound as NULL.
QString text(const QString &value)
{
    return value.isNull() ? QStringLiteral("") : value;
}

const QString kKeySecret = QStringLiteral("measurements.key_secret");
const QString kHashPrefix = QStringLiteral("h1:");

/// The workspace's secret for the child keys: 32 random bytes made on first use.
QByteArray keySecret(Database &db)
{
    Query read(db, QStringLiteral("SELECT text_value FROM workspace_setting WHERE key = :k"));
    read.bind(QStringLiteral(":k"), kKeySecret).exec();
    if (read.next())
        return QByteArray::fromBase64(read.text(0).toLatin1());
    if (sodium_init() < 0)
        qFatal("libsodium cannot be initialised");
    QByteArray secret(crypto_generichash_KEYBYTES, Qt::Uninitialized);
    randombytes_buf(secret.data(), static_cast<size_t>(secret.size()));
    Query(db, QStringLiteral("INSERT INTO workspace_setting (key, text_value, created_at, "
                             "created_by, updated_at, updated_by) VALUES (:k, :v, :now, :who, "
                             ":now, :who)"))
        .bind(QStringLiteral(":k"), kKeySecret)
        .bind(QStringLiteral(":v"), QString::fromLatin1(secret.toBase64()))
        .bind(QStringLiteral(":now"), db.nowText())
        .bind(QStringLiteral(":who"), db.actor())
        .exec();
    return secret;
}

/// A child key as stored: a keyed BLAKE2b hash, so the file holds no name or NIK in it.
QString hashedKey(const QByteArray &secret, const QString &plain)
{
    if (plain.isEmpty() || plain.startsWith(kHashPrefix))
        return plain;
    const QByteArray bytes = plain.toUtf8();
    std::array<unsigned char, crypto_generichash_BYTES> hash{};
    crypto_generichash(hash.data(), hash.size(),
                       reinterpret_cast<const unsigned char *>(bytes.constData()),
                       static_cast<unsigned long long>(bytes.size()),
                       reinterpret_cast<const unsigned char *>(secret.constData()),
                       static_cast<size_t>(secret.size()));
    return kHashPrefix
           + QString::fromLatin1(
               QByteArray(reinterpret_cast<const char *>(hash.data()), hash.size()).toHex());
}

/// Keys written before version 13 were plain: hashed now.
void hashPlainKeys(Database &db, const QByteArray &secret)
{
    Query plain(db, QStringLiteral("SELECT id, name_key, nik_key FROM measurement_child WHERE "
                                   "name_key NOT LIKE 'h1:%' OR nik_key NOT LIKE 'h1:%'"));
    plain.exec();
    std::vector<std::tuple<qint64, QString, QVariant>> rows;
    while (plain.next())
        rows.emplace_back(plain.integer(0), plain.text(1), plain.value(2));
    Query update(db, QStringLiteral("UPDATE measurement_child SET name_key = :k, nik_key = :nik "
                                    "WHERE id = :id"));
    for (const auto &[id, nameKey, nikKey] : rows)
        update.bind(QStringLiteral(":k"), hashedKey(secret, nameKey))
            .bind(QStringLiteral(":nik"),
                  nikKey.isNull() ? QVariant() : QVariant(hashedKey(secret, nikKey.toString())))
            .bind(QStringLiteral(":id"), id)
            .exec();
}

/// The keys of every stored child, read once for an import: finds a child by its NIK key,
/// else by its name key (the lowest id, as "ORDER BY id LIMIT 1" would), and follows what
/// the import writes.
class ChildKeys
{
public:
    explicit ChildKeys(Database &db)
    {
        Query query(db, QStringLiteral("SELECT id, name_key, nik_key FROM measurement_child"));
        query.exec();
        while (query.next())
            wrote(query.integer(0), query.text(1), query.text(2));
    }

    /// The child of these keys, 0 when none.
    qint64 find(const QString &nikKey, const QString &nameKey) const
    {
        if (!nikKey.isEmpty())
            if (const auto it = m_byNik.constFind(nikKey); it != m_byNik.cend())
                return it.value();
        const auto it = m_byName.constFind(nameKey);
        return it == m_byName.cend() || it->empty() ? 0 : *it->begin();
    }
    bool nikHeldByOther(const QString &nikKey, qint64 childId) const
    {
        const auto it = m_byNik.constFind(nikKey);
        return it != m_byNik.cend() && it.value() != childId;
    }
    /// The child now has this name key, and this NIK key when not empty (an empty one keeps
    /// the NIK key it had: coalesce(:nik, nik_key)).
    void wrote(qint64 id, const QString &nameKey, const QString &nikKey)
    {
        auto &held = m_keysOf[id];
        if (!held.first.isEmpty() && held.first != nameKey) {
            auto it = m_byName.find(held.first);
            if (it != m_byName.end()) {
                it->erase(id);
                if (it->empty())
                    m_byName.erase(it);
            }
        }
        held.first = nameKey;
        m_byName[nameKey].insert(id);
        if (!nikKey.isEmpty()) {
            if (!held.second.isEmpty() && held.second != nikKey && m_byNik.value(held.second) == id)
                m_byNik.remove(held.second);
            held.second = nikKey;
            m_byNik.insert(nikKey, id);
        }
    }

private:
    QHash<QString, std::set<qint64>> m_byName; ///< name key -> children (the first wins)
    QHash<QString, qint64> m_byNik;
    QHash<qint64, std::pair<QString, QString>> m_keysOf; ///< id -> (name key, NIK key)
};

/// The period a round being written holds until finish() gives it its own (a transaction
/// sees it; no other connection ever does).
const QString kPeriodBeingWritten = QStringLiteral("0000-00");

} // namespace

struct RoundWriter::State
{
    State(Database &workspace, bool inventedChildren)
        : db(workspace)
        , transaction(workspace)
        , now(workspace.nowText())
        , actor(workspace.actor())
        , vault(workspace)
        , invented(inventedChildren)
    {
    }

    Database &db;
    Transaction transaction;
    const QString now;
    const QString actor;
    const IdentityVault vault;
    const bool invented;
    bool sealing = false;
    QByteArray secret;
    qint64 roundId = 0;
    std::optional<ChildKeys> keys;
    std::optional<sql::NewIds> newChildIds;
    std::optional<BatchInsert> upsertChild;
    std::optional<BatchInsert> upsertIdentity;
    std::optional<BatchInsert> insertMeasurement;
    std::vector<qint64> childIds;
    int written = 0;
};

RoundWriter::RoundWriter(Database &db, bool invented)
    : m_state(std::make_unique<State>(db, invented))
{
    State &s = *m_state;
    if (!s.vault.isUnlocked())
        throw StorageError(StorageError::Kind::Invalid, IdentityVault::lockedMessage());
    // Sealing asks the workspace whether it is protected; that cannot change in here.
    s.sealing = s.vault.isProtected();
    s.secret = keySecret(db);
    hashPlainKeys(db, s.secret);

    Query insertRound(
        db, QStringLiteral("INSERT INTO measurement_round (period, rows_read, invented, "
                           "created_at, created_by, updated_at, updated_by) VALUES (:p, 0, :i, "
                           ":at, :by, :at, :by)"));
    insertRound.bind(QStringLiteral(":p"), kPeriodBeingWritten)
        .bind(QStringLiteral(":i"), invented ? 1 : 0)
        .bind(QStringLiteral(":at"), s.now)
        .bind(QStringLiteral(":by"), s.actor)
        .exec();
    s.roundId = insertRound.lastInsertId().toLongLong();

    // A child is found by its full NIK, else by name + birth date + desa (a NIK that Excel
    // mangled in one round or censored in another still finds the child by name). The keys
    // of every child are read once (ChildKeys), not looked up row by row.
    s.keys.emplace(db);
    // Children, identities and measurements all go in statements of many rows (BatchInsert):
    // a new child gets its id up front (sql::NewIds), a known one is updated by the same
    // upsert (its NIK key kept when the row has none: coalesce).
    s.newChildIds.emplace(db, QStringLiteral("measurement_child"));
    s.upsertChild.emplace(
        db,
        QStringLiteral("INSERT INTO measurement_child (id, name_key, nik_key, initials, sex, "
                       "birth_date, desa_code, invented, created_at, created_by, updated_at, "
                       "updated_by)"),
        12,
        QStringLiteral("ON CONFLICT (id) DO UPDATE SET name_key = excluded.name_key, nik_key = "
                       "coalesce(excluded.nik_key, measurement_child.nik_key), initials = "
                       "excluded.initials, sex = excluded.sex, birth_date = excluded.birth_date, "
                       "desa_code = excluded.desa_code, invented = excluded.invented, "
                       "updated_at = excluded.updated_at, updated_by = excluded.updated_by, "
                       "row_version = measurement_child.row_version + 1"));
    s.upsertIdentity.emplace(
        db,
        QStringLiteral("INSERT INTO measurement_child_identity (id, name, nik, parents, address, "
                       "updated_at, updated_by)"),
        7,
        QStringLiteral("ON CONFLICT (id) DO UPDATE SET name = excluded.name, nik = excluded.nik, "
                       "parents = excluded.parents, address = excluded.address, updated_at = "
                       "excluded.updated_at, updated_by = excluded.updated_by"));
    s.insertMeasurement.emplace(
        db,
        QStringLiteral("INSERT INTO measurement (round_id, child_id, file_row, desa_code, "
                       "puskesmas, posyandu, measure_date, age_days, weight, lenhei, measure, "
                       "zlen, flen, zwei, fwei, zwfl, fwfl, typed_zlen, typed_zwei, typed_zwfl)"),
        20);
}

RoundWriter::~RoundWriter() = default;

void RoundWriter::add(std::span<const NewMeasurement> measurements,
                      const std::function<void(int written)> &step)
{
    State &s = *m_state;
    const auto seal = [&s](const QString &plain, const QString &column) {
        return text(s.sealing ? s.vault.seal(plain, column) : plain);
    };
    // A hundred rows at a time: their children first (written before anything refers to
    // them), then their identities and measurements.
    constexpr std::size_t kChunk = 100;
    const std::size_t count = measurements.size();
    s.childIds.resize(kChunk);
    for (std::size_t first = 0; first < count; first += kChunk) {
        const std::size_t last = std::min(count, first + kChunk);
        for (std::size_t i = first; i < last; ++i) {
            if (step && s.written % 500 == 0)
                step(s.written);
            ++s.written;
            const NewMeasurement &m = measurements[i];
            const QString nikKey = hashedKey(s.secret, QString::fromStdString(m.nikKey));
            const QString nameKey = hashedKey(s.secret, QString::fromStdString(m.nameKey));
            qint64 childId = s.keys->find(nikKey, nameKey);
            // Another child already holds this NIK (a NIK mangled by Excel): keep the first.
            const bool nikFree = !nikKey.isEmpty() && !s.keys->nikHeldByOther(nikKey, childId);
            if (!childId)
                childId = s.newChildIds->next();
            s.upsertChild->add({childId, nameKey, nikFree ? QVariant(nikKey) : QVariant(),
                                text(m.initials), m.sex, m.birthDate, m.villageCode,
                                s.invented ? 1 : 0, s.now, s.actor, s.now, s.actor},
                               childId);
            s.keys->wrote(childId, nameKey, nikFree ? nikKey : QString());
            s.childIds[i - first] = childId;
        }
        s.upsertChild->flush();
        for (std::size_t i = first; i < last; ++i) {
            const NewMeasurement &m = measurements[i];
            const qint64 childId = s.childIds[i - first];
            s.upsertIdentity->add({childId, seal(m.name, QStringLiteral("name")),
                                   seal(m.nik, QStringLiteral("nik")),
                                   seal(m.parents, QStringLiteral("parents")),
                                   seal(m.address, QStringLiteral("address")), s.now, s.actor},
                                  childId);
            s.insertMeasurement->add({s.roundId,
                                      childId,
                                      m.fileRow,
                                      m.villageCode,
                                      text(m.puskesmas),
                                      text(m.posyandu),
                                      m.measureDate,
                                      m.ageDays,
                                      number(m.weight),
                                      number(m.lenhei),
                                      text(m.measure),
                                      number(m.judgement.zlen),
                                      m.judgement.flen,
                                      number(m.judgement.zwei),
                                      m.judgement.fwei,
                                      number(m.judgement.zwfl),
                                      m.judgement.fwfl,
                                      number(m.typed.zlen),
                                      number(m.typed.zwei),
                                      number(m.typed.zwfl)});
        }
    }
}

qint64 RoundWriter::finish(const RoundToStore &round, bool replace)
{
    State &s = *m_state;
    s.upsertIdentity->flush();
    s.insertMeasurement->flush();

    MeasurementRepository repository(s.db);
    if (const auto held = repository.round(round.period)) {
        refuseHeld(held, replace);
        Query(s.db, QStringLiteral("DELETE FROM measurement_round WHERE id = :id"))
            .bind(QStringLiteral(":id"), held->id)
            .exec();
        // The held round's children who were measured again kept their ids (recognised
        // above); the others go with it.
        deleteOrphanChildren(s.db);
        AuditLog::record(s.db, QStringLiteral("measurement_round"), held->period,
                         AuditLog::Action::Delete,
                         QJsonObject{{QStringLiteral("period"), held->period},
                                     {QStringLiteral("children"), held->children},
                                     {QStringLiteral("skipped"), held->skipped}},
                         {});
    }
    Query(s.db, QStringLiteral("UPDATE measurement_round SET period = :p, extract_date = :e, "
                               "source_file = :f, rows_read = :n WHERE id = :id"))
        .bind(QStringLiteral(":p"), round.period)
        .bind(QStringLiteral(":e"), round.extractDate.isEmpty() ? QVariant() : round.extractDate)
        .bind(QStringLiteral(":f"), text(round.sourceFile))
        .bind(QStringLiteral(":n"), round.rowsRead)
        .bind(QStringLiteral(":id"), s.roundId)
        .exec();

    BatchInsert insertSkip(s.db,
                           QStringLiteral("INSERT INTO measurement_skip (round_id, "
                                          "file_row, desa_code, puskesmas, posyandu, "
                                          "reason)"),
                           6);
    for (const NewSkip &skip : round.skips)
        insertSkip.add({s.roundId, skip.fileRow, skip.villageCode, text(skip.puskesmas),
                        text(skip.posyandu), QString::fromLatin1(cm::skipReasonKey(skip.reason))});
    insertSkip.flush();
    storeRoundTally(s.db, s.roundId, round.measurements);
    AuditLog::record(
        s.db, QStringLiteral("measurement_round"), round.period, AuditLog::Action::Insert, {},
        QJsonObject{{QStringLiteral("period"), round.period},
                    {QStringLiteral("source_file"), round.sourceFile},
                    {QStringLiteral("rows_read"), round.rowsRead},
                    {QStringLiteral("children"), static_cast<int>(round.measurements.size())},
                    {QStringLiteral("skipped"), static_cast<int>(round.skips.size())},
                    {QStringLiteral("invented"), s.invented}});
    s.transaction.commit();
    qCInfo(lcStorage) << "measurement round stored:" << round.period << round.measurements.size()
                      << "measurements" << round.skips.size() << "skipped rows";
    return s.roundId;
}

} // namespace konvergensi::storage

// SPDX-License-Identifier: GPL-3.0-or-later
#include "storage/workspace_repository.h"

#include "storage/audit_log.h"
#include "storage/database.h"
#include "storage/query.h"
#include "storage/transaction.h"

#include <QCryptographicHash>
#include <QJsonObject>

namespace konvergensi::storage {

namespace {

struct TextField
{
    const char *key;
    std::string core::Letterhead::*member;
};

constexpr TextField kLetterheadFields[] = {
    {"district_code", &core::Letterhead::districtCode},
    {"district_name", &core::Letterhead::districtName},
    {"government", &core::Letterhead::government},
    {"agency", &core::Letterhead::agency},
    {"address", &core::Letterhead::address},
    {"contact", &core::Letterhead::contact},
    {"city", &core::Letterhead::city},
    {"signatory_title", &core::Letterhead::signatoryTitle},
    {"signatory_name", &core::Letterhead::signatoryName},
    {"signatory_nip", &core::Letterhead::signatoryNip},
};

const QString kLogoKey = QStringLiteral("logo_png");
const QString kDemoKey = QStringLiteral("demo");

QJsonObject describe(const QVariant &text, const QVariant &blob)
{
    QJsonObject json;
    if (!text.isNull())
        json.insert(QStringLiteral("text"), text.toString());
    if (!blob.isNull()) {
        // Large binary values are logged by size and digest, not by content.
        const QByteArray bytes = blob.toByteArray();
        json.insert(QStringLiteral("bytes"), bytes.size());
        json.insert(QStringLiteral("sha256"),
                    QString::fromLatin1(
                        QCryptographicHash::hash(bytes, QCryptographicHash::Sha256).toHex()));
    }
    return json;
}

} // namespace

WorkspaceRepository::WorkspaceRepository(Database &db)
    : m_db(db)
{
}

std::optional<QString> WorkspaceRepository::text(const QString &key) const
{
    Query query(m_db, QStringLiteral("SELECT text_value FROM workspace_setting WHERE key = :key"));
    query.bind(QStringLiteral(":key"), key).exec();
    if (!query.next() || query.value(0).isNull())
        return std::nullopt;
    return query.text(0);
}

QByteArray WorkspaceRepository::blob(const QString &key) const
{
    Query query(m_db, QStringLiteral("SELECT blob_value FROM workspace_setting WHERE key = :key"));
    query.bind(QStringLiteral(":key"), key).exec();
    return query.next() ? query.value(0).toByteArray() : QByteArray();
}

void WorkspaceRepository::setText(const QString &key, const QString &value)
{
    write(key, value, QVariant(QMetaType::fromType<QByteArray>()));
}

void WorkspaceRepository::setBlob(const QString &key, const QByteArray &value)
{
    write(key, QVariant(QMetaType::fromType<QString>()),
          value.isEmpty() ? QVariant(QMetaType::fromType<QByteArray>()) : QVariant(value));
}

void WorkspaceRepository::write(const QString &key, const QVariant &text, const QVariant &blob)
{
    Transaction transaction(m_db);
    Query existing(m_db, QStringLiteral("SELECT text_value, blob_value FROM workspace_setting "
                                        "WHERE key = :key"));
    existing.bind(QStringLiteral(":key"), key).exec();
    const bool found = existing.next();
    if (found) {
        const QVariant oldText = existing.value(0);
        const QVariant oldBlob = existing.value(1);
        if (oldText.toString() == text.toString() && oldText.isNull() == text.isNull()
            && oldBlob.toByteArray() == blob.toByteArray()) {
            return; // nothing changed: no write, no audit entry
        }
        Query(m_db, QStringLiteral("UPDATE workspace_setting SET text_value = :text, blob_value = "
                                   ":blob, updated_at = :now, updated_by = :actor, row_version = "
                                   "row_version + 1 WHERE key = :key"))
            .bind(QStringLiteral(":text"), text)
            .bind(QStringLiteral(":blob"), blob)
            .bind(QStringLiteral(":now"), m_db.nowText())
            .bind(QStringLiteral(":actor"), m_db.actor())
            .bind(QStringLiteral(":key"), key)
            .exec();
        AuditLog::record(m_db, QStringLiteral("workspace_setting"), key, AuditLog::Action::Update,
                         describe(oldText, oldBlob), describe(text, blob));
    } else {
        Query(m_db, QStringLiteral("INSERT INTO workspace_setting (key, text_value, blob_value, "
                                   "created_at, created_by, updated_at, updated_by) VALUES (:key, "
                                   ":text, :blob, :now, :actor, :now, :actor)"))
            .bind(QStringLiteral(":key"), key)
            .bind(QStringLiteral(":text"), text)
            .bind(QStringLiteral(":blob"), blob)
            .bind(QStringLiteral(":now"), m_db.nowText())
            .bind(QStringLiteral(":actor"), m_db.actor())
            .exec();
        AuditLog::record(m_db, QStringLiteral("workspace_setting"), key, AuditLog::Action::Insert,
                         {}, describe(text, blob));
    }
    transaction.commit();
}

core::Letterhead WorkspaceRepository::letterhead() const
{
    core::Letterhead letterhead;
    for (const auto &field : kLetterheadFields)
        letterhead
            .*field.member = text(QString::fromLatin1(field.key)).value_or(QString()).toStdString();
    const QByteArray logo = blob(kLogoKey);
    letterhead.logoPng.assign(logo.begin(), logo.end());
    return letterhead;
}

void WorkspaceRepository::saveLetterhead(const core::Letterhead &letterhead)
{
    Transaction transaction(m_db);
    for (const auto &field : kLetterheadFields)
        setText(QString::fromLatin1(field.key), QString::fromStdString(letterhead.*field.member));
    setBlob(kLogoKey, QByteArray(reinterpret_cast<const char *>(letterhead.logoPng.data()),
                                 static_cast<qsizetype>(letterhead.logoPng.size())));
    transaction.commit();
}

bool WorkspaceRepository::isDemo() const
{
    return text(kDemoKey).value_or(QString()) == QLatin1String("1");
}

void WorkspaceRepository::setDemo(bool demo)
{
    setText(kDemoKey, demo ? QStringLiteral("1") : QStringLiteral("0"));
}

} // namespace konvergensi::storage

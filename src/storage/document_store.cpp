// SPDX-License-Identifier: GPL-3.0-or-later
#include "storage/document_store.h"

#include "storage/audit_log.h"
#include "storage/database.h"
#include "storage/output_file.h"
#include "storage/query.h"
#include "storage/storage_error.h"
#include "storage/transaction.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonObject>
#include <QLocale>
#include <QMimeDatabase>
#include <QStandardPaths>

namespace konvergensi::storage {

namespace {

const QString kColumns = QStringLiteral("SELECT id, owner_type, owner_id, kind, file_name, "
                                        "mime_type, size, sha256, created_at, created_by "
                                        "FROM document");

StoredDocument readDocument(const Query &query)
{
    StoredDocument document;
    document.id = query.integer(0);
    document.ownerType = query.text(1);
    document.ownerId = query.integer(2);
    document.kind = query.text(3);
    document.fileName = query.text(4);
    document.mimeType = query.text(5);
    document.size = query.integer(6);
    document.sha256 = query.text(7);
    document.addedAt = query.text(8);
    document.addedBy = query.text(9);
    return document;
}

QJsonObject toJson(const StoredDocument &document)
{
    // Name, size and digest identify the file; the content never goes into the log.
    return {{QStringLiteral("owner_type"), document.ownerType},
            {QStringLiteral("owner_id"), static_cast<qint64>(document.ownerId)},
            {QStringLiteral("kind"), document.kind},
            {QStringLiteral("file_name"), document.fileName},
            {QStringLiteral("size"), document.size},
            {QStringLiteral("sha256"), document.sha256}};
}

void requireAcceptableSize(const QString &fileName, qint64 size)
{
    if (size <= 0)
        throw StorageError(
            StorageError::Kind::Invalid,
            QCoreApplication::translate("Storage", "The file %1 is empty.").arg(fileName));
    if (size > DocumentStore::kMaxBytes)
        throw StorageError(
            StorageError::Kind::Invalid,
            QCoreApplication::translate("Storage",
                                        "The file %1 is %2 MB; a workspace keeps files of at "
                                        "most %3 MB. Make it smaller (for example, scan at a "
                                        "lower resolution) and attach it again.")
                .arg(fileName,
                     QLocale().toString(static_cast<double>(size) / (1024.0 * 1024.0), 'f', 1))
                .arg(DocumentStore::kMaxBytes / (1024 * 1024)));
}

} // namespace

DocumentStore::DocumentStore(Database &db)
    : m_db(db)
{
}

StoredDocument DocumentStore::add(const QString &ownerType, std::int64_t ownerId,
                                  const QString &kind, const QString &fileName,
                                  const QByteArray &content)
{
    requireAcceptableSize(fileName, content.size());

    StoredDocument document;
    document.ownerType = ownerType;
    document.ownerId = ownerId;
    document.kind = kind.isNull() ? QStringLiteral("") : kind; // a null QString binds as NULL
    document.fileName = safeFileName(fileName);
    document.mimeType = QMimeDatabase().mimeTypeForFileNameAndData(fileName, content).name();
    document.size = content.size();
    document.sha256 = QString::fromLatin1(
        QCryptographicHash::hash(content, QCryptographicHash::Sha256).toHex());
    document.addedAt = m_db.nowText();
    document.addedBy = m_db.actor();

    Transaction transaction(m_db);
    Query insert(m_db, QStringLiteral("INSERT INTO document (owner_type, owner_id, kind, "
                                      "file_name, mime_type, size, sha256, content, created_at, "
                                      "created_by, updated_at, updated_by) VALUES (:type, :owner, "
                                      ":kind, :name, :mime, :size, :sha, :content, :now, :actor, "
                                      ":now, :actor)"));
    insert.bind(QStringLiteral(":type"), document.ownerType)
        .bind(QStringLiteral(":owner"), QVariant::fromValue(static_cast<qint64>(ownerId)))
        .bind(QStringLiteral(":kind"), document.kind)
        .bind(QStringLiteral(":name"), document.fileName)
        .bind(QStringLiteral(":mime"), document.mimeType)
        .bind(QStringLiteral(":size"), document.size)
        .bind(QStringLiteral(":sha"), document.sha256)
        .bind(QStringLiteral(":content"), content)
        .bind(QStringLiteral(":now"), document.addedAt)
        .bind(QStringLiteral(":actor"), document.addedBy)
        .exec();
    document.id = insert.lastInsertId().toLongLong();
    AuditLog::record(m_db, QStringLiteral("document"), QString::number(document.id),
                     AuditLog::Action::Insert, {}, toJson(document));
    transaction.commit();
    return document;
}

StoredDocument DocumentStore::addFile(const QString &ownerType, std::int64_t ownerId,
                                      const QString &kind, const QString &path)
{
    QFile file(path);
    const QFileInfo info(path);
    if (info.exists())
        requireAcceptableSize(info.fileName(), info.size()); // before reading a huge file
    if (!file.open(QIODevice::ReadOnly))
        throw StorageError(StorageError::Kind::Invalid,
                           QCoreApplication::translate("Storage", "The file %1 cannot be read: %2")
                               .arg(QDir::toNativeSeparators(path), file.errorString()));
    return add(ownerType, ownerId, kind, info.fileName(), file.readAll());
}

std::vector<StoredDocument> DocumentStore::list(const QString &ownerType,
                                                std::int64_t ownerId) const
{
    Query query(m_db, kColumns
                          + QStringLiteral(" WHERE owner_type = :type AND owner_id = :owner "
                                           "ORDER BY id"));
    query.bind(QStringLiteral(":type"), ownerType)
        .bind(QStringLiteral(":owner"), QVariant::fromValue(static_cast<qint64>(ownerId)))
        .exec();
    std::vector<StoredDocument> out;
    while (query.next())
        out.push_back(readDocument(query));
    return out;
}

std::optional<StoredDocument> DocumentStore::find(std::int64_t id) const
{
    Query query(m_db, kColumns + QStringLiteral(" WHERE id = :id"));
    query.bind(QStringLiteral(":id"), QVariant::fromValue(static_cast<qint64>(id))).exec();
    if (!query.next())
        return std::nullopt;
    return readDocument(query);
}

QByteArray DocumentStore::content(std::int64_t id) const
{
    Query query(m_db, QStringLiteral("SELECT content FROM document WHERE id = :id"));
    query.bind(QStringLiteral(":id"), QVariant::fromValue(static_cast<qint64>(id))).exec();
    if (!query.next())
        throw StorageError(
            StorageError::Kind::NotFound,
            QCoreApplication::translate("Storage", "The document no longer exists."));
    return query.value(0).toByteArray();
}

QString DocumentStore::safeFileName(const QString &storedName)
{
    // A name read from a workspace is hostile: only its last component, without control,
    // format (bidi, zero-width) or path characters, and never "." or "..".
    QString name = storedName;
    name.replace(u'\\', u'/');
    name = name.section(u'/', -1);
    QString clean;
    for (const QChar c : std::as_const(name)) {
        const auto category = c.category();
        if (c.unicode() < 0x20 || c.unicode() == 0x7F || category == QChar::Other_Control
            || category == QChar::Other_Format || c == u':')
            continue;
        clean.append(c);
    }
    clean = clean.trimmed();
    while (clean.startsWith(u'.'))
        clean.remove(0, 1);
    if (clean.size() > 120)
        clean = clean.left(60) + clean.right(60);
    if (clean.isEmpty())
        clean = QStringLiteral("dokumen");
    return clean;
}

QString DocumentStore::exportToTemporaryFile(std::int64_t id) const
{
    const auto document = find(id);
    if (!document)
        throw StorageError(
            StorageError::Kind::NotFound,
            QCoreApplication::translate("Storage", "The document no longer exists."));
    // A private folder made fresh for this run (mode 0700, removed at exit): nothing can be
    // planted in it beforehand, and no one else can read what is opened.
    const QDir base(privateTemporaryFolder());
    const QString sub = QString::number(id);
    if (!base.exists(sub)
        && !base.mkdir(sub,
                       QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner))
        throw StorageError(StorageError::Kind::CannotOpen,
                           QCoreApplication::translate("Storage",
                                                       "The document could not be written to the "
                                                       "temporary folder."));
    const QString path = QDir(base.filePath(sub)).filePath(safeFileName(document->fileName));
    writeFileAtomically(path, content(id));
    QFile::setPermissions(path, QFileDevice::ReadOwner | QFileDevice::WriteOwner);
    return path;
}

void DocumentStore::remove(std::int64_t id)
{
    Transaction transaction(m_db);
    const auto before = find(id);
    if (!before)
        throw StorageError(
            StorageError::Kind::NotFound,
            QCoreApplication::translate("Storage", "The document no longer exists."));
    Query(m_db, QStringLiteral("DELETE FROM document WHERE id = :id"))
        .bind(QStringLiteral(":id"), QVariant::fromValue(static_cast<qint64>(id)))
        .exec();
    AuditLog::record(m_db, QStringLiteral("document"), QString::number(id),
                     AuditLog::Action::Delete, toJson(*before), {});
    transaction.commit();
}

void DocumentStore::removeAll(const QString &ownerType, std::int64_t ownerId)
{
    Transaction transaction(m_db);
    for (const StoredDocument &document : list(ownerType, ownerId))
        remove(document.id);
    transaction.commit();
}

} // namespace konvergensi::storage

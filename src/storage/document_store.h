// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QString>

#include <cstdint>
#include <optional>
#include <vector>

namespace konvergensi::storage {

class Database;

/// A file kept inside the workspace (invitation, attendance scan, minutes, photo, decree,
/// evidence of an action). The content lives in the database, so a workspace file is
/// complete on its own.
struct StoredDocument
{
    std::int64_t id = 0;
    QString ownerType; ///< what it belongs to: "meeting", "action_output", "locus_year", ...
    std::int64_t ownerId = 0;
    QString kind;     ///< the owner's own category: "invitation", "minutes", "photo", ...
    QString fileName; ///< as uploaded: "undangan-rakor.pdf"
    QString mimeType; ///< "application/pdf"
    qint64 size = 0;  ///< bytes
    QString sha256;   ///< hex digest of the content
    QString addedAt;  ///< ISO date-time
    QString addedBy;
};

/// Stores and returns attachments. Every add and remove is in the audit log (name, size and
/// digest, never the content).
class DocumentStore
{
public:
    /// The largest file kept: 25 MiB. Larger files are refused with a clear message.
    static constexpr qint64 kMaxBytes = 25LL * 1024 * 1024;

    explicit DocumentStore(Database &db);

    /// Adds a file's bytes; throws StorageError (Kind::Invalid) when empty or too large.
    StoredDocument add(const QString &ownerType, std::int64_t ownerId, const QString &kind,
                       const QString &fileName, const QByteArray &content);
    /// Reads the file at `path` and adds it (the name is the path's file name).
    StoredDocument addFile(const QString &ownerType, std::int64_t ownerId, const QString &kind,
                           const QString &path);
    /// Documents of one owner, oldest first (no content).
    std::vector<StoredDocument> list(const QString &ownerType, std::int64_t ownerId) const;
    std::optional<StoredDocument> find(std::int64_t id) const;
    /// The content; throws StorageError (Kind::NotFound) when gone.
    QByteArray content(std::int64_t id) const;
    /// Writes the content to a file named like the original (for opening with the system
    /// viewer) in the program's private temporary folder (mode 0700, removed at exit) and
    /// returns its path. The stored name is cleaned first (safeFileName).
    QString exportToTemporaryFile(std::int64_t id) const;
    /// A stored file name made safe to write: its last path component only, without control,
    /// bidi or zero-width characters, leading dots or ':'; "dokumen" when nothing is left.
    static QString safeFileName(const QString &storedName);
    void remove(std::int64_t id);
    /// Removes every document of an owner (when the owner is deleted).
    void removeAll(const QString &ownerType, std::int64_t ownerId);

private:
    Database &m_db;
};

} // namespace konvergensi::storage

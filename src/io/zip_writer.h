// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// A zip archive written in memory: the container of an OpenDocument file. Entries are
// written in the order they are added, either stored (no compression, as the "mimetype" of
// an OpenDocument package must be) or deflated; no extra fields, no data descriptors.

#include <QByteArray>
#include <QString>

#include <vector>

namespace konvergensi::io {

class ZipWriter
{
public:
    enum class Method { Stored, Deflated };
    void add(const QString &name, const QByteArray &data, Method method = Method::Deflated);
    /// The whole archive.
    QByteArray finish() const;

private:
    struct Entry
    {
        QByteArray name;
        QByteArray stored; ///< the bytes as written (compressed or not)
        quint32 crc = 0;
        quint32 size = 0;
        Method method = Method::Deflated;
    };
    std::vector<Entry> m_entries;
};

/// The CRC-32 of zip archives (polynomial 0xEDB88320).
quint32 zipCrc32(const QByteArray &data);

} // namespace konvergensi::io

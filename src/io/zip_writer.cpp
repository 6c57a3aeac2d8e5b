// SPDX-License-Identifier: GPL-3.0-or-later
#include "io/zip_writer.h"

#include <QtEndian>

#include <array>

namespace konvergensi::io {

namespace {

void put16(QByteArray &out, quint16 value)
{
    const quint16 le = qToLittleEndian(value);
    out.append(reinterpret_cast<const char *>(&le), 2);
}

void put32(QByteArray &out, quint32 value)
{
    const quint32 le = qToLittleEndian(value);
    out.append(reinterpret_cast<const char *>(&le), 4);
}

/// Raw deflate data from qCompress: it gives a 4-byte length, a 2-byte zlib header, the
/// deflate stream and a 4-byte Adler-32; zip wants the deflate stream alone.
QByteArray rawDeflate(const QByteArray &data)
{
    const QByteArray zlib = qCompress(data, 9);
    return zlib.mid(6, zlib.size() - 6 - 4);
}

// 1 January 1980, 00:00 in MS-DOS form: the archive is the same whenever it is written.
constexpr quint16 kDosTime = 0;
constexpr quint16 kDosDate = (0 << 9) | (1 << 5) | 1;

} // namespace

quint32 zipCrc32(const QByteArray &data)
{
    static const std::array<quint32, 256> table = [] {
        std::array<quint32, 256> t{};
        for (quint32 i = 0; i < 256; ++i) {
            quint32 c = i;
            for (int k = 0; k < 8; ++k)
                c = (c & 1) ? 0xEDB88320u ^ (c >> 1) : c >> 1;
            t[i] = c;
        }
        return t;
    }();
    quint32 crc = 0xFFFFFFFFu;
    for (const char byte : data)
        crc = table[(crc ^ static_cast<quint8>(byte)) & 0xFF] ^ (crc >> 8);
    return crc ^ 0xFFFFFFFFu;
}

void ZipWriter::add(const QString &name, const QByteArray &data, Method method)
{
    Entry entry;
    entry.name = name.toUtf8();
    entry.crc = zipCrc32(data);
    entry.size = static_cast<quint32>(data.size());
    entry.method = data.isEmpty() ? Method::Stored : method;
    entry.stored = entry.method == Method::Stored ? data : rawDeflate(data);
    m_entries.push_back(std::move(entry));
}

QByteArray ZipWriter::finish() const
{
    QByteArray out;
    QByteArray central;
    for (const Entry &entry : m_entries) {
        const auto offset = static_cast<quint32>(out.size());
        const quint16 method = entry.method == Method::Stored ? 0 : 8;
        const quint16 flags = 0x0800; // names in UTF-8
        put32(out, 0x04034b50);
        put16(out, 20);
        put16(out, flags);
        put16(out, method);
        put16(out, kDosTime);
        put16(out, kDosDate);
        put32(out, entry.crc);
        put32(out, static_cast<quint32>(entry.stored.size()));
        put32(out, entry.size);
        put16(out, static_cast<quint16>(entry.name.size()));
        put16(out, 0);
        out.append(entry.name);
        out.append(entry.stored);

        put32(central, 0x02014b50);
        put16(central, 20);
        put16(central, 20);
        put16(central, flags);
        put16(central, method);
        put16(central, kDosTime);
        put16(central, kDosDate);
        put32(central, entry.crc);
        put32(central, static_cast<quint32>(entry.stored.size()));
        put32(central, entry.size);
        put16(central, static_cast<quint16>(entry.name.size()));
        put16(central, 0); // extra
        put16(central, 0); // comment
        put16(central, 0); // disk
        put16(central, 0); // internal attributes
        put32(central, 0); // external attributes
        put32(central, offset);
        central.append(entry.name);
    }
    const auto centralOffset = static_cast<quint32>(out.size());
    out.append(central);
    put32(out, 0x06054b50);
    put16(out, 0);
    put16(out, 0);
    put16(out, static_cast<quint16>(m_entries.size()));
    put16(out, static_cast<quint16>(m_entries.size()));
    put32(out, static_cast<quint32>(central.size()));
    put32(out, centralOffset);
    put16(out, 0);
    return out;
}

} // namespace konvergensi::io

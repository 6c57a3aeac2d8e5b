// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// A zip archive read from memory with minizip: the container of an XLSX workbook.

#include <QByteArray>
#include <QString>

#include <unzip.h>

namespace konvergensi::io {

/// minizip's file functions over a QByteArray (set `opaque` to the QByteArray).
zlib_filefunc64_def memoryFileFunctions();

/// An open zip archive in memory; closes itself.
class ZipArchive
{
public:
    explicit ZipArchive(const QByteArray &data)
        : m_data(data)
    {
        zlib_filefunc64_def functions = memoryFileFunctions();
        functions.opaque = const_cast<QByteArray *>(&m_data);
        m_zip = unzOpen2_64("memory", &functions);
    }
    ~ZipArchive()
    {
        if (m_zip)
            unzClose(m_zip);
    }
    ZipArchive(const ZipArchive &) = delete;
    ZipArchive &operator=(const ZipArchive &) = delete;

    bool isOpen() const { return m_zip != nullptr; }

    enum class Status { Ok, Missing, Damaged, TooLarge, Stopped };

    /// The content of an entry; Missing when there is none by that name.
    Status read(const QString &name, qsizetype maxBytes, QByteArray &out)
    {
        out.clear();
        const Status status = stream(name, maxBytes, [&out](const char *bytes, int count) {
            out.append(bytes, count);
            return true;
        });
        if (status != Status::Ok)
            out.clear();
        return status;
    }

    /// The content of an entry, unpacked piece by piece into `chunk` (never the whole entry
    /// in memory): Missing when there is none by that name, TooLarge beyond `maxBytes`
    /// (counted as unpacked, whatever the archive claims), Damaged on a broken stream or a
    /// wrong checksum (known only at the end), Stopped when `chunk` returned false.
    template<typename Chunk>
    Status stream(const QString &name, qsizetype maxBytes, Chunk &&chunk)
    {
        const QByteArray encoded = name.toUtf8();
        if (unzLocateFile(m_zip, encoded.constData(), 1) != UNZ_OK
            && unzLocateFile(m_zip, encoded.constData(), 2) != UNZ_OK)
            return Status::Missing;
        unz_file_info64 info{};
        if (unzGetCurrentFileInfo64(m_zip, &info, nullptr, 0, nullptr, 0, nullptr, 0) != UNZ_OK)
            return Status::Damaged;
        if (info.uncompressed_size > static_cast<ZPOS64_T>(maxBytes))
            return Status::TooLarge;
        if (unzOpenCurrentFile(m_zip) != UNZ_OK)
            return Status::Damaged;
        char buffer[65536];
        Status status = Status::Ok;
        qsizetype total = 0;
        for (;;) {
            const int count = unzReadCurrentFile(m_zip, buffer, sizeof buffer);
            if (count < 0) {
                status = Status::Damaged;
                break;
            }
            if (count == 0)
                break;
            total += count;
            if (total > maxBytes) {
                status = Status::TooLarge;
                break;
            }
            if (!chunk(static_cast<const char *>(buffer), count)) {
                status = Status::Stopped;
                break;
            }
        }
        const int closed = unzCloseCurrentFile(m_zip);
        if (status == Status::Ok && closed != UNZ_OK)
            status = Status::Damaged; // CRC error
        return status;
    }

private:
    QByteArray m_data;
    unzFile m_zip = nullptr;
};

} // namespace konvergensi::io

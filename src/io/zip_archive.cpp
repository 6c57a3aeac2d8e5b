// SPDX-License-Identifier: GPL-3.0-or-later
#include "io/zip_archive.h"

#include <algorithm>
#include <cstring>

namespace konvergensi::io {

namespace {

// ---- minizip over a QByteArray held in memory ----------------------------------------

struct MemoryStream
{
    const QByteArray *data = nullptr;
    ZPOS64_T position = 0;
};

voidpf memOpen(voidpf opaque, const void *, int mode)
{
    if ((mode & ZLIB_FILEFUNC_MODE_WRITE) != 0)
        return nullptr;
    auto *stream = new MemoryStream;
    stream->data = static_cast<const QByteArray *>(opaque);
    return stream;
}

uLong memRead(voidpf, voidpf handle, void *buffer, uLong size)
{
    auto *stream = static_cast<MemoryStream *>(handle);
    const auto total = static_cast<ZPOS64_T>(stream->data->size());
    if (stream->position >= total)
        return 0;
    const ZPOS64_T available = total - stream->position;
    const uLong count = static_cast<uLong>(std::min<ZPOS64_T>(available, size));
    std::memcpy(buffer, stream->data->constData() + stream->position, count);
    stream->position += count;
    return count;
}

uLong memWrite(voidpf, voidpf, const void *, uLong)
{
    return 0;
}

ZPOS64_T memTell(voidpf, voidpf handle)
{
    return static_cast<MemoryStream *>(handle)->position;
}

long memSeek(voidpf, voidpf handle, ZPOS64_T offset, int origin)
{
    auto *stream = static_cast<MemoryStream *>(handle);
    const auto total = static_cast<ZPOS64_T>(stream->data->size());
    ZPOS64_T base = 0;
    switch (origin) {
    case ZLIB_FILEFUNC_SEEK_SET:
        base = 0;
        break;
    case ZLIB_FILEFUNC_SEEK_CUR:
        base = stream->position;
        break;
    case ZLIB_FILEFUNC_SEEK_END:
        base = total;
        break;
    default:
        return -1;
    }
    if (base + offset > total)
        return -1;
    stream->position = base + offset;
    return 0;
}

int memClose(voidpf, voidpf handle)
{
    delete static_cast<MemoryStream *>(handle);
    return 0;
}

int memError(voidpf, voidpf)
{
    return 0;
}

} // namespace

zlib_filefunc64_def memoryFileFunctions()
{
    zlib_filefunc64_def functions{};
    functions.zopen64_file = memOpen;
    functions.zread_file = memRead;
    functions.zwrite_file = memWrite;
    functions.ztell64_file = memTell;
    functions.zseek64_file = memSeek;
    functions.zclose_file = memClose;
    functions.zerror_file = memError;
    return functions;
}

} // namespace konvergensi::io

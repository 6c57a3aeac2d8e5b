// SPDX-License-Identifier: GPL-3.0-or-later
#include "io/anthro/csv_records.h"

#include <array>
#include <cstdint>

namespace konvergensi::io {

namespace {

bool isLineEnd(char c)
{
    return c == '\n' || c == '\r';
}

/// The length of the UTF-8 sequence starting at `p` (at most `left` bytes), 0 when invalid.
std::size_t utf8Length(const unsigned char *p, std::size_t left)
{
    const unsigned char c = p[0];
    if (c < 0x80)
        return c == 0 ? 0 : 1;
    std::size_t length = 0;
    std::uint32_t min = 0;
    if ((c & 0xE0) == 0xC0) {
        length = 2;
        min = 0x80;
    } else if ((c & 0xF0) == 0xE0) {
        length = 3;
        min = 0x800;
    } else if ((c & 0xF8) == 0xF0) {
        length = 4;
        min = 0x10000;
    } else {
        return 0;
    }
    if (left < length)
        return 0;
    std::uint32_t code = c & (0x7F >> length);
    for (std::size_t i = 1; i < length; ++i) {
        if ((p[i] & 0xC0) != 0x80)
            return 0;
        code = (code << 6) | (p[i] & 0x3F);
    }
    if (code < min || code > 0x10FFFF || (code >= 0xD800 && code <= 0xDFFF))
        return 0;
    return length;
}

} // namespace

std::optional<int> firstLineNotUtf8(std::string_view data)
{
    const auto *bytes = reinterpret_cast<const unsigned char *>(data.data());
    const std::size_t size = data.size();
    int line = 1;
    std::size_t i = 0;
    while (i < size) {
        // Plain ASCII eight bytes at a time.
        while (i + 8 <= size) {
            std::uint64_t word = 0;
            for (std::size_t k = 0; k < 8; ++k)
                word |= static_cast<std::uint64_t>(bytes[i + k]) << (8 * k);
            const bool ascii = (word & 0x8080808080808080ULL) == 0;
            // A zero byte: the classic "has zero byte" bit trick.
            const bool zero = ((word - 0x0101010101010101ULL) & ~word & 0x8080808080808080ULL) != 0;
            if (!ascii || zero)
                break;
            for (std::size_t k = 0; k < 8; ++k)
                line += bytes[i + k] == '\n';
            i += 8;
        }
        if (i >= size)
            break;
        const std::size_t length = utf8Length(bytes + i, size - i);
        if (length == 0)
            return line;
        line += bytes[i] == '\n';
        i += length;
    }
    return std::nullopt;
}

char detectDelimiter(std::string_view headerLine)
{
    std::array<int, 3> counts = {0, 0, 0}; // comma, semicolon, tab
    bool quoted = false;
    for (const char c : headerLine) {
        if (c == '"')
            quoted = !quoted;
        else if (quoted)
            continue;
        else if (c == ',')
            ++counts[0];
        else if (c == ';')
            ++counts[1];
        else if (c == '\t')
            ++counts[2];
    }
    if (counts[1] > counts[0] && counts[1] >= counts[2])
        return ';';
    if (counts[2] > counts[0] && counts[2] > counts[1])
        return '\t';
    return ',';
}

CsvRecordReader::CsvRecordReader(std::string_view data, char delimiter)
    : m_data(data)
    , m_delimiter(delimiter)
{
    if (m_data.starts_with("\xEF\xBB\xBF"))
        m_pos = 3;
}

bool CsvRecordReader::next(CsvRecord &record)
{
    const std::string_view data = m_data;
    const std::size_t size = data.size();
    m_error.clear();
    // Skip empty and blank lines.
    for (;;) {
        std::size_t p = m_pos;
        while (p < size && (data[p] == ' ' || data[p] == '\t'))
            ++p;
        if (p >= size) {
            m_pos = size;
            return false;
        }
        if (!isLineEnd(data[p]))
            break;
        if (data[p] == '\r' && p + 1 < size && data[p + 1] == '\n')
            ++p;
        m_pos = p + 1;
        ++m_line;
    }

    record.line = m_line;
    record.fields.clear();
    const std::size_t start = m_pos;
    std::size_t p = m_pos;
    std::size_t fieldIndex = 0;
    for (;;) {
        if (p < size && data[p] == '"') {
            // Quoted field: unquote into this position's buffer.
            if (m_unquoted.size() <= fieldIndex)
                m_unquoted.resize(fieldIndex + 1);
            std::string &buffer = m_unquoted[fieldIndex];
            buffer.clear();
            ++p;
            bool closed = false;
            while (p < size) {
                const char c = data[p];
                if (c == '"') {
                    if (p + 1 < size && data[p + 1] == '"') {
                        buffer += '"';
                        p += 2;
                        continue;
                    }
                    ++p;
                    closed = true;
                    break;
                }
                if (c == '\n' || (c == '\r' && (p + 1 >= size || data[p + 1] != '\n')))
                    ++m_line;
                buffer += c;
                ++p;
            }
            record.fields.emplace_back(buffer);
            if (!closed) {
                m_error = "a quoted field is not closed";
                record.text = data.substr(start, p - start);
                m_pos = size;
                return true;
            }
            // Spaces may follow the closing quote; anything else is an error.
            while (p < size && (data[p] == ' ' || data[p] == '\t'))
                ++p;
            if (p < size && data[p] != m_delimiter && !isLineEnd(data[p])) {
                m_error = "text follows a closing quote";
                while (p < size && !isLineEnd(data[p]))
                    ++p;
            }
        } else {
            const std::size_t fieldStart = p;
            while (p < size && data[p] != m_delimiter && !isLineEnd(data[p]))
                ++p;
            record.fields.emplace_back(data.substr(fieldStart, p - fieldStart));
        }
        ++fieldIndex;
        if (p < size && data[p] == m_delimiter) {
            ++p;
            continue;
        }
        break;
    }
    record.text = data.substr(start, p - start);
    if (p < size) {
        if (data[p] == '\r' && p + 1 < size && data[p + 1] == '\n')
            ++p;
        ++p;
        ++m_line;
    }
    m_pos = p;
    return true;
}

} // namespace konvergensi::io

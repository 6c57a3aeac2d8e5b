// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// A fast, copy-free reader of CSV records for large files (the z-score command reads
// 100,000 children in a few milliseconds): fields are views into the file's bytes, except
// quoted fields, which are unquoted into buffers reused from record to record. RFC 4180
// quoting (doubled quotes, quoted line breaks), LF, CRLF or CR line ends, empty lines skipped.
// The shared io::CsvReader gives QStrings instead, for the small files of the other imports.

#include <cstddef>
#include <deque>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace konvergensi::io {

/// Where the bytes are not UTF-8 text (or hold a NUL byte): the 1-based line. nullopt when
/// they are.
std::optional<int> firstLineNotUtf8(std::string_view data);

/// The separator of a header line: comma, semicolon or tab, whichever occurs most outside
/// quotes (comma when none does).
char detectDelimiter(std::string_view headerLine);

struct CsvRecord
{
    int line = 0;          ///< physical line where the record starts (1-based)
    std::string_view text; ///< the record as written, without its line end
    std::vector<std::string_view> fields;
};

class CsvRecordReader
{
public:
    /// `data` must outlive the reader and the records it gives; a UTF-8 byte-order mark at
    /// the start is skipped.
    CsvRecordReader(std::string_view data, char delimiter);

    /// The next non-empty record, or false at the end. On a malformed record (a quote not
    /// closed, text after a closing quote) returns true with error() set; reading goes on
    /// after that record's line.
    bool next(CsvRecord &record);

    /// Why the last record is malformed; empty when it is fine.
    const std::string &error() const { return m_error; }

private:
    std::string_view m_data;
    std::size_t m_pos = 0;
    int m_line = 1;
    char m_delimiter;
    std::string m_error;
    /// One buffer per field position; a deque, so that growing it moves no buffer that a
    /// field of the current record points into.
    std::deque<std::string> m_unquoted;
};

} // namespace konvergensi::io

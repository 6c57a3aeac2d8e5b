// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// Reading the reference answers of the WHO anthro package (tests/data/who-growth) in tests
// without Qt: a small CSV reader (quotes, no line breaks inside fields) and the numbers as R
// wrote them ("NA" for missing).

#include <cstdlib>
#include <fstream>
#include <limits>
#include <map>
#include <sstream>
#include <stdexcept>
#include <string>
#include <vector>

namespace konvergensi::test {

struct ReferenceTable
{
    std::vector<std::string> header;
    std::vector<std::vector<std::string>> rows;

    int column(const std::string &name) const
    {
        for (std::size_t i = 0; i < header.size(); ++i) {
            if (header[i] == name)
                return static_cast<int>(i);
        }
        throw std::runtime_error("no column " + name);
    }
};

inline std::string referenceDataDir()
{
    const char *source = std::getenv("KONVERGENSI_SOURCE_DIR");
    return std::string(source ? source : ".") + "/tests/data/who-growth/";
}

inline std::vector<std::string> splitReferenceLine(const std::string &line)
{
    std::vector<std::string> fields(1);
    bool quoted = false;
    for (std::size_t i = 0; i < line.size(); ++i) {
        const char c = line[i];
        if (quoted) {
            if (c == '"' && i + 1 < line.size() && line[i + 1] == '"') {
                fields.back() += '"';
                ++i;
            } else if (c == '"') {
                quoted = false;
            } else {
                fields.back() += c;
            }
        } else if (c == '"') {
            quoted = true;
        } else if (c == ',') {
            fields.emplace_back();
        } else if (c != '\r') {
            fields.back() += c;
        }
    }
    return fields;
}

inline ReferenceTable readReferenceCsv(const std::string &name)
{
    std::ifstream in(referenceDataDir() + name);
    if (!in)
        throw std::runtime_error("cannot read " + referenceDataDir() + name);
    ReferenceTable table;
    std::string line;
    std::getline(in, line);
    table.header = splitReferenceLine(line);
    while (std::getline(in, line)) {
        if (line.empty())
            continue;
        table.rows.push_back(splitReferenceLine(line));
        if (table.rows.back().size() != table.header.size())
            throw std::runtime_error(name + ": a row with a different number of fields");
    }
    return table;
}

/// A number as R wrote it; NaN for "NA".
inline double referenceNumber(const std::string &text)
{
    if (text == "NA")
        return std::numeric_limits<double>::quiet_NaN();
    std::size_t used = 0;
    const double value = std::stod(text, &used);
    if (used != text.size())
        throw std::runtime_error("not a number: " + text);
    return value;
}

} // namespace konvergensi::test

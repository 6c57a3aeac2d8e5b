// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QtGlobal>

namespace konvergensi::storage {

/// Counts the SQL statements storage runs on the calling thread while an instance lives
/// (benchmarks and tests: how many statements a page load takes). Off by default: without a
/// counter, Query pays one thread-local test per statement. Every statement run through Query
/// counts (prepared and executed, or run directly; BEGIN and COMMIT of a Transaction too);
/// reading the rows of an executed statement does not. Counters may nest.
class StatementCounter
{
public:
    StatementCounter();
    ~StatementCounter();
    StatementCounter(const StatementCounter &) = delete;
    StatementCounter &operator=(const StatementCounter &) = delete;

    /// Statements run on this thread since the counter was made (or last reset).
    qint64 count() const;
    void reset();

    /// Called by Query for every statement it runs.
    static void add();

private:
    qint64 m_start = 0;
};

} // namespace konvergensi::storage

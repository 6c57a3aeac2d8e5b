// SPDX-License-Identifier: GPL-3.0-or-later
#include "storage/statement_counter.h"

namespace konvergensi::storage {

namespace {
thread_local int t_counters = 0;
thread_local qint64 t_statements = 0;
} // namespace

StatementCounter::StatementCounter()
    : m_start(t_statements)
{
    ++t_counters;
}

StatementCounter::~StatementCounter()
{
    --t_counters;
}

qint64 StatementCounter::count() const
{
    return t_statements - m_start;
}

void StatementCounter::reset()
{
    m_start = t_statements;
}

void StatementCounter::add()
{
    if (t_counters > 0)
        ++t_statements;
}

} // namespace konvergensi::storage

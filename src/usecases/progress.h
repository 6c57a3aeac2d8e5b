// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

#include <atomic>
#include <functional>
#include <stdexcept>

namespace konvergensi::usecases {

/// Thrown by Progress::check() when the user cancelled; the unit of work rolls back (its
/// Transaction's destructor does) and the workspace stays as it was.
class Cancelled : public std::runtime_error
{
public:
    Cancelled()
        : std::runtime_error("cancelled by the user")
    {
    }
};

/// What long work (imports, exports, reports over many villages) reports while it runs, and
/// how it learns that the user cancelled. Thread-safe: the work runs on a worker thread, the
/// window reads and cancels from the GUI thread. A default Progress never cancels.
class Progress
{
public:
    using Listener = std::function<void(qint64 done, qint64 total, const QString &step)>;

    Progress() = default;
    explicit Progress(Listener listener)
        : m_listener(std::move(listener))
    {
    }

    /// Work done so far out of total (total 0: unknown), with a short text of the step.
    void report(qint64 done, qint64 total, const QString &step = {}) const
    {
        if (m_listener)
            m_listener(done, total, step);
    }
    void cancel() { m_cancelled.store(true); }
    bool isCancelled() const { return m_cancelled.load(); }
    /// Throws Cancelled when cancel() was called; work calls it between rows or steps.
    void check() const
    {
        if (isCancelled())
            throw Cancelled();
    }

private:
    Listener m_listener;
    std::atomic<bool> m_cancelled{false};
};

} // namespace konvergensi::usecases

// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <boost/date_time/gregorian/gregorian_types.hpp>
#include <boost/date_time/posix_time/posix_time_types.hpp>

#include <memory>

namespace konvergensi::core {

/// Where "today" comes from. Every date rule (overdue follow-ups, late actions, ages) is
/// given a clock instead of asking the system, so tests can stand on any day.
class Clock
{
public:
    virtual ~Clock() = default;
    /// The local calendar date.
    virtual boost::gregorian::date today() const = 0;
    /// The local date and time, to the second.
    virtual boost::posix_time::ptime now() const = 0;
};

/// The computer's own clock, in local time.
class SystemClock final : public Clock
{
public:
    boost::gregorian::date today() const override;
    boost::posix_time::ptime now() const override;
};

/// A clock that stands still where it is put; for tests and for demos pinned to a date.
class FixedClock final : public Clock
{
public:
    explicit FixedClock(boost::posix_time::ptime now);
    explicit FixedClock(boost::gregorian::date today);

    boost::gregorian::date today() const override;
    boost::posix_time::ptime now() const override;

    void set(boost::posix_time::ptime now);
    void advance(boost::posix_time::time_duration by);

private:
    boost::posix_time::ptime m_now;
};

/// ISO-8601 text for the database and files: "2023-12-05".
std::string toIsoDate(const boost::gregorian::date &date);
/// ISO-8601 date and time, to the second: "2023-12-05T09:30:00".
std::string toIsoDateTime(const boost::posix_time::ptime &time);
/// Parses "YYYY-MM-DD"; throws DomainError on anything else or an impossible date.
boost::gregorian::date parseIsoDate(const std::string &text);

} // namespace konvergensi::core

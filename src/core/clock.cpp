// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/clock.h"

#include "core/errors.h"

#include <boost/date_time/posix_time/posix_time.hpp>
#include <fmt/format.h>

#include <charconv>

namespace konvergensi::core {

boost::gregorian::date SystemClock::today() const
{
    return boost::gregorian::day_clock::local_day();
}

boost::posix_time::ptime SystemClock::now() const
{
    return boost::posix_time::second_clock::local_time();
}

FixedClock::FixedClock(boost::posix_time::ptime now)
    : m_now(now)
{
}

FixedClock::FixedClock(boost::gregorian::date today)
    : m_now(today, boost::posix_time::hours(9))
{
}

boost::gregorian::date FixedClock::today() const
{
    return m_now.date();
}

boost::posix_time::ptime FixedClock::now() const
{
    return m_now;
}

void FixedClock::set(boost::posix_time::ptime now)
{
    m_now = now;
}

void FixedClock::advance(boost::posix_time::time_duration by)
{
    m_now += by;
}

std::string toIsoDate(const boost::gregorian::date &date)
{
    return fmt::format("{:04}-{:02}-{:02}", static_cast<int>(date.year()),
                       static_cast<int>(date.month()), static_cast<int>(date.day()));
}

std::string toIsoDateTime(const boost::posix_time::ptime &time)
{
    const auto tod = time.time_of_day();
    return fmt::format("{}T{:02}:{:02}:{:02}", toIsoDate(time.date()), tod.hours(), tod.minutes(),
                       tod.seconds());
}

boost::gregorian::date parseIsoDate(const std::string &text)
{
    auto fail = [&]() -> boost::gregorian::date {
        throw DomainError(fmt::format("'{}' is not a date of the form YYYY-MM-DD", text));
    };
    if (text.size() != 10 || text[4] != '-' || text[7] != '-')
        return fail();
    auto number = [&](std::size_t pos, std::size_t len) {
        int value = 0;
        const char *first = text.data() + pos;
        const char *last = first + len;
        auto [ptr, ec] = std::from_chars(first, last, value);
        if (ec != std::errc() || ptr != last)
            fail();
        return value;
    };
    const int year = number(0, 4);
    const int month = number(5, 2);
    const int day = number(8, 2);
    try {
        return {static_cast<unsigned short>(year), static_cast<unsigned short>(month),
                static_cast<unsigned short>(day)};
    } catch (const std::out_of_range &) {
        return fail();
    }
}

} // namespace konvergensi::core

// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <boost/date_time/gregorian/gregorian_types.hpp>

#include <QDate>
#include <QString>

#include <optional>

// Dates: core uses boost::gregorian::date, Qt uses QDate, the database ISO text. One rule
// for invalid dates everywhere: an invalid/not-a-date value becomes an invalid QDate or
// std::nullopt, never 1 January 1400 or an exception.
namespace konvergensi {

inline QDate toQDate(const boost::gregorian::date &date)
{
    if (date.is_special())
        return {};
    const auto ymd = date.year_month_day();
    return QDate(ymd.year, ymd.month, ymd.day);
}

inline QDate toQDate(const std::optional<boost::gregorian::date> &date)
{
    return date ? toQDate(*date) : QDate();
}

/// std::nullopt for an invalid QDate or one outside Boost's range (1400-9999).
inline std::optional<boost::gregorian::date> toGregorian(const QDate &date)
{
    if (!date.isValid() || date.year() < 1400 || date.year() > 9999)
        return std::nullopt;
    return boost::gregorian::date(static_cast<unsigned short>(date.year()),
                                  static_cast<unsigned short>(date.month()),
                                  static_cast<unsigned short>(date.day()));
}

/// "2024-11-01" (the database's and the files' form); empty for no date.
inline QString isoText(const std::optional<boost::gregorian::date> &date)
{
    return date && !date->is_special() ? toQDate(*date).toString(Qt::ISODate) : QString();
}

} // namespace konvergensi

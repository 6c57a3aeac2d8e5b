// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <boost/date_time/gregorian/gregorian_types.hpp>

#include <QDate>

namespace konvergensi::gui {

inline QDate toQDate(const boost::gregorian::date &date)
{
    if (date.is_special())
        return {};
    return QDate(static_cast<int>(date.year()), static_cast<int>(date.month()),
                 static_cast<int>(date.day()));
}

inline boost::gregorian::date fromQDate(const QDate &date)
{
    if (!date.isValid())
        return boost::gregorian::date(boost::gregorian::not_a_date_time);
    return boost::gregorian::date(static_cast<unsigned short>(date.year()),
                                  static_cast<unsigned short>(date.month()),
                                  static_cast<unsigned short>(date.day()));
}

} // namespace konvergensi::gui

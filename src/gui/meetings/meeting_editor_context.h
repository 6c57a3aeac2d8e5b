// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/directory/opd.h"

#include <QString>

#include <boost/date_time/gregorian/gregorian_types.hpp>

#include <utility>
#include <vector>

namespace konvergensi::gui {

/// What the tabs of the meeting editor pick from, read once when the editor opens.
struct MeetingEditorContext
{
    std::vector<core::Opd> opds;
    std::vector<core::Person> people;
    std::vector<std::pair<QString, QString>> regions; ///< (code, "Kecamatan Bantan")
    boost::gregorian::date today;
};

} // namespace konvergensi::gui

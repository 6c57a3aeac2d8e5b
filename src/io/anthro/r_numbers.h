// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// Numbers written as R's write.csv writes them, so that a file of z-scores reads the same as
// the one the WHO R package's users make.

#include <string>

namespace konvergensi::io {

/// Appends a number as the CSV files carry it: up to 15 significant digits as R finds them
/// ("1.06", "17.0403287781082", "17.460895922995"), fixed notation unless scientific is
/// narrower ("9e+05"), "Inf"/"-Inf"; nothing when missing (NaN); -0 as "0".
void appendNumber(std::string &out, double value);

} // namespace konvergensi::io

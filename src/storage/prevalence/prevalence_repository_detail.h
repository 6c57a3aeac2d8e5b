// SPDX-License-Identifier: GPL-3.0-or-later
// Shared by the source files of PrevalenceRepository only (not for other layers).
#pragma once

#include "core/prevalence/prevalence.h"

#include <QString>

namespace konvergensi::storage {

/// The word stored in the area_kind columns: "region", "puskesmas", "national", "posyandu".
QString prevalenceAreaKindWord(core::PrevalenceArea::Kind kind);

} // namespace konvergensi::storage

// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "usecases/progress.h"

#include <QString>

#include <functional>

namespace konvergensi::usecases::meetings {

/// Writes a file through a partial file beside it ("name.part.xlsx"), which replaces `path`
/// only when `write` finished: a failed or cancelled run (ReportError, Cancelled) leaves no
/// partial file, and a file that was at `path` as it was. Checks `progress` once more before
/// replacing. Throws what `write` throws, or reports::ReportError when the file cannot be
/// put in place.
void writeReplacing(const QString &path, const Progress &progress,
                    const std::function<void(const QString &partPath)> &write);

} // namespace konvergensi::usecases::meetings

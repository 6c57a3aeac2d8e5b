// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// Timing shared by the benchmarks: best and median wall time of repeated runs.

#include <QElapsedTimer>

#include <algorithm>
#include <functional>
#include <vector>

namespace konvergensi::bench {

struct Timing
{
    double best = 0;
    double median = 0;
};

/// Runs `body` `runs` times; wall time in ms.
inline Timing timeRuns(int runs, const std::function<void()> &body)
{
    std::vector<double> times;
    for (int i = 0; i < runs; ++i) {
        QElapsedTimer timer;
        timer.start();
        body();
        times.push_back(static_cast<double>(timer.nsecsElapsed()) / 1e6);
    }
    std::sort(times.begin(), times.end());
    return {times.front(), times[times.size() / 2]};
}

} // namespace konvergensi::bench

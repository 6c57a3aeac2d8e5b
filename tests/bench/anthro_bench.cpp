// SPDX-License-Identifier: GPL-3.0-or-later
// Times the WHO z-scores in-process: all eight z-scores (nine tables) of 100,000 children,
// every measurement given, through core::anthro::computeZScores; and the prevalence table of
// the same children. Prints the CPU time (best and median of 15 runs) and exits 1 when the
// z-scores take 50 ms of CPU or more (the goal of issue 13: fifty times faster than the WHO
// anthro package's 2.4 s).
//
//   anthro_bench                      run the timing
//   anthro_bench --write-csv FILE [N] write N (100,000) children as CSV for the command-line
//                                     benchmark (tests/bench/anthro_cli_bench.sh)
//
// The children are random but always the same (fixed seed): ages 0-62 months in days (some
// with fractions), measurements around the WHO medians with wide tails, 10 % measured in the
// other position, 1 % with oedema, a few missing values.
#include "core/anthro/anthro_prevalence.h"
#include "core/anthro/zscores.h"

#include <fmt/format.h>

#include <algorithm>
#include <cmath>
#include <cstdio>
#include <cstring>
#include <ctime>
#include <fstream>
#include <random>
#include <string>
#include <vector>

using namespace konvergensi::core::anthro;

namespace {

/// One child of the benchmark, as written to the CSV (and read back the same).
struct Row
{
    int sex;
    double ageDays;
    double weight;
    double lenhei;
    char measure; ///< 'l', 'h' or 0 (missing)
    bool oedema;
    double headc;
    double armc;
    double triskin;
    double subskin;
};

double roundTo(double x, int decimals)
{
    const double scale = std::pow(10.0, decimals);
    return std::round(x * scale) / scale;
}

std::vector<Row> makeRows(std::size_t n)
{
    std::mt19937_64 random(20240313);
    std::uniform_real_distribution<double> uniform(0, 1);
    std::normal_distribution<double> normal(0, 1);
    std::vector<Row> rows;
    rows.reserve(n);
    for (std::size_t i = 0; i < n; ++i) {
        Row r{};
        r.sex = uniform(random) < 0.5 ? 1 : 2;
        const double months = uniform(random) * 62;
        r.ageDays = uniform(random) < 0.2 ? roundTo(months * kDaysPerMonth, 1)
                                          : std::round(months * kDaysPerMonth);
        const double m = std::min(months, 60.0);
        const bool tail = uniform(random) < 0.05;
        r.lenhei = roundTo((50 + 60 * std::pow(m / 60, 0.6)) * std::exp(normal(random) * 0.045)
                               + (tail ? normal(random) * 8 : 0),
                           1);
        r.weight = roundTo((3.3 + 15 * std::pow(m / 60, 0.7)) * std::exp(normal(random) * 0.13)
                               * (tail ? std::exp(normal(random) * 0.4) : 1),
                           2);
        const bool standing = months >= 24;
        r.measure = uniform(random) < 0.1 ? (standing ? 'l' : 'h') : (standing ? 'h' : 'l');
        r.oedema = uniform(random) < 0.01;
        r.headc = roundTo(34.5 + 15 * std::pow(m / 60, 0.4) + normal(random) * 1.4, 1);
        r.armc = roundTo(11.5 + 5 * std::pow(m / 60, 0.3) + normal(random) * 1.2, 1);
        r.triskin = roundTo(std::max(3.0, 8.5 + normal(random) * 2.2), 1);
        r.subskin = roundTo(std::max(3.0, 6.8 + normal(random) * 1.8), 1);
        if (uniform(random) < 0.02)
            r.weight = NAN;
        if (uniform(random) < 0.02)
            r.lenhei = NAN;
        if (uniform(random) < 0.02)
            r.measure = 0;
        rows.push_back(r);
    }
    return rows;
}

ChildMeasurement childOf(const Row &r)
{
    ChildMeasurement c;
    c.sex = r.sex == 1 ? Sex::Male : Sex::Female;
    c.age = Age::fromDays(r.ageDays);
    c.weight = r.weight;
    c.lenhei = r.lenhei;
    c.measure = r.measure == 'l'   ? Measure::Length
                : r.measure == 'h' ? Measure::Height
                                   : Measure::Unknown;
    c.oedema = r.oedema;
    c.headc = r.headc;
    c.armc = r.armc;
    c.triskin = r.triskin;
    c.subskin = r.subskin;
    return c;
}

std::string number(double value)
{
    return std::isnan(value) ? std::string("NA") : fmt::format("{}", value);
}

int writeCsv(const char *path, std::size_t n)
{
    std::ofstream out(path);
    if (!out) {
        std::fprintf(stderr, "cannot write %s\n", path);
        return 1;
    }
    out << "id,sex,age_days,weight,lenhei,measure,oedema,headc,armc,triskin,subskin\n";
    const std::vector<Row> rows = makeRows(n);
    for (std::size_t i = 0; i < rows.size(); ++i) {
        const Row &r = rows[i];
        out << i + 1 << ',' << r.sex << ',' << number(r.ageDays) << ',' << number(r.weight) << ','
            << number(r.lenhei) << ',' << (r.measure ? std::string(1, r.measure) : "NA") << ','
            << (r.oedema ? 'y' : 'n') << ',' << number(r.headc) << ',' << number(r.armc) << ','
            << number(r.triskin) << ',' << number(r.subskin) << '\n';
    }
    return out ? 0 : 1;
}

double cpuMs()
{
    timespec t{};
    clock_gettime(CLOCK_PROCESS_CPUTIME_ID, &t);
    return static_cast<double>(t.tv_sec) * 1e3 + static_cast<double>(t.tv_nsec) / 1e6;
}

struct Timing
{
    double best;
    double median;
};

template<typename Body>
Timing time(int runs, Body &&body)
{
    std::vector<double> times;
    for (int i = 0; i < runs; ++i) {
        const double start = cpuMs();
        body();
        times.push_back(cpuMs() - start);
    }
    std::sort(times.begin(), times.end());
    return {times.front(), times[times.size() / 2]};
}

} // namespace

int main(int argc, char **argv)
{
    if (argc >= 3 && std::strcmp(argv[1], "--write-csv") == 0)
        return writeCsv(argv[2], argc >= 4 ? std::stoul(argv[3]) : 100000);

    constexpr std::size_t kChildren = 100000;
    const std::vector<Row> rows = makeRows(kChildren);
    std::vector<ChildMeasurement> children;
    children.reserve(rows.size());
    for (const Row &r : rows)
        children.push_back(childOf(r));
    std::vector<ZScores> scores(children.size());

    const Timing zscores = time(15, [&] { computeZScores(children, scores); });
    std::size_t computed = 0;
    for (const ZScores &z : scores)
        for (const Indicator indicator : kAllIndicators)
            computed += z.has(indicator) ? 1 : 0;
    std::vector<PrevalenceRow> table;
    const Timing prevalence = time(5, [&] { table = computePrevalence(children, scores); });

    std::printf("children                          %zu\n", children.size());
    std::printf("z-scores computed (of %zu)        %zu\n", children.size() * kIndicatorCount,
                computed);
    std::printf("z-scores, all indicators (CPU)    best %.1f ms, median %.1f ms\n", zscores.best,
                zscores.median);
    std::printf("per child                         %.0f ns\n",
                zscores.median * 1e6 / static_cast<double>(children.size()));
    std::printf("prevalence table, %zu groups (CPU) best %.1f ms, median %.1f ms\n", table.size(),
                prevalence.best, prevalence.median);
    if (zscores.median >= 50) {
        std::printf("SLOW: the goal is under 50 ms\n");
        return 1;
    }
    return 0;
}

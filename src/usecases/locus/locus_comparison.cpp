// SPDX-License-Identifier: GPL-3.0-or-later
#include "usecases/locus/locus_comparison.h"

#include "core/locus/locus_evidence.h"
#include "qtsupport/text.h"
#include "reports/locus/locus_words.h"
#include "storage/database.h"
#include "storage/locus/locus_repository.h"
#include "storage/prevalence/prevalence_repository.h"
#include "storage/regions/region_repository.h"

#include <QCoreApplication>

#include <algorithm>

namespace konvergensi::usecases::locus {

namespace {

core::YearFigures figuresOf(storage::Database &db, int year, const core::RegionCode &district)
{
    storage::PrevalenceFilter filter;
    filter.within = district;
    filter.year = year;
    filter.indicator = core::PrevalenceIndicator::Stunting;
    return core::comparisonFigures(year, district,
                                   storage::PrevalenceRepository(db).observations(filter),
                                   storage::LocusRepository(db).villages(year));
}

} // namespace

int YearComparison::count(Change change) const
{
    return static_cast<int>(
        std::count_if(villages.begin(), villages.end(),
                      [change](const Village &v) { return v.change == change; }));
}

YearComparison compareYears(storage::Database &db, int from, int to)
{
    YearComparison out;
    out.from = from;
    out.to = to;
    storage::LocusRepository lists(db);
    const auto a = lists.locusCodes(from);
    const auto b = lists.locusCodes(to);
    out.countFrom = static_cast<int>(a.size());
    out.countTo = static_cast<int>(b.size());
    const core::LocusComparison comparison = core::compareLists({a.begin(), a.end()},
                                                                {b.begin(), b.end()});
    storage::RegionRepository regions(db);
    const core::RegionTree tree = regions.tree();
    auto nameOf = [&tree](const core::RegionCode &code) {
        const core::Region *region = tree.find(code);
        return region ? qs(region->name) : QString();
    };
    auto add = [&](YearComparison::Change change, const std::vector<core::RegionCode> &codes) {
        for (const core::RegionCode &code : codes)
            out.villages.push_back(
                {change, code, nameOf(code), code.parent() ? nameOf(*code.parent()) : QString()});
    };
    add(YearComparison::Change::Added, comparison.added);
    add(YearComparison::Change::Kept, comparison.kept);
    add(YearComparison::Change::Removed, comparison.removed);
    for (const auto &[kecamatan, counts] : comparison.perKecamatan)
        out.kecamatan.push_back({kecamatan, nameOf(kecamatan), counts.first, counts.second});

    const auto district = regions.district();
    if (district && !a.empty()) {
        const core::YearFigures before = figuresOf(db, from, district->code);
        const core::YearFigures after = figuresOf(db, to, district->code);
        out.figuresFrom = before.origin;
        out.figuresTo = after.origin;
        out.movement = core::prevalenceMovement(a, before.figures, after.figures);
    }
    return out;
}

QString changeWord(YearComparison::Change change)
{
    switch (change) {
    case YearComparison::Change::Added:
        return QCoreApplication::translate("LocusComparison", "added");
    case YearComparison::Change::Kept:
        return QCoreApplication::translate("LocusComparison", "kept");
    case YearComparison::Change::Removed:
        return QCoreApplication::translate("LocusComparison", "removed");
    }
    return {};
}

QString countsSentence(const YearComparison &c)
{
    const auto villages = [](int count) {
        return QCoreApplication::translate("LocusComparison", "%n village(s)", nullptr, count);
    };
    return QCoreApplication::translate("LocusComparison",
                                       "%1: %2; %3: %4. %5 added, %6 kept, %7 removed.")
        .arg(QString::number(c.from), villages(c.countFrom), QString::number(c.to),
             villages(c.countTo))
        .arg(c.count(YearComparison::Change::Added))
        .arg(c.count(YearComparison::Change::Kept))
        .arg(c.count(YearComparison::Change::Removed));
}

QString movementSentence(const YearComparison &c, core::Language language)
{
    if (!c.movement)
        return {};
    const core::PrevalenceMovement &m = *c.movement;
    if (!m.locusChange() || !m.restChange()) {
        QString why = QCoreApplication::translate(
                          "LocusComparison",
                          "Prevalence cannot be compared: figures of villages on and off the "
                          "list of %1 are needed for both years.")
                          .arg(c.from);
        const QString none = QCoreApplication::translate("LocusComparison", "no figures");
        why += QLatin1Char(' ')
               + QCoreApplication::translate("LocusComparison",
                                             "Figures held: %1 for %2, %3 for %4.")
                     .arg(c.figuresFrom ? reports::figureOriginText(*c.figuresFrom) : none)
                     .arg(c.from)
                     .arg(c.figuresTo ? reports::figureOriginText(*c.figuresTo) : none)
                     .arg(c.to);
        return why;
    }
    const auto percent = [language](const std::optional<double> &value) {
        return reports::percentOrDash(value, language);
    };
    const auto points = [language](double value) {
        return qs(core::formatDecimal(value, 1, language));
    };
    const QString both = QCoreApplication::translate("LocusComparison",
                                                     "%n village(s) with figures in both years",
                                                     nullptr, m.locusBefore.villages);
    const QString rest = QCoreApplication::translate("LocusComparison", "%n village(s)", nullptr,
                                                     m.restBefore.villages);
    return QCoreApplication::translate(
               "LocusComparison",
               "Stunting prevalence of the locus villages of %1 (%2 → %3) went from %4 to %5 "
               "(%6 points; %7); in the rest of the district (%8) from %9 to %10 (%11 points).")
        .arg(QString::number(c.from), reports::figureOriginText(*c.figuresFrom),
             reports::figureOriginText(*c.figuresTo), percent(m.locusBefore.percent),
             percent(m.locusAfter.percent), points(*m.locusChange()), both, rest,
             percent(m.restBefore.percent))
        .arg(percent(m.restAfter.percent), points(*m.restChange()));
}

} // namespace konvergensi::usecases::locus

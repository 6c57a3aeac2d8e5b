// SPDX-License-Identifier: GPL-3.0-or-later
// Part III of the semester report: prevalence and targets (from the prevalence module's
// dashboard data; never mixing sources).
#include "usecases/semester/semester_parts.h"

#include "core/prevalence/prevalence_aggregation.h"
#include "qtsupport/text.h"
#include "reports/prevalence/prevalence_words.h"
#include "storage/locus/locus_repository.h"
#include "usecases/prevalence/dashboard_data.h"

namespace konvergensi::usecases::semester::detail {

namespace {

namespace words = reports::prevalence;
using core::PrevalenceRound;
using core::PrevalenceSource;

/// A figure taken by the end of the semester: a year before it, or its year's survey and
/// February round (and August too in semester II).
bool withinReach(const core::Semester &semester, int year, PrevalenceRound round)
{
    return year < semester.year
           || (year == semester.year && (semester.half == 2 || round != PrevalenceRound::August));
}

QString dash()
{
    return QStringLiteral("\u2013");
}

/// The source and period for the kecamatan comparison: the semester's own weighing round
/// (February or August) of e-PPGBM or the measurement month when held; else the latest period
/// within reach of the source with the most figures.
std::optional<prevalence::DashboardChoice> comparisonChoice(const prevalence::DashboardData &data,
                                                            const core::Semester &semester)
{
    const PrevalenceRound own = semester.half == 1 ? PrevalenceRound::February
                                                   : PrevalenceRound::August;
    for (const PrevalenceSource source :
         {PrevalenceSource::Eppgbm, PrevalenceSource::BulanPenimbangan}) {
        for (const auto &[year, round] : data.periods(source)) {
            if (year == semester.year && round == own)
                return prevalence::DashboardChoice{source, year, round};
        }
    }
    std::optional<prevalence::DashboardChoice> best;
    std::size_t most = 0;
    for (const PrevalenceSource source : data.sources()) {
        const auto it = data.bySource.find(source);
        const std::size_t count = it == data.bySource.end() ? 0 : it->second.size();
        for (const auto &[year, round] : data.periods(source)) { // newest first
            if (!withinReach(semester, year, round))
                continue;
            if (!best || count > most) {
                best = prevalence::DashboardChoice{source, year, round};
                most = count;
            }
            break;
        }
    }
    return best;
}

} // namespace

void addPrevalencePart(reports::SemesterDocument &document, const PartContext &context)
{
    const core::Language language = context.language;
    document.heading(
        QCoreApplication::translate("SemesterReport", "III. Stunting prevalence and targets"));
    const auto data = prevalence::DashboardData::load(context.db,
                                                      core::PrevalenceIndicator::Stunting);
    if (!context.district || data.isEmpty()) {
        document.paragraph(QCoreApplication::translate(
            "SemesterReport", "No data: the workspace holds no stunting prevalence figure for "
                              "the district. Enter or import the figures on the Prevalence "
                              "page."));
        return;
    }

    // The latest figure per source, with its trend, within reach of the semester.
    std::vector<QStringList> latestRows;
    std::vector<QStringList> targetRows;
    std::vector<QStringList> trendRows;
    const auto target = core::targetFor(data.targets, context.district->code, context.semester.year,
                                        core::PrevalenceIndicator::Stunting);
    for (const PrevalenceSource source : data.sources()) {
        const auto it = data.trends.find(source);
        if (it == data.trends.end())
            continue;
        std::vector<core::TrendPoint> points;
        for (const core::TrendPoint &point : it->second) {
            if (withinReach(context.semester, point.year, point.round))
                points.push_back(point);
        }
        if (points.empty())
            continue;
        const core::TrendPoint &latest = points.back();
        const core::TrendPoint *previous = points.size() > 1 ? &points[points.size() - 2] : nullptr;
        latestRows.push_back(
            {words::sourceName(source), words::periodName(latest.year, latest.round, language),
             words::percentText(latest.rate, language),
             previous ? words::periodName(previous->year, previous->round, language)
                            + QStringLiteral(": ") + words::percentText(previous->rate, language)
                      : dash(),
             previous ? words::pointsText(latest.rate - previous->rate, language) : dash()});
        QStringList targetRow = {words::sourceName(source),
                                 words::percentText(latest.rate, language)};
        targetRow << (target ? words::pointsText(core::gapToTarget(latest.rate, target->percent),
                                                 language)
                             : dash());
        for (const core::NationalTarget &national : core::rpjmnTargets())
            targetRow << words::pointsText(core::gapToTarget(latest.rate, national.percent),
                                           language);
        targetRows.push_back(targetRow);
        const std::size_t first = points.size() > 6 ? points.size() - 6 : 0;
        for (std::size_t i = first; i < points.size(); ++i)
            trendRows.push_back(
                {words::sourceName(source),
                 words::periodName(points[i].year, points[i].round, language),
                 words::percentText(points[i].rate, language),
                 points[i].aggregated
                     ? QCoreApplication::translate("SemesterReport", "sum of the desa")
                     : QCoreApplication::translate("SemesterReport", "own figure")});
    }
    if (latestRows.empty()) {
        document.paragraph(QCoreApplication::translate(
            "SemesterReport", "No data: the district has no stunting figure taken by the end "
                              "of this semester."));
        return;
    }
    document.paragraph(QCoreApplication::translate(
        "SemesterReport", "Sources are never mixed: each row is one source's own series "
                          "(surveys such as SSGI and SKI, and the e-PPGBM weighing records, "
                          "count different children in different ways)."));
    document.heading(QCoreApplication::translate("SemesterReport", "Latest figures per source"), 3);
    document.table(
        QCoreApplication::translate("SemesterReport", "Prevalence"),
        QCoreApplication::translate("SemesterReport", "Latest stunting prevalence per source"),
        {QCoreApplication::translate("SemesterReport", "Source"),
         QCoreApplication::translate("SemesterReport", "Period"),
         QCoreApplication::translate("SemesterReport", "Prevalence"),
         QCoreApplication::translate("SemesterReport", "Previous"),
         QCoreApplication::translate("SemesterReport", "Change")},
        latestRows, {2, 4}, {18, 22, 15, 27, 18});

    document.heading(QCoreApplication::translate("SemesterReport", "Gap to the targets"), 3);
    if (target)
        document.paragraph(
            QCoreApplication::translate(
                "SemesterReport",
                "Target for %1: %2 (%3). National targets of the RPJMN 2025-2029: %4 in 2025 "
                "and %5 in 2029. A positive gap is still to go; a negative one is below the "
                "target.")
                .arg(context.semester.year)
                .arg(words::percentText(target->percent, language),
                     target->area.kind == core::PrevalenceArea::Kind::National
                         ? QCoreApplication::translate("SemesterReport", "the national target, %1")
                               .arg(qs(target->note))
                         : QCoreApplication::translate("SemesterReport",
                                                       "the district's own target"),
                     words::percentText(core::rpjmnTargets()[0].percent, language),
                     words::percentText(core::rpjmnTargets()[1].percent, language)));
    else
        document.paragraph(
            QCoreApplication::translate("SemesterReport",
                                        "No target is set for %1. National targets of the RPJMN "
                                        "2025-2029: %2 in 2025 and %3 in 2029.")
                .arg(context.semester.year)
                .arg(words::percentText(core::rpjmnTargets()[0].percent, language),
                     words::percentText(core::rpjmnTargets()[1].percent, language)));
    QStringList targetHeaders = {
        QCoreApplication::translate("SemesterReport", "Source"),
        QCoreApplication::translate("SemesterReport", "Latest"),
        QCoreApplication::translate("SemesterReport", "Gap to the target of %1")
            .arg(context.semester.year)};
    for (const core::NationalTarget &national : core::rpjmnTargets())
        targetHeaders << QCoreApplication::translate("SemesterReport", "Gap to %1 (%2)")
                             .arg(words::percentText(national.percent, language))
                             .arg(national.year);
    document.table(
        QCoreApplication::translate("SemesterReport", "Targets"),
        QCoreApplication::translate("SemesterReport", "Gap of the latest figures to the targets"),
        targetHeaders, targetRows, {1, 2, 3, 4}, {20, 14, 22, 22, 22});

    document.heading(QCoreApplication::translate("SemesterReport", "Trend"), 3);
    document.table(
        QCoreApplication::translate("SemesterReport", "Trend"),
        QCoreApplication::translate("SemesterReport", "Stunting prevalence over time per source"),
        {QCoreApplication::translate("SemesterReport", "Source"),
         QCoreApplication::translate("SemesterReport", "Period"),
         QCoreApplication::translate("SemesterReport", "Prevalence"),
         QCoreApplication::translate("SemesterReport", "Figure")},
        trendRows, {2}, {25, 30, 20, 25});

    // Kecamatan and locus villages in one period.
    document.heading(QCoreApplication::translate("SemesterReport", "Kecamatan and locus villages"),
                     3);
    const auto choice = comparisonChoice(data, context.semester);
    std::optional<std::set<std::string>> locus;
    {
        const auto codes = storage::LocusRepository(context.db).locusCodes(context.semester.year);
        if (!codes.empty()) {
            locus.emplace();
            for (const core::RegionCode &code : codes)
                locus->insert(code.toString());
        }
    }
    const auto period = choice ? data.period(*choice, locus) : std::nullopt;
    if (!period || period->summary.kecamatan.empty()) {
        document.paragraph(QCoreApplication::translate(
            "SemesterReport", "No data: no figures per kecamatan were taken by the end of this "
                              "semester."));
        return;
    }
    document.paragraph(QCoreApplication::translate("SemesterReport", "Figures of %1, %2.")
                           .arg(words::sourceName(choice->source),
                                words::periodName(choice->year, choice->round, language)));
    std::vector<QStringList> rows;
    for (const core::AreaFigure &figure : period->summary.kecamatan)
        rows.push_back({qs(figure.name),
                        figure.measured ? words::countText(*figure.measured, language) : dash(),
                        figure.cases ? words::countText(*figure.cases, language) : dash(),
                        figure.rate ? words::percentText(*figure.rate, language) : dash()});
    document.table(
        QCoreApplication::translate("SemesterReport", "Kecamatan"),
        QCoreApplication::translate("SemesterReport", "Stunting prevalence per kecamatan"),
        {QCoreApplication::translate("SemesterReport", "Kecamatan"),
         QCoreApplication::translate("SemesterReport", "Children measured"),
         QCoreApplication::translate("SemesterReport", "Stunted children"),
         QCoreApplication::translate("SemesterReport", "Prevalence")},
        rows, {1, 2, 3}, {40, 20, 20, 20});
    for (const QString &line : words::locusLines(period->summary.locus, language))
        document.paragraph(line);
}

} // namespace konvergensi::usecases::semester::detail

// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/format.h"
#include "core/prevalence/prevalence_aggregation.h"
#include "core/prevalence/prevalence_puskesmas.h"

#include <QString>
#include <QStringList>

#include <cstdint>

// The prevalence module's words: every core enum and figure of the module turned into user
// text, once, for the dashboard, its dialogs, the printed summary, the charts and the CLI.
// Translated with the installed translator; numbers in the given language ("8,4 %"). The
// rules a figure or a puskesmas breaks are worded here too: the use cases check before
// storage is asked (storage refuses with a plain sentence only), and the figure import's
// rows carry the broken rule typed (io::RowError::rule) for the use case to word.
namespace konvergensi::reports::prevalence {

/// The rule a figure breaks ("there are more cases than children measured.").
QString prevalenceProblemText(core::PrevalenceProblem problem);
/// The rule a puskesmas breaks ("A puskesmas needs a code.").
QString puskesmasProblemText(core::PuskesmasProblem problem);

/// "SSGI", "SKI", "Riskesdas", "e-PPGBM", "Measurement month", "Other".
QString sourceName(core::PrevalenceSource source);
/// "February", "August", "Survey".
QString roundName(core::PrevalenceRound round);
/// "Stunting", "Severe stunting", "Wasting", "Underweight", "Overweight".
QString indicatorName(core::PrevalenceIndicator indicator);
/// "August 2023", "2022 (survey)".
QString periodName(int year, core::PrevalenceRound round, core::Language language);

/// "8,4 %" (one decimal).
QString percentText(double percent, core::Language language);
/// "1.234".
QString countText(std::int64_t count, core::Language language);
/// A change in percentage points with its sign: "+1,2 points", "−13,5 points".
QString pointsText(double change, core::Language language);
/// A distance in percentage points without sign: "13,5 points".
QString magnitudeText(double points, core::Language language);
/// A 95 % interval: "5,5 – 17,4".
QString intervalText(const core::Interval &interval, core::Language language);
/// A figure in words: "17 of 210 measured, 8,1 %, note".
QString figureSummary(const core::PrevalenceObservation &observation, core::Language language);

/// "Very low", "Low", "Medium", "High", "Very high".
QString bandName(core::SeverityBand band);
/// A band with its WHO range for the indicator: "Medium (10 to < 20 %)"; the name alone for
/// an indicator without WHO thresholds.
QString bandLabel(core::PrevalenceIndicator indicator, core::SeverityBand band,
                  core::Language language);
/// The title of a severity legend: "WHO severity of stunting" (the indicator shown).
QString bandLegendTitle(core::PrevalenceIndicator indicator);
/// The legend as one sentence, naming the indicator and its thresholds, or saying that WHO
/// gives none for it.
QString bandLegend(core::PrevalenceIndicator indicator, core::Language language);

/// Data completeness of a period, in sentences: desa with a figure, children measured of those
/// expected, and the district's figure when it is the sum of its desa.
QStringList completenessLines(const core::PeriodSummary &period, core::Language language);
/// Locus villages against the other desa of a period, in sentences; one sentence saying
/// there is no locus list when the year has none.
QStringList locusLines(const core::LocusPrevalenceComparison &locus, core::Language language);

} // namespace konvergensi::reports::prevalence

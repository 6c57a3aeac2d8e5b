// SPDX-License-Identifier: GPL-3.0-or-later
#include "reports/prevalence/prevalence_words.h"

#include <QCoreApplication>
#include <QStringList>

#include <cmath>

namespace konvergensi::reports::prevalence {

namespace {

QString fromStd(const std::string &text)
{
    return QString::fromStdString(text);
}

/// A threshold as written in a legend: "2,5", "10".
QString thresholdText(double value, core::Language language)
{
    const bool whole = std::fabs(value - std::round(value)) < 1e-9;
    return fromStd(core::formatDecimal(value, whole ? 0 : 1, language));
}

} // namespace

QString sourceName(core::PrevalenceSource source)
{
    switch (source) {
    case core::PrevalenceSource::Ssgi:
        return QStringLiteral("SSGI");
    case core::PrevalenceSource::Ski:
        return QStringLiteral("SKI");
    case core::PrevalenceSource::Riskesdas:
        return QStringLiteral("Riskesdas");
    case core::PrevalenceSource::Eppgbm:
        return QStringLiteral("e-PPGBM");
    case core::PrevalenceSource::BulanPenimbangan:
        return QCoreApplication::translate("Prevalence", "Measurement month");
    case core::PrevalenceSource::Other:
        return QCoreApplication::translate("Prevalence", "Other");
    }
    return {};
}

QString roundName(core::PrevalenceRound round)
{
    switch (round) {
    case core::PrevalenceRound::February:
        return QCoreApplication::translate("Prevalence", "February");
    case core::PrevalenceRound::August:
        return QCoreApplication::translate("Prevalence", "August");
    case core::PrevalenceRound::Survey:
        return QCoreApplication::translate("Prevalence", "Survey");
    }
    return {};
}

QString indicatorName(core::PrevalenceIndicator indicator)
{
    switch (indicator) {
    case core::PrevalenceIndicator::Stunting:
        return QCoreApplication::translate("Prevalence", "Stunting");
    case core::PrevalenceIndicator::SevereStunting:
        return QCoreApplication::translate("Prevalence", "Severe stunting");
    case core::PrevalenceIndicator::Wasting:
        return QCoreApplication::translate("Prevalence", "Wasting");
    case core::PrevalenceIndicator::Underweight:
        return QCoreApplication::translate("Prevalence", "Underweight");
    case core::PrevalenceIndicator::Overweight:
        return QCoreApplication::translate("Prevalence", "Overweight");
    }
    return {};
}

QString periodName(int year, core::PrevalenceRound round, core::Language language)
{
    if (round == core::PrevalenceRound::Survey)
        return QCoreApplication::translate("Prevalence", "%1 (survey)").arg(year);
    return fromStd(
        core::formatMonthYear(year, round == core::PrevalenceRound::February ? 2 : 8, language));
}

QString percentText(double percent, core::Language language)
{
    return fromStd(core::formatPercent(percent, 1, language));
}

QString countText(std::int64_t count, core::Language language)
{
    return fromStd(core::formatInteger(count, language));
}

QString pointsText(double change, core::Language language)
{
    const QString number = fromStd(core::formatDecimal(std::fabs(change), 1, language));
    const QString sign = change > 0.05    ? QStringLiteral("+")
                         : change < -0.05 ? QStringLiteral("−")
                                          : QString();
    return QCoreApplication::translate("Prevalence", "%1%2 points").arg(sign, number);
}

QString magnitudeText(double points, core::Language language)
{
    return QCoreApplication::translate("Prevalence", "%1%2 points")
        .arg(QString(), fromStd(core::formatDecimal(std::fabs(points), 1, language)));
}

QString intervalText(const core::Interval &interval, core::Language language)
{
    return QStringLiteral("%1 – %2").arg(fromStd(core::formatDecimal(interval.low, 1, language)),
                                         fromStd(core::formatDecimal(interval.high, 1, language)));
}

QString figureSummary(const core::PrevalenceObservation &o, core::Language language)
{
    QStringList parts;
    if (o.measured && o.cases)
        parts << QCoreApplication::translate("Prevalence", "%1 of %2 measured")
                     .arg(countText(*o.cases, language), countText(*o.measured, language));
    if (const auto rate = o.rate())
        parts << percentText(*rate, language);
    if (!o.note.empty())
        parts << fromStd(o.note);
    return parts.isEmpty() ? QStringLiteral("—") : parts.join(QStringLiteral(", "));
}

QString bandName(core::SeverityBand band)
{
    switch (band) {
    case core::SeverityBand::VeryLow:
        return QCoreApplication::translate("Prevalence", "Very low");
    case core::SeverityBand::Low:
        return QCoreApplication::translate("Prevalence", "Low");
    case core::SeverityBand::Medium:
        return QCoreApplication::translate("Prevalence", "Medium");
    case core::SeverityBand::High:
        return QCoreApplication::translate("Prevalence", "High");
    case core::SeverityBand::VeryHigh:
        return QCoreApplication::translate("Prevalence", "Very high");
    }
    return {};
}

QString bandLabel(core::PrevalenceIndicator indicator, core::SeverityBand band,
                  core::Language language)
{
    const auto t = core::severityThresholds(indicator);
    if (!t)
        return bandName(band);
    auto value = [language](double v) { return thresholdText(v, language); };
    switch (band) {
    case core::SeverityBand::VeryLow:
        return QCoreApplication::translate("Prevalence", "Very low (< %1 %)").arg(value(t->low));
    case core::SeverityBand::Low:
        return QCoreApplication::translate("Prevalence", "Low (%1 to < %2 %)")
            .arg(value(t->low), value(t->medium));
    case core::SeverityBand::Medium:
        return QCoreApplication::translate("Prevalence", "Medium (%1 to < %2 %)")
            .arg(value(t->medium), value(t->high));
    case core::SeverityBand::High:
        return QCoreApplication::translate("Prevalence", "High (%1 to < %2 %)")
            .arg(value(t->high), value(t->veryHigh));
    case core::SeverityBand::VeryHigh:
        return QCoreApplication::translate("Prevalence", "Very high (≥ %1 %)")
            .arg(value(t->veryHigh));
    }
    return {};
}

QString bandLegendTitle(core::PrevalenceIndicator indicator)
{
    return QCoreApplication::translate("Prevalence", "WHO severity of %1")
        .arg(indicatorName(indicator).toLower());
}

QString bandLegend(core::PrevalenceIndicator indicator, core::Language language)
{
    const QString name = indicatorName(indicator).toLower();
    if (!core::severityThresholds(indicator))
        return QCoreApplication::translate(
                   "Prevalence",
                   "WHO gives no severity thresholds for %1 prevalence, so no band is shown.")
            .arg(name);
    QStringList bands;
    for (core::SeverityBand band : core::allSeverityBands())
        bands << bandLabel(indicator, band, language).toLower();
    return QCoreApplication::translate(
               "Prevalence",
               "Severity bands: WHO public-health thresholds for %1 prevalence (de Onis et al. "
               "2019): %2.")
        .arg(name, bands.join(QStringLiteral(", ")));
}

QStringList completenessLines(const core::PeriodSummary &period, core::Language language)
{
    QStringList lines;
    const core::Completeness &c = period.completeness;
    if (const auto share = c.villageShare())
        lines << QCoreApplication::translate("Prevalence", "Desa with figures: %1 of %2 (%3).")
                     .arg(countText(c.villagesWithFigure, language),
                          countText(c.villages, language), percentText(*share, language));
    if (const auto measured = c.measuredShare())
        lines << QCoreApplication::translate("Prevalence",
                                             "Children measured: %1 of %2 expected (%3).")
                     .arg(countText(c.measuredOfEligible, language),
                          countText(c.eligible, language), percentText(*measured, language));
    else
        lines << QCoreApplication::translate("Prevalence",
                                             "Children expected (sasaran) not known for this "
                                             "period.");
    const core::AreaFigure &d = period.district;
    if (d.rate && d.aggregated && d.cases && d.measured && d.interval)
        lines << QCoreApplication::translate("Prevalence",
                                             "District, from its desa: %1 of %2 measured (%3, "
                                             "95 % interval %4).")
                     .arg(countText(*d.cases, language), countText(*d.measured, language),
                          percentText(*d.rate, language), intervalText(*d.interval, language));
    return lines;
}

QStringList locusLines(const core::LocusPrevalenceComparison &l, core::Language language)
{
    if (!l.known)
        return {
            QCoreApplication::translate("Prevalence", "— (no locus village list for this year)")};
    auto line = [language](const QString &label, const core::CountAggregate &a, int villages) {
        return QCoreApplication::translate("Prevalence", "%1: %2 (%3 desa, %4 children measured)")
            .arg(label, a.rate() ? percentText(*a.rate(), language) : QStringLiteral("—"),
                 countText(villages, language), countText(a.measured, language));
    };
    return {
        line(QCoreApplication::translate("Prevalence", "Locus villages"), l.locus, l.locusVillages),
        line(QCoreApplication::translate("Prevalence", "Other desa"), l.other, l.otherVillages)};
}

QString prevalenceProblemText(core::PrevalenceProblem problem)
{
    switch (problem) {
    case core::PrevalenceProblem::YearOutOfRange:
        return QCoreApplication::translate("Prevalence",
                                           "the year must lie between 2000 and 2100.");
    case core::PrevalenceProblem::NegativeCount:
        return QCoreApplication::translate("Prevalence", "a count of children cannot be negative.");
    case core::PrevalenceProblem::CasesExceedMeasured:
        return QCoreApplication::translate("Prevalence",
                                           "there are more cases than children measured.");
    case core::PrevalenceProblem::CountsIncomplete:
        return QCoreApplication::translate(
            "Prevalence",
            "give both the children measured and the cases, or neither (then the rate alone).");
    case core::PrevalenceProblem::RateOutOfRange:
        return QCoreApplication::translate("Prevalence",
                                           "the rate must be a percentage between 0 and 100.");
    case core::PrevalenceProblem::NoFigure:
        return QCoreApplication::translate(
            "Prevalence", "there is no figure: give the children measured and the cases, or the "
                          "published rate.");
    case core::PrevalenceProblem::RateDisagreesWithCounts:
        return QCoreApplication::translate(
            "Prevalence", "the published rate does not match the cases divided by the children "
                          "measured.");
    case core::PrevalenceProblem::SurveyRoundForMonthlySource:
        return QCoreApplication::translate(
            "Prevalence", "e-PPGBM and measurement-month figures belong to the February or the "
                          "August round, not to a survey.");
    }
    return QCoreApplication::translate("Prevalence", "the figure is not valid.");
}

QString puskesmasProblemText(core::PuskesmasProblem problem)
{
    switch (problem) {
    case core::PuskesmasProblem::EmptyCode:
        return QCoreApplication::translate("Puskesmas", "A puskesmas needs a code.");
    case core::PuskesmasProblem::CodeNotAllowed:
        return QCoreApplication::translate(
            "Puskesmas", "The code of a puskesmas may hold only letters, digits, '.', '-', '_' "
                         "and '/', at most 32 characters, such as P1403010101.");
    case core::PuskesmasProblem::CodeLooksLikeArea:
        return QCoreApplication::translate(
            "Puskesmas", "The code of a puskesmas must not read as a region code or as "
                         "\"nasional\": import files could not tell them apart. Use the "
                         "ministry's code, such as P1403010101.");
    case core::PuskesmasProblem::EmptyName:
        return QCoreApplication::translate("Puskesmas", "A puskesmas needs a name.");
    case core::PuskesmasProblem::NoKecamatan:
        return QCoreApplication::translate("Puskesmas",
                                           "Choose the kecamatan where the puskesmas stands.");
    case core::PuskesmasProblem::KecamatanNotAKecamatan:
        return QCoreApplication::translate("Puskesmas", "The kecamatan given is not a kecamatan.");
    case core::PuskesmasProblem::VillageNotAVillage:
        return QCoreApplication::translate(
            "Puskesmas", "A puskesmas serves desa and kelurahan only, not larger regions.");
    case core::PuskesmasProblem::VillageInOtherDistrict:
        return QCoreApplication::translate(
            "Puskesmas", "A puskesmas serves desa of its own kabupaten/kota only.");
    case core::PuskesmasProblem::DuplicateVillage:
        return QCoreApplication::translate("Puskesmas", "A desa is listed twice.");
    }
    return QCoreApplication::translate("Puskesmas", "The puskesmas is not valid.");
}

} // namespace konvergensi::reports::prevalence

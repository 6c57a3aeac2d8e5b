// SPDX-License-Identifier: GPL-3.0-or-later
#include "reports/locus/locus_words.h"

#include "qtsupport/text.h"

#include <QCoreApplication>

namespace konvergensi::reports {

namespace {

const QString kDash = QStringLiteral("\u2013");

QString q(const std::string &text)
{
    return qs(text);
}

} // namespace

QString packageName(core::ServicePackage package)
{
    switch (package) {
    case core::ServicePackage::Kia:
        return QCoreApplication::translate("LocusReport", "Maternal and child health (KIA)");
    case core::ServicePackage::KonselingGizi:
        return QCoreApplication::translate("LocusReport", "Nutrition counselling");
    case core::ServicePackage::AirBersihSanitasi:
        return QCoreApplication::translate("LocusReport", "Clean water and sanitation");
    case core::ServicePackage::PerlindunganSosial:
        return QCoreApplication::translate("LocusReport", "Social protection");
    case core::ServicePackage::Paud:
        return QCoreApplication::translate("LocusReport", "Early childhood education (PAUD)");
    }
    return {};
}

QString packageShortName(core::ServicePackage package)
{
    switch (package) {
    case core::ServicePackage::Kia:
        return QCoreApplication::translate("LocusReport", "KIA");
    case core::ServicePackage::KonselingGizi:
        return QCoreApplication::translate("LocusReport", "Nutrition");
    case core::ServicePackage::AirBersihSanitasi:
        return QCoreApplication::translate("LocusReport", "Water & sanitation");
    case core::ServicePackage::PerlindunganSosial:
        return QCoreApplication::translate("LocusReport", "Social prot.");
    case core::ServicePackage::Paud:
        return QCoreApplication::translate("LocusReport", "PAUD");
    }
    return {};
}

QString originText(core::LocusOrigin origin)
{
    switch (origin) {
    case core::LocusOrigin::Ranked:
        return QCoreApplication::translate("LocusReport", "ranking");
    case core::LocusOrigin::Manual:
        return QCoreApplication::translate("LocusReport", "added by hand");
    case core::LocusOrigin::Imported:
        return QCoreApplication::translate("LocusReport", "imported");
    }
    return {};
}

QString percentOrDash(const std::optional<double> &percent, core::Language language)
{
    return percent ? q(core::formatPercent(*percent, 1, language)) : kDash;
}

QString countOrDash(const std::optional<std::int64_t> &count, core::Language language)
{
    return count ? q(core::formatInteger(*count, language)) : kDash;
}

QString decimalOrDash(const std::optional<double> &value, core::Language language)
{
    return value ? q(core::formatDecimal(*value, 1, language)) : kDash;
}

QString criterionName(core::LocusCriterion criterion)
{
    switch (criterion) {
    case core::LocusCriterion::Prevalence:
        return QCoreApplication::translate("LocusReport", "Prevalence");
    case core::LocusCriterion::Stunted:
        return QCoreApplication::translate("LocusReport", "Stunted children");
    case core::LocusCriterion::CoverageGap:
        return QCoreApplication::translate("LocusReport", "Service gap");
    case core::LocusCriterion::Poverty:
        return QCoreApplication::translate("LocusReport", "Poverty");
    }
    return {};
}

QString roundName(core::PrevalenceRound round)
{
    switch (round) {
    case core::PrevalenceRound::February:
        return QCoreApplication::translate("LocusReport", "February");
    case core::PrevalenceRound::August:
        return QCoreApplication::translate("LocusReport", "August");
    case core::PrevalenceRound::Survey:
        return QCoreApplication::translate("LocusReport", "survey");
    }
    return {};
}

QString figureOriginText(const core::FigureOrigin &origin)
{
    if (origin.kind == core::FigureOrigin::Kind::LocusList)
        return QCoreApplication::translate("LocusReport", "locus list %1").arg(origin.year);
    const QString source = qs(core::sourceLabel(origin.source));
    if (origin.round == core::PrevalenceRound::Survey)
        return QCoreApplication::translate("LocusReport", "%1 %2").arg(source).arg(origin.year);
    return QCoreApplication::translate("LocusReport", "%1, %2 %3")
        .arg(source, roundName(origin.round))
        .arg(origin.year);
}

QString selectionProblemText(core::SelectionProblem problem)
{
    switch (problem) {
    case core::SelectionProblem::TopNNegative:
        return QCoreApplication::translate("LocusReport",
                                           "The number of villages to take cannot be negative.");
    case core::SelectionProblem::ReasonMissing:
        return QCoreApplication::translate(
            "LocusReport", "Every village added or left out by hand needs a reason.");
    case core::SelectionProblem::AddedTwice:
        return QCoreApplication::translate("LocusReport", "A village is added twice.");
    case core::SelectionProblem::AddedAlreadyInTopN:
        return QCoreApplication::translate("LocusReport",
                                           "The village is already in the top of the ranking.");
    case core::SelectionProblem::RemovedNotInTopN:
        return QCoreApplication::translate(
            "LocusReport", "The village left out is not in the top of the ranking.");
    case core::SelectionProblem::AddedAndRemoved:
        return QCoreApplication::translate("LocusReport", "A village is both added and left out.");
    }
    return {};
}

QString listProblemText(const core::LocusListIssue &issue)
{
    const QString village = qs(issue.villageCode);
    switch (issue.problem) {
    case core::LocusListProblem::DuplicateVillage:
        return QCoreApplication::translate("LocusReport", "The village %1 is on the list twice.")
            .arg(village);
    case core::LocusListProblem::DuplicateRank:
        return QCoreApplication::translate("LocusReport",
                                           "Rank %1 is given to more than one village.")
            .arg(issue.rank);
    case core::LocusListProblem::ExclusionWithoutReason:
        return QCoreApplication::translate("LocusReport",
                                           "The village %1 was left out without a reason.")
            .arg(village);
    case core::LocusListProblem::ExcludedAndListed:
        return QCoreApplication::translate("LocusReport",
                                           "The village %1 is both on the list and left out.")
            .arg(village);
    }
    return {};
}

QString locusProblemText(core::LocusProblem problem)
{
    switch (problem) {
    case core::LocusProblem::YearOutOfRange:
        return QCoreApplication::translate("LocusReport",
                                           "The year must be between 2000 and 2100.");
    case core::LocusProblem::NotAVillage:
        return QCoreApplication::translate("LocusReport",
                                           "Only a desa or kelurahan can be a locus village.");
    case core::LocusProblem::RankNotPositive:
        return QCoreApplication::translate("LocusReport", "The rank must be 1 or more.");
    case core::LocusProblem::ManualWithoutReason:
        return QCoreApplication::translate("LocusReport",
                                           "A village added by hand needs a reason.");
    case core::LocusProblem::NegativeCount:
        return QCoreApplication::translate("LocusReport", "A count cannot be negative.");
    case core::LocusProblem::StuntedExceedsMeasured:
        return QCoreApplication::translate(
            "LocusReport", "There are more stunted children than children measured.");
    case core::LocusProblem::PercentOutOfRange:
        return QCoreApplication::translate(
            "LocusReport", "A percentage (prevalence, poverty) must be between 0 and 100.");
    }
    return {};
}

QString scorecardProblemText(core::ScorecardProblem problem)
{
    switch (problem) {
    case core::ScorecardProblem::YearOutOfRange:
        return QCoreApplication::translate("LocusReport",
                                           "The year must be between 2000 and 2100.");
    case core::ScorecardProblem::NotAVillage:
        return QCoreApplication::translate("LocusReport",
                                           "A scorecard belongs to a desa or kelurahan.");
    case core::ScorecardProblem::EmptyIndicatorName:
        return QCoreApplication::translate("LocusReport", "Every indicator needs a name.");
    case core::ScorecardProblem::NegativeCount:
        return QCoreApplication::translate("LocusReport",
                                           "Targets and achievements cannot be negative.");
    case core::ScorecardProblem::AchievedExceedsTarget:
        return QCoreApplication::translate("LocusReport",
                                           "An indicator has more achieved than its target.");
    case core::ScorecardProblem::DuplicateIndicator:
        return QCoreApplication::translate("LocusReport",
                                           "An indicator appears twice in the same package.");
    case core::ScorecardProblem::NegativeBudget:
        return QCoreApplication::translate("LocusReport",
                                           "The APBDes allocation cannot be negative.");
    }
    return {};
}

} // namespace konvergensi::reports

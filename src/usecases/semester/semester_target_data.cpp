// SPDX-License-Identifier: GPL-3.0-or-later
// Part VIII of the semester report: the per-desa target data the ministry's web monitoring
// asks for ("Data Sasaran"), from the semester's weighing round of measured children when the
// workspace holds one, otherwise from the prevalence figures of the semester's round.
#include "usecases/semester/semester_parts.h"

#include "core/measurements/measurement_summary.h"
#include "core/measurements/measurements.h"
#include "qtsupport/text.h"
#include "reports/prevalence/prevalence_words.h"
#include "storage/measurements/measurement_repository.h"
#include "usecases/measurements/round_summary.h"
#include "usecases/measurements/target_data.h"
#include "usecases/prevalence/dashboard_data.h"

#include <map>

namespace konvergensi::usecases::semester::detail {

namespace {

namespace words = reports::prevalence;

QString dash()
{
    return QStringLiteral("\u2013");
}

QStringList headers()
{
    return {QCoreApplication::translate("SemesterReport", "Kecamatan"),
            QCoreApplication::translate("SemesterReport", "Desa/kelurahan"),
            QCoreApplication::translate("SemesterReport", "Families"),
            QCoreApplication::translate("SemesterReport", "Families at risk"),
            QCoreApplication::translate("SemesterReport", "Children measured"),
            QCoreApplication::translate("SemesterReport", "Severely stunted"),
            QCoreApplication::translate("SemesterReport", "Stunted"),
            QCoreApplication::translate("SemesterReport", "Stunting total")};
}

const std::vector<int> kRight = {2, 3, 4, 5, 6, 7};
const std::vector<int> kWidths = {15, 19, 10, 11, 12, 11, 10, 12};

/// The semester's latest weighing round of measured children ("2023-08"), if held.
std::optional<storage::MeasurementRound> roundOfSemester(storage::Database &db,
                                                         const core::Semester &semester)
{
    std::optional<storage::MeasurementRound> best;
    for (const storage::MeasurementRound &round : storage::MeasurementRepository(db).rounds()) {
        const auto parsed = core::measurements::Round::parse(ss(round.period));
        if (!parsed || !semester.contains(boost::gregorian::date(parsed->year, parsed->month, 1)))
            continue;
        if (!best || round.period > best->period)
            best = round;
    }
    return best;
}

bool fromMeasurements(reports::SemesterDocument &document, const PartContext &context)
{
    const auto round = roundOfSemester(context.db, context.semester);
    if (!round)
        return false;
    const auto data = measurements::targetData(context.db, round->period);
    if (!data)
        return false;
    const core::Language language = context.language;
    const auto countOrDash = [&](const std::optional<int> &value) {
        return value ? words::countText(*value, language) : dash();
    };
    std::vector<QStringList> rows;
    for (const measurements::TargetRow &row : data->rows) {
        rows.push_back({row.kecamatan, row.desa, countOrDash(row.families),
                        countOrDash(row.familiesAtRisk), words::countText(row.measured, language),
                        words::countText(row.severelyStunted, language),
                        words::countText(row.stunted, language),
                        words::countText(row.severelyStunted + row.stunted, language)});
    }
    document.paragraph(
        QCoreApplication::translate(
            "SemesterReport",
            "From the weighing round %1 of measured children (%2 children; length/height-for-age "
            "below -3 SD is severely stunted, -3 to below -2 SD stunted).%3")
            .arg(round->period)
            .arg(words::countText(round->children, language))
            .arg(round->invented ? QLatin1Char(' ')
                                       + QCoreApplication::translate(
                                           "SemesterReport", "The children of this round are "
                                                             "invented (demo data).")
                                 : QString()));
    document.paragraph(
        data->familiesYear > 0
            ? QCoreApplication::translate("SemesterReport",
                                          "Families and families at risk of stunting: the family "
                                          "data of %1 as entered in Konvergensi.")
                  .arg(data->familiesYear)
            : QCoreApplication::translate("SemesterReport",
                                          "Families and families at risk of stunting have not "
                                          "been entered (Child Measurements, tab Target data)."));
    document.table(
        QCoreApplication::translate("SemesterReport", "Target data"),
        QCoreApplication::translate("SemesterReport", "Target data per desa, weighing round %1")
            .arg(round->period),
        headers(), rows, kRight, kWidths);
    return true;
}

bool fromPrevalence(reports::SemesterDocument &document, const PartContext &context)
{
    if (!context.district)
        return false;
    const core::Language language = context.language;
    const auto round = context.semester.half == 1 ? core::PrevalenceRound::February
                                                  : core::PrevalenceRound::August;
    const auto stunting = prevalence::DashboardData::load(context.db,
                                                          core::PrevalenceIndicator::Stunting);
    for (const core::PrevalenceSource source :
         {core::PrevalenceSource::Eppgbm, core::PrevalenceSource::BulanPenimbangan}) {
        const auto summary = stunting.summary(source, context.semester.year, round, std::nullopt);
        if (!summary)
            continue;
        std::map<std::string, std::int64_t> severe;
        const auto severeData = prevalence::DashboardData::load(
            context.db, core::PrevalenceIndicator::SevereStunting);
        if (const auto severeSummary = severeData.summary(source, context.semester.year, round,
                                                          std::nullopt)) {
            for (const core::AreaFigure &figure : severeSummary->villages) {
                if (figure.cases)
                    severe[figure.code.toString()] = *figure.cases;
            }
        }
        std::vector<QStringList> rows;
        for (const core::AreaFigure &figure : summary->villages) {
            if (!figure.measured && !figure.cases)
                continue;
            const std::string code = figure.code.toString();
            const auto worst = severe.find(code);
            rows.push_back(
                {regionName(context, code.substr(0, 8)), qs(figure.name), dash(), dash(),
                 figure.measured ? words::countText(*figure.measured, language) : dash(),
                 worst != severe.end() ? words::countText(worst->second, language) : dash(),
                 worst != severe.end() && figure.cases
                     ? words::countText(*figure.cases - worst->second, language)
                     : dash(),
                 figure.cases ? words::countText(*figure.cases, language) : dash()});
        }
        if (rows.empty())
            continue;
        document.paragraph(
            QCoreApplication::translate(
                "SemesterReport",
                "No weighing round of measured children is held for this semester: the table "
                "comes from the prevalence figures of %1, %2 (children measured and stunted per "
                "desa). Severely stunted and stunted are shown apart only where severe stunting "
                "figures are recorded.")
                .arg(words::sourceName(source),
                     words::periodName(context.semester.year, round, language)));
        document.table(QCoreApplication::translate("SemesterReport", "Target data"),
                       QCoreApplication::translate("SemesterReport", "Target data per desa, %1 %2")
                           .arg(words::sourceName(source),
                                words::periodName(context.semester.year, round, language)),
                       headers(), rows, kRight, kWidths);
        return true;
    }
    return false;
}

} // namespace

void addTargetDataPart(reports::SemesterDocument &document, const PartContext &context)
{
    document.heading(QCoreApplication::translate("SemesterReport", "VIII. Target data per desa"));
    // A weighing round brings the families typed or imported for it (and says which year);
    // the prevalence figures have none.
    if (fromMeasurements(document, context))
        return;
    if (!fromPrevalence(document, context)) {
        document.paragraph(QCoreApplication::translate(
            "SemesterReport", "No data: the workspace holds neither a weighing round of "
                              "measured children nor e-PPGBM figures per desa for this "
                              "semester."));
        return;
    }
    document.paragraph(QCoreApplication::translate(
        "SemesterReport", "The workspace holds no family data: the number of families and of "
                          "families at risk of stunting come from the family data collection "
                          "(BKKBN) and are to be filled in on the web monitoring."));
}

} // namespace konvergensi::usecases::semester::detail

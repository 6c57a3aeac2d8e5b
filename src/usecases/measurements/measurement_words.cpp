// SPDX-License-Identifier: GPL-3.0-or-later
#include "usecases/measurements/measurement_words.h"

#include "core/format.h"
#include "i18n/language.h"

#include <QCoreApplication>

namespace konvergensi::usecases::measurements {

namespace cm = core::measurements;
using io::measurements::Column;

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("konvergensi::usecases::measurements", text);
}

} // namespace

QString skipReasonText(cm::SkipReason reason)
{
    switch (reason) {
    case cm::SkipReason::None:
        return {};
    case cm::SkipReason::BirthDateMissing:
        return tr("Birth date empty");
    case cm::SkipReason::BirthDateUnreadable:
        return tr("Birth date not a date");
    case cm::SkipReason::MeasureDateMissing:
        return tr("Measurement date empty");
    case cm::SkipReason::MeasureDateUnreadable:
        return tr("Measurement date not a date");
    case cm::SkipReason::BirthAfterMeasure:
        return tr("Born after the measurement");
    case cm::SkipReason::Duplicate:
        return tr("Same child and date as an earlier row");
    }
    return {};
}

QString statusText(cm::Status status, bool withRule)
{
    switch (status) {
    case cm::Status::Stunted:
        return withRule ? tr("Stunted (length/height-for-age below −2 SD)") : tr("Stunted");
    case cm::Status::Wasted:
        return withRule ? tr("Wasted (weight-for-length/height below −2 SD)") : tr("Wasted");
    case cm::Status::Overweight:
        return withRule ? tr("Overweight (weight-for-length/height above +2 SD)")
                        : tr("Overweight");
    case cm::Status::Underweight:
        return withRule ? tr("Underweight (weight-for-age below −2 SD)") : tr("Underweight");
    }
    return {};
}

QString columnText(Column column)
{
    switch (column) {
    case Column::Name:
        return tr("Name");
    case Column::Nik:
        return tr("NIK");
    case Column::Sex:
        return tr("Sex");
    case Column::BirthDate:
        return tr("Birth date");
    case Column::Kecamatan:
        return tr("Kecamatan");
    case Column::Desa:
        return tr("Desa/kelurahan");
    case Column::MeasureDate:
        return tr("Measurement date");
    case Column::Weight:
        return tr("Weight (kg)");
    case Column::Height:
        return tr("Length/height (cm)");
    case Column::Position:
        return tr("Lying or standing");
    case Column::Puskesmas:
        return tr("Puskesmas");
    case Column::Posyandu:
        return tr("Posyandu");
    case Column::Parents:
        return tr("Parents");
    case Column::Address:
        return tr("Address");
    case Column::TypedHaz:
        return tr("e-PPGBM's z-score height-for-age");
    case Column::TypedWaz:
        return tr("e-PPGBM's z-score weight-for-age");
    case Column::TypedWhz:
        return tr("e-PPGBM's z-score weight-for-height");
    }
    return {};
}

std::optional<Column> columnOfKey(const QString &key)
{
    for (std::size_t c = 0; c < io::measurements::kColumnCount; ++c) {
        if (io::measurements::columnKey(static_cast<Column>(c)) == key)
            return static_cast<Column>(c);
    }
    return std::nullopt;
}

QString roundText(const QString &period)
{
    const auto round = cm::Round::parse(period.toStdString());
    if (!round)
        return period;
    return QString::fromStdString(
        core::formatMonthYear(round->year, round->month, i18n::LanguageSetup::current()));
}

QString levelText(cm::AreaLevel level)
{
    switch (level) {
    case cm::AreaLevel::District:
        return tr("Kabupaten/kota");
    case cm::AreaLevel::Kecamatan:
        return tr("Kecamatan");
    case cm::AreaLevel::Desa:
        return tr("Desa");
    case cm::AreaLevel::Kelurahan:
        return tr("Kelurahan");
    case cm::AreaLevel::Puskesmas:
        return tr("Puskesmas");
    case cm::AreaLevel::Posyandu:
        return tr("Posyandu");
    }
    return {};
}

QString qualityProblemText(cm::QualityProblem problem)
{
    switch (problem) {
    case cm::QualityProblem::Skipped:
        return tr("skipped rows");
    case cm::QualityProblem::Flagged:
        return tr("implausible z-scores");
    case cm::QualityProblem::HeightMissing:
        return tr("missing heights");
    case cm::QualityProblem::DigitPreference:
        return tr("digit preference");
    case cm::QualityProblem::WrongPosition:
        return tr("measuring position");
    }
    return {};
}

QString qualityProblemsText(const std::vector<cm::QualityProblem> &problems)
{
    QStringList words;
    for (const cm::QualityProblem problem : problems)
        words << qualityProblemText(problem);
    return words.join(QStringLiteral(", "));
}

} // namespace konvergensi::usecases::measurements

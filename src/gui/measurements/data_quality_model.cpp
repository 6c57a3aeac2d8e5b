// SPDX-License-Identifier: GPL-3.0-or-later
#include "gui/measurements/data_quality_model.h"

#include "core/format.h"
#include "gui/common/colours.h"
#include "gui/language.h"
#include "gui/measurements/measurement_models.h"
#include "qtsupport/text.h"
#include "usecases/measurements/measurement_words.h"

#include <QBrush>
#include <QFont>

#include <algorithm>

namespace konvergensi::gui::measurements {

namespace cm = core::measurements;

namespace {

QString count(int n)
{
    return qs(core::formatInteger(n, LanguageSetup::current()));
}

QString percent(const std::optional<double> &value)
{
    return value ? qs(core::formatPercent(*value, 1, LanguageSetup::current()))
                 : QStringLiteral("—");
}

/// The problem a column shows, if any.
std::optional<cm::QualityProblem> problemOfColumn(int column)
{
    switch (column) {
    case QualityTableModel::SkippedColumn:
        return cm::QualityProblem::Skipped;
    case QualityTableModel::FlaggedColumn:
        return cm::QualityProblem::Flagged;
    case QualityTableModel::HeightMissingColumn:
        return cm::QualityProblem::HeightMissing;
    case QualityTableModel::DigitColumn:
        return cm::QualityProblem::DigitPreference;
    case QualityTableModel::PositionColumn:
        return cm::QualityProblem::WrongPosition;
    default:
        return std::nullopt;
    }
}

QVariant sortNumber(const std::optional<double> &value)
{
    return value ? QVariant(*value) : QVariant(-1.0);
}

} // namespace

void QualityTableModel::setAreas(std::vector<cm::QualityArea> areas)
{
    beginResetModel();
    m_areas.clear();
    for (cm::QualityArea &area : areas) {
        if (area.level == cm::AreaLevel::Posyandu)
            m_areas.push_back(std::move(area));
    }
    endResetModel();
}

QString QualityTableModel::keyOf(const cm::QualityArea &area)
{
    return qs(area.code) + QLatin1Char('|') + qs(cm::posyanduKey(area.name));
}

int QualityTableModel::rowOf(const QString &key) const
{
    for (std::size_t i = 0; i < m_areas.size(); ++i) {
        if (keyOf(m_areas[i]) == key)
            return static_cast<int>(i);
    }
    return -1;
}

QString QualityTableModel::displayName(const cm::QualityArea &area)
{
    const QString name = area.name.empty() ? tr("(no posyandu)") : qs(area.name);
    return area.desaName.empty() ? name : tr("%1 (%2)").arg(name, qs(area.desaName));
}

QString QualityTableModel::ageBandName(int band)
{
    if (band >= cm::kAgeBandCount - 1)
        return tr("≥ 60 mo");
    const auto first = cm::kAgeBandFirstMonth[static_cast<std::size_t>(band)];
    const auto last = cm::kAgeBandFirstMonth[static_cast<std::size_t>(band) + 1] - 1;
    return tr("%1–%2 mo").arg(first).arg(last);
}

QString QualityTableModel::problemWords(const std::vector<cm::QualityProblem> &problems)
{
    return usecases::measurements::qualityProblemsText(problems);
}

int QualityTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_areas.size());
}

int QualityTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant QualityTableModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= rowCount() || index.column() >= ColumnCount)
        return {};
    const cm::QualityArea &area = m_areas[static_cast<std::size_t>(index.row())];
    const cm::QualityCounts &c = area.counts;
    const int column = index.column();
    const int band = column - FirstAgeColumn;
    const auto problem = problemOfColumn(column);
    const bool over = problem
                      && std::find(area.problems.begin(), area.problems.end(), *problem)
                             != area.problems.end();
    if (role == KeyRole)
        return keyOf(area);
    if (role == Qt::DisplayRole) {
        switch (column) {
        case PosyanduColumn:
            return area.name.empty() ? tr("(no posyandu)") : qs(area.name);
        case DesaColumn:
            return qs(area.desaName);
        case RowsColumn:
            return count(c.rows);
        case SkippedColumn:
            return percent(c.skippedPercent());
        case FlaggedColumn:
            return percent(c.worstFlaggedPercent());
        case HeightMissingColumn:
            return percent(c.heightMissingPercent());
        case DigitColumn:
            return percent(c.digitPreferencePercent());
        case PositionColumn:
            return percent(c.wrongPositionPercent());
        case AttentionColumn:
            return problemWords(area.problems);
        default:
            return percent(c.ageBandPercent(band));
        }
    }
    if (role == SortRole) {
        switch (column) {
        case PosyanduColumn:
            return qs(cm::posyanduKey(area.name));
        case DesaColumn:
            return qs(area.desaName);
        case RowsColumn:
            return c.rows;
        case SkippedColumn:
            return sortNumber(c.skippedPercent());
        case FlaggedColumn:
            return sortNumber(c.worstFlaggedPercent());
        case HeightMissingColumn:
            return sortNumber(c.heightMissingPercent());
        case DigitColumn:
            return sortNumber(c.digitPreferencePercent());
        case PositionColumn:
            return sortNumber(c.wrongPositionPercent());
        case AttentionColumn:
            return static_cast<int>(area.problems.size());
        default:
            return sortNumber(c.ageBandPercent(band));
        }
    }
    if (role == Qt::TextAlignmentRole)
        return column <= AttentionColumn ? QVariant() : QVariant(Qt::AlignRight | Qt::AlignVCenter);
    if (role == Qt::BackgroundRole && !area.problems.empty())
        return QBrush(colours::dangerLight);
    if (role == Qt::ForegroundRole
        && (over || (column == AttentionColumn && !area.problems.empty())))
        return QBrush(colours::danger);
    if (role == Qt::FontRole && over) {
        QFont font;
        font.setBold(true);
        return font;
    }
    if (role == Qt::ToolTipRole) {
        switch (column) {
        case PosyanduColumn:
            return area.puskesmas.empty() ? displayName(area)
                                          : tr("%1, %2").arg(displayName(area), qs(area.puskesmas));
        case AttentionColumn:
            return problemWords(area.problems);
        case SkippedColumn:
            return tr("%1 of %2 rows skipped.").arg(c.skipped).arg(c.rows);
        case FlaggedColumn:
            return tr("Implausible z-scores (WHO flags): length/height-for-age %1 of %2, "
                      "weight-for-length/height %3 of %4, weight-for-age %5 of %6.")
                .arg(c.flaggedOf(cm::QualityIndicator::Haz))
                .arg(c.scoredOf(cm::QualityIndicator::Haz))
                .arg(c.flaggedOf(cm::QualityIndicator::Whz))
                .arg(c.scoredOf(cm::QualityIndicator::Whz))
                .arg(c.flaggedOf(cm::QualityIndicator::Waz))
                .arg(c.scoredOf(cm::QualityIndicator::Waz));
        case HeightMissingColumn:
            return tr("%1 of %2 children without a height.").arg(c.heightMissing).arg(c.children);
        case DigitColumn:
            return tr("%1 heights end in .0 and %2 in .5, of %3 heights; about 20 % would "
                      "without rounding.")
                .arg(c.decimal0)
                .arg(c.decimal5)
                .arg(c.heights);
        case PositionColumn:
            return tr("%1 of %2 children under 24 months measured standing; %3 of %4 from 24 "
                      "months measured lying; %5 heights without a position.")
                .arg(c.standingUnder24)
                .arg(c.under24)
                .arg(c.lyingFrom24)
                .arg(c.from24)
                .arg(c.positionUnknown);
        default:
            if (column >= FirstAgeColumn)
                return tr("%1 of %2 children.")
                    .arg(c.ageBands[static_cast<std::size_t>(band)])
                    .arg(c.children);
            return {};
        }
    }
    return {};
}

QVariant QualityTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || section < 0 || section >= ColumnCount)
        return {};
    if (role == Qt::DisplayRole) {
        switch (section) {
        case PosyanduColumn:
            return tr("Posyandu");
        case DesaColumn:
            return tr("Desa");
        case RowsColumn:
            return tr("Rows");
        case SkippedColumn:
            return tr("Skipped");
        case FlaggedColumn:
            return tr("Implausible z");
        case HeightMissingColumn:
            return tr("No height");
        case DigitColumn:
            return tr(".0 / .5");
        case PositionColumn:
            return tr("Position");
        case AttentionColumn:
            return tr("Needs attention");
        default:
            return ageBandName(section - FirstAgeColumn);
        }
    }
    if (role == Qt::ToolTipRole) {
        switch (section) {
        case SkippedColumn:
            return tr("Share of the rows of the file that were skipped (dates missing or "
                      "unreadable, born after the measurement, duplicates).");
        case FlaggedColumn:
            return tr("Highest share of implausible z-scores of the three indicators (WHO "
                      "flags); more than 1 % needs attention.");
        case HeightMissingColumn:
            return tr("Share of the children measured without a height.");
        case DigitColumn:
            return tr("Share of the heights whose first decimal is 0 or 5: about 20 % when "
                      "heights are read to the millimetre, more when they are rounded.");
        case PositionColumn:
            return tr("Share of the children measured standing under 24 months or lying from "
                      "24 months.");
        default:
            if (section >= FirstAgeColumn)
                return tr("Share of the children of this age in months.");
            return {};
        }
    }
    return {};
}

} // namespace konvergensi::gui::measurements

// SPDX-License-Identifier: GPL-3.0-or-later
#include "gui/locus/village_models.h"

#include "gui/language.h"
#include "qtsupport/text.h"
#include "reports/locus/locus_words.h"

namespace konvergensi::gui::locus {

LocusHistoryModel::LocusHistoryModel(QObject *parent)
    : KeyedTableModel(parent)
{
    setObjectName(QStringLiteral("villageHistoryModel"));
}

void LocusHistoryModel::setHistory(std::vector<core::LocusVillage> history)
{
    replaceRows(m_rows, std::move(history),
                [](const core::LocusVillage &v) { return QString::number(v.year); });
}

int LocusHistoryModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_rows.size());
}

int LocusHistoryModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant LocusHistoryModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= rowCount())
        return {};
    const core::LocusVillage &v = m_rows[static_cast<std::size_t>(index.row())];
    const auto column = static_cast<Column>(index.column());
    if (role == KeyRole)
        return QString::number(v.year);
    if (role == Qt::TextAlignmentRole)
        return column == OriginColumn || column == ReasonColumn
                   ? QVariant()
                   : QVariant(Qt::AlignRight | Qt::AlignVCenter);
    if (role == SortRole && column == PrevalenceColumn)
        return v.evidence.prevalence() ? QVariant(*v.evidence.prevalence()) : QVariant(-1.0);
    if (role != Qt::DisplayRole && role != Qt::ToolTipRole && role != SortRole)
        return {};
    switch (column) {
    case YearColumn:
        return v.year;
    case RankColumn:
        return v.rank;
    case OriginColumn:
        return reports::originText(v.origin);
    case PrevalenceColumn:
        return reports::percentOrDash(v.evidence.prevalence(), LanguageSetup::current());
    case ReasonColumn:
        return qs(v.reason);
    case ColumnCount:
        break;
    }
    return {};
}

QVariant LocusHistoryModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (static_cast<Column>(section)) {
    case YearColumn:
        return tr("Year");
    case RankColumn:
        return tr("Rank");
    case OriginColumn:
        return tr("Origin");
    case PrevalenceColumn:
        return tr("Prevalence");
    case ReasonColumn:
        return tr("Reason");
    case ColumnCount:
        break;
    }
    return {};
}

ScorecardIndicatorModel::ScorecardIndicatorModel(QObject *parent)
    : KeyedTableModel(parent)
{
    setObjectName(QStringLiteral("scorecardModel"));
}

namespace {

QString keyOf(const core::ScorecardIndicator &indicator)
{
    return qs(core::toString(indicator.package)) + QLatin1Char('/')
           + qs(indicator.name).toCaseFolded();
}

} // namespace

void ScorecardIndicatorModel::setIndicators(std::vector<core::ScorecardIndicator> indicators)
{
    replaceRows(m_rows, std::move(indicators), keyOf);
}

int ScorecardIndicatorModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_rows.size());
}

int ScorecardIndicatorModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant ScorecardIndicatorModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= rowCount())
        return {};
    const core::ScorecardIndicator &i = m_rows[static_cast<std::size_t>(index.row())];
    const auto column = static_cast<Column>(index.column());
    const core::Language language = LanguageSetup::current();
    switch (role) {
    case KeyRole:
        return keyOf(i);
    case Qt::TextAlignmentRole:
        return column == PackageColumn || column == NameColumn
                   ? QVariant()
                   : QVariant(Qt::AlignRight | Qt::AlignVCenter);
    case SortRole:
        switch (column) {
        case PackageColumn:
            return static_cast<int>(i.package);
        case TargetColumn:
            return QVariant::fromValue(static_cast<qint64>(i.target));
        case AchievedColumn:
            return QVariant::fromValue(static_cast<qint64>(i.achieved));
        case CoverageColumn:
            return i.coverage() ? QVariant(*i.coverage()) : QVariant(-1.0);
        default:
            break;
        }
        [[fallthrough]];
    case Qt::DisplayRole:
    case Qt::ToolTipRole:
        switch (column) {
        case PackageColumn:
            return reports::packageName(i.package);
        case NameColumn:
            return qs(i.name);
        case TargetColumn:
            return qs(core::formatInteger(i.target, language));
        case AchievedColumn:
            return qs(core::formatInteger(i.achieved, language));
        case CoverageColumn:
            return reports::percentOrDash(i.coverage(), language);
        case ColumnCount:
            break;
        }
        return {};
    default:
        return {};
    }
}

QVariant ScorecardIndicatorModel::headerData(int section, Qt::Orientation orientation,
                                             int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (static_cast<Column>(section)) {
    case PackageColumn:
        return tr("Service package");
    case NameColumn:
        return tr("Indicator");
    case TargetColumn:
        return tr("Target");
    case AchievedColumn:
        return tr("Achieved");
    case CoverageColumn:
        return tr("Coverage");
    case ColumnCount:
        break;
    }
    return {};
}

} // namespace konvergensi::gui::locus

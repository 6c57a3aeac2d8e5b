// SPDX-License-Identifier: GPL-3.0-or-later
#include "gui/measurements/measurement_models.h"

#include "core/format.h"
#include "gui/common/colours.h"
#include "gui/common/date_edit.h"
#include "gui/language.h"
#include "qtsupport/text.h"
#include "usecases/measurements/measurement_words.h"

#include <QBrush>
#include <QDate>

#include <cmath>

namespace konvergensi::gui::measurements {

namespace cm = core::measurements;
namespace words = usecases::measurements;

namespace {

QString count(int n)
{
    return qs(core::formatInteger(n, LanguageSetup::current()));
}

QString percent(std::optional<double> value)
{
    return value ? qs(core::formatPercent(*value, 1, LanguageSetup::current()))
                 : QStringLiteral("—");
}

QVariant sortNumber(std::optional<double> value)
{
    return value ? QVariant(*value) : QVariant(-1.0);
}

std::optional<double> rateOf(int cases, int of)
{
    if (of <= 0)
        return std::nullopt;
    return 100.0 * cases / of;
}

QVariant numberAlignment()
{
    return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
}

} // namespace

QString decimalText(double value, int decimals)
{
    return core::anthro::isMissing(value)
               ? QStringLiteral("—")
               : qs(core::formatDecimal(value, decimals, LanguageSetup::current()));
}

// --- rounds ---------------------------------------------------------------------------------

void RoundTableModel::setRounds(std::vector<usecases::measurements::RoundOverview> rounds)
{
    beginResetModel();
    m_rows = std::move(rounds);
    endResetModel();
}

int RoundTableModel::rowOf(const QString &period) const
{
    for (std::size_t i = 0; i < m_rows.size(); ++i) {
        if (m_rows[i].round.period == period)
            return static_cast<int>(i);
    }
    return -1;
}

int RoundTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_rows.size());
}

int RoundTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant RoundTableModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= rowCount())
        return {};
    const auto &row = m_rows[static_cast<std::size_t>(index.row())];
    const cm::AreaCounts &d = row.district;
    if (role == KeyRole)
        return row.round.period;
    const auto rate = [&](cm::Status status) {
        return d.countsOf(status).percent(d.casesOf(status));
    };
    if (role == SortRole) {
        switch (index.column()) {
        case RoundColumn:
            return row.round.period;
        case ExtractColumn:
            return row.round.extractDate;
        case ChildrenColumn:
            return d.children;
        case StuntedColumn:
            return d.casesOf(cm::Status::Stunted);
        case StuntedRateColumn:
            return sortNumber(rate(cm::Status::Stunted));
        case WastedColumn:
            return d.casesOf(cm::Status::Wasted);
        case WastedRateColumn:
            return sortNumber(rate(cm::Status::Wasted));
        case UnderweightColumn:
            return d.casesOf(cm::Status::Underweight);
        case UnderweightRateColumn:
            return sortNumber(rate(cm::Status::Underweight));
        case SkippedColumn:
            return d.skippedTotal();
        default:
            return data(index, Qt::DisplayRole);
        }
    }
    if (role == Qt::TextAlignmentRole)
        return index.column() == RoundColumn || index.column() == ExtractColumn
                       || index.column() == FileColumn
                   ? QVariant()
                   : numberAlignment();
    if (role == Qt::ToolTipRole) {
        if (index.column() == RoundColumn && row.round.invented)
            return tr("Invented children of the demo district.");
        if (index.column() == FileColumn)
            return row.round.sourceFile;
        return data(index, Qt::DisplayRole);
    }
    if (role != Qt::DisplayRole)
        return {};
    switch (index.column()) {
    case RoundColumn:
        return row.round.invented ? tr("%1 (demo)").arg(words::roundText(row.round.period))
                                  : words::roundText(row.round.period);
    case ExtractColumn:
        return row.round.extractDate.isEmpty() ? QStringLiteral("—")
                                               : DateEdit::shortDisplayText(QDate::fromString(
                                                   row.round.extractDate, Qt::ISODate));
    case ChildrenColumn:
        return count(d.children);
    case StuntedColumn:
        return count(d.casesOf(cm::Status::Stunted));
    case StuntedRateColumn:
        return percent(rate(cm::Status::Stunted));
    case WastedColumn:
        return count(d.casesOf(cm::Status::Wasted));
    case WastedRateColumn:
        return percent(rate(cm::Status::Wasted));
    case UnderweightColumn:
        return count(d.casesOf(cm::Status::Underweight));
    case UnderweightRateColumn:
        return percent(rate(cm::Status::Underweight));
    case SkippedColumn:
        return count(d.skippedTotal());
    case FileColumn:
        return row.round.sourceFile;
    default:
        return {};
    }
}

QVariant RoundTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal)
        return {};
    if (role == Qt::ToolTipRole) {
        switch (section) {
        case RoundColumn:
            return tr("The weighing month (bulan penimbangan).");
        case ExtractColumn:
            return tr("The date e-PPGBM wrote the export (data tanggal).");
        case ChildrenColumn:
            return tr("Rows kept: child measurements that enter the figures.");
        case StuntedColumn:
        case StuntedRateColumn:
            return words::statusText(cm::Status::Stunted, true);
        case WastedColumn:
        case WastedRateColumn:
            return words::statusText(cm::Status::Wasted, true);
        case UnderweightColumn:
        case UnderweightRateColumn:
            return words::statusText(cm::Status::Underweight, true);
        case SkippedColumn:
            return tr("Rows of the file that did not become a measurement.");
        default:
            return {};
        }
    }
    if (role != Qt::DisplayRole)
        return {};
    switch (section) {
    case RoundColumn:
        return tr("Weighing month");
    case ExtractColumn:
        return tr("Extract date");
    case ChildrenColumn:
        return tr("Children");
    case StuntedColumn:
        return words::statusText(cm::Status::Stunted);
    case WastedColumn:
        return words::statusText(cm::Status::Wasted);
    case UnderweightColumn:
        return words::statusText(cm::Status::Underweight);
    case StuntedRateColumn:
    case WastedRateColumn:
    case UnderweightRateColumn:
        return QStringLiteral("%");
    case SkippedColumn:
        return tr("Skipped");
    case FileColumn:
        return tr("File");
    default:
        return {};
    }
}

// --- areas ----------------------------------------------------------------------------------

void AreaTableModel::setAreas(std::vector<cm::AreaSummary> areas, cm::Status status)
{
    // The same areas (another status, or a reload): changed in place, so views keep their
    // selection and scroll position.
    bool same = areas.size() == m_rows.size();
    for (std::size_t i = 0; same && i < areas.size(); ++i)
        same = keyOf(areas[i]) == keyOf(m_rows[i]);
    if (same && !m_rows.empty()) {
        m_rows = std::move(areas);
        m_status = status;
        Q_EMIT dataChanged(index(0, 0), index(rowCount() - 1, ColumnCount - 1));
        Q_EMIT headerDataChanged(Qt::Horizontal, 0, ColumnCount - 1);
        return;
    }
    beginResetModel();
    m_rows = std::move(areas);
    m_status = status;
    endResetModel();
}

QString AreaTableModel::keyOf(const cm::AreaSummary &area)
{
    QString key = QString::fromLatin1(cm::toString(area.level)) + u'|' + qs(area.code);
    if (area.level == cm::AreaLevel::Posyandu || area.level == cm::AreaLevel::Puskesmas)
        key += u'|' + qs(area.name);
    return key;
}

int AreaTableModel::rowOf(const QString &key) const
{
    for (std::size_t i = 0; i < m_rows.size(); ++i) {
        if (keyOf(m_rows[i]) == key)
            return static_cast<int>(i);
    }
    return -1;
}

int AreaTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_rows.size());
}

int AreaTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant AreaTableModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= rowCount())
        return {};
    const cm::AreaSummary &area = m_rows[static_cast<std::size_t>(index.row())];
    const cm::AreaCounts &c = area.counts;
    const cm::IndicatorCounts &counts = c.countsOf(m_status);
    const int cases = c.casesOf(m_status);
    const cm::TypedCounts &typed = c.typedOf(m_status);
    if (role == KeyRole)
        return keyOf(area);
    if (role == SortRole) {
        switch (index.column()) {
        case NameColumn:
            return qs(area.name);
        case LevelColumn:
            return static_cast<int>(area.level);
        case ChildrenColumn:
            return c.children;
        case ValidColumn:
            return counts.valid;
        case CasesColumn:
            return cases;
        case RateColumn:
        case IntervalColumn:
            return sortNumber(counts.percent(cases));
        case TypedCasesColumn:
            return typed.cases;
        case TypedRateColumn:
            return sortNumber(rateOf(typed.cases, typed.typed));
        case DisagreeColumn:
            return typed.disagree;
        case SkippedColumn:
            return c.skippedTotal();
        default:
            return {};
        }
    }
    if (role == Qt::TextAlignmentRole)
        return index.column() <= LevelColumn ? QVariant() : numberAlignment();
    if (role == Qt::ForegroundRole && index.column() == DisagreeColumn && typed.disagree > 0)
        return QBrush(colours::warning);
    if (role == Qt::ToolTipRole) {
        switch (index.column()) {
        case IntervalColumn:
            return tr("95 % Wilson interval of the rate.");
        case TypedCasesColumn:
        case TypedRateColumn:
            return tr("%1 of %2 children have a z-score typed by e-PPGBM.")
                .arg(count(typed.typed), count(c.children));
        case DisagreeColumn:
            return tr("Of %1 children judged by both, e-PPGBM's status differs from the WHO "
                      "judgement for %2.")
                .arg(count(typed.compared), count(typed.disagree));
        case ValidColumn:
            return tr("%1 missing, %2 implausible (flagged)")
                .arg(count(counts.missing), count(counts.flagged));
        default:
            return data(index, Qt::DisplayRole);
        }
    }
    if (role != Qt::DisplayRole)
        return {};
    switch (index.column()) {
    case NameColumn:
        return area.name.empty() ? tr("(no name)") : qs(area.name);
    case LevelColumn:
        return words::levelText(area.level);
    case ChildrenColumn:
        return count(c.children);
    case ValidColumn:
        return count(counts.valid);
    case CasesColumn:
        return count(cases);
    case RateColumn:
        return percent(counts.percent(cases));
    case IntervalColumn: {
        const auto interval = counts.interval(cases);
        if (!interval)
            return QStringLiteral("—");
        const core::Language language = LanguageSetup::current();
        return QStringLiteral("%1–%2").arg(qs(core::formatDecimal(interval->low, 1, language)),
                                           qs(core::formatDecimal(interval->high, 1, language)));
    }
    case TypedCasesColumn:
        return typed.typed > 0 ? count(typed.cases) : QStringLiteral("—");
    case TypedRateColumn:
        return percent(rateOf(typed.cases, typed.typed));
    case DisagreeColumn:
        return typed.compared > 0 ? count(typed.disagree) : QStringLiteral("—");
    case SkippedColumn:
        return count(c.skippedTotal());
    default:
        return {};
    }
}

QVariant AreaTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal)
        return {};
    if (role == Qt::ToolTipRole) {
        switch (section) {
        case ValidColumn:
            return tr("Children with a valid WHO z-score (not missing, not implausible).");
        case CasesColumn:
        case RateColumn:
            return tr("Judged with the WHO standards: %1").arg(words::statusText(m_status, true));
        case TypedCasesColumn:
        case TypedRateColumn:
            return tr("As e-PPGBM's own z-scores in the file say (not used for the figures).");
        case DisagreeColumn:
            return tr("Children whose e-PPGBM status differs from the WHO judgement.");
        default:
            return headerData(section, orientation, Qt::DisplayRole);
        }
    }
    if (role != Qt::DisplayRole)
        return {};
    switch (section) {
    case NameColumn:
        return tr("Area");
    case LevelColumn:
        return tr("Level");
    case ChildrenColumn:
        return tr("Children");
    case ValidColumn:
        return tr("Valid");
    case CasesColumn:
        return tr("%1 (WHO)").arg(words::statusText(m_status));
    case RateColumn:
        return tr("% (WHO)");
    case IntervalColumn:
        return tr("95 % interval");
    case TypedCasesColumn:
        return tr("e-PPGBM");
    case TypedRateColumn:
        return tr("% e-PPGBM");
    case DisagreeColumn:
        return tr("Differ");
    case SkippedColumn:
        return tr("Skipped");
    default:
        return {};
    }
}

// --- children -------------------------------------------------------------------------------

void ChildTableModel::setChildren(std::vector<storage::MeasuredChild> children, cm::Status status)
{
    beginResetModel();
    m_rows = std::move(children);
    m_status = status;
    endResetModel();
}

int ChildTableModel::rowOf(qint64 childId) const
{
    for (std::size_t i = 0; i < m_rows.size(); ++i) {
        if (m_rows[i].childId == childId)
            return static_cast<int>(i);
    }
    return -1;
}

int ChildTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_rows.size());
}

int ChildTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

namespace {

double whoZ(const storage::MeasuredChild &child, cm::Status status, int *flag)
{
    const cm::Judgement &j = child.judgement;
    switch (status) {
    case cm::Status::Stunted:
        *flag = j.flen;
        return j.zlen;
    case cm::Status::Wasted:
    case cm::Status::Overweight:
        *flag = j.fwfl;
        return j.zwfl;
    case cm::Status::Underweight:
        *flag = j.fwei;
        return j.zwei;
    }
    return core::anthro::kMissing;
}

double typedZ(const storage::MeasuredChild &child, cm::Status status)
{
    switch (status) {
    case cm::Status::Stunted:
        return child.typed.zlen;
    case cm::Status::Wasted:
    case cm::Status::Overweight:
        return child.typed.zwfl;
    case cm::Status::Underweight:
        return child.typed.zwei;
    }
    return core::anthro::kMissing;
}

} // namespace

QVariant ChildTableModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= rowCount())
        return {};
    const storage::MeasuredChild &child = m_rows[static_cast<std::size_t>(index.row())];
    int flag = -1;
    const double who = whoZ(child, m_status, &flag);
    const double typed = typedZ(child, m_status);
    const bool whoValid = !core::anthro::isMissing(who) && flag == 0;
    if (role == KeyRole)
        return child.childId;
    if (role == SortRole) {
        switch (index.column()) {
        case AgeColumn:
            return child.ageDays;
        case WeightColumn:
            return core::anthro::isMissing(child.weight) ? -1.0 : child.weight;
        case HeightColumn:
            return core::anthro::isMissing(child.lenhei) ? -1.0 : child.lenhei;
        case WhoZColumn:
            return whoValid ? who : -99.0;
        case TypedZColumn:
            return core::anthro::isMissing(typed) ? -99.0 : typed;
        default:
            return data(index, Qt::DisplayRole);
        }
    }
    if (role == Qt::TextAlignmentRole)
        return index.column() >= WeightColumn || index.column() == AgeColumn ? numberAlignment()
                                                                             : QVariant();
    if (role == Qt::ForegroundRole) {
        if (index.column() == WhoZColumn && whoValid && cm::inStatus(m_status, who))
            return QBrush(colours::danger);
        if (index.column() == TypedZColumn && whoValid && !core::anthro::isMissing(typed)
            && cm::inStatus(m_status, typed) != cm::inStatus(m_status, who))
            return QBrush(colours::warning);
        return {};
    }
    if (role == Qt::ToolTipRole) {
        if (index.column() == WhoZColumn && flag == 1)
            return tr("Implausible (flagged): not counted.");
        if (index.column() == TypedZColumn && whoValid && !core::anthro::isMissing(typed)
            && cm::inStatus(m_status, typed) != cm::inStatus(m_status, who))
            return tr("e-PPGBM's status differs from the WHO judgement.");
        return data(index, Qt::DisplayRole);
    }
    if (role != Qt::DisplayRole)
        return {};
    switch (index.column()) {
    case InitialsColumn:
        return child.invented ? tr("%1 (invented)").arg(child.initials) : child.initials;
    case SexColumn:
        return child.sex == 1 ? tr("M") : child.sex == 2 ? tr("F") : QStringLiteral("—");
    case AgeColumn:
        return tr("%n month(s)", nullptr, child.ageMonths);
    case PosyanduColumn:
        return child.posyandu;
    case MeasuredColumn:
        return DateEdit::shortDisplayText(QDate::fromString(child.measureDate, Qt::ISODate));
    case WeightColumn:
        return decimalText(child.weight, 1);
    case HeightColumn:
        return decimalText(child.lenhei, 1);
    case WhoZColumn:
        if (core::anthro::isMissing(who))
            return QStringLiteral("—");
        return flag == 1 ? tr("%1 (flagged)").arg(decimalText(who, 2)) : decimalText(who, 2);
    case TypedZColumn:
        return decimalText(typed, 2);
    default:
        return {};
    }
}

QVariant ChildTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || (role != Qt::DisplayRole && role != Qt::ToolTipRole))
        return {};
    switch (section) {
    case InitialsColumn:
        return tr("Initials");
    case SexColumn:
        return tr("Sex");
    case AgeColumn:
        return tr("Age");
    case PosyanduColumn:
        return tr("Posyandu");
    case MeasuredColumn:
        return tr("Measured");
    case WeightColumn:
        return tr("Weight (kg)");
    case HeightColumn:
        return tr("Length/height (cm)");
    case WhoZColumn:
        return tr("z (WHO)");
    case TypedZColumn:
        return tr("z (e-PPGBM)");
    default:
        return {};
    }
}

} // namespace konvergensi::gui::measurements

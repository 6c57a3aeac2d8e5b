// SPDX-License-Identifier: GPL-3.0-or-later
#include "gui/locus/locus_list_model.h"

#include "gui/language.h"
#include "qtsupport/text.h"

namespace konvergensi::gui::locus {

namespace {

QVariant sortValue(const std::optional<std::int64_t> &value)
{
    return value ? QVariant::fromValue(static_cast<double>(*value)) : QVariant(-1.0);
}

QVariant sortValue(const std::optional<double> &value)
{
    return value ? QVariant(*value) : QVariant(-1.0);
}

} // namespace

LocusListModel::LocusListModel(QObject *parent)
    : KeyedTableModel(parent)
{
    setObjectName(QStringLiteral("locusListModel"));
}

void LocusListModel::setRows(std::vector<reports::LocusListRow> rows)
{
    replaceRows(m_rows, std::move(rows),
                [](const reports::LocusListRow &r) { return qs(r.entry.village.toString()); });
}

const reports::LocusListRow *LocusListModel::row(int row) const
{
    return row >= 0 && row < rowCount() ? &m_rows[static_cast<std::size_t>(row)] : nullptr;
}

int LocusListModel::rowOf(const QString &code) const
{
    for (std::size_t i = 0; i < m_rows.size(); ++i) {
        if (qs(m_rows[i].entry.village.toString()) == code)
            return static_cast<int>(i);
    }
    return -1;
}

int LocusListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_rows.size());
}

int LocusListModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant LocusListModel::data(const QModelIndex &index, int role) const
{
    const reports::LocusListRow *r = row(index.row());
    if (!index.isValid() || !r)
        return {};
    const core::LocusEvidence &e = r->entry.evidence;
    const core::Language language = LanguageSetup::current();
    const auto column = static_cast<Column>(index.column());
    if (role == KeyRole)
        return qs(r->entry.village.toString());
    if (role == Qt::TextAlignmentRole) {
        switch (column) {
        case RankColumn:
        case MeasuredColumn:
        case StuntedColumn:
        case PrevalenceColumn:
        case HouseholdsColumn:
        case PovertyColumn:
            return QVariant(Qt::AlignRight | Qt::AlignVCenter);
        default:
            return {};
        }
    }
    if (role == SortRole) {
        switch (column) {
        case RankColumn:
            return r->entry.rank;
        case MeasuredColumn:
            return sortValue(e.childrenMeasured);
        case StuntedColumn:
            return sortValue(e.stunted);
        case PrevalenceColumn:
            return sortValue(e.prevalence());
        case HouseholdsColumn:
            return sortValue(e.targetHouseholds);
        case PovertyColumn:
            return sortValue(e.povertyPercent);
        default:
            break;
        }
        role = Qt::DisplayRole;
    }
    if (role != Qt::DisplayRole && role != Qt::ToolTipRole)
        return {};
    switch (column) {
    case RankColumn:
        return role == Qt::DisplayRole ? QVariant(r->entry.rank) : QVariant();
    case KecamatanColumn:
        return r->kecamatanName;
    case VillageColumn:
        return r->villageName;
    case CodeColumn:
        return qs(r->entry.village.toString());
    case OriginColumn:
        return reports::originText(r->entry.origin);
    case MeasuredColumn:
        return reports::countOrDash(e.childrenMeasured, language);
    case StuntedColumn:
        return reports::countOrDash(e.stunted, language);
    case PrevalenceColumn:
        return reports::percentOrDash(e.prevalence(), language);
    case HouseholdsColumn:
        return reports::countOrDash(e.targetHouseholds, language);
    case PovertyColumn:
        return reports::percentOrDash(e.povertyPercent, language);
    case ReasonColumn:
        return qs(r->entry.reason);
    case ColumnCount:
        break;
    }
    return {};
}

QVariant LocusListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (static_cast<Column>(section)) {
    case RankColumn:
        return tr("Rank");
    case KecamatanColumn:
        return tr("Kecamatan");
    case VillageColumn:
        return tr("Desa/Kelurahan");
    case CodeColumn:
        return tr("Code");
    case OriginColumn:
        return tr("Origin");
    case MeasuredColumn:
        return tr("Measured");
    case StuntedColumn:
        return tr("Stunted");
    case PrevalenceColumn:
        return tr("Prevalence");
    case HouseholdsColumn:
        return tr("1,000-HPK households");
    case PovertyColumn:
        return tr("Poverty");
    case ReasonColumn:
        return tr("Reason");
    case ColumnCount:
        break;
    }
    return {};
}

} // namespace konvergensi::gui::locus

// SPDX-License-Identifier: GPL-3.0-or-later
#include "gui/prevalence/puskesmas_figure_model.h"

#include "gui/common/colours.h"
#include "gui/language.h"
#include "qtsupport/text.h"

#include "reports/prevalence/prevalence_words.h"

#include <QBrush>

#include <algorithm>

namespace konvergensi::gui {

namespace words = reports::prevalence;

namespace {

const QString kDash = QStringLiteral("—");

QString percent(double value)
{
    return words::percentText(value, LanguageSetup::current());
}

QString integer(std::int64_t value)
{
    return words::countText(value, LanguageSetup::current());
}

} // namespace

PuskesmasFigureModel::PuskesmasFigureModel(QObject *parent)
    : QAbstractTableModel(parent)
{
}

void PuskesmasFigureModel::setFigures(std::vector<core::PuskesmasFigure> figures,
                                      std::map<std::string, std::string> kecamatanNames,
                                      core::PrevalenceIndicator indicator)
{
    const bool same = !m_rows.empty() && figures.size() == m_rows.size()
                      && std::equal(figures.begin(), figures.end(), m_rows.begin(),
                                    [](const auto &a, const auto &b) { return a.code == b.code; });
    if (same) {
        m_rows = std::move(figures);
        m_kecamatanNames = std::move(kecamatanNames);
        m_indicator = indicator;
        Q_EMIT dataChanged(index(0, 0), index(rowCount() - 1, ColumnCount - 1));
        return;
    }
    beginResetModel();
    m_rows = std::move(figures);
    m_kecamatanNames = std::move(kecamatanNames);
    m_indicator = indicator;
    endResetModel();
}

int PuskesmasFigureModel::rowOf(const QString &code) const
{
    for (std::size_t row = 0; row < m_rows.size(); ++row) {
        if (qs(m_rows[row].code) == code)
            return static_cast<int>(row);
    }
    return -1;
}

int PuskesmasFigureModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_rows.size());
}

int PuskesmasFigureModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant PuskesmasFigureModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const core::PuskesmasFigure &f = m_rows[static_cast<std::size_t>(index.row())];
    const auto rate = f.villages.rate();
    const auto interval = f.villages.interval();
    const auto ownRate = f.own ? f.own->rate() : std::nullopt;
    if (role == CodeRole)
        return qs(f.code);
    if (role == Qt::TextAlignmentRole) {
        switch (index.column()) {
        case VillagesColumn:
        case MeasuredColumn:
        case CasesColumn:
        case RateColumn:
            return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
        case IntervalColumn:
            return QVariant::fromValue(Qt::AlignCenter);
        default:
            return {};
        }
    }
    if (role == Qt::BackgroundRole) {
        const auto light = [this](double value) -> QVariant {
            const auto band = core::severityBand(m_indicator, value);
            return band ? QVariant(QBrush(colours::severityLight[static_cast<std::size_t>(*band)]))
                        : QVariant();
        };
        if (index.column() == RateColumn && rate)
            return light(*rate);
        if (index.column() == OwnFigureColumn && ownRate)
            return light(*ownRate);
        return {};
    }
    if (role == Qt::ToolTipRole) {
        switch (index.column()) {
        case NameColumn:
            return QStringLiteral("%1 (%2)").arg(qs(f.name), qs(f.code));
        case KecamatanColumn:
            return index.data().toString();
        case VillagesColumn:
            if (f.villages.rateOnly > 0)
                return tr("%1 of the desa have only a published rate, without counts: they are "
                          "not in the sums.")
                    .arg(f.villages.rateOnly);
            return tr("Desa served with a figure in this period, of all the desa the puskesmas "
                      "serves.");
        case RateColumn: {
            const auto band = rate ? core::severityBand(m_indicator, *rate) : std::nullopt;
            return band ? words::bandLabel(m_indicator, *band, LanguageSetup::current())
                        : QVariant();
        }
        case OwnFigureColumn:
            if (!f.own)
                return tr("No figure was entered for the puskesmas itself in this period.");
            return f.own->note.empty() ? QVariant() : QVariant(qs(f.own->note));
        default:
            return {};
        }
    }
    if (role == SortRole) {
        switch (index.column()) {
        case VillagesColumn:
            return f.villagesWithFigure();
        case MeasuredColumn:
            return f.villages.withCounts > 0
                       ? QVariant::fromValue(static_cast<qlonglong>(f.villages.measured))
                       : QVariant(-1LL);
        case CasesColumn:
            return f.villages.withCounts > 0
                       ? QVariant::fromValue(static_cast<qlonglong>(f.villages.cases))
                       : QVariant(-1LL);
        case RateColumn:
            return rate ? QVariant(*rate) : QVariant(-1.0);
        case IntervalColumn:
            return interval ? QVariant(interval->high - interval->low) : QVariant(1000.0);
        case OwnFigureColumn:
            return ownRate ? QVariant(*ownRate) : QVariant(-1.0);
        default:
            break;
        }
    }
    if (role != Qt::DisplayRole && role != SortRole)
        return {};
    switch (index.column()) {
    case CodeColumn:
        return qs(f.code);
    case NameColumn:
        return qs(f.name);
    case KecamatanColumn: {
        if (!f.kecamatan)
            return kDash;
        const auto it = m_kecamatanNames.find(f.kecamatan->toString());
        return it == m_kecamatanNames.end() ? qs(f.kecamatan->toString()) : qs(it->second);
    }
    case VillagesColumn:
        return tr("%1 of %2").arg(integer(f.villagesWithFigure()), integer(f.villagesServed));
    case MeasuredColumn:
        return f.villages.withCounts > 0 ? integer(f.villages.measured) : kDash;
    case CasesColumn:
        return f.villages.withCounts > 0 ? integer(f.villages.cases) : kDash;
    case RateColumn:
        return rate ? percent(*rate) : kDash;
    case IntervalColumn:
        return interval ? words::intervalText(*interval, LanguageSetup::current()) : kDash;
    case OwnFigureColumn:
        if (!ownRate)
            return kDash;
        if (f.own->hasCounts())
            return tr("%1 (%2 of %3)")
                .arg(percent(*ownRate), integer(*f.own->cases), integer(*f.own->measured));
        return percent(*ownRate);
    default:
        return {};
    }
}

QVariant PuskesmasFigureModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal)
        return QAbstractTableModel::headerData(section, orientation, role);
    if (role == Qt::ToolTipRole) {
        switch (section) {
        case VillagesColumn:
            return tr("Desa served with a figure in this period, of all the desa the puskesmas "
                      "serves.");
        case MeasuredColumn:
        case CasesColumn:
        case RateColumn:
        case IntervalColumn:
            return tr("Summed over the desa the puskesmas serves: their cases divided by their "
                      "children measured (never an average of percentages).");
        case OwnFigureColumn:
            return tr("The figure entered for the puskesmas itself (same source and period), "
                      "shown apart from the sum of its desa.");
        default:
            return {};
        }
    }
    if (role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case CodeColumn:
        return tr("Code");
    case NameColumn:
        return tr("Puskesmas");
    case KecamatanColumn:
        return tr("Kecamatan");
    case VillagesColumn:
        return tr("Desa");
    case MeasuredColumn:
        return tr("Measured");
    case CasesColumn:
        return tr("Cases");
    case RateColumn:
        return tr("Prevalence");
    case IntervalColumn:
        return tr("95 % CI");
    case OwnFigureColumn:
        return tr("Own figure");
    default:
        return {};
    }
}

} // namespace konvergensi::gui

// SPDX-License-Identifier: GPL-3.0-or-later
#include "gui/prevalence/village_figure_model.h"

#include "gui/common/colours.h"
#include "gui/language.h"
#include "qtsupport/text.h"
#include "reports/prevalence/prevalence_words.h"

#include <QBrush>

namespace konvergensi::gui {

namespace words = reports::prevalence;

namespace {

const QString kDash = QStringLiteral("—");

bool sameRows(const std::vector<core::AreaFigure> &a, const std::vector<core::AreaFigure> &b)
{
    if (a.size() != b.size())
        return false;
    for (std::size_t i = 0; i < a.size(); ++i) {
        if (!(a[i].code == b[i].code))
            return false;
    }
    return true;
}

} // namespace

VillageFigureModel::VillageFigureModel(QObject *parent)
    : QAbstractTableModel(parent)
{
}

void VillageFigureModel::setFigures(std::vector<core::AreaFigure> villages,
                                    std::map<std::string, std::string> kecamatanNames,
                                    core::PrevalenceIndicator indicator)
{
    if (sameRows(m_rows, villages) && !m_rows.empty()) {
        m_rows = std::move(villages);
        m_kecamatanNames = std::move(kecamatanNames);
        m_indicator = indicator;
        Q_EMIT dataChanged(index(0, 0), index(rowCount() - 1, ColumnCount - 1));
        return;
    }
    beginResetModel();
    m_rows = std::move(villages);
    m_kecamatanNames = std::move(kecamatanNames);
    m_indicator = indicator;
    endResetModel();
}

int VillageFigureModel::rowOf(const QString &code) const
{
    const std::string wanted = ss(code);
    for (std::size_t row = 0; row < m_rows.size(); ++row) {
        if (m_rows[row].code.toString() == wanted)
            return static_cast<int>(row);
    }
    return -1;
}

int VillageFigureModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_rows.size());
}

int VillageFigureModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString VillageFigureModel::kecamatanName(const core::AreaFigure &f) const
{
    const std::string code = f.code.parent() ? f.code.parent()->toString() : std::string();
    const auto it = m_kecamatanNames.find(code);
    return it == m_kecamatanNames.end() ? qs(code) : qs(it->second);
}

QVariant VillageFigureModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const core::AreaFigure &f = m_rows[static_cast<std::size_t>(index.row())];
    const core::Language language = LanguageSetup::current();
    switch (role) {
    case CodeRole:
        return qs(f.code.toString());
    case KecamatanCodeRole:
        return f.code.parent() ? qs(f.code.parent()->toString()) : QString();
    case Qt::TextAlignmentRole:
        switch (index.column()) {
        case MeasuredColumn:
        case CasesColumn:
        case RateColumn:
            return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
        case IntervalColumn:
        case LocusColumn:
            return QVariant::fromValue(Qt::AlignCenter);
        default:
            return {};
        }
    case Qt::BackgroundRole:
        if (f.band && (index.column() == RateColumn || index.column() == BandColumn))
            return QBrush(colours::severityLight[static_cast<std::size_t>(*f.band)]);
        return {};
    case Qt::ToolTipRole:
        switch (index.column()) {
        case CodeColumn:
        case NameColumn:
            return tr("%1 (%2), Kecamatan %3")
                .arg(qs(f.name), qs(f.code.toString()), kecamatanName(f));
        case KecamatanColumn:
            return kecamatanName(f);
        case RateColumn:
        case BandColumn:
            if (f.aggregated && f.rate)
                return QString(tr("Sum of %n posyandu.", nullptr, f.areasWithCounts)
                               + QLatin1Char('\n') + words::bandLegend(m_indicator, language));
            return words::bandLegend(m_indicator, language);
        case IntervalColumn:
            return f.interval ? QVariant()
                              : tr("No interval: the children measured and the cases are not "
                                   "known.");
        case LocusColumn:
            return f.locus ? QVariant() : tr("No locus village list for this year yet.");
        default:
            return {};
        }
    case SortRole:
        switch (index.column()) {
        case MeasuredColumn:
            return QVariant::fromValue(static_cast<qlonglong>(f.measured.value_or(-1)));
        case CasesColumn:
            return QVariant::fromValue(static_cast<qlonglong>(f.cases.value_or(-1)));
        case RateColumn:
        case BandColumn:
            return f.rate.value_or(-1.0);
        case IntervalColumn:
            return f.interval ? f.interval->high - f.interval->low : 1000.0;
        case LocusColumn:
            return f.locus ? (*f.locus ? 1 : 0) : -1;
        default:
            break;
        }
        [[fallthrough]];
    case Qt::DisplayRole:
        switch (index.column()) {
        case CodeColumn:
            return qs(f.code.toString());
        case NameColumn:
            return qs(f.name);
        case KecamatanColumn:
            return kecamatanName(f);
        case MeasuredColumn:
            return f.measured ? words::countText(*f.measured, language) : kDash;
        case CasesColumn:
            return f.cases ? words::countText(*f.cases, language) : kDash;
        case RateColumn:
            return f.rate ? words::percentText(*f.rate, language) : kDash;
        case IntervalColumn:
            return f.interval ? words::intervalText(*f.interval, language) : kDash;
        case LocusColumn:
            if (!f.locus)
                return kDash;
            return *f.locus ? tr("Locus") : QString();
        case BandColumn:
            return f.band ? words::bandName(*f.band) : kDash;
        default:
            return {};
        }
    default:
        return {};
    }
}

QVariant VillageFigureModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal)
        return QAbstractTableModel::headerData(section, orientation, role);
    if (role == Qt::ToolTipRole) {
        switch (section) {
        case MeasuredColumn:
            return tr("Children measured");
        case CasesColumn:
            return tr("Children with the condition of the indicator");
        case IntervalColumn:
            return tr("95 % confidence interval (Wilson), from the counts");
        case BandColumn:
            return words::bandLegend(m_indicator, LanguageSetup::current());
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
        return tr("Desa/kelurahan");
    case KecamatanColumn:
        return tr("Kecamatan");
    case MeasuredColumn:
        return tr("Measured");
    case CasesColumn:
        return tr("Cases");
    case RateColumn:
        return tr("Prevalence");
    case IntervalColumn:
        return tr("95 % CI");
    case LocusColumn:
        return tr("Locus");
    case BandColumn:
        return tr("Severity (WHO)");
    default:
        return {};
    }
}

} // namespace konvergensi::gui

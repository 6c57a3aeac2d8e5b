// SPDX-License-Identifier: GPL-3.0-or-later
#include "gui/prevalence/village_figure_model.h"

#include "gui/language.h"
#include "qtsupport/text.h"

#include "core/format.h"

#include <QBrush>

namespace konvergensi::gui {

namespace {

const QString kDash = QStringLiteral("—");

QString percent(double value)
{
    return qs(core::formatPercent(value, 1, LanguageSetup::current()));
}

QString integer(std::int64_t value)
{
    return qs(core::formatInteger(value, LanguageSetup::current()));
}

} // namespace

VillageFigureModel::VillageFigureModel(QObject *parent)
    : QAbstractTableModel(parent)
{
}

void VillageFigureModel::setFigures(std::vector<core::AreaFigure> villages,
                                    std::map<std::string, std::string> kecamatanNames)
{
    beginResetModel();
    m_rows = std::move(villages);
    m_kecamatanNames = std::move(kecamatanNames);
    endResetModel();
}

int VillageFigureModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_rows.size());
}

int VillageFigureModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant VillageFigureModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= static_cast<int>(m_rows.size()))
        return {};
    const core::AreaFigure &f = m_rows[static_cast<std::size_t>(index.row())];
    const std::string kecamatanCode = f.code.parent() ? f.code.parent()->toString() : std::string();
    if (role == KecamatanCodeRole)
        return qs(kecamatanCode);
    if (role == Qt::TextAlignmentRole) {
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
    }
    if (role == Qt::BackgroundRole) {
        if (f.band && (index.column() == RateColumn || index.column() == BandColumn))
            return QBrush(bandColor(*f.band, true));
        return {};
    }
    if (role == Qt::ToolTipRole) {
        if (index.column() == BandColumn || index.column() == RateColumn)
            return bandLegend();
        if (index.column() == IntervalColumn && !f.interval)
            return tr("No interval: the children measured and the cases are not known.");
        if (index.column() == LocusColumn && !f.locus)
            return tr("No locus village list for this year yet.");
        return {};
    }
    if (role == SortRole) {
        switch (index.column()) {
        case MeasuredColumn:
            return f.measured ? QVariant::fromValue(static_cast<qlonglong>(*f.measured))
                              : QVariant(-1LL);
        case CasesColumn:
            return f.cases ? QVariant::fromValue(static_cast<qlonglong>(*f.cases)) : QVariant(-1LL);
        case RateColumn:
        case BandColumn:
            return f.rate ? QVariant(*f.rate) : QVariant(-1.0);
        case IntervalColumn:
            return f.interval ? QVariant(f.interval->high - f.interval->low) : QVariant(1000.0);
        case LocusColumn:
            return f.locus ? QVariant(*f.locus ? 1 : 0) : QVariant(-1);
        default:
            break;
        }
    }
    if (role != Qt::DisplayRole && role != SortRole)
        return {};
    switch (index.column()) {
    case CodeColumn:
        return qs(f.code.toString());
    case NameColumn:
        return qs(f.name);
    case KecamatanColumn: {
        const auto it = m_kecamatanNames.find(kecamatanCode);
        return it == m_kecamatanNames.end() ? qs(kecamatanCode) : qs(it->second);
    }
    case MeasuredColumn:
        return f.measured ? integer(*f.measured) : kDash;
    case CasesColumn:
        return f.cases ? integer(*f.cases) : kDash;
    case RateColumn:
        return f.rate ? percent(*f.rate) : kDash;
    case IntervalColumn:
        if (!f.interval)
            return kDash;
        return QStringLiteral("%1 – %2").arg(
            qs(core::formatDecimal(f.interval->low, 1, LanguageSetup::current())),
            qs(core::formatDecimal(f.interval->high, 1, LanguageSetup::current())));
    case LocusColumn:
        if (!f.locus)
            return kDash;
        return *f.locus ? tr("Locus") : QString();
    case BandColumn:
        return f.band ? bandLabel(*f.band) : kDash;
    default:
        return {};
    }
}

QVariant VillageFigureModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case CodeColumn:
        return tr("Code");
    case NameColumn:
        return tr("Desa/kelurahan");
    case KecamatanColumn:
        return tr("Kecamatan");
    case MeasuredColumn:
        return tr("Children measured");
    case CasesColumn:
        return tr("Cases");
    case RateColumn:
        return tr("Prevalence");
    case IntervalColumn:
        return tr("95 % interval");
    case LocusColumn:
        return tr("Locus");
    case BandColumn:
        return tr("Severity (WHO)");
    default:
        return {};
    }
}

QString VillageFigureModel::bandLabel(core::SeverityBand band)
{
    switch (band) {
    case core::SeverityBand::VeryLow:
        return tr("Very low (< 2.5 %)");
    case core::SeverityBand::Low:
        return tr("Low (2.5 to < 10 %)");
    case core::SeverityBand::Medium:
        return tr("Medium (10 to < 20 %)");
    case core::SeverityBand::High:
        return tr("High (20 to < 30 %)");
    case core::SeverityBand::VeryHigh:
        return tr("Very high (≥ 30 %)");
    }
    return {};
}

QColor VillageFigureModel::bandColor(core::SeverityBand band, bool light)
{
    switch (band) {
    case core::SeverityBand::VeryLow:
        return light ? QColor(0xd7, 0xef, 0xd8) : QColor(0x2e, 0x7d, 0x32);
    case core::SeverityBand::Low:
        return light ? QColor(0xe9, 0xf5, 0xd0) : QColor(0x8b, 0xb7, 0x3c);
    case core::SeverityBand::Medium:
        return light ? QColor(0xff, 0xf3, 0xbf) : QColor(0xf2, 0xc0, 0x1e);
    case core::SeverityBand::High:
        return light ? QColor(0xff, 0xdd, 0xb8) : QColor(0xef, 0x81, 0x1c);
    case core::SeverityBand::VeryHigh:
        return light ? QColor(0xf8, 0xc8, 0xc6) : QColor(0xc6, 0x28, 0x28);
    }
    return {};
}

QString VillageFigureModel::bandLegend()
{
    return tr("Severity bands: WHO public-health thresholds for stunting prevalence "
              "(de Onis et al. 2019): very low < 2.5 %, low 2.5 to < 10 %, medium 10 to < 20 %, "
              "high 20 to < 30 %, very high ≥ 30 %.");
}

} // namespace konvergensi::gui

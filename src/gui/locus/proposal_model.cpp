// SPDX-License-Identifier: GPL-3.0-or-later
#include "gui/locus/proposal_model.h"

#include "gui/common/colours.h"
#include "gui/language.h"
#include "qtsupport/text.h"
#include "reports/locus/locus_words.h"
#include "usecases/locus/locus_proposal.h"

#include <QBrush>

namespace konvergensi::gui::locus {

namespace {

core::LocusCriterion criterionOf(ProposalModel::Column column)
{
    switch (column) {
    case ProposalModel::StuntedColumn:
        return core::LocusCriterion::Stunted;
    case ProposalModel::GapColumn:
        return core::LocusCriterion::CoverageGap;
    case ProposalModel::PovertyColumn:
        return core::LocusCriterion::Poverty;
    default:
        return core::LocusCriterion::Prevalence;
    }
}

bool isCriterion(ProposalModel::Column column)
{
    return column == ProposalModel::PrevalenceColumn || column == ProposalModel::StuntedColumn
           || column == ProposalModel::GapColumn || column == ProposalModel::PovertyColumn;
}

} // namespace

ProposalModel::ProposalModel(QObject *parent)
    : KeyedTableModel(parent)
{
    setObjectName(QStringLiteral("proposalModel"));
}

void ProposalModel::setProposal(const usecases::locus::LocusProposal &proposal,
                                const std::map<core::RegionCode, QString> &kecamatanNames)
{
    m_topN = proposal.topN();
    std::vector<Row> rows;
    rows.reserve(proposal.ranking().size());
    for (const core::RankedVillage &r : proposal.ranking()) {
        const auto name = kecamatanNames.find(r.candidate.kecamatan);
        rows.push_back({r, proposal.status(r), qs(proposal.choices().reason(r.candidate.village)),
                        name == kecamatanNames.end() ? QString() : name->second});
    }
    replaceRows(m_rows, std::move(rows),
                [](const Row &row) { return qs(row.ranked.candidate.village.toString()); });
}

QString ProposalModel::codeAt(int row) const
{
    if (row < 0 || row >= rowCount())
        return {};
    return qs(m_rows[static_cast<std::size_t>(row)].ranked.candidate.village.toString());
}

int ProposalModel::rowOf(const QString &code) const
{
    for (int row = 0; row < rowCount(); ++row) {
        if (codeAt(row) == code)
            return row;
    }
    return -1;
}

int ProposalModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_rows.size());
}

int ProposalModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant ProposalModel::display(const Row &row, Column column) const
{
    const core::Language language = LanguageSetup::current();
    const core::LocusCandidate &c = row.ranked.candidate;
    if (isCriterion(column)) {
        const core::CriterionScore &part = row.ranked.part(criterionOf(column));
        if (!part.value)
            return tr("no data");
        QString value;
        switch (column) {
        case StuntedColumn:
            value = reports::countOrDash(c.stunted, language);
            break;
        case PrevalenceColumn:
        case GapColumn:
        case PovertyColumn:
            value = reports::percentOrDash(part.value, language);
            break;
        default:
            break;
        }
        return QStringLiteral("%1 (%2)").arg(value, reports::decimalOrDash(part.points, language));
    }
    switch (column) {
    case RankColumn:
        return row.ranked.rank;
    case VillageColumn:
        return qs(c.name);
    case KecamatanColumn:
        return row.kecamatan;
    case ScoreColumn:
        return reports::decimalOrDash(row.ranked.score, language);
    case ChoiceColumn:
        switch (row.status) {
        case core::LocusChoices::Status::Added:
            return tr("added by hand: %1").arg(row.reason);
        case core::LocusChoices::Status::LeftOut:
            return tr("left out: %1").arg(row.reason);
        case core::LocusChoices::Status::TopN:
            return tr("top %1").arg(m_topN);
        case core::LocusChoices::Status::Below:
            return QString();
        }
        return QString();
    case SourceColumn:
        return c.origin ? reports::figureOriginText(*c.origin) : QString();
    default:
        return {};
    }
}

QVariant ProposalModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= rowCount())
        return {};
    const Row &row = m_rows[static_cast<std::size_t>(index.row())];
    const auto column = static_cast<Column>(index.column());
    switch (role) {
    case Qt::DisplayRole:
        return display(row, column);
    case Qt::ToolTipRole:
        if (column == RankColumn || column == ScoreColumn)
            return {};
        return display(row, column);
    case KeyRole:
        return qs(row.ranked.candidate.village.toString());
    case SortRole:
        if (column == RankColumn)
            return row.ranked.rank;
        if (column == ScoreColumn)
            return row.ranked.score;
        if (isCriterion(column)) {
            const auto &part = row.ranked.part(criterionOf(column));
            return part.value ? QVariant(*part.value) : QVariant(-1.0);
        }
        return display(row, column);
    case Qt::TextAlignmentRole:
        if (column == RankColumn || column == ScoreColumn || isCriterion(column))
            return QVariant(Qt::AlignRight | Qt::AlignVCenter);
        return {};
    case Qt::BackgroundRole: {
        if (row.status == core::LocusChoices::Status::LeftOut)
            return QBrush(colours::dangerLight);
        if (row.status == core::LocusChoices::Status::TopN
            || row.status == core::LocusChoices::Status::Added) {
            QColor on = colours::success;
            on.setAlpha(45);
            return QBrush(on);
        }
        return {};
    }
    default:
        return {};
    }
}

QVariant ProposalModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal)
        return {};
    const auto column = static_cast<Column>(section);
    if (role == Qt::ToolTipRole && isCriterion(column))
        return tr("The village's figure and, in brackets, the points it adds to the score "
                  "(out of 100)");
    if (role != Qt::DisplayRole)
        return {};
    switch (column) {
    case RankColumn:
        return tr("Rank");
    case VillageColumn:
        return tr("Desa/Kelurahan");
    case KecamatanColumn:
        return tr("Kecamatan");
    case ScoreColumn:
        return tr("Score");
    case PrevalenceColumn:
    case StuntedColumn:
    case GapColumn:
    case PovertyColumn:
        return reports::criterionName(criterionOf(column));
    case ChoiceColumn:
        return tr("Choice");
    case SourceColumn:
        return tr("Source of figures");
    case ColumnCount:
        break;
    }
    return {};
}

} // namespace konvergensi::gui::locus

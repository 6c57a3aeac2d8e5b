// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "gui/locus/keyed_table_model.h"

#ifndef Q_MOC_RUN
#include "core/locus/locus_choices.h"
#include "core/locus/locus_scoring.h"
#endif

#include <map>
#include <vector>

namespace konvergensi::usecases::locus {
class LocusProposal;
}

namespace konvergensi::gui::locus {

/// The proposal's ranking: every village of the district with its score, each criterion's
/// figure and the points it adds, where it stands (top N, added or left out by hand, with
/// the reason) and where its figures come from. Villages on the list are tinted green, those
/// left out red.
class ProposalModel : public KeyedTableModel
{
    Q_OBJECT
public:
    enum Column {
        RankColumn,
        VillageColumn,
        KecamatanColumn,
        ScoreColumn,
        PrevalenceColumn,
        StuntedColumn,
        GapColumn,
        PovertyColumn,
        ChoiceColumn,
        SourceColumn,
        ColumnCount
    };

    explicit ProposalModel(QObject *parent = nullptr);

    /// Shows the proposal as it is now; `kecamatanNames` by kecamatan code.
    void setProposal(const usecases::locus::LocusProposal &proposal,
                     const std::map<core::RegionCode, QString> &kecamatanNames);
    /// The village code of a row.
    QString codeAt(int row) const;
    int rowOf(const QString &code) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

private:
    struct Row
    {
        core::RankedVillage ranked;
        core::LocusChoices::Status status = core::LocusChoices::Status::Below;
        QString reason;
        QString kecamatan;
    };
    QVariant display(const Row &row, Column column) const;

    std::vector<Row> m_rows;
    int m_topN = 0;
};

} // namespace konvergensi::gui::locus

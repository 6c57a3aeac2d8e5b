// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#ifndef Q_MOC_RUN
#include "core/case_audit/case_audit.h"
#include "core/format.h"
#endif

#include <QAbstractTableModel>

#include <cstdint>
#include <vector>

namespace konvergensi::gui {

/// The cases of a round as the page lists them: initials and age, never the identity. Long
/// texts are elided by the view and shown whole in the tooltip; SortRole sorts numbers by
/// value and case numbers in case-number order.
class CaseListModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column {
        NumberColumn,
        TargetGroupColumn,
        VillageColumn,
        InitialsColumn,
        AgeColumn,
        FindingColumn,
        RiskFactorsColumn,
        FollowUpsColumn,
        ColumnCount
    };
    enum Role { IdRole = Qt::UserRole + 1, SortRole };

    explicit CaseListModel(QObject *parent = nullptr);

    /// `cases` in case-number order (usecases::case_audit::casesOfRound).
    void setCases(std::vector<core::CaseListEntry> cases, core::Language language);
    const std::vector<core::CaseListEntry> &cases() const { return m_cases; }
    std::int64_t idAt(int row) const;
    /// The row of a case, -1 when it is not listed.
    int rowOf(std::int64_t id) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

private:
    QString text(const core::CaseListEntry &entry, int column) const;

    std::vector<core::CaseListEntry> m_cases;
    core::Language m_language = core::Language::Indonesian;
};

} // namespace konvergensi::gui

// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// moc of Qt 6.4 cannot parse <compare>/<concepts>; it needs none of the core types.
#ifndef Q_MOC_RUN
#include "core/locus/locus_scorecard.h"
#endif

#include <QAbstractTableModel>
#include <QList>
#include <QString>
#include <QStringList>

#include <vector>

namespace konvergensi::gui::locus {

/// The indicators of a scorecard as typed in ScorecardDialog, one a row: the service package
/// (shown by name; Qt::EditRole is the core::ServicePackage as int), the name, the target and
/// the achieved count kept as typed (so that a count that cannot be read is named as typed),
/// and the coverage that follows (read-only, empty while a count of the row cannot be read).
/// Rows are added with appendIndicator and removed with removeRows.
class ScorecardEditModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column {
        PackageColumn,
        NameColumn,
        TargetColumn,
        AchievedColumn,
        CoverageColumn,
        ColumnCount
    };

    /// `headers`: the titles of the columns, in the order of Column.
    explicit ScorecardEditModel(QStringList headers, QObject *parent = nullptr);

#ifndef Q_MOC_RUN
    /// One row as typed.
    struct Row
    {
        core::ServicePackage package = core::ServicePackage::Kia;
        QString name;
        QString target;
        QString achieved;
    };

    void setIndicators(const std::vector<core::ScorecardIndicator> &indicators);
    void appendIndicator(const core::ScorecardIndicator &indicator);
    const Row &rowAt(int row) const
    {
        return m_rows.at(row);
    }
#endif

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    bool setData(const QModelIndex &index, const QVariant &value, int role = Qt::EditRole) override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;
    bool removeRows(int row, int count, const QModelIndex &parent = {}) override;

private:
#ifndef Q_MOC_RUN
    Row rowOf(const core::ScorecardIndicator &indicator) const;
    QString coverageText(const Row &row) const;

    QList<Row> m_rows;
#endif
    QStringList m_headers;
};

} // namespace konvergensi::gui::locus

// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "io/csv_reader.h"

#include <QAbstractTableModel>

#include <vector>

namespace konvergensi::gui {

/// The bad rows of a region file: line and reason (the reason whole in its tooltip).
class RegionProblemModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column { LineColumn, ProblemColumn, ColumnCount };

    explicit RegionProblemModel(QObject *parent = nullptr);

    void setErrors(std::vector<io::RowError> errors);
    const std::vector<io::RowError> &errors() const { return m_errors; }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

private:
    std::vector<io::RowError> m_errors;
};

} // namespace konvergensi::gui

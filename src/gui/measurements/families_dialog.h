// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#ifndef Q_MOC_RUN
#include "usecases/measurements/target_data.h"
#endif

#include "gui/common/save_dialog.h"

#include <QAbstractTableModel>

#include <memory>

class QTableView;

namespace Ui {
class FamiliesDialog;
}

namespace konvergensi::gui {

class WorkspaceSession;

namespace measurements {

/// The families of each desa of a year, as typed: the two counts are editable, empty means
/// not known.
class FamiliesEditModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column { KecamatanColumn, DesaColumn, FamiliesColumn, AtRiskColumn, ColumnCount };
    using QAbstractTableModel::QAbstractTableModel;

    void setRows(std::vector<usecases::measurements::TargetRow> rows);
    const std::vector<usecases::measurements::TargetRow> &rows() const { return m_rows; }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    bool setData(const QModelIndex &index, const QVariant &value, int role = Qt::EditRole) override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

private:
    std::vector<usecases::measurements::TargetRow> m_rows;
};

/// "Data keluarga": families and families at risk of stunting per desa for one year, typed
/// (from the family-planning agency's figures). Saving stores every desa of the year at once
/// through usecases::measurements::setFamilies. The form is ui/measurements_families_dialog.ui.
class FamiliesDialog : public SaveDialog
{
    Q_OBJECT
public:
    /// `rows`: every desa with the figures to start from: those of the year, or of the latest
    /// earlier year when the year has none yet (`fromEarlierYear`: then every desa with a
    /// number is stored for the year).
    FamiliesDialog(WorkspaceSession &session, int year,
                   std::vector<usecases::measurements::TargetRow> rows, bool fromEarlierYear,
                   QWidget *parent = nullptr);
    ~FamiliesDialog() override;

    FamiliesEditModel *model() const { return m_model; }
    QTableView *view() const { return m_view; }
    int year() const { return m_year; }

protected:
    QString save() override;

private:
    std::unique_ptr<Ui::FamiliesDialog> m_ui;
    WorkspaceSession &m_session;
    int m_year;
    bool m_fromEarlierYear;
    std::vector<usecases::measurements::TargetRow> m_original;
    FamiliesEditModel *m_model;
    QTableView *m_view;
};

} // namespace measurements
} // namespace konvergensi::gui

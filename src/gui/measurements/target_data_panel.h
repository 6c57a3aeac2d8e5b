// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#ifndef Q_MOC_RUN
#include "usecases/measurements/target_data.h"
#endif

#include <QAbstractTableModel>
#include <QWidget>

class QLabel;
class QPushButton;
class QSortFilterProxyModel;
class QTableView;

namespace konvergensi::gui {

class WorkspaceSession;

namespace measurements {

class FamiliesDialog;

/// The target data of a round, one row per desa/kelurahan.
class TargetTableModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column {
        KecamatanColumn,
        DesaColumn,
        FamiliesColumn,
        AtRiskColumn,
        MeasuredColumn,
        SeverelyStuntedColumn,
        StuntedColumn,
        TotalColumn,
        ColumnCount
    };
    using QAbstractTableModel::QAbstractTableModel;

    void setRows(std::vector<usecases::measurements::TargetRow> rows);
    const std::vector<usecases::measurements::TargetRow> &rows() const { return m_rows; }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

private:
    std::vector<usecases::measurements::TargetRow> m_rows;
};

/// The tab "Data sasaran" of Pengukuran Balita (issue 14, item 4): what the home-affairs
/// ministry's web monitoring asks per desa after a weighing round, the families typed
/// (FamiliesDialog) or imported per desa, the table as XLSX or CSV.
class TargetDataPanel : public QWidget
{
    Q_OBJECT
public:
    explicit TargetDataPanel(WorkspaceSession &session, QWidget *parent = nullptr);

    void setRound(const QString &period);
    /// Opens the families editor for the round's year (window-modal); nullptr without a round.
    FamiliesDialog *editFamilies();
    /// Asks for a file and imports it for the round's year, all or nothing.
    void importFamilies();
    /// Reads `path` and stores it when every row is good; the problems otherwise (shown).
    bool importFamiliesFrom(const QString &path);
    void exportTable();

    TargetTableModel *model() const { return m_model; }
    QLabel *familiesLabel() const { return m_familiesLabel; }
    /// The year typed or imported families are stored for: the round's year.
    int familiesYear() const;

private:
    void reload();

    WorkspaceSession &m_session;
    QString m_period;
    std::optional<usecases::measurements::TargetData> m_data;
    TargetTableModel *m_model;
    QSortFilterProxyModel *m_proxy;
    QTableView *m_view;
    QLabel *m_familiesLabel;
    QPushButton *m_editButton;
    QPushButton *m_importButton;
    QPushButton *m_exportButton;
};

} // namespace measurements
} // namespace konvergensi::gui

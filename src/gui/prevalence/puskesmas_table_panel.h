// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#ifndef Q_MOC_RUN
#include "core/prevalence/prevalence_aggregation.h"
#endif

#include <QWidget>

class QLabel;
class QPushButton;
class QSortFilterProxyModel;
class QTableView;

namespace konvergensi::gui {

class PuskesmasFigureModel;

/// The puskesmas table of the dashboard: each puskesmas with the sums of the desa it serves
/// and, apart, the figure entered for the puskesmas itself; a note says how the sums are made
/// and which desa no puskesmas serves. The current row and the sort stay when the period
/// changes.
class PuskesmasTablePanel : public QWidget
{
    Q_OBJECT
public:
    explicit PuskesmasTablePanel(QWidget *parent = nullptr);

    /// The puskesmas of a period; `anyPuskesmas` false when the workspace has none at all.
    void setPeriod(const core::PuskesmasSummary *summary,
                   const std::map<std::string, std::string> &kecamatanNames,
                   core::PrevalenceIndicator indicator, const QString &periodTitle,
                   bool anyPuskesmas);
    /// Makes a puskesmas the current row; its row in the model, or -1.
    int selectPuskesmas(const QString &code);
    QString currentPuskesmas() const;
    void setRemoveEnabled(bool enabled);
    /// Whether the period's figures were counted from children measured: then "Per puskesmas
    /// of the children" opens the round per puskesmas as e-PPGBM recorded each child's.
    void setChildrenAvailable(bool available);

    QTableView *table() const { return m_table; }
    PuskesmasFigureModel *model() const { return m_model; }
    QSortFilterProxyModel *proxy() const { return m_proxy; }
    QLabel *noteLabel() const { return m_note; }
    QPushButton *childrenButton() const { return m_childrenButton; }

Q_SIGNALS:
    void currentPuskesmasChanged();
    void removeRequested();
    void childrenRequested();

private:
    PuskesmasFigureModel *m_model;
    QSortFilterProxyModel *m_proxy;
    QTableView *m_table;
    QLabel *m_note;
    QPushButton *m_removeButton;
    QPushButton *m_childrenButton;
};

} // namespace konvergensi::gui

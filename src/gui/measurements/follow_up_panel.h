// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#ifndef Q_MOC_RUN
#include "usecases/measurements/follow_up_list.h"
#endif

#include <QAbstractTableModel>
#include <QPointer>
#include <QWidget>

#include <vector>

class QLabel;
class QPushButton;
class QSortFilterProxyModel;
class QTableView;

namespace konvergensi::gui {

class AuditCaseDialog;
class WorkspaceSession;

namespace measurements {

/// The children to follow up of an area: initials, never names.
class FollowUpTableModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column {
        DesaColumn,
        PosyanduColumn,
        InitialsColumn,
        SexColumn,
        AgeColumn,
        WeightColumn,
        PreviousWeightColumn,
        ZlenColumn,
        ZwflColumn,
        ReasonsColumn,
        ColumnCount
    };
    using QAbstractTableModel::QAbstractTableModel;

    /// `desaNames`: region code -> name, for the desa column.
    void setChildren(std::vector<usecases::measurements::ChildToFollowUp> children,
                     std::map<QString, QString> desaNames);
    const std::vector<usecases::measurements::ChildToFollowUp> &children() const { return m_rows; }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

private:
    std::vector<usecases::measurements::ChildToFollowUp> m_rows;
    std::map<QString, QString> m_desaNames;
};

/// The tab "Perlu tindak lanjut" of Pengukuran Balita (issue 14, item 4): the children of the
/// chosen area who are severely stunted, severely wasted or did not gain weight since their
/// last round; their identity on request (asked, logged), the list as XLSX or CSV (identities
/// only when asked), and a stunting case audit case started from a child.
class FollowUpPanel : public QWidget
{
    Q_OBJECT
public:
    explicit FollowUpPanel(WorkspaceSession &session, QWidget *parent = nullptr);

    /// The round's children (as the page holds them); empty period: nothing.
    void setRound(const QString &period, const std::vector<storage::MeasuredChild> &children);
    /// The area whose children are listed (nullptr: none).
    void setArea(const core::measurements::AreaSummary *area);

    /// Makes a child the current row; false when not listed.
    bool selectChild(qint64 childId);
    void showIdentity();
    void exportList();
    /// Opens the case audit's case dialog for the current child (asks to create the round of
    /// its semester when there is none). Returns the dialog (open, window-modal) or nullptr.
    AuditCaseDialog *openAuditCase();

    FollowUpTableModel *model() const { return m_model; }
    QTableView *view() const { return m_view; }
    /// How many children of the round need a follow-up (whatever the area).
    int roundCount() const { return static_cast<int>(m_all.size()); }

private:
    const usecases::measurements::ChildToFollowUp *current() const;
    void updateButtons();

    WorkspaceSession &m_session;
    QString m_period;
    std::vector<usecases::measurements::ChildToFollowUp> m_all;
    std::map<QString, QString> m_desaNames;
    FollowUpTableModel *m_model;
    QSortFilterProxyModel *m_proxy;
    QTableView *m_view;
    QLabel *m_label;
    QPushButton *m_identityButton;
    QPushButton *m_exportButton;
    QPushButton *m_auditButton;
    QPointer<AuditCaseDialog> m_caseDialog;
};

} // namespace measurements
} // namespace konvergensi::gui

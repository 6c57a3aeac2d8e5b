// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QWidget>

#include <cstdint>

class QCheckBox;
class QComboBox;
class QLabel;
class QPushButton;
class QSortFilterProxyModel;
class QTableView;

namespace konvergensi::storage {
struct FollowUpFilter;
}

namespace konvergensi::gui {

class DateEdit;
class FollowUpBoardModel;
class WorkspaceSession;

/// The follow-up board (second tab of Rapat TPPS): the follow-ups of every meeting's
/// decisions, filtered by responsible OPD, status, overdue and due period, the overdue ones
/// in red. Ticking *Selesai* asks the date it was done (today unless changed); clearing it
/// takes the mark back to the status the follow-up had before. Edits one follow-up, prints
/// the follow-up report and exports the list.
class FollowUpBoardPanel : public QWidget
{
    Q_OBJECT
public:
    explicit FollowUpBoardPanel(WorkspaceSession &session, QWidget *parent = nullptr);

    void reload();
    std::int64_t selectedFollowUpId() const;
    void selectFollowUp(std::int64_t id);

    /// Asks the date done and marks the follow-up done (the tick and the button do this).
    void markDone(std::int64_t followUpId);
    /// Takes the done mark back (clearing the tick).
    void takeBackDone(std::int64_t followUpId);
    void markSelectedFollowUpDone();
    void editSelectedFollowUp();
    void printFollowUpReport();
    QString exportFollowUps();

    /// Overdue follow-ups of meetings in the workspace (what the sidebar's badge counts).
    int overdueCount() const { return m_overdueCount; }
    QTableView *view() const { return m_view; }
    FollowUpBoardModel *model() const { return m_model; }
    QSortFilterProxyModel *proxy() const { return m_proxy; }

Q_SIGNALS:
    /// The overdue count was read again.
    void overdueCountRead(int count);

private:
    void reloadFilterChoices();
    void reloadList();
    void updateButtons();
    void changed();
    storage::FollowUpFilter filter() const;

    WorkspaceSession &m_session;
    QComboBox *m_opdCombo;
    QComboBox *m_statusCombo;
    QCheckBox *m_overdueCheck;
    QCheckBox *m_dueCheck;
    DateEdit *m_dueFromEdit;
    DateEdit *m_dueToEdit;
    QLabel *m_overdueLabel;
    FollowUpBoardModel *m_model;
    QSortFilterProxyModel *m_proxy;
    QTableView *m_view;
    QPushButton *m_markDoneButton;
    QPushButton *m_editButton;
    int m_overdueCount = 0;
};

} // namespace konvergensi::gui

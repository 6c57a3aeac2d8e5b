// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QWidget>

#include <cstdint>

class QComboBox;
class QLabel;
class QListView;
class QPushButton;
class QTableView;

namespace konvergensi::gui {

class ActionLineModel;
class ActionOutputModel;
class AttachmentsWidget;
class WorkspaceSession;

/// One action of the year in detail: what it is for, its outputs (mark done, edit, add,
/// remove), the evidence of the chosen output, the meetings that served it and its history.
/// Edits go through the action dialogs (SaveDialog) and the use cases; the page reloads
/// on Topic::Actions.
class ActionDetailTab : public QWidget
{
    Q_OBJECT
public:
    explicit ActionDetailTab(WorkspaceSession &session, QWidget *parent = nullptr);

    /// Fills the list of actions of `year`, keeping the chosen action and output.
    void reload(int year);
    void selectAction(std::int64_t actionId);
    void selectOutput(int row);
    std::int64_t currentActionId() const;
    std::int64_t currentOutputId() const;

    void markOutputDone();
    void editOutput();
    void addOutput();
    void removeOutput();
    void editAction();

    QTableView *outputView() const { return m_outputView; }
    ActionOutputModel *outputModel() const { return m_outputModel; }
    AttachmentsWidget *evidence() const { return m_evidence; }
    QListView *historyView() const { return m_historyView; }
    ActionLineModel *historyModel() const { return m_historyModel; }
    QListView *meetingView() const { return m_meetingView; }
    ActionLineModel *meetingModel() const { return m_meetingModel; }

private:
    void reloadDetail();
    void outputChosen();
    void updateButtons();
    void openOutputDialog(const QString &title, bool markDone);

    WorkspaceSession &m_session;
    QComboBox *m_actionCombo = nullptr;
    QLabel *m_actionInfo = nullptr;
    QTableView *m_outputView = nullptr;
    ActionOutputModel *m_outputModel = nullptr;
    QPushButton *m_markDoneButton = nullptr;
    QPushButton *m_editOutputButton = nullptr;
    QPushButton *m_addOutputButton = nullptr;
    QPushButton *m_removeOutputButton = nullptr;
    QPushButton *m_editActionButton = nullptr;
    AttachmentsWidget *m_evidence = nullptr;
    QListView *m_meetingView = nullptr;
    ActionLineModel *m_meetingModel = nullptr;
    QListView *m_historyView = nullptr;
    ActionLineModel *m_historyModel = nullptr;
};

} // namespace konvergensi::gui

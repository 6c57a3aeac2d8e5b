// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QWidget>

class QLabel;
class QListWidget;
class QPlainTextEdit;
class QTableView;

namespace konvergensi::gui {

class DecisionFollowUpModel;
class MeetingEdit;
struct MeetingEditorContext;

/// The editor's decisions tab: the decisions (kesepakatan) in order with their text, and the
/// follow-ups of the selected one (through FollowUpDialog).
class MeetingDecisionsTab : public QWidget
{
    Q_OBJECT
public:
    MeetingDecisionsTab(MeetingEdit &edit, const MeetingEditorContext &context,
                        QWidget *parent = nullptr);

    void addDecision();
    void removeDecision();
    void moveDecision(int by);
    void addFollowUp();
    void editFollowUp();
    void removeFollowUp();
    /// Shows decision `index` (0-based), e.g. the one a problem is about.
    void selectDecision(int index);

private:
    void refresh();
    int currentDecision() const;
    int currentFollowUp() const;

    MeetingEdit &m_edit;
    const MeetingEditorContext &m_context;
    bool m_refreshing = false;
    QListWidget *m_decisionList;
    QPlainTextEdit *m_decisionEdit;
    QTableView *m_followUpView;
    DecisionFollowUpModel *m_followUpModel;
};

} // namespace konvergensi::gui

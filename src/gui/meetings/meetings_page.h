// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "gui/meetings/meeting_editor_dialog.h"

#include <QPointer>
#include <QWidget>

#include <cstdint>

class QTabWidget;

namespace konvergensi::gui {

class FollowUpBoardPanel;
class MeetingEditorDialog;
class MeetingRegisterPanel;
class WorkspaceSession;

/// "Rapat TPPS": the meeting register and the follow-up board, in two tabs, and the one
/// meeting editor open at a time (non-modal). Reloads when meetings, follow-ups, the
/// directory or the regions changed (ReloadWhenShown); its sidebar badge is the module's
/// (gui/meetings/meetings_module.cpp).
class MeetingsPage : public QWidget
{
    Q_OBJECT
public:
    explicit MeetingsPage(WorkspaceSession &session, QWidget *parent = nullptr);
    ~MeetingsPage() override;

    void reload();

    /// Opens the editor for a new meeting.
    MeetingEditorDialog *newMeeting();
    /// Opens the editor for a stored meeting (raises it when it is open already).
    MeetingEditorDialog *openMeeting(std::int64_t id);
    MeetingEditorDialog *openSelectedMeeting();

    MeetingEditorDialog *editor() const { return m_editor; }
    QTabWidget *tabs() const { return m_tabs; }
    MeetingRegisterPanel *registerPanel() const { return m_register; }
    FollowUpBoardPanel *boardPanel() const { return m_board; }

private:
    MeetingEditorDialog *showEditor(MeetingEditorDialog *editor);
    void showOverdueCount(int count);

    WorkspaceSession &m_session;
    QTabWidget *m_tabs;
    MeetingRegisterPanel *m_register;
    FollowUpBoardPanel *m_board;
    QPointer<MeetingEditorDialog> m_editor;
};

} // namespace konvergensi::gui

// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/meetings/meeting.h"
#include "gui/common/save_dialog.h"

#include <memory>

class QTabWidget;
class QUndoStack;

namespace konvergensi::gui {

class AttachmentsWidget;
class MeetingAgendaTab;
class MeetingAttendanceTab;
class MeetingDecisionsTab;
class MeetingDetailsTab;
class MeetingEdit;
class MeetingMinutesTab;
class WorkspaceSession;
struct MeetingEditorContext;

/// Records one meeting in six tabs: its details, agenda, attendance, decisions with their
/// follow-ups, summary and minutes, and its documents. Every edit is a step on an undo stack
/// (Ctrl+Z while the meeting is open). *Simpan* stores the whole meeting through the use case
/// (usecases::meetings::saveMeeting) and keeps it open; *Simpan dan tutup* stores and
/// closes; a problem shows inside the editor, on the tab it is about. Documents are stored
/// at once (they need a stored meeting). Quitting the program or opening another workspace
/// asks about unsaved edits (SaveDialog).
class MeetingEditorDialog : public SaveDialog
{
    Q_OBJECT
public:
    MeetingEditorDialog(WorkspaceSession &session, core::Meeting meeting,
                        QWidget *parent = nullptr);
    ~MeetingEditorDialog() override;

    /// The meeting as edited.
    const core::Meeting &meeting() const;
    QUndoStack *undoStack() const;
    QTabWidget *tabs() const { return m_tabs; }
    MeetingDetailsTab *detailsTab() const { return m_details; }
    MeetingAgendaTab *agendaTab() const { return m_agenda; }
    MeetingAttendanceTab *attendanceTab() const { return m_attendance; }
    MeetingDecisionsTab *decisionsTab() const { return m_decisions; }
    AttachmentsWidget *attachments() const { return m_attachments; }

    /// Saves and keeps the editor open; false (the reason shown inside) when it cannot.
    bool apply();

    /// Also while a dialog on top of it (an attendance row, a follow-up) holds edits: what it
    /// applies becomes part of the meeting.
    bool hasUnsavedChanges() const override;
    QString unsavedWorkTitle() const override;
    /// Saves the dialogs open on top of it first (an attendance row, a follow-up), then the
    /// meeting.
    bool saveUnsavedWork() override;
    void discardUnsavedWork() override;

Q_SIGNALS:
    /// The meeting was stored (its id).
    void meetingSaved(qint64 id);

protected:
    QString save() override;
    bool reloadStored() override;

private:
    void updateTitle();
    void showIssue(const core::MeetingIssue &issue);

    WorkspaceSession &m_session;
    std::unique_ptr<MeetingEditorContext> m_context;
    MeetingEdit *m_edit;
    core::Meeting m_loaded; ///< as last read or saved
    QTabWidget *m_tabs;
    MeetingDetailsTab *m_details;
    MeetingAgendaTab *m_agenda;
    MeetingAttendanceTab *m_attendance;
    MeetingDecisionsTab *m_decisions;
    MeetingMinutesTab *m_minutes;
    AttachmentsWidget *m_attachments;
};

} // namespace konvergensi::gui

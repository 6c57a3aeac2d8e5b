// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/directory/opd.h"
#include "core/meetings/meeting.h"

#include <QDialog>

#include <functional>
#include <map>

class QCheckBox;
class QComboBox;
class QDateEdit;
class QLabel;
class QLineEdit;
class QListWidget;
class QPlainTextEdit;
class QPushButton;
class QTabWidget;
class QTableView;
class QTableWidget;
class QUndoStack;

namespace konvergensi::gui {

class AttendanceModel;
class DecisionFollowUpModel;
class WorkspaceSession;

/// Records one meeting: its facts, agenda, attendance, decisions with follow-ups, summary
/// and minutes, and its documents. Every edit is a command on an undo stack (Ctrl+Z while
/// the meeting is open); Save writes the whole meeting in one transaction; closing with
/// unsaved changes asks. Documents are stored at once (they need a saved meeting).
class MeetingEditorDialog : public QDialog
{
    Q_OBJECT
public:
    MeetingEditorDialog(WorkspaceSession &session, core::Meeting meeting,
                        QWidget *parent = nullptr);
    ~MeetingEditorDialog() override;

    const core::Meeting &meeting() const { return m_meeting; }
    QUndoStack *undoStack() const { return m_undo; }
    bool hasUnsavedChanges() const;

    /// Saves; returns false (after saying why) when the meeting breaks a rule or was changed
    /// elsewhere.
    bool save();
    void reject() override;

    // Actions of the buttons, public so that tests and shortcuts can call them.
    void addAgendaItem();
    void removeAgendaItem();
    void moveAgendaItem(int by);
    void addAttendee();
    void editAttendee();
    void removeAttendee();
    void addDecision();
    void removeDecision();
    void moveDecision(int by);
    void addFollowUp();
    void editFollowUp();
    void removeFollowUp();
    void addDocument();
    void openDocument();
    void removeDocument();

    /// Replaces the meeting state (used by the undo commands).
    void setState(const core::Meeting &meeting);

Q_SIGNALS:
    /// The meeting was stored (its id).
    void meetingSaved(qint64 id);

protected:
    void closeEvent(QCloseEvent *event) override;

private:
    void buildDetailsTab(QTabWidget *tabs);
    void buildAgendaTab(QTabWidget *tabs);
    void buildAttendanceTab(QTabWidget *tabs);
    void buildDecisionsTab(QTabWidget *tabs);
    void buildMinutesTab(QTabWidget *tabs);
    void buildDocumentsTab(QTabWidget *tabs);

    /// Applies an edit as an undoable command; consecutive edits with the same merge id
    /// (typing in one field) become one step.
    void change(const QString &text, const std::function<void(core::Meeting &)> &edit,
                int mergeId = -1);
    /// Shows the state in the widgets (only where a widget differs, so typing is not
    /// disturbed).
    void refresh();
    void refreshDocuments();
    void updateTitle();
    int currentDecision() const;
    int currentFollowUp() const;
    int currentAttendee() const;
    bool confirmClose();

    WorkspaceSession &m_session;
    core::Meeting m_meeting;
    core::Meeting m_loaded; ///< as last read or saved
    std::vector<core::Opd> m_opds;
    QUndoStack *m_undo = nullptr;
    bool m_refreshing = false;
    bool m_closing = false;

    QTabWidget *m_tabs = nullptr;
    QComboBox *m_kindCombo = nullptr;
    QComboBox *m_levelCombo = nullptr;
    QComboBox *m_regionCombo = nullptr;
    QLineEdit *m_titleEdit = nullptr;
    QDateEdit *m_dateEdit = nullptr;
    QLineEdit *m_startEdit = nullptr;
    QLineEdit *m_endEdit = nullptr;
    QLineEdit *m_venueEdit = nullptr;
    QLineEdit *m_chairEdit = nullptr;
    QLineEdit *m_representedByEdit = nullptr;
    QLineEdit *m_representativePositionEdit = nullptr;
    QComboBox *m_actionCombo = nullptr;
    QLineEdit *m_secretaryNameEdit = nullptr;
    QLineEdit *m_secretaryPositionEdit = nullptr;
    QListWidget *m_agendaList = nullptr;
    QLineEdit *m_agendaEdit = nullptr;
    QTableView *m_attendanceView = nullptr;
    AttendanceModel *m_attendanceModel = nullptr;
    QLabel *m_attendanceCountLabel = nullptr;
    QListWidget *m_decisionList = nullptr;
    QPlainTextEdit *m_decisionEdit = nullptr;
    QTableView *m_followUpView = nullptr;
    DecisionFollowUpModel *m_followUpModel = nullptr;
    QPlainTextEdit *m_summaryEdit = nullptr;
    QPlainTextEdit *m_minutesEdit = nullptr;
    QTableWidget *m_documentTable = nullptr;
    QComboBox *m_documentKindCombo = nullptr;
    QLabel *m_documentHint = nullptr;
    QPushButton *m_saveButton = nullptr;
};

} // namespace konvergensi::gui

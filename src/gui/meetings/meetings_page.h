// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "gui/meetings/meeting_editor_dialog.h"

#include <QPointer>
#include <QWidget>

#include <cstdint>

class QCheckBox;
class QComboBox;
class QDateEdit;
class QLabel;
class QLineEdit;
class QPushButton;
class QSortFilterProxyModel;
class QTabWidget;
class QTableView;

namespace konvergensi::gui {

class FollowUpBoardModel;
class MeetingListModel;
class WorkspaceSession;

/// "Rapat TPPS": the meeting register (list with filters and search), the meeting editor
/// (a dialog with undo), and the follow-up board across meetings with the overdue ones
/// marked. Prints minutes, attendance sheets and the follow-up status report; exports the
/// register and the follow-ups to XLSX and CSV.
class MeetingsPage : public QWidget
{
    Q_OBJECT
public:
    explicit MeetingsPage(WorkspaceSession &session, QWidget *parent = nullptr);
    ~MeetingsPage() override;

    void reload();
    void reloadMeetings();
    void reloadFollowUps();

    /// Opens the editor for a new meeting (non-modal; see editor()).
    MeetingEditorDialog *newMeeting();
    /// Opens the editor for the meeting selected in the register.
    MeetingEditorDialog *openSelectedMeeting();
    MeetingEditorDialog *openMeeting(std::int64_t id);
    void removeSelectedMeeting();
    void printMinutes();
    void printAttendanceSheet();
    /// Asks for a file name and writes the minutes of the selected meeting as PDF.
    QString saveMinutesPdf();
    void exportMeetings();
    void markSelectedFollowUpDone();
    void editSelectedFollowUp();
    void printFollowUpReport();
    void exportFollowUps();
    /// Asks where to export (XLSX or CSV by the name chosen); empty when cancelled.
    QString askExportPath(const QString &title, const QString &baseName);

    MeetingEditorDialog *editor() const { return m_editor; }
    QTabWidget *tabs() const { return m_tabs; }
    QTableView *meetingView() const { return m_meetingView; }
    QTableView *followUpView() const { return m_followUpView; }
    MeetingListModel *meetingModel() const { return m_meetingModel; }
    FollowUpBoardModel *followUpModel() const { return m_followUpModel; }
    QSortFilterProxyModel *meetingProxy() const { return m_meetingProxy; }
    QSortFilterProxyModel *followUpProxy() const { return m_followUpProxy; }
    int overdueCount() const { return m_overdueCount; }
    /// Selects the meeting row with this id in the register.
    void selectMeeting(std::int64_t id);
    std::int64_t selectedMeetingId() const;
    std::int64_t selectedFollowUpId() const;

Q_SIGNALS:
    /// The number of overdue follow-ups in the workspace (for the sidebar).
    void overdueCountChanged(int count);

private:
    QWidget *buildRegister();
    QWidget *buildBoard();
    void reloadFilterChoices();
    void updateButtons();
    void setDone(std::int64_t followUpId, bool done);
    void updateOverdueCount();

    WorkspaceSession &m_session;
    QTabWidget *m_tabs = nullptr;
    QPointer<MeetingEditorDialog> m_editor;

    QComboBox *m_yearCombo = nullptr;
    QComboBox *m_kindCombo = nullptr;
    QComboBox *m_levelCombo = nullptr;
    QComboBox *m_regionCombo = nullptr;
    QLineEdit *m_searchEdit = nullptr;
    QTableView *m_meetingView = nullptr;
    MeetingListModel *m_meetingModel = nullptr;
    QSortFilterProxyModel *m_meetingProxy = nullptr;
    QLabel *m_meetingCountLabel = nullptr;
    QPushButton *m_openButton = nullptr;
    QPushButton *m_removeButton = nullptr;
    QPushButton *m_printButton = nullptr;
    QPushButton *m_attendanceButton = nullptr;
    QPushButton *m_pdfButton = nullptr;

    QComboBox *m_opdCombo = nullptr;
    QComboBox *m_statusCombo = nullptr;
    QCheckBox *m_overdueCheck = nullptr;
    QCheckBox *m_dueCheck = nullptr;
    QDateEdit *m_dueFromEdit = nullptr;
    QDateEdit *m_dueToEdit = nullptr;
    QTableView *m_followUpView = nullptr;
    FollowUpBoardModel *m_followUpModel = nullptr;
    QSortFilterProxyModel *m_followUpProxy = nullptr;
    QLabel *m_overdueLabel = nullptr;
    QPushButton *m_markDoneButton = nullptr;
    QPushButton *m_editFollowUpButton = nullptr;
    int m_overdueCount = -1;
};

} // namespace konvergensi::gui

// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QWidget>

#include <cstdint>

class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QSortFilterProxyModel;
class QTableView;

namespace konvergensi::storage {
struct MeetingFilter;
}

namespace konvergensi::gui {

class MeetingListModel;
class WorkspaceSession;

/// The meeting register (first tab of Rapat TPPS): filters by year, kind, level and region,
/// a search as you type, the list, and what is done with the selected meeting (open, remove,
/// print the minutes or the attendance sheet, minutes as PDF) or the list (export).
class MeetingRegisterPanel : public QWidget
{
    Q_OBJECT
public:
    explicit MeetingRegisterPanel(WorkspaceSession &session, QWidget *parent = nullptr);

    /// Reads the filter choices and the list again, keeping the selection.
    void reload();
    void selectMeeting(std::int64_t id);
    std::int64_t selectedMeetingId() const;

    void removeSelectedMeeting();
    void printMinutes();
    void printAttendanceSheet();
    /// Asks for a file and writes the selected meeting's minutes as PDF; the path or empty.
    QString saveMinutesPdf();
    /// Asks for a file and exports the meetings the filters select; the path or empty.
    QString exportMeetings();

    QTableView *view() const { return m_view; }
    MeetingListModel *model() const { return m_model; }
    QSortFilterProxyModel *proxy() const { return m_proxy; }

Q_SIGNALS:
    void newMeetingRequested();
    void openMeetingRequested(std::int64_t id);
    /// A meeting was removed (an editor open on it closes).
    void meetingRemoved(std::int64_t id);

private:
    void reloadFilterChoices();
    void reloadList();
    void updateButtons();
    storage::MeetingFilter filter() const;

    WorkspaceSession &m_session;
    QComboBox *m_yearCombo;
    QComboBox *m_kindCombo;
    QComboBox *m_levelCombo;
    QComboBox *m_regionCombo;
    QLineEdit *m_searchEdit;
    MeetingListModel *m_model;
    QSortFilterProxyModel *m_proxy;
    QTableView *m_view;
    QLabel *m_countLabel;
    QPushButton *m_openButton;
    QPushButton *m_removeButton;
    QPushButton *m_printButton;
    QPushButton *m_pdfButton;
    QPushButton *m_attendanceButton;
};

} // namespace konvergensi::gui

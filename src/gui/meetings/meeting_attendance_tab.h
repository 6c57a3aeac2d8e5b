// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QWidget>

class QLabel;
class QTableView;

namespace konvergensi::gui {

class AttendanceModel;
class MeetingEdit;
struct MeetingEditorContext;

/// The editor's attendance tab: who was invited and whether they came (rows through
/// AttendeeDialog), with the counts in all and per OPD.
class MeetingAttendanceTab : public QWidget
{
    Q_OBJECT
public:
    MeetingAttendanceTab(MeetingEdit &edit, const MeetingEditorContext &context,
                         QWidget *parent = nullptr);

    void addAttendee();
    void editAttendee();
    void removeAttendee();
    QTableView *view() const { return m_view; }

private:
    void refresh();
    int currentRow() const;

    MeetingEdit &m_edit;
    const MeetingEditorContext &m_context;
    AttendanceModel *m_model;
    QTableView *m_view;
    QLabel *m_countLabel;
};

} // namespace konvergensi::gui

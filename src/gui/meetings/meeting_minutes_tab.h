// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QWidget>

class QPlainTextEdit;

namespace konvergensi::gui {

class MeetingEdit;

/// The editor's summary and minutes (notulen), each with its length counter.
class MeetingMinutesTab : public QWidget
{
    Q_OBJECT
public:
    explicit MeetingMinutesTab(MeetingEdit &edit, QWidget *parent = nullptr);

private:
    void refresh();

    MeetingEdit &m_edit;
    bool m_refreshing = false;
    QPlainTextEdit *m_summaryEdit;
    QPlainTextEdit *m_minutesEdit;
};

} // namespace konvergensi::gui

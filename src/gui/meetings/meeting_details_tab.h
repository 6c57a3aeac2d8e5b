// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/meetings/meeting.h"

#include <QWidget>

#include <optional>
#include <string>

class QComboBox;
class QLineEdit;

namespace konvergensi::gui {

class DateEdit;
class MeetingEdit;
struct MeetingEditorContext;

/// The editor's first tab: kind, level and region, title, date and times, venue, who chaired
/// (and who in their place), the convergence action served, the secretary who signs.
class MeetingDetailsTab : public QWidget
{
    Q_OBJECT
public:
    MeetingDetailsTab(MeetingEdit &edit, const MeetingEditorContext &context,
                      QWidget *parent = nullptr);

    /// What keeps the details from being saved that the meeting itself cannot say (a time or
    /// a date typed that does not read as one); empty when none.
    QString typingProblem() const;
    /// Puts the cursor in the field a problem is about.
    void focusTitle();

private:
    void refresh();
    void bindLine(QLineEdit *edit, int mergeId, const QString &what,
                  std::string core::Meeting::*field);
    void bindTime(QLineEdit *edit, int mergeId, std::optional<int> core::Meeting::*field);

    MeetingEdit &m_edit;
    bool m_refreshing = false;
    QComboBox *m_kindCombo;
    QComboBox *m_levelCombo;
    QComboBox *m_regionCombo;
    QLineEdit *m_titleEdit;
    DateEdit *m_dateEdit;
    QLineEdit *m_startEdit;
    QLineEdit *m_endEdit;
    QLineEdit *m_venueEdit;
    QLineEdit *m_chairEdit;
    QLineEdit *m_representedByEdit;
    QLineEdit *m_representativePositionEdit;
    QComboBox *m_actionCombo;
    QLineEdit *m_secretaryNameEdit;
    QLineEdit *m_secretaryPositionEdit;
};

} // namespace konvergensi::gui

// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/meetings/meeting.h"

#include <QObject>

#include <functional>

class QUndoStack;

namespace konvergensi::gui {

/// The meeting being edited, shared by the editor's tabs: every edit is a command on an undo
/// stack (Ctrl+Z while the meeting is open), and every tab shows the state again when it
/// changed. Consecutive edits with the same merge id (typing in one field) are one step.
class MeetingEdit : public QObject
{
    Q_OBJECT
public:
    /// Merge ids of the fields typed into (a decision's text: DecisionText + its index).
    enum MergeId {
        TitleField = 1,
        VenueField,
        ChairField,
        RepresentedByField,
        RepresentativePositionField,
        SecretaryNameField,
        SecretaryPositionField,
        StartField,
        EndField,
        SummaryField,
        MinutesField,
        DecisionText = 1000,
    };

    explicit MeetingEdit(core::Meeting meeting, QObject *parent = nullptr);
    ~MeetingEdit() override;

    const core::Meeting &meeting() const { return m_meeting; }
    QUndoStack *undoStack() const { return m_undo; }
    /// Edits since the meeting was loaded or last saved.
    bool isModified() const;

    /// Applies an edit as an undoable step named `text`; nothing when it changes nothing.
    void change(const QString &text, const std::function<void(core::Meeting &)> &edit,
                int mergeId = -1);
    /// Starts again from a stored meeting (after a save or a reload): no edits, no undo.
    void reset(core::Meeting meeting);

    /// Replaces the state (the undo commands call it).
    void setState(const core::Meeting &meeting);

Q_SIGNALS:
    /// The state changed (an edit, undo, redo or reset): tabs show it again.
    void changed();
    void modifiedChanged(bool modified);

private:
    core::Meeting m_meeting;
    QUndoStack *m_undo;
};

} // namespace konvergensi::gui

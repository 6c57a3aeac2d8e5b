// SPDX-License-Identifier: GPL-3.0-or-later
#include "gui/meetings/meeting_edit.h"

#include <QUndoCommand>
#include <QUndoStack>

namespace konvergensi::gui {

namespace {

/// One step of the undo stack: the whole meeting before and after. A meeting is small, so
/// whole snapshots are simpler and safer than field-by-field commands.
class MeetingEditCommand : public QUndoCommand
{
public:
    MeetingEditCommand(MeetingEdit *edit, core::Meeting before, core::Meeting after,
                       const QString &text, int mergeId)
        : QUndoCommand(text)
        , m_edit(edit)
        , m_before(std::move(before))
        , m_after(std::move(after))
        , m_mergeId(mergeId)
    {
    }

    void undo() override { m_edit->setState(m_before); }
    void redo() override { m_edit->setState(m_after); }
    int id() const override { return m_mergeId; }
    bool mergeWith(const QUndoCommand *other) override
    {
        if (other->id() != id())
            return false;
        m_after = static_cast<const MeetingEditCommand *>(other)->m_after;
        return true;
    }

private:
    MeetingEdit *m_edit;
    core::Meeting m_before;
    core::Meeting m_after;
    int m_mergeId;
};

} // namespace

MeetingEdit::MeetingEdit(core::Meeting meeting, QObject *parent)
    : QObject(parent)
    , m_meeting(std::move(meeting))
    , m_undo(new QUndoStack(this))
{
    connect(m_undo, &QUndoStack::cleanChanged, this,
            [this](bool clean) { Q_EMIT modifiedChanged(!clean); });
}

MeetingEdit::~MeetingEdit()
{
    // The commands refer to this object: clear them first, without telling the dialog (which
    // is being destroyed) that the edit became clean.
    m_undo->disconnect(this);
    m_undo->clear();
}

bool MeetingEdit::isModified() const
{
    return !m_undo->isClean();
}

void MeetingEdit::change(const QString &text, const std::function<void(core::Meeting &)> &edit,
                         int mergeId)
{
    core::Meeting after = m_meeting;
    edit(after);
    if (after == m_meeting)
        return;
    m_undo->push(new MeetingEditCommand(this, m_meeting, std::move(after), text, mergeId));
}

void MeetingEdit::reset(core::Meeting meeting)
{
    m_undo->clear();
    m_meeting = std::move(meeting);
    Q_EMIT changed();
    Q_EMIT modifiedChanged(false);
}

void MeetingEdit::setState(const core::Meeting &meeting)
{
    m_meeting = meeting;
    Q_EMIT changed();
}

} // namespace konvergensi::gui

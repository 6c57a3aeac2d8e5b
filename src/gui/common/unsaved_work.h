// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

#include <vector>

class QWidget;

namespace konvergensi::gui {

/// An editor that may hold edits not stored yet (a meeting being edited, a follow-up, an
/// audit case, a scorecard, the letterhead, ...). Every such editor derives from this; while
/// it exists it is registered, so that quitting in any way (window close, Ctrl+Q, Berkas →
/// Keluar, opening or creating another workspace, logging out) first asks once about all of
/// them: Simpan semua, Buang, Batal (see resolveBeforeLeaving()). An editor bound to the
/// open workspace closes itself when another workspace is opened
/// (WorkspaceSession::workspaceChanged).
class UnsavedWork
{
public:
    UnsavedWork();
    virtual ~UnsavedWork();
    UnsavedWork(const UnsavedWork &) = delete;
    UnsavedWork &operator=(const UnsavedWork &) = delete;

    /// True while the editor holds edits that are not stored.
    virtual bool hasUnsavedChanges() const = 0;
    /// What the question lists, e.g. "Rapat: Rakor TPPS 12 Maret 2024".
    virtual QString unsavedWorkTitle() const = 0;
    /// Stores the edits (and may close the editor); false when they cannot be stored as they
    /// are: the editor then stays open, says why, and leaving is cancelled.
    virtual bool saveUnsavedWork() = 0;
    /// Drops the edits (the editor closes or shows the stored state again).
    virtual void discardUnsavedWork() = 0;

    /// Every registered editor that holds unsaved edits, oldest first.
    static std::vector<UnsavedWork *> pending();
    /// Asks once about all pending editors. Returns true when the caller may go on: nothing
    /// was pending, everything was saved, or the user chose to discard. False (Batal, or a
    /// save that failed) leaves every editor exactly as it was.
    static bool resolveBeforeLeaving(QWidget *parent);
};

} // namespace konvergensi::gui

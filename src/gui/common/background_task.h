// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "usecases/progress.h"

#include <QString>

#include <functional>

class QWidget;

namespace konvergensi::storage {
class Database;
}

namespace konvergensi::gui {

class WorkspaceSession;

/// Long work (imports, exports, report rendering) runs off the GUI thread, so the window
/// stays alive, with a progress dialog (shown when the work takes more than a moment) whose
/// Batal button cancels it. A cancelled unit of work throws usecases::Cancelled from
/// Progress::check() and rolls back: the workspace stays as it was.
class BackgroundTask
{
public:
    enum class Outcome { Finished, Cancelled };

    using Work = std::function<void(usecases::Progress &progress)>;
    using WorkspaceWork = std::function<void(storage::Database &db, usecases::Progress &progress)>;

    /// Runs `work` on a worker thread with its own connection to the session's workspace
    /// (a QtSql connection belongs to the thread that opened it). Returns when the work has
    /// ended; an exception of the work is thrown again here, on the GUI thread. A workspace
    /// that cannot be opened twice (":memory:") runs the work on the GUI thread instead.
    static Outcome run(QWidget *parent, WorkspaceSession &session, const QString &label,
                       const WorkspaceWork &work);
    /// The same for work that needs no workspace (writing a file from data already read).
    static Outcome run(QWidget *parent, const QString &label, const Work &work);

    /// Test seam: the next task is cancelled once it has reported `reports` progress steps.
    static void cancelNextAfter(int reports);
};

} // namespace konvergensi::gui

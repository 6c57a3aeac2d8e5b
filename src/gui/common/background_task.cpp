// SPDX-License-Identifier: GPL-3.0-or-later
#include "gui/common/background_task.h"

#include "gui/common/dialogs.h"
#include "gui/logging.h"
#include "gui/workspace/workspace_session.h"
#include "storage/database.h"
#include "storage/identity_vault.h"

#include <QCoreApplication>
#include <QEventLoop>
#include <QPointer>
#include <QProgressDialog>
#include <QThread>
#include <QTimer>

#include <atomic>
#include <climits>
#include <exception>
#include <optional>

namespace konvergensi::gui {

namespace {
std::optional<int> g_cancelAfter;

struct Shared
{
    std::atomic<qint64> done{0};
    std::atomic<qint64> total{0};
    std::atomic<int> reports{0};
};

BackgroundTask::Outcome runOnThread(QWidget *parent, const QString &label,
                                    const std::function<void(usecases::Progress &)> &work)
{
    Shared shared;
    const std::optional<int> cancelAfter = std::exchange(g_cancelAfter, std::nullopt);
    usecases::Progress *self = nullptr;
    usecases::Progress progress(
        [&shared, &self, cancelAfter](qint64 done, qint64 total, const QString &) {
            shared.done.store(done);
            shared.total.store(total);
            // The test seam cancels at the report itself, not at the next poll, so a short
            // task is cancelled midway however fast it runs.
            if (shared.reports.fetch_add(1) + 1 >= cancelAfter.value_or(INT_MAX) && self)
                self->cancel();
        });
    self = &progress;
    std::exception_ptr failure;
    QThread *thread = QThread::create([&] {
        try {
            work(progress);
        } catch (...) {
            failure = std::current_exception();
        }
    });
    thread->setObjectName(QStringLiteral("konvergensi-task"));

    QEventLoop loop;
    QObject::connect(thread, &QThread::finished, &loop, &QEventLoop::quit);
    QPointer<QProgressDialog> dialog;
    if (!Dialogs::inTestMode()) {
        dialog = new QProgressDialog(label, QCoreApplication::translate("BackgroundTask", "Cancel"),
                                     0, 0, parent);
        dialog->setWindowTitle(QCoreApplication::translate("BackgroundTask", "Please wait"));
        dialog->setWindowModality(Qt::WindowModal);
        dialog->setMinimumDuration(400);
        dialog->setAutoClose(false);
        dialog->setAutoReset(false);
        QObject::connect(dialog, &QProgressDialog::canceled, &loop,
                         [&progress] { progress.cancel(); });
    }
    QTimer poll;
    poll.setInterval(100);
    QObject::connect(&poll, &QTimer::timeout, &loop, [&] {
        if (cancelAfter && shared.reports.load() >= *cancelAfter)
            progress.cancel();
        if (!dialog)
            return;
        const qint64 total = shared.total.load();
        if (total > 0 && total <= std::numeric_limits<int>::max()) {
            dialog->setMaximum(static_cast<int>(total));
            dialog->setValue(static_cast<int>(std::min(shared.done.load(), total)));
        }
    });
    poll.start();
    thread->start();
    loop.exec(); // the window keeps painting; input to it is blocked by the modal dialog
    poll.stop();
    thread->wait();
    delete thread;
    delete dialog;

    if (failure) {
        try {
            std::rethrow_exception(failure);
        } catch (const usecases::Cancelled &) {
            qCInfo(lcGui) << "task cancelled:" << label;
            return BackgroundTask::Outcome::Cancelled;
        }
    }
    return progress.isCancelled() ? BackgroundTask::Outcome::Cancelled
                                  : BackgroundTask::Outcome::Finished;
}
} // namespace

BackgroundTask::Outcome BackgroundTask::run(QWidget *parent, WorkspaceSession &session,
                                            const QString &label, const WorkspaceWork &work)
{
    const QString path = session.path();
    if (path.isEmpty() || path == QLatin1String(":memory:")) {
        const std::optional<int> cancelAfter = std::exchange(g_cancelAfter, std::nullopt);
        int reports = 0;
        usecases::Progress *self = nullptr;
        usecases::Progress progress([&](qint64, qint64, const QString &) {
            if (cancelAfter && ++reports >= *cancelAfter && self)
                self->cancel();
        });
        self = &progress;
        try {
            work(session.database(), progress);
        } catch (const usecases::Cancelled &) {
            return Outcome::Cancelled;
        }
        return progress.isCancelled() ? Outcome::Cancelled : Outcome::Finished;
    }
    // What the work writes on its own connection is this program's, not another user's.
    struct Hold
    {
        WorkspaceSession &session;
        explicit Hold(WorkspaceSession &s)
            : session(s)
        {
            session.holdWatching(true);
        }
        ~Hold() { session.holdWatching(false); }
    } hold(session);
    return runOnThread(parent, label, [&](usecases::Progress &progress) {
        // This thread's own connection to the same workspace file or server.
        const auto db = session.isServer()
                            ? storage::Database::openPostgres(session.server(),
                                                              session.database().clockPointer())
                            : storage::Database::openSqlite(path,
                                                            session.database().clockPointer());
        db->setActor(session.database().actor());
        // The identity key unlocked for the session goes with the work, and is forgotten
        // for this connection when the work ends (issue #16).
        storage::IdentityVault(session.database()).shareKeyWith(*db);
        struct Forget
        {
            storage::Database &db;
            ~Forget() { storage::IdentityVault(db).lock(); }
        } forget{*db};
        work(*db, progress);
    });
}

BackgroundTask::Outcome BackgroundTask::run(QWidget *parent, const QString &label, const Work &work)
{
    return runOnThread(parent, label, work);
}

void BackgroundTask::cancelNextAfter(int reports)
{
    g_cancelAfter = reports;
}

} // namespace konvergensi::gui

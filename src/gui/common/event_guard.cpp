// SPDX-License-Identifier: GPL-3.0-or-later
#include "gui/common/event_guard.h"

#include "gui/logging.h"

#include "storage/storage_error.h"

#include <QCoreApplication>
#include <QMessageBox>
#include <QPointer>
#include <QTimer>

#include <exception>
#include <new>

namespace konvergensi::gui {

namespace {

/// Shows `text` after the current event, one message at a time: a failure that repeats
/// (in a paint event, say) does not pile up boxes.
void tellLater(const QString &text)
{
    static QPointer<QMessageBox> shown;
    if (shown)
        return;
    QTimer::singleShot(0, qApp, [text] {
        if (shown)
            return;
        auto *box = new QMessageBox(QMessageBox::Warning, QStringLiteral("Konvergensi"), text,
                                    QMessageBox::Ok, QApplication::activeWindow());
        box->setAttribute(Qt::WA_DeleteOnClose);
        box->setObjectName(QStringLiteral("eventGuardMessage"));
        shown = box;
        box->open();
    });
}

} // namespace

bool deliverGuarded(const std::function<bool()> &deliver)
{
    try {
        return deliver();
    } catch (const storage::StorageError &error) {
        qCWarning(lcGui) << "a step stopped on a storage error of kind"
                         << static_cast<int>(error.kind());
        tellLater(QCoreApplication::translate("EventGuard",
                                              "This step could not be finished: %1 Your open "
                                              "editors keep what you typed.")
                      .arg(error.message()));
    } catch (const std::bad_alloc &) {
        qCWarning(lcGui) << "a step stopped: out of memory";
        tellLater(QCoreApplication::translate("EventGuard",
                                              "There is not enough memory for this step. Close "
                                              "other programs and try again; your open editors "
                                              "keep what you typed."));
    } catch (const std::exception &) {
        qCWarning(lcGui) << "a step stopped on an unexpected error";
        tellLater(QCoreApplication::translate("EventGuard",
                                              "This step could not be finished because of an "
                                              "unexpected error. Your open editors keep what "
                                              "you typed; save them and restart the program."));
    }
    return false;
}

GuardedApplication::GuardedApplication(int &argc, char **argv)
    : QApplication(argc, argv)
{
}

bool GuardedApplication::notify(QObject *receiver, QEvent *event)
{
    return deliverGuarded([&] { return QApplication::notify(receiver, event); });
}

} // namespace konvergensi::gui

// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QApplication>

#include <functional>

namespace konvergensi::gui {

/// Runs the delivery of one event. An exception a slot lets out (a write the office server
/// refuses for the login's role, a full disk, no memory) becomes one message in the user's
/// language, shown once the event is done, instead of ending the program and with it the work
/// typed in the open editors. A last net: Qt does not promise that its own state survives an
/// exception thrown through it, so slots still catch what they expect (pages do, for
/// StorageError); this catches what one forgot. Returns what `deliver` returned, or false when
/// it threw. Only the kind of failure is logged, never its text (it may quote what the user
/// typed).
bool deliverGuarded(const std::function<bool()> &deliver);

/// The program's QApplication: every event is delivered through deliverGuarded(). The test
/// programs keep a plain QApplication, so that an exception there fails the test.
class GuardedApplication : public QApplication
{
public:
    GuardedApplication(int &argc, char **argv);
    bool notify(QObject *receiver, QEvent *event) override;
};

} // namespace konvergensi::gui

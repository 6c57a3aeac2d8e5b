// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QMessageBox>
#include <QString>

#include <functional>
#include <optional>
#include <queue>

class QDialogButtonBox;
class QWidget;

namespace konvergensi::gui {

/// Message boxes and file dialogs go through here, so a test can queue the answer instead of
/// facing a modal dialog (the seam KeePassXC calls MessageBox::setNextAnswer).
class Dialogs
{
public:
    static void information(QWidget *parent, const QString &title, const QString &text);
    static void warning(QWidget *parent, const QString &title, const QString &text);
    static void error(QWidget *parent, const QString &title, const QString &text);
    /// Yes/No question; true for yes.
    static bool question(QWidget *parent, const QString &title, const QString &text);

    /// What to do with unsaved edits before leaving (quit, open another workspace, log out).
    enum class UnsavedChoice { SaveAll, Discard, Cancel };
    /// Asks once, listing the editors with unsaved edits: Simpan semua, Buang, Batal.
    static UnsavedChoice unsavedChanges(QWidget *parent, const QStringList &items);

    static QString openFileName(QWidget *parent, const QString &caption, const QString &dir,
                                const QString &filter);
    /// Resizes a large dialog to `wanted`, bounded by its screen's free area less room for a
    /// title bar and a task bar (at 1366×768 a desktop has both; issue #15).
    static void resizeWithinScreen(QWidget *dialog, QSize wanted);
    static QString saveFileName(QWidget *parent, const QString &caption, const QString &dir,
                                const QString &filter);

    // Test seams: answers consumed in order; while set, no dialog is shown.
    static void setNextFileName(const QString &fileName);
    static void setNextAnswer(bool yes);
    static void setNextUnsavedChoice(UnsavedChoice choice);
    /// How many unsaved-changes questions were asked (shown or answered from the queue).
    static int unsavedQuestionsAsked();
    /// The text of the last message shown or swallowed, for assertions.
    static QString lastMessage();
    static void resetForTests();
    /// True once a test has queued an answer or reset: no modal dialog may be shown then.
    static bool inTestMode();

private:
    static void message(QWidget *parent, QMessageBox::Icon icon, const QString &title,
                        const QString &text);
};

} // namespace konvergensi::gui

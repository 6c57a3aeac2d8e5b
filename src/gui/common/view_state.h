// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

class QComboBox;
class QMainWindow;
class QWidget;

// What the user arranged on screen, remembered per user (QSettings, not the workspace): the
// main window's size and place, every splitter's sizes, every table header's column widths,
// order and sort, and the paper chosen for printing.
namespace konvergensi::gui::ViewState {

/// Puts the window where it was when it was last closed, never larger than the screen it
/// opens on (a first start: 1200x760 at most, centred).
void restoreWindow(QMainWindow *window);
void saveWindow(const QMainWindow *window);
/// Whether a window was saved before (else the program starts maximised).
bool hasWindowState();

/// Restores the sizes of every QSplitter and the state of every QHeaderView (of a table or
/// tree view) below `root`, stored under `key` (e.g. the module key). Each is known by its
/// path of object names below root (class and position where a widget has no name).
void restoreViews(QWidget *root, const QString &key);
void saveViews(const QWidget *root, const QString &key);

/// The settings key a widget's state is stored under (for tests).
QString settingsKey(const QWidget *root, const QString &key, const QWidget *widget);

/// Keeps a paper combo (items with reports::Paper as data) on the paper the user chose last
/// anywhere in the program, and remembers every new choice.
void rememberPaper(QComboBox *combo);
/// The paper chosen last (reports::Paper as int; A4 when never chosen).
int chosenPaper();

} // namespace konvergensi::gui::ViewState

// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QPushButton;
class QTableView;
class QWidget;

// Small pieces the meeting module's panels, tabs and dialogs share.
namespace konvergensi::gui::meetings_ui {

/// A read-only table of whole rows, one selectable at a time, eliding long text (shown whole
/// in the tooltip); `sortable` lets the user sort by a column.
QTableView *makeTable(QWidget *parent, const QString &objectName, bool sortable);
/// A column of small numbers as wide as its header, not wider.
void fitColumnToHeader(QTableView *view, int column);
QPushButton *makeButton(QWidget *parent, const QString &text, const QString &objectName);

/// A long text cut for a question or a message ("Rapat Koordinasi …"): at most `maxChars`.
QString shortened(const QString &text, int maxChars = 80);

/// Limits a line edit to `maxChars` and, when `counter` is given, shows "n/max" there (in
/// the danger colour once the limit is reached).
void limitLength(QLineEdit *edit, int maxChars, QLabel *counter = nullptr);
/// A counter for a long text: "n/max", in the danger colour when over the limit (the rules
/// refuse such a text on save, saying so). Returns the counter label.
QLabel *addCounter(QPlainTextEdit *edit, int maxChars, QWidget *parent);

} // namespace konvergensi::gui::meetings_ui

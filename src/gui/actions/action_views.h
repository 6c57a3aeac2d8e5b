// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

class QPushButton;
class QTableView;
class QWidget;

namespace konvergensi::gui {

/// A read-only table of the actions page: whole rows, one at a time, long text elided (the
/// models give the whole text as a tooltip).
QTableView *makeActionTable(QWidget *parent, const QString &name);
/// A push button with an object name (tests find it by that name).
QPushButton *makeActionButton(QWidget *parent, const QString &text, const QString &name);

} // namespace konvergensi::gui

// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

class QLabel;
class QPlainTextEdit;

namespace konvergensi::gui {

/// Caps a multi-line text at `maximum` characters (what is pasted beyond is cut) and shows
/// "120 / 2000" in `counter`, in the warning colour near the limit.
void limitText(QPlainTextEdit *edit, QLabel *counter, int maximum);

} // namespace konvergensi::gui

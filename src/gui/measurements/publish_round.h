// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

class QWidget;

namespace konvergensi::gui {

class WorkspaceSession;

namespace measurements {

/// "Kirim ke dasbor…": writes a round's figures, counted from its children, as the e-PPGBM
/// figures of the prevalence dashboard (each marked "computed from N children"). Where typed
/// e-PPGBM figures of the same areas and round differ, both are shown side by side
/// (the prevalence import's ConflictDialog) and the user chooses: replace them, or keep them
/// and write nothing. Returns the number of figures written (0 when nothing was).
int publishRound(QWidget *parent, WorkspaceSession &session, const QString &period);

} // namespace measurements
} // namespace konvergensi::gui

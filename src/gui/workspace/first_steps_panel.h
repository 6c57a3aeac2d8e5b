// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QFrame>

class QLabel;
class QVBoxLayout;

namespace konvergensi::gui {

class WorkspaceSession;

/// "First steps" above the pages while a workspace still lacks what work needs (regions,
/// letterhead, OPD, prevalence figures, a first meeting): each step ticks itself once done,
/// whoever did it, and a button opens the page where it is done. Hidden for good with
/// "Hide", or when every step is done.
class FirstStepsPanel : public QFrame
{
    Q_OBJECT
public:
    explicit FirstStepsPanel(WorkspaceSession &session, QWidget *parent = nullptr);

    void reload();
    /// The steps as shown: "✓ Import the regions", "○ Set the letterhead", ...
    QStringList stepTexts() const;

Q_SIGNALS:
    /// The user asked for the page of a step (a module key of the sidebar).
    void openModule(const QString &key);

private:
    WorkspaceSession &m_session;
    QVBoxLayout *m_steps = nullptr;
    QLabel *m_progress = nullptr;
};

} // namespace konvergensi::gui

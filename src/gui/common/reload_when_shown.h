// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "usecases/changes.h"

#include <QObject>

#include <functional>

class QWidget;

namespace konvergensi::gui {

class WorkspaceSession;

/// Keeps a page current without wasted work: when the workspace changes or data of one of the
/// page's topics changes, the page reloads at once if it is visible, otherwise the first time
/// it is shown again. Changes of other topics are ignored.
///
///     ReloadWhenShown::attach(this, session, Topic::Meetings | Topic::FollowUps,
///                             [this] { reload(); });
class ReloadWhenShown : public QObject
{
    Q_OBJECT
public:
    static ReloadWhenShown *attach(QWidget *page, WorkspaceSession &session,
                                   usecases::Topics topics, std::function<void()> reload);

    /// The page's data changed since it was last loaded (it reloads when next shown).
    bool isStale() const { return m_stale; }
    /// Reload now if visible, else when shown.
    void requestReload();

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    ReloadWhenShown(QWidget *page, usecases::Topics topics, std::function<void()> reload);

    QWidget *m_page;
    usecases::Topics m_topics;
    std::function<void()> m_reload;
    bool m_stale = false;
};

} // namespace konvergensi::gui

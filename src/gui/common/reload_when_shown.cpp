// SPDX-License-Identifier: GPL-3.0-or-later
#include "gui/common/reload_when_shown.h"

#include "gui/workspace/workspace_session.h"

#include <QEvent>
#include <QWidget>

namespace konvergensi::gui {

ReloadWhenShown *ReloadWhenShown::attach(QWidget *page, WorkspaceSession &session,
                                         usecases::Topics topics, std::function<void()> reload)
{
    auto *watcher = new ReloadWhenShown(page, topics, std::move(reload));
    connect(&session, &WorkspaceSession::workspaceChanged, watcher,
            &ReloadWhenShown::requestReload);
    connect(&session, &WorkspaceSession::changed, watcher, [watcher](usecases::Topics changed) {
        if (changed & watcher->m_topics)
            watcher->requestReload();
    });
    return watcher;
}

ReloadWhenShown::ReloadWhenShown(QWidget *page, usecases::Topics topics,
                                 std::function<void()> reload)
    : QObject(page)
    , m_page(page)
    , m_topics(topics)
    , m_reload(std::move(reload))
{
    page->installEventFilter(this);
}

void ReloadWhenShown::requestReload()
{
    if (m_page->isVisible()) {
        m_stale = false;
        m_reload();
    } else {
        m_stale = true;
    }
}

bool ReloadWhenShown::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_page && event->type() == QEvent::Show && m_stale) {
        m_stale = false;
        m_reload();
    }
    return QObject::eventFilter(watched, event);
}

} // namespace konvergensi::gui

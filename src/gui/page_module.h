// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "usecases/changes.h"
#include "usecases/workspace/workspace_rights.h"

#include <QIcon>
#include <QString>

#include <functional>
#include <optional>
#include <vector>

class QWidget;

namespace konvergensi::gui {

class WorkspaceSession;

/// A module's place in the main window: its sidebar entry, its page and the count shown
/// beside its name. Each module with a page gives one from
/// `gui/<module>/<module>_module.h` (`gui::<module>::pageModule()`), listed in the module
/// manifest (src/modules.cmake).
struct PageModule
{
    QString key;   ///< "meetings": stable, used by showModule() and saved window state
    QString title; ///< translated sidebar text
    QIcon icon;
    int position = 0; ///< sidebar order, from the manifest
    std::function<QWidget *(WorkspaceSession &session, QWidget *parent)> createPage;
    /// The area of work whose editor role a login needs to change anything on the page (the
    /// window hides the rest, RightsGuard); none for a page that only shows.
    std::optional<usecases::workspace::WorkArea> workArea;

    /// Optional: shows a place in the module's page asked for by another page
    /// (WorkspaceSession::requestPage), e.g. "2024-08 desa 14.03.01.2001"; false when the
    /// place is not there (the page is shown as it was).
    std::function<bool(QWidget *page, const QString &location)> openAt;

    /// Optional count shown in red beside the title (e.g. overdue follow-ups), counted again
    /// after a change of any of badgeTopics; 0 hides it.
    std::function<int(WorkspaceSession &session)> badge;
    usecases::Topics badgeTopics;
    /// The badge's tooltip for a count ("3 follow-ups overdue").
    std::function<QString(int count)> badgeToolTip;
};

/// Every module's page, in sidebar order. Generated from src/modules.cmake.
std::vector<PageModule> pageModules();

} // namespace konvergensi::gui

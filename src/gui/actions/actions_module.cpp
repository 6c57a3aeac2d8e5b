// SPDX-License-Identifier: GPL-3.0-or-later
#include "gui/actions/actions_module.h"

#include "gui/actions/actions_page.h"
#include "gui/workspace/workspace_session.h"

#include <QApplication>
#include <QCoreApplication>
#include <QStyle>

namespace konvergensi::gui::actions {

PageModule pageModule()
{
    PageModule module;
    module.key = QStringLiteral("actions");
    module.title = QCoreApplication::translate("konvergensi::gui::MainWindow",
                                               "8 Convergence Actions");
    module.icon = QApplication::style()->standardIcon(QStyle::SP_DialogApplyButton);
    module.createPage = [](WorkspaceSession &session, QWidget *parent) -> QWidget * {
        return new ActionsPage(session, parent);
    };
    module.workArea = usecases::workspace::WorkArea::Meetings;
    return module;
}

} // namespace konvergensi::gui::actions

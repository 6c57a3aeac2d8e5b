// SPDX-License-Identifier: GPL-3.0-or-later
#include "gui/settings/settings_module.h"

#include "gui/settings/settings_page.h"
#include "gui/workspace/workspace_session.h"

#include <QApplication>
#include <QCoreApplication>
#include <QStyle>

namespace konvergensi::gui::settings {

PageModule pageModule()
{
    PageModule module;
    module.key = QStringLiteral("settings");
    module.title = QCoreApplication::translate("konvergensi::gui::MainWindow", "Settings");
    module.icon = QApplication::style()->standardIcon(QStyle::SP_FileDialogInfoView);
    module.createPage = [](WorkspaceSession &session, QWidget *parent) -> QWidget * {
        return new SettingsPage(session, parent);
    };
    module.workArea = usecases::workspace::WorkArea::Administration;
    return module;
}

} // namespace konvergensi::gui::settings

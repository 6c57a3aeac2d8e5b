// SPDX-License-Identifier: GPL-3.0-or-later
#include "gui/regions/regions_module.h"

#include "gui/regions/regions_page.h"
#include "gui/workspace/workspace_session.h"

#include <QApplication>
#include <QCoreApplication>
#include <QStyle>

namespace konvergensi::gui::regions {

PageModule pageModule()
{
    PageModule module;
    module.key = QStringLiteral("regions");
    module.title = QCoreApplication::translate("konvergensi::gui::MainWindow", "Regions");
    module.icon = QApplication::style()->standardIcon(QStyle::SP_DriveNetIcon);
    module.createPage = [](WorkspaceSession &session, QWidget *parent) -> QWidget * {
        return new RegionsPage(session, parent);
    };
    module.workArea = usecases::workspace::WorkArea::Administration;
    return module;
}

} // namespace konvergensi::gui::regions

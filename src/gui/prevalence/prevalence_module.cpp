// SPDX-License-Identifier: GPL-3.0-or-later
#include "gui/prevalence/prevalence_module.h"

#include "gui/locus/session_locus_villages.h"
#include "gui/prevalence/dashboard_page.h"
#include "gui/workspace/workspace_session.h"

#include <QApplication>
#include <QCoreApplication>
#include <QStyle>

#include <memory>

namespace konvergensi::gui::prevalence {

PageModule pageModule()
{
    PageModule module;
    module.key = QStringLiteral("dashboard");
    module.title = QCoreApplication::translate("konvergensi::gui::MainWindow", "Dashboard");
    module.icon = QApplication::style()->standardIcon(QStyle::SP_ComputerIcon);
    module.createPage = [](WorkspaceSession &session, QWidget *parent) -> QWidget * {
        auto *page = new DashboardPage(session, parent);
        page->setLocusVillages(std::make_shared<SessionLocusVillages>(session));
        return page;
    };
    module.workArea = usecases::workspace::WorkArea::Prevalence;
    return module;
}

} // namespace konvergensi::gui::prevalence

// SPDX-License-Identifier: GPL-3.0-or-later
#include "gui/locus/locus_module.h"

#include "gui/locus/locus_page.h"
#include "gui/workspace/workspace_session.h"

#include <QApplication>
#include <QCoreApplication>
#include <QStyle>

namespace konvergensi::gui::locus {

PageModule pageModule()
{
    PageModule module;
    module.key = QStringLiteral("locus");
    module.title = QCoreApplication::translate("konvergensi::gui::MainWindow", "Locus villages");
    module.icon = QApplication::style()->standardIcon(QStyle::SP_DirHomeIcon);
    module.createPage = [](WorkspaceSession &session, QWidget *parent) -> QWidget * {
        return new LocusPage(session, parent);
    };
    module.workArea = usecases::workspace::WorkArea::Locus;
    return module;
}

} // namespace konvergensi::gui::locus

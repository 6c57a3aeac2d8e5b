// SPDX-License-Identifier: GPL-3.0-or-later
#include "gui/semester/semester_module.h"

#include "gui/semester/semester_page.h"

#include <QApplication>
#include <QCoreApplication>
#include <QStyle>

namespace konvergensi::gui::semester {

PageModule pageModule()
{
    PageModule module;
    module.key = QStringLiteral("semester");
    module.title = QCoreApplication::translate("konvergensi::gui::MainWindow", "Semester report");
    module.icon = QApplication::style()->standardIcon(QStyle::SP_FileDialogDetailedView);
    module.createPage = [](WorkspaceSession &session, QWidget *parent) -> QWidget * {
        return new SemesterPage(session, parent);
    };
    module.workArea = usecases::workspace::WorkArea::SemesterReport;
    return module;
}

} // namespace konvergensi::gui::semester

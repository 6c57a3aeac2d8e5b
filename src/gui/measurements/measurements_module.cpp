// SPDX-License-Identifier: GPL-3.0-or-later
#include "gui/measurements/measurements_module.h"

#include "gui/measurements/measurements_page.h"

#include <QApplication>
#include <QCoreApplication>
#include <QStyle>

namespace konvergensi::gui::measurements {

PageModule pageModule()
{
    PageModule module;
    module.key = QStringLiteral("measurements");
    module.title = QCoreApplication::translate("konvergensi::gui::MainWindow",
                                               "Child Measurements");
    module.icon = QApplication::style()->standardIcon(QStyle::SP_FileDialogListView);
    module.createPage = [](WorkspaceSession &session, QWidget *parent) -> QWidget * {
        return new MeasurementsPage(session, parent);
    };
    module.openAt = [](QWidget *page, const QString &location) {
        auto *measurements = qobject_cast<MeasurementsPage *>(page);
        return measurements && measurements->openAt(location);
    };
    module.workArea = usecases::workspace::WorkArea::Prevalence;
    return module;
}

} // namespace konvergensi::gui::measurements

// SPDX-License-Identifier: GPL-3.0-or-later
#include "gui/meetings/meetings_module.h"

#include "gui/meetings/meetings_page.h"
#include "gui/workspace/workspace_session.h"
#include "usecases/followups/follow_up_registers.h"

#include <QApplication>
#include <QCoreApplication>
#include <QStyle>

namespace konvergensi::gui::meetings {

PageModule pageModule()
{
    PageModule module;
    module.key = QStringLiteral("meetings");
    module.title = QCoreApplication::translate("konvergensi::gui::MainWindow", "TPPS meetings");
    module.icon = QApplication::style()->standardIcon(QStyle::SP_FileDialogDetailedView);
    module.createPage = [](WorkspaceSession &session, QWidget *parent) -> QWidget * {
        return new MeetingsPage(session, parent);
    };
    module.workArea = usecases::workspace::WorkArea::Meetings;
    module.badge = [](WorkspaceSession &session) {
        if (!session.isOpen())
            return 0;
        return usecases::followups::overdueCount(session.database(),
                                                 usecases::followups::Register::Meetings);
    };
    module.badgeTopics = usecases::Topic::FollowUps | usecases::Topic::Meetings;
    module.badgeToolTip = [](int count) {
        return QCoreApplication::translate("MeetingsModule", "%n follow-ups of meetings overdue",
                                           nullptr, count);
    };
    return module;
}

} // namespace konvergensi::gui::meetings

// SPDX-License-Identifier: GPL-3.0-or-later
#include "gui/case_audit/case_audit_module.h"

#include "gui/case_audit/case_audit_page.h"
#include "gui/workspace/workspace_session.h"
#include "usecases/followups/follow_up_registers.h"

#include <QApplication>
#include <QCoreApplication>
#include <QStyle>

namespace konvergensi::gui::case_audit {

PageModule pageModule()
{
    PageModule module;
    module.key = QStringLiteral("caseAudit");
    module.title = QCoreApplication::translate("konvergensi::gui::MainWindow",
                                               "Stunting Case Audit");
    module.icon = QApplication::style()->standardIcon(QStyle::SP_FileDialogContentsView);
    module.createPage = [](WorkspaceSession &session, QWidget *parent) -> QWidget * {
        return new CaseAuditPage(session, parent);
    };
    module.workArea = usecases::workspace::WorkArea::CaseAudit;
    module.badge = [](WorkspaceSession &session) {
        if (!session.isOpen())
            return 0;
        return usecases::followups::overdueCount(session.database(),
                                                 usecases::followups::Register::CaseAudit);
    };
    module.badgeTopics = usecases::Topic::FollowUps | usecases::Topic::CaseAudit;
    module.badgeToolTip = [](int count) {
        return QCoreApplication::translate(
            "CaseAuditPage", "%n follow-up(s) of audited cases overdue", nullptr, count);
    };
    return module;
}

} // namespace konvergensi::gui::case_audit

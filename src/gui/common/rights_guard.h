// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "usecases/workspace/workspace_rights.h"

#include <QObject>
#include <QString>

#include <optional>

class QDialog;

namespace konvergensi::gui {

class WorkspaceSession;

/// Hides on a page what the login of a server workspace may not do (issue #17, item 3): the
/// buttons and actions that add, edit, remove, import or save in an area of work the login
/// has no editor role for, and "show identity" without the identity role. The server still
/// refuses such writes; this only spares the user a button that can only fail. Controls are
/// recognised by their object names (addOpdButton, locusImportListAction, saveButton, ...);
/// printing, exporting and looking stay. Editor dialogs the page opens (a meeting, an OPD)
/// still show the record, without OK/Save.
class RightsGuard : public QObject
{
    Q_OBJECT
public:
    /// What a control needs: an editor role of an area, or the identity role.
    struct Need
    {
        enum class Kind { Edit, Identity };
        Kind kind = Kind::Edit;
        usecases::workspace::WorkArea area = usecases::workspace::WorkArea::Administration;
    };
    /// What the control called `objectName` on a page of the area `pageArea` (the module
    /// manifest's, PageModule::workArea) needs; nothing for a control that only shows, prints
    /// or exports.
    static std::optional<Need> needOf(std::optional<usecases::workspace::WorkArea> pageArea,
                                      const QString &objectName);
    static bool allows(const usecases::workspace::WorkspaceRights &rights,
                       std::optional<usecases::workspace::WorkArea> pageArea,
                       const QString &objectName);

    /// What an editor dialog opened from a page of `pageArea` needs to store anything (its
    /// class: a SaveDialog, an OPD or a person dialog); nothing for other dialogs (print
    /// preview, file choosers, messages).
    static std::optional<Need> needOfEditor(std::optional<usecases::workspace::WorkArea> pageArea,
                                            const QDialog &dialog);

    /// Guards `page` (a module's page): applied now, whenever the rights change and whenever
    /// the page is shown (controls made later are covered then).
    RightsGuard(WorkspaceSession &session, QWidget *page,
                std::optional<usecases::workspace::WorkArea> pageArea);

    /// Hides or shows again every guarded control of the page.
    void apply();

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    /// An editor the login may not store from: its OK/Save/Apply and writing buttons hidden.
    void applyToEditor(QDialog *dialog);

    WorkspaceSession &m_session;
    QWidget *m_page;
    std::optional<usecases::workspace::WorkArea> m_pageArea;
};

} // namespace konvergensi::gui

// SPDX-License-Identifier: GPL-3.0-or-later
#include "gui/common/rights_guard.h"

#include "gui/common/save_dialog.h"
#include "gui/workspace/workspace_session.h"

#include <QAbstractButton>
#include <QAction>
#include <QApplication>
#include <QDialog>
#include <QDialogButtonBox>
#include <QEvent>
#include <QPushButton>
#include <QWidget>

namespace konvergensi::gui {

namespace {
using usecases::workspace::WorkArea;
constexpr const char *kHidden = "konvergensiHiddenByRights";
constexpr const char *kRestrictedEditor = "konvergensiRestrictedByRights";

/// Object names of controls that write, after a module prefix is taken off.
bool writes(QString name)
{
    static const QStringList exact = {
        QStringLiteral("saveButton"),
        QStringLiteral("saveAllButton"),
        QStringLiteral("saveMeetingButton"),
        QStringLiteral("saveAndCloseMeetingButton"),
        QStringLiteral("saveLetterheadButton"),
        QStringLiteral("semesterSaveButton"),
        QStringLiteral("proposalSaveButton"),
        QStringLiteral("locusUpButton"),
        QStringLiteral("locusDownButton"),
        QStringLiteral("closeMeetingButton"),
        QStringLiteral("standardIndicatorsButton"),
        QStringLiteral("decreeButton"),
        QStringLiteral("chooseLogoButton"),
        QStringLiteral("removeLogoButton"),
    };
    if (exact.contains(name))
        return true;
    for (const char *prefix : {"locus", "scorecard", "proposal", "kpm", "semester"}) {
        const QLatin1String p(prefix);
        if (name.startsWith(p) && name.size() > p.size() && name.at(p.size()).isUpper()) {
            name = name.mid(p.size());
            name[0] = name.at(0).toLower();
            break;
        }
    }
    for (const char *verb : {"add", "new", "edit", "remove", "delete", "import", "replace", "mark",
                             "enter", "map", "startYear", "publish"}) {
        const QLatin1String v(verb);
        if (name.startsWith(v) && name.size() > v.size() && name.at(v.size()).isUpper())
            return true;
    }
    return false;
}
} // namespace

std::optional<RightsGuard::Need> RightsGuard::needOf(std::optional<WorkArea> pageArea,
                                                     const QString &objectName)
{
    if (objectName.isEmpty())
        return std::nullopt;
    if (objectName.contains(QLatin1String("Identity")))
        return Need{Need::Kind::Identity, WorkArea::Administration};
    if (!writes(objectName))
        return std::nullopt;
    // The pages that hold more than one area (Wilayah: regions, OPD, puskesmas).
    if (objectName.contains(QLatin1String("Opd")) || objectName.contains(QLatin1String("Person")))
        return Need{Need::Kind::Edit, WorkArea::Meetings};
    if (objectName.contains(QLatin1String("Puskesmas")))
        return Need{Need::Kind::Edit, WorkArea::Prevalence};
    // A case audit case started elsewhere (from a measured child).
    if (objectName.contains(QLatin1String("AuditCase")))
        return Need{Need::Kind::Edit, WorkArea::CaseAudit};
    if (objectName.contains(QLatin1String("Regions")) || objectName.contains(QLatin1String("Logo"))
        || objectName.contains(QLatin1String("Letterhead")))
        return Need{Need::Kind::Edit, WorkArea::Administration};
    if (!pageArea)
        return std::nullopt;
    return Need{Need::Kind::Edit, *pageArea};
}

bool RightsGuard::allows(const usecases::workspace::WorkspaceRights &rights,
                         std::optional<WorkArea> pageArea, const QString &objectName)
{
    const auto need = needOf(pageArea, objectName);
    if (!need)
        return true;
    if (need->kind == Need::Kind::Identity)
        return rights.mayReadIdentity();
    return rights.mayEdit(need->area);
}

RightsGuard::RightsGuard(WorkspaceSession &session, QWidget *page, std::optional<WorkArea> pageArea)
    : QObject(page)
    , m_session(session)
    , m_page(page)
    , m_pageArea(pageArea)
{
    connect(&m_session, &WorkspaceSession::rightsChanged, this, &RightsGuard::apply);
    m_page->installEventFilter(this);
    // The editors the page opens (dialogs of their own, parented to the page).
    qApp->installEventFilter(this);
    apply();
}

std::optional<RightsGuard::Need> RightsGuard::needOfEditor(std::optional<WorkArea> pageArea,
                                                           const QDialog &dialog)
{
    QString name = QString::fromLatin1(dialog.metaObject()->className());
    name = name.mid(name.lastIndexOf(u':') + 1);
    if (!qobject_cast<const SaveDialog *>(&dialog))
        return std::nullopt;
    return needOf(pageArea, QStringLiteral("edit") + name);
}

void RightsGuard::applyToEditor(QDialog *dialog)
{
    const auto need = needOfEditor(m_pageArea, *dialog);
    if (!need)
        return;
    const auto &rights = m_session.rights();
    const bool allowed = need->kind == Need::Kind::Identity ? rights.mayReadIdentity()
                                                            : rights.mayEdit(need->area);
    if (allowed)
        return;
    // Looking stays; storing is not offered: OK/Save/Apply and the named writing buttons.
    for (QDialogButtonBox *box : dialog->findChildren<QDialogButtonBox *>()) {
        for (QAbstractButton *button : box->buttons()) {
            const auto role = box->buttonRole(button);
            if (role == QDialogButtonBox::AcceptRole || role == QDialogButtonBox::ApplyRole
                || role == QDialogButtonBox::YesRole)
                button->hide();
        }
    }
    for (QAbstractButton *button : dialog->findChildren<QAbstractButton *>()) {
        if (!allows(rights, m_pageArea, button->objectName()))
            button->hide();
    }
    // Marked as restricted (for tests and a second look), never with kHidden: that would
    // hide the dialog itself the next time it shows (ShowToParent below).
    dialog->setProperty(kRestrictedEditor, true);
}

void RightsGuard::apply()
{
    const auto &rights = m_session.rights();
    for (QAbstractButton *button : m_page->findChildren<QAbstractButton *>()) {
        const bool allowed = allows(rights, m_pageArea, button->objectName());
        if (!allowed) {
            if (!button->property(kHidden).toBool()) {
                button->setProperty(kHidden, true);
                button->installEventFilter(this);
            }
            button->hide();
        } else if (button->property(kHidden).toBool()) {
            button->setProperty(kHidden, false);
            button->removeEventFilter(this);
            button->show();
        }
    }
    for (QAction *action : m_page->findChildren<QAction *>()) {
        const bool allowed = allows(rights, m_pageArea, action->objectName());
        if (!allowed) {
            action->setProperty(kHidden, true);
            action->setVisible(false);
        } else if (action->property(kHidden).toBool()) {
            action->setProperty(kHidden, false);
            action->setVisible(true);
        }
    }
}

bool RightsGuard::eventFilter(QObject *watched, QEvent *event)
{
    if (event->type() == QEvent::Show && watched != m_page && watched->isWidgetType()) {
        if (auto *dialog = qobject_cast<QDialog *>(watched)) {
            // A dialog is a window of its own: its parent chain, not isAncestorOf(). Pages
            // often parent their editors to the main window: then the page shown decides.
            QWidget *window = m_page->isVisible() ? m_page->window() : nullptr;
            for (QWidget *parent = dialog->parentWidget(); parent;
                 parent = parent->parentWidget()) {
                if (parent == m_page || parent == window) {
                    applyToEditor(dialog);
                    break;
                }
            }
        }
    }
    if (watched == m_page && event->type() == QEvent::Show) {
        apply();
    } else if (event->type() == QEvent::ShowToParent && watched->property(kHidden).toBool()) {
        // The page showed a hidden control again (its own logic): hidden once more.
        QMetaObject::invokeMethod(watched, "hide", Qt::QueuedConnection);
    }
    return QObject::eventFilter(watched, event);
}

} // namespace konvergensi::gui

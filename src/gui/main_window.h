// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "gui/page_module.h"

#include <QMainWindow>

#include <vector>

class QLabel;
class QTimer;
class QListWidget;
class QStackedWidget;

namespace konvergensi::gui {

class FirstStepsPanel;
class RegionsPage;
class SettingsPage;
class WorkspaceMenu;
class WorkspaceSession;

/// The main window only composes: a sidebar with every module of the manifest
/// (src/modules.cmake), their pages, the menus and the status bar. It holds no use case.
class MainWindow : public QMainWindow
{
    Q_OBJECT
public:
    /// Module keys, in sidebar order.
    static QStringList moduleKeys();

    explicit MainWindow(WorkspaceSession &session, QWidget *parent = nullptr);

    /// Shows a module by key ("dashboard", "meetings", "locus", "actions", "caseAudit",
    /// "regions", "settings"); false for an unknown key.
    bool showModule(const QString &key);
    /// Shows a module's page at a place in it (PageModule::openAt); false when the module or
    /// the place is not there.
    bool showModuleAt(const QString &key, const QString &location);
    QString currentModule() const;
    /// The page of a module, or nullptr for an unknown key.
    QWidget *modulePage(const QString &key) const;
    /// A count shown in red beside a module's name in the sidebar (e.g. overdue follow-ups);
    /// 0 hides it.
    void setModuleBadge(const QString &key, int count);
    int moduleBadge(const QString &key) const;

    QListWidget *navigation() const { return m_navigation; }
    QStackedWidget *pages() const { return m_pages; }
    RegionsPage *regionsPage() const;
    SettingsPage *settingsPage() const;
    WorkspaceMenu *workspaceMenu() const { return m_workspaceMenu; }
    QLabel *workspaceStatusLabel() const { return m_statusLabel; }
    /// One line about other users' changes just loaded, or a lost server connection.
    QLabel *liveStatusLabel() const { return m_liveLabel; }
    FirstStepsPanel *firstStepsPanel() const { return m_firstSteps; }
    /// Remembers (per user) the window's place and size, and every page's splitters and table
    /// columns; done when the window closes, restored when it is built.
    void saveViewState() const;

Q_SIGNALS:
    /// Settings asked for another interface language.
    void languageChosen(const QString &preference);

protected:
    /// Asks about unsaved edits first (UnsavedWork); Batal keeps the program running.
    void closeEvent(QCloseEvent *event) override;
    /// Coming back to the window looks at once for other users' changes.
    bool event(QEvent *event) override;

private:
    void updateTitle();
    void updateBadges(usecases::Topics topics);
    void showAbout();
    void showUserGuide();
    void showLiveStatus(const QString &text, bool problem);

    WorkspaceSession &m_session;
    std::vector<PageModule> m_modules;
    QListWidget *m_navigation = nullptr;
    QStackedWidget *m_pages = nullptr;
    QLabel *m_statusLabel = nullptr;
    QLabel *m_liveLabel = nullptr;
    QTimer *m_liveHide = nullptr;
    WorkspaceMenu *m_workspaceMenu = nullptr;
    FirstStepsPanel *m_firstSteps = nullptr;
};

} // namespace konvergensi::gui

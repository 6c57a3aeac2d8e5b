// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QMainWindow>

class QLabel;
class QListWidget;
class QStackedWidget;

namespace konvergensi::gui {

class RegionsPage;
class SettingsPage;
class WorkspaceMenu;
class WorkspaceSession;

/// The main window only composes: a navigation sidebar, the module pages, the menus and the
/// status bar. Use cases live in the pages, WorkspaceMenu and WorkspaceSession.
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
    QString currentModule() const;
    /// A count shown in red beside a module's name in the sidebar (e.g. overdue follow-ups);
    /// 0 hides it.
    void setModuleBadge(const QString &key, int count);
    int moduleBadge(const QString &key) const;

    QListWidget *navigation() const { return m_navigation; }
    QStackedWidget *pages() const { return m_pages; }
    RegionsPage *regionsPage() const { return m_regionsPage; }
    SettingsPage *settingsPage() const { return m_settingsPage; }
    WorkspaceMenu *workspaceMenu() const { return m_workspaceMenu; }
    QLabel *workspaceStatusLabel() const { return m_statusLabel; }

Q_SIGNALS:
    /// Settings asked for another interface language.
    void languageChosen(const QString &preference);

private:
    void addModule(const QString &key, const QString &label, const QIcon &icon, QWidget *page);
    void updateTitle();
    void showAbout();
    void showUserGuide();

    WorkspaceSession &m_session;
    QListWidget *m_navigation = nullptr;
    QStackedWidget *m_pages = nullptr;
    QLabel *m_statusLabel = nullptr;
    RegionsPage *m_regionsPage = nullptr;
    SettingsPage *m_settingsPage = nullptr;
    WorkspaceMenu *m_workspaceMenu = nullptr;
};

} // namespace konvergensi::gui

// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QWidget>

class QLabel;
class QLineEdit;
class QSortFilterProxyModel;
class QTabWidget;
class QTreeView;

namespace konvergensi::gui {

class DirectoryPage;
class PuskesmasPage;
class RegionTreeModel;
class WorkspaceSession;

/// The Wilayah module: the region tree with search and CSV import, the OPD directory, and the
/// puskesmas with the desa they serve.
class RegionsPage : public QWidget
{
    Q_OBJECT
public:
    explicit RegionsPage(WorkspaceSession &session, QWidget *parent = nullptr);

    void reload();
    /// Opens the import dialog (modal).
    void importRegions();

    QLineEdit *searchEdit() const { return m_searchEdit; }
    QTreeView *treeView() const { return m_treeView; }
    QSortFilterProxyModel *proxyModel() const { return m_proxy; }
    RegionTreeModel *treeModel() const { return m_model; }
    DirectoryPage *directoryPage() const { return m_directoryPage; }
    PuskesmasPage *puskesmasPage() const { return m_puskesmasPage; }
    QTabWidget *tabs() const { return m_tabs; }

private:
    void applyFilter(const QString &text);

    WorkspaceSession &m_session;
    QTabWidget *m_tabs = nullptr;
    QLabel *m_summaryLabel = nullptr;
    QLineEdit *m_searchEdit = nullptr;
    QTreeView *m_treeView = nullptr;
    RegionTreeModel *m_model = nullptr;
    QSortFilterProxyModel *m_proxy = nullptr;
    DirectoryPage *m_directoryPage = nullptr;
    PuskesmasPage *m_puskesmasPage = nullptr;
};

} // namespace konvergensi::gui

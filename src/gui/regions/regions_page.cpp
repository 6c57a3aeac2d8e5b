// SPDX-License-Identifier: GPL-3.0-or-later
#include "gui/regions/regions_page.h"

#include "gui/common/dialogs.h"
#include "gui/common/reload_when_shown.h"
#include "gui/directory/directory_page.h"
#include "gui/prevalence/puskesmas_page.h"
#include "gui/regions/region_import_dialog.h"
#include "gui/regions/region_tree_model.h"
#include "gui/workspace/workspace_session.h"
#include "storage/regions/region_repository.h"
#include "storage/storage_error.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSortFilterProxyModel>
#include <QTabWidget>
#include <QTreeView>
#include <QVBoxLayout>

namespace konvergensi::gui {

RegionsPage::RegionsPage(WorkspaceSession &session, QWidget *parent)
    : QWidget(parent)
    , m_session(session)
{
    setObjectName(QStringLiteral("regionsPage"));
    auto *layout = new QVBoxLayout(this);

    m_tabs = new QTabWidget(this);
    m_tabs->setObjectName(QStringLiteral("regionTabs"));
    layout->addWidget(m_tabs);

    // Region tree tab.
    auto *regionTab = new QWidget(m_tabs);
    auto *regionLayout = new QVBoxLayout(regionTab);
    auto *toolRow = new QHBoxLayout;
    m_searchEdit = new QLineEdit(regionTab);
    m_searchEdit->setObjectName(QStringLiteral("regionSearchEdit"));
    m_searchEdit->setPlaceholderText(tr("Search by name or code…"));
    m_searchEdit->setClearButtonEnabled(true);
    auto *importButton = new QPushButton(tr("Import CSV…"), regionTab);
    importButton->setObjectName(QStringLiteral("importRegionsButton"));
    toolRow->addWidget(m_searchEdit, 1);
    toolRow->addWidget(importButton);
    regionLayout->addLayout(toolRow);

    m_summaryLabel = new QLabel(regionTab);
    m_summaryLabel->setObjectName(QStringLiteral("regionSummaryLabel"));
    regionLayout->addWidget(m_summaryLabel);

    m_model = new RegionTreeModel(this);
    m_proxy = new QSortFilterProxyModel(this);
    m_proxy->setSourceModel(m_model);
    m_proxy->setRecursiveFilteringEnabled(true);
    m_proxy->setAutoAcceptChildRows(true);
    m_proxy->setFilterCaseSensitivity(Qt::CaseInsensitive);
    m_proxy->setFilterKeyColumn(-1);
    m_proxy->setSortCaseSensitivity(Qt::CaseInsensitive);

    m_treeView = new QTreeView(regionTab);
    m_treeView->setObjectName(QStringLiteral("regionTreeView"));
    m_treeView->setModel(m_proxy);
    m_treeView->setAlternatingRowColors(true);
    m_treeView->setUniformRowHeights(true);
    m_treeView->setSortingEnabled(true);
    m_treeView->sortByColumn(RegionTreeModel::CodeColumn, Qt::AscendingOrder);
    m_treeView->header()->setSectionResizeMode(RegionTreeModel::NameColumn, QHeaderView::Stretch);
    m_treeView->header()->setStretchLastSection(false);
    regionLayout->addWidget(m_treeView, 1);
    m_tabs->addTab(regionTab, tr("Administrative regions"));

    m_directoryPage = new DirectoryPage(session, m_tabs);
    m_tabs->addTab(m_directoryPage, tr("OPD and people"));

    m_puskesmasPage = new PuskesmasPage(session, m_tabs);
    m_tabs->addTab(m_puskesmasPage, tr("Puskesmas"));

    connect(m_searchEdit, &QLineEdit::textChanged, this, &RegionsPage::applyFilter);
    connect(importButton, &QPushButton::clicked, this, &RegionsPage::importRegions);
    ReloadWhenShown::attach(this, m_session, usecases::Topic::Regions, [this] { reload(); });
    reload();
}

void RegionsPage::reload()
{
    if (!m_session.isOpen()) {
        m_model->setTree({});
        m_summaryLabel->clear();
        return;
    }
    try {
        m_model->setTree(m_session.regions().tree());
    } catch (const storage::StorageError &error) {
        Dialogs::error(this, tr("Regions"), error.message());
        return;
    }
    const auto &tree = m_model->tree();
    std::size_t desa = 0;
    std::size_t kelurahan = 0;
    for (const core::Region *village : tree.atLevel(core::RegionLevel::Village))
        (village->kind == core::VillageKind::Kelurahan ? kelurahan : desa)++;
    const auto kecamatan = tree.atLevel(core::RegionLevel::Kecamatan).size();
    if (tree.empty()) {
        m_summaryLabel->setText(tr("No regions yet. Import the district's region list (CSV) "
                                   "to start."));
    } else {
        m_summaryLabel->setText(tr("%1 kecamatan, %2 desa and %3 kelurahan.")
                                    .arg(QLocale().toString(static_cast<qulonglong>(kecamatan)),
                                         QLocale().toString(static_cast<qulonglong>(desa)),
                                         QLocale().toString(static_cast<qulonglong>(kelurahan))));
    }
    applyFilter(m_searchEdit->text());
    // Districts open, kecamatan closed: the view starts readable.
    for (int row = 0; row < m_proxy->rowCount(); ++row)
        m_treeView->expand(m_proxy->index(row, 0));
    m_treeView->resizeColumnToContents(RegionTreeModel::CodeColumn);
    m_treeView->resizeColumnToContents(RegionTreeModel::LevelColumn);
    m_treeView->resizeColumnToContents(RegionTreeModel::VillagesColumn);
}

void RegionsPage::applyFilter(const QString &text)
{
    m_proxy->setFilterFixedString(text.trimmed());
    if (!text.trimmed().isEmpty())
        m_treeView->expandAll();
}

void RegionsPage::importRegions()
{
    if (!m_session.isOpen())
        return;
    RegionImportDialog dialog(m_session, this);
    dialog.exec();
}

} // namespace konvergensi::gui

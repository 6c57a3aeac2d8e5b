// SPDX-License-Identifier: GPL-3.0-or-later
#include "gui/prevalence/puskesmas_page.h"

#include "gui/common/dialogs.h"
#include "gui/common/reload_when_shown.h"
#include "gui/prevalence/puskesmas_dialog.h"
#include "gui/prevalence/puskesmas_table_model.h"
#include "gui/workspace/workspace_session.h"
#include "qtsupport/text.h"

#include "storage/prevalence/prevalence_repository.h"
#include "storage/regions/region_repository.h"
#include "storage/storage_error.h"
#include "usecases/changes.h"
#include "usecases/prevalence/figures.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QTableView>
#include <QVBoxLayout>

#include <set>

namespace konvergensi::gui {

PuskesmasPage::PuskesmasPage(WorkspaceSession &session, QWidget *parent)
    : QWidget(parent)
    , m_session(session)
{
    setObjectName(QStringLiteral("puskesmasPage"));
    auto *layout = new QVBoxLayout(this);
    auto *title = new QLabel(tr("<b>Puskesmas and the desa they serve</b>"), this);
    layout->addWidget(title);
    m_summaryLabel = new QLabel(this);
    m_summaryLabel->setObjectName(QStringLiteral("puskesmasSummaryLabel"));
    m_summaryLabel->setWordWrap(true);
    layout->addWidget(m_summaryLabel);

    m_model = new PuskesmasTableModel(this);
    m_view = new QTableView(this);
    m_view->setObjectName(QStringLiteral("puskesmasTableView"));
    m_view->setModel(m_model);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_view->setAlternatingRowColors(true);
    m_view->verticalHeader()->setVisible(false);
    m_view->verticalHeader()->setDefaultSectionSize(m_view->fontMetrics().height() + 10);
    m_view->horizontalHeader()->setHighlightSections(false);
    m_view->horizontalHeader()->setSectionResizeMode(PuskesmasTableModel::CodeColumn,
                                                     QHeaderView::ResizeToContents);
    m_view->horizontalHeader()->setSectionResizeMode(PuskesmasTableModel::NameColumn,
                                                     QHeaderView::Stretch);
    m_view->horizontalHeader()->setSectionResizeMode(PuskesmasTableModel::KecamatanColumn,
                                                     QHeaderView::ResizeToContents);
    m_view->horizontalHeader()->setSectionResizeMode(PuskesmasTableModel::VillagesColumn,
                                                     QHeaderView::ResizeToContents);
    m_view->setWordWrap(false);
    layout->addWidget(m_view, 1);

    auto *buttons = new QHBoxLayout;
    m_addButton = new QPushButton(tr("Add puskesmas…"), this);
    m_addButton->setObjectName(QStringLiteral("addPuskesmasButton"));
    m_editButton = new QPushButton(tr("Edit…"), this);
    m_editButton->setObjectName(QStringLiteral("editPuskesmasButton"));
    m_removeButton = new QPushButton(tr("Remove"), this);
    m_removeButton->setObjectName(QStringLiteral("removePuskesmasButton"));
    buttons->addWidget(m_addButton);
    buttons->addWidget(m_editButton);
    buttons->addWidget(m_removeButton);
    buttons->addStretch(1);
    layout->addLayout(buttons);

    connect(m_addButton, &QPushButton::clicked, this, &PuskesmasPage::addPuskesmas);
    connect(m_editButton, &QPushButton::clicked, this, &PuskesmasPage::editPuskesmas);
    connect(m_removeButton, &QPushButton::clicked, this, &PuskesmasPage::removePuskesmas);
    connect(m_view, &QTableView::doubleClicked, this, &PuskesmasPage::editPuskesmas);
    connect(m_view->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            &PuskesmasPage::updateButtons);
    ReloadWhenShown::attach(this, m_session, usecases::Topic::Prevalence | usecases::Topic::Regions,
                            [this] { reload(); });
    reload();
}

QString PuskesmasPage::currentCode() const
{
    const core::Puskesmas *p = m_model->puskesmasAt(m_view->currentIndex().row());
    return p ? qs(p->code) : QString();
}

void PuskesmasPage::reload()
{
    const QString keep = currentCode();
    if (!m_session.isOpen()) {
        m_model->setPuskesmas({}, {});
        m_summaryLabel->clear();
        updateButtons();
        return;
    }
    try {
        m_model->setPuskesmas(storage::PrevalenceRepository(m_session.database()).puskesmas(),
                              m_session.regions().tree());
    } catch (const storage::StorageError &error) {
        Dialogs::error(this, tr("Puskesmas"), error.message());
    }
    // How many of the district's villages a puskesmas serves.
    std::set<std::string> served;
    for (int row = 0; row < m_model->rowCount(); ++row)
        for (const core::RegionCode &village : m_model->puskesmasAt(row)->villages)
            served.insert(village.toString());
    const auto villages = m_model->tree().atLevel(core::RegionLevel::Village);
    std::size_t unserved = 0;
    for (const core::Region *village : villages)
        unserved += served.contains(village->code.toString()) ? 0 : 1;
    const QLocale locale;
    if (m_model->rowCount() == 0) {
        m_summaryLabel->setText(
            tr("No puskesmas yet. Add each puskesmas with the desa of its working area: the "
               "dashboard then sums the desa figures per puskesmas."));
    } else {
        QString text = tr("Puskesmas: %1. Desa/kelurahan served: %2 of %3.")
                           .arg(
                               locale.toString(m_model->rowCount()),
                               locale.toString(static_cast<qulonglong>(villages.size() - unserved)),
                               locale.toString(static_cast<qulonglong>(villages.size())));
        if (unserved > 0)
            text += QLatin1Char(' ')
                    + tr("%n desa/kelurahan are not served by any puskesmas yet.", nullptr,
                         static_cast<int>(unserved));
        m_summaryLabel->setText(text);
    }
    if (!keep.isEmpty() && m_model->rowOf(keep) >= 0)
        selectPuskesmas(keep);
    updateButtons();
}

void PuskesmasPage::selectPuskesmas(const QString &code)
{
    const int row = m_model->rowOf(code);
    if (row < 0)
        return;
    m_view->setCurrentIndex(m_model->index(row, 0));
    m_view->selectRow(row);
}

void PuskesmasPage::updateButtons()
{
    const bool have = !currentCode().isEmpty();
    m_addButton->setEnabled(m_session.isOpen());
    m_editButton->setEnabled(have);
    m_removeButton->setEnabled(have);
}

void PuskesmasPage::addPuskesmas()
{
    if (!m_session.isOpen())
        return;
    PuskesmasDialog dialog(m_session, std::nullopt, this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    reload();
    selectPuskesmas(qs(dialog.saved().code));
}

void PuskesmasPage::editPuskesmas()
{
    const core::Puskesmas *current = m_model->puskesmasAt(m_view->currentIndex().row());
    if (!current)
        return;
    PuskesmasDialog dialog(m_session, *current, this);
    const bool saved = dialog.exec() == QDialog::Accepted;
    reload();
    if (saved)
        selectPuskesmas(qs(dialog.saved().code));
}

void PuskesmasPage::removePuskesmas()
{
    const core::Puskesmas *current = m_model->puskesmasAt(m_view->currentIndex().row());
    if (!current)
        return;
    const core::Puskesmas p = *current;
    if (!Dialogs::question(
            this, tr("Remove puskesmas"),
            tr("Remove %1 (%2)? The %3 desa it serves will belong to no puskesmas.")
                .arg(qs(p.name), qs(p.code),
                     QLocale().toString(static_cast<qulonglong>(p.villages.size())))))
        return;
    try {
        usecases::prevalence::removePuskesmas(m_session.database(), p);
    } catch (const storage::StorageError &error) {
        Dialogs::warning(this, tr("Puskesmas not removed"), error.message());
        reload();
        return;
    }
    m_session.notifyChanged(usecases::Topic::Prevalence);
}

} // namespace konvergensi::gui

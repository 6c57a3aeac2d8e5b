// SPDX-License-Identifier: GPL-3.0-or-later
#include "gui/prevalence/puskesmas_table_panel.h"

#include "gui/prevalence/puskesmas_figure_model.h"

#include <QAction>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QPushButton>
#include <QSortFilterProxyModel>
#include <QTableView>
#include <QVBoxLayout>

namespace konvergensi::gui {

PuskesmasTablePanel::PuskesmasTablePanel(QWidget *parent)
    : QWidget(parent)
    , m_model(new PuskesmasFigureModel(this))
    , m_proxy(new QSortFilterProxyModel(this))
    , m_table(new QTableView(this))
    , m_note(new QLabel(this))
    , m_removeButton(new QPushButton(tr("Remove puskesmas figure…"), this))
    , m_childrenButton(new QPushButton(tr("Per puskesmas of the children…"), this))
{
    setObjectName(QStringLiteral("puskesmasTablePanel"));
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(4, 4, 4, 4);
    m_note->setObjectName(QStringLiteral("puskesmasNoteLabel"));
    m_note->setWordWrap(true);
    layout->addWidget(m_note);

    m_proxy->setSourceModel(m_model);
    m_proxy->setSortRole(PuskesmasFigureModel::SortRole);
    m_table->setObjectName(QStringLiteral("puskesmasTable"));
    m_table->setModel(m_proxy);
    m_table->setSortingEnabled(true);
    m_table->sortByColumn(PuskesmasFigureModel::RateColumn, Qt::DescendingOrder);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setWordWrap(false);
    m_table->setTextElideMode(Qt::ElideRight);
    m_table->verticalHeader()->hide();
    m_table->verticalHeader()->setDefaultSectionSize(m_table->fontMetrics().height() + 6);
    QHeaderView *header = m_table->horizontalHeader();
    for (int column = 0; column < PuskesmasFigureModel::ColumnCount; ++column)
        header->setSectionResizeMode(column, QHeaderView::ResizeToContents);
    header->setSectionResizeMode(PuskesmasFigureModel::NameColumn, QHeaderView::Stretch);
    // The names say which puskesmas; the code is in the name's tooltip.
    m_table->setColumnHidden(PuskesmasFigureModel::CodeColumn, true);
    m_table->setMinimumHeight(120);
    layout->addWidget(m_table, 1);

    m_removeButton->setObjectName(QStringLiteral("removePuskesmasFigureButton"));
    m_removeButton->setToolTip(
        tr("Removes the figure entered for the chosen puskesmas for this source and period. "
           "The sums of its desa are computed from the desa figures."));
    m_removeButton->setEnabled(false);
    m_childrenButton->setObjectName(QStringLiteral("puskesmasChildrenButton"));
    m_childrenButton->setToolTip(
        tr("Opens the round in Child Measurements per puskesmas as e-PPGBM recorded each "
           "child's, down to its posyandu."));
    m_childrenButton->setVisible(false);
    auto *buttons = new QHBoxLayout;
    buttons->addStretch(1);
    buttons->addWidget(m_childrenButton);
    buttons->addWidget(m_removeButton);
    layout->addLayout(buttons);
    auto *removeAction = new QAction(tr("Remove puskesmas figure…"), m_table);
    removeAction->setObjectName(QStringLiteral("removePuskesmasFigureAction"));
    removeAction->setEnabled(false);
    m_table->addAction(removeAction);
    m_table->setContextMenuPolicy(Qt::ActionsContextMenu);

    connect(m_removeButton, &QPushButton::clicked, this, &PuskesmasTablePanel::removeRequested);
    connect(m_childrenButton, &QPushButton::clicked, this, &PuskesmasTablePanel::childrenRequested);
    connect(removeAction, &QAction::triggered, this, &PuskesmasTablePanel::removeRequested);
    connect(m_table->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            &PuskesmasTablePanel::currentPuskesmasChanged);
}

void PuskesmasTablePanel::setPeriod(const core::PuskesmasSummary *summary,
                                    const std::map<std::string, std::string> &kecamatanNames,
                                    core::PrevalenceIndicator indicator, const QString &periodTitle,
                                    bool anyPuskesmas)
{
    const QString current = currentPuskesmas();
    m_model->setFigures(summary ? summary->puskesmas : std::vector<core::PuskesmasFigure>{},
                        kecamatanNames, indicator);
    if (!current.isEmpty())
        selectPuskesmas(current);
    if (!anyPuskesmas) {
        m_note->setText(tr("No puskesmas yet. Add the puskesmas and the desa each one serves "
                           "under Regions, tab Puskesmas."));
        return;
    }
    if (!summary) {
        m_note->setText(tr("Puskesmas: no period chosen."));
        return;
    }
    QString note = tr("Puskesmas, %1. Measured, cases and prevalence are the sums of the desa "
                      "each puskesmas serves (cases divided by children measured). \"Own "
                      "figure\" is the figure entered for the puskesmas itself; the two are "
                      "never mixed.")
                       .arg(periodTitle);
    if (const auto unserved = static_cast<int>(summary->villagesNotServed.size()); unserved > 0)
        note += QLatin1Char(' ')
                + tr("%n desa/kelurahan are not served by any puskesmas yet.", nullptr, unserved);
    m_note->setText(note);
}

int PuskesmasTablePanel::selectPuskesmas(const QString &code)
{
    const int row = m_model->rowOf(code);
    if (row >= 0)
        m_table->setCurrentIndex(
            m_proxy->mapFromSource(m_model->index(row, PuskesmasFigureModel::NameColumn)));
    return row;
}

QString PuskesmasTablePanel::currentPuskesmas() const
{
    const QModelIndex index = m_table->currentIndex();
    return index.isValid() ? index.data(PuskesmasFigureModel::CodeRole).toString() : QString();
}

void PuskesmasTablePanel::setRemoveEnabled(bool enabled)
{
    m_removeButton->setEnabled(enabled);
    for (QAction *action : m_table->actions())
        action->setEnabled(enabled);
}

void PuskesmasTablePanel::setChildrenAvailable(bool available)
{
    m_childrenButton->setVisible(available);
}

} // namespace konvergensi::gui

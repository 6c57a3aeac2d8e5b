// SPDX-License-Identifier: GPL-3.0-or-later
#include "gui/prevalence/village_table_panel.h"

#include "gui/common/colours.h"
#include "gui/language.h"
#include "gui/prevalence/village_figure_model.h"
#include "qtsupport/text.h"
#include "reports/prevalence/prevalence_words.h"

#include <QAction>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSortFilterProxyModel>
#include <QTableView>
#include <QVBoxLayout>

namespace konvergensi::gui {

namespace words = reports::prevalence;

namespace {

/// Villages filtered by kecamatan and by a text in code or name.
class VillageFilterProxy : public QSortFilterProxyModel
{
public:
    using QSortFilterProxyModel::QSortFilterProxyModel;

    void setKecamatan(const QString &code)
    {
        m_kecamatan = code;
        invalidateFilter();
    }

protected:
    bool filterAcceptsRow(int row, const QModelIndex &parent) const override
    {
        const QModelIndex index = sourceModel()->index(row, 0, parent);
        if (!m_kecamatan.isEmpty()
            && index.data(VillageFigureModel::KecamatanCodeRole).toString() != m_kecamatan)
            return false;
        return QSortFilterProxyModel::filterAcceptsRow(row, parent);
    }

private:
    QString m_kecamatan;
};

} // namespace

VillageTablePanel::VillageTablePanel(QWidget *parent)
    : QWidget(parent)
    , m_model(new VillageFigureModel(this))
    , m_proxy(new VillageFilterProxy(this))
    , m_table(new QTableView(this))
    , m_title(new QLabel(this))
    , m_legend(new QLabel(this))
    , m_filterEdit(new QLineEdit(this))
    , m_allButton(new QPushButton(tr("All kecamatan"), this))
    , m_removeButton(new QPushButton(tr("Remove figure…"), this))
    , m_posyanduButton(new QPushButton(tr("Per posyandu…"), this))
{
    setObjectName(QStringLiteral("villageTablePanel"));
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(4, 4, 4, 4);
    auto *top = new QHBoxLayout;
    m_title->setObjectName(QStringLiteral("villageTitleLabel"));
    QFont bold = m_title->font();
    bold.setBold(true);
    m_title->setFont(bold);
    m_title->setMinimumWidth(100);
    m_filterEdit->setObjectName(QStringLiteral("villageFilterEdit"));
    m_filterEdit->setPlaceholderText(tr("Filter by desa name or code…"));
    m_filterEdit->setClearButtonEnabled(true);
    m_filterEdit->setMaxLength(60);
    m_filterEdit->setMinimumWidth(220);
    m_allButton->setObjectName(QStringLiteral("allKecamatanButton"));
    top->addWidget(m_title, 1);
    top->addWidget(m_filterEdit);
    top->addWidget(m_allButton);
    layout->addLayout(top);

    m_proxy->setSourceModel(m_model);
    m_proxy->setSortRole(VillageFigureModel::SortRole);
    m_proxy->setFilterKeyColumn(-1);
    m_proxy->setFilterCaseSensitivity(Qt::CaseInsensitive);
    m_table->setObjectName(QStringLiteral("villageTable"));
    m_table->setModel(m_proxy);
    m_table->setSortingEnabled(true);
    m_table->sortByColumn(VillageFigureModel::RateColumn, Qt::DescendingOrder);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setWordWrap(false);
    m_table->setTextElideMode(Qt::ElideRight);
    m_table->verticalHeader()->hide();
    m_table->verticalHeader()->setDefaultSectionSize(m_table->fontMetrics().height() + 6);
    QHeaderView *header = m_table->horizontalHeader();
    header->setMinimumSectionSize(40);
    // The names get the room; the numbers are as wide as their header.
    for (int column = 0; column < VillageFigureModel::ColumnCount; ++column)
        header->setSectionResizeMode(column, QHeaderView::ResizeToContents);
    header->setSectionResizeMode(VillageFigureModel::NameColumn, QHeaderView::Stretch);
    header->setSectionResizeMode(VillageFigureModel::KecamatanColumn, QHeaderView::Interactive);
    header->resizeSection(VillageFigureModel::KecamatanColumn, 130);
    m_table->setMinimumHeight(140);
    layout->addWidget(m_table, 1);

    auto *bottom = new QHBoxLayout;
    m_legend->setObjectName(QStringLiteral("bandLegendLabel"));
    m_legend->setTextFormat(Qt::RichText);
    m_legend->setMinimumWidth(100);
    // Five bands and the buttons beside them do not fit one line of a 1366-pixel screen.
    m_legend->setWordWrap(true);
    m_removeButton->setObjectName(QStringLiteral("removeVillageFigureButton"));
    m_removeButton->setToolTip(
        tr("Removes the figure of the chosen desa for this source and period."));
    m_removeButton->setEnabled(false);
    m_posyanduButton->setObjectName(QStringLiteral("villagePosyanduButton"));
    m_posyanduButton->setToolTip(
        tr("Opens the chosen desa's posyandu in Child Measurements, counted from the children "
           "measured in this round."));
    m_posyanduButton->setVisible(false);
    bottom->addWidget(m_legend, 1);
    bottom->addWidget(m_posyanduButton);
    bottom->addWidget(m_removeButton);
    layout->addLayout(bottom);

    auto *removeAction = new QAction(tr("Remove figure…"), m_table);
    removeAction->setObjectName(QStringLiteral("removeVillageFigureAction"));
    removeAction->setEnabled(false);
    m_table->addAction(removeAction);
    m_table->setContextMenuPolicy(Qt::ActionsContextMenu);

    connect(m_filterEdit, &QLineEdit::textChanged, this, &VillageTablePanel::applyFilter);
    connect(m_allButton, &QPushButton::clicked, this, [this] { setKecamatan({}); });
    connect(m_removeButton, &QPushButton::clicked, this, &VillageTablePanel::removeRequested);
    connect(m_posyanduButton, &QPushButton::clicked, this, [this] {
        if (!currentVillage().isEmpty())
            Q_EMIT posyanduRequested();
    });
    connect(m_table, &QTableView::doubleClicked, this, [this] {
        if (m_posyanduButton->isVisible() && !currentVillage().isEmpty())
            Q_EMIT posyanduRequested();
    });
    connect(removeAction, &QAction::triggered, this, &VillageTablePanel::removeRequested);
    connect(m_table->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            &VillageTablePanel::currentVillageChanged);
    updateLegend(core::PrevalenceIndicator::Stunting);
    updateTitle();
}

void VillageTablePanel::setPeriod(const core::PeriodSummary *summary,
                                  core::PrevalenceIndicator indicator, const QString &periodTitle)
{
    const QString current = currentVillage();
    m_kecamatanNames.clear();
    if (summary) {
        for (const auto &k : summary->kecamatan)
            m_kecamatanNames[k.code.toString()] = k.name;
    }
    m_periodTitle = periodTitle;
    m_model->setFigures(summary ? summary->villages : std::vector<core::AreaFigure>{},
                        m_kecamatanNames, indicator);
    if (!m_kecamatan.isEmpty() && !m_kecamatanNames.contains(ss(m_kecamatan)))
        m_kecamatan.clear();
    applyFilter();
    if (!current.isEmpty())
        selectVillage(current);
    updateLegend(indicator);
}

void VillageTablePanel::setKecamatan(const QString &code)
{
    m_kecamatan = code;
    applyFilter();
    m_table->scrollToTop();
}

void VillageTablePanel::applyFilter()
{
    static_cast<VillageFilterProxy *>(m_proxy)->setKecamatan(m_kecamatan);
    m_proxy->setFilterFixedString(m_filterEdit->text().trimmed());
    m_allButton->setEnabled(!m_kecamatan.isEmpty());
    updateTitle();
}

void VillageTablePanel::updateTitle()
{
    const auto it = m_kecamatanNames.find(ss(m_kecamatan));
    QString text;
    if (m_periodTitle.isEmpty())
        text = tr("Desa and kelurahan");
    else if (m_kecamatan.isEmpty() || it == m_kecamatanNames.end())
        text = tr("All desa and kelurahan, %1").arg(m_periodTitle);
    else
        text = tr("Desa and kelurahan of Kecamatan %1, %2").arg(qs(it->second), m_periodTitle);
    m_title->setText(text);
    m_title->setToolTip(text);
}

void VillageTablePanel::updateLegend(core::PrevalenceIndicator indicator)
{
    const core::Language language = LanguageSetup::current();
    QString html = QStringLiteral("<span style='%1'>%2</span> ")
                       .arg(colours::textStyle(colours::muted),
                            words::bandLegendTitle(indicator).toHtmlEscaped());
    if (core::severityThresholds(indicator)) {
        for (core::SeverityBand band : core::allSeverityBands())
            html += QStringLiteral("<span style='background-color:%1'>&nbsp;&nbsp;&nbsp;</span>"
                                   "&nbsp;%2&nbsp;&nbsp;")
                        .arg(colours::severity[static_cast<std::size_t>(band)].name(),
                             words::bandLabel(indicator, band, language).toHtmlEscaped());
    } else {
        html = QStringLiteral("<span style='%1'>%2</span>")
                   .arg(colours::textStyle(colours::muted),
                        words::bandLegend(indicator, language).toHtmlEscaped());
    }
    m_legend->setText(html);
    m_legend->setToolTip(words::bandLegend(indicator, language));
}

bool VillageTablePanel::selectVillage(const QString &code)
{
    const int row = m_model->rowOf(code);
    if (row < 0)
        return false;
    const QModelIndex index = m_proxy->mapFromSource(m_model->index(row, 0));
    if (!index.isValid())
        return false;
    m_table->setCurrentIndex(index);
    m_table->scrollTo(index);
    return true;
}

QString VillageTablePanel::currentVillage() const
{
    const QModelIndex index = m_table->currentIndex();
    return index.isValid() ? index.data(VillageFigureModel::CodeRole).toString() : QString();
}

void VillageTablePanel::setRemoveEnabled(bool enabled)
{
    m_removeButton->setEnabled(enabled);
    for (QAction *action : m_table->actions())
        action->setEnabled(enabled);
}

void VillageTablePanel::setChildrenAvailable(bool available)
{
    m_posyanduButton->setVisible(available);
}

} // namespace konvergensi::gui

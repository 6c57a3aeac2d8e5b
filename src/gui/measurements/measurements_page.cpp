// SPDX-License-Identifier: GPL-3.0-or-later
#include "gui/measurements/measurements_page.h"

#include "core/format.h"
#include "gui/common/reload_when_shown.h"
#include "gui/language.h"
#include "gui/measurements/child_identity.h"
#include "gui/measurements/data_quality_panel.h"
#include "gui/measurements/follow_up_panel.h"
#include "gui/measurements/growth_chart_dialog.h"
#include "gui/measurements/import_wizard.h"
#include "gui/measurements/measurement_models.h"
#include "gui/measurements/publish_round.h"
#include "gui/measurements/target_data_panel.h"
#include "gui/workspace/workspace_session.h"
#include "qtsupport/text.h"
#include "storage/storage_error.h"
#include "usecases/measurements/child_list.h"
#include "usecases/measurements/follow_up_list.h"
#include "usecases/measurements/measurement_words.h"
#include "usecases/measurements/round_summary.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QPushButton>
#include <QSortFilterProxyModel>
#include <QSplitter>
#include <QTabWidget>
#include <QTableView>
#include <QVBoxLayout>

#include <array>

namespace konvergensi::gui::measurements {

namespace cm = core::measurements;
namespace words = usecases::measurements;

namespace {

QTableView *makeTable(QWidget *parent, const QString &name, QSortFilterProxyModel *proxy)
{
    auto *view = new QTableView(parent);
    view->setObjectName(name);
    proxy->setSortRole(SortRole);
    view->setModel(proxy);
    view->setSortingEnabled(true);
    view->setSelectionBehavior(QAbstractItemView::SelectRows);
    view->setSelectionMode(QAbstractItemView::SingleSelection);
    view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    view->setWordWrap(false);
    view->setTextElideMode(Qt::ElideRight);
    view->verticalHeader()->hide();
    view->verticalHeader()->setDefaultSectionSize(view->fontMetrics().height() + 6);
    view->horizontalHeader()->setMinimumSectionSize(36);
    return view;
}

/// Numbers as wide as their text; the first column (a name) gets the room.
void sizeColumns(QTableView *view, int columns, int stretch)
{
    QHeaderView *header = view->horizontalHeader();
    for (int column = 0; column < columns; ++column)
        header->setSectionResizeMode(column, QHeaderView::ResizeToContents);
    header->setSectionResizeMode(stretch, QHeaderView::Stretch);
}

QString currentKey(const QTableView *view)
{
    const QModelIndex index = view->currentIndex();
    return index.isValid() ? index.data(KeyRole).toString() : QString();
}

bool makeCurrent(QTableView *view, const QVariant &key)
{
    QAbstractItemModel *model = view->model();
    for (int row = 0; row < model->rowCount(); ++row) {
        const QModelIndex index = model->index(row, 0);
        if (index.data(KeyRole) == key) {
            view->setCurrentIndex(index);
            view->scrollTo(index);
            return true;
        }
    }
    return false;
}

} // namespace

MeasurementsPage::MeasurementsPage(WorkspaceSession &session, QWidget *parent)
    : QWidget(parent)
    , m_session(session)
    , m_roundModel(new RoundTableModel(this))
    , m_areaModel(new AreaTableModel(this))
    , m_childModel(new ChildTableModel(this))
    , m_roundProxy(new QSortFilterProxyModel(this))
    , m_areaProxy(new QSortFilterProxyModel(this))
    , m_childProxy(new QSortFilterProxyModel(this))
{
    setObjectName(QStringLiteral("measurementsPage"));
    auto *layout = new QVBoxLayout(this);
    auto *top = new QHBoxLayout;
    auto *title = new QLabel(tr("Child Measurements"), this);
    QFont font = title->font();
    font.setPointSizeF(font.pointSizeF() * 1.4);
    font.setBold(true);
    title->setFont(font);
    top->addWidget(title, 1);
    auto *importButton = new QPushButton(tr("&Import e-PPGBM export…"), this);
    importButton->setObjectName(QStringLiteral("importButton"));
    importButton->setToolTip(tr("Reads an e-PPGBM per-child export (XLSX or CSV), shows what "
                                "it holds, then stores it as a weighing round."));
    top->addWidget(importButton);
    m_publishButton = new QPushButton(tr("Send to &dashboard…"), this);
    m_publishButton->setObjectName(QStringLiteral("publishButton"));
    m_publishButton->setToolTip(tr("Writes the chosen round's figures, counted from its "
                                   "children, as the e-PPGBM figures of the prevalence "
                                   "dashboard; typed figures that differ are shown first."));
    top->addWidget(m_publishButton);
    layout->addLayout(top);

    m_emptyLabel = new QLabel(tr("No weighing round yet. Import an e-PPGBM per-child export "
                                 "(the file the health office downloads after the weighing "
                                 "months February and August)."),
                              this);
    m_emptyLabel->setObjectName(QStringLiteral("measurementsEmptyLabel"));
    m_emptyLabel->setWordWrap(true);
    layout->addWidget(m_emptyLabel);

    m_roundProxy->setSourceModel(m_roundModel);
    m_areaProxy->setSourceModel(m_areaModel);
    m_childProxy->setSourceModel(m_childModel);

    auto *splitter = new QSplitter(Qt::Vertical, this);
    m_roundView = makeTable(splitter, QStringLiteral("roundView"), m_roundProxy);
    m_roundView->sortByColumn(RoundTableModel::RoundColumn, Qt::DescendingOrder);
    sizeColumns(m_roundView, RoundTableModel::ColumnCount, RoundTableModel::FileColumn);
    m_roundView->setMinimumHeight(80);

    auto *lower = new QWidget(splitter);
    auto *lowerLayout = new QVBoxLayout(lower);
    lowerLayout->setContentsMargins(0, 0, 0, 0);
    auto *controls = new QHBoxLayout;
    m_upButton = new QPushButton(tr("◀ &Up"), lower);
    m_upButton->setObjectName(QStringLiteral("upButton"));
    m_upButton->setToolTip(tr("Back to the areas one level up."));
    controls->addWidget(m_upButton);
    m_scopeLabel = new QLabel(lower);
    m_scopeLabel->setObjectName(QStringLiteral("scopeLabel"));
    m_scopeLabel->setMinimumWidth(120);
    m_scopeLabel->setTextFormat(Qt::PlainText);
    controls->addWidget(m_scopeLabel, 1);
    m_viewCombo = new QComboBox(lower);
    m_viewCombo->setObjectName(QStringLiteral("viewComboBox"));
    m_viewCombo->addItem(tr("By region"), static_cast<int>(View::Regions));
    m_viewCombo->addItem(tr("By puskesmas"), static_cast<int>(View::Puskesmas));
    controls->addWidget(m_viewCombo);
    m_statusCombo = new QComboBox(lower);
    m_statusCombo->setObjectName(QStringLiteral("statusComboBox"));
    for (const cm::Status status : cm::kStatuses)
        m_statusCombo->addItem(words::statusText(status), static_cast<int>(status));
    m_statusCombo->setToolTip(tr("The status the tables count."));
    controls->addWidget(m_statusCombo);
    lowerLayout->addLayout(controls);

    m_tabs = new QTabWidget(lower);
    m_tabs->setObjectName(QStringLiteral("measurementTabs"));
    auto *areaTab = new QWidget(m_tabs);
    auto *areaLayout = new QVBoxLayout(areaTab);
    m_areaView = makeTable(areaTab, QStringLiteral("areaView"), m_areaProxy);
    m_areaView->sortByColumn(AreaTableModel::RateColumn, Qt::DescendingOrder);
    sizeColumns(m_areaView, AreaTableModel::ColumnCount, AreaTableModel::NameColumn);
    areaLayout->addWidget(m_areaView, 1);
    auto *areaButtons = new QHBoxLayout;
    auto *hint = new QLabel(tr("Double-click an area to see the areas inside it."), areaTab);
    hint->setWordWrap(true);
    areaButtons->addWidget(hint, 1);
    m_openButton = new QPushButton(tr("&Open area"), areaTab);
    m_openButton->setObjectName(QStringLiteral("openAreaButton"));
    areaButtons->addWidget(m_openButton);
    areaLayout->addLayout(areaButtons);
    m_tabs->addTab(areaTab, tr("Figures per area"));

    auto *childTab = new QWidget(m_tabs);
    auto *childLayout = new QVBoxLayout(childTab);
    m_childrenLabel = new QLabel(childTab);
    m_childrenLabel->setObjectName(QStringLiteral("childrenLabel"));
    m_childrenLabel->setWordWrap(true);
    childLayout->addWidget(m_childrenLabel);
    m_childView = makeTable(childTab, QStringLiteral("childView"), m_childProxy);
    m_childView->sortByColumn(ChildTableModel::WhoZColumn, Qt::AscendingOrder);
    sizeColumns(m_childView, ChildTableModel::ColumnCount, ChildTableModel::PosyanduColumn);
    childLayout->addWidget(m_childView, 1);
    auto *childButtons = new QHBoxLayout;
    auto *privacy = new QLabel(tr("Children are listed by initials. Their names, NIK, parents "
                                  "and addresses are personal data: shown only on request, "
                                  "and every look is logged."),
                               childTab);
    privacy->setWordWrap(true);
    childButtons->addWidget(privacy, 1);
    GrowthChartDialog::attach(m_session, m_childView, childButtons);
    m_identityButton = new QPushButton(tr("&Show identity…"), childTab);
    m_identityButton->setObjectName(QStringLiteral("showIdentityButton"));
    childButtons->addWidget(m_identityButton);
    m_exportButton = new QPushButton(tr("&Export list…"), childTab);
    m_exportButton->setObjectName(QStringLiteral("exportChildrenButton"));
    m_exportButton->setToolTip(tr("Writes the children listed as CSV; identities only when "
                                  "you ask for them."));
    childButtons->addWidget(m_exportButton);
    childLayout->addLayout(childButtons);
    m_tabs->addTab(childTab, tr("Children"));
    m_followUp = new FollowUpPanel(m_session, m_tabs);
    m_tabs->addTab(m_followUp, tr("To follow up"));
    m_targets = new TargetDataPanel(m_session, m_tabs);
    m_tabs->addTab(m_targets, tr("Target data"));
    m_qualityPanel = new DataQualityPanel(session, m_tabs);
    m_tabs->addTab(m_qualityPanel, tr("Data quality"));
    lowerLayout->addWidget(m_tabs, 1);
    splitter->setStretchFactor(0, 1);
    splitter->setStretchFactor(1, 3);
    layout->addWidget(splitter, 1);

    connect(importButton, &QPushButton::clicked, this, &MeasurementsPage::startImport);
    connect(m_publishButton, &QPushButton::clicked, this,
            [this] { publishRound(this, m_session, m_period); });
    connect(m_roundView->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            [this](const QModelIndex &current) {
                const QString period = current.data(KeyRole).toString();
                if (!period.isEmpty() && period != m_period) {
                    m_period = period;
                    m_path.clear();
                    loadRound();
                }
            });
    connect(m_areaView, &QTableView::doubleClicked, this,
            [this](const QModelIndex &index) { drillInto(index.data(KeyRole).toString()); });
    connect(m_openButton, &QPushButton::clicked, this, [this] { drillInto(currentAreaKey()); });
    connect(m_upButton, &QPushButton::clicked, this, &MeasurementsPage::drillUp);
    connect(m_areaView->selectionModel(), &QItemSelectionModel::currentRowChanged, this, [this] {
        showChildren();
        updateButtons();
    });
    connect(m_childView->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            &MeasurementsPage::updateButtons);
    connect(m_identityButton, &QPushButton::clicked, this, &MeasurementsPage::showIdentity);
    connect(m_exportButton, &QPushButton::clicked, this, &MeasurementsPage::exportChildren);
    connect(m_statusCombo, &QComboBox::currentIndexChanged, this,
            [this] { setStatus(static_cast<cm::Status>(m_statusCombo->currentData().toInt())); });
    connect(m_viewCombo, &QComboBox::currentIndexChanged, this,
            [this] { setView(static_cast<View>(m_viewCombo->currentData().toInt())); });

    ReloadWhenShown::attach(this, session, usecases::Topic::Measurements | usecases::Topic::Regions,
                            [this] { reload(); });
    reload();
}

void MeasurementsPage::reload()
{
    std::vector<usecases::measurements::RoundOverview> rounds;
    if (m_session.isOpen())
        rounds = usecases::measurements::roundOverviews(m_session.database());
    m_roundModel->setRounds(std::move(rounds));
    const bool any = m_roundModel->rowCount() > 0;
    m_emptyLabel->setVisible(!any);
    if (m_roundModel->rowOf(m_period) < 0) {
        m_period = any ? m_roundModel->rounds().front().round.period : QString();
        m_path.clear();
    }
    {
        const QSignalBlocker block(m_roundView->selectionModel());
        makeCurrent(m_roundView, m_period);
    }
    loadRound();
}

bool MeasurementsPage::selectRound(const QString &period)
{
    if (m_roundModel->rowOf(period) < 0)
        return false;
    makeCurrent(m_roundView, period);
    return m_period == period;
}

void MeasurementsPage::loadRound()
{
    m_summary.clear();
    m_children.clear();
    if (!m_period.isEmpty() && m_session.isOpen()) {
        cm::SummaryOptions options;
        options.puskesmas = true;
        options.posyandu = true;
        m_summary = usecases::measurements::roundSummary(m_session.database(), m_period, options)
                        .value_or(std::vector<cm::AreaSummary>{});
        m_children = storage::MeasurementRepository(m_session.database()).children(m_period);
    }
    m_followUp->setRound(m_period, m_children);
    m_targets->setRound(m_period);
    m_qualityPanel->setRound(m_period);
    // Drill-down keys that no longer exist are dropped.
    while (!m_path.isEmpty() && !areaOf(m_path.back()))
        m_path.removeLast();
    showAreas();
}

const cm::AreaSummary *MeasurementsPage::areaOf(const QString &key) const
{
    for (const cm::AreaSummary &area : m_summary) {
        if (AreaTableModel::keyOf(area) == key)
            return &area;
    }
    return nullptr;
}

bool MeasurementsPage::hasAreasBelow(const cm::AreaSummary &area) const
{
    return area.level == cm::AreaLevel::Kecamatan || area.level == cm::AreaLevel::Desa
           || area.level == cm::AreaLevel::Kelurahan;
}

std::vector<cm::AreaSummary> MeasurementsPage::areasOfScope() const
{
    std::vector<cm::AreaSummary> out;
    const cm::AreaSummary *parent = m_path.isEmpty() ? nullptr : areaOf(m_path.back());
    for (const cm::AreaSummary &area : m_summary) {
        bool take = false;
        if (m_view == View::Puskesmas)
            take = area.level == cm::AreaLevel::Puskesmas;
        else if (!parent)
            take = area.level == cm::AreaLevel::Kecamatan;
        else if (parent->level == cm::AreaLevel::Kecamatan)
            take = (area.level == cm::AreaLevel::Desa || area.level == cm::AreaLevel::Kelurahan)
                   && area.kecamatanCode == parent->code;
        else
            take = area.level == cm::AreaLevel::Posyandu && area.code == parent->code;
        if (take)
            out.push_back(area);
    }
    return out;
}

void MeasurementsPage::showAreas()
{
    const QString current = currentAreaKey();
    m_areaModel->setAreas(areasOfScope(), m_status);
    if (current.isEmpty() || !makeCurrent(m_areaView, current)) {
        if (m_areaProxy->rowCount() > 0)
            m_areaView->setCurrentIndex(m_areaProxy->index(0, 0));
    }
    // The scope and its own figures above the table.
    const cm::AreaSummary *scope = m_path.isEmpty() ? nullptr : areaOf(m_path.back());
    if (!scope && !m_summary.empty() && m_view == View::Regions)
        scope = &m_summary.front();
    QString text;
    if (m_period.isEmpty()) {
        text = tr("No round chosen.");
    } else if (m_view == View::Puskesmas && m_path.isEmpty()) {
        text = tr("Every puskesmas, %1").arg(words::roundText(m_period));
    } else if (scope) {
        const cm::AreaCounts &c = scope->counts;
        const auto rate = c.countsOf(m_status).percent(c.casesOf(m_status));
        // "Kecamatan Bantan"; the district's name says what it is ("Kabupaten Bengkalis").
        const QString name = scope->level == cm::AreaLevel::District
                                 ? qs(scope->name)
                                 : words::levelText(scope->level) + u' ' + qs(scope->name);
        text = tr("%1, %2: %n child(ren), %3 %4", nullptr, c.children)
                   .arg(name, words::roundText(m_period), words::statusText(m_status).toLower(),
                        rate ? qs(core::formatPercent(*rate, 1, LanguageSetup::current()))
                             : QStringLiteral("—"));
    }
    m_scopeLabel->setText(text);
    m_scopeLabel->setToolTip(text);
    showChildren();
    updateButtons();
}

void MeasurementsPage::showChildren()
{
    const cm::AreaSummary *area = areaOf(currentAreaKey());
    std::vector<storage::MeasuredChild> shown;
    if (area) {
        for (const storage::MeasuredChild &child : m_children) {
            if (usecases::measurements::childInArea(child, *area))
                shown.push_back(child);
        }
    }
    const QVariant current = m_childView->currentIndex().isValid()
                                 ? m_childView->currentIndex().data(KeyRole)
                                 : QVariant();
    const int count = static_cast<int>(shown.size());
    m_childModel->setChildren(std::move(shown), m_status);
    if (current.isValid())
        makeCurrent(m_childView, current);
    m_childrenLabel->setText(area ? tr("%n child(ren) measured in %1 %2.", nullptr, count)
                                        .arg(words::levelText(area->level), qs(area->name))
                                  : tr("Choose an area to list its children."));
    m_tabs->setTabText(1, tr("Children (%1)").arg(count));
    m_followUp->setArea(area);
    m_tabs->setTabText(2, tr("To follow up (%1)").arg(m_followUp->model()->rowCount()));
}

void MeasurementsPage::updateButtons()
{
    m_upButton->setEnabled(!m_path.isEmpty());
    const cm::AreaSummary *area = areaOf(currentAreaKey());
    m_openButton->setEnabled(area && m_view == View::Regions && hasAreasBelow(*area));
    m_identityButton->setEnabled(m_childView->currentIndex().isValid());
    m_exportButton->setEnabled(m_childModel->rowCount() > 0);
    m_viewCombo->setEnabled(!m_period.isEmpty());
    m_publishButton->setEnabled(!m_period.isEmpty());
    m_statusCombo->setEnabled(!m_period.isEmpty());
}

bool MeasurementsPage::drillInto(const QString &key)
{
    const cm::AreaSummary *area = areaOf(key);
    if (!area || m_view != View::Regions || !hasAreasBelow(*area))
        return false;
    m_path << key;
    showAreas();
    if (m_areaProxy->rowCount() > 0)
        m_areaView->setCurrentIndex(m_areaProxy->index(0, 0));
    return true;
}

void MeasurementsPage::drillUp()
{
    if (m_path.isEmpty())
        return;
    const QString left = m_path.takeLast();
    showAreas();
    selectArea(left);
}

bool MeasurementsPage::selectArea(const QString &key)
{
    return makeCurrent(m_areaView, key);
}

QString MeasurementsPage::currentAreaKey() const
{
    return currentKey(m_areaView);
}

bool MeasurementsPage::selectChild(qint64 childId)
{
    return makeCurrent(m_childView, childId);
}

void MeasurementsPage::setView(View view)
{
    if (view == m_view)
        return;
    m_view = view;
    m_path.clear();
    m_viewCombo->setCurrentIndex(m_viewCombo->findData(static_cast<int>(view)));
    showAreas();
}

bool MeasurementsPage::openAt(const QString &location)
{
    const QStringList words = location.split(u' ', Qt::SkipEmptyParts);
    if (words.isEmpty() || !selectRound(words.first()))
        return false;
    m_tabs->setCurrentIndex(0);
    QString desa;
    bool perPuskesmas = false;
    for (qsizetype i = 1; i < words.size(); ++i) {
        if (words[i] == u"puskesmas") {
            perPuskesmas = true;
        } else if (words[i] == u"desa" && i + 1 < words.size()) {
            desa = words[++i];
        } else if (words[i] == u"status" && i + 1 < words.size()) {
            static const std::array<std::pair<const char16_t *, cm::Status>, 4> statuses = {{
                {u"stunted", cm::Status::Stunted},
                {u"wasted", cm::Status::Wasted},
                {u"overweight", cm::Status::Overweight},
                {u"underweight", cm::Status::Underweight},
            }};
            const QString word = words[++i];
            for (const auto &[key, status] : statuses) {
                if (word == QStringView(key))
                    setStatus(status);
            }
        }
    }
    setView(perPuskesmas ? View::Puskesmas : View::Regions);
    m_path.clear();
    showAreas();
    if (desa.isEmpty())
        return true;
    // Down to the desa: its kecamatan, then the desa itself (its posyandu).
    const auto found = [this](auto &&match) -> const cm::AreaSummary * {
        for (const cm::AreaSummary &area : m_summary) {
            if (match(area))
                return &area;
        }
        return nullptr;
    };
    const cm::AreaSummary *village = found([&desa](const cm::AreaSummary &area) {
        return (area.level == cm::AreaLevel::Desa || area.level == cm::AreaLevel::Kelurahan)
               && qs(area.code) == desa;
    });
    if (!village)
        return false;
    const cm::AreaSummary *kecamatan = found([village](const cm::AreaSummary &area) {
        return area.level == cm::AreaLevel::Kecamatan && area.code == village->kecamatanCode;
    });
    return kecamatan && drillInto(AreaTableModel::keyOf(*kecamatan))
           && drillInto(AreaTableModel::keyOf(*village));
}

void MeasurementsPage::setStatus(cm::Status status)
{
    m_status = status;
    m_statusCombo->setCurrentIndex(m_statusCombo->findData(static_cast<int>(status)));
    showAreas();
}

void MeasurementsPage::showIdentity()
{
    const QModelIndex index = m_childView->currentIndex();
    if (index.isValid())
        showChildIdentity(this, m_session, index.data(KeyRole).toLongLong(),
                          index.siblingAtColumn(ChildTableModel::InitialsColumn).data().toString());
}

void MeasurementsPage::exportChildren()
{
    if (m_childModel->rowCount() == 0)
        return;
    const std::vector<storage::MeasuredChild> children = m_childModel->children();
    exportChildList(
        this, m_session, QStringLiteral("measurements-children"),
        [this](bool withIdentity) {
            return withIdentity ? tr("children-with-identities-%1").arg(m_period)
                                : tr("children-%1").arg(m_period);
        },
        {QStringLiteral("csv")},
        [&children](storage::Database &db, bool withIdentity, const QString &path,
                    usecases::Progress &progress) {
            usecases::measurements::writeChildList(db, children, withIdentity, path, progress);
        });
}

void MeasurementsPage::startImport()
{
    if (!m_session.isOpen())
        return;
    ImportWizard wizard(m_session, this);
    if (wizard.exec() == QDialog::Accepted && !wizard.importedRound().isEmpty()) {
        m_session.notifyChanged(usecases::Topic::Measurements);
        reload();
        selectRound(wizard.importedRound());
    }
}

} // namespace konvergensi::gui::measurements

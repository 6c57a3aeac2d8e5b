// SPDX-License-Identifier: GPL-3.0-or-later
#include "gui/locus/locus_page.h"

#include "gui/common/dialogs.h"
#include "gui/common/print_preview.h"
#include "gui/language.h"
#include "gui/locus/locus_entry_dialog.h"
#include "gui/locus/scorecard_dialog.h"
#include "gui/workspace/workspace_session.h"
#include "qtsupport/text.h"

#include "core/clock.h"
#include "core/errors.h"
#include "core/format.h"
#include "core/locus/locus.h"
#include "core/locus/locus_scorecard.h"
#include "core/text.h"
#include "io/locus/locus_import.h"
#include "reports/locus/locus_report.h"
#include "reports/report_document.h"
#include "storage/database.h"
#include "storage/document_store.h"
#include "storage/locus/locus_repository.h"
#include "storage/locus/scorecard_repository.h"
#include "storage/regions/region_repository.h"
#include "storage/storage_error.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QDesktopServices>
#include <QDoubleSpinBox>
#include <QFileInfo>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMenu>
#include <QPushButton>
#include <QSpinBox>
#include <QSplitter>
#include <QStandardItemModel>
#include <QStandardPaths>
#include <QTabWidget>
#include <QTableView>
#include <QUrl>
#include <QVBoxLayout>

#include <algorithm>
#include <cmath>

namespace konvergensi::gui {

namespace {

constexpr int kCodeRole = Qt::UserRole + 1;
constexpr int kIdRole = Qt::UserRole + 2;
constexpr int kVersionRole = Qt::UserRole + 3;

QPushButton *makeButton(QWidget *parent, const QString &text, const QString &name)
{
    auto *button = new QPushButton(text, parent);
    button->setObjectName(name);
    return button;
}

QTableView *makeTable(QWidget *parent, const QString &name, QStandardItemModel *model)
{
    auto *view = new QTableView(parent);
    view->setObjectName(name);
    view->setModel(model);
    view->setSelectionBehavior(QAbstractItemView::SelectRows);
    view->setSelectionMode(QAbstractItemView::SingleSelection);
    view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    view->setAlternatingRowColors(true);
    view->verticalHeader()->setVisible(false);
    view->horizontalHeader()->setHighlightSections(false);
    view->setWordWrap(false);
    return view;
}

QStandardItem *item(const QString &text)
{
    auto *cell = new QStandardItem(text);
    cell->setEditable(false);
    return cell;
}

QStandardItem *numberItem(const QString &text)
{
    QStandardItem *cell = item(text);
    cell->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
    return cell;
}

QString pointsText(double points)
{
    return qs(core::formatDecimal(points, 1, LanguageSetup::current()));
}

QDate toQDate(const boost::gregorian::date &date)
{
    return QDate(date.year(), date.month(), date.day());
}

boost::gregorian::date fromQDate(const QDate &date)
{
    return boost::gregorian::date(static_cast<unsigned short>(date.year()),
                                  static_cast<unsigned short>(date.month()),
                                  static_cast<unsigned short>(date.day()));
}

QDoubleSpinBox *weightSpin(QWidget *parent, const QString &name, double value)
{
    auto *spin = new QDoubleSpinBox(parent);
    spin->setObjectName(name);
    spin->setRange(0, 100);
    spin->setDecimals(0);
    spin->setSingleStep(5);
    spin->setValue(value);
    return spin;
}

} // namespace

LocusPage::LocusPage(WorkspaceSession &session, QWidget *parent)
    : QWidget(parent)
    , m_session(session)
{
    setObjectName(QStringLiteral("locusPage"));
    auto *layout = new QVBoxLayout(this);

    auto *bar = new QHBoxLayout;
    auto *title = new QLabel(tr("<b>Locus villages</b>"), this);
    bar->addWidget(title);
    bar->addSpacing(12);
    bar->addWidget(new QLabel(tr("Year:"), this));
    m_yearSpin = new QSpinBox(this);
    m_yearSpin->setObjectName(QStringLiteral("locusYearSpin"));
    m_yearSpin->setRange(2000, 2100);
    m_yearSpin->setValue(session.isOpen() ? static_cast<int>(session.clock().today().year())
                                          : 2024);
    bar->addWidget(m_yearSpin);
    m_summaryLabel = new QLabel(this);
    m_summaryLabel->setObjectName(QStringLiteral("locusSummaryLabel"));
    bar->addWidget(m_summaryLabel, 1);
    m_paperCombo = new QComboBox(this);
    m_paperCombo->setObjectName(QStringLiteral("locusPaperCombo"));
    m_paperCombo->addItem(tr("A4"), static_cast<int>(reports::Paper::A4));
    m_paperCombo->addItem(tr("F4 (folio)"), static_cast<int>(reports::Paper::F4));
    bar->addWidget(m_paperCombo);
    auto *printButton = makeButton(this, tr("Print list..."), QStringLiteral("locusPrintButton"));
    auto *pdfButton = makeButton(this, tr("PDF..."), QStringLiteral("locusPdfButton"));
    auto *xlsxButton = makeButton(this, tr("XLSX..."), QStringLiteral("locusXlsxButton"));
    auto *csvButton = makeButton(this, tr("CSV..."), QStringLiteral("locusCsvButton"));
    printButton->setToolTip(tr("The list as the attachment to the regent's decree"));
    for (QPushButton *button : {printButton, pdfButton, xlsxButton, csvButton})
        bar->addWidget(button);
    layout->addLayout(bar);

    m_tabs = new QTabWidget(this);
    m_tabs->setObjectName(QStringLiteral("locusTabs"));
    m_tabs->addTab(buildListTab(), tr("List of the year"));
    m_tabs->addTab(buildProposalTab(), tr("Proposal"));
    m_tabs->addTab(buildCompareTab(), tr("Compare years"));
    m_tabs->addTab(buildVillageTab(), tr("Village profile"));
    layout->addWidget(m_tabs, 1);

    connect(m_yearSpin, &QSpinBox::valueChanged, this, [this](int value) {
        m_dataYearSpin->setValue(value - 1);
        m_added.clear();
        m_removed.clear();
        reload();
    });
    connect(printButton, &QPushButton::clicked, this, &LocusPage::printList);
    connect(pdfButton, &QPushButton::clicked, this, &LocusPage::exportPdf);
    connect(xlsxButton, &QPushButton::clicked, this, &LocusPage::exportXlsx);
    connect(csvButton, &QPushButton::clicked, this, &LocusPage::exportCsv);
    connect(&m_session, &WorkspaceSession::workspaceChanged, this, [this] {
        m_added.clear();
        m_removed.clear();
        reloadVillages();
        reload();
    });
    connect(&m_session, &WorkspaceSession::contentChanged, this, &LocusPage::reload);

    // Start on the newest year that has a list.
    if (m_session.isOpen()) {
        const auto years = storage::LocusRepository(m_session.database()).years();
        if (!years.empty()) {
            const QSignalBlocker blocker(m_yearSpin);
            m_yearSpin->setValue(years.back());
            m_compareFrom->setValue(years.size() > 1 ? years[years.size() - 2] : years.back());
            m_compareTo->setValue(years.back());
        }
        m_dataYearSpin->setValue(m_yearSpin->value() - 1);
    }
    reloadVillages();
    reload();
}

QWidget *LocusPage::buildListTab()
{
    auto *tab = new QWidget(this);
    auto *layout = new QVBoxLayout(tab);
    m_listModel = new QStandardItemModel(this);
    m_listModel->setObjectName(QStringLiteral("locusListModel"));
    m_listView = makeTable(tab, QStringLiteral("locusListView"), m_listModel);
    layout->addWidget(m_listView, 1);

    auto *buttons = new QHBoxLayout;
    auto *up = makeButton(tab, tr("Move up"), QStringLiteral("locusUpButton"));
    auto *down = makeButton(tab, tr("Move down"), QStringLiteral("locusDownButton"));
    auto *edit = makeButton(tab, tr("Edit entry..."), QStringLiteral("locusEditEntryButton"));
    edit->setToolTip(tr("The reason and the numbers behind the selected village"));
    auto *remove = makeButton(tab, tr("Remove from list"), QStringLiteral("locusRemoveButton"));
    auto *import = makeButton(tab, tr("Import list..."), QStringLiteral("locusImportButton"));
    auto *importCards = makeButton(tab, tr("Import scorecards..."),
                                   QStringLiteral("scorecardImportButton"));
    for (QPushButton *button : {up, down, edit, remove})
        buttons->addWidget(button);
    buttons->addStretch(1);
    buttons->addWidget(import);
    buttons->addWidget(importCards);
    layout->addLayout(buttons);

    auto *decreeBox = new QGroupBox(tr("Regent's decree (SK Bupati)"), tab);
    auto *decreeLayout = new QHBoxLayout(decreeBox);
    auto *form = new QFormLayout;
    m_decreeNumberEdit = new QLineEdit(decreeBox);
    m_decreeNumberEdit->setObjectName(QStringLiteral("decreeNumberEdit"));
    m_decreeNumberEdit->setPlaceholderText(tr("e.g. 150/KPTS/III/2021"));
    form->addRow(tr("Number:"), m_decreeNumberEdit);
    auto *dateRow = new QHBoxLayout;
    m_decreeDatedCheck = new QCheckBox(tr("Dated"), decreeBox);
    m_decreeDatedCheck->setObjectName(QStringLiteral("decreeDatedCheck"));
    m_decreeDateEdit = new QDateEdit(decreeBox);
    m_decreeDateEdit->setObjectName(QStringLiteral("decreeDateEdit"));
    m_decreeDateEdit->setCalendarPopup(true);
    m_decreeDateEdit->setDisplayFormat(QStringLiteral("dd-MM-yyyy"));
    dateRow->addWidget(m_decreeDatedCheck);
    dateRow->addWidget(m_decreeDateEdit, 1);
    form->addRow(tr("Date:"), dateRow);
    m_decreeSignedByEdit = new QLineEdit(decreeBox);
    m_decreeSignedByEdit->setObjectName(QStringLiteral("decreeSignedByEdit"));
    form->addRow(tr("Signed by:"), m_decreeSignedByEdit);
    auto *save = makeButton(decreeBox, tr("Save decree"), QStringLiteral("decreeSaveButton"));
    form->addRow(QString(), save);
    decreeLayout->addLayout(form, 1);
    auto *docs = new QVBoxLayout;
    docs->addWidget(new QLabel(tr("Decree document:"), decreeBox));
    m_decreeDocuments = new QListWidget(decreeBox);
    m_decreeDocuments->setObjectName(QStringLiteral("decreeDocumentList"));
    m_decreeDocuments->setMaximumHeight(70);
    docs->addWidget(m_decreeDocuments);
    auto *docButtons = new QHBoxLayout;
    auto *attach = makeButton(decreeBox, tr("Attach..."), QStringLiteral("decreeAttachButton"));
    auto *open = makeButton(decreeBox, tr("Open"), QStringLiteral("decreeOpenButton"));
    docButtons->addWidget(attach);
    docButtons->addWidget(open);
    docButtons->addStretch(1);
    docs->addLayout(docButtons);
    decreeLayout->addLayout(docs, 1);
    layout->addWidget(decreeBox);

    connect(m_decreeDatedCheck, &QCheckBox::toggled, m_decreeDateEdit, &QWidget::setEnabled);
    connect(up, &QPushButton::clicked, this, [this] { moveSelectedVillage(-1); });
    connect(down, &QPushButton::clicked, this, [this] { moveSelectedVillage(1); });
    connect(edit, &QPushButton::clicked, this, &LocusPage::editSelectedEntry);
    connect(m_listView, &QTableView::doubleClicked, this, &LocusPage::editSelectedEntry);
    connect(remove, &QPushButton::clicked, this, &LocusPage::removeSelectedVillage);
    connect(import, &QPushButton::clicked, this, &LocusPage::importList);
    connect(importCards, &QPushButton::clicked, this, &LocusPage::importScorecards);
    connect(save, &QPushButton::clicked, this, &LocusPage::saveDecree);
    connect(attach, &QPushButton::clicked, this, &LocusPage::attachDecreeDocument);
    connect(open, &QPushButton::clicked, this, &LocusPage::openDecreeDocument);
    return tab;
}

QWidget *LocusPage::buildProposalTab()
{
    auto *tab = new QWidget(this);
    auto *layout = new QVBoxLayout(tab);
    auto *settings = new QHBoxLayout;
    auto *weights = new QGroupBox(tr("Weights"), tab);
    auto *weightLayout = new QHBoxLayout(weights);
    const core::LocusWeights defaults;
    m_weightPrevalence = weightSpin(weights, QStringLiteral("weightPrevalenceSpin"),
                                    defaults.prevalence);
    m_weightStunted = weightSpin(weights, QStringLiteral("weightStuntedSpin"), defaults.stunted);
    m_weightGap = weightSpin(weights, QStringLiteral("weightGapSpin"), defaults.coverageGap);
    m_weightPoverty = weightSpin(weights, QStringLiteral("weightPovertySpin"), defaults.poverty);
    weightLayout->addWidget(new QLabel(tr("Prevalence"), weights));
    weightLayout->addWidget(m_weightPrevalence);
    weightLayout->addWidget(new QLabel(tr("Stunted children"), weights));
    weightLayout->addWidget(m_weightStunted);
    weightLayout->addWidget(new QLabel(tr("Service gap"), weights));
    weightLayout->addWidget(m_weightGap);
    weightLayout->addWidget(new QLabel(tr("Poverty"), weights));
    weightLayout->addWidget(m_weightPoverty);
    settings->addWidget(weights);
    auto *selection = new QGroupBox(tr("Selection"), tab);
    auto *dataLayout = new QHBoxLayout(selection);
    dataLayout->addWidget(new QLabel(tr("Data of year:"), selection));
    m_dataYearSpin = new QSpinBox(selection);
    m_dataYearSpin->setObjectName(QStringLiteral("proposalDataYearSpin"));
    m_dataYearSpin->setRange(2000, 2100);
    dataLayout->addWidget(m_dataYearSpin);
    dataLayout->addWidget(new QLabel(tr("Take the top:"), selection));
    m_topNSpin = new QSpinBox(selection);
    m_topNSpin->setObjectName(QStringLiteral("proposalTopNSpin"));
    m_topNSpin->setRange(0, 500);
    m_topNSpin->setValue(15);
    dataLayout->addWidget(m_topNSpin);
    settings->addWidget(selection);
    settings->addStretch(1);
    layout->addLayout(settings);

    m_proposalLabel = new QLabel(tab);
    m_proposalLabel->setObjectName(QStringLiteral("proposalLabel"));
    m_proposalLabel->setWordWrap(true);
    layout->addWidget(m_proposalLabel);

    m_proposalModel = new QStandardItemModel(this);
    m_proposalModel->setObjectName(QStringLiteral("proposalModel"));
    m_proposalView = makeTable(tab, QStringLiteral("proposalView"), m_proposalModel);
    layout->addWidget(m_proposalView, 1);

    auto *choice = new QHBoxLayout;
    choice->addWidget(new QLabel(tr("Reason:"), tab));
    m_reasonEdit = new QLineEdit(tab);
    m_reasonEdit->setObjectName(QStringLiteral("proposalReasonEdit"));
    m_reasonEdit->setPlaceholderText(
        tr("Why this village is added or left out by hand (required)"));
    choice->addWidget(m_reasonEdit, 1);
    auto *add = makeButton(tab, tr("Add by hand"), QStringLiteral("proposalAddButton"));
    auto *leaveOut = makeButton(tab, tr("Leave out"), QStringLiteral("proposalRemoveButton"));
    auto *clear = makeButton(tab, tr("Undo choice"), QStringLiteral("proposalClearButton"));
    auto *save = makeButton(tab, tr("Save as the year's list..."),
                            QStringLiteral("proposalSaveButton"));
    for (QPushButton *button : {add, leaveOut, clear, save})
        choice->addWidget(button);
    layout->addLayout(choice);

    for (QDoubleSpinBox *spin : {m_weightPrevalence, m_weightStunted, m_weightGap, m_weightPoverty})
        connect(spin, &QDoubleSpinBox::valueChanged, this, &LocusPage::recomputeProposal);
    connect(m_dataYearSpin, &QSpinBox::valueChanged, this, &LocusPage::recomputeProposal);
    connect(m_topNSpin, &QSpinBox::valueChanged, this, &LocusPage::fillProposalModel);
    connect(add, &QPushButton::clicked, this, &LocusPage::addSelectedByHand);
    connect(leaveOut, &QPushButton::clicked, this, &LocusPage::leaveOutSelected);
    connect(clear, &QPushButton::clicked, this, &LocusPage::clearSelectedChoice);
    connect(save, &QPushButton::clicked, this, &LocusPage::saveProposal);
    return tab;
}

QWidget *LocusPage::buildCompareTab()
{
    auto *tab = new QWidget(this);
    auto *layout = new QVBoxLayout(tab);
    auto *bar = new QHBoxLayout;
    bar->addWidget(new QLabel(tr("From year:"), tab));
    m_compareFrom = new QSpinBox(tab);
    m_compareFrom->setObjectName(QStringLiteral("compareFromSpin"));
    m_compareFrom->setRange(2000, 2100);
    m_compareFrom->setValue(m_yearSpin->value() - 1);
    bar->addWidget(m_compareFrom);
    bar->addWidget(new QLabel(tr("to year:"), tab));
    m_compareTo = new QSpinBox(tab);
    m_compareTo->setObjectName(QStringLiteral("compareToSpin"));
    m_compareTo->setRange(2000, 2100);
    m_compareTo->setValue(m_yearSpin->value());
    bar->addWidget(m_compareTo);
    bar->addStretch(1);
    layout->addLayout(bar);
    m_movementLabel = new QLabel(tab);
    m_movementLabel->setObjectName(QStringLiteral("compareMovementLabel"));
    m_movementLabel->setWordWrap(true);
    layout->addWidget(m_movementLabel);
    auto *splitter = new QSplitter(Qt::Horizontal, tab);
    m_compareModel = new QStandardItemModel(this);
    m_kecamatanModel = new QStandardItemModel(this);
    splitter->addWidget(makeTable(splitter, QStringLiteral("compareView"), m_compareModel));
    splitter->addWidget(
        makeTable(splitter, QStringLiteral("compareKecamatanView"), m_kecamatanModel));
    splitter->setStretchFactor(0, 3);
    splitter->setStretchFactor(1, 2);
    layout->addWidget(splitter, 1);
    connect(m_compareFrom, &QSpinBox::valueChanged, this, &LocusPage::compareYears);
    connect(m_compareTo, &QSpinBox::valueChanged, this, &LocusPage::compareYears);
    return tab;
}

QWidget *LocusPage::buildVillageTab()
{
    auto *tab = new QWidget(this);
    auto *layout = new QVBoxLayout(tab);
    auto *bar = new QHBoxLayout;
    bar->addWidget(new QLabel(tr("Village:"), tab));
    m_villageCombo = new QComboBox(tab);
    m_villageCombo->setObjectName(QStringLiteral("villageCombo"));
    m_villageCombo->setMinimumContentsLength(30);
    bar->addWidget(m_villageCombo, 1);
    // The year's scorecards of every village, as the page's other reports: printed, PDF,
    // XLSX, CSV.
    auto *summary = makeButton(tab, tr("Scorecard summary"),
                               QStringLiteral("scorecardSummaryButton"));
    summary->setToolTip(tr("Every village's scorecard of the year chosen at the top"));
    auto *summaryMenu = new QMenu(summary);
    const auto addSummaryAction = [&](const QString &text, const QString &name, auto slot) {
        QAction *action = summaryMenu->addAction(text);
        action->setObjectName(name);
        connect(action, &QAction::triggered, this, slot);
    };
    addSummaryAction(tr("Print..."), QStringLiteral("scorecardPrintAction"),
                     &LocusPage::printScorecardSummary);
    addSummaryAction(tr("PDF..."), QStringLiteral("scorecardPdfAction"),
                     &LocusPage::exportScorecardPdf);
    addSummaryAction(tr("XLSX..."), QStringLiteral("scorecardXlsxAction"),
                     &LocusPage::exportScorecardXlsx);
    addSummaryAction(tr("CSV..."), QStringLiteral("scorecardCsvAction"),
                     &LocusPage::exportScorecardCsv);
    summary->setMenu(summaryMenu);
    bar->addWidget(summary);
    layout->addLayout(bar);

    auto *top = new QHBoxLayout;
    auto *historyBox = new QGroupBox(tr("Locus history"), tab);
    auto *historyLayout = new QVBoxLayout(historyBox);
    m_historyList = new QListWidget(historyBox);
    m_historyList->setObjectName(QStringLiteral("villageHistoryList"));
    m_historyList->setWordWrap(true);
    historyLayout->addWidget(m_historyList);
    top->addWidget(historyBox, 2);
    auto *kpmBox = new QGroupBox(tr("Human development cadre (KPM)"), tab);
    auto *kpmForm = new QFormLayout(kpmBox);
    m_kpmNameEdit = new QLineEdit(kpmBox);
    m_kpmNameEdit->setObjectName(QStringLiteral("kpmNameEdit"));
    m_kpmPhoneEdit = new QLineEdit(kpmBox);
    m_kpmPhoneEdit->setObjectName(QStringLiteral("kpmPhoneEdit"));
    auto *sinceRow = new QHBoxLayout;
    m_kpmSinceCheck = new QCheckBox(tr("Known"), kpmBox);
    m_kpmSinceCheck->setObjectName(QStringLiteral("kpmSinceCheck"));
    m_kpmSinceEdit = new QDateEdit(kpmBox);
    m_kpmSinceEdit->setObjectName(QStringLiteral("kpmSinceEdit"));
    m_kpmSinceEdit->setDisplayFormat(QStringLiteral("dd-MM-yyyy"));
    sinceRow->addWidget(m_kpmSinceCheck);
    sinceRow->addWidget(m_kpmSinceEdit, 1);
    auto *kpmSave = makeButton(kpmBox, tr("Save KPM"), QStringLiteral("kpmSaveButton"));
    kpmForm->addRow(tr("Name:"), m_kpmNameEdit);
    kpmForm->addRow(tr("Phone:"), m_kpmPhoneEdit);
    kpmForm->addRow(tr("Since:"), sinceRow);
    kpmForm->addRow(QString(), kpmSave);
    top->addWidget(kpmBox, 3);
    layout->addLayout(top);

    auto *cardBar = new QHBoxLayout;
    cardBar->addWidget(new QLabel(tr("Convergence scorecard of:"), tab));
    m_scorecardYearCombo = new QComboBox(tab);
    m_scorecardYearCombo->setObjectName(QStringLiteral("scorecardYearCombo"));
    cardBar->addWidget(m_scorecardYearCombo);
    m_scorecardLabel = new QLabel(tab);
    m_scorecardLabel->setObjectName(QStringLiteral("scorecardLabel"));
    m_scorecardLabel->setWordWrap(true);
    cardBar->addWidget(m_scorecardLabel, 1);
    auto *newCard = makeButton(tab, tr("New scorecard..."), QStringLiteral("scorecardNewButton"));
    m_editScorecardButton = makeButton(tab, tr("Edit scorecard..."),
                                       QStringLiteral("scorecardEditButton"));
    m_removeScorecardButton = makeButton(tab, tr("Remove scorecard"),
                                         QStringLiteral("scorecardRemoveButton"));
    cardBar->addWidget(newCard);
    cardBar->addWidget(m_editScorecardButton);
    cardBar->addWidget(m_removeScorecardButton);
    layout->addLayout(cardBar);
    m_scorecardModel = new QStandardItemModel(this);
    layout->addWidget(makeTable(tab, QStringLiteral("scorecardView"), m_scorecardModel), 1);

    connect(m_villageCombo, &QComboBox::currentIndexChanged, this,
            [this] { showVillage(m_villageCombo->currentData().toString()); });
    connect(m_scorecardYearCombo, &QComboBox::currentIndexChanged, this,
            &LocusPage::reloadScorecard);
    connect(m_kpmSinceCheck, &QCheckBox::toggled, m_kpmSinceEdit, &QWidget::setEnabled);
    connect(newCard, &QPushButton::clicked, this, &LocusPage::newScorecard);
    connect(m_editScorecardButton, &QPushButton::clicked, this, &LocusPage::editScorecard);
    connect(m_removeScorecardButton, &QPushButton::clicked, this, &LocusPage::removeScorecard);
    connect(kpmSave, &QPushButton::clicked, this, [this] {
        const auto code = core::RegionCode::parse(ss(m_villageCombo->currentData().toString()));
        if (!code)
            return;
        core::Kpm kpm(*code);
        kpm.name = ss(m_kpmNameEdit->text());
        kpm.phone = ss(m_kpmPhoneEdit->text());
        if (m_kpmSinceCheck->isChecked())
            kpm.since = fromQDate(m_kpmSinceEdit->date());
        kpm.rowVersion = m_kpmRowVersion;
        try {
            m_kpmRowVersion =
                storage::ScorecardRepository(m_session.database()).saveKpm(kpm).rowVersion;
        } catch (const storage::StorageError &error) {
            Dialogs::warning(this, tr("KPM not saved"), error.message());
        }
    });
    return tab;
}

int LocusPage::year() const
{
    return m_yearSpin->value();
}

void LocusPage::setYear(int year)
{
    m_yearSpin->setValue(year);
}

QString LocusPage::villageLabel(const std::string &code) const
{
    const auto it = m_names.find(code);
    return it == m_names.end() ? qs(code) : it->second;
}

QString LocusPage::kecamatanLabel(const std::string &code) const
{
    const auto parsed = core::RegionCode::parse(code);
    if (!parsed || !parsed->parent())
        return {};
    return villageLabel(parsed->parent()->toString());
}

void LocusPage::reloadVillages()
{
    m_names.clear();
    const QSignalBlocker blocker(m_villageCombo);
    const QString current = m_villageCombo->currentData().toString();
    m_villageCombo->clear();
    if (!m_session.isOpen())
        return;
    const core::RegionTree tree = storage::RegionRepository(m_session.database()).tree();
    for (const core::Region *kecamatan : tree.atLevel(core::RegionLevel::Kecamatan))
        m_names[kecamatan->code.toString()] = qs(kecamatan->name);
    for (const core::Region *village : tree.atLevel(core::RegionLevel::Village)) {
        m_names[village->code.toString()] = qs(village->name);
        m_villageCombo->addItem(QStringLiteral("%1 \u2013 %2 (%3)")
                                    .arg(qs(village->name),
                                         kecamatanLabel(village->code.toString()),
                                         qs(village->code.toString())),
                                qs(village->code.toString()));
    }
    const int index = m_villageCombo->findData(current);
    m_villageCombo->setCurrentIndex(index >= 0 ? index : 0);
}

void LocusPage::reload()
{
    if (!m_session.isOpen())
        return;
    reloadList();
    recomputeProposal();
    compareYears();
    showVillage(m_villageCombo->currentData().toString());
}

void LocusPage::reloadList()
{
    const core::Language language = LanguageSetup::current();
    const reports::LocusListData listData = reports::loadLocusListData(m_session.database(),
                                                                       year());
    m_listModel->clear();
    m_listModel->setHorizontalHeaderLabels({tr("Rank"), tr("Kecamatan"), tr("Desa/Kelurahan"),
                                            tr("Code"), tr("Origin"), tr("Measured"), tr("Stunted"),
                                            tr("Prevalence"), tr("1,000-HPK households"),
                                            tr("Poverty"), tr("Reason")});
    std::map<QString, int> perKecamatan;
    for (const reports::LocusListRow &row : listData.rows) {
        const core::LocusEvidence &e = row.entry.evidence;
        QList<QStandardItem *> cells{numberItem(QString::number(row.entry.rank)),
                                     item(row.kecamatanName),
                                     item(row.villageName),
                                     item(qs(row.entry.village.toString())),
                                     item(reports::originText(row.entry.origin)),
                                     numberItem(reports::countOrDash(e.childrenMeasured, language)),
                                     numberItem(reports::countOrDash(e.stunted, language)),
                                     numberItem(reports::percentOrDash(e.prevalence(), language)),
                                     numberItem(reports::countOrDash(e.targetHouseholds, language)),
                                     numberItem(reports::percentOrDash(e.povertyPercent, language)),
                                     item(qs(row.entry.reason))};
        cells.front()->setData(QVariant::fromValue(static_cast<qint64>(row.entry.id)), kIdRole);
        cells.front()->setData(row.entry.rowVersion, kVersionRole);
        cells.front()->setData(qs(row.entry.village.toString()), kCodeRole);
        cells.back()->setToolTip(qs(row.entry.reason));
        m_listModel->appendRow(cells);
        ++perKecamatan[row.kecamatanName];
    }
    m_listView->resizeColumnsToContents();
    m_listView->horizontalHeader()->setStretchLastSection(true);
    m_summaryLabel->setText(
        listData.rows.empty()
            ? tr("No list for %1 yet: build one on the Proposal tab or import it.").arg(year())
            : tr("%1 villages in %2 kecamatan").arg(listData.rows.size()).arg(perKecamatan.size()));

    m_decreeRowVersion = listData.decree ? listData.decree->rowVersion : 0;
    m_decreeNumberEdit->setText(listData.decree ? qs(listData.decree->number) : QString());
    m_decreeSignedByEdit->setText(listData.decree ? qs(listData.decree->signedBy) : QString());
    const bool dated = listData.decree && listData.decree->date;
    m_decreeDatedCheck->setChecked(dated);
    m_decreeDateEdit->setEnabled(dated);
    m_decreeDateEdit->setDate(dated ? toQDate(*listData.decree->date) : QDate(year(), 1, 1));
    m_decreeDocuments->clear();
    if (listData.decree) {
        for (const storage::StoredDocument &document :
             storage::DocumentStore(m_session.database())
                 .list(storage::LocusRepository::kDecreeOwnerType, listData.decree->id)) {
            auto *entry = new QListWidgetItem(document.fileName, m_decreeDocuments);
            entry->setData(Qt::UserRole, QVariant::fromValue(static_cast<qint64>(document.id)));
        }
    }
}

void LocusPage::saveDecree()
{
    core::LocusDecree decree;
    decree.year = year();
    decree.number = ss(m_decreeNumberEdit->text());
    decree.signedBy = ss(m_decreeSignedByEdit->text());
    if (m_decreeDatedCheck->isChecked())
        decree.date = fromQDate(m_decreeDateEdit->date());
    decree.rowVersion = m_decreeRowVersion;
    try {
        storage::LocusRepository repository(m_session.database());
        if (const auto held = repository.decree(year()))
            decree.notes = held->notes;
        m_decreeRowVersion = repository.saveDecree(decree).rowVersion;
    } catch (const storage::StorageError &error) {
        Dialogs::warning(this, tr("Decree not saved"), error.message());
    }
    reloadList();
}

void LocusPage::attachDecreeDocument()
{
    const QString path = Dialogs::openFileName(
        this, tr("Attach the decree"),
        QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation),
        tr("Documents (*.pdf *.jpg *.jpeg *.png *.doc *.docx);;All files (*)"));
    if (path.isEmpty())
        return;
    try {
        const std::int64_t id = storage::LocusRepository(m_session.database()).ensureYear(year());
        storage::DocumentStore(m_session.database())
            .addFile(storage::LocusRepository::kDecreeOwnerType, id, QStringLiteral("decree"),
                     path);
    } catch (const storage::StorageError &error) {
        Dialogs::warning(this, tr("Document not attached"), error.message());
    }
    reloadList();
}

void LocusPage::openDecreeDocument()
{
    const QListWidgetItem *entry = m_decreeDocuments->currentItem();
    if (!entry && m_decreeDocuments->count() > 0)
        entry = m_decreeDocuments->item(0);
    if (!entry)
        return;
    try {
        const QString path = storage::DocumentStore(m_session.database())
                                 .exportToTemporaryFile(entry->data(Qt::UserRole).toLongLong());
        if (!Dialogs::inTestMode())
            QDesktopServices::openUrl(QUrl::fromLocalFile(path));
    } catch (const storage::StorageError &error) {
        Dialogs::warning(this, tr("Document not opened"), error.message());
    }
}

void LocusPage::removeSelectedVillage()
{
    const QModelIndex index = m_listView->currentIndex();
    if (!index.isValid())
        return;
    const QStandardItem *first = m_listModel->item(index.row(), 0);
    const QString name = m_listModel->item(index.row(), 2)->text();
    if (!Dialogs::question(this, tr("Remove from the list"),
                           tr("Remove %1 from the locus list of %2?").arg(name).arg(year())))
        return;
    try {
        storage::LocusRepository(m_session.database())
            .removeVillage(first->data(kIdRole).toLongLong(), first->data(kVersionRole).toInt());
    } catch (const storage::StorageError &error) {
        Dialogs::warning(this, tr("Not removed"), error.message());
    }
    m_session.notifyContentChanged();
}

void LocusPage::moveSelectedVillage(int direction)
{
    const QModelIndex index = m_listView->currentIndex();
    if (!index.isValid())
        return;
    const int row = index.row();
    try {
        storage::LocusRepository(m_session.database())
            .moveVillage(m_listModel->item(row, 0)->data(kIdRole).toLongLong(), direction);
    } catch (const storage::StorageError &error) {
        Dialogs::warning(this, tr("Not moved"), error.message());
    }
    reloadList();
    const int target = std::clamp(row + (direction < 0 ? -1 : 1), 0, m_listModel->rowCount() - 1);
    m_listView->selectRow(target);
}

namespace {

QString reportText(const io::LocusImportReport &report)
{
    QStringList lines;
    if (!report.fileError.isEmpty())
        lines << report.fileError;
    for (const io::RowError &error : report.errors) {
        if (lines.size() >= 25) {
            lines << LocusPage::tr("... and %1 more.")
                         .arg(report.errors.size() + report.moreErrors - 24);
            break;
        }
        lines << io::describe(error);
    }
    if (!report.unmatched.isEmpty())
        lines << QString() << LocusPage::tr("Not matched to a village of the district:")
              << report.unmatched.join(QStringLiteral("\n"));
    return lines.join(QStringLiteral("\n"));
}

} // namespace

void LocusPage::importList()
{
    const QString path = Dialogs::openFileName(
        this, tr("Import a locus list"),
        QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation),
        tr("Tables (*.xlsx *.csv *.txt);;All files (*)"));
    if (path.isEmpty())
        return;
    io::LocusListImporter importer(m_session.database());
    const io::LocusImportReport checked = importer.checkFile(year(), path);
    if (!checked.ok()) {
        Dialogs::warning(this, tr("Nothing imported"),
                         tr("Nothing was imported; the workspace is unchanged.\n\n")
                             + reportText(checked));
        return;
    }
    if (checked.replaced > 0
        && !Dialogs::question(this, tr("Replace the list"),
                              tr("%1 already has a list of %2 villages. Replace it with the %3 "
                                 "villages of the file?")
                                  .arg(year())
                                  .arg(checked.replaced)
                                  .arg(checked.villages)))
        return;
    const io::LocusImportReport report = importer.importFile(year(), path, checked.replaced > 0);
    if (report.refusedExisting) {
        Dialogs::warning(this, tr("Nothing imported"),
                         tr("Meanwhile someone else saved a list of %1 villages for %2. Nothing "
                            "was imported; look at that list, then import again.")
                             .arg(report.replaced)
                             .arg(year()));
        return;
    }
    if (!report.applied) {
        Dialogs::warning(this, tr("Nothing imported"), reportText(report));
        return;
    }
    Dialogs::information(this, tr("List imported"),
                         tr("%1 locus villages imported for %2.").arg(report.villages).arg(year()));
    m_session.notifyContentChanged();
}

void LocusPage::importScorecards()
{
    const QString path = Dialogs::openFileName(
        this, tr("Import scorecards"),
        QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation),
        tr("Tables (*.xlsx *.csv *.txt);;All files (*)"));
    if (path.isEmpty())
        return;
    const io::LocusImportReport report =
        io::ScorecardImporter(m_session.database()).importFile(year(), path);
    if (!report.applied) {
        Dialogs::warning(this, tr("Nothing imported"),
                         tr("Nothing was imported; the workspace is unchanged.\n\n")
                             + reportText(report));
        return;
    }
    Dialogs::information(this, tr("Scorecards imported"),
                         tr("Scorecards of %1 villages imported for %2 (%3 replaced).")
                             .arg(report.villages)
                             .arg(year())
                             .arg(report.replaced));
    m_session.notifyContentChanged();
}

void LocusPage::printList()
{
    const auto listData = reports::loadLocusListData(m_session.database(), year());
    const auto paper = static_cast<reports::Paper>(m_paperCombo->currentData().toInt());
    showPrintPreview(this,
                     reports::buildLocusAttachment(listData, LanguageSetup::current(), paper));
}

void LocusPage::exportPdf()
{
    const auto listData = reports::loadLocusListData(m_session.database(), year());
    const auto paper = static_cast<reports::Paper>(m_paperCombo->currentData().toInt());
    savePdf(this, reports::buildLocusAttachment(listData, LanguageSetup::current(), paper),
            tr("locus-villages-%1.pdf").arg(year()));
}

void LocusPage::exportXlsx()
{
    const QString path = Dialogs::saveFileName(
        this, tr("Export the list"),
        QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation) + QStringLiteral("/")
            + tr("locus-villages-%1.xlsx").arg(year()),
        tr("Excel workbook (*.xlsx)"));
    if (path.isEmpty())
        return;
    try {
        reports::exportLocusListXlsx(reports::loadLocusListData(m_session.database(), year()),
                                     LanguageSetup::current(), path);
    } catch (const reports::ReportError &error) {
        Dialogs::error(this, tr("Not exported"), error.message());
    }
}

void LocusPage::exportCsv()
{
    const QString path = Dialogs::saveFileName(
        this, tr("Export the list"),
        QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation) + QStringLiteral("/")
            + tr("locus-villages-%1.csv").arg(year()),
        tr("CSV (*.csv)"));
    if (path.isEmpty())
        return;
    try {
        reports::exportLocusListCsv(reports::loadLocusListData(m_session.database(), year()),
                                    LanguageSetup::current(), path);
    } catch (const reports::ReportError &error) {
        Dialogs::error(this, tr("Not exported"), error.message());
    }
}

void LocusPage::exportScorecardPdf()
{
    const auto listData = reports::loadScorecardSummary(m_session.database(), year());
    const auto paper = static_cast<reports::Paper>(m_paperCombo->currentData().toInt());
    savePdf(this, reports::buildScorecardSummary(listData, LanguageSetup::current(), paper),
            tr("scorecards-%1.pdf").arg(year()));
}

void LocusPage::printScorecardSummary()
{
    const auto summaryData = reports::loadScorecardSummary(m_session.database(), year());
    const auto paper = static_cast<reports::Paper>(m_paperCombo->currentData().toInt());
    showPrintPreview(this,
                     reports::buildScorecardSummary(summaryData, LanguageSetup::current(), paper));
}

void LocusPage::exportScorecardCsv()
{
    const QString path = Dialogs::saveFileName(
        this, tr("Export the scorecard summary"),
        QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation) + QStringLiteral("/")
            + tr("scorecards-%1.csv").arg(year()),
        tr("CSV (*.csv)"));
    if (path.isEmpty())
        return;
    try {
        reports::exportScorecardSummaryCsv(
            reports::loadScorecardSummary(m_session.database(), year()), LanguageSetup::current(),
            path);
    } catch (const reports::ReportError &error) {
        Dialogs::error(this, tr("Not exported"), error.message());
    }
}

void LocusPage::exportScorecardXlsx()
{
    const QString path = Dialogs::saveFileName(
        this, tr("Export the scorecard summary"),
        QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation) + QStringLiteral("/")
            + tr("scorecards-%1.xlsx").arg(year()),
        tr("Excel workbook (*.xlsx)"));
    if (path.isEmpty())
        return;
    try {
        reports::exportScorecardSummaryXlsx(
            reports::loadScorecardSummary(m_session.database(), year()), LanguageSetup::current(),
            path);
    } catch (const reports::ReportError &error) {
        Dialogs::error(this, tr("Not exported"), error.message());
    }
}

void LocusPage::editSelectedEntry()
{
    const QModelIndex index = m_listView->currentIndex();
    if (!index.isValid())
        return;
    const std::int64_t id = m_listModel->item(index.row(), 0)->data(kIdRole).toLongLong();
    storage::LocusRepository repository(m_session.database());
    const auto villages = repository.villages(year());
    const auto found = std::find_if(villages.begin(), villages.end(),
                                    [id](const core::LocusVillage &v) { return v.id == id; });
    if (found == villages.end())
        return;
    LocusEntryDialog dialog(*found, villageLabel(found->village.toString()), this);
    while (dialog.exec() == QDialog::Accepted) {
        try {
            repository.updateVillage(dialog.entry());
            break;
        } catch (const storage::StorageError &error) {
            Dialogs::warning(this, tr("Entry not saved"), error.message());
            if (error.kind() != storage::StorageError::Kind::Invalid)
                break;
        }
    }
    const int row = index.row();
    m_session.notifyContentChanged();
    m_listView->selectRow(row);
}

void LocusPage::recomputeProposal()
{
    if (!m_session.isOpen())
        return;
    core::LocusWeights weights{m_weightPrevalence->value(), m_weightStunted->value(),
                               m_weightGap->value(), m_weightPoverty->value()};
    m_ranking.clear();
    if (!weights.valid()) {
        m_proposalLabel->setText(tr("Give at least one weight above zero."));
        fillProposalModel();
        return;
    }
    const auto district = storage::RegionRepository(m_session.database()).district();
    if (!district) {
        m_proposalLabel->setText(tr("The workspace has no district yet."));
        fillProposalModel();
        return;
    }
    const auto candidates = storage::LocusRepository(m_session.database())
                                .candidates(year(), m_dataYearSpin->value(), district->code);
    m_ranking = core::rankVillages(candidates, weights);
    fillProposalModel();
}

void LocusPage::fillProposalModel()
{
    const core::Language language = LanguageSetup::current();
    const int topN = m_topNSpin->value();
    const QString selected = selectedProposalCode();
    m_proposalModel->clear();
    m_proposalModel->setHorizontalHeaderLabels(
        {tr("Rank"), tr("Desa/Kelurahan"), tr("Kecamatan"), tr("Score"), tr("Prevalence"),
         tr("Stunted"), tr("Service gap"), tr("Poverty"), tr("Choice"), tr("Source of figures")});
    int taken = 0;
    int withPrevalence = 0;
    const QColor chosen(QStringLiteral("#e3f2e1"));
    const QColor leftOut(QStringLiteral("#f6e0e0"));
    for (const core::RankedVillage &r : m_ranking) {
        const std::string code = r.candidate.village.toString();
        const bool inTop = r.rank <= topN;
        const bool added = m_added.contains(code);
        const bool removed = m_removed.contains(code);
        const bool onList = (inTop && !removed) || added;
        taken += onList ? 1 : 0;
        withPrevalence += r.candidate.prevalence ? 1 : 0;
        auto part = [&](core::LocusCriterion criterion, const QString &value) {
            const core::CriterionScore &p = r.part(criterion);
            if (!p.value)
                return numberItem(tr("no data"));
            return numberItem(QStringLiteral("%1 (%2)").arg(value, pointsText(p.points)));
        };
        QString choice;
        if (added)
            choice = tr("added by hand: %1").arg(qs(m_added.at(code)));
        else if (removed)
            choice = tr("left out: %1").arg(qs(m_removed.at(code)));
        else if (inTop)
            choice = tr("top %1").arg(topN);
        QList<QStandardItem *> cells{
            numberItem(QString::number(r.rank)),
            item(qs(r.candidate.name)),
            item(kecamatanLabel(code)),
            numberItem(pointsText(r.score)),
            part(core::LocusCriterion::Prevalence,
                 reports::percentOrDash(r.candidate.prevalence, language)),
            part(core::LocusCriterion::Stunted,
                 reports::countOrDash(r.candidate.stunted, language)),
            part(core::LocusCriterion::CoverageGap,
                 reports::percentOrDash(r.candidate.coverageGap, language)),
            part(core::LocusCriterion::Poverty,
                 reports::percentOrDash(r.candidate.poverty, language)),
            item(choice),
            item(qs(r.candidate.source))};
        cells.front()->setData(qs(code), kCodeRole);
        if (onList || removed) {
            for (QStandardItem *cell : cells)
                cell->setBackground(onList ? chosen : leftOut);
        }
        m_proposalModel->appendRow(cells);
    }
    m_proposalView->resizeColumnsToContents();
    m_proposalView->horizontalHeader()->setStretchLastSection(true);
    for (int row = 0; row < m_proposalModel->rowCount(); ++row) {
        if (m_proposalModel->item(row, 0)->data(kCodeRole).toString() == selected)
            m_proposalView->selectRow(row);
    }
    if (!m_ranking.empty())
        m_proposalLabel->setText(
            tr("%1 villages ranked with the data of %2 (%3 with a prevalence figure). The list "
               "would hold %4 villages: the top %5, %6 added and %7 left out by hand. Each "
               "part shows the figure and, in brackets, the points it adds to the score (out of "
               "100).")
                .arg(m_ranking.size())
                .arg(m_dataYearSpin->value())
                .arg(withPrevalence)
                .arg(taken)
                .arg(topN)
                .arg(m_added.size())
                .arg(m_removed.size()));
}

QString LocusPage::selectedProposalCode() const
{
    const QModelIndex index = m_proposalView->currentIndex();
    if (!index.isValid())
        return {};
    return m_proposalModel->item(index.row(), 0)->data(kCodeRole).toString();
}

void LocusPage::addSelectedByHand()
{
    const QString code = selectedProposalCode();
    if (code.isEmpty())
        return;
    const std::string reason = core::trimmed(ss(m_reasonEdit->text()));
    if (reason.empty()) {
        Dialogs::warning(this, tr("Reason needed"),
                         tr("Write why this village is added by hand in the Reason field."));
        return;
    }
    const auto it = std::find_if(m_ranking.begin(), m_ranking.end(), [&](const auto &r) {
        return qs(r.candidate.village.toString()) == code;
    });
    if (it != m_ranking.end() && it->rank <= m_topNSpin->value() && !m_removed.contains(ss(code))) {
        Dialogs::information(this, tr("Already on the list"),
                             tr("This village is already in the top of the ranking."));
        return;
    }
    m_removed.erase(ss(code));
    if (it != m_ranking.end() && it->rank <= m_topNSpin->value()) {
        fillProposalModel(); // taking back a left-out village: no manual addition needed
        return;
    }
    m_added[ss(code)] = reason;
    m_reasonEdit->clear();
    fillProposalModel();
}

void LocusPage::leaveOutSelected()
{
    const QString code = selectedProposalCode();
    if (code.isEmpty())
        return;
    if (m_added.erase(ss(code)) > 0) {
        fillProposalModel();
        return;
    }
    const std::string reason = core::trimmed(ss(m_reasonEdit->text()));
    const auto it = std::find_if(m_ranking.begin(), m_ranking.end(), [&](const auto &r) {
        return qs(r.candidate.village.toString()) == code;
    });
    if (it == m_ranking.end() || it->rank > m_topNSpin->value())
        return;
    if (reason.empty()) {
        Dialogs::warning(this, tr("Reason needed"),
                         tr("Write why this village is left out in the Reason field."));
        return;
    }
    m_removed[ss(code)] = reason;
    m_reasonEdit->clear();
    fillProposalModel();
}

void LocusPage::clearSelectedChoice()
{
    const QString code = selectedProposalCode();
    m_added.erase(ss(code));
    m_removed.erase(ss(code));
    fillProposalModel();
}

void LocusPage::saveProposal()
{
    std::vector<core::ManualChoice> added;
    std::vector<core::ManualChoice> removed;
    const int topN = m_topNSpin->value();
    for (const auto &[code, reason] : m_added)
        added.push_back({core::RegionCode::fromString(code), reason});
    for (const auto &[code, reason] : m_removed) {
        const auto it = std::find_if(m_ranking.begin(), m_ranking.end(), [&](const auto &r) {
            return r.candidate.village.toString() == code;
        });
        if (it != m_ranking.end() && it->rank <= topN) // still in the top N
            removed.push_back({core::RegionCode::fromString(code), reason});
    }
    // A village added by hand that the top N now holds needs no addition.
    std::erase_if(added, [&](const core::ManualChoice &choice) {
        return std::any_of(m_ranking.begin(), m_ranking.end(), [&](const auto &r) {
            return r.candidate.village == choice.village && r.rank <= topN;
        });
    });
    core::LocusSelection selection;
    try {
        selection = core::selectVillages(year(), m_ranking, topN, added, removed);
    } catch (const core::DomainError &error) {
        Dialogs::warning(this, tr("List not saved"), QString::fromUtf8(error.what()));
        return;
    }
    if (selection.villages.empty()) {
        Dialogs::warning(this, tr("List not saved"), tr("The list would be empty."));
        return;
    }
    const core::Language language = LanguageSetup::current();
    for (core::LocusVillage &v : selection.villages) {
        if (v.origin != core::LocusOrigin::Ranked)
            continue;
        const auto it = std::find_if(m_ranking.begin(), m_ranking.end(), [&](const auto &r) {
            return r.candidate.village == v.village;
        });
        if (it != m_ranking.end())
            v.reason = ss(tr("Rank %1 of %2 in the proposal (score %3; data of %4)")
                              .arg(it->rank)
                              .arg(m_ranking.size())
                              .arg(qs(core::formatDecimal(it->score, 1, language)))
                              .arg(m_dataYearSpin->value()));
    }
    storage::LocusRepository repository(m_session.database());
    const std::size_t held = repository.count(year());
    if (held > 0
        && !Dialogs::question(this, tr("Replace the list"),
                              tr("%1 already has a list of %2 villages. Replace it with the %3 "
                                 "villages of the proposal?")
                                  .arg(year())
                                  .arg(held)
                                  .arg(selection.villages.size())))
        return;
    try {
        repository.replaceList(year(), selection.villages, selection.exclusions);
    } catch (const storage::StorageError &error) {
        Dialogs::warning(this, tr("List not saved"), error.message());
        return;
    }
    m_session.notifyContentChanged();
    m_tabs->setCurrentIndex(0);
}

void LocusPage::compareYears()
{
    if (!m_session.isOpen())
        return;
    const int from = m_compareFrom->value();
    const int to = m_compareTo->value();
    storage::LocusRepository repository(m_session.database());
    const auto a = repository.locusCodes(from);
    const auto b = repository.locusCodes(to);
    const core::LocusComparison comparison = core::compareLists({a.begin(), a.end()},
                                                                {b.begin(), b.end()});
    m_compareModel->clear();
    m_compareModel->setHorizontalHeaderLabels(
        {tr("Change"), tr("Desa/Kelurahan"), tr("Kecamatan"), tr("Code")});
    auto add = [this](const QString &word, const std::vector<core::RegionCode> &codes) {
        for (const core::RegionCode &code : codes)
            m_compareModel->appendRow({item(word), item(villageLabel(code.toString())),
                                       item(kecamatanLabel(code.toString())),
                                       item(qs(code.toString()))});
    };
    add(tr("added"), comparison.added);
    add(tr("kept"), comparison.kept);
    add(tr("removed"), comparison.removed);
    m_kecamatanModel->clear();
    m_kecamatanModel->setHorizontalHeaderLabels(
        {tr("Kecamatan"), QString::number(from), QString::number(to)});
    for (const auto &[kecamatan, counts] : comparison.perKecamatan)
        m_kecamatanModel->appendRow({item(villageLabel(kecamatan.toString())),
                                     numberItem(QString::number(counts.first)),
                                     numberItem(QString::number(counts.second))});
    m_kecamatanModel->appendRow({item(tr("Total")), numberItem(QString::number(a.size())),
                                 numberItem(QString::number(b.size()))});

    QString text = tr("%1: %2 villages; %3: %4 villages. %5 added, %6 kept, %7 removed.")
                       .arg(from)
                       .arg(a.size())
                       .arg(to)
                       .arg(b.size())
                       .arg(comparison.added.size())
                       .arg(comparison.kept.size())
                       .arg(comparison.removed.size());
    const auto district = storage::RegionRepository(m_session.database()).district();
    if (district && !a.empty()) {
        const core::PrevalenceMovement movement = core::prevalenceMovement(
            a, repository.villageFigures(from, district->code),
            repository.villageFigures(to, district->code));
        const core::Language language = LanguageSetup::current();
        if (movement.locusChange() && movement.restChange())
            text += QStringLiteral(" ")
                    + tr("Stunting prevalence of the %1 locus villages went from %2 to %3 (%4 "
                         "points); in the rest of the district from %5 to %6 (%7 points).")
                          .arg(from)
                          .arg(reports::percentOrDash(movement.locusBefore.percent, language),
                               reports::percentOrDash(movement.locusAfter.percent, language),
                               qs(core::formatDecimal(*movement.locusChange(), 1, language)),
                               reports::percentOrDash(movement.restBefore.percent, language),
                               reports::percentOrDash(movement.restAfter.percent, language),
                               qs(core::formatDecimal(*movement.restChange(), 1, language)));
        else
            text += QStringLiteral(" ")
                    + tr("Prevalence cannot be compared: figures for villages inside and outside "
                         "the list are needed in both years.");
    }
    m_movementLabel->setText(text);
}

void LocusPage::showVillage(const QString &code)
{
    m_historyList->clear();
    m_kpmNameEdit->clear();
    m_kpmPhoneEdit->clear();
    m_kpmSinceCheck->setChecked(false);
    m_kpmSinceEdit->setEnabled(false);
    m_kpmRowVersion = 0;
    {
        const QSignalBlocker blocker(m_scorecardYearCombo);
        m_scorecardYearCombo->clear();
    }
    const auto village = core::RegionCode::parse(ss(code));
    if (!m_session.isOpen() || !village) {
        reloadScorecard();
        return;
    }
    const core::Language language = LanguageSetup::current();
    storage::LocusRepository locus(m_session.database());
    for (const core::LocusVillage &v : locus.history(*village))
        m_historyList->addItem(tr("%1: rank %2, %3 \u2013 prevalence %4. %5")
                                   .arg(v.year)
                                   .arg(v.rank)
                                   .arg(reports::originText(v.origin),
                                        reports::percentOrDash(v.evidence.prevalence(), language),
                                        qs(v.reason)));
    if (m_historyList->count() == 0)
        m_historyList->addItem(tr("Never on a locus list."));
    storage::ScorecardRepository scorecards(m_session.database());
    if (const auto kpm = scorecards.kpm(*village)) {
        m_kpmNameEdit->setText(qs(kpm->name));
        m_kpmPhoneEdit->setText(qs(kpm->phone));
        m_kpmSinceCheck->setChecked(kpm->since.has_value());
        if (kpm->since)
            m_kpmSinceEdit->setDate(toQDate(*kpm->since));
        m_kpmRowVersion = kpm->rowVersion;
    }
    {
        const QSignalBlocker blocker(m_scorecardYearCombo);
        for (const core::Scorecard &card : scorecards.ofVillage(*village))
            m_scorecardYearCombo->addItem(QString::number(card.year), card.year);
        m_scorecardYearCombo->setCurrentIndex(m_scorecardYearCombo->count() - 1);
    }
    reloadScorecard();
}

void LocusPage::reloadScorecard()
{
    m_scorecardModel->clear();
    m_scorecardModel->setHorizontalHeaderLabels(
        {tr("Service package"), tr("Indicator"), tr("Target"), tr("Achieved"), tr("Coverage")});
    const bool hasCards = m_scorecardYearCombo->count() > 0;
    m_editScorecardButton->setEnabled(hasCards);
    m_removeScorecardButton->setEnabled(hasCards);
    const auto village = core::RegionCode::parse(ss(m_villageCombo->currentData().toString()));
    if (!m_session.isOpen() || !village || m_scorecardYearCombo->count() == 0) {
        m_scorecardLabel->setText(tr("No scorecard held for this village."));
        return;
    }
    const core::Language language = LanguageSetup::current();
    const auto card = storage::ScorecardRepository(m_session.database())
                          .find(*village, m_scorecardYearCombo->currentData().toInt());
    if (!card) {
        m_scorecardLabel->setText(tr("No scorecard held for this village."));
        return;
    }
    for (const core::ScorecardIndicator &i : card->indicators)
        m_scorecardModel->appendRow({item(reports::packageName(i.package)), item(qs(i.name)),
                                     numberItem(qs(core::formatInteger(i.target, language))),
                                     numberItem(qs(core::formatInteger(i.achieved, language))),
                                     numberItem(reports::percentOrDash(i.coverage(), language))});
    const core::ScorecardCoverage coverage = core::coverageOf(*card);
    QStringList parts;
    for (const core::PackageCoverage &p : coverage.packages)
        parts << QStringLiteral("%1 %2").arg(reports::packageShortName(p.package),
                                             reports::percentOrDash(p.percent, language));
    m_scorecardLabel->setText(tr("Coverage: %1. Overall %2. APBDes for stunting: %3.")
                                  .arg(parts.join(QStringLiteral(", ")),
                                       reports::percentOrDash(coverage.overall, language),
                                       card->apbdesStunting
                                           ? qs(core::formatRupiah(*card->apbdesStunting, language))
                                           : tr("not known")));
    if (auto *view = findChild<QTableView *>(QStringLiteral("scorecardView"))) {
        view->resizeColumnsToContents();
        view->horizontalHeader()->setStretchLastSection(false);
    }
}

void LocusPage::runScorecardDialog(const core::Scorecard &card, bool isNew)
{
    ScorecardDialog dialog(card, villageLabel(card.village.toString()), isNew, this);
    std::optional<int> savedYear;
    while (dialog.exec() == QDialog::Accepted) {
        try {
            savedYear =
                storage::ScorecardRepository(m_session.database()).save(dialog.scorecard()).year;
            break;
        } catch (const storage::StorageError &error) {
            Dialogs::warning(this, tr("Scorecard not saved"), error.message());
            // A broken rule (or a year the village has already) can be put right in the dialog.
            if (error.kind() != storage::StorageError::Kind::Invalid)
                break;
        }
    }
    showVillage(m_villageCombo->currentData().toString());
    if (savedYear) {
        m_scorecardYearCombo->setCurrentIndex(m_scorecardYearCombo->findData(*savedYear));
        m_session.notifyContentChanged();
    }
}

void LocusPage::newScorecard()
{
    const auto village = core::RegionCode::parse(ss(m_villageCombo->currentData().toString()));
    if (!m_session.isOpen() || !village)
        return;
    core::Scorecard card(*village, year());
    card.indicators = core::standardScorecardIndicators();
    runScorecardDialog(card, true);
}

void LocusPage::editScorecard()
{
    const auto village = core::RegionCode::parse(ss(m_villageCombo->currentData().toString()));
    if (!m_session.isOpen() || !village || m_scorecardYearCombo->count() == 0)
        return;
    const auto card = storage::ScorecardRepository(m_session.database())
                          .find(*village, m_scorecardYearCombo->currentData().toInt());
    if (card)
        runScorecardDialog(*card, false);
}

void LocusPage::removeScorecard()
{
    const auto village = core::RegionCode::parse(ss(m_villageCombo->currentData().toString()));
    if (!m_session.isOpen() || !village || m_scorecardYearCombo->count() == 0)
        return;
    storage::ScorecardRepository repository(m_session.database());
    const int cardYear = m_scorecardYearCombo->currentData().toInt();
    const auto card = repository.find(*village, cardYear);
    if (!card)
        return;
    if (!Dialogs::question(this, tr("Remove the scorecard"),
                           tr("Remove the scorecard of %1 for %2 with its %n indicator(s)?", "",
                              static_cast<int>(card->indicators.size()))
                               .arg(villageLabel(village->toString()))
                               .arg(cardYear)))
        return;
    try {
        repository.remove(card->id, card->rowVersion);
    } catch (const storage::StorageError &error) {
        Dialogs::warning(this, tr("Scorecard not removed"), error.message());
    }
    showVillage(m_villageCombo->currentData().toString());
    m_session.notifyContentChanged();
}

} // namespace konvergensi::gui

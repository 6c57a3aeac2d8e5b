// SPDX-License-Identifier: GPL-3.0-or-later
#include "gui/measurements/import_wizard.h"
#include "gui/measurements/region_mapping_dialog.h"

#include "core/format.h"
#include "gui/common/background_task.h"
#include "gui/common/date_edit.h"
#include "gui/common/dialogs.h"
#include "gui/common/file_export.h"
#include "gui/common/passphrase_dialog.h"
#include "gui/language.h"
#include "gui/workspace/workspace_session.h"
#include "qtsupport/text.h"
#include "storage/regions/region_repository.h"
#include "storage/storage_error.h"
#include "usecases/measurements/measurement_words.h"

#include <QCheckBox>
#include <QDate>
#include <QDir>
#include <QFileInfo>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QRegularExpressionValidator>
#include <QTabWidget>
#include <QTableWidget>
#include <QVBoxLayout>
#include <QWizardPage>

#include <algorithm>
#include <functional>
#include <map>

namespace konvergensi::gui::measurements {

namespace cm = core::measurements;
namespace um = usecases::measurements;

namespace {

constexpr int kSampleRows = 10;

/// A wizard page whose checks are the wizard's.
class StepPage : public QWizardPage
{
public:
    std::function<bool()> validate;
    std::function<bool()> complete;
    std::function<void()> enter;

    using QWizardPage::QWizardPage;
    void refresh() { Q_EMIT completeChanged(); }

    bool validatePage() override { return validate ? validate() : true; }
    bool isComplete() const override { return complete ? complete() : true; }
    void initializePage() override
    {
        if (enter)
            enter();
    }
};

QTableWidget *makeTable(QWidget *parent, const QString &name, const QStringList &headers)
{
    auto *table = new QTableWidget(0, static_cast<int>(headers.size()), parent);
    table->setObjectName(name);
    table->setHorizontalHeaderLabels(headers);
    table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    table->setSelectionBehavior(QAbstractItemView::SelectRows);
    table->setWordWrap(false);
    table->setTextElideMode(Qt::ElideRight);
    table->verticalHeader()->hide();
    table->verticalHeader()->setDefaultSectionSize(table->fontMetrics().height() + 6);
    table->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    table->horizontalHeader()->setStretchLastSection(true);
    return table;
}

void addRow(QTableWidget *table, const QStringList &cells)
{
    const int row = table->rowCount();
    table->insertRow(row);
    for (int column = 0; column < cells.size(); ++column) {
        auto *item = new QTableWidgetItem(cells[column]);
        item->setToolTip(cells[column]);
        table->setItem(row, column, item);
    }
}

QString number(double value)
{
    return core::anthro::isMissing(value)
               ? QStringLiteral("—")
               : qs(core::formatDecimal(value, 1, LanguageSetup::current()));
}

} // namespace

ImportWizard::ImportWizard(WorkspaceSession &session, QWidget *parent)
    : QWizard(parent)
    , m_session(session)
{
    setObjectName(QStringLiteral("measurementImportWizard"));
    setWindowTitle(tr("Import an e-PPGBM export"));
    setWizardStyle(QWizard::ClassicStyle);
    setOption(QWizard::NoBackButtonOnLastPage);
    setOption(QWizard::NoCancelButtonOnLastPage);
    // Qt ships no Indonesian for QWizard's buttons: named here, translated with ours.
    setButtonText(QWizard::BackButton, tr("< &Back"));
    setButtonText(QWizard::NextButton, tr("&Next >"));
    setButtonText(QWizard::CancelButton, tr("Cancel"));
    setButtonText(QWizard::FinishButton, tr("&Finish"));

    // 1. The file.
    auto *filePage = new StepPage(this);
    filePage->setTitle(tr("Choose the export"));
    filePage->setSubTitle(tr("The per-child export of e-PPGBM, as the health office downloads "
                             "it: XLSX, or CSV saved from Excel. Nothing is written before "
                             "you have seen what the file holds."));
    auto *fileLayout = new QVBoxLayout(filePage);
    auto *fileIntro = new QLabel(tr("The per-child export of e-PPGBM (XLSX, or CSV saved from "
                                    "Excel). Nothing is written before you have seen what the "
                                    "file holds."),
                                 filePage);
    fileIntro->setWordWrap(true);
    fileLayout->addWidget(fileIntro);
    auto *form = new QFormLayout;
    auto *fileRow = new QHBoxLayout;
    m_fileEdit = new QLineEdit(filePage);
    m_fileEdit->setObjectName(QStringLiteral("fileEdit"));
    m_fileEdit->setMaxLength(1000);
    auto *browse = new QPushButton(tr("&Choose…"), filePage);
    browse->setObjectName(QStringLiteral("chooseFileButton"));
    fileRow->addWidget(m_fileEdit, 1);
    fileRow->addWidget(browse);
    form->addRow(tr("&File:"), fileRow);
    m_roundEdit = new QLineEdit(filePage);
    m_roundEdit->setObjectName(QStringLiteral("roundEdit"));
    m_roundEdit->setPlaceholderText(tr("from the file"));
    m_roundEdit->setMaxLength(7);
    m_roundEdit->setMaximumWidth(120);
    m_roundEdit->setValidator(new QRegularExpressionValidator(
        QRegularExpression(QStringLiteral("^\\d{0,4}(-\\d{0,2})?$")), m_roundEdit));
    m_roundEdit->setToolTip(tr("The weighing round as YYYY-MM, e.g. 2024-08. Leave empty to "
                               "take it from the file's extract date or measurement dates."));
    form->addRow(tr("&Round:"), m_roundEdit);
    fileLayout->addLayout(form);
    fileLayout->addStretch(1);
    filePage->complete = [this] { return !m_fileEdit->text().trimmed().isEmpty(); };
    filePage->validate = [this] { return runPreview(); };
    connect(m_fileEdit, &QLineEdit::textChanged, filePage, &StepPage::refresh);
    connect(browse, &QPushButton::clicked, this, &ImportWizard::chooseFile);
    setPage(FilePage, filePage);

    // 2. What the file holds.
    auto *previewPage = new StepPage(this);
    previewPage->setTitle(tr("What the file holds"));
    previewPage->setCommitPage(true);
    previewPage->setButtonText(QWizard::CommitButton, tr("&Import"));
    auto *previewLayout = new QVBoxLayout(previewPage);
    m_previewSummary = new QLabel(previewPage);
    m_previewSummary->setObjectName(QStringLiteral("previewSummaryLabel"));
    m_previewSummary->setWordWrap(true);
    previewLayout->addWidget(m_previewSummary);
    auto *tabs = new QTabWidget(previewPage);
    tabs->setObjectName(QStringLiteral("previewTabs"));
    m_sampleTable = makeTable(tabs, QStringLiteral("sampleTable"),
                              {tr("Row"), tr("Desa/kelurahan"), tr("Posyandu"), tr("Sex"),
                               tr("Age (months)"), tr("Measured"), tr("Weight (kg)"),
                               tr("Length/height (cm)"), tr("Position")});
    m_problemTable = makeTable(tabs, QStringLiteral("problemTable"),
                               {tr("Row"), tr("Desa/kelurahan"), tr("Problem")});
    m_columnTable = makeTable(tabs, QStringLiteral("columnTable"),
                              {tr("Field"), tr("Header in the file")});
    tabs->addTab(m_sampleTable, tr("First rows (without names)"));
    tabs->addTab(m_problemTable, tr("Problems"));
    tabs->addTab(m_columnTable, tr("Columns found"));
    previewLayout->addWidget(tabs, 1);
    m_replaceCheck = new QCheckBox(tr("Replace the round held (its children are removed "
                                      "first)"),
                                   previewPage);
    m_replaceCheck->setObjectName(QStringLiteral("replaceCheckBox"));
    previewLayout->addWidget(m_replaceCheck);
    m_mapButton = new QPushButton(tr("&Choose the desa of unknown names…"), previewPage);
    m_mapButton->setObjectName(QStringLiteral("mapRegionsButton"));
    m_mapButton->setToolTip(tr("Tells which desa of the workspace a kecamatan/desa name of the "
                               "file means; remembered for the next file."));
    previewLayout->addWidget(m_mapButton, 0, Qt::AlignLeft);
    connect(m_mapButton, &QPushButton::clicked, this, [this, previewPage] {
        RegionMappingDialog dialog(m_session, m_preview.unmatched, this);
        if (dialog.exec() != QDialog::Accepted)
            return;
        // Judged again with the names now known (the same file: "replace" stays as ticked).
        const bool replace = m_replaceCheck->isChecked();
        if (runPreview()) {
            m_replaceCheck->setChecked(replace && m_preview.heldChildren > 0);
            fillPreview();
            previewPage->refresh();
        }
    });
    m_previewMessage = new QLabel(previewPage);
    m_previewMessage->setObjectName(QStringLiteral("previewMessageLabel"));
    m_previewMessage->setWordWrap(true);
    previewLayout->addWidget(m_previewMessage);
    previewPage->complete = [this] { return blocker().isEmpty(); };
    previewPage->validate = [this] { return runImport(); };
    previewPage->enter = [this] { fillPreview(); };
    connect(m_replaceCheck, &QCheckBox::toggled, this, [this, previewPage] {
        fillPreview();
        previewPage->refresh();
    });
    setPage(PreviewPage, previewPage);

    // 3. The result.
    auto *resultPage = new StepPage(this);
    resultPage->setTitle(tr("Imported"));
    auto *resultLayout = new QVBoxLayout(resultPage);
    m_resultLabel = new QLabel(resultPage);
    m_resultLabel->setObjectName(QStringLiteral("resultLabel"));
    m_resultLabel->setWordWrap(true);
    resultLayout->addWidget(m_resultLabel);
    resultLayout->addStretch(1);
    setPage(ResultPage, resultPage);

    resize(900, 600);
}

ImportWizard::~ImportWizard() = default;

void ImportWizard::chooseFile()
{
    const QString file = FileExport::askOpenPath(
        this, QStringLiteral("measurements-import"), tr("Choose an e-PPGBM export"),
        tr("e-PPGBM exports (*.xlsx *.csv *.xls);;All files (*)"));
    if (!file.isEmpty())
        m_fileEdit->setText(QDir::toNativeSeparators(file));
}

um::ImportOptions ImportWizard::options() const
{
    um::ImportOptions options;
    options.round = m_roundEdit->text().trimmed();
    options.replace = m_replaceCheck->isChecked();
    return options;
}

bool ImportWizard::runPreview()
{
    const QString path = QDir::fromNativeSeparators(m_fileEdit->text().trimmed());
    if (!m_roundEdit->text().trimmed().isEmpty()
        && !cm::Round::parse(m_roundEdit->text().trimmed().toStdString())) {
        Dialogs::error(this, windowTitle(),
                       tr("The round must be written YYYY-MM, for example 2024-08."));
        return false;
    }
    um::ImportPreview preview;
    const um::ImportOptions opts = options();
    BackgroundTask::Outcome outcome = BackgroundTask::Outcome::Cancelled;
    try {
        outcome = BackgroundTask::run(this, m_session,
                                      tr("Reading %1").arg(QFileInfo(path).fileName()),
                                      [&](storage::Database &db, usecases::Progress &progress) {
                                          preview = um::previewImport(db, path, opts, progress);
                                      });
    } catch (const storage::StorageError &error) {
        Dialogs::error(this, windowTitle(), error.message());
        return false;
    }
    if (outcome == BackgroundTask::Outcome::Cancelled)
        return false;
    if (!preview.error.isEmpty()) {
        Dialogs::error(this, windowTitle(), preview.error);
        return false;
    }
    m_preview = std::move(preview);
    m_previewed = true;
    m_replaceCheck->setChecked(false);
    return true;
}

QString ImportWizard::blocker() const
{
    if (!m_previewed)
        return tr("No file read yet.");
    return m_preview.blocker(m_replaceCheck->isChecked());
}

void ImportWizard::fillPreview()
{
    const um::ImportPreview &p = m_preview;
    std::map<QString, QString> villageNames;
    const core::RegionTree tree = m_session.regions().tree();
    for (const core::Region *region : tree.atLevel(core::RegionLevel::Village))
        villageNames[qs(region->code.toString())] = qs(region->name);
    const auto villageName = [&villageNames](const QString &code) {
        const auto it = villageNames.find(code);
        return it == villageNames.end() ? code : it->second;
    };
    const core::Language language = LanguageSetup::current();
    QString summary = tr("%1: header on row %2").arg(p.fileName).arg(p.headerLine);
    if (!p.extractDate.isEmpty())
        summary += tr(", extract date %1")
                       .arg(DateEdit::displayText(QDate::fromString(p.extractDate, Qt::ISODate)));
    summary += u'.' + QStringLiteral("\n")
               + tr("Round %1. Rows read: %2; kept: %3; skipped: %4. Puskesmas: %5, posyandu: %6.")
                     .arg(p.round.isEmpty() ? QStringLiteral("?") : um::roundText(p.round),
                          qs(core::formatInteger(p.rowsRead, language)),
                          qs(core::formatInteger(p.kept, language)),
                          qs(core::formatInteger(p.skippedTotal(), language)))
                     .arg(p.puskesmas.size())
                     .arg(p.posyandu.size());
    m_previewSummary->setText(summary);

    m_columnTable->setRowCount(0);
    for (const auto &[key, header] : p.columns) {
        const auto column = um::columnOfKey(key);
        addRow(m_columnTable, {column ? um::columnText(*column) : key, header});
    }

    m_sampleTable->setRowCount(0);
    const auto &kept = p.toStore.measurements;
    for (std::size_t i = 0; i < kept.size() && i < kSampleRows; ++i) {
        const storage::NewMeasurement &m = kept[i];
        addRow(m_sampleTable,
               {QString::number(m.fileRow), villageName(m.villageCode), m.posyandu,
                m.sex == 1   ? tr("M")
                : m.sex == 2 ? tr("F")
                             : QStringLiteral("—"),
                QString::number(static_cast<int>(m.ageDays / 30.4375)),
                DateEdit::shortDisplayText(QDate::fromString(m.measureDate, Qt::ISODate)),
                number(m.weight), number(m.lenhei),
                m.measure == QLatin1String("l")   ? tr("lying")
                : m.measure == QLatin1String("h") ? tr("standing")
                                                  : QStringLiteral("—")});
    }

    // Every problem row in file order.
    std::vector<std::pair<int, QStringList>> problems;
    for (const um::UnmatchedRegion &u : p.unmatched) {
        for (const int row : u.rows)
            problems.emplace_back(
                row, QStringList{QString::number(row), u.desa,
                                 tr("Kecamatan \"%1\", desa \"%2\" match no desa of the workspace")
                                     .arg(u.kecamatan, u.desa)});
    }
    for (const um::RowOutcome &outcome : p.outcomes) {
        if (outcome.skip == cm::SkipReason::None)
            continue;
        QString reason = um::skipReasonText(outcome.skip);
        if (outcome.duplicateOf > 0)
            reason += tr(" (row %1)").arg(outcome.duplicateOf);
        problems.emplace_back(outcome.line, QStringList{QString::number(outcome.line),
                                                        villageName(outcome.villageCode), reason});
    }
    std::stable_sort(problems.begin(), problems.end(),
                     [](const auto &a, const auto &b) { return a.first < b.first; });
    m_problemTable->setRowCount(0);
    for (const auto &[line, cells] : problems)
        addRow(m_problemTable, cells);

    m_replaceCheck->setVisible(p.heldChildren > 0);
    m_mapButton->setVisible(!p.unmatched.empty());
    const QString blocked = blocker();
    m_previewMessage->setText(
        blocked.isEmpty()
            ? tr("Nothing has been written yet. Import stores the %n child measurement(s) as "
                 "one round; it can be cancelled until it is done.",
                 nullptr, p.kept)
            : blocked);
    m_previewMessage->setStyleSheet(blocked.isEmpty() ? QString()
                                                      : QStringLiteral("color: #b00020;"));
}

bool ImportWizard::runImport()
{
    if (!blocker().isEmpty())
        return false;
    if (!ensureIdentitiesUnlocked(this, m_session.database()))
        return false;
    const um::ImportOptions opts = options();
    BackgroundTask::Outcome outcome = BackgroundTask::Outcome::Cancelled;
    try {
        outcome = BackgroundTask::run(this, m_session, tr("Importing %1").arg(m_preview.fileName),
                                      [&](storage::Database &db, usecases::Progress &progress) {
                                          um::commitImport(db, m_preview, opts, progress);
                                      });
    } catch (const storage::StorageError &error) {
        Dialogs::error(this, windowTitle(), tr("Nothing was imported: %1").arg(error.message()));
        return false;
    }
    if (outcome == BackgroundTask::Outcome::Cancelled) {
        m_previewMessage->setText(tr("The import was cancelled; nothing was written."));
        return false;
    }
    m_imported = m_preview.round;
    m_resultLabel->setText(
        tr("The round %1 holds %n child measurement(s) from %2.", nullptr, m_preview.kept)
            .arg(um::roundText(m_imported), m_preview.fileName)
        + u'\n'
        + tr("%n row(s) of the file were skipped; they are counted per area.", nullptr,
             m_preview.skippedTotal()));
    return true;
}

} // namespace konvergensi::gui::measurements

// SPDX-License-Identifier: GPL-3.0-or-later
#include "gui/case_audit/case_audit_page.h"
#include "gui/common/passphrase_dialog.h"

#include "gui/case_audit/audit_case_dialog.h"
#include "gui/case_audit/audit_round_dialog.h"
#include "gui/case_audit/case_audit_models.h"
#include "gui/case_audit/case_audit_summary.h"
#include "gui/common/background_task.h"
#include "gui/common/dialogs.h"
#include "gui/common/file_export.h"
#include "gui/common/print_preview.h"
#include "gui/common/reload_when_shown.h"
#include "gui/language.h"
#include "gui/workspace/workspace_session.h"
#include "qtsupport/text.h"
#include "reports/case_audit/case_audit_words.h"
#include "storage/case_audit/case_audit_repository.h"
#include "storage/database.h"
#include "storage/identity_vault.h"
#include "storage/storage_error.h"
#include "usecases/case_audit/case_audit_cases.h"
#include "usecases/case_audit/case_audit_documents.h"
#include "usecases/case_audit/case_audit_refused.h"
#include "usecases/case_audit/case_audit_rounds.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QScrollArea>
#include <QSortFilterProxyModel>
#include <QSplitter>
#include <QTableView>
#include <QVBoxLayout>

#include <optional>

namespace konvergensi::gui {

namespace cases = usecases::case_audit;

namespace {

QPushButton *button(QWidget *parent, const QString &text, const QString &name)
{
    auto *b = new QPushButton(text, parent);
    b->setObjectName(name);
    return b;
}

/// The words of a failure of the work behind a button; false when `work` threw.
template<typename Work>
bool attempt(QWidget *parent, const QString &title, Work &&work)
{
    try {
        work();
        return true;
    } catch (const storage::StorageError &error) {
        Dialogs::error(parent, title, error.message());
    } catch (const reports::ReportError &error) {
        Dialogs::error(parent, title, error.message());
    } catch (const cases::Refused &refused) {
        Dialogs::error(parent, title, refused.message());
    }
    return false;
}

} // namespace

CaseAuditPage::CaseAuditPage(WorkspaceSession &session, QWidget *parent)
    : QWidget(parent)
    , m_session(session)
{
    setObjectName(QStringLiteral("caseAuditPage"));
    auto *layout = new QVBoxLayout(this);
    auto *title = new QLabel(tr("Stunting Case Audit"), this);
    QFont font = title->font();
    font.setPointSizeF(font.pointSizeF() * 1.4);
    font.setBold(true);
    title->setFont(font);
    layout->addWidget(title);

    auto *roundRow = new QHBoxLayout;
    auto *roundLabel = new QLabel(tr("Audit &round:"), this);
    roundRow->addWidget(roundLabel);
    m_roundCombo = new QComboBox(this);
    m_roundCombo->setObjectName(QStringLiteral("roundComboBox"));
    m_roundCombo->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_roundCombo->setMinimumContentsLength(36);
    roundLabel->setBuddy(m_roundCombo);
    roundRow->addWidget(m_roundCombo, 1);
    auto *newRoundButton = button(this, tr("&New round…"), QStringLiteral("newRoundButton"));
    m_editRoundButton = button(this, tr("&Edit round…"), QStringLiteral("editRoundButton"));
    roundRow->addWidget(newRoundButton);
    roundRow->addWidget(m_editRoundButton);
    layout->addLayout(roundRow);

    m_roundInfo = new QLabel(this);
    m_roundInfo->setObjectName(QStringLiteral("roundInfoLabel"));
    m_roundInfo->setWordWrap(true);
    m_roundInfo->setTextFormat(Qt::RichText);
    layout->addWidget(m_roundInfo);

    auto *splitter = new QSplitter(Qt::Horizontal, this);
    auto *casesPane = new QWidget(splitter);
    auto *casesLayout = new QVBoxLayout(casesPane);
    casesLayout->setContentsMargins(0, 0, 0, 0);
    auto *privacy = new QLabel(tr("Cases are listed with initials and age only. Open a case "
                                  "to see its identity; every look is logged."),
                               casesPane);
    privacy->setWordWrap(true);
    casesLayout->addWidget(privacy);
    m_protectionLabel = new QLabel(casesPane);
    m_protectionLabel->setObjectName(QStringLiteral("identityProtectionLabel"));
    m_protectionLabel->setWordWrap(true);
    casesLayout->addWidget(m_protectionLabel);
    m_caseModel = new CaseListModel(this);
    m_caseProxy = new QSortFilterProxyModel(this);
    m_caseProxy->setSourceModel(m_caseModel);
    m_caseProxy->setSortRole(CaseListModel::SortRole);
    m_caseView = new QTableView(casesPane);
    m_caseView->setObjectName(QStringLiteral("caseView"));
    m_caseView->setModel(m_caseProxy);
    m_caseView->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_caseView->setSelectionMode(QAbstractItemView::SingleSelection);
    m_caseView->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_caseView->setSortingEnabled(true);
    m_caseView->sortByColumn(CaseListModel::NumberColumn, Qt::AscendingOrder);
    m_caseView->verticalHeader()->hide();
    m_caseView->setWordWrap(false);
    m_caseView->setTextElideMode(Qt::ElideRight);
    // The room goes to the texts (desa, finding), not to the numbers.
    auto *header = m_caseView->horizontalHeader();
    header->setStretchLastSection(false);
    for (int column :
         {CaseListModel::NumberColumn, CaseListModel::InitialsColumn, CaseListModel::AgeColumn,
          CaseListModel::RiskFactorsColumn, CaseListModel::FollowUpsColumn})
        header->setSectionResizeMode(column, QHeaderView::ResizeToContents);
    header->setSectionResizeMode(CaseListModel::TargetGroupColumn, QHeaderView::Interactive);
    header->setSectionResizeMode(CaseListModel::VillageColumn, QHeaderView::Interactive);
    header->resizeSection(CaseListModel::TargetGroupColumn, 125);
    header->resizeSection(CaseListModel::VillageColumn, 115);
    header->setSectionResizeMode(CaseListModel::FindingColumn, QHeaderView::Stretch);
    casesLayout->addWidget(m_caseView, 1);

    m_summaryLabel = new QLabel;
    m_summaryLabel->setObjectName(QStringLiteral("summaryLabel"));
    m_summaryLabel->setWordWrap(true);
    m_summaryLabel->setTextFormat(Qt::RichText);
    m_summaryLabel->setAlignment(Qt::AlignTop | Qt::AlignLeft);
    m_summaryLabel->setMargin(6);
    auto *summaryScroll = new QScrollArea(splitter);
    summaryScroll->setObjectName(QStringLiteral("summaryScrollArea"));
    summaryScroll->setWidgetResizable(true);
    summaryScroll->setWidget(m_summaryLabel);
    summaryScroll->setMinimumWidth(240);
    splitter->addWidget(casesPane);
    splitter->addWidget(summaryScroll);
    splitter->setStretchFactor(0, 3);
    splitter->setStretchFactor(1, 1);
    layout->addWidget(splitter, 1);

    auto *buttons = new QHBoxLayout;
    m_newCaseButton = button(this, tr("New &case…"), QStringLiteral("newCaseButton"));
    m_openCaseButton = button(this, tr("&Open case…"), QStringLiteral("openCaseButton"));
    m_removeCaseButton = button(this, tr("Remove case"), QStringLiteral("removeCaseButton"));
    m_printButton = button(this, tr("&Print round report…"), QStringLiteral("printReportButton"));
    m_pdfButton = button(this, tr("Report as PD&F…"), QStringLiteral("reportPdfButton"));
    m_exportButton = button(this, tr("E&xport XLSX/CSV…"), QStringLiteral("exportButton"));
    for (auto *b : {m_newCaseButton, m_openCaseButton, m_removeCaseButton})
        buttons->addWidget(b);
    buttons->addStretch();
    for (auto *b : {m_printButton, m_pdfButton, m_exportButton})
        buttons->addWidget(b);
    layout->addLayout(buttons);

    connect(newRoundButton, &QPushButton::clicked, this, [this] { newRound(); });
    connect(m_editRoundButton, &QPushButton::clicked, this, [this] { editRound(); });
    connect(m_newCaseButton, &QPushButton::clicked, this, [this] { newCase(); });
    connect(m_openCaseButton, &QPushButton::clicked, this, [this] { openSelectedCase(); });
    connect(m_caseView, &QTableView::doubleClicked, this, [this] { openSelectedCase(); });
    connect(m_removeCaseButton, &QPushButton::clicked, this, &CaseAuditPage::removeSelectedCase);
    connect(m_printButton, &QPushButton::clicked, this, &CaseAuditPage::printReport);
    connect(m_pdfButton, &QPushButton::clicked, this, [this] { saveReportPdf(); });
    connect(m_exportButton, &QPushButton::clicked, this, [this] { exportRound(); });
    connect(m_roundCombo, &QComboBox::currentIndexChanged, this, [this] { reloadRound(); });
    connect(m_caseView->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            &CaseAuditPage::updateButtons);
    ReloadWhenShown::attach(this, session,
                            usecases::Topic::CaseAudit | usecases::Topic::FollowUps
                                | usecases::Topic::Meetings | usecases::Topic::Regions,
                            [this] { reload(); });
    reload();
}

CaseAuditPage::~CaseAuditPage() = default;

void CaseAuditPage::reload()
{
    if (m_session.isOpen()) {
        const bool protectedIdentities = storage::IdentityVault(m_session.database()).isProtected();
        m_protectionLabel->setText(
            protectedIdentities
                ? tr("Identities are encrypted with the workspace passphrase.")
                : tr("Identities are NOT protected: they are stored unencrypted in the workspace "
                     "file. An administrator can set a passphrase (Berkas > Lindungi "
                     "identitas…)."));
    }
    reloadRounds();
}

void CaseAuditPage::reloadRounds()
{
    const std::int64_t keep = currentRoundId();
    {
        const QSignalBlocker blocker(m_roundCombo);
        m_roundCombo->clear();
        if (m_session.isOpen()) {
            for (const auto &r : cases::listRounds(m_session.database())) {
                const QString label = reports::auditRoundLabel(r.year, r.semester)
                                      + QStringLiteral(" — ") + qs(r.title);
                m_roundCombo->addItem(label, QVariant::fromValue<qint64>(r.id));
                m_roundCombo->setItemData(m_roundCombo->count() - 1, label, Qt::ToolTipRole);
            }
        }
        const int index = m_roundCombo->findData(QVariant::fromValue<qint64>(keep));
        m_roundCombo->setCurrentIndex(index >= 0 ? index : (m_roundCombo->count() > 0 ? 0 : -1));
    }
    reloadRound();
}

std::int64_t CaseAuditPage::currentRoundId() const
{
    return m_roundCombo->currentIndex() >= 0 ? m_roundCombo->currentData().toLongLong() : 0;
}

void CaseAuditPage::selectRound(std::int64_t id)
{
    const int index = m_roundCombo->findData(QVariant::fromValue<qint64>(id));
    if (index >= 0)
        m_roundCombo->setCurrentIndex(index);
}

std::int64_t CaseAuditPage::selectedCaseId() const
{
    const auto rows = m_caseView->selectionModel()->selectedRows();
    if (rows.isEmpty())
        return 0;
    return rows.first().data(CaseListModel::IdRole).toLongLong();
}

void CaseAuditPage::selectCase(std::int64_t id)
{
    const int row = m_caseModel->rowOf(id);
    if (row < 0) {
        m_caseView->clearSelection();
        return;
    }
    const auto index = m_caseProxy->mapFromSource(m_caseModel->index(row, 0));
    m_caseView->selectRow(index.row());
    m_caseView->scrollTo(index);
}

void CaseAuditPage::reloadRound()
{
    const std::int64_t selected = selectedCaseId();
    const std::int64_t roundId = currentRoundId();
    const auto language = LanguageSetup::current();
    std::optional<cases::RoundOverview> overview;
    if (m_session.isOpen() && roundId != 0)
        overview = cases::roundOverview(m_session.database(), roundId);
    if (!overview) {
        m_caseModel->setCases({}, language);
        m_roundInfo->setText(m_session.isOpen() && m_roundCombo->count() == 0
                                 ? tr("No audit round yet. Start with “New round…”.")
                                 : QString());
        m_summaryLabel->clear();
        updateButtons();
        return;
    }
    m_roundInfo->setText(roundInfoHtml(*overview, language));
    m_caseModel->setCases(cases::casesOfRound(m_session.database(), roundId), language);
    selectCase(selected); // the selection and the sort survive a reload
    m_summaryLabel->setText(roundSummaryHtml(*overview, language));
    updateButtons();
}

void CaseAuditPage::updateButtons()
{
    const bool round = m_session.isOpen() && currentRoundId() != 0;
    const bool selected = round && selectedCaseId() != 0;
    for (auto *b : {m_editRoundButton, m_newCaseButton, m_printButton, m_pdfButton, m_exportButton})
        b->setEnabled(round);
    m_openCaseButton->setEnabled(selected);
    m_removeCaseButton->setEnabled(selected);
}

template<typename Dialog>
Dialog *CaseAuditPage::openDialog(Dialog *dialog)
{
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->open();
    return dialog;
}

AuditRoundDialog *CaseAuditPage::newRound()
{
    if (!m_session.isOpen())
        return nullptr;
    auto *dialog = new AuditRoundDialog(
        m_session, cases::proposeRound(m_session.database().clock().today()), this);
    connect(dialog, &QDialog::accepted, this, [this, dialog] { selectRound(dialog->saved().id); });
    m_roundDialog = dialog;
    return openDialog(dialog);
}

AuditRoundDialog *CaseAuditPage::editRound()
{
    const auto id = currentRoundId();
    if (id == 0)
        return nullptr;
    const auto round = storage::CaseAuditRepository(m_session.database()).findRound(id);
    if (!round) {
        reload();
        return nullptr;
    }
    auto *dialog = new AuditRoundDialog(m_session, *round, this);
    m_roundDialog = dialog;
    return openDialog(dialog);
}

AuditCaseDialog *CaseAuditPage::newCase()
{
    const auto roundId = currentRoundId();
    if (roundId == 0)
        return nullptr;
    core::AuditCase c;
    c.roundId = roundId;
    c.assessedOn = m_session.database().clock().today();
    auto *dialog = new AuditCaseDialog(m_session, c, this);
    connect(dialog, &QDialog::accepted, this, [this, dialog] { selectCase(dialog->saved().id); });
    m_caseDialog = dialog;
    return openDialog(dialog);
}

AuditCaseDialog *CaseAuditPage::openSelectedCase()
{
    const auto id = selectedCaseId();
    if (id == 0)
        return nullptr;
    const auto c = storage::CaseAuditRepository(m_session.database()).findCase(id);
    if (!c) {
        reloadRound();
        return nullptr;
    }
    auto *dialog = new AuditCaseDialog(m_session, *c, this);
    m_caseDialog = dialog;
    return openDialog(dialog);
}

void CaseAuditPage::removeSelectedCase()
{
    const auto id = selectedCaseId();
    if (id == 0)
        return;
    if (!Dialogs::question(this, tr("Remove case"),
                           tr("Remove the selected case with its risk factors and follow-ups? "
                              "Its number is not given to another case.")))
        return;
    attempt(this, tr("Remove case"), [&] { cases::removeCase(m_session.database(), id); });
    m_session.notifyChanged(usecases::Topic::CaseAudit | usecases::Topic::FollowUps);
}

void CaseAuditPage::printReport()
{
    const auto id = currentRoundId();
    if (id == 0)
        return;
    std::optional<reports::ReportDocument> document;
    const auto language = LanguageSetup::current();
    const bool built = attempt(this, tr("Print"), [&] {
        BackgroundTask::run(this, m_session, tr("Preparing the round report…"),
                            [&](storage::Database &db, usecases::Progress &progress) {
                                document = cases::roundReport(db, id, language, progress);
                            });
    });
    if (built && document)
        showPrintPreview(this, *document);
}

QString CaseAuditPage::saveReportPdf()
{
    const auto id = currentRoundId();
    if (id == 0)
        return {};
    const auto round = storage::CaseAuditRepository(m_session.database()).findRound(id);
    if (!round)
        return {};
    const QString path = FileExport::askSavePath(
        this, QStringLiteral("case-audit-report"), tr("Save the round report as PDF"),
        cases::reportBaseName(round->year, round->semester), {QStringLiteral("pdf")});
    if (path.isEmpty())
        return {};
    const auto language = LanguageSetup::current();
    auto outcome = BackgroundTask::Outcome::Cancelled;
    const bool written = attempt(this, tr("Report as PDF"), [&] {
        outcome = BackgroundTask::run(this, m_session, tr("Writing the round report…"),
                                      [&](storage::Database &db, usecases::Progress &progress) {
                                          cases::writeRoundReportPdf(db, id, path, language,
                                                                     progress);
                                      });
    });
    if (!written || outcome != BackgroundTask::Outcome::Finished)
        return {};
    FileExport::announceWritten(this, path);
    return path;
}

QString CaseAuditPage::exportRound()
{
    const auto id = currentRoundId();
    if (id == 0)
        return {};
    const auto round = storage::CaseAuditRepository(m_session.database()).findRound(id);
    if (!round)
        return {};
    const bool identity = Dialogs::question(
        this, tr("Export"),
        tr("Include the identity of the cases (names, NIK, birth dates, parents or partner)?\n\n"
           "Choose No for files that are shared. With Yes the file is marked as containing "
           "personal data and the export is recorded in the audit log."));
    const QString path = FileExport::askSavePath(
        this, QStringLiteral("case-audit-export"), tr("Export audit round"),
        cases::exportBaseName(round->year, round->semester, identity),
        {QStringLiteral("xlsx"), QStringLiteral("csv")});
    if (path.isEmpty())
        return {};
    if (identity && !ensureIdentitiesUnlocked(this, m_session.database()))
        return {};
    const auto language = LanguageSetup::current();
    auto outcome = BackgroundTask::Outcome::Cancelled;
    const bool written = attempt(this, tr("Export"), [&] {
        outcome = BackgroundTask::run(this, m_session, tr("Exporting the audit round…"),
                                      [&](storage::Database &db, usecases::Progress &progress) {
                                          cases::exportRound(db, id, path, identity, language,
                                                             progress);
                                      });
    });
    if (!written || outcome != BackgroundTask::Outcome::Finished)
        return {};
    FileExport::announceWritten(this, path);
    return path;
}

} // namespace konvergensi::gui

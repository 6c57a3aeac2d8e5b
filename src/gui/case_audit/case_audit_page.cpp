// SPDX-License-Identifier: GPL-3.0-or-later
#include "gui/case_audit/case_audit_page.h"
#include "gui/common/passphrase_dialog.h"

#include "gui/case_audit/audit_case_dialog.h"
#include "gui/case_audit/audit_round_dialog.h"
#include "gui/common/dialogs.h"
#include "gui/common/print_preview.h"
#include "gui/language.h"
#include "gui/logging.h"
#include "gui/workspace/workspace_session.h"
#include "qtsupport/text.h"

#include "core/case_audit/case_audit.h"
#include "core/clock.h"
#include "core/followups/follow_up.h"
#include "core/meetings/meeting.h"
#include "reports/case_audit/case_audit_report.h"
#include "storage/case_audit/case_audit_repository.h"
#include "storage/database.h"
#include "storage/followups/follow_up_repository.h"
#include "storage/identity_vault.h"
#include "storage/meetings/meeting_repository.h"
#include "storage/storage_error.h"

#include <QComboBox>
#include <QDir>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QSplitter>
#include <QStandardItemModel>
#include <QTableView>
#include <QVBoxLayout>

#include <map>

namespace konvergensi::gui {

namespace {

QPushButton *button(QWidget *parent, const QString &text, const QString &name)
{
    auto *b = new QPushButton(text, parent);
    b->setObjectName(name);
    return b;
}

std::vector<std::pair<std::int64_t, QString>> meetingChoices(storage::Database &db)
{
    std::vector<std::pair<std::int64_t, QString>> dissemination, other;
    const auto language = LanguageSetup::current();
    for (const auto &m : storage::MeetingRepository(db).list()) {
        const QString label = qs(core::formatDate(m.date, language)) + QStringLiteral(" — ")
                              + qs(m.title);
        if (m.kind == core::MeetingKind::AksDissemination
            || m.title.find("Audit Kasus Stunting") != std::string::npos)
            dissemination.emplace_back(m.id, label);
        else
            other.emplace_back(m.id, label);
    }
    dissemination.insert(dissemination.end(), other.begin(), other.end());
    return dissemination;
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
    roundRow->addWidget(new QLabel(tr("Audit &round:"), this));
    m_roundCombo = new QComboBox(this);
    m_roundCombo->setObjectName(QStringLiteral("roundComboBox"));
    m_roundCombo->setMinimumWidth(320);
    static_cast<QLabel *>(roundRow->itemAt(0)->widget())->setBuddy(m_roundCombo);
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
    m_caseModel = new QStandardItemModel(0, 8, this);
    m_caseModel->setHorizontalHeaderLabels({tr("No"), tr("Target group"), tr("Desa"),
                                            tr("Initials"), tr("Age"), tr("Finding"),
                                            tr("Risk factors"), tr("Follow-ups done")});
    m_caseView = new QTableView(casesPane);
    m_caseView->setObjectName(QStringLiteral("caseView"));
    m_caseView->setModel(m_caseModel);
    m_caseView->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_caseView->setSelectionMode(QAbstractItemView::SingleSelection);
    m_caseView->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_caseView->verticalHeader()->hide();
    m_caseView->horizontalHeader()->setStretchLastSection(false);
    m_caseView->horizontalHeader()->setSectionResizeMode(5, QHeaderView::Stretch);
    m_caseView->setWordWrap(false);
    casesLayout->addWidget(m_caseView, 1);
    auto *caseButtons = new QHBoxLayout;
    m_newCaseButton = button(casesPane, tr("New &case…"), QStringLiteral("newCaseButton"));
    m_openCaseButton = button(casesPane, tr("&Open case…"), QStringLiteral("openCaseButton"));
    m_removeCaseButton = button(casesPane, tr("Remove case"), QStringLiteral("removeCaseButton"));
    caseButtons->addWidget(m_newCaseButton);
    caseButtons->addWidget(m_openCaseButton);
    caseButtons->addWidget(m_removeCaseButton);
    caseButtons->addStretch();
    m_printButton = button(casesPane, tr("&Print round report…"),
                           QStringLiteral("printReportButton"));
    m_pdfButton = button(casesPane, tr("Report as PD&F…"), QStringLiteral("reportPdfButton"));
    m_exportButton = button(casesPane, tr("E&xport XLSX…"), QStringLiteral("exportButton"));
    caseButtons->addWidget(m_printButton);
    caseButtons->addWidget(m_pdfButton);
    caseButtons->addWidget(m_exportButton);
    casesLayout->addLayout(caseButtons);

    m_summaryLabel = new QLabel(splitter);
    m_summaryLabel->setObjectName(QStringLiteral("summaryLabel"));
    m_summaryLabel->setWordWrap(true);
    m_summaryLabel->setTextFormat(Qt::RichText);
    m_summaryLabel->setAlignment(Qt::AlignTop | Qt::AlignLeft);
    m_summaryLabel->setMinimumWidth(260);
    splitter->addWidget(casesPane);
    splitter->addWidget(m_summaryLabel);
    splitter->setStretchFactor(0, 3);
    splitter->setStretchFactor(1, 1);
    layout->addWidget(splitter, 1);

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
    connect(&m_session, &WorkspaceSession::workspaceChanged, this, &CaseAuditPage::reload);
    connect(&m_session, &WorkspaceSession::contentChanged, this, &CaseAuditPage::reload);
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
    updateOverdueCount();
}

void CaseAuditPage::updateOverdueCount()
{
    int total = 0;
    if (m_session.isOpen()) {
        try {
            total = storage::FollowUpRepository(m_session.database())
                        .overdueCount(std::string(core::follow_up_owner::kAuditCase));
        } catch (const storage::StorageError &) {
            qCWarning(lcGui) << "case audit page: overdue count not read";
        }
    }
    if (total != m_overdueCount) {
        m_overdueCount = total;
        Q_EMIT overdueCountChanged(total);
    }
}

void CaseAuditPage::reloadRounds()
{
    const std::int64_t keep = currentRoundId();
    const QSignalBlocker blocker(m_roundCombo);
    m_roundCombo->clear();
    if (m_session.isOpen()) {
        for (const auto &r : storage::CaseAuditRepository(m_session.database()).rounds())
            m_roundCombo->addItem(reports::auditRoundLabel(r.year, r.semester)
                                      + QStringLiteral(" — ") + qs(r.title),
                                  QVariant::fromValue<qint64>(r.id));
    }
    const int index = m_roundCombo->findData(QVariant::fromValue<qint64>(keep));
    m_roundCombo->setCurrentIndex(index >= 0 ? index : (m_roundCombo->count() > 0 ? 0 : -1));
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
    return m_caseModel->item(rows.first().row(), 0)->data(Qt::UserRole).toLongLong();
}

void CaseAuditPage::reloadRound()
{
    m_caseModel->removeRows(0, m_caseModel->rowCount());
    const std::int64_t roundId = currentRoundId();
    if (!m_session.isOpen() || roundId == 0) {
        m_roundInfo->setText(tr("No audit round yet. Start with “New round…”."));
        m_summaryLabel->clear();
        updateButtons();
        return;
    }
    const auto language = LanguageSetup::current();
    storage::CaseAuditRepository repo(m_session.database());
    const auto round = repo.findRound(roundId);
    if (!round) {
        updateButtons();
        return;
    }
    QString meeting = tr("not yet linked to a meeting");
    if (round->disseminationMeetingId)
        if (const auto m = storage::MeetingRepository(m_session.database())
                               .find(*round->disseminationMeetingId))
            meeting = qs(core::formatLongDate(m->date, language)) + QStringLiteral(", ")
                      + qs(m->title).toHtmlEscaped();
    QStringList steps;
    for (const auto &s : round->steps)
        steps << reports::auditStepName(s.kind) + QStringLiteral(": ")
                     + reports::auditStepStatusName(s.status);
    int experts = 0;
    for (const auto &m : round->team)
        experts += m.expert ? 1 : 0;
    m_roundInfo->setText(
        tr("<b>Dissemination:</b> %1<br><b>Team:</b> %2 members, %3 on the expert panel<br>"
           "<b>Steps:</b> %4")
            .arg(meeting)
            .arg(round->team.size())
            .arg(experts)
            .arg(steps.join(QStringLiteral(" · ")).toHtmlEscaped()));

    for (const auto &e : repo.listCases(roundId)) {
        QList<QStandardItem *> row;
        auto *number = new QStandardItem(qs(e.caseNumber));
        number->setData(QVariant::fromValue<qint64>(e.id), Qt::UserRole);
        row << number << new QStandardItem(reports::auditTargetGroupName(e.targetGroup))
            << new QStandardItem(qs(e.desaName.empty() ? e.desaCode : e.desaName))
            << new QStandardItem(qs(e.initials))
            << new QStandardItem(e.ageMonths ? qs(core::ageLabelFromMonths(*e.ageMonths, language))
                                             : QString())
            << new QStandardItem(qs(e.finding))
            << new QStandardItem(QString::number(e.riskFactorCount))
            << new QStandardItem(QStringLiteral("%1 / %2").arg(e.followUpsDone).arg(e.followUps));
        row.last()->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
        row[6]->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
        m_caseModel->appendRow(row);
    }
    m_caseView->resizeColumnsToContents();
    m_caseView->horizontalHeader()->setSectionResizeMode(5, QHeaderView::Stretch);

    const auto summary = repo.summary(roundId);
    std::map<std::int64_t, std::string> labels;
    for (const auto &f : repo.riskFactors())
        labels[f.id] = f.label;
    QString html = QStringLiteral("<h3>") + tr("Summary") + QStringLiteral("</h3>");
    html += QStringLiteral("<p><b>") + tr("Cases: %1").arg(summary.cases)
            + QStringLiteral("</b></p><p>");
    for (auto g : core::allAuditTargetGroups()) {
        const auto it = summary.byTargetGroup.find(g);
        html += reports::auditTargetGroupName(g).toHtmlEscaped() + QStringLiteral(": ")
                + QString::number(it == summary.byTargetGroup.end() ? 0 : it->second)
                + QStringLiteral("<br>");
    }
    html += QStringLiteral("</p><p><b>") + tr("Most frequent risk factors")
            + QStringLiteral("</b><br>");
    for (const auto &[id, count] : summary.topRiskFactors)
        html += qs(labels[id]).toHtmlEscaped() + QStringLiteral(" (") + QString::number(count)
                + QStringLiteral(")<br>");
    const auto completion = summary.completionPercent();
    html += QStringLiteral("</p><p><b>") + tr("Follow-ups") + QStringLiteral("</b><br>")
            + tr("%1 done of %2 (%3), %4 overdue")
                  .arg(summary.followUpsDone)
                  .arg(summary.followUps - summary.followUpsDropped)
                  .arg(completion ? qs(core::formatPercent(*completion, 0, language))
                                  : QStringLiteral("–"))
                  .arg(summary.followUpsOverdue)
            + QStringLiteral("</p>");
    m_summaryLabel->setText(html);
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

AuditRoundDialog *CaseAuditPage::newRound()
{
    if (!m_session.isOpen())
        return nullptr;
    const auto today = m_session.database().clock().today();
    auto round = core::newAuditRound(today.year(), today.month() <= 6 ? 1 : 2);
    round.title = ss(
        tr("Stunting case audit %1").arg(reports::auditRoundLabel(round.year, round.semester)));
    auto *dialog = new AuditRoundDialog(round, meetingChoices(m_session.database()), this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setSaver([this](const core::AuditRound &r) {
        return storage::CaseAuditRepository(m_session.database()).addRound(r);
    });
    connect(dialog, &QDialog::accepted, this, [this, dialog] {
        reloadRounds();
        selectRound(dialog->saved().id);
    });
    m_roundDialog = dialog;
    dialog->open();
    return dialog;
}

AuditRoundDialog *CaseAuditPage::editRound()
{
    const auto id = currentRoundId();
    if (id == 0)
        return nullptr;
    const auto round = storage::CaseAuditRepository(m_session.database()).findRound(id);
    if (!round)
        return nullptr;
    auto *dialog = new AuditRoundDialog(*round, meetingChoices(m_session.database()), this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setSaver([this](const core::AuditRound &r) {
        return storage::CaseAuditRepository(m_session.database()).updateRound(r);
    });
    connect(dialog, &QDialog::accepted, this, [this, dialog] {
        reloadRounds();
        selectRound(dialog->saved().id);
    });
    m_roundDialog = dialog;
    dialog->open();
    return dialog;
}

AuditCaseDialog *CaseAuditPage::newCase()
{
    const auto roundId = currentRoundId();
    if (roundId == 0)
        return nullptr;
    core::AuditCase c;
    c.roundId = roundId;
    const int next = m_caseModel->rowCount() + 1;
    c.caseNumber = (next < 10 ? "0" : "") + std::to_string(next);
    c.assessedOn = m_session.database().clock().today();
    auto *dialog = new AuditCaseDialog(m_session.database(), c, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, [this] { reloadRound(); });
    m_caseDialog = dialog;
    dialog->open();
    return dialog;
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
    auto *dialog = new AuditCaseDialog(m_session.database(), *c, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, [this] { reloadRound(); });
    m_caseDialog = dialog;
    dialog->open();
    return dialog;
}

void CaseAuditPage::removeSelectedCase()
{
    const auto id = selectedCaseId();
    if (id == 0)
        return;
    if (!Dialogs::question(this, tr("Remove case"),
                           tr("Remove the selected case with its risk factors and follow-ups?")))
        return;
    try {
        storage::CaseAuditRepository(m_session.database()).removeCase(id);
    } catch (const storage::StorageError &error) {
        Dialogs::error(this, tr("Remove case"), error.message());
    }
    reloadRound();
}

void CaseAuditPage::printReport()
{
    const auto id = currentRoundId();
    if (id == 0)
        return;
    try {
        const auto document = reports::caseAuditRoundReport(m_session.database(), id,
                                                            LanguageSetup::current());
        showPrintPreview(this, document);
    } catch (const storage::StorageError &error) {
        Dialogs::error(this, tr("Print"), error.message());
    } catch (const reports::ReportError &error) {
        Dialogs::error(this, tr("Print"), error.message());
    }
}

QString CaseAuditPage::saveReportPdf()
{
    const auto id = currentRoundId();
    if (id == 0)
        return {};
    try {
        const auto round = storage::CaseAuditRepository(m_session.database()).findRound(id);
        const auto document = reports::caseAuditRoundReport(m_session.database(), id,
                                                            LanguageSetup::current());
        const QString name = QStringLiteral("AKS-%1-%2.pdf").arg(round->year).arg(round->semester);
        return savePdf(this, document, name);
    } catch (const storage::StorageError &error) {
        Dialogs::error(this, tr("Print"), error.message());
    }
    return {};
}

QString CaseAuditPage::exportRound()
{
    const auto id = currentRoundId();
    if (id == 0)
        return {};
    const bool identity = Dialogs::question(
        this, tr("Export"),
        tr("Include the identity of the cases (names, NIK, birth dates, parents or partner)?\n\n"
           "Choose No for files that are shared. With Yes the file is marked as containing "
           "personal data and the export is recorded in the audit log."));
    const QString path = Dialogs::saveFileName(
        this, tr("Export audit round"),
        QDir::home().filePath(QStringLiteral("AKS-%1.xlsx").arg(id)),
        tr("Excel workbook (*.xlsx);;CSV (*.csv)"));
    if (path.isEmpty())
        return {};
    if (identity && !ensureIdentitiesUnlocked(this, m_session.database()))
        return {};
    try {
        if (path.endsWith(QStringLiteral(".csv"), Qt::CaseInsensitive))
            reports::exportCaseAuditCsv(m_session.database(), id, path, identity,
                                        LanguageSetup::current());
        else
            reports::exportCaseAuditXlsx(m_session.database(), id, path, identity,
                                         LanguageSetup::current());
    } catch (const storage::StorageError &error) {
        Dialogs::error(this, tr("Export"), error.message());
        return {};
    } catch (const reports::ReportError &error) {
        Dialogs::error(this, tr("Export"), error.message());
        return {};
    }
    return path;
}

} // namespace konvergensi::gui

// SPDX-License-Identifier: GPL-3.0-or-later
#include "gui/case_audit/audit_case_dialog.h"
#include "gui/common/passphrase_dialog.h"

#include "core/text.h"
#include "gui/case_audit/text_limit.h"
#include "gui/common/attachments_widget.h"
#include "gui/common/colours.h"
#include "gui/common/date_edit.h"
#include "gui/meetings/follow_up_dialog.h"
#include "gui/meetings/meeting_editor_models.h"
#include "gui/workspace/workspace_session.h"
#include "qtsupport/dates.h"
#include "qtsupport/text.h"
#include "reports/case_audit/case_audit_words.h"
#include "storage/case_audit/case_audit_repository.h"
#include "storage/database.h"
#include "storage/directory/directory_repository.h"
#include "storage/followups/follow_up_repository.h"
#include "storage/regions/region_repository.h"
#include "storage/storage_error.h"
#include "ui_case_audit_case_dialog.h"
#include "usecases/case_audit/case_audit_cases.h"
#include "usecases/case_audit/case_audit_refused.h"

#include <QDialogButtonBox>
#include <QHeaderView>
#include <QListWidget>

#include <algorithm>
#include <map>

namespace konvergensi::gui {

namespace {
constexpr int kFindingMax = 1000;
constexpr int kConclusionMax = 4000;
const std::string kOwner(core::follow_up_owner::kAuditCase);
} // namespace

AuditCaseDialog::AuditCaseDialog(WorkspaceSession &session, const core::AuditCase &auditCase,
                                 QWidget *parent)
    : SaveDialog(parent)
    , m_session(session)
    , m_ui(std::make_unique<Ui::AuditCaseDialog>())
    , m_followUps(new DecisionFollowUpModel(this))
    , m_attachments(nullptr)
    , m_case(auditCase)
{
    m_ui->setupUi(this);
    setObjectName(QStringLiteral("auditCaseDialog"));
    storage::Database &db = session.database();

    m_ui->caseNumberLineEdit->setMaxLength(static_cast<int>(core::kCaseNumberMaxLength));
    for (auto g : core::allAuditTargetGroups())
        m_ui->targetGroupComboBox->addItem(reports::auditTargetGroupName(g), static_cast<int>(g));
    m_ui->desaComboBox->addItem(tr("(choose the desa)"), QString());
    {
        storage::RegionRepository regions(db);
        if (const auto district = regions.district())
            m_districtCode = district->code.toString();
        std::map<std::string, std::string> kecamatan;
        const auto all = regions.all();
        for (const auto &r : all)
            if (r.level() == core::RegionLevel::Kecamatan)
                kecamatan[r.code.toString()] = r.name;
        for (const auto &r : all)
            if (r.level() == core::RegionLevel::Village)
                m_ui->desaComboBox->addItem(
                    qs(r.name) + QStringLiteral(" (")
                        + qs(kecamatan[core::kecamatanOf(r.code.toString())]) + QStringLiteral(")"),
                    qs(r.code.toString()));
    }
    m_ui->assessedLabel->setBuddy(m_ui->assessedDateEdit->lineEdit());
    m_ui->assessedDateEdit->setAllowEmpty(true);
    m_ui->birthDateLabel->setBuddy(m_ui->birthDateEdit->lineEdit());
    m_ui->birthDateEdit->setAllowEmpty(true);
    m_ui->sexComboBox->addItem(tr("(not given)"), QString());
    m_ui->sexComboBox->addItem(reports::sexName(core::Sex::Female), QStringLiteral("f"));
    m_ui->sexComboBox->addItem(reports::sexName(core::Sex::Male), QStringLiteral("m"));
    limitText(m_ui->findingEdit, m_ui->findingCounterLabel, kFindingMax);
    limitText(m_ui->causesEdit, m_ui->causesCounterLabel, kConclusionMax);
    limitText(m_ui->recommendationsEdit, m_ui->recommendationsCounterLabel, kConclusionMax);

    std::map<std::int64_t, QString> opds;
    for (const auto &o : storage::DirectoryRepository(db).opds())
        opds[o.id] = qs(o.shortName);
    m_followUps->setOpdNames(std::move(opds));
    m_ui->followUpView->setModel(m_followUps);
    auto *header = m_ui->followUpView->horizontalHeader();
    header->setSectionResizeMode(DecisionFollowUpModel::ActionColumn, QHeaderView::Stretch);
    for (int column : {DecisionFollowUpModel::ResponsibleColumn, DecisionFollowUpModel::DueColumn,
                       DecisionFollowUpModel::StatusColumn})
        header->setSectionResizeMode(column, QHeaderView::ResizeToContents);

    // Files of the case (audit form scans, photos, letters): stored at once, apart from Save.
    m_attachments = new AttachmentsWidget(session, QString::fromStdString(kOwner),
                                          {{QStringLiteral("audit_form"), tr("Audit form")},
                                           {QStringLiteral("photo"), tr("Photo")},
                                           {QStringLiteral("letter"), tr("Letter or referral")},
                                           {QStringLiteral("other"), tr("Other")}},
                                          m_ui->caseTabs);
    m_attachments->setObjectName(QStringLiteral("caseAttachments"));
    m_filesTab = m_ui->caseTabs->addTab(m_attachments, tr("F&iles"));

    connect(m_ui->revealIdentityButton, &QPushButton::clicked, this,
            &AuditCaseDialog::revealIdentity);
    connect(m_ui->nikLineEdit, &QLineEdit::textChanged, this, &AuditCaseDialog::updateNikStatus);
    connect(m_ui->birthDateEdit, &DateEdit::dateChanged, this, &AuditCaseDialog::updateNikStatus);
    connect(m_ui->sexComboBox, &QComboBox::currentIndexChanged, this,
            &AuditCaseDialog::updateNikStatus);
    const auto addTyped = [this] {
        if (!m_ui->newRiskFactorLineEdit->text().trimmed().isEmpty()) {
            checkRiskFactor(m_ui->newRiskFactorLineEdit->text());
            m_ui->newRiskFactorLineEdit->clear();
        }
    };
    connect(m_ui->addRiskFactorButton, &QPushButton::clicked, this, addTyped);
    connect(m_ui->newRiskFactorLineEdit, &QLineEdit::returnPressed, this, addTyped);
    connect(m_ui->addFollowUpButton, &QPushButton::clicked, this, &AuditCaseDialog::addFollowUp);
    connect(m_ui->editFollowUpButton, &QPushButton::clicked, this,
            &AuditCaseDialog::editSelectedFollowUp);
    connect(m_ui->removeFollowUpButton, &QPushButton::clicked, this,
            &AuditCaseDialog::removeSelectedFollowUp);
    connect(m_ui->followUpView, &QTableView::doubleClicked, this,
            &AuditCaseDialog::editSelectedFollowUp);
    const auto updateFollowUpButtons = [this] {
        const bool selected = selectedFollowUpRow() >= 0;
        m_ui->editFollowUpButton->setEnabled(selected);
        m_ui->removeFollowUpButton->setEnabled(selected);
    };
    connect(m_ui->followUpView->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            updateFollowUpButtons);
    connect(m_followUps, &QAbstractItemModel::modelReset, this, updateFollowUpButtons);
    updateFollowUpButtons();
    connect(m_ui->buttonBox, &QDialogButtonBox::accepted, this, &AuditCaseDialog::accept);
    connect(m_ui->buttonBox, &QDialogButtonBox::rejected, this, &AuditCaseDialog::reject);
    // Another workspace: the case belongs to the one that was open.
    connect(&session, &WorkspaceSession::workspaceChanged, this,
            &AuditCaseDialog::discardUnsavedWork);

    fill(auditCase);
    if (auditCase.id == 0) {
        // A new case: its identity is typed here; the number is the round's next free one.
        showIdentity(auditCase.identity.value_or(core::CaseIdentity{}));
        if (core::trimmed(auditCase.caseNumber).empty()) {
            m_suggestedNumber = usecases::case_audit::nextCaseNumber(db, auditCase.roundId);
            m_ui->caseNumberLineEdit->setText(m_suggestedNumber);
        }
    } else {
        hideIdentity();
    }
    trackEdits();
}

AuditCaseDialog::~AuditCaseDialog() = default;

void AuditCaseDialog::fill(const core::AuditCase &c)
{
    m_case = c;
    m_ui->caseNumberLineEdit->setText(qs(c.caseNumber));
    m_ui->targetGroupComboBox->setCurrentIndex(
        m_ui->targetGroupComboBox->findData(static_cast<int>(c.targetGroup)));
    const int desa = m_ui->desaComboBox->findData(qs(c.villageCode));
    m_ui->desaComboBox->setCurrentIndex(desa >= 0 ? desa : 0);
    m_ui->assessedDateEdit->setDate(toQDate(c.assessedOn));
    m_ui->findingEdit->setPlainText(qs(c.finding));
    m_ui->causesEdit->setPlainText(qs(c.causes));
    m_ui->recommendationsEdit->setPlainText(qs(c.recommendations));
    fillRiskFactors(c.riskFactorIds, {});
    m_removedFollowUps.clear();
    setFollowUps(c.id == 0
                     ? std::vector<core::FollowUp>{}
                     : storage::FollowUpRepository(m_session.database()).forOwner(kOwner, c.id));
    updateTitle();
    m_attachments->setOwner(c.id);
    updateFilesTab();
}

void AuditCaseDialog::updateFilesTab()
{
    // The files may hold personal data: like the identity, they open only once the identity is
    // shown (new cases, or a stored case after "Show identity", which is logged).
    m_ui->caseTabs->setTabEnabled(m_filesTab, m_identityShown);
    m_ui->caseTabs->setTabToolTip(
        m_filesTab, m_identityShown
                        ? QString()
                        : tr("The files may hold personal data: show the identity first."));
}

void AuditCaseDialog::updateTitle()
{
    // The title names the case by its number only: it is listed when the program asks about
    // unsaved work, and must not show who the case is.
    setWindowTitle(m_case.id == 0 ? tr("New audited case")
                                  : tr("Audited case %1").arg(qs(m_case.caseNumber)));
}

void AuditCaseDialog::showIdentity(const core::CaseIdentity &identity)
{
    m_ui->nameLineEdit->setText(qs(identity.name));
    m_ui->nikLineEdit->setText(qs(identity.nik));
    m_ui->birthDateEdit->setDate(toQDate(identity.birthDate));
    m_ui->sexComboBox->setCurrentIndex(
        identity.sex ? m_ui->sexComboBox->findData(qs(core::toString(*identity.sex))) : 0);
    m_ui->parentsLineEdit->setText(qs(identity.parentsOrPartner));
    m_identityShown = true;
    m_ui->identityGroupBox->show();
    m_ui->revealIdentityButton->hide();
    updateNikStatus();
    updateFilesTab();
}

void AuditCaseDialog::hideIdentity()
{
    for (auto *edit : {m_ui->nameLineEdit, m_ui->nikLineEdit, m_ui->parentsLineEdit})
        edit->clear();
    m_ui->birthDateEdit->setDate({});
    m_ui->sexComboBox->setCurrentIndex(0);
    m_identityShown = false;
    m_ui->identityGroupBox->hide();
    m_ui->revealIdentityButton->show();
    updateFilesTab();
}

void AuditCaseDialog::revealIdentity()
{
    if (m_identityShown)
        return;
    if (!ensureIdentitiesUnlocked(this, m_session.database()))
        return;
    core::CaseIdentity identity;
    try {
        identity = storage::CaseAuditRepository(m_session.database()).revealIdentity(m_case.id);
    } catch (const storage::StorageError &error) {
        showError(error.message());
        return;
    }
    // Filling the fields is not an edit of the user's.
    const bool modified = isModified();
    showIdentity(identity);
    setModified(modified);
}

void AuditCaseDialog::updateNikStatus()
{
    auto *status = m_ui->nikStatusLabel;
    const QString nik = m_ui->nikLineEdit->text().trimmed();
    if (nik.isEmpty()) {
        status->setText(tr("No NIK entered."));
        status->setStyleSheet(colours::textStyle(colours::muted));
        return;
    }
    const QString sexCode = m_ui->sexComboBox->currentData().toString();
    const auto problems = core::checkNik(
        ss(nik), toGregorian(m_ui->birthDateEdit->date()),
        sexCode.isEmpty() ? std::nullopt : core::sexFromString(ss(sexCode)), m_districtCode);
    if (problems.empty()) {
        status->setText(tr("The NIK looks valid."));
        status->setStyleSheet(colours::textStyle(colours::success));
        return;
    }
    QStringList texts;
    for (auto p : problems)
        texts << reports::describe(p);
    status->setText(texts.join(QLatin1Char(' ')));
    status->setStyleSheet(core::nikAcceptable(problems) ? colours::textStyle(colours::warning)
                                                        : colours::textStyle(colours::error));
}

void AuditCaseDialog::fillRiskFactors(const std::vector<std::int64_t> &checked,
                                      const std::vector<QString> &newLabels)
{
    auto *list = m_ui->riskFactorList;
    list->clear();
    for (const auto &f : storage::CaseAuditRepository(m_session.database()).riskFactors()) {
        auto *item = new QListWidgetItem(qs(f.label), list);
        item->setData(Qt::UserRole, QVariant::fromValue<qint64>(f.id));
        item->setToolTip(qs(f.label));
        item->setFlags(Qt::ItemIsEnabled | Qt::ItemIsUserCheckable | Qt::ItemIsSelectable);
        item->setCheckState(std::find(checked.begin(), checked.end(), f.id) != checked.end()
                                ? Qt::Checked
                                : Qt::Unchecked);
    }
    for (const auto &label : newLabels) {
        auto *item = new QListWidgetItem(label, list);
        item->setData(Qt::UserRole, QVariant::fromValue<qint64>(0));
        item->setToolTip(tr("New on the checklist when the case is saved"));
        item->setFlags(Qt::ItemIsEnabled | Qt::ItemIsUserCheckable | Qt::ItemIsSelectable);
        item->setCheckState(Qt::Checked);
    }
}

void AuditCaseDialog::checkRiskFactor(const QString &labelIn)
{
    const QString label = labelIn.simplified();
    if (label.isEmpty())
        return;
    auto *list = m_ui->riskFactorList;
    for (int i = 0; i < list->count(); ++i) {
        auto *item = list->item(i);
        if (item->text().compare(label, Qt::CaseInsensitive) == 0) {
            item->setCheckState(Qt::Checked);
            list->scrollToItem(item);
            return;
        }
    }
    auto *item = new QListWidgetItem(label, list);
    item->setData(Qt::UserRole, QVariant::fromValue<qint64>(0));
    item->setToolTip(tr("New on the checklist when the case is saved"));
    item->setFlags(Qt::ItemIsEnabled | Qt::ItemIsUserCheckable | Qt::ItemIsSelectable);
    item->setCheckState(Qt::Checked);
    list->scrollToItem(item);
    setModified(true);
}

void AuditCaseDialog::setFollowUps(std::vector<core::FollowUp> followUps)
{
    m_followUpList = std::move(followUps);
    m_followUps->setFollowUps(m_followUpList, m_session.database().clock().today());
}

int AuditCaseDialog::selectedFollowUpRow() const
{
    const auto rows = m_ui->followUpView->selectionModel()->selectedRows();
    return rows.isEmpty() ? -1 : rows.first().row();
}

void AuditCaseDialog::addFollowUp()
{
    core::FollowUp f;
    f.ownerType = kOwner;
    f.ownerId = m_case.id;
    FollowUpDialog dialog(f, storage::DirectoryRepository(m_session.database()).opds(),
                          std::nullopt, m_session.database().clock().today(), this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    auto list = m_followUpList;
    list.push_back(dialog.followUp());
    setFollowUps(std::move(list));
    setModified(true);
}

void AuditCaseDialog::editSelectedFollowUp()
{
    const int row = selectedFollowUpRow();
    if (row < 0)
        return;
    FollowUpDialog dialog(m_followUpList[static_cast<std::size_t>(row)],
                          storage::DirectoryRepository(m_session.database()).opds(), std::nullopt,
                          m_session.database().clock().today(), this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    auto list = m_followUpList;
    list[static_cast<std::size_t>(row)] = dialog.followUp();
    setFollowUps(std::move(list));
    setModified(true);
}

void AuditCaseDialog::removeSelectedFollowUp()
{
    const int row = selectedFollowUpRow();
    if (row < 0)
        return;
    auto list = m_followUpList;
    if (list[static_cast<std::size_t>(row)].id != 0)
        m_removedFollowUps.push_back(list[static_cast<std::size_t>(row)].id);
    list.erase(list.begin() + row);
    setFollowUps(std::move(list));
    setModified(true);
}

std::vector<std::string> AuditCaseDialog::newRiskFactors() const
{
    std::vector<std::string> labels;
    const auto *list = m_ui->riskFactorList;
    for (int i = 0; i < list->count(); ++i) {
        const auto *item = list->item(i);
        if (item->data(Qt::UserRole).toLongLong() == 0 && item->checkState() == Qt::Checked)
            labels.push_back(ss(item->text()));
    }
    return labels;
}

core::AuditCase AuditCaseDialog::current() const
{
    core::AuditCase c = m_case;
    const QString number = m_ui->caseNumberLineEdit->text().trimmed();
    c.caseNumber = c.id == 0 && number == m_suggestedNumber ? std::string() : ss(number);
    c.targetGroup = static_cast<core::AuditTargetGroup>(
        m_ui->targetGroupComboBox->currentData().toInt());
    c.villageCode = ss(m_ui->desaComboBox->currentData().toString());
    c.assessedOn = toGregorian(m_ui->assessedDateEdit->date());
    c.finding = ss(m_ui->findingEdit->toPlainText());
    c.causes = ss(m_ui->causesEdit->toPlainText());
    c.recommendations = ss(m_ui->recommendationsEdit->toPlainText());
    c.riskFactorIds.clear();
    const auto *list = m_ui->riskFactorList;
    for (int i = 0; i < list->count(); ++i) {
        const auto *item = list->item(i);
        const auto id = item->data(Qt::UserRole).toLongLong();
        if (id != 0 && item->checkState() == Qt::Checked)
            c.riskFactorIds.push_back(id);
    }
    if (m_identityShown) {
        core::CaseIdentity who;
        who.name = ss(m_ui->nameLineEdit->text());
        who.nik = ss(m_ui->nikLineEdit->text().trimmed());
        who.birthDate = toGregorian(m_ui->birthDateEdit->date());
        const QString sex = m_ui->sexComboBox->currentData().toString();
        if (!sex.isEmpty())
            who.sex = core::sexFromString(ss(sex));
        who.parentsOrPartner = ss(m_ui->parentsLineEdit->text());
        c.identity = who;
    } else {
        c.identity.reset(); // keep the stored identity
    }
    return c;
}

QString AuditCaseDialog::save()
{
    for (auto *edit : {m_ui->assessedDateEdit, m_ui->birthDateEdit}) {
        if (!edit->hasAcceptableInput()) {
            m_ui->caseTabs->setCurrentWidget(m_ui->findingTab);
            edit->setFocus();
            return tr("“%1” is not a date.").arg(edit->lineEdit()->text());
        }
    }
    usecases::case_audit::CaseDraft draft;
    draft.auditCase = current();
    draft.newRiskFactors = newRiskFactors();
    draft.followUps = m_followUpList;
    draft.removedFollowUps = m_removedFollowUps;
    if (const QString problem = usecases::case_audit::checkCase(m_session.database(), draft);
        !problem.isEmpty())
        return problem;
    const QDate today = toQDate(m_session.database().clock().today());
    if (draft.auditCase.assessedOn && draft.auditCase.assessedOn != m_case.assessedOn
        && !DateEdit::confirmUnusualDate(this, toQDate(*draft.auditCase.assessedOn), today)) {
        m_ui->assessedDateEdit->setFocus();
        return tr("Correct the date of the measurement, then save again.");
    }
    usecases::case_audit::SavedCase saved;
    try {
        saved = usecases::case_audit::saveCase(m_session.database(), std::move(draft));
    } catch (const usecases::case_audit::Refused &refused) {
        return refused.message();
    }
    m_saved = saved.auditCase;
    m_case = saved.auditCase;
    m_case.identity.reset();
    m_removedFollowUps.clear();
    setFollowUps(saved.followUps);
    fillRiskFactors(m_case.riskFactorIds, {});
    updateTitle();
    m_attachments->setOwner(m_case.id); // a new case can now take files
    m_session.notifyChanged(usecases::Topic::CaseAudit | usecases::Topic::FollowUps);
    return {};
}

bool AuditCaseDialog::reloadStored()
{
    if (m_case.id == 0)
        return false;
    const auto stored = storage::CaseAuditRepository(m_session.database()).findCase(m_case.id);
    if (!stored)
        return false;
    fill(*stored);
    hideIdentity(); // shown again only on request (and logged)
    return true;
}

} // namespace konvergensi::gui

// SPDX-License-Identifier: GPL-3.0-or-later
#include "gui/case_audit/audit_case_dialog.h"
#include "gui/common/passphrase_dialog.h"

#include "gui/common/dialogs.h"
#include "gui/language.h"
#include "gui/meetings/follow_up_dialog.h"
#include "qtsupport/text.h"
#include "reports/case_audit/case_audit_report.h"
#include "reports/meetings/meeting_reports.h"
#include "storage/case_audit/case_audit_repository.h"
#include "storage/database.h"
#include "storage/directory/directory_repository.h"
#include "storage/followups/follow_up_repository.h"
#include "storage/regions/region_repository.h"
#include "storage/storage_error.h"
#include "storage/transaction.h"

#include <QComboBox>
#include <QCoreApplication>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

#include <algorithm>
#include <map>

namespace konvergensi::gui {

namespace {

const QDate kNoDate(1900, 1, 1);

QDateEdit *dateEdit(const std::optional<boost::gregorian::date> &date, QWidget *parent)
{
    auto *edit = new QDateEdit(parent);
    edit->setCalendarPopup(true);
    edit->setMinimumDate(kNoDate);
    edit->setSpecialValueText(QCoreApplication::translate("CaseAudit", "(none)"));
    edit->setDisplayFormat(QStringLiteral("dd.MM.yyyy"));
    edit->setDate(date ? QDate(date->year(), date->month(), date->day()) : kNoDate);
    return edit;
}

std::optional<boost::gregorian::date> dateOf(const QDateEdit *edit)
{
    const QDate d = edit->date();
    if (!d.isValid() || d == kNoDate)
        return std::nullopt;
    return boost::gregorian::date(static_cast<unsigned short>(d.year()),
                                  static_cast<unsigned short>(d.month()),
                                  static_cast<unsigned short>(d.day()));
}

QPlainTextEdit *textEdit(const std::string &text, const QString &name, QWidget *parent)
{
    auto *edit = new QPlainTextEdit(qs(text), parent);
    edit->setObjectName(name);
    edit->setTabChangesFocus(true);
    edit->setMaximumHeight(64);
    return edit;
}

} // namespace

AuditCaseDialog::AuditCaseDialog(storage::Database &db, const core::AuditCase &auditCase,
                                 QWidget *parent)
    : QDialog(parent)
    , m_db(db)
    , m_case(auditCase)
{
    setObjectName(QStringLiteral("auditCaseDialog"));
    setWindowTitle(auditCase.id == 0 ? tr("New audited case") : tr("Audited case"));
    resize(1000, 760);
    auto *layout = new QVBoxLayout(this);
    auto *columns = new QHBoxLayout;
    layout->addLayout(columns, 1);

    // Left: the case and the expert review.
    auto *left = new QFormLayout;
    columns->addLayout(left, 1);
    m_numberEdit = new QLineEdit(qs(auditCase.caseNumber), this);
    m_numberEdit->setObjectName(QStringLiteral("caseNumberLineEdit"));
    left->addRow(tr("Case &number:"), m_numberEdit);
    m_groupCombo = new QComboBox(this);
    m_groupCombo->setObjectName(QStringLiteral("targetGroupComboBox"));
    for (auto g : core::allAuditTargetGroups())
        m_groupCombo->addItem(reports::auditTargetGroupName(g), static_cast<int>(g));
    m_groupCombo->setCurrentIndex(static_cast<int>(auditCase.targetGroup));
    left->addRow(tr("&Target group:"), m_groupCombo);
    m_desaCombo = new QComboBox(this);
    m_desaCombo->setObjectName(QStringLiteral("desaComboBox"));
    m_desaCombo->addItem(tr("(choose the desa)"), QString());
    {
        std::map<std::string, std::string> kecamatan;
        storage::RegionRepository regionRepository(db);
        if (const auto district = regionRepository.district())
            m_districtCode = district->code.toString();
        const auto regions = regionRepository.all();
        for (const auto &r : regions)
            if (r.level() == core::RegionLevel::Kecamatan)
                kecamatan[r.code.toString()] = r.name;
        for (const auto &r : regions)
            if (r.level() == core::RegionLevel::Village)
                m_desaCombo->addItem(qs(r.name) + QStringLiteral(" (")
                                         + qs(kecamatan[core::kecamatanOf(r.code.toString())])
                                         + QStringLiteral(")"),
                                     qs(r.code.toString()));
    }
    m_desaCombo->setEditable(false);
    const int desaIndex = m_desaCombo->findData(qs(auditCase.desaCode));
    m_desaCombo->setCurrentIndex(desaIndex >= 0 ? desaIndex : 0);
    left->addRow(tr("&Desa:"), m_desaCombo);
    m_assessedEdit = dateEdit(auditCase.assessedOn, this);
    m_assessedEdit->setObjectName(QStringLiteral("assessedDateEdit"));
    left->addRow(tr("&Measured on:"), m_assessedEdit);
    m_findingEdit = textEdit(auditCase.finding, QStringLiteral("findingEdit"), this);
    m_findingEdit->setPlaceholderText(tr("e.g. length-for-age -2.6 SD; Hb 9.8 g/dL; upper-arm "
                                         "circumference 22 cm"));
    left->addRow(tr("&Finding:"), m_findingEdit);
    m_causesEdit = textEdit(auditCase.causes, QStringLiteral("causesEdit"), this);
    left->addRow(tr("&Causes (expert panel):"), m_causesEdit);
    m_recommendationsEdit = textEdit(auditCase.recommendations,
                                     QStringLiteral("recommendationsEdit"), this);
    left->addRow(tr("&Recommendations:"), m_recommendationsEdit);

    // Identity: hidden for stored cases until asked for.
    m_identityBox = new QGroupBox(tr("Identity (personal data)"), this);
    m_identityBox->setObjectName(QStringLiteral("identityGroupBox"));
    auto *identity = new QFormLayout(m_identityBox);
    m_nameEdit = new QLineEdit(m_identityBox);
    m_nameEdit->setObjectName(QStringLiteral("nameLineEdit"));
    identity->addRow(tr("N&ame:"), m_nameEdit);
    m_nikEdit = new QLineEdit(m_identityBox);
    m_nikEdit->setObjectName(QStringLiteral("nikLineEdit"));
    m_nikEdit->setMaxLength(16);
    m_nikEdit->setPlaceholderText(tr("16 digits"));
    identity->addRow(tr("NI&K:"), m_nikEdit);
    m_nikStatus = new QLabel(m_identityBox);
    m_nikStatus->setObjectName(QStringLiteral("nikStatusLabel"));
    m_nikStatus->setWordWrap(true);
    identity->addRow(QString(), m_nikStatus);
    m_birthEdit = dateEdit(std::nullopt, m_identityBox);
    m_birthEdit->setObjectName(QStringLiteral("birthDateEdit"));
    identity->addRow(tr("&Birth date:"), m_birthEdit);
    m_sexCombo = new QComboBox(m_identityBox);
    m_sexCombo->setObjectName(QStringLiteral("sexComboBox"));
    m_sexCombo->addItem(tr("(not given)"), QString());
    m_sexCombo->addItem(reports::sexName(core::Sex::Female), QStringLiteral("f"));
    m_sexCombo->addItem(reports::sexName(core::Sex::Male), QStringLiteral("m"));
    identity->addRow(tr("&Sex:"), m_sexCombo);
    m_parentsEdit = new QLineEdit(m_identityBox);
    m_parentsEdit->setObjectName(QStringLiteral("parentsLineEdit"));
    identity->addRow(tr("&Parents or partner:"), m_parentsEdit);
    left->addRow(m_identityBox);
    m_revealButton = new QPushButton(tr("Show &identity (logged)"), this);
    m_revealButton->setObjectName(QStringLiteral("revealIdentityButton"));
    m_revealButton->setToolTip(tr("Names, NIK and birth dates are hidden. Showing them is "
                                  "recorded in the audit log."));
    left->addRow(m_revealButton);
    connect(m_revealButton, &QPushButton::clicked, this, &AuditCaseDialog::revealIdentity);
    connect(m_nikEdit, &QLineEdit::textChanged, this, &AuditCaseDialog::updateNikStatus);
    connect(m_birthEdit, &QDateEdit::dateChanged, this, &AuditCaseDialog::updateNikStatus);
    connect(m_sexCombo, &QComboBox::currentIndexChanged, this, &AuditCaseDialog::updateNikStatus);
    if (auditCase.id == 0) {
        m_identityShown = true;
        m_revealButton->hide();
        if (auditCase.identity) {
            m_nameEdit->setText(qs(auditCase.identity->name));
            m_nikEdit->setText(qs(auditCase.identity->nik));
        }
    } else {
        m_identityBox->hide();
    }

    // Right: risk factors and follow-ups.
    auto *right = new QVBoxLayout;
    columns->addLayout(right, 1);
    right->addWidget(new QLabel(tr("Risk factors:"), this));
    m_riskList = new QListWidget(this);
    m_riskList->setObjectName(QStringLiteral("riskFactorList"));
    right->addWidget(m_riskList, 2);
    auto *riskRow = new QHBoxLayout;
    m_newRiskEdit = new QLineEdit(this);
    m_newRiskEdit->setObjectName(QStringLiteral("newRiskFactorLineEdit"));
    m_newRiskEdit->setPlaceholderText(tr("Another risk factor"));
    auto *addRisk = new QPushButton(tr("Add to &list"), this);
    addRisk->setObjectName(QStringLiteral("addRiskFactorButton"));
    riskRow->addWidget(m_newRiskEdit, 1);
    riskRow->addWidget(addRisk);
    right->addLayout(riskRow);
    connect(addRisk, &QPushButton::clicked, this, [this] {
        if (!m_newRiskEdit->text().trimmed().isEmpty()) {
            checkRiskFactor(m_newRiskEdit->text());
            m_newRiskEdit->clear();
        }
    });
    reloadRiskFactors(auditCase.riskFactorIds);

    right->addWidget(new QLabel(tr("Follow-ups:"), this));
    m_followUpTable = new QTableWidget(0, 4, this);
    m_followUpTable->setObjectName(QStringLiteral("followUpTable"));
    m_followUpTable->setHorizontalHeaderLabels(
        {tr("Follow-up"), tr("Responsible"), tr("Due"), tr("Status")});
    m_followUpTable->horizontalHeader()->setSectionResizeMode(0, QHeaderView::Stretch);
    for (int column = 1; column < 4; ++column)
        m_followUpTable->horizontalHeader()->setSectionResizeMode(column,
                                                                  QHeaderView::ResizeToContents);
    m_followUpTable->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_followUpTable->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_followUpTable->setSelectionMode(QAbstractItemView::SingleSelection);
    m_followUpTable->verticalHeader()->hide();
    right->addWidget(m_followUpTable, 2);
    auto *followRow = new QHBoxLayout;
    auto *addFollow = new QPushButton(tr("Add follow-&up…"), this);
    addFollow->setObjectName(QStringLiteral("addFollowUpButton"));
    auto *editFollow = new QPushButton(tr("Edit…"), this);
    editFollow->setObjectName(QStringLiteral("editFollowUpButton"));
    auto *removeFollow = new QPushButton(tr("Remove"), this);
    removeFollow->setObjectName(QStringLiteral("removeFollowUpButton"));
    followRow->addWidget(addFollow);
    followRow->addWidget(editFollow);
    followRow->addWidget(removeFollow);
    followRow->addStretch();
    right->addLayout(followRow);
    connect(addFollow, &QPushButton::clicked, this, &AuditCaseDialog::addFollowUp);
    connect(editFollow, &QPushButton::clicked, this, &AuditCaseDialog::editSelectedFollowUp);
    connect(removeFollow, &QPushButton::clicked, this, &AuditCaseDialog::removeSelectedFollowUp);
    connect(m_followUpTable, &QTableWidget::cellDoubleClicked, this,
            &AuditCaseDialog::editSelectedFollowUp);
    if (auditCase.id != 0)
        m_followUps = storage::FollowUpRepository(db).forOwner(
            std::string(core::follow_up_owner::kAuditCase), auditCase.id);
    refreshFollowUps();

    m_errorLabel = new QLabel(this);
    m_errorLabel->setObjectName(QStringLiteral("errorLabel"));
    m_errorLabel->setStyleSheet(QStringLiteral("color: #b00020"));
    m_errorLabel->setWordWrap(true);
    layout->addWidget(m_errorLabel);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel, this);
    buttons->setObjectName(QStringLiteral("buttonBox"));
    connect(buttons, &QDialogButtonBox::accepted, this, &AuditCaseDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &AuditCaseDialog::reject);
    layout->addWidget(buttons);
    updateNikStatus();
}

bool AuditCaseDialog::identityShown() const
{
    return m_identityShown;
}

void AuditCaseDialog::revealIdentity()
{
    if (m_identityShown)
        return;
    if (!ensureIdentitiesUnlocked(this, m_db))
        return;
    try {
        const auto identity = storage::CaseAuditRepository(m_db).revealIdentity(m_case.id);
        m_nameEdit->setText(qs(identity.name));
        m_nikEdit->setText(qs(identity.nik));
        if (identity.birthDate)
            m_birthEdit->setDate(QDate(identity.birthDate->year(), identity.birthDate->month(),
                                       identity.birthDate->day()));
        m_sexCombo->setCurrentIndex(
            identity.sex ? m_sexCombo->findData(qs(core::toString(*identity.sex))) : 0);
        m_parentsEdit->setText(qs(identity.parentsOrPartner));
    } catch (const storage::StorageError &error) {
        m_errorLabel->setText(error.message());
        return;
    }
    m_identityShown = true;
    m_identityBox->show();
    m_revealButton->hide();
    updateNikStatus();
}

void AuditCaseDialog::updateNikStatus()
{
    const QString nik = m_nikEdit->text().trimmed();
    if (nik.isEmpty()) {
        m_nikStatus->setText(tr("No NIK entered."));
        m_nikStatus->setStyleSheet(QString());
        return;
    }
    const QString sexCode = m_sexCombo->currentData().toString();
    const auto problems = core::checkNik(
        ss(nik), dateOf(m_birthEdit),
        sexCode.isEmpty() ? std::nullopt : core::sexFromString(ss(sexCode)), m_districtCode);
    if (problems.empty()) {
        m_nikStatus->setText(tr("The NIK looks valid."));
        m_nikStatus->setStyleSheet(QStringLiteral("color: #1b5e20"));
        return;
    }
    QStringList texts;
    for (auto p : problems)
        texts << storage::describe(p);
    m_nikStatus->setText(texts.join(QLatin1Char(' ')));
    m_nikStatus->setStyleSheet(core::nikAcceptable(problems) ? QString()
                                                             : QStringLiteral("color: #b00020"));
}

void AuditCaseDialog::reloadRiskFactors(const std::vector<std::int64_t> &checked)
{
    m_riskList->clear();
    for (const auto &f : storage::CaseAuditRepository(m_db).riskFactors()) {
        auto *item = new QListWidgetItem(qs(f.label), m_riskList);
        item->setData(Qt::UserRole, QVariant::fromValue<qint64>(f.id));
        item->setFlags(Qt::ItemIsEnabled | Qt::ItemIsUserCheckable | Qt::ItemIsSelectable);
        item->setCheckState(std::find(checked.begin(), checked.end(), f.id) != checked.end()
                                ? Qt::Checked
                                : Qt::Unchecked);
    }
}

void AuditCaseDialog::checkRiskFactor(const QString &label)
{
    try {
        const auto factor = storage::CaseAuditRepository(m_db).addRiskFactor(ss(label));
        auto checked = current().riskFactorIds;
        checked.push_back(factor.id);
        reloadRiskFactors(checked);
    } catch (const storage::StorageError &error) {
        m_errorLabel->setText(error.message());
    }
}

void AuditCaseDialog::refreshFollowUps()
{
    std::map<std::int64_t, QString> opds;
    for (const auto &o : storage::DirectoryRepository(m_db).opds())
        opds[o.id] = qs(o.shortName);
    m_followUpTable->setRowCount(static_cast<int>(m_followUps.size()));
    int row = 0;
    for (const auto &f : m_followUps) {
        QString responsible = f.responsibleOpdId ? opds[*f.responsibleOpdId] : QString();
        if (!f.responsibleOther.empty())
            responsible = responsible.isEmpty()
                              ? qs(f.responsibleOther)
                              : responsible + QStringLiteral(" / ") + qs(f.responsibleOther);
        auto *action = new QTableWidgetItem(qs(f.action));
        action->setToolTip(qs(f.action));
        m_followUpTable->setItem(row, 0, action);
        m_followUpTable->setItem(row, 1, new QTableWidgetItem(responsible));
        m_followUpTable->setItem(row, 2,
                                 new QTableWidgetItem(f.dueDate ? qs(core::formatDate(
                                                          *f.dueDate, LanguageSetup::current()))
                                                                : QString()));
        m_followUpTable->setItem(row, 3,
                                 new QTableWidgetItem(reports::followUpStatusName(f.status)));
        ++row;
    }
}

void AuditCaseDialog::addFollowUp()
{
    core::FollowUp f;
    f.ownerType = std::string(core::follow_up_owner::kAuditCase);
    f.ownerId = m_case.id;
    FollowUpDialog dialog(f, storage::DirectoryRepository(m_db).opds(), std::nullopt,
                          m_db.clock().today(), this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    m_followUps.push_back(dialog.followUp());
    refreshFollowUps();
}

void AuditCaseDialog::editSelectedFollowUp()
{
    const int row = m_followUpTable->currentRow();
    if (row < 0 || row >= static_cast<int>(m_followUps.size()))
        return;
    FollowUpDialog dialog(m_followUps[static_cast<std::size_t>(row)],
                          storage::DirectoryRepository(m_db).opds(), std::nullopt,
                          m_db.clock().today(), this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    m_followUps[static_cast<std::size_t>(row)] = dialog.followUp();
    refreshFollowUps();
}

void AuditCaseDialog::removeSelectedFollowUp()
{
    const int row = m_followUpTable->currentRow();
    if (row < 0 || row >= static_cast<int>(m_followUps.size()))
        return;
    if (m_followUps[static_cast<std::size_t>(row)].id != 0)
        m_removedFollowUps.push_back(m_followUps[static_cast<std::size_t>(row)].id);
    m_followUps.erase(m_followUps.begin() + row);
    refreshFollowUps();
}

core::AuditCase AuditCaseDialog::current() const
{
    core::AuditCase c = m_case;
    c.caseNumber = ss(m_numberEdit->text());
    c.targetGroup = static_cast<core::AuditTargetGroup>(m_groupCombo->currentData().toInt());
    c.desaCode = ss(m_desaCombo->currentData().toString());
    c.assessedOn = dateOf(m_assessedEdit);
    c.finding = ss(m_findingEdit->toPlainText());
    c.causes = ss(m_causesEdit->toPlainText());
    c.recommendations = ss(m_recommendationsEdit->toPlainText());
    c.riskFactorIds.clear();
    for (int i = 0; i < m_riskList->count(); ++i)
        if (m_riskList->item(i)->checkState() == Qt::Checked)
            c.riskFactorIds.push_back(m_riskList->item(i)->data(Qt::UserRole).toLongLong());
    if (m_identityShown) {
        core::CaseIdentity who;
        who.name = ss(m_nameEdit->text());
        who.nik = ss(m_nikEdit->text().trimmed());
        who.birthDate = dateOf(m_birthEdit);
        const QString sex = m_sexCombo->currentData().toString();
        if (!sex.isEmpty())
            who.sex = core::sexFromString(ss(sex));
        who.parentsOrPartner = ss(m_parentsEdit->text());
        c.identity = who;
    } else {
        c.identity.reset(); // keep the stored identity
    }
    return c;
}

void AuditCaseDialog::accept()
{
    const auto c = current();
    const auto problems = core::validate(c, m_db.clock().today());
    if (!problems.empty()) {
        QString text = storage::describe(problems.front());
        if (problems.front() == core::AuditCaseProblem::NikInvalid)
            text = m_nikStatus->text();
        m_errorLabel->setText(text);
        return;
    }
    try {
        storage::Transaction transaction(m_db);
        storage::CaseAuditRepository repo(m_db);
        m_saved = c.id == 0 ? repo.addCase(c) : repo.updateCase(c);
        storage::FollowUpRepository followUps(m_db);
        for (auto id : m_removedFollowUps)
            followUps.remove(id);
        auto stored = m_followUps; // only adopted once everything is committed
        for (auto &f : stored) {
            f.ownerType = std::string(core::follow_up_owner::kAuditCase);
            f.ownerId = m_saved.id;
            f = f.id == 0 ? followUps.add(f) : followUps.update(f);
        }
        transaction.commit();
        m_followUps = std::move(stored);
        m_removedFollowUps.clear();
    } catch (const storage::StorageError &error) {
        m_errorLabel->setText(error.message());
        return;
    }
    QDialog::accept();
}

} // namespace konvergensi::gui

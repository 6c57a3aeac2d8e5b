// SPDX-License-Identifier: GPL-3.0-or-later
// Drives the "Audit Kasus Stunting" page through its real widgets, headless: a round made
// through its dialog (team, schedule, the dissemination meeting of the register), a case with
// identity, risk factors (one new on the checklist) and a follow-up, the NIK refused when it
// disagrees, the list showing initials only, the identity revealed on request (logged), the
// round report written to PDF off the GUI thread (read back with pdftotext) and the export
// without identity; numbering after a removal; the list's model, sort and selection across
// reloads; the sidebar badge from the module.
#include "gui_test_helpers.h"

#include "gui/case_audit/audit_case_dialog.h"
#include "gui/case_audit/audit_round_dialog.h"
#include "gui/case_audit/case_audit_models.h"
#include "gui/case_audit/case_audit_module.h"
#include "gui/case_audit/case_audit_page.h"
#include "gui/common/attachments_widget.h"
#include "gui/common/date_edit.h"
#include "gui/common/dialogs.h"
#include "gui/common/file_export.h"
#include "gui/language.h"
#include "gui/meetings/meeting_editor_models.h"
#include "gui/workspace/workspace_session.h"
#include "io/case_audit/demo_case_audit.h"
#include "io/meetings/demo_meetings.h"
#include "io/workspace_setup.h"
#include "io/xlsx_reader.h"
#include "storage/audit_log.h"
#include "storage/case_audit/case_audit_repository.h"
#include "storage/database.h"
#include "storage/document_store.h"
#include "storage/followups/follow_up_repository.h"

#include <QAbstractItemModelTester>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFile>
#include <QGroupBox>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QProcess>
#include <QPushButton>
#include <QSpinBox>
#include <QStandardPaths>
#include <QTabWidget>
#include <QTableView>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QTranslator>

#include <gtest/gtest.h>

using namespace konvergensi;
using namespace konvergensi::gui;
using boost::gregorian::date;

namespace {

template<typename T>
T *child(QWidget *parent, const char *name)
{
    auto *widget = parent->findChild<T *>(QString::fromLatin1(name));
    EXPECT_NE(widget, nullptr) << name;
    return widget;
}

void click(QWidget *parent, const char *buttonName)
{
    auto *button = child<QPushButton>(parent, buttonName);
    ASSERT_NE(button, nullptr);
    ASSERT_TRUE(button->isEnabled()) << buttonName;
    QTest::mouseClick(button, Qt::LeftButton);
}

void clickSave(QWidget *dialog)
{
    auto *buttons = child<QDialogButtonBox>(dialog, "buttonBox");
    ASSERT_NE(buttons, nullptr);
    QTest::mouseClick(buttons->button(QDialogButtonBox::Save), Qt::LeftButton);
    QApplication::processEvents();
}

int indexContaining(QComboBox *combo, const QString &text)
{
    for (int i = 0; i < combo->count(); ++i)
        if (combo->itemText(i).contains(text))
            return i;
    return -1;
}

int views(storage::Database &db)
{
    int n = 0;
    for (const auto &e : storage::AuditLog::entries(db, QStringLiteral("case_audit_case")))
        n += e.action == storage::AuditLog::Action::View ? 1 : 0;
    return n;
}

/// Fills what a new case needs (target group, desa, name) in the case dialog.
void fillNewCase(AuditCaseDialog *dialog, const QString &name)
{
    auto *group = child<QComboBox>(dialog, "targetGroupComboBox");
    group->setCurrentIndex(group->findData(static_cast<int>(core::AuditTargetGroup::Baduta)));
    auto *desa = child<QComboBox>(dialog, "desaComboBox");
    desa->setCurrentIndex(desa->findData(QStringLiteral("14.03.01.2004")));
    ASSERT_GT(desa->currentIndex(), 0);
    QTest::keyClicks(child<QLineEdit>(dialog, "nameLineEdit"), name);
}

QStringList rowTexts(const QAbstractItemModel *model)
{
    QStringList rows;
    for (int r = 0; r < model->rowCount(); ++r) {
        QStringList cells;
        for (int c = 0; c < model->columnCount(); ++c)
            cells << model->index(r, c).data().toString();
        rows << cells.join(u'|');
    }
    return rows;
}

class CaseAuditPageTest : public ::testing::Test
{
protected:
    void SetUp() override
    {
        ASSERT_TRUE(dir.isValid());
        Dialogs::resetForTests();
        LanguageSetup::install(QStringLiteral("id"));
        session.create(dir.filePath(QStringLiteral("base.kvg")), io::WorkspaceTemplate::Empty);
        io::populateDemo(session.database());
        io::meetings::addDemo(session.database());
        session.notifyContentChanged();
        ASSERT_TRUE(session.isOpen());
    }

    void TearDown() override { LanguageSetup::install(QStringLiteral("en")); }

    std::shared_ptr<core::FixedClock> clock = std::make_shared<core::FixedClock>(date(2024, 1, 15));
    QTemporaryDir dir;
    WorkspaceSession session{clock};
};

} // namespace

TEST_F(CaseAuditPageTest, RoundCaseFollowUpMeetingAndReport)
{
    CaseAuditPage page(session);
    page.resize(1136, 700);
    page.show();
    QAbstractItemModelTester tester(page.caseModel(),
                                    QAbstractItemModelTester::FailureReportingMode::Warning);
    EXPECT_FALSE(child<QPushButton>(&page, "newCaseButton")->isEnabled());
    EXPECT_EQ(page.metaObject()->indexOfSignal("overdueCountChanged(int)"), -1)
        << "the badge comes from the module, not from the page";

    // A round: semester, team, schedule, the dissemination meeting.
    click(&page, "newRoundButton");
    AuditRoundDialog *roundDialog = page.roundDialog();
    ASSERT_NE(roundDialog, nullptr);
    EXPECT_EQ(child<QComboBox>(roundDialog, "semesterComboBox")->currentData().toInt(), 1)
        << "15 January: semester I is proposed";
    child<QSpinBox>(roundDialog, "yearSpinBox")->setValue(2023);
    child<QComboBox>(roundDialog, "semesterComboBox")->setCurrentIndex(1);
    auto *title = child<QLineEdit>(roundDialog, "titleLineEdit");
    title->clear();
    QTest::keyClicks(title, QStringLiteral("AKS Bengkalis 2023 Semester II"));
    auto *team = child<QTableWidget>(roundDialog, "teamTable");
    click(roundDialog, "addMemberButton");
    ASSERT_EQ(team->rowCount(), 1);
    team->item(0, 0)->setText(QStringLiteral("dr. Contoh Pakar, Sp.A."));
    team->item(0, 1)->setText(QStringLiteral("Dokter spesialis anak"));
    team->item(0, 2)->setCheckState(Qt::Checked);
    roundDialog->addTeamMember(QStringLiteral("Contoh Gizi, S.Gz."), QStringLiteral("Ahli gizi"),
                               true);
    auto *meeting = child<QComboBox>(roundDialog, "meetingComboBox");
    const int aks = indexContaining(meeting, QStringLiteral("Audit Kasus Stunting"));
    ASSERT_EQ(aks, 1) << "AKS dissemination meetings are offered first";
    meeting->setCurrentIndex(aks);
    auto *status = roundDialog->statusComboBox(core::AuditStepKind::CaseSelection);
    status->setCurrentIndex(status->findData(static_cast<int>(core::AuditStepStatus::Done)));
    clickSave(roundDialog);
    ASSERT_NE(page.roundDialog(), nullptr);
    EXPECT_TRUE(roundDialog->isVisible()) << "a done step needs its date";
    EXPECT_FALSE(roundDialog->errorText().isEmpty());
    QTest::keyClicks(roundDialog->doneDateEdit(core::AuditStepKind::CaseSelection)->lineEdit(),
                     QStringLiteral("15/9/2023"));
    clickSave(roundDialog);

    storage::CaseAuditRepository repo(session.database());
    const auto rounds = repo.rounds();
    ASSERT_EQ(rounds.size(), 1U);
    EXPECT_EQ(rounds[0].semester, 2);
    ASSERT_TRUE(rounds[0].meetingDate);
    EXPECT_EQ(*rounds[0].meetingDate, date(2023, 12, 5));
    const auto round = repo.findRound(rounds[0].id);
    ASSERT_EQ(round->team.size(), 2U);
    EXPECT_TRUE(round->team[0].expert);
    EXPECT_EQ(round->steps[0].doneDate, date(2023, 9, 15));
    EXPECT_EQ(page.currentRoundId(), rounds[0].id);
    EXPECT_TRUE(child<QLabel>(&page, "roundInfoLabel")->text().contains(QStringLiteral("2023")));

    // A case with identity, risk factors (one new) and a follow-up.
    click(&page, "newCaseButton");
    AuditCaseDialog *caseDialog = page.caseDialog();
    ASSERT_NE(caseDialog, nullptr);
    EXPECT_EQ(child<QLineEdit>(caseDialog, "caseNumberLineEdit")->text(), QStringLiteral("01"));
    fillNewCase(caseDialog, QStringLiteral("Rizka Amelia Contoh"));
    child<DateEdit>(caseDialog, "birthDateEdit")->setDate(QDate(2022, 5, 12));
    auto *sex = child<QComboBox>(caseDialog, "sexComboBox");
    sex->setCurrentIndex(sex->findData(QStringLiteral("f")));
    auto *nik = child<QLineEdit>(caseDialog, "nikLineEdit");
    QTest::keyClicks(nik, QStringLiteral("1403011205229998")); // male day part: disagrees
    EXPECT_FALSE(child<QLabel>(caseDialog, "nikStatusLabel")->text().isEmpty());
    QTest::keyClicks(child<QPlainTextEdit>(caseDialog, "findingEdit"),
                     QStringLiteral("PB/U -2,7 SD pada usia 20 bulan"));
    QTest::keyClicks(child<QPlainTextEdit>(caseDialog, "causesEdit"),
                     QStringLiteral("MP-ASI kurang protein hewani"));
    auto *risks = child<QListWidget>(caseDialog, "riskFactorList");
    ASSERT_GT(risks->count(), 3);
    const int checklist = risks->count();
    risks->item(0)->setCheckState(Qt::Checked);
    risks->item(3)->setCheckState(Qt::Checked);
    QTest::keyClicks(child<QLineEdit>(caseDialog, "newRiskFactorLineEdit"),
                     QStringLiteral("Pengasuhan oleh nenek"));
    click(caseDialog, "addRiskFactorButton");
    EXPECT_EQ(risks->count(), checklist + 1);
    EXPECT_EQ(repo.riskFactors().size(), static_cast<std::size_t>(checklist))
        << "the checklist grows when the case is saved, not before";
    bool sawFollowUp = false;
    test::whenModal([&](QWidget *modal) {
        sawFollowUp = true;
        QTest::keyClicks(child<QLineEdit>(modal, "actionLineEdit"),
                         QStringLiteral("PMT pemulihan 90 hari untuk kasus 01"));
        QTest::keyClicks(child<QLineEdit>(modal, "otherUnitLineEdit"),
                         QStringLiteral("Puskesmas Bengkalis"));
        QTest::mouseClick(
            child<QDialogButtonBox>(modal, "buttonBox")->button(QDialogButtonBox::Save),
            Qt::LeftButton);
    });
    click(caseDialog, "addFollowUpButton");
    EXPECT_TRUE(sawFollowUp);
    EXPECT_EQ(caseDialog->followUpModel()->rowCount(), 1);
    EXPECT_EQ(caseDialog->followUps().size(), 1U);
    clickSave(caseDialog);
    ASSERT_NE(page.caseDialog(), nullptr);
    EXPECT_TRUE(caseDialog->isVisible()) << "the NIK disagrees with the sex";
    EXPECT_FALSE(caseDialog->errorText().isEmpty());
    EXPECT_TRUE(repo.listCases(rounds[0].id).empty());
    nik->clear();
    QTest::keyClicks(nik, QStringLiteral("1403015205229998"));
    clickSave(caseDialog);

    // The list shows initials and age, not the identity.
    ASSERT_EQ(page.caseModel()->rowCount(), 1);
    const QString rowText = rowTexts(page.caseModel()).join(u'\n');
    EXPECT_TRUE(rowText.startsWith(QStringLiteral("01|"))) << rowText.toStdString();
    EXPECT_TRUE(rowText.contains(QStringLiteral("R.A.C."))) << rowText.toStdString();
    EXPECT_TRUE(rowText.contains(QStringLiteral("20"))) << rowText.toStdString(); // months
    EXPECT_FALSE(rowText.contains(QStringLiteral("Rizka")));
    EXPECT_FALSE(rowText.contains(QStringLiteral("1403015205229998")));
    const auto list = repo.listCases(rounds[0].id);
    ASSERT_EQ(list.size(), 1U);
    EXPECT_EQ(list[0].riskFactorCount, 3);
    EXPECT_EQ(list[0].followUps, 1);
    EXPECT_EQ(repo.riskFactors().size(), static_cast<std::size_t>(checklist + 1));
    EXPECT_TRUE(page.summaryLabel()->text().contains(QStringLiteral("Pengasuhan oleh nenek")));
    EXPECT_EQ(page.selectedCaseId(), list[0].id) << "the new case is selected";

    // Opening the case hides the identity until asked; the reveal is logged.
    click(&page, "openCaseButton");
    caseDialog = page.caseDialog();
    ASSERT_NE(caseDialog, nullptr);
    EXPECT_FALSE(child<QGroupBox>(caseDialog, "identityGroupBox")->isVisible());
    EXPECT_TRUE(child<QLineEdit>(caseDialog, "nameLineEdit")->text().isEmpty());
    EXPECT_FALSE(caseDialog->windowTitle().contains(QStringLiteral("Rizka")));
    const int before = views(session.database());
    click(caseDialog, "revealIdentityButton");
    EXPECT_TRUE(child<QGroupBox>(caseDialog, "identityGroupBox")->isVisible());
    EXPECT_EQ(child<QLineEdit>(caseDialog, "nameLineEdit")->text(),
              QStringLiteral("Rizka Amelia Contoh"));
    EXPECT_EQ(views(session.database()), before + 1);
    EXPECT_FALSE(caseDialog->hasUnsavedChanges()) << "showing is not editing";
    caseDialog->reject();
    QApplication::processEvents();

    // The round report as PDF (written on a worker thread with its own connection).
    const QString pdf = dir.filePath(QStringLiteral("aks.pdf"));
    Dialogs::setNextFileName(pdf);
    click(&page, "reportPdfButton");
    ASSERT_TRUE(QFile::exists(pdf));
    EXPECT_TRUE(FileExport::lastAnnouncement().contains(QStringLiteral("aks.pdf")));
    const QString pdftotext = QStandardPaths::findExecutable(QStringLiteral("pdftotext"));
    ASSERT_FALSE(pdftotext.isEmpty()) << "poppler-utils is needed";
    QProcess process;
    process.start(pdftotext, {QStringLiteral("-layout"), pdf, QStringLiteral("-")});
    ASSERT_TRUE(process.waitForFinished(60000));
    const QString text = QString::fromUtf8(process.readAllStandardOutput());
    EXPECT_TRUE(text.contains(QStringLiteral("AKS Bengkalis 2023 Semester II")))
        << text.toStdString();
    EXPECT_TRUE(text.contains(QStringLiteral("Diseminasi Hasil Audit Kasus Stunting")));
    EXPECT_TRUE(text.contains(QStringLiteral("dr. Contoh Pakar")));
    EXPECT_TRUE(text.contains(QStringLiteral("R.A.C.")));
    EXPECT_TRUE(text.contains(QStringLiteral("PMT pemulihan 90 hari")));
    EXPECT_TRUE(text.contains(QStringLiteral("Pengasuhan oleh nenek")));
    EXPECT_FALSE(text.contains(QStringLiteral("Rizka")));
    EXPECT_FALSE(text.contains(QStringLiteral("1403015205229998")));

    // Export without identity (the user answers No).
    const QString xlsx = dir.filePath(QStringLiteral("aks.xlsx"));
    Dialogs::setNextAnswer(false);
    Dialogs::setNextFileName(xlsx);
    click(&page, "exportButton");
    const auto table = io::XlsxReader::readFile(xlsx);
    EXPECT_TRUE(table.fileError.isEmpty()) << table.fileError.toStdString();
    ASSERT_EQ(table.rows.size(), 2U); // under the title note: the header and the one case
    QString all = table.header.fields.join(u'|');
    for (const auto &row : table.rows)
        all += row.fields.join(u'|');
    EXPECT_TRUE(all.contains(QStringLiteral("R.A.C.")));
    EXPECT_FALSE(all.contains(QStringLiteral("Rizka")));
    EXPECT_FALSE(all.contains(QStringLiteral("1403015205229998")));
    EXPECT_EQ(views(session.database()), before + 1) << "no reveal without identity";
}

// Issue #12 item 9: with cases 01-03, removing 02 used to make the next new case "03" again.
TEST_F(CaseAuditPageTest, ANewCaseAfterARemovalGetsTheNextNumberNeverARepeat)
{
    CaseAuditPage page(session);
    page.show();
    click(&page, "newRoundButton");
    clickSave(page.roundDialog());
    ASSERT_NE(page.currentRoundId(), 0);
    for (const char *name : {"Anak Satu", "Anak Dua", "Anak Tiga"}) {
        click(&page, "newCaseButton");
        fillNewCase(page.caseDialog(), QString::fromLatin1(name));
        clickSave(page.caseDialog());
    }
    ASSERT_EQ(page.caseModel()->rowCount(), 3);
    page.selectCase(page.caseModel()->idAt(1));
    ASSERT_EQ(page.caseView()->selectionModel()->selectedRows().first().data().toString(),
              QStringLiteral("02"));
    Dialogs::setNextAnswer(true);
    click(&page, "removeCaseButton");
    EXPECT_EQ(rowTexts(page.caseModel()).size(), 2);

    click(&page, "newCaseButton");
    auto *number = child<QLineEdit>(page.caseDialog(), "caseNumberLineEdit");
    EXPECT_EQ(number->text(), QStringLiteral("04"));
    // Typing a number another case has is refused in the dialog, which stays open.
    number->clear();
    QTest::keyClicks(number, QStringLiteral("03"));
    fillNewCase(page.caseDialog(), QStringLiteral("Anak Empat"));
    AuditCaseDialog *dialog = page.caseDialog();
    clickSave(dialog);
    ASSERT_NE(page.caseDialog(), nullptr);
    EXPECT_TRUE(dialog->errorText().contains(QStringLiteral("03")))
        << dialog->errorText().toStdString();
    EXPECT_TRUE(dialog->errorText().contains(QStringLiteral("04")));
    number->clear();
    QTest::keyClicks(number, QStringLiteral("04"));
    clickSave(dialog);
    QStringList numbers;
    for (int r = 0; r < page.caseModel()->rowCount(); ++r)
        numbers << page.caseModel()->index(r, CaseListModel::NumberColumn).data().toString();
    EXPECT_EQ(numbers,
              (QStringList{QStringLiteral("01"), QStringLiteral("03"), QStringLiteral("04")}));
}

TEST_F(CaseAuditPageTest, FilesOfACaseOpenOnlyWithTheIdentityAndGoWithTheCase)
{
    CaseAuditPage page(session);
    page.show();
    click(&page, "newRoundButton");
    clickSave(page.roundDialog());
    click(&page, "newCaseButton");
    AuditCaseDialog *dialog = page.caseDialog();
    fillNewCase(dialog, QStringLiteral("Anak Berkas"));
    auto *tabs = child<QTabWidget>(dialog, "caseTabs");
    const int filesTab = tabs->indexOf(dialog->attachments());
    ASSERT_GE(filesTab, 0);
    // A new case shows its identity, but has no record to hold files yet.
    EXPECT_TRUE(tabs->isTabEnabled(filesTab));
    EXPECT_EQ(dialog->attachments()->ownerId(), 0);
    clickSave(dialog);
    ASSERT_EQ(page.caseModel()->rowCount(), 1);
    const auto caseId = page.caseModel()->idAt(0);

    // A stored case: the files wait, like the identity, until it is shown (and logged).
    page.selectCase(caseId);
    click(&page, "openCaseButton");
    dialog = page.caseDialog();
    ASSERT_NE(dialog, nullptr);
    tabs = child<QTabWidget>(dialog, "caseTabs");
    EXPECT_FALSE(tabs->isTabEnabled(filesTab));
    const int viewsBefore = views(session.database());
    click(dialog, "revealIdentityButton");
    EXPECT_EQ(views(session.database()), viewsBefore + 1);
    EXPECT_TRUE(tabs->isTabEnabled(filesTab));
    EXPECT_EQ(dialog->attachments()->ownerId(), caseId);
    const QString scan = dir.filePath(QStringLiteral("formulir-audit.pdf"));
    {
        QFile file(scan);
        ASSERT_TRUE(file.open(QIODevice::WriteOnly));
        file.write("%PDF-1.4 formulir audit kasus\n");
    }
    EXPECT_TRUE(dialog->attachments()->addFile(scan, QStringLiteral("audit_form")));
    EXPECT_EQ(dialog->attachments()->count(), 1);
    storage::DocumentStore store(session.database());
    ASSERT_EQ(store.list(QStringLiteral("audit_case"), caseId).size(), 1U);
    dialog->reject();
    QApplication::processEvents();

    // Removing the case removes its files.
    page.selectCase(caseId);
    Dialogs::setNextAnswer(true);
    click(&page, "removeCaseButton");
    EXPECT_EQ(page.caseModel()->rowCount(), 0);
    EXPECT_TRUE(store.list(QStringLiteral("audit_case"), caseId).empty());
}

TEST_F(CaseAuditPageTest, ListKeepsSortAndSelectionAcrossReloads)
{
    io::case_audit::addDemo(session.database());
    CaseAuditPage page(session);
    page.resize(1136, 700);
    page.show();
    QAbstractItemModelTester tester(page.caseModel(),
                                    QAbstractItemModelTester::FailureReportingMode::Fatal);
    ASSERT_EQ(page.caseModel()->rowCount(), 12);
    auto *view = page.caseView();
    // Sorted by age, oldest first; a case in the middle selected.
    view->sortByColumn(CaseListModel::AgeColumn, Qt::DescendingOrder);
    const auto ageAt = [&](int row) {
        return view->model()
            ->index(row, CaseListModel::AgeColumn)
            .data(CaseListModel::SortRole)
            .toInt();
    };
    for (int row = 1; row < view->model()->rowCount(); ++row)
        EXPECT_GE(ageAt(row - 1), ageAt(row));
    view->selectRow(5);
    const auto chosen = page.selectedCaseId();
    ASSERT_NE(chosen, 0);
    // Someone else changes the round: the page reloads and keeps both.
    session.notifyChanged(usecases::Topic::CaseAudit);
    EXPECT_EQ(page.selectedCaseId(), chosen);
    EXPECT_EQ(view->horizontalHeader()->sortIndicatorSection(), CaseListModel::AgeColumn);
    for (int row = 1; row < view->model()->rowCount(); ++row)
        EXPECT_GE(ageAt(row - 1), ageAt(row));
    // Long texts are whole in the tooltip.
    const auto finding = view->model()->index(0, CaseListModel::FindingColumn);
    EXPECT_EQ(finding.data(Qt::ToolTipRole).toString(), finding.data().toString());
    EXPECT_FALSE(finding.data().toString().isEmpty());
    // Another module's change does not reload the page.
    page.caseModel()->setCases({}, core::Language::Indonesian);
    session.notifyChanged(usecases::Topic::Locus);
    EXPECT_EQ(page.caseModel()->rowCount(), 0);
}

// The sidebar badge of the module: overdue follow-ups of audited cases, never those of
// meeting decisions; it follows the clock and the follow-ups' status.
TEST_F(CaseAuditPageTest, TheModuleCountsOverdueCaseFollowUpsForTheBadge)
{
    io::case_audit::addDemo(session.database());
    const auto module = case_audit::pageModule();
    ASSERT_TRUE(module.badge);
    EXPECT_TRUE(module.badgeTopics & usecases::Topic::FollowUps);
    EXPECT_TRUE(module.badgeTopics & usecases::Topic::CaseAudit);
    storage::FollowUpRepository followUps(session.database());
    storage::FollowUpFilter ofCases;
    ofCases.ownerType = std::string(core::follow_up_owner::kAuditCase);
    const auto entries = followUps.list(ofCases);
    ASSERT_FALSE(entries.empty());
    const auto expected = [&](const date &today) {
        int n = 0;
        for (const auto &e : followUps.list(ofCases))
            n += core::isOverdue(e.followUp, today) ? 1 : 0;
        return n;
    };

    clock->set(boost::posix_time::ptime(date(2000, 1, 1)));
    EXPECT_EQ(module.badge(session), 0) << "nothing is due yet in 2000";

    // Years later every pending one is late; meeting follow-ups do not count here.
    clock->set(boost::posix_time::ptime(date(2100, 1, 1)));
    const int late = expected(date(2100, 1, 1));
    ASSERT_GT(late, 0);
    EXPECT_EQ(module.badge(session), late);
    EXPECT_LT(module.badge(session), followUps.overdueCount()) << "the meetings' are not counted";
    EXPECT_TRUE(module.badgeToolTip(late).contains(QString::number(late)));

    // One done: one fewer.
    for (const auto &e : entries) {
        if (!core::isOverdue(e.followUp, date(2100, 1, 1)))
            continue;
        core::FollowUp done = e.followUp;
        done.status = core::FollowUpStatus::Done;
        done.doneDate = date(2099, 12, 1);
        followUps.update(done);
        break;
    }
    EXPECT_EQ(module.badge(session), late - 1);
}

// Not a check: with KONVERGENSI_SCREENSHOT_DIR set (run under xvfb-run for real fonts), saves
// the page with the demo round, the case dialog (each tab) and the round dialog (each tab) as
// PNG files, and the round report as PDF.
TEST_F(CaseAuditPageTest, ScreenshotWhenAsked)
{
    const QString out = qEnvironmentVariable("KONVERGENSI_SCREENSHOT_DIR");
    if (out.isEmpty())
        GTEST_SKIP() << "set KONVERGENSI_SCREENSHOT_DIR to take screenshots";
    io::case_audit::addDemo(session.database());
    CaseAuditPage page(session);
    page.resize(1136, 700);
    page.show();
    QTest::qWait(200);
    EXPECT_TRUE(page.grab().save(out + QStringLiteral("/aks_page.png")));
    page.caseView()->selectRow(7);
    click(&page, "openCaseButton");
    click(page.caseDialog(), "revealIdentityButton");
    auto *tabs = child<QTabWidget>(page.caseDialog(), "caseTabs");
    for (int i = 0; i < tabs->count(); ++i) {
        tabs->setCurrentIndex(i);
        QTest::qWait(100);
        EXPECT_TRUE(
            page.caseDialog()->grab().save(out + QStringLiteral("/aks_case_%1.png").arg(i + 1)));
    }
    page.caseDialog()->reject();
    click(&page, "editRoundButton");
    auto *roundTabs = child<QTabWidget>(page.roundDialog(), "roundTabs");
    for (int i = 0; i < roundTabs->count(); ++i) {
        roundTabs->setCurrentIndex(i);
        QTest::qWait(100);
        EXPECT_TRUE(
            page.roundDialog()->grab().save(out + QStringLiteral("/aks_round_%1.png").arg(i + 1)));
    }
    page.roundDialog()->reject();
    const QString pdf = out + QStringLiteral("/aks_report.pdf");
    Dialogs::setNextFileName(pdf);
    click(&page, "reportPdfButton");
}

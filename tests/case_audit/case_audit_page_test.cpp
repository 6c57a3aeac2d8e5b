// SPDX-License-Identifier: GPL-3.0-or-later
// Drives the "Audit Kasus Stunting" page through its real widgets, headless: a round made
// through its dialog (team, schedule, the dissemination meeting of the register), a case with
// identity, risk factors (one added to the checklist) and a follow-up, the NIK refused when it
// disagrees, the list showing initials only, the identity revealed on request (logged), the
// round report printed to PDF (read back with pdftotext) and the export without identity.
#include "gui_test_helpers.h"

#include "gui/case_audit/audit_case_dialog.h"
#include "gui/case_audit/audit_round_dialog.h"
#include "gui/case_audit/case_audit_page.h"
#include "gui/common/dialogs.h"
#include "gui/language.h"
#include "gui/workspace/workspace_session.h"
#include "io/case_audit/demo_case_audit.h"
#include "io/meetings/demo_meetings.h"
#include "io/workspace_setup.h"
#include "io/xlsx_reader.h"
#include "storage/audit_log.h"
#include "storage/case_audit/case_audit_repository.h"
#include "storage/database.h"
#include "storage/followups/follow_up_repository.h"
#include "storage/meetings/meeting_repository.h"

#include <QAbstractItemModelTester>
#include <QComboBox>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QFile>
#include <QGroupBox>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QProcess>
#include <QPushButton>
#include <QSignalSpy>
#include <QSpinBox>
#include <QStandardItemModel>
#include <QStandardPaths>
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
    page.resize(1200, 700);
    page.show();
    QAbstractItemModelTester tester(page.caseModel(),
                                    QAbstractItemModelTester::FailureReportingMode::Warning);
    EXPECT_FALSE(child<QPushButton>(&page, "newCaseButton")->isEnabled());

    // A round: semester, team, schedule, the dissemination meeting.
    click(&page, "newRoundButton");
    AuditRoundDialog *roundDialog = page.roundDialog();
    ASSERT_NE(roundDialog, nullptr);
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
    ASSERT_GT(aks, 0);
    meeting->setCurrentIndex(aks);
    auto *steps = child<QTableWidget>(roundDialog, "stepTable");
    static_cast<QComboBox *>(steps->cellWidget(0, 2))->setCurrentIndex(2); // selection done
    auto *roundButtons = child<QDialogButtonBox>(roundDialog, "buttonBox");
    QTest::mouseClick(roundButtons->button(QDialogButtonBox::Ok), Qt::LeftButton);
    EXPECT_TRUE(roundDialog->isVisible()) << "a done step needs its date";
    EXPECT_FALSE(child<QLabel>(roundDialog, "errorLabel")->text().isEmpty());
    static_cast<QDateEdit *>(steps->cellWidget(0, 3))->setDate(QDate(2023, 9, 15));
    QTest::mouseClick(roundButtons->button(QDialogButtonBox::Ok), Qt::LeftButton);
    QApplication::processEvents();

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

    // A case with identity, risk factors and a follow-up.
    click(&page, "newCaseButton");
    AuditCaseDialog *caseDialog = page.caseDialog();
    ASSERT_NE(caseDialog, nullptr);
    auto *group = child<QComboBox>(caseDialog, "targetGroupComboBox");
    group->setCurrentIndex(group->findData(static_cast<int>(core::AuditTargetGroup::Baduta)));
    auto *desa = child<QComboBox>(caseDialog, "desaComboBox");
    desa->setCurrentIndex(desa->findData(QStringLiteral("14.03.01.2004")));
    ASSERT_GT(desa->currentIndex(), 0);
    QTest::keyClicks(child<QLineEdit>(caseDialog, "nameLineEdit"),
                     QStringLiteral("Rizka Amelia Contoh"));
    child<QDateEdit>(caseDialog, "birthDateEdit")->setDate(QDate(2022, 5, 12));
    auto *sex = child<QComboBox>(caseDialog, "sexComboBox");
    sex->setCurrentIndex(sex->findData(QStringLiteral("f")));
    auto *nik = child<QLineEdit>(caseDialog, "nikLineEdit");
    QTest::keyClicks(nik, QStringLiteral("1403011205229998")); // male day part: disagrees
    QTest::keyClicks(child<QPlainTextEdit>(caseDialog, "findingEdit"),
                     QStringLiteral("PB/U -2,7 SD pada usia 20 bulan"));
    QTest::keyClicks(child<QPlainTextEdit>(caseDialog, "causesEdit"),
                     QStringLiteral("MP-ASI kurang protein hewani"));
    auto *risks = child<QListWidget>(caseDialog, "riskFactorList");
    ASSERT_GT(risks->count(), 3);
    risks->item(0)->setCheckState(Qt::Checked);
    risks->item(3)->setCheckState(Qt::Checked);
    QTest::keyClicks(child<QLineEdit>(caseDialog, "newRiskFactorLineEdit"),
                     QStringLiteral("Pengasuhan oleh nenek"));
    click(caseDialog, "addRiskFactorButton");
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
    EXPECT_EQ(child<QTableWidget>(caseDialog, "followUpTable")->rowCount(), 1);
    auto *caseButtons = child<QDialogButtonBox>(caseDialog, "buttonBox");
    QTest::mouseClick(caseButtons->button(QDialogButtonBox::Save), Qt::LeftButton);
    EXPECT_TRUE(caseDialog->isVisible()) << "the NIK disagrees with the sex";
    EXPECT_FALSE(child<QLabel>(caseDialog, "errorLabel")->text().isEmpty());
    nik->clear();
    QTest::keyClicks(nik, QStringLiteral("1403015205229998"));
    QTest::mouseClick(caseButtons->button(QDialogButtonBox::Save), Qt::LeftButton);
    QApplication::processEvents();

    // The list shows initials and age, not the identity.
    ASSERT_EQ(page.caseModel()->rowCount(), 1);
    QStringList cells;
    for (int c = 0; c < page.caseModel()->columnCount(); ++c)
        cells << page.caseModel()->item(0, c)->text();
    const QString rowText = cells.join(u'|');
    EXPECT_TRUE(rowText.contains(QStringLiteral("R.A.C."))) << rowText.toStdString();
    EXPECT_TRUE(rowText.contains(QStringLiteral("20"))) << rowText.toStdString(); // months
    EXPECT_FALSE(rowText.contains(QStringLiteral("Rizka")));
    EXPECT_FALSE(rowText.contains(QStringLiteral("1403015205229998")));
    const auto list = repo.listCases(rounds[0].id);
    ASSERT_EQ(list.size(), 1U);
    EXPECT_EQ(list[0].riskFactorCount, 3);
    EXPECT_EQ(list[0].followUps, 1);
    EXPECT_TRUE(page.summaryLabel()->text().contains(QStringLiteral("Pengasuhan oleh nenek")));

    // Opening the case hides the identity until asked; the reveal is logged.
    page.caseView()->selectRow(0);
    click(&page, "openCaseButton");
    caseDialog = page.caseDialog();
    ASSERT_NE(caseDialog, nullptr);
    EXPECT_FALSE(child<QGroupBox>(caseDialog, "identityGroupBox")->isVisible());
    EXPECT_TRUE(child<QLineEdit>(caseDialog, "nameLineEdit")->text().isEmpty());
    const int before = views(session.database());
    click(caseDialog, "revealIdentityButton");
    EXPECT_TRUE(child<QGroupBox>(caseDialog, "identityGroupBox")->isVisible());
    EXPECT_EQ(child<QLineEdit>(caseDialog, "nameLineEdit")->text(),
              QStringLiteral("Rizka Amelia Contoh"));
    EXPECT_EQ(views(session.database()), before + 1);
    caseDialog->reject();
    QApplication::processEvents();

    // The round report as PDF.
    const QString pdf = dir.filePath(QStringLiteral("aks.pdf"));
    Dialogs::setNextFileName(pdf);
    click(&page, "reportPdfButton");
    ASSERT_TRUE(QFile::exists(pdf));
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
}

// Not a check: with KONVERGENSI_SCREENSHOT_DIR set (run under xvfb-run for real fonts), saves
// the page with the demo round, the case dialog and the round dialog as PNG files.
// KONVERGENSI_EXTRA_QM may name a compiled translation to load on top (before the lead merges
// this module's strings into konvergensi_id.ts).
// The sidebar badge of the module: overdue follow-ups of audited cases, never those of
// meeting decisions; it follows the clock and the follow-ups' status.
TEST_F(CaseAuditPageTest, CountsOverdueCaseFollowUpsForTheBadge)
{
    io::case_audit::addDemo(session.database());
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
    CaseAuditPage page(session);
    QSignalSpy spy(&page, &CaseAuditPage::overdueCountChanged);
    EXPECT_EQ(page.overdueCount(), 0) << "nothing is due yet in 2000";

    // Years later every pending one is late; meeting follow-ups do not count here.
    clock->set(boost::posix_time::ptime(date(2100, 1, 1)));
    session.notifyContentChanged();
    const int late = expected(date(2100, 1, 1));
    ASSERT_GT(late, 0);
    EXPECT_EQ(page.overdueCount(), late);
    ASSERT_FALSE(spy.isEmpty());
    EXPECT_EQ(spy.last().at(0).toInt(), late);
    EXPECT_LT(page.overdueCount(), followUps.overdueCount()) << "the meetings' are not counted";

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
    session.notifyContentChanged();
    EXPECT_EQ(page.overdueCount(), late - 1);
    EXPECT_EQ(spy.last().at(0).toInt(), late - 1);
}

TEST_F(CaseAuditPageTest, ScreenshotWhenAsked)
{
    const QString out = qEnvironmentVariable("KONVERGENSI_SCREENSHOT_DIR");
    if (out.isEmpty())
        GTEST_SKIP() << "set KONVERGENSI_SCREENSHOT_DIR to take screenshots";
    QTranslator extra;
    if (!qEnvironmentVariable("KONVERGENSI_EXTRA_QM").isEmpty()
        && extra.load(qEnvironmentVariable("KONVERGENSI_EXTRA_QM")))
        QCoreApplication::installTranslator(&extra);
    io::case_audit::addDemo(session.database());
    CaseAuditPage page(session);
    page.resize(1280, 760);
    page.show();
    QTest::qWait(200);
    EXPECT_TRUE(page.grab().save(out + QStringLiteral("/aks_page.png")));
    page.caseView()->selectRow(7);
    click(&page, "openCaseButton");
    click(page.caseDialog(), "revealIdentityButton");
    QTest::qWait(200);
    EXPECT_TRUE(page.caseDialog()->grab().save(out + QStringLiteral("/aks_case.png")));
    page.caseDialog()->reject();
    click(&page, "editRoundButton");
    QTest::qWait(200);
    EXPECT_TRUE(page.roundDialog()->grab().save(out + QStringLiteral("/aks_round.png")));
    page.roundDialog()->reject();
    const QString pdf = out + QStringLiteral("/aks_report.pdf");
    Dialogs::setNextFileName(pdf);
    click(&page, "reportPdfButton");
    QCoreApplication::removeTranslator(&extra);
}

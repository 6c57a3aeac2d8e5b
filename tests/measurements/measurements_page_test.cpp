// SPDX-License-Identifier: GPL-3.0-or-later
// The Pengukuran Balita page on the demo workspace (two rounds of invented children): the
// rounds with their district figures against the samples' expected figures; the drill-down
// kecamatan -> desa -> posyandu against every expected desa cell; e-PPGBM's own statuses
// beside the WHO judgement, the disagreements counted independently from the file and the
// WHO package's z-scores; sorting and selection kept across a reload; the children by
// initials, their identity only when asked (and the look logged); the models under
// QAbstractItemModelTester; the families and conflict dialogs fit a 1366×768 screen.
#include "../gui/gui_test_helpers.h"
#include "dialog_fit.h"
#include "eppgbm_expected.h"

#include "gui/case_audit/audit_case_dialog.h"
#include "gui/common/dialogs.h"
#include "gui/language.h"
#include "gui/measurements/families_dialog.h"
#include "gui/measurements/follow_up_panel.h"
#include "gui/measurements/measurement_models.h"
#include "gui/measurements/measurements_page.h"
#include "gui/measurements/target_data_panel.h"
#include "gui/prevalence/conflict_dialog.h"
#include "gui/workspace/workspace_session.h"
#include "io/csv_reader.h"
#include "io/measurements/eppgbm_file.h"
#include "storage/audit_log.h"
#include "storage/case_audit/case_audit_repository.h"
#include "storage/database.h"
#include "storage/prevalence/prevalence_repository.h"
#include "usecases/changes.h"

#include <QAbstractItemModelTester>
#include <QFile>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSortFilterProxyModel>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>

#include <gtest/gtest.h>

#include <cmath>

using namespace konvergensi;
using namespace konvergensi::gui;
using namespace konvergensi::gui::measurements;
namespace cm = core::measurements;
using test::eppgbmFile;

namespace {

class MeasurementsPageTest : public ::testing::Test
{
protected:
    void SetUp() override
    {
        ASSERT_TRUE(dir.isValid());
        Dialogs::resetForTests();
        session = std::make_unique<WorkspaceSession>(
            std::make_shared<core::FixedClock>(boost::gregorian::date(2025, 3, 10)));
        session->create(dir.filePath(QStringLiteral("w.kvg")), io::WorkspaceTemplate::Demo);
        page = std::make_unique<MeasurementsPage>(*session);
        page->resize(1366 - 230, 700);
        page->show();
    }

    /// The expected figures of the August 2024 sample, by code.
    static QMap<QString, QMap<QString, QString>> expected()
    {
        return test::keyedRows(
            io::CsvReader::readFile(eppgbmFile(QStringLiteral("expected-small.csv"))),
            QStringLiteral("code"));
    }

    /// The cell of an area row (by key) and column of the area model.
    QString areaCell(const QString &key, int column) const
    {
        const int row = page->areaModel()->rowOf(key);
        return page->areaModel()->index(row, column).data(SortRole).toString();
    }

    QTemporaryDir dir;
    std::unique_ptr<WorkspaceSession> session;
    std::unique_ptr<MeasurementsPage> page;
};

} // namespace

TEST_F(MeasurementsPageTest, ListsTheDemoRoundsWithTheirDistrictFigures)
{
    auto *rounds = page->roundModel();
    ASSERT_EQ(rounds->rowCount(), 2);
    EXPECT_EQ(page->currentRound(), QStringLiteral("2025-02")) << "the newest first";
    const auto figures = expected();
    const auto &district = figures.value(QStringLiteral("14.03"));
    const int row = rounds->rowOf(QStringLiteral("2024-08"));
    ASSERT_GE(row, 0);
    const auto cell = [&](int column) { return rounds->index(row, column).data(SortRole); };
    EXPECT_EQ(cell(RoundTableModel::ChildrenColumn).toString(),
              district.value(QStringLiteral("children")));
    EXPECT_EQ(cell(RoundTableModel::StuntedColumn).toString(),
              district.value(QStringLiteral("stunted")));
    EXPECT_EQ(cell(RoundTableModel::WastedColumn).toString(),
              district.value(QStringLiteral("wasted")));
    EXPECT_EQ(cell(RoundTableModel::UnderweightColumn).toString(),
              district.value(QStringLiteral("underweight")));
    EXPECT_EQ(cell(RoundTableModel::SkippedColumn).toString(),
              district.value(QStringLiteral("skipped_total")));
    EXPECT_NEAR(cell(RoundTableModel::StuntedRateColumn).toDouble(),
                district.value(QStringLiteral("stunted_pct")).toDouble(), 0.005);
    // Shown in Indonesian: the month by name, the rate with a decimal comma.
    ASSERT_TRUE(LanguageSetup::install(QStringLiteral("id")));
    struct English
    {
        ~English() { LanguageSetup::install(QStringLiteral("en")); }
    } english;
    EXPECT_EQ(rounds->headerData(RoundTableModel::RoundColumn, Qt::Horizontal).toString(),
              QStringLiteral("Bulan penimbangan"));
    EXPECT_TRUE(rounds->index(row, RoundTableModel::RoundColumn)
                    .data()
                    .toString()
                    .contains(QStringLiteral("Agustus 2024")));
    EXPECT_EQ(rounds->index(row, RoundTableModel::StuntedRateColumn).data().toString(),
              QStringLiteral("10,6 %"));
    QAbstractItemModelTester tester(rounds,
                                    QAbstractItemModelTester::FailureReportingMode::Warning);
}

TEST_F(MeasurementsPageTest, DrillsFromKecamatanToDesaToPosyanduWithTheExpectedCells)
{
    ASSERT_TRUE(page->selectRound(QStringLiteral("2024-08")));
    const auto figures = expected();
    // The top: the 11 kecamatan, each with every expected cell.
    ASSERT_EQ(page->areaModel()->rowCount(), 11);
    int checked = 0;
    for (const auto &area : page->areaModel()->areas()) {
        const auto &want = figures.value(QString::fromStdString(area.code));
        const QString key = AreaTableModel::keyOf(area);
        EXPECT_EQ(areaCell(key, AreaTableModel::ChildrenColumn),
                  want.value(QStringLiteral("children")));
        EXPECT_EQ(areaCell(key, AreaTableModel::ValidColumn),
                  want.value(QStringLiteral("haz_valid")));
        EXPECT_EQ(areaCell(key, AreaTableModel::CasesColumn),
                  want.value(QStringLiteral("stunted")));
        EXPECT_EQ(areaCell(key, AreaTableModel::SkippedColumn),
                  want.value(QStringLiteral("skipped_total")));
        ++checked;
    }
    EXPECT_EQ(checked, 11);

    // Into Bantan: its desa, every cell of every desa as expected.
    ASSERT_TRUE(page->drillInto(QStringLiteral("kecamatan|14.03.02")));
    EXPECT_TRUE(page->scopeLabel()->text().contains(QStringLiteral("Bantan")));
    ASSERT_GT(page->areaModel()->rowCount(), 10);
    for (const auto &area : page->areaModel()->areas()) {
        EXPECT_EQ(area.kecamatanCode, "14.03.02");
        const auto &want = figures.value(QString::fromStdString(area.code));
        EXPECT_EQ(QString::number(area.counts.children), want.value(QStringLiteral("children")))
            << area.code;
        EXPECT_EQ(QString::number(area.counts.whz.below2), want.value(QStringLiteral("wasted")))
            << area.code;
        EXPECT_EQ(QString::number(area.counts.waz.below2),
                  want.value(QStringLiteral("underweight")))
            << area.code;
    }
    // Into a desa: its posyandu, whose children add up to the desa's.
    const auto desa = page->areaModel()->areas().front();
    ASSERT_TRUE(page->drillInto(AreaTableModel::keyOf(desa)));
    int children = 0;
    for (const auto &posyandu : page->areaModel()->areas()) {
        EXPECT_EQ(posyandu.level, cm::AreaLevel::Posyandu);
        children += posyandu.counts.children;
    }
    EXPECT_EQ(children, desa.counts.children);
    EXPECT_FALSE(page->drillInto(AreaTableModel::keyOf(page->areaModel()->areas().front())))
        << "nothing below a posyandu";
    // The children tab lists the chosen posyandu's children.
    const int current = page->areaModel()->rowOf(page->currentAreaKey());
    ASSERT_GE(current, 0);
    EXPECT_EQ(page->childModel()->rowCount(),
              page->areaModel()->areas()[static_cast<std::size_t>(current)].counts.children);

    // Up goes back and keeps the desa chosen.
    page->findChild<QPushButton *>(QStringLiteral("upButton"))->click();
    EXPECT_EQ(page->currentAreaKey(), AreaTableModel::keyOf(desa));
    page->drillUp();
    EXPECT_EQ(page->currentAreaKey(), QStringLiteral("kecamatan|14.03.02"));
    EXPECT_FALSE(page->findChild<QPushButton *>(QStringLiteral("upButton"))->isEnabled());

    // Per puskesmas: one per kecamatan in the samples.
    page->setView(MeasurementsPage::View::Puskesmas);
    EXPECT_EQ(page->areaModel()->rowCount(), 11);
    int total = 0;
    for (const auto &area : page->areaModel()->areas())
        total += area.counts.children;
    EXPECT_EQ(QString::number(total),
              figures.value(QStringLiteral("14.03")).value(QStringLiteral("children")));
}

TEST_F(MeasurementsPageTest, CountsWhereEppgbmsStatusDiffersFromTheWhoJudgement)
{
    ASSERT_TRUE(page->selectRound(QStringLiteral("2024-08")));
    // Independently: e-PPGBM's ZS TB/U of each row of the file beside the WHO package's zlen
    // and flag of the same row.
    const io::measurements::EppgbmFile file = io::measurements::readEppgbmFile(
        eppgbmFile(QStringLiteral("entri-2024-08-small.xlsx")));
    ASSERT_TRUE(file.ok());
    const auto rows = test::keyedRows(
        io::CsvReader::readFile(eppgbmFile(QStringLiteral("expected-small-rows.csv"))),
        QStringLiteral("file_row"));
    int typed = 0, typedStunted = 0, compared = 0, disagree = 0;
    for (const auto &row : file.rows) {
        const auto &want = rows.value(QString::number(row.line));
        if (want.value(QStringLiteral("status")) != QStringLiteral("kept"))
            continue;
        const QString typedText = row.at(io::measurements::Column::TypedHaz).trimmed();
        if (typedText.isEmpty())
            continue;
        const double typedZ = typedText.toDouble();
        ++typed;
        typedStunted += typedZ < -2 ? 1 : 0;
        if (want.value(QStringLiteral("zlen")).isEmpty()
            || want.value(QStringLiteral("zlen")) == QStringLiteral("NA")
            || want.value(QStringLiteral("flen")) != QStringLiteral("0"))
            continue;
        ++compared;
        const double zlen = std::round(want.value(QStringLiteral("zlen")).toDouble() * 100) / 100;
        disagree += (typedZ < -2) != (zlen < -2) ? 1 : 0;
    }
    ASSERT_GT(typed, 1000);
    ASSERT_GT(disagree, 0) << "the samples' e-PPGBM z-scores carry noise";

    int shownTyped = 0, shownCases = 0, shownDisagree = 0;
    for (const auto &area : page->areaModel()->areas()) {
        const QString key = AreaTableModel::keyOf(area);
        shownCases += areaCell(key, AreaTableModel::TypedCasesColumn).toInt();
        shownDisagree += areaCell(key, AreaTableModel::DisagreeColumn).toInt();
        shownTyped += area.counts.typedOf(cm::Status::Stunted).typed;
    }
    EXPECT_EQ(shownTyped, typed);
    EXPECT_EQ(shownCases, typedStunted);
    EXPECT_EQ(shownDisagree, disagree);
}

TEST_F(MeasurementsPageTest, KeepsSortAndSelectionAcrossAReloadAndAStatusChange)
{
    ASSERT_TRUE(page->selectRound(QStringLiteral("2024-08")));
    QTableView *view = page->areaView();
    view->sortByColumn(AreaTableModel::ChildrenColumn, Qt::AscendingOrder);
    for (int row = 1; row < page->areaProxy()->rowCount(); ++row)
        EXPECT_LE(
            page->areaProxy()
                ->index(row - 1, AreaTableModel::ChildrenColumn)
                .data(SortRole)
                .toInt(),
            page->areaProxy()->index(row, AreaTableModel::ChildrenColumn).data(SortRole).toInt());
    ASSERT_TRUE(page->selectArea(QStringLiteral("kecamatan|14.03.11")));
    session->notifyChanged(usecases::Topic::Measurements);
    EXPECT_EQ(page->currentRound(), QStringLiteral("2024-08"));
    EXPECT_EQ(page->currentAreaKey(), QStringLiteral("kecamatan|14.03.11"));
    EXPECT_EQ(view->horizontalHeader()->sortIndicatorSection(), AreaTableModel::ChildrenColumn);
    page->setStatus(cm::Status::Wasted);
    EXPECT_EQ(page->currentAreaKey(), QStringLiteral("kecamatan|14.03.11"));
    const auto figures = expected();
    EXPECT_EQ(areaCell(QStringLiteral("kecamatan|14.03.11"), AreaTableModel::CasesColumn),
              figures.value(QStringLiteral("14.03.11")).value(QStringLiteral("wasted")));
    QAbstractItemModelTester areas(page->areaModel(),
                                   QAbstractItemModelTester::FailureReportingMode::Warning);
    QAbstractItemModelTester children(page->childModel(),
                                      QAbstractItemModelTester::FailureReportingMode::Warning);
}

TEST_F(MeasurementsPageTest, ShowsAnIdentityOnlyWhenAskedAndLogsTheLook)
{
    ASSERT_TRUE(page->selectRound(QStringLiteral("2024-08")));
    ASSERT_TRUE(page->drillInto(QStringLiteral("kecamatan|14.03.01")));
    ASSERT_GT(page->childModel()->rowCount(), 0);
    const auto child = page->childModel()->children().front();
    ASSERT_TRUE(page->selectChild(child.childId));
    // Nothing in the list is a name: initials only.
    const auto names = test::keyedRows(
        io::CsvReader::readFile(eppgbmFile(QStringLiteral("expected-small-rows.csv"))),
        QStringLiteral("file_row"));
    for (int row = 0; row < page->childModel()->rowCount(); ++row) {
        for (int column = 0; column < ChildTableModel::ColumnCount; ++column) {
            const QString text = page->childModel()->index(row, column).data().toString();
            for (const auto &cells : names)
                ASSERT_NE(text, cells.value(QStringLiteral("name")));
        }
    }
    const auto looks = [&] {
        return storage::AuditLog::entries(session->database(),
                                          QStringLiteral("measurement_child_identity"))
            .size();
    };
    auto *button = page->findChild<QPushButton *>(QStringLiteral("showIdentityButton"));
    ASSERT_TRUE(button->isEnabled());
    Dialogs::setNextAnswer(false);
    button->click();
    EXPECT_EQ(looks(), 0U) << "declined: nothing shown, nothing logged";
    Dialogs::setNextAnswer(true);
    button->click();
    EXPECT_EQ(looks(), 1U);
    const QString shown = Dialogs::lastMessage();
    EXPECT_TRUE(shown.contains(QStringLiteral("NIK")));
    const QStringList parts = child.initials.split(u'.', Qt::SkipEmptyParts);
    ASSERT_FALSE(parts.isEmpty());
    EXPECT_TRUE(shown.contains(QStringLiteral("Nama: ") + parts.front())
                || shown.contains(QStringLiteral("Name: ") + parts.front()))
        << shown.toStdString();
}

TEST_F(MeasurementsPageTest, ExportsTheListWithIdentitiesOnlyWhenAsked)
{
    ASSERT_TRUE(page->selectRound(QStringLiteral("2024-08")));
    ASSERT_TRUE(page->drillInto(QStringLiteral("kecamatan|14.03.02")));
    const int listed = page->childModel()->rowCount();
    ASSERT_GT(listed, 0);
    const auto names = test::keyedRows(
        io::CsvReader::readFile(eppgbmFile(QStringLiteral("expected-small-rows.csv"))),
        QStringLiteral("file_row"));
    const auto namesIn = [&](const QString &text) {
        int found = 0;
        for (const auto &cells : names) {
            const QString name = cells.value(QStringLiteral("name"));
            found += name.contains(u' ') && text.contains(name) ? 1 : 0;
        }
        return found;
    };
    const auto read = [](const QString &path) {
        QFile file(path);
        EXPECT_TRUE(file.open(QIODevice::ReadOnly)) << path.toStdString();
        return QString::fromUtf8(file.readAll());
    };
    const auto looks = [&] {
        return storage::AuditLog::entries(session->database(),
                                          QStringLiteral("measurement_child_identity"))
            .size();
    };
    auto *button = page->findChild<QPushButton *>(QStringLiteral("exportChildrenButton"));
    ASSERT_TRUE(button->isEnabled());

    // Initials only: no name, no notice, nothing logged.
    const QString plain = dir.filePath(QStringLiteral("children.csv"));
    Dialogs::setNextAnswer(false);
    Dialogs::setNextFileName(plain);
    button->click();
    const QString plainText = read(plain);
    EXPECT_EQ(plainText.count(QStringLiteral("\r\n")), listed + 1) << "header and one per child";
    EXPECT_EQ(namesIn(plainText), 0);
    EXPECT_FALSE(plainText.contains(QStringLiteral("nik")));
    EXPECT_EQ(looks(), 0U);

    // With identities: the file says so on its first line, names are there, the look logged.
    const QString full = dir.filePath(QStringLiteral("children-identities.csv"));
    Dialogs::setNextAnswer(true);
    Dialogs::setNextFileName(full);
    button->click();
    const QString fullText = read(full);
    const QString firstLine = fullText.section(QStringLiteral("\r\n"), 0, 0);
    EXPECT_TRUE(firstLine.contains(QStringLiteral("personal data"))
                || firstLine.contains(QStringLiteral("data pribadi")))
        << firstLine.toStdString();
    EXPECT_GT(namesIn(fullText), listed / 2);
    EXPECT_EQ(looks(), 1U);
}

TEST_F(MeasurementsPageTest, ListsTheChildrenToFollowUpOfAnAreaAndStartsAnAuditCase)
{
    // Issue 14, item 4. The expected rows of the February 2025 sample say which children of
    // kecamatan 14.03.01 are below -3 SD (valid z-scores only).
    ASSERT_TRUE(page->selectRound(QStringLiteral("2025-02")));
    ASSERT_TRUE(page->selectArea(QStringLiteral("kecamatan|14.03.01")));
    int severelyStunted = 0;
    int severelyWasted = 0;
    int listed = 0;
    const auto rows = test::keyedRows(
        io::CsvReader::readFile(eppgbmFile(QStringLiteral("expected-final-small-rows.csv"))),
        QStringLiteral("file_row"));
    for (const auto &row : rows) {
        if (row.value(QStringLiteral("status")) != u"kept"
            || row.value(QStringLiteral("kecamatan_code")) != u"14.03.01")
            continue;
        const auto below = [&](const char *z, const char *flag) {
            const QString text = row.value(QLatin1String(z));
            return !text.isEmpty() && row.value(QLatin1String(flag)) == u"0"
                   && text.toDouble() < -3;
        };
        severelyStunted += below("zlen", "flen") ? 1 : 0;
        severelyWasted += below("zwfl", "fwfl") ? 1 : 0;
        listed += below("zlen", "flen") || below("zwfl", "fwfl") ? 1 : 0;
    }
    ASSERT_GT(listed, 0);
    FollowUpPanel *panel = page->followUpPanel();
    FollowUpTableModel *model = panel->model();
    QAbstractItemModelTester tester(model, QAbstractItemModelTester::FailureReportingMode::Warning);
    int stuntedRows = 0;
    int wastedRows = 0;
    int other = 0;
    for (const auto &entry : model->children()) {
        stuntedRows += entry.reasons.severelyStunted ? 1 : 0;
        wastedRows += entry.reasons.severelyWasted ? 1 : 0;
        if (!entry.reasons.severelyStunted && !entry.reasons.severelyWasted) {
            ++other;
            EXPECT_TRUE(entry.reasons.noWeightGain && entry.previous);
        }
        EXPECT_TRUE(entry.child.villageCode.startsWith(QStringLiteral("14.03.01.")));
    }
    EXPECT_EQ(stuntedRows, severelyStunted);
    EXPECT_EQ(wastedRows, severelyWasted);
    EXPECT_EQ(model->rowCount() - other, listed);
    auto *tabs = page->findChild<QTabWidget *>(QStringLiteral("measurementTabs"));
    ASSERT_TRUE(tabs);
    EXPECT_TRUE(tabs->tabText(2).contains(QString::number(model->rowCount())));

    // A desa shows only its own.
    const auto children = model->children();
    const QString desa = children.front().child.villageCode;
    ASSERT_TRUE(page->drillInto(QStringLiteral("kecamatan|14.03.01")));
    QString desaKey;
    for (const auto &area : page->areaModel()->areas()) {
        if (QString::fromStdString(area.code) == desa)
            desaKey = AreaTableModel::keyOf(area);
    }
    ASSERT_TRUE(page->selectArea(desaKey)) << desa.toStdString();
    ASSERT_GT(model->rowCount(), 0);
    for (const auto &entry : model->children())
        EXPECT_EQ(entry.child.villageCode, desa);

    // An audit case from the first child: declined first, then made, with the round of the
    // semester (February 2025: 2025 semester I) started on request.
    tabs->setCurrentIndex(2);
    QCoreApplication::processEvents();
    const auto child = model->children().front().child;
    ASSERT_TRUE(panel->selectChild(child.childId));
    auto *button = panel->findChild<QPushButton *>(QStringLiteral("newAuditCaseButton"));
    ASSERT_TRUE(button && button->isEnabled());
    const auto looks = [&] {
        return storage::AuditLog::entries(session->database(),
                                          QStringLiteral("measurement_child_identity"))
            .size();
    };
    Dialogs::setNextAnswer(false);
    EXPECT_EQ(panel->openAuditCase(), nullptr);
    EXPECT_EQ(looks(), 0U) << "declined: the identity was not opened";
    const auto roundsBefore = storage::CaseAuditRepository(session->database()).rounds().size();
    Dialogs::setNextAnswer(true);
    Dialogs::setNextAnswer(true);
    AuditCaseDialog *dialog = panel->openAuditCase();
    ASSERT_TRUE(dialog);
    EXPECT_EQ(looks(), 1U);
    const auto rounds = storage::CaseAuditRepository(session->database()).rounds();
    bool found = false;
    for (const auto &round : rounds)
        found = found || (round.year == 2025 && round.semester == 1);
    EXPECT_TRUE(found);
    EXPECT_LE(rounds.size(), roundsBefore + 1);
    auto *finding = dialog->findChild<QPlainTextEdit *>(QStringLiteral("findingEdit"));
    ASSERT_TRUE(finding);
    EXPECT_TRUE(finding->toPlainText().contains(QStringLiteral("SD")))
        << finding->toPlainText().toStdString();
    auto *name = dialog->findChild<QLineEdit *>(QStringLiteral("nameLineEdit"));
    ASSERT_TRUE(name);
    EXPECT_EQ(QString::fromStdString(cm::initials(name->text().toStdString())), child.initials);
    dialog->reject();
}

TEST_F(MeasurementsPageTest, TargetDataTabTakesTypedAndImportedFamilies)
{
    // Issue 14, item 4: the ministry's per-desa target data of the round, families typed in a
    // dialog (a real editable model) or imported from a file that is refused whole when a row
    // is wrong.
    ASSERT_TRUE(page->selectRound(QStringLiteral("2024-08")));
    TargetDataPanel *panel = page->targetDataPanel();
    TargetTableModel *model = panel->model();
    QAbstractItemModelTester tester(model, QAbstractItemModelTester::FailureReportingMode::Warning);
    const auto figures = expected();
    ASSERT_GT(model->rowCount(), 100);
    for (const auto &row : model->rows()) {
        const auto &want = figures.value(row.desaCode);
        EXPECT_EQ(row.measured, want.value(QStringLiteral("children")).toInt());
        EXPECT_EQ(row.severelyStunted + row.stunted, want.value(QStringLiteral("stunted")).toInt());
    }
    EXPECT_EQ(panel->familiesYear(), 2024);

    FamiliesDialog *dialog = panel->editFamilies();
    ASSERT_TRUE(dialog);
    test::expectDialogFits(dialog, QStringLiteral("pengukuran-keluarga"));
    FamiliesEditModel *edit = dialog->model();
    QAbstractItemModelTester editTester(edit,
                                        QAbstractItemModelTester::FailureReportingMode::Warning);
    int kota = -1;
    for (int row = 0; row < edit->rowCount(); ++row) {
        if (edit->rows()[static_cast<std::size_t>(row)].desaCode == u"14.03.01.1001")
            kota = row;
    }
    ASSERT_GE(kota, 0);
    EXPECT_FALSE(edit->setData(edit->index(kota, FamiliesEditModel::FamiliesColumn),
                               QStringLiteral("banyak")));
    EXPECT_FALSE(
        edit->setData(edit->index(kota, FamiliesEditModel::FamiliesColumn), QStringLiteral("-5")));
    ASSERT_TRUE(edit->setData(edit->index(kota, FamiliesEditModel::FamiliesColumn),
                              QStringLiteral("1.250")));
    ASSERT_TRUE(
        edit->setData(edit->index(kota, FamiliesEditModel::AtRiskColumn), QStringLiteral("2000")));
    EXPECT_TRUE(dialog->hasUnsavedChanges());
    dialog->accept(); // more at risk than families: refused, the dialog stays with the numbers
    EXPECT_TRUE(dialog->isVisible());
    EXPECT_FALSE(dialog->errorText().isEmpty());
    ASSERT_TRUE(
        edit->setData(edit->index(kota, FamiliesEditModel::AtRiskColumn), QStringLiteral("310")));
    dialog->accept();
    QCoreApplication::processEvents();
    const auto typed = [&](const QString &code) -> const usecases::measurements::TargetRow * {
        for (const auto &row : model->rows()) {
            if (row.desaCode == code)
                return &row;
        }
        return nullptr;
    };
    ASSERT_TRUE(typed(QStringLiteral("14.03.01.1001")));
    EXPECT_EQ(typed(QStringLiteral("14.03.01.1001"))->families, 1250);
    EXPECT_EQ(typed(QStringLiteral("14.03.01.1001"))->familiesAtRisk, 310);
    EXPECT_TRUE(panel->familiesLabel()->text().contains(QStringLiteral("2024")));

    // A file with a wrong row: refused whole, the line named.
    const QString bad = dir.filePath(QStringLiteral("buruk.csv"));
    {
        QFile file(bad);
        ASSERT_TRUE(file.open(QIODevice::WriteOnly));
        file.write("kode_desa,keluarga,krs\n14.03.01.1002,700,70\n14.03.01.1003,x,1\n");
    }
    EXPECT_FALSE(panel->importFamiliesFrom(bad));
    EXPECT_TRUE(Dialogs::lastMessage().contains(QStringLiteral("3: ")))
        << Dialogs::lastMessage().toStdString();
    EXPECT_FALSE(typed(QStringLiteral("14.03.01.1002"))->families);
    const QString good = dir.filePath(QStringLiteral("baik.csv"));
    {
        QFile file(good);
        ASSERT_TRUE(file.open(QIODevice::WriteOnly));
        file.write("kode_desa,keluarga,krs\n14.03.01.1002,700,70\n");
    }
    EXPECT_TRUE(panel->importFamiliesFrom(good));
    EXPECT_EQ(typed(QStringLiteral("14.03.01.1002"))->families, 700);
    EXPECT_EQ(typed(QStringLiteral("14.03.01.1001"))->families, 1250) << "other desa kept";
}

TEST_F(MeasurementsPageTest, SendingARoundToTheDashboardShowsTypedFiguresSideBySideFirst)
{
    // Issue 14, item 3: a typed e-PPGBM figure of February 2025 for the district differs from
    // the children's; the user sees both and chooses.
    storage::PrevalenceRepository prevalence(session->database());
    core::PrevalenceObservation typed;
    typed.area = core::PrevalenceArea::ofRegion(core::RegionCode::fromString("14.03"));
    typed.year = 2025;
    typed.round = core::PrevalenceRound::February;
    typed.source = core::PrevalenceSource::Eppgbm;
    typed.indicator = core::PrevalenceIndicator::Stunting;
    typed.measured = 700;
    typed.cases = 35;
    typed.note = "diketik dari laporan Dinkes";
    prevalence.upsert({typed});
    ASSERT_TRUE(page->selectRound(QStringLiteral("2025-02")));
    auto *button = page->findChild<QPushButton *>(QStringLiteral("publishButton"));
    ASSERT_TRUE(button && button->isEnabled());

    int rows = 0;
    QString incoming;
    test::whenModal([&](QWidget *modal) {
        auto *dialog = qobject_cast<ConflictDialog *>(modal);
        ASSERT_NE(dialog, nullptr);
        rows = dialog->model()->rowCount();
        incoming = dialog->model()->index(0, ConflictTableModel::IncomingColumn).data().toString();
        test::expectDialogFits(dialog, QStringLiteral("pengukuran-konflik"));
        dialog->reject(); // keep the typed figures
    });
    Dialogs::setNextAnswer(true);
    button->click();
    EXPECT_EQ(rows, 1);
    EXPECT_FALSE(incoming.isEmpty());
    auto held = prevalence.find(typed);
    ASSERT_TRUE(held);
    EXPECT_EQ(held->cases, 35) << "cancelled: the typed figure stays, nothing else is written";
    core::PrevalenceObservation wasting = typed;
    wasting.indicator = core::PrevalenceIndicator::Wasting;
    EXPECT_FALSE(prevalence.find(wasting));

    test::whenModal([](QWidget *modal) {
        modal->findChild<QPushButton *>(QStringLiteral("replaceButton"))->click();
    });
    Dialogs::setNextAnswer(true);
    button->click();
    held = prevalence.find(typed);
    ASSERT_TRUE(held);
    // The children's figures of February 2025 (expected-final-small.csv): stunted / haz_valid.
    const auto final = test::keyedRows(
        io::CsvReader::readFile(eppgbmFile(QStringLiteral("expected-final-small.csv"))),
        QStringLiteral("code"));
    EXPECT_EQ(held->cases,
              final.value(QStringLiteral("14.03")).value(QStringLiteral("stunted")).toLongLong());
    EXPECT_EQ(held->measured,
              final.value(QStringLiteral("14.03")).value(QStringLiteral("haz_valid")).toLongLong());
    EXPECT_TRUE(QString::fromStdString(held->note).startsWith(QStringLiteral("dihitung dari")));
    EXPECT_TRUE(prevalence.find(wasting));
}

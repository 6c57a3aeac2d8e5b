// SPDX-License-Identifier: GPL-3.0-or-later
// The editors of the Desa Lokus page, opened through its buttons: the entry, scorecard,
// decree and KPM dialogs (SaveDialog: a broken rule shows inside the dialog, which stays open
// with what was typed) and the proposal's choices by hand. For each kind of editor, quitting
// the real main window with unsaved edits asks once: Batal keeps the program and the edits,
// Simpan semua stores them, Buang drops them. Every dialog fits a 1366x768 screen.
// With KONVERGENSI_SCREENSHOT_DIR set, the scorecard dialog is saved there as a picture.
#include "dialog_fit.h"
#include "locus_gui_fixture.h"

#include "gui/common/attachments_widget.h"
#include "gui/common/date_edit.h"
#include "gui/common/file_export.h"
#include "gui/common/save_dialog.h"
#include "gui/common/unsaved_work.h"
#include "gui/locus/locus_list_model.h"
#include "gui/locus/locus_list_tab.h"
#include "gui/locus/proposal_tab.h"
#include "gui/locus/village_models.h"
#include "gui/locus/village_tab.h"
#include "io/csv_reader.h"
#include "io/xlsx_reader.h"
#include "storage/document_store.h"
#include "storage/locus/scorecard_repository.h"

#include <QAbstractItemModelTester>
#include <QAction>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFile>
#include <QFileInfo>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QScreen>
#include <QSpinBox>
#include <QTableView>

#include <functional>
#include <tuple>

using namespace konvergensi;
using namespace konvergensi::gui;
using konvergensi::test::LocusGuiTest;
using Choice = Dialogs::UnsavedChoice;

namespace {

QPushButton *button(QWidget *dialog, QDialogButtonBox::StandardButton which)
{
    auto *box = dialog->findChild<QDialogButtonBox *>(QStringLiteral("buttonBox"));
    EXPECT_NE(box, nullptr);
    return box ? box->button(which) : nullptr;
}

template<typename T>
T *field(QWidget *dialog, const char *name)
{
    T *widget = dialog->findChild<T *>(QString::fromLatin1(name));
    EXPECT_NE(widget, nullptr) << name;
    return widget;
}

} // namespace

TEST_F(LocusGuiTest, TheEntryDialogKeepsTypingOnABrokenRuleAndSaves)
{
    openPage();
    QTableView *view = locus->listTab()->view();
    const QString code = keyAt(view, 2);
    ASSERT_TRUE(selectKey(view, code));
    storage::LocusRepository repository(session->database());
    const auto entryOf = [&] {
        for (const core::LocusVillage &v : repository.villages(2023)) {
            if (v.village.toString() == code.toStdString())
                return v;
        }
        ADD_FAILURE() << "entry gone";
        return core::LocusVillage(*core::RegionCode::parse(code.toStdString()));
    };
    const core::LocusVillage before = entryOf();

    bool sawDialog = false;
    test::whenModal([&](QWidget *modal) {
        sawDialog = true;
        test::expectDialogFits(modal, QStringLiteral("lokus-entri"));
        auto *measured = field<QLineEdit>(modal, "entryMeasuredEdit");
        auto *stunted = field<QLineEdit>(modal, "entryStuntedEdit");
        EXPECT_EQ(measured->text(), view->currentIndex()
                                        .siblingAtColumn(gui::locus::LocusListModel::MeasuredColumn)
                                        .data()
                                        .toString())
            << "the held number";
        EXPECT_EQ(measured->maxLength(), 15);
        type(measured, QStringLiteral("50"));
        type(stunted, QStringLiteral("60"));
        button(modal, QDialogButtonBox::Save)->click();
        auto *dialog = qobject_cast<SaveDialog *>(modal);
        ASSERT_NE(dialog, nullptr);
        EXPECT_TRUE(modal->isVisible()) << "a broken rule keeps the dialog open";
        EXPECT_TRUE(dialog->errorText().contains(QStringLiteral("stunted")))
            << dialog->errorText().toStdString();
        EXPECT_EQ(stunted->text(), QStringLiteral("60")) << "what was typed stays";
        type(measured, QStringLiteral("lima puluh"));
        button(modal, QDialogButtonBox::Save)->click();
        EXPECT_TRUE(dialog->errorText().contains(QStringLiteral("lima puluh")));
        // Cancel with edits asks; yes drops them.
        Dialogs::setNextAnswer(true);
        button(modal, QDialogButtonBox::Cancel)->click();
    });
    child<QPushButton>("locusEditEntryButton")->click();
    ASSERT_TRUE(sawDialog);
    EXPECT_EQ(entryOf().evidence, before.evidence);

    // New reason and counts; the prevalence left empty follows from the counts.
    sawDialog = false;
    test::whenModal([&](QWidget *modal) {
        sawDialog = true;
        field<QPlainTextEdit>(modal, "entryReasonEdit")
            ->setPlainText(QStringLiteral("Prevalensi tinggi dan sanitasi buruk (rembuk 2022)"));
        EXPECT_TRUE(field<QLabel>(modal, "entryReasonCounter")->text().startsWith(u"50/"));
        field<QLineEdit>(modal, "entryMeasuredEdit")->setText(QStringLiteral("1.250"));
        field<QLineEdit>(modal, "entryStuntedEdit")->setText(QStringLiteral("250"));
        field<QLineEdit>(modal, "entryPrevalenceEdit")->clear();
        field<QLineEdit>(modal, "entryPovertyEdit")->setText(QStringLiteral("12,5"));
        EXPECT_TRUE(
            field<QLabel>(modal, "entryPrevalenceHint")->text().contains(QStringLiteral("20.0")));
        button(modal, QDialogButtonBox::Save)->click();
    });
    child<QPushButton>("locusEditEntryButton")->click();
    ASSERT_TRUE(sawDialog);
    const core::LocusVillage after = entryOf();
    EXPECT_EQ(after.reason, "Prevalensi tinggi dan sanitasi buruk (rembuk 2022)");
    EXPECT_EQ(after.evidence.childrenMeasured, 1250);
    EXPECT_EQ(after.evidence.stunted, 250);
    EXPECT_FALSE(after.evidence.prevalencePercent.has_value());
    EXPECT_DOUBLE_EQ(*after.evidence.povertyPercent, 12.5);
    EXPECT_EQ(after.rank, before.rank) << "the rank stays";
    EXPECT_EQ(after.origin, before.origin);
    // The table shows the saved entry, still selected.
    EXPECT_EQ(currentKey(view), code);
    EXPECT_EQ(view->currentIndex()
                  .siblingAtColumn(gui::locus::LocusListModel::PrevalenceColumn)
                  .data()
                  .toString(),
              QStringLiteral("20.0%"));
}

TEST_F(LocusGuiTest, AVillagesScorecardIsKeptAndTheSummaryExported)
{
    openPage();
    showTab(3);
    storage::ScorecardRepository cards(session->database());
    // A village of the 2023 list without a scorecard for 2023.
    QString code, name;
    for (const core::LocusVillage &v :
         storage::LocusRepository(session->database()).villages(2023)) {
        if (code.isEmpty() && !cards.find(v.village, 2023)) {
            code = QString::fromStdString(v.village.toString());
        }
    }
    ASSERT_FALSE(code.isEmpty());
    const auto village = *core::RegionCode::parse(code.toStdString());
    locus->villageTab()->showVillage(code);
    const int cardsBefore = locus->villageTab()->scorecardYearCombo()->count();

    // A new scorecard starts from the standard indicators; a bad count is named, an
    // achievement above its target refused, and the dialog stays open for the fix.
    bool sawDialog = false;
    test::whenModal([&](QWidget *modal) {
        sawDialog = true;
        test::expectDialogFits(modal, QStringLiteral("lokus-kartu-skor"));
        auto *dialog = qobject_cast<SaveDialog *>(modal);
        ASSERT_NE(dialog, nullptr);
        QAbstractItemModel *model = field<QTableView>(modal, "indicatorTable")->model();
        ASSERT_NE(model, nullptr);
        QAbstractItemModelTester tester(model,
                                        QAbstractItemModelTester::FailureReportingMode::Fatal);
        const auto typeIn = [model](int row, int column, const QString &text) {
            EXPECT_TRUE(model->setData(model->index(row, column), text));
        };
        ASSERT_EQ(model->rowCount(), static_cast<int>(core::standardScorecardIndicators().size()));
        for (int row = 0; row < model->rowCount(); ++row) {
            typeIn(row, 2, QStringLiteral("40"));
            typeIn(row, 3, QString::number(20 + row));
        }
        // The coverage of a row follows what is typed, and is not typed itself.
        EXPECT_EQ(model->index(1, 4).data().toString(), QStringLiteral("52.5%"));
        EXPECT_FALSE(model->flags(model->index(1, 4)) & Qt::ItemIsEditable);
        EXPECT_FALSE(model->setData(model->index(1, 4), QStringLiteral("99")));
        // 11 indicators: achieved 20..30 of 40 each = 275 of 440 = 62.5 %.
        auto *coverage = field<QLabel>(modal, "scorecardCoverageLabel");
        EXPECT_TRUE(coverage->text().contains(QStringLiteral("Overall 62.5%")))
            << coverage->text().toStdString();
        // With KONVERGENSI_SCREENSHOT_DIR set, the dialog is saved there for people to look at.
        if (const QString out = qEnvironmentVariable("KONVERGENSI_SCREENSHOT_DIR"); !out.isEmpty())
            modal->grab().save(out + QStringLiteral("/lokus-scorecard.png"));
        field<QLineEdit>(modal, "apbdesEdit")->setText(QStringLiteral("Rp 125.000.000"));
        typeIn(0, 3, QStringLiteral("dua puluh"));
        EXPECT_TRUE(model->index(0, 4).data().toString().isEmpty());
        button(modal, QDialogButtonBox::Save)->click();
        EXPECT_TRUE(dialog->errorText().contains(QStringLiteral("dua puluh")));
        typeIn(0, 3, QStringLiteral("41"));
        button(modal, QDialogButtonBox::Save)->click();
        EXPECT_TRUE(modal->isVisible());
        EXPECT_TRUE(dialog->errorText().contains(QStringLiteral("target")))
            << dialog->errorText().toStdString();
        typeIn(0, 3, QStringLiteral("20"));
        button(modal, QDialogButtonBox::Save)->click();
    });
    child<QPushButton>("scorecardNewButton")->click();
    ASSERT_TRUE(sawDialog);
    auto saved = cards.find(village, 2023);
    ASSERT_TRUE(saved.has_value());
    EXPECT_EQ(saved->indicators.size(), core::standardScorecardIndicators().size());
    EXPECT_EQ(saved->apbdesStunting, 125'000'000);
    auto *years = locus->villageTab()->scorecardYearCombo();
    EXPECT_EQ(years->count(), cardsBefore + 1);
    EXPECT_EQ(years->currentData().toInt(), 2023);
    EXPECT_EQ(locus->villageTab()->scorecardModel()->rowCount(),
              static_cast<int>(saved->indicators.size()));
    const QString label = locus->villageTab()->scorecardLabel()->text();
    EXPECT_TRUE(label.contains(QStringLiteral("Overall 62.5%"))) << label.toStdString();
    EXPECT_TRUE(label.contains(QStringLiteral("125,000,000"))) << label.toStdString();

    // A second new one for the same year is refused inside the dialog; nothing changes.
    sawDialog = false;
    test::whenModal([&](QWidget *modal) {
        sawDialog = true;
        button(modal, QDialogButtonBox::Save)->click();
        EXPECT_TRUE(modal->isVisible());
        EXPECT_TRUE(
            qobject_cast<SaveDialog *>(modal)->errorText().contains(QStringLiteral("already")));
        button(modal, QDialogButtonBox::Cancel)->click();
    });
    child<QPushButton>("scorecardNewButton")->click();
    ASSERT_TRUE(sawDialog);
    EXPECT_EQ(cards.find(village, 2023)->rowVersion, saved->rowVersion);

    // Edit: drop the first indicator, raise the budget.
    sawDialog = false;
    test::whenModal([&](QWidget *modal) {
        sawDialog = true;
        auto *table = field<QTableView>(modal, "indicatorTable");
        QAbstractItemModel *model = table->model();
        QAbstractItemModelTester tester(model,
                                        QAbstractItemModelTester::FailureReportingMode::Fatal);
        ASSERT_EQ(model->rowCount(), static_cast<int>(core::standardScorecardIndicators().size()));
        EXPECT_EQ(model->index(1, 3).data().toString(), QStringLiteral("21"));
        table->setCurrentIndex(model->index(0, 1));
        field<QPushButton>(modal, "removeIndicatorButton")->click();
        // The package of the first indicator left is chosen in its combo box.
        auto *package = qobject_cast<QComboBox *>(table->indexWidget(model->index(0, 0)));
        ASSERT_NE(package, nullptr);
        package->setCurrentIndex(package->findData(static_cast<int>(core::ServicePackage::Paud)));
        EXPECT_EQ(model->index(0, 0).data(Qt::EditRole).toInt(),
                  static_cast<int>(core::ServicePackage::Paud));
        // A new indicator takes the package of the chosen row; it is removed again here.
        const int left = model->rowCount();
        table->setCurrentIndex(model->index(0, 1));
        field<QPushButton>(modal, "addIndicatorButton")->click();
        ASSERT_EQ(model->rowCount(), left + 1);
        EXPECT_EQ(model->index(left, 0).data(Qt::EditRole).toInt(),
                  static_cast<int>(core::ServicePackage::Paud));
        EXPECT_EQ(table->currentIndex(), model->index(left, 1));
        field<QPushButton>(modal, "removeIndicatorButton")->click();
        EXPECT_EQ(model->rowCount(), left);
        field<QLineEdit>(modal, "apbdesEdit")->setText(QStringLiteral("150.000.000"));
        button(modal, QDialogButtonBox::Save)->click();
    });
    child<QPushButton>("scorecardEditButton")->click();
    ASSERT_TRUE(sawDialog);
    saved = cards.find(village, 2023);
    EXPECT_EQ(saved->indicators.size(), core::standardScorecardIndicators().size() - 1);
    EXPECT_EQ(saved->indicators.front().name, core::standardScorecardIndicators()[1].name);
    EXPECT_EQ(saved->indicators.front().package, core::ServicePackage::Paud);
    EXPECT_NE(core::standardScorecardIndicators()[1].package, core::ServicePackage::Paud);
    EXPECT_EQ(saved->apbdesStunting, 150'000'000);

    // The summary of 2023 as XLSX and CSV, read back: the village's row holds the coverage
    // of the ten indicators left (achieved 21..30 of 40 each: 255 of 400 = 63.8 %) and the
    // budget.
    const QString xlsx = dir.filePath(QStringLiteral("scorecards-2023.xlsx"));
    const QString csv = dir.filePath(QStringLiteral("scorecards-2023.csv"));
    Dialogs::setNextFileName(xlsx);
    child<QAction>("scorecardXlsxAction")->trigger();
    Dialogs::setNextFileName(csv);
    child<QAction>("scorecardCsvAction")->trigger();
    EXPECT_TRUE(FileExport::lastAnnouncement().contains(QStringLiteral("scorecards-2023.csv")));
    for (const QString &file : {xlsx, csv}) {
        ASSERT_TRUE(QFileInfo::exists(file)) << file.toStdString();
        const io::CsvTable table = io::readTableFile(file);
        ASSERT_TRUE(table.fileError.isEmpty()) << table.fileError.toStdString();
        const int overall = static_cast<int>(
            table.header.fields.indexOf(QStringLiteral("Overall (%)")));
        const int budget = static_cast<int>(
            table.header.fields.indexOf(QStringLiteral("APBDes for stunting")));
        ASSERT_GE(overall, 0) << table.header.fields.join(QLatin1Char('|')).toStdString();
        ASSERT_GE(budget, 0);
        int found = 0;
        for (const io::CsvRow &row : table.rows) {
            if (row.fields.value(0) != code)
                continue;
            ++found;
            EXPECT_EQ(row.fields.value(overall), QStringLiteral("63.8")) << file.toStdString();
            EXPECT_EQ(row.fields.value(budget), QStringLiteral("150000000")) << file.toStdString();
        }
        EXPECT_EQ(found, 1) << "one summary row per village: " << file.toStdString();
    }

    // Remove it after the question.
    Dialogs::setNextAnswer(true);
    child<QPushButton>("scorecardRemoveButton")->click();
    EXPECT_FALSE(cards.find(village, 2023).has_value());
    EXPECT_EQ(years->count(), cardsBefore);
}

TEST_F(LocusGuiTest, TheDecreeAndItsDocumentsAndTheKpmAreEdited)
{
    openPage();
    locus->setYear(2021);
    bool sawDialog = false;
    test::whenModal([&](QWidget *modal) {
        sawDialog = true;
        test::expectDialogFits(modal, QStringLiteral("lokus-sk"));
        EXPECT_EQ(field<QLineEdit>(modal, "decreeNumberEdit")->text(),
                  QStringLiteral("150/KPTS/III/2021"));
        auto *attachments = modal->findChild<AttachmentsWidget *>();
        ASSERT_NE(attachments, nullptr);
        EXPECT_EQ(attachments->count(), 1);
        // A file is kept at once, independent of the decree's own Save.
        const QString scan = dir.filePath(QStringLiteral("sk-scan.pdf"));
        QFile out(scan);
        ASSERT_TRUE(out.open(QIODevice::WriteOnly));
        out.write("%PDF-1.4 scan");
        out.close();
        EXPECT_TRUE(attachments->addFile(scan, QStringLiteral("decree")));
        EXPECT_EQ(attachments->count(), 2);
        // A date far from today is asked about; no keeps the dialog open.
        field<DateEdit>(modal, "decreeDateEdit")->setDate(QDate(1921, 3, 15));
        field<QLineEdit>(modal, "decreeSignedByEdit")->setText(QStringLiteral("Kasmarni"));
        Dialogs::setNextAnswer(false);
        button(modal, QDialogButtonBox::Save)->click();
        EXPECT_TRUE(modal->isVisible());
        field<DateEdit>(modal, "decreeDateEdit")->setDate(QDate(2021, 3, 15));
        button(modal, QDialogButtonBox::Save)->click();
    });
    child<QPushButton>("decreeButton")->click();
    ASSERT_TRUE(sawDialog);
    const auto decree = storage::LocusRepository(session->database()).decree(2021);
    EXPECT_EQ(decree->signedBy, "Kasmarni");
    EXPECT_EQ(decree->date, boost::gregorian::date(2021, 3, 15));
    EXPECT_EQ(storage::DocumentStore(session->database())
                  .list(storage::LocusRepository::kDecreeOwnerType, decree->id)
                  .size(),
              2U);
    const QString label = child<QLabel>("decreeLabel")->text();
    EXPECT_TRUE(label.contains(QStringLiteral("2 document"))) << label.toStdString();
    EXPECT_TRUE(label.contains(QStringLiteral("15 March 2021"))) << label.toStdString();

    // The KPM: a phone that is not one is refused inside the dialog.
    showTab(3);
    locus->villageTab()->showVillage(QStringLiteral("14.03.11.2005"));
    sawDialog = false;
    test::whenModal([&](QWidget *modal) {
        sawDialog = true;
        test::expectDialogFits(modal, QStringLiteral("lokus-kpm"));
        EXPECT_FALSE(field<QLineEdit>(modal, "kpmNameEdit")->text().isEmpty());
        field<QLineEdit>(modal, "kpmNameEdit")->setText(QStringLiteral("Siti Aminah"));
        field<QLineEdit>(modal, "kpmPhoneEdit")->setText(QStringLiteral("call me"));
        button(modal, QDialogButtonBox::Save)->click();
        EXPECT_TRUE(modal->isVisible());
        EXPECT_TRUE(
            qobject_cast<SaveDialog *>(modal)->errorText().contains(QStringLiteral("phone")));
        field<QLineEdit>(modal, "kpmPhoneEdit")->setText(QStringLiteral("0812-7654-3210"));
        button(modal, QDialogButtonBox::Save)->click();
    });
    child<QPushButton>("kpmEditButton")->click();
    ASSERT_TRUE(sawDialog);
    const auto kpm = storage::ScorecardRepository(session->database())
                         .kpm(core::RegionCode::fromString("14.03.11.2005"));
    EXPECT_EQ(kpm->name, "Siti Aminah");
    EXPECT_EQ(kpm->phone, "0812-7654-3210");
    EXPECT_TRUE(locus->villageTab()->kpmLabel()->text().contains(QStringLiteral("Siti Aminah")));
}

namespace {

/// What each kind of dialog of the page needs for the quitting test: open it, change a
/// field, tell whether the change is still shown, and whether it was stored.
struct Editor
{
    std::function<void()> prepare; ///< before the editor opens
    const char *openButton;
    std::function<void(QWidget *)> change;
    std::function<bool(QWidget *)> changeShown;
    std::function<bool(storage::Database &)> stored;
};

} // namespace

/// Parameters: the kind of editor (0 entry, 1 decree, 2 KPM, 3 scorecard) and the answer
/// to the question.
class LocusUnsavedWorkTest :
    public LocusGuiTest,
    public ::testing::WithParamInterface<std::tuple<int, int>>
{
protected:
    Choice choice() const { return static_cast<Choice>(std::get<1>(GetParam())); }

    Editor editor()
    {
        const auto reason = [](QWidget *w) {
            return w->findChild<QPlainTextEdit *>(QStringLiteral("entryReasonEdit"));
        };
        const auto number = [](QWidget *w) {
            return w->findChild<QLineEdit *>(QStringLiteral("decreeNumberEdit"));
        };
        const auto kpmName = [](QWidget *w) {
            return w->findChild<QLineEdit *>(QStringLiteral("kpmNameEdit"));
        };
        const auto budget = [](QWidget *w) {
            return w->findChild<QLineEdit *>(QStringLiteral("apbdesEdit"));
        };
        switch (std::get<0>(GetParam())) {
        case 0:
            return {
                [this] {
                    QTableView *view = locus->listTab()->view();
                    ASSERT_TRUE(selectKey(view, keyAt(view, 0)));
                },
                "locusEditEntryButton",
                [reason](QWidget *w) { reason(w)->setPlainText(QStringLiteral("Alasan baru")); },
                [reason](QWidget *w) {
                    return reason(w)->toPlainText() == QLatin1String("Alasan baru");
                },
                [](storage::Database &db) {
                    const auto list = storage::LocusRepository(db).villages(2023);
                    return std::any_of(list.begin(), list.end(),
                                       [](const auto &v) { return v.reason == "Alasan baru"; });
                }};
        case 1:
            return {
                [] {}, "decreeButton",
                [number](QWidget *w) { type(number(w), QStringLiteral("77/KPTS/2023")); },
                [number](QWidget *w) { return number(w)->text() == QLatin1String("77/KPTS/2023"); },
                [](storage::Database &db) {
                    const auto decree = storage::LocusRepository(db).decree(2023);
                    return decree && decree->number == "77/KPTS/2023";
                }};
        case 2:
            return {
                [this] { showTab(3); }, "kpmEditButton",
                [kpmName](QWidget *w) { type(kpmName(w), QStringLiteral("Nur Aini")); },
                [kpmName](QWidget *w) { return kpmName(w)->text() == QLatin1String("Nur Aini"); },
                [](storage::Database &db) {
                    for (const auto &v : storage::LocusRepository(db).villages(2023)) {
                        const auto kpm = storage::ScorecardRepository(db).kpm(v.village);
                        if (kpm && kpm->name == "Nur Aini")
                            return true;
                    }
                    return false;
                }};
        default:
            return {
                [this] { showTab(3); }, "scorecardNewButton",
                [budget](QWidget *w) {
                    w->findChild<QSpinBox *>(QStringLiteral("scorecardYearSpin"))->setValue(2024);
                    type(budget(w), QStringLiteral("77.000.000"));
                },
                [budget](QWidget *w) { return budget(w)->text() == QLatin1String("77.000.000"); },
                [](storage::Database &db) {
                    const auto cards = storage::ScorecardRepository(db).scorecards(2024);
                    return std::any_of(cards.begin(), cards.end(), [](const auto &card) {
                        return card.apbdesStunting == 77'000'000;
                    });
                }};
        }
    }
};

TEST_P(LocusUnsavedWorkTest, QuittingAsksAboutAnOpenDialog)
{
    openWindow();
    const Editor edited = editor();
    edited.prepare();
    bool sawDialog = false;
    test::whenModal([&](QWidget *modal) {
        sawDialog = true;
        edited.change(modal);
        // Batal first: the program and the edits stay.
        Dialogs::setNextUnsavedChoice(Choice::Cancel);
        const int asked = Dialogs::unsavedQuestionsAsked();
        EXPECT_FALSE(window->close());
        EXPECT_EQ(Dialogs::unsavedQuestionsAsked(), asked + 1);
        EXPECT_TRUE(window->isVisible());
        EXPECT_TRUE(modal->isVisible());
        EXPECT_TRUE(edited.changeShown(modal));
        if (choice() == Choice::Cancel) {
            Dialogs::setNextAnswer(true); // close the dialog, dropping the edits
            button(modal, QDialogButtonBox::Cancel)->click();
            return;
        }
        Dialogs::setNextUnsavedChoice(choice());
        EXPECT_TRUE(window->close());
        EXPECT_FALSE(modal->isVisible()) << "the editor closed";
    });
    child<QPushButton>(edited.openButton)->click();
    ASSERT_TRUE(sawDialog);
    EXPECT_EQ(edited.stored(session->database()), choice() == Choice::SaveAll);
}

class LocusProposalQuitTest : public LocusGuiTest, public ::testing::WithParamInterface<int>
{
protected:
    Choice choice() const { return static_cast<Choice>(GetParam()); }
};

TEST_P(LocusProposalQuitTest, QuittingAsksAboutTheProposalsChoicesByHand)
{
    openWindow();
    locus->setYear(2024);
    showTab(1);
    QTableView *view = locus->proposalTab()->view();
    ASSERT_TRUE(selectKey(view, keyAt(view, 0)));
    child<QLineEdit>("proposalReasonEdit")->setText(QStringLiteral("Program provinsi"));
    child<QPushButton>("proposalRemoveButton")->click();
    ASSERT_TRUE(locus->proposalTab()->hasUnsavedChanges());
    const auto choices = locus->proposalTab()->proposal().effectiveChoices();
    ASSERT_EQ(choices.removed.size(), 1U);

    Dialogs::setNextUnsavedChoice(Choice::Cancel);
    EXPECT_FALSE(window->close());
    EXPECT_TRUE(window->isVisible());
    EXPECT_EQ(locus->proposalTab()->proposal().effectiveChoices().removed.size(), 1U);
    storage::LocusRepository repository(session->database());
    EXPECT_EQ(repository.count(2024), 0U);

    if (choice() == Choice::Cancel)
        return;
    Dialogs::setNextUnsavedChoice(choice());
    EXPECT_TRUE(window->close());
    EXPECT_FALSE(locus->proposalTab()->hasUnsavedChanges());
    if (choice() == Choice::SaveAll) {
        const int topN = locus->proposalTab()->proposal().topN();
        EXPECT_EQ(repository.count(2024), static_cast<std::size_t>(topN - 1));
        ASSERT_EQ(repository.exclusions(2024).size(), 1U);
        EXPECT_EQ(repository.exclusions(2024)[0].reason, "Program provinsi");
    } else {
        EXPECT_EQ(repository.count(2024), 0U);
    }
}

INSTANTIATE_TEST_SUITE_P(Answers, LocusProposalQuitTest,
                         ::testing::Values(static_cast<int>(Choice::Cancel),
                                           static_cast<int>(Choice::SaveAll),
                                           static_cast<int>(Choice::Discard)));
INSTANTIATE_TEST_SUITE_P(EditorsAndAnswers, LocusUnsavedWorkTest,
                         ::testing::Combine(::testing::Range(0, 4),
                                            ::testing::Values(static_cast<int>(Choice::Cancel),
                                                              static_cast<int>(Choice::SaveAll),
                                                              static_cast<int>(Choice::Discard))));

TEST_F(LocusGuiTest, ThePageFitsALaptopScreen)
{
    openWindow();
    const QSize available = window->screen()->availableGeometry().size();
    ASSERT_EQ(available, QSize(1366, 768));
    EXPECT_TRUE(window->screen()->availableGeometry().contains(window->frameGeometry()));
    // Every tab fits the room the main window gives a page (the sidebar is 230 px).
    for (int tab = 0; tab < locus->tabs()->count(); ++tab) {
        showTab(tab);
        const QSize needed = locus->minimumSizeHint();
        EXPECT_LE(needed.width(), locus->width()) << tab;
        EXPECT_LE(needed.height(), locus->height()) << tab;
    }
}

// SPDX-License-Identifier: GPL-3.0-or-later
// The import wizard driven through its real widgets (offscreen): the refused .xls stays on
// the first step with one sentence; the preview of the CSV shows the header row, the columns
// found, first rows without any name or NIK and every skipped row with its line and reason
// (the samples' 14); a round already held blocks until "replace" is ticked; a cancelled
// import writes nothing; an import stores the round (every count as expected); the wizard
// and its desa name mapping dialog fit a 1366x768 screen.
#include "dialog_fit.h"
#include "eppgbm_expected.h"

#include "gui/common/background_task.h"
#include "gui/common/dialogs.h"
#include "gui/measurements/import_wizard.h"
#include "gui/measurements/region_mapping_dialog.h"
#include "gui/workspace/workspace_session.h"
#include "io/csv_reader.h"
#include "storage/database.h"
#include "storage/measurements/measurement_repository.h"

#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QFile>
#include <QGuiApplication>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QScreen>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

#include <gtest/gtest.h>

#include <set>

using namespace konvergensi;
using namespace konvergensi::gui;
using namespace konvergensi::gui::measurements;
using test::eppgbmFile;

namespace {

class MeasurementsWizardTest : public ::testing::Test
{
protected:
    void SetUp() override
    {
        ASSERT_TRUE(dir.isValid());
        Dialogs::resetForTests();
        session = std::make_unique<WorkspaceSession>(
            std::make_shared<core::FixedClock>(boost::gregorian::date(2025, 3, 10)));
        session->create(dir.filePath(QStringLiteral("w.kvg")), io::WorkspaceTemplate::Demo);
        wizard = std::make_unique<ImportWizard>(*session);
        wizard->show();
    }

    /// The file's rows and the WHO package's answer for each.
    static QMap<QString, QMap<QString, QString>> expectedRows()
    {
        return test::keyedRows(
            io::CsvReader::readFile(eppgbmFile(QStringLiteral("expected-small-rows.csv"))),
            QStringLiteral("file_row"));
    }

    std::vector<storage::MeasurementRound> rounds() const
    {
        return storage::MeasurementRepository(session->database()).rounds();
    }

    QTemporaryDir dir;
    std::unique_ptr<WorkspaceSession> session;
    std::unique_ptr<ImportWizard> wizard;
};

} // namespace

TEST_F(MeasurementsWizardTest, RefusesTheHtmlNamedXlsOnTheFirstStep)
{
    wizard->fileEdit()->setText(eppgbmFile(QStringLiteral("entri-2024-08-lama.xls")));
    wizard->next();
    EXPECT_EQ(wizard->currentId(), ImportWizard::FilePage);
    EXPECT_TRUE(Dialogs::lastMessage().contains(QStringLiteral(".xlsx")))
        << Dialogs::lastMessage().toStdString();
}

TEST_F(MeasurementsWizardTest, PreviewShowsColumnsFirstRowsWithoutNamesAndEveryProblem)
{
    wizard->fileEdit()->setText(eppgbmFile(QStringLiteral("entri-2024-08-small.csv")));
    wizard->next();
    ASSERT_EQ(wizard->currentId(), ImportWizard::PreviewPage);
    const auto rows = expectedRows();

    // The columns found and the header each came from.
    QStringList headers;
    for (int row = 0; row < wizard->columnTable()->rowCount(); ++row)
        headers << wizard->columnTable()->item(row, 1)->text();
    for (const char *header : {"Nama", "Tgl Lahir", "Kec", "Desa/Kel", "Tanggal Pengukuran",
                               "Berat", "Tinggi", "Cara Ukur", "Pukesmas", "ZS TB/U"})
        EXPECT_TRUE(headers.contains(QLatin1String(header))) << header;

    // First rows: no cell holds a name or a NIK of the file.
    QTableWidget *sample = wizard->sampleTable();
    ASSERT_GT(sample->rowCount(), 0);
    for (int row = 0; row < sample->rowCount(); ++row) {
        const auto &want = rows.value(sample->item(row, 0)->text());
        ASSERT_FALSE(want.isEmpty());
        for (int column = 0; column < sample->columnCount(); ++column) {
            const QString text = sample->item(row, column)->text();
            EXPECT_FALSE(text.contains(want.value(QStringLiteral("name")))) << text.toStdString();
            if (!want.value(QStringLiteral("nik")).isEmpty()) {
                EXPECT_FALSE(text.contains(want.value(QStringLiteral("nik"))))
                    << text.toStdString();
            }
        }
    }

    // Every skipped row, with its line.
    std::set<QString> skipped;
    for (auto it = rows.begin(); it != rows.end(); ++it) {
        if (it.value().value(QStringLiteral("status")) != QStringLiteral("kept"))
            skipped.insert(it.key());
    }
    ASSERT_EQ(skipped.size(), 14U);
    std::set<QString> shown;
    for (int row = 0; row < wizard->problemTable()->rowCount(); ++row) {
        shown.insert(wizard->problemTable()->item(row, 0)->text());
        EXPECT_FALSE(wizard->problemTable()->item(row, 2)->text().isEmpty());
    }
    EXPECT_EQ(shown, skipped);
    for (int row = 1; row < wizard->problemTable()->rowCount(); ++row)
        EXPECT_LT(wizard->problemTable()->item(row - 1, 0)->text().toInt(),
                  wizard->problemTable()->item(row, 0)->text().toInt())
            << "in file order";

    // The demo already holds August 2024: blocked until "replace" is ticked.
    EXPECT_FALSE(wizard->blocker().isEmpty());
    EXPECT_TRUE(wizard->replaceCheck()->isVisibleTo(wizard.get()));
    wizard->replaceCheck()->setChecked(true);
    EXPECT_TRUE(wizard->blocker().isEmpty());
}

TEST_F(MeasurementsWizardTest, CancelledImportWritesNothingThenAnImportStoresTheRound)
{
    wizard->fileEdit()->setText(eppgbmFile(QStringLiteral("entri-2024-08-small.csv")));
    wizard->roundEdit()->setText(QStringLiteral("2023-08"));
    wizard->next();
    ASSERT_EQ(wizard->currentId(), ImportWizard::PreviewPage);
    EXPECT_TRUE(wizard->blocker().isEmpty()) << wizard->blocker().toStdString();
    const auto before = rounds();
    const int childrenBefore = storage::MeasurementRepository(session->database()).childCount();

    // Cancelled midway through storing: still on the preview, nothing written.
    BackgroundTask::cancelNextAfter(2);
    wizard->next();
    EXPECT_EQ(wizard->currentId(), ImportWizard::PreviewPage);
    EXPECT_TRUE(wizard->importedRound().isEmpty());
    const auto after = rounds();
    ASSERT_EQ(after.size(), before.size());
    for (std::size_t i = 0; i < after.size(); ++i) {
        EXPECT_EQ(after[i].period, before[i].period);
        EXPECT_EQ(after[i].children, before[i].children);
    }
    EXPECT_EQ(storage::MeasurementRepository(session->database()).childCount(), childrenBefore);

    // Imported: the round holds every kept row, the rest counted as skipped.
    wizard->next();
    ASSERT_EQ(wizard->currentId(), ImportWizard::ResultPage);
    EXPECT_EQ(wizard->importedRound(), QStringLiteral("2023-08"));
    const auto held =
        storage::MeasurementRepository(session->database()).round(QStringLiteral("2023-08"));
    ASSERT_TRUE(held);
    EXPECT_EQ(held->children, 1498);
    EXPECT_EQ(held->skipped, 14);
    EXPECT_FALSE(held->invented);
    // The children of August 2024 (the demo) are recognised again: no new child for them
    // beyond those the demo did not hold.
    EXPECT_EQ(storage::MeasurementRepository(session->database()).childCount(), childrenBefore);
    EXPECT_FALSE(wizard->resultLabel()->text().isEmpty());
}

TEST_F(MeasurementsWizardTest, FitsTheScreen)
{
    test::expectDialogFits(wizard.get(), QStringLiteral("pengukuran-impor-berkas"));
    wizard->fileEdit()->setText(eppgbmFile(QStringLiteral("entri-2024-08-small.csv")));
    wizard->next();
    QTest::qWait(20);
    test::expectDialogFits(wizard.get(), QStringLiteral("pengukuran-impor-pratinjau"));
    const QString folder = qEnvironmentVariable("KONVERGENSI_SCREENSHOT_DIR");
    if (!folder.isEmpty())
        wizard->grab().save(folder + QStringLiteral("/measurements-import-preview.png"));
}

TEST_F(MeasurementsWizardTest, UnknownDesaNamesAreMappedInTheWizardAndRemembered)
{
    // The small export with one desa name misspelt, as e-PPGBM operators do.
    QFile original(eppgbmFile(QStringLiteral("entri-2024-08-small.csv")));
    ASSERT_TRUE(original.open(QIODevice::ReadOnly));
    QByteArray bytes = original.readAll();
    const int renamed = bytes.count(";BENGKALIS KOTA;");
    ASSERT_GT(renamed, 0);
    bytes.replace(";BENGKALIS KOTA;", ";BENGKALIS KOTTA;");
    const QString misspelt = dir.filePath(QStringLiteral("salah-eja.csv"));
    QFile out(misspelt);
    ASSERT_TRUE(out.open(QIODevice::WriteOnly));
    out.write(bytes);
    out.close();

    wizard->fileEdit()->setText(eppgbmFile(QStringLiteral("entri-2024-08-small.csv")));
    ASSERT_TRUE(wizard->runPreview());
    const int keptOriginally = wizard->preview().kept;
    ASSERT_TRUE(wizard->preview().unmatched.empty());

    wizard->fileEdit()->setText(misspelt);
    wizard->next();
    ASSERT_EQ(wizard->currentId(), ImportWizard::PreviewPage);
    ASSERT_EQ(wizard->preview().unmatched.size(), 1U);
    wizard->replaceCheck()->setChecked(true); // the demo holds this round already
    EXPECT_TRUE(wizard->blocker().contains(QStringLiteral("map each")))
        << "the import waits until the name is mapped: " << wizard->blocker().toStdString();
    ASSERT_TRUE(wizard->mapButton()->isVisibleTo(wizard.get()));

    // The dialog offers the desa of the kecamatan of the same name first; Bengkalis Kota is
    // chosen and remembered.
    bool handled = false;
    QTimer::singleShot(50, [&] {
        auto *dialog = qobject_cast<RegionMappingDialog *>(QApplication::activeModalWidget());
        ASSERT_NE(dialog, nullptr);
        handled = true;
        test::expectDialogFits(dialog, QStringLiteral("pengukuran-padankan-desa"));
        QTableWidget *table = dialog->table();
        ASSERT_EQ(table->rowCount(), 1);
        EXPECT_EQ(table->item(0, 1)->text(), QStringLiteral("BENGKALIS KOTTA"));
        auto *choice = qobject_cast<QComboBox *>(table->cellWidget(0, 3));
        ASSERT_NE(choice, nullptr);
        EXPECT_TRUE(choice->itemText(1).contains(QStringLiteral("Kec. Bengkalis")))
            << choice->itemText(1).toStdString();
        const int index = choice->findText(QStringLiteral("Bengkalis Kota,"), Qt::MatchStartsWith);
        ASSERT_GT(index, 0);
        choice->setCurrentIndex(index);
        dialog->accept();
    });
    wizard->mapButton()->click();
    ASSERT_TRUE(handled);

    EXPECT_TRUE(wizard->preview().unmatched.empty());
    EXPECT_EQ(wizard->preview().kept, keptOriginally) << "every row of the desa is kept now";
    EXPECT_TRUE(wizard->blocker().isEmpty()) << wizard->blocker().toStdString();
    EXPECT_FALSE(wizard->mapButton()->isVisibleTo(wizard.get()));

    // Remembered: a new wizard on the same file finds every name.
    ImportWizard again(*session);
    again.fileEdit()->setText(misspelt);
    ASSERT_TRUE(again.runPreview());
    EXPECT_TRUE(again.preview().unmatched.empty());
}

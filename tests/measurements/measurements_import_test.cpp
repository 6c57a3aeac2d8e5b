// SPDX-License-Identifier: GPL-3.0-or-later
// Importing the e-PPGBM samples into the demo workspace: every cell of the WHO anthro
// package's figures (expected-*.csv) and every row's outcome and z-scores (expected-*-rows
// .csv) for each file; the .xls refused; a cancelled or refused import changes nothing;
// re-import with and without replace; region-name mapping; children recognised across
// rounds; no child's name or NIK in any log message.
#include "eppgbm_expected.h"

#include "core/measurements/measurements.h"
#include "io/csv_reader.h"
#include "io/workspace_setup.h"
#include "reports/spreadsheet.h"
#include "storage/audit_log.h"
#include "storage/database.h"
#include "storage/identity_vault.h"
#include "storage/measurements/measurement_repository.h"
#include "storage/prevalence/prevalence_repository.h"
#include "storage/regions/region_repository.h"
#include "storage/statement_counter.h"
#include "storage/storage_error.h"
#include "usecases/measurements/measurement_import.h"

#include "test_engine.h"
#include "usecases/measurements/round_summary.h"
#include "usecases/progress.h"

#include <QFile>
#include <QLoggingCategory>
#include <QTemporaryDir>

#include <gtest/gtest.h>

#include <algorithm>
#include <cmath>
#include <set>
#include <tuple>

using namespace konvergensi;
namespace cm = core::measurements;
namespace um = usecases::measurements;
using test::eppgbmFile;

namespace {

struct Sample
{
    const char *file;
    const char *expected;
    const char *expectedRows;
    const char *round;
    int rows;
    int kept;
};

const Sample kSamples[] = {
    {"entri-2024-08-small.xlsx", "expected-small.csv", "expected-small-rows.csv", "2024-08", 1512,
     1498},
    {"entri-2024-08-small.csv", "expected-small.csv", "expected-small-rows.csv", "2024-08", 1512,
     1498},
    {"entri-2024-08-small-hidden-sheet.xlsx", "expected-small.csv", "expected-small-rows.csv",
     "2024-08", 1512, 1498},
    {"final-2025-02-small.xlsx", "expected-final-small.csv", "expected-final-small-rows.csv",
     "2025-02", 805, 798},
};

class MeasurementsImportTest : public ::testing::TestWithParam<Sample>
{
protected:
    void SetUp() override
    {
        db = test::openTestWorkspace();
        io::populateDemo(*db);
    }

    um::ImportPreview import(const QString &path, um::ImportOptions options = {})
    {
        usecases::Progress progress;
        return um::importFile(*db, path, options, progress);
    }

    io::CsvTable summaryTable(const QString &period, cm::SummaryOptions options = {})
    {
        const auto areas = um::roundSummary(*db, period, options);
        io::CsvTable table;
        table.header.fields = um::summaryColumns();
        if (areas) {
            for (const auto &area : *areas)
                table.rows.push_back({0, um::summaryFields(area)});
        }
        return table;
    }

    std::unique_ptr<storage::Database> db;
};

double expectedNumber(const QString &text)
{
    return text.isEmpty() ? core::anthro::kMissing : text.toDouble();
}

void expectSameNumber(double actual, const QString &expected, const QString &what)
{
    const double e = expectedNumber(expected);
    if (core::anthro::isMissing(e))
        EXPECT_TRUE(core::anthro::isMissing(actual)) << what.toStdString();
    else
        EXPECT_NEAR(actual, e, 1e-9) << what.toStdString();
}

} // namespace

TEST_P(MeasurementsImportTest, EveryFigureCellEqualsTheWhoPackage)
{
    const Sample sample = GetParam();
    const auto preview = import(eppgbmFile(QLatin1String(sample.file)));
    ASSERT_TRUE(preview.error.isEmpty()) << preview.error.toStdString();
    EXPECT_EQ(preview.round, QLatin1String(sample.round));
    EXPECT_EQ(preview.rowsRead, sample.rows);
    EXPECT_EQ(preview.kept, sample.kept);
    int compared = 0;
    const QStringList problems = test::compareFigures(summaryTable(QLatin1String(sample.round)),
                                                      QLatin1String(sample.expected), &compared);
    EXPECT_TRUE(problems.isEmpty()) << problems.join(u'\n').toStdString();
    EXPECT_EQ(compared, 167 * 33);
}

TEST_P(MeasurementsImportTest, EveryRowHasThePackagesOutcomeAndZScores)
{
    const Sample sample = GetParam();
    usecases::Progress progress;
    const auto preview = um::previewImport(*db, eppgbmFile(QLatin1String(sample.file)), {},
                                           progress);
    ASSERT_TRUE(preview.error.isEmpty()) << preview.error.toStdString();
    const auto expected = test::keyedRows(
        io::CsvReader::readFile(eppgbmFile(QLatin1String(sample.expectedRows))),
        QStringLiteral("file_row"));
    ASSERT_EQ(preview.outcomes.size(), static_cast<std::size_t>(expected.size()));
    for (const um::RowOutcome &row : preview.outcomes) {
        const QString line = QString::number(row.line);
        ASSERT_TRUE(expected.contains(line)) << row.line;
        const auto &e = expected[line];
        const QString status = row.skip == cm::SkipReason::None
                                   ? QStringLiteral("kept")
                                   : QStringLiteral("skip_")
                                         + QLatin1String(cm::skipReasonKey(row.skip));
        EXPECT_EQ(status, e[QStringLiteral("status")]) << row.line;
        EXPECT_EQ(row.villageCode, e[QStringLiteral("desa_code")]) << row.line;
        EXPECT_EQ(row.duplicateOf ? QString::number(row.duplicateOf) : QString(),
                  e[QStringLiteral("duplicate_of")])
            << row.line;
        if (row.skip != cm::SkipReason::None)
            continue;
        EXPECT_EQ(QString::number(row.ageDays), e[QStringLiteral("age_days")]) << row.line;
        expectSameNumber(row.judgement.zlen, e[QStringLiteral("zlen")], line + u" zlen");
        expectSameNumber(row.judgement.zwei, e[QStringLiteral("zwei")], line + u" zwei");
        expectSameNumber(row.judgement.zwfl, e[QStringLiteral("zwfl")], line + u" zwfl");
        const auto flag = [](int f) { return f < 0 ? QString() : QString::number(f); };
        EXPECT_EQ(flag(row.judgement.flen), e[QStringLiteral("flen")]) << row.line;
        EXPECT_EQ(flag(row.judgement.fwei), e[QStringLiteral("fwei")]) << row.line;
        EXPECT_EQ(flag(row.judgement.fwfl), e[QStringLiteral("fwfl")]) << row.line;
    }
    // The preview wrote nothing.
    EXPECT_TRUE(storage::MeasurementRepository(*db).rounds().empty());
}

TEST_P(MeasurementsImportTest, PreviewShowsHeaderColumnsAndSkippedRows)
{
    const Sample sample = GetParam();
    usecases::Progress progress;
    const auto preview = um::previewImport(*db, eppgbmFile(QLatin1String(sample.file)), {},
                                           progress);
    const bool final = QLatin1String(sample.file).startsWith(u"final");
    EXPECT_EQ(preview.headerLine, final ? 3 : 4);
    EXPECT_EQ(preview.extractDate, final ? u"2025-02-28" : u"2024-08-31");
    std::map<QString, QString> columns(preview.columns.begin(), preview.columns.end());
    EXPECT_EQ(columns[QStringLiteral("birth_date")], final ? u"Tanggal Lahir" : u"Tgl Lahir");
    EXPECT_EQ(columns[QStringLiteral("desa")], final ? u"Kelurahan" : u"Desa/Kel");
    EXPECT_EQ(columns[QStringLiteral("puskesmas")], final ? u"Puskesmas" : u"Pukesmas");
    EXPECT_EQ(preview.puskesmas.size(), 11);
    EXPECT_TRUE(preview.unmatched.empty());
    if (!final) {
        const auto &dup = preview.skippedRows[static_cast<std::size_t>(
            cm::skipReasonIndex(cm::SkipReason::Duplicate))];
        EXPECT_EQ(dup, (std::vector<int>{121, 352, 360, 407, 1090, 1115, 1475, 1516}));
        EXPECT_EQ(preview.skippedRows[1], std::vector<int>{708});
        EXPECT_EQ(preview.skippedRows[4], std::vector<int>{1485});
    }
}

INSTANTIATE_TEST_SUITE_P(Samples, MeasurementsImportTest, ::testing::ValuesIn(kSamples),
                         [](const auto &param) { return std::to_string(param.index); });

class MeasurementsWorkspaceTest : public ::testing::Test
{
protected:
    void SetUp() override
    {
        ASSERT_TRUE(dir.isValid());
        db = test::openTestWorkspace();
        io::populateDemo(*db);
    }

    std::unique_ptr<storage::Database> db;
    QTemporaryDir dir;
};

TEST_F(MeasurementsWorkspaceTest, HtmlNamedXlsIsRefusedWithOneSentence)
{
    usecases::Progress progress;
    const auto preview = um::previewImport(
        *db, eppgbmFile(QStringLiteral("entri-2024-08-lama.xls")), {}, progress);
    EXPECT_FALSE(preview.error.isEmpty());
    EXPECT_TRUE(preview.error.contains(QStringLiteral(".xlsx"))) << preview.error.toStdString();
    EXPECT_FALSE(preview.error.contains(u'\n'));
    EXPECT_THROW(um::commitImport(*db, preview, {}, progress), storage::StorageError);
    EXPECT_TRUE(storage::MeasurementRepository(*db).rounds().empty());

    // A zip that is no workbook, and a sheet without the columns, are refused too.
    const QString zip = dir.filePath(QStringLiteral("kosong.xlsx"));
    QFile zipFile(zip);
    ASSERT_TRUE(zipFile.open(QIODevice::WriteOnly));
    zipFile.write(QByteArray("PK\x03\x04", 4) + QByteArray(40, '\0'));
    zipFile.close();
    EXPECT_FALSE(um::previewImport(*db, zip, {}, progress).error.isEmpty());
    const QString noColumns = dir.filePath(QStringLiteral("lain.csv"));
    QFile csv(noColumns);
    ASSERT_TRUE(csv.open(QIODevice::WriteOnly));
    csv.write("No;Nama;JK\n1;A;L\n");
    csv.close();
    const auto refused = um::previewImport(*db, noColumns, {}, progress);
    EXPECT_TRUE(refused.error.contains(QStringLiteral("Tgl Lahir"))) << refused.error.toStdString();
}

TEST_F(MeasurementsWorkspaceTest, CancelledImportChangesNothing)
{
    const QString file = eppgbmFile(QStringLiteral("entri-2024-08-small.xlsx"));
    const auto auditBefore = storage::AuditLog::entries(*db).size();
    usecases::Progress *self = nullptr;
    usecases::Progress cancelling([&self](qint64 done, qint64, const QString &step) {
        if (step.contains(QStringLiteral("Storing")) && done >= 500)
            self->cancel();
    });
    self = &cancelling;
    EXPECT_THROW(um::importFile(*db, file, {}, cancelling), usecases::Cancelled);
    storage::MeasurementRepository repository(*db);
    EXPECT_TRUE(repository.rounds().empty());
    EXPECT_EQ(repository.childCount(), 0);
    EXPECT_EQ(storage::AuditLog::entries(*db).size(), auditBefore);

    // With a round held, a cancelled replace keeps the old round whole.
    usecases::Progress plain;
    um::importFile(*db, file, {}, plain);
    const int children = repository.childCount();
    usecases::Progress again([&self](qint64 done, qint64, const QString &step) {
        if (step.contains(QStringLiteral("Storing")) && done >= 1000)
            self->cancel();
    });
    self = &again;
    um::ImportOptions replace;
    replace.replace = true;
    EXPECT_THROW(
        um::importFile(*db, eppgbmFile(QStringLiteral("entri-2024-08-small.csv")), replace, again),
        usecases::Cancelled);
    ASSERT_EQ(repository.rounds().size(), 1U);
    EXPECT_EQ(repository.rounds().front().sourceFile, u"entri-2024-08-small.xlsx");
    EXPECT_EQ(repository.rounds().front().children, 1498);
    EXPECT_EQ(repository.childCount(), children);
}

namespace {

/// The small entri sample's rows `times` over in one workbook (header on row 1): a file of
/// many chunks for the reading thread. Every copy after the first is a duplicate.
/// Writes `bytes` to `path`; false when it cannot.
bool writeFile(const QString &path, const QByteArray &bytes)
{
    QFile file(path);
    return file.open(QIODevice::WriteOnly) && file.write(bytes) == bytes.size();
}

QString repeatedWorkbook(const QString &folder, int times, int *dataRows)
{
    const io::CsvTable sample = io::CsvReader::readFile(
        eppgbmFile(QStringLiteral("entri-2024-08-small.csv")), [] {
            io::CsvOptions options;
            options.encoding = io::CsvEncoding::Utf8OrWindows1252;
            return options;
        }());
    EXPECT_TRUE(sample.fileError.isEmpty()) << sample.fileError.toStdString();
    // The sample's header is its fourth line; the reader took the first as the header.
    std::vector<QStringList> lines;
    for (const io::CsvRow &row : sample.rows)
        lines.push_back(row.fields);
    const auto header = std::find_if(lines.begin(), lines.end(), [](const QStringList &fields) {
        return fields.value(0) == u"No" && fields.contains(QStringLiteral("Tgl Lahir"));
    });
    EXPECT_NE(header, lines.end());
    const QString path = folder + QStringLiteral("/berulang.xlsx");
    reports::XlsxWriter book(path);
    book.addSheet(QStringLiteral("Data"));
    book.addHeader(*header);
    *dataRows = 0;
    for (int copy = 0; copy < times; ++copy) {
        for (auto it = header + 1; it != lines.end(); ++it) {
            QVariantList cells;
            for (const QString &field : *it)
                cells << field;
            book.addRow(cells);
            ++*dataRows;
        }
    }
    book.close();
    return path;
}

} // namespace

TEST_F(MeasurementsWorkspaceTest, ALargeFileIsJudgedWhileItIsReadAndStopsWhenCancelledOrBroken)
{
    // Reading runs on a second thread, handing rows over in chunks while this one judges.
    usecases::Progress plain;
    const um::ImportPreview once = um::previewImport(
        *db, eppgbmFile(QStringLiteral("entri-2024-08-small.xlsx")), {}, plain);
    ASSERT_TRUE(once.error.isEmpty());
    int rows = 0;
    const QString path = repeatedWorkbook(dir.path(), 12, &rows);
    ASSERT_GT(rows, 15000);
    const um::ImportPreview many = um::previewImport(*db, path, {}, plain);
    ASSERT_TRUE(many.error.isEmpty()) << many.error.toStdString();
    EXPECT_EQ(many.rowsRead, rows);
    EXPECT_EQ(static_cast<int>(many.outcomes.size()), rows);
    EXPECT_EQ(many.kept, once.kept); // every further copy is a duplicate of the first
    const auto duplicates = [](const um::ImportPreview &preview) {
        return static_cast<int>(preview
                                    .skippedRows[static_cast<std::size_t>(
                                        cm::skipReasonIndex(cm::SkipReason::Duplicate))]
                                    .size());
    };
    // Rows skipped for their dates are skipped in every copy; the rest of the copies are
    // duplicates.
    const int otherSkips = once.skippedTotal() - duplicates(once);
    EXPECT_EQ(many.skippedTotal() - duplicates(many), 12 * otherSkips);
    EXPECT_EQ(duplicates(many), rows - once.kept - 12 * otherSkips);
    EXPECT_EQ(many.round, QStringLiteral("2024-08"));

    // Cancelled while judging: stops (the reader too) and changes nothing.
    usecases::Progress *self = nullptr;
    qint64 judgedWhenCancelled = 0;
    usecases::Progress cancelling([&](qint64 done, qint64, const QString &step) {
        if (step.contains(QStringLiteral("Judging")) && done >= 3000 && !self->isCancelled()) {
            judgedWhenCancelled = done;
            self->cancel();
        }
    });
    self = &cancelling;
    EXPECT_THROW(um::importFile(*db, path, {}, cancelling), usecases::Cancelled);
    EXPECT_GE(judgedWhenCancelled, 3000);
    EXPECT_TRUE(storage::MeasurementRepository(*db).rounds().empty());

    // Damaged in its middle: refused whole, though thousands of rows were judged first.
    QFile file(path);
    ASSERT_TRUE(file.open(QIODevice::ReadWrite));
    QByteArray bytes = file.readAll();
    for (qsizetype i = bytes.size() * 6 / 10; i < bytes.size() * 6 / 10 + 64; ++i)
        bytes[i] = static_cast<char>(~bytes[i]);
    file.seek(0);
    file.write(bytes);
    file.close();
    qint64 judgedBeforeFault = 0;
    usecases::Progress watching([&](qint64 done, qint64, const QString &step) {
        if (step.contains(QStringLiteral("Judging")))
            judgedBeforeFault = std::max(judgedBeforeFault, done);
    });
    const um::ImportPreview broken = um::previewImport(*db, path, {}, watching);
    EXPECT_FALSE(broken.error.isEmpty());
    EXPECT_GE(judgedBeforeFault, 1000);
    EXPECT_EQ(broken.kept, 0);
    EXPECT_TRUE(broken.outcomes.empty());
    EXPECT_TRUE(broken.toStore.measurements.empty());
    EXPECT_THROW(um::commitImport(*db, broken, {}, plain), storage::StorageError);
    EXPECT_TRUE(storage::MeasurementRepository(*db).rounds().empty());
    // Imported at once, the pieces stored before the fault showed are rolled back.
    qint64 storedBeforeFault = 0;
    usecases::Progress storing([&](qint64 done, qint64, const QString &step) {
        if (step.contains(QStringLiteral("Storing")))
            storedBeforeFault = std::max(storedBeforeFault, done);
    });
    const um::ImportResult atOnce = um::importAtOnce(*db, path, {}, storing);
    EXPECT_FALSE(atOnce.stored);
    EXPECT_FALSE(atOnce.preview.error.isEmpty());
    EXPECT_GE(storedBeforeFault, 1000);
    EXPECT_TRUE(storage::MeasurementRepository(*db).rounds().empty());
    EXPECT_EQ(storage::MeasurementRepository(*db).childCount(), 0);
}

namespace {

/// What a round holds, row by row, as lists and figures read it (no ids: two workspaces).
std::vector<QString> roundContent(storage::Database &db, const QString &period)
{
    std::vector<QString> rows;
    for (const storage::MeasuredChild &c : storage::MeasurementRepository(db).children(period))
        rows.push_back(QStringList{
            c.villageCode, c.initials, QString::number(c.sex), QString::number(c.ageDays),
            c.posyandu, c.puskesmas, QString::number(c.judgement.zlen),
            QString::number(c.judgement.zwei), QString::number(c.judgement.zwfl),
            QString::number(c.judgement.flen), QString::number(c.weight), QString::number(c.lenhei)}
                           .join(u'|'));
    std::sort(rows.begin(), rows.end());
    return rows;
}

} // namespace

TEST_F(MeasurementsWorkspaceTest, AnImportAtOnceStoresWhatALookFirstStores)
{
    // The command line's import stores each piece of judged rows while the next is read; the
    // window's looks at the whole file first. Both store the same round.
    int rows = 0;
    const QString path = repeatedWorkbook(dir.path(), 4, &rows);
    usecases::Progress progress;
    const um::ImportResult atOnce = um::importAtOnce(*db, path, {}, progress);
    ASSERT_TRUE(atOnce.stored) << atOnce.preview.blocker(false).toStdString();
    EXPECT_EQ(atOnce.preview.rowsRead, rows);

    const auto looked = test::openTestWorkspace();
    io::populateDemo(*looked);
    const um::ImportPreview preview = um::previewImport(*looked, path, {}, progress);
    um::commitImport(*looked, preview, {}, progress);

    const auto areas = [](storage::Database &workspace) {
        std::vector<QStringList> out;
        const auto summary = um::roundSummary(workspace, QStringLiteral("2024-08"), {true, true});
        EXPECT_TRUE(summary.has_value());
        if (summary) {
            for (const auto &area : *summary)
                out.push_back(um::summaryFields(area));
        }
        return out;
    };
    EXPECT_EQ(areas(*db), areas(*looked));
    EXPECT_EQ(roundContent(*db, QStringLiteral("2024-08")),
              roundContent(*looked, QStringLiteral("2024-08")));
    EXPECT_EQ(roundContent(*db, QStringLiteral("2024-08")).size(), 1498U);
    storage::MeasurementRepository repository(*db);
    EXPECT_EQ(repository.childCount(), storage::MeasurementRepository(*looked).childCount());
    ASSERT_EQ(repository.rounds().size(), 1U);
    EXPECT_EQ(repository.rounds().front().rowsRead, rows);
    EXPECT_EQ(repository.rounds().front().sourceFile, u"berulang.xlsx");
    EXPECT_EQ(repository.rounds().front().skipped, rows - 1498);
}

TEST_F(MeasurementsWorkspaceTest, AnImportAtOnceBlockedAtTheEndLeavesNothing)
{
    // Three copies of the small CSV (three pieces of rows, the first stored before the rest
    // is read) and, last, one row of a desa name that matches no region.
    QFile source(eppgbmFile(QStringLiteral("entri-2024-08-small.csv")));
    ASSERT_TRUE(source.open(QIODevice::ReadOnly));
    const QList<QByteArray> lines = source.readAll().split('\n');
    const auto header = std::find_if(lines.begin(), lines.end(), [](const QByteArray &line) {
        return line.contains("Tgl Lahir");
    });
    ASSERT_NE(header, lines.end());
    QByteArray bytes;
    for (auto it = lines.begin(); it != header + 1; ++it)
        bytes += *it + '\n';
    QByteArray last;
    for (int copy = 0; copy < 3; ++copy) {
        for (auto it = header + 1; it != lines.end(); ++it) {
            if (it->trimmed().isEmpty())
                continue;
            bytes += *it + '\n';
            if (it->contains(";BENGKALIS KOTA;"))
                last = *it;
        }
    }
    ASSERT_FALSE(last.isEmpty());
    bytes += last.replace(";BENGKALIS KOTA;", ";BKS  KOTA;") + '\n';
    const QString path = dir.filePath(QStringLiteral("tiga-kali.csv"));
    ASSERT_TRUE(writeFile(path, bytes));

    usecases::Progress progress;
    qint64 stored = 0;
    usecases::Progress watching([&stored](qint64 done, qint64, const QString &step) {
        if (step.contains(QStringLiteral("Storing")))
            stored = std::max(stored, done);
    });
    const auto auditBefore = storage::AuditLog::entries(*db).size();
    const um::ImportResult blocked = um::importAtOnce(*db, path, {}, watching);
    EXPECT_FALSE(blocked.stored);
    EXPECT_GE(stored, 1000); // the first piece was written before the last row was read
    ASSERT_EQ(blocked.preview.unmatched.size(), 1U);
    EXPECT_EQ(blocked.preview.unmatched.front().desa, u"BKS  KOTA");
    storage::MeasurementRepository repository(*db);
    EXPECT_TRUE(repository.rounds().empty());
    EXPECT_EQ(repository.childCount(), 0);
    EXPECT_EQ(storage::AuditLog::entries(*db).size(), auditBefore);
    EXPECT_THROW(um::importFile(*db, path, {}, progress), storage::StorageError);
    EXPECT_TRUE(repository.rounds().empty());

    // A round already held is refused at the end, and kept whole.
    um::importFile(*db, eppgbmFile(QStringLiteral("entri-2024-08-small.xlsx")), {}, progress);
    const int children = repository.childCount();
    const um::ImportResult held = um::importAtOnce(
        *db, eppgbmFile(QStringLiteral("entri-2024-08-small.csv")), {}, progress);
    EXPECT_FALSE(held.stored);
    EXPECT_EQ(held.preview.heldChildren, 1498);
    ASSERT_EQ(repository.rounds().size(), 1U);
    EXPECT_EQ(repository.rounds().front().sourceFile, u"entri-2024-08-small.xlsx");
    EXPECT_EQ(repository.rounds().front().children, 1498);
    EXPECT_EQ(repository.childCount(), children);
}

TEST_F(MeasurementsWorkspaceTest, ReimportNeedsReplaceAndThenReplacesWhole)
{
    usecases::Progress progress;
    um::importFile(*db, eppgbmFile(QStringLiteral("entri-2024-08-small.xlsx")), {}, progress);
    storage::MeasurementRepository repository(*db);
    const int children = repository.childCount();
    EXPECT_EQ(children, 1496); // 1,498 kept rows, two children measured twice

    const auto refused = um::previewImport(
        *db, eppgbmFile(QStringLiteral("entri-2024-08-small.csv")), {}, progress);
    EXPECT_EQ(refused.heldChildren, 1498);
    EXPECT_FALSE(refused.blocker(false).isEmpty());
    EXPECT_TRUE(refused.blocker(true).isEmpty());
    EXPECT_THROW(um::commitImport(*db, refused, {}, progress), storage::StorageError);
    EXPECT_EQ(repository.rounds().front().sourceFile, u"entri-2024-08-small.xlsx");

    const auto childIds = [&repository] {
        std::set<qint64> ids;
        for (const storage::MeasuredChild &child : repository.children(QStringLiteral("2024-08")))
            ids.insert(child.childId);
        return ids;
    };
    const std::set<qint64> idsBefore = childIds();
    um::ImportOptions replace;
    replace.replace = true;
    um::importFile(*db, eppgbmFile(QStringLiteral("entri-2024-08-small.csv")), replace, progress);
    ASSERT_EQ(repository.rounds().size(), 1U);
    EXPECT_EQ(repository.rounds().front().sourceFile, u"entri-2024-08-small.csv");
    EXPECT_EQ(repository.rounds().front().children, 1498);
    EXPECT_EQ(repository.rounds().front().skipped, 14);
    EXPECT_EQ(repository.childCount(), children);
    // The same children measured again in the replacing file are the same children.
    EXPECT_EQ(childIds(), idsBefore);

    // A round given on the command line is a second round of the same children.
    um::ImportOptions other;
    other.round = QStringLiteral("2024-09");
    um::importFile(*db, eppgbmFile(QStringLiteral("entri-2024-08-small.xlsx")), other, progress);
    EXPECT_EQ(repository.rounds().size(), 2U);
    EXPECT_EQ(repository.childCount(), children);
}

TEST_F(MeasurementsWorkspaceTest, ChildrenAreRecognisedAcrossRounds)
{
    usecases::Progress progress;
    um::importFile(*db, eppgbmFile(QStringLiteral("entri-2024-08-small.xlsx")), {}, progress);
    um::importFile(*db, eppgbmFile(QStringLiteral("final-2025-02-small.xlsx")), {}, progress);
    // The answer by the rule: distinct name + birth date + desa over the kept rows of both.
    std::set<QString> distinct;
    for (const char *name : {"expected-small-rows.csv", "expected-final-small-rows.csv"}) {
        const auto table = io::CsvReader::readFile(eppgbmFile(QLatin1String(name)));
        const auto column = [&](const char *c) {
            return static_cast<int>(table.header.fields.indexOf(QLatin1String(c)));
        };
        for (const io::CsvRow &row : table.rows) {
            if (row.fields.at(column("status")) != u"kept")
                continue;
            distinct.insert(row.fields.at(column("name")).toUpper() + u'|'
                            + row.fields.at(column("birth_date")) + u'|'
                            + row.fields.at(column("desa_code")));
        }
    }
    EXPECT_EQ(storage::MeasurementRepository(*db).childCount(), static_cast<int>(distinct.size()));
    EXPECT_LT(distinct.size(), 1496U + 798U);
}

namespace {
/// A round of `count` children (ids from `first`), every one with a NIK.
storage::RoundToStore syntheticRound(const QString &period, int first, int count,
                                     const QString &desa)
{
    storage::RoundToStore round;
    round.period = period;
    round.sourceFile = QStringLiteral("synthetic.xlsx");
    round.rowsRead = count;
    for (int i = first; i < first + count; ++i) {
        storage::NewMeasurement m;
        m.nikKey = "NIK:14030100000" + std::to_string(10000 + i);
        m.nameKey = "ANAK " + std::to_string(i) + "|2022-01-01|" + desa.toStdString();
        m.initials = QStringLiteral("A%1").arg(i % 10);
        m.sex = 1 + i % 2;
        m.birthDate = QStringLiteral("2022-01-01");
        m.villageCode = desa;
        m.name = QStringLiteral("Anak %1").arg(i);
        m.nik = QString::fromStdString(m.nikKey.substr(4));
        m.fileRow = i + 2;
        m.measureDate = period + QStringLiteral("-10");
        m.ageDays = 700 + i;
        m.weight = 9.0 + i % 7 * 0.1;
        m.lenhei = 80.0 + i % 5;
        m.measure = QStringLiteral("h");
        m.judgement.zlen = -2.5 + i % 10 * 0.3;
        m.judgement.flen = 0;
        round.measurements.push_back(std::move(m));
    }
    return round;
}
} // namespace

TEST_F(MeasurementsWorkspaceTest, StoringARoundTakesAFewStatementsPerHundredChildren)
{
    // Issue 17: an import must not run statements per child (each one a round trip to the
    // server). Children, identities and measurements go in statements of many rows.
    QString desa;
    for (const core::Region &region : storage::RegionRepository(*db).all())
        if (region.level() == core::RegionLevel::Village)
            desa = QString::fromStdString(region.code.toString());
    ASSERT_FALSE(desa.isEmpty());
    storage::MeasurementRepository repository(*db);
    const auto statementsFor = [&](const storage::RoundToStore &round) {
        const storage::StatementCounter counter;
        repository.storeRound(round, false);
        return counter.count();
    };
    const qint64 small = statementsFor(syntheticRound(QStringLiteral("2023-02"), 0, 20, desa));
    const qint64 large = statementsFor(syntheticRound(QStringLiteral("2023-08"), 0, 420, desa));
    // 400 more rows: about four more statements of a hundred children, identities and
    // measurements each (the first 20 children of the second round are updated, not
    // inserted), never one per child.
    EXPECT_GE(large - small, 8);
    EXPECT_LE(large - small, 16);

    // What was stored is what was given: the first 20 children found again, 400 new ones.
    EXPECT_EQ(repository.childCount(), 420);
    const auto children = repository.children(QStringLiteral("2023-08"));
    ASSERT_EQ(children.size(), 420U);
    std::set<qint64> ids;
    for (const storage::MeasuredChild &child : children) {
        ids.insert(child.childId);
        const int i = child.ageDays - 700;
        EXPECT_EQ(child.initials, QStringLiteral("A%1").arg(i % 10));
        EXPECT_EQ(child.sex, 1 + i % 2);
        EXPECT_DOUBLE_EQ(child.weight, 9.0 + i % 7 * 0.1);
        EXPECT_DOUBLE_EQ(child.lenhei, 80.0 + i % 5);
        EXPECT_DOUBLE_EQ(child.judgement.zlen, -2.5 + i % 10 * 0.3);
        EXPECT_EQ(child.measureDate, QStringLiteral("2023-08-10"));
    }
    EXPECT_EQ(ids.size(), 420U);
    for (const storage::MeasuredChild &child : repository.children(QStringLiteral("2023-02")))
        EXPECT_TRUE(ids.count(child.childId)) << "a child of the first round is the same child";
    const auto identities = repository.revealIdentities(std::vector<qint64>(ids.begin(), ids.end()),
                                                        QStringLiteral("test"));
    ASSERT_EQ(identities.size(), 420U);
    for (const storage::MeasuredChild &child : children) {
        const int i = child.ageDays - 700;
        EXPECT_EQ(identities.at(child.childId).name, QStringLiteral("Anak %1").arg(i));
        EXPECT_EQ(identities.at(child.childId).nik, QStringLiteral("14030100000%1").arg(10000 + i));
    }
}

TEST_F(MeasurementsWorkspaceTest, UnknownRegionNamesStopTheImportUntilMapped)
{
    // The CSV with one desa written differently: its rows match no region.
    QFile source(eppgbmFile(QStringLiteral("entri-2024-08-small.csv")));
    ASSERT_TRUE(source.open(QIODevice::ReadOnly));
    QByteArray bytes = source.readAll();
    const int before = static_cast<int>(bytes.count(";BENGKALIS KOTA;"));
    ASSERT_GT(before, 0);
    bytes.replace(";BENGKALIS KOTA;", ";BKS  KOTA;");
    const QString path = dir.filePath(QStringLiteral("ganti-nama.csv"));
    ASSERT_TRUE(writeFile(path, bytes));

    usecases::Progress progress;
    const auto blocked = um::previewImport(*db, path, {}, progress);
    ASSERT_EQ(blocked.unmatched.size(), 1U);
    EXPECT_EQ(blocked.unmatched.front().kecamatan, u"BENGKALIS");
    EXPECT_EQ(blocked.unmatched.front().desa, u"BKS  KOTA");
    EXPECT_EQ(static_cast<int>(blocked.unmatched.front().rows.size()), before);
    EXPECT_FALSE(blocked.blocker(false).isEmpty());
    EXPECT_THROW(um::commitImport(*db, blocked, {}, progress), storage::StorageError);
    EXPECT_TRUE(storage::MeasurementRepository(*db).rounds().empty());

    storage::MeasurementRepository(*db).setRegionMapping(
        QStringLiteral("Bengkalis"), QStringLiteral("bks kota"), QStringLiteral("14.03.01.1001"));
    // Remembered: a new preview (a new repository) finds it.
    const auto mapped = um::importFile(*db, path, {}, progress);
    EXPECT_TRUE(mapped.unmatched.empty());
    const auto areas = um::roundSummary(*db, QStringLiteral("2024-08"));
    io::CsvTable table;
    table.header.fields = um::summaryColumns();
    for (const auto &area : *areas)
        table.rows.push_back({0, um::summaryFields(area)});
    EXPECT_TRUE(test::compareFigures(table, QStringLiteral("expected-small.csv")).isEmpty());
}

TEST_F(MeasurementsWorkspaceTest, PosyanduAndPuskesmasRows)
{
    usecases::Progress progress;
    um::importFile(*db, eppgbmFile(QStringLiteral("entri-2024-08-small.xlsx")), {}, progress);
    const auto areas = um::roundSummary(*db, QStringLiteral("2024-08"), {true, true});
    ASSERT_TRUE(areas);
    int posyanduChildren = 0;
    int puskesmasChildren = 0;
    int puskesmas = 0;
    std::set<std::string> posyanduInDesa;
    for (const auto &area : *areas) {
        if (area.level == cm::AreaLevel::Posyandu) {
            posyanduChildren += area.counts.children;
            // "Melati II" and "Melati 2" of one desa are one posyandu.
            EXPECT_TRUE(posyanduInDesa.insert(area.code + '|' + cm::posyanduKey(area.name)).second)
                << area.code << ' ' << area.name;
        }
        if (area.level == cm::AreaLevel::Puskesmas) {
            ++puskesmas;
            puskesmasChildren += area.counts.children;
        }
    }
    EXPECT_EQ(posyanduChildren, 1498);
    EXPECT_EQ(puskesmasChildren, 1498);
    EXPECT_EQ(puskesmas, 11);
}

TEST_F(MeasurementsWorkspaceTest, NoNameOrNikReachesTheLogs)
{
    QLoggingCategory::setFilterRules(QStringLiteral("*.debug=true"));
    static QStringList captured;
    captured.clear();
    const auto previous = qInstallMessageHandler(
        [](QtMsgType, const QMessageLogContext &, const QString &message) { captured << message; });
    usecases::Progress progress;
    um::importFile(*db, eppgbmFile(QStringLiteral("entri-2024-08-small.xlsx")), {}, progress);
    um::ImportOptions replace;
    replace.replace = true;
    um::importFile(*db, eppgbmFile(QStringLiteral("entri-2024-08-small.csv")), replace, progress);
    qInstallMessageHandler(previous);
    QLoggingCategory::setFilterRules(QString());
    ASSERT_FALSE(captured.isEmpty()); // the import does log (counts, file names)
    const QString log = captured.join(u'\n');
    const auto table = io::CsvReader::readFile(
        eppgbmFile(QStringLiteral("expected-small-rows.csv")));
    const int name = static_cast<int>(table.header.fields.indexOf(QStringLiteral("name")));
    const int nik = static_cast<int>(table.header.fields.indexOf(QStringLiteral("nik")));
    int checked = 0;
    for (const io::CsvRow &row : table.rows) {
        EXPECT_FALSE(log.contains(row.fields.at(name))) << row.line;
        const QString n = row.fields.at(nik);
        if (n.size() == 16 && !n.contains(u'*')) {
            EXPECT_FALSE(log.contains(n)) << row.line;
            ++checked;
        }
    }
    EXPECT_GT(checked, 100);

    // The identity is shown on request only, and the viewing is logged without the data.
    storage::MeasurementRepository repository(*db);
    const auto children = repository.children(QStringLiteral("2024-08"));
    ASSERT_FALSE(children.empty());
    const auto identity = repository.revealIdentity(children.front().childId,
                                                    QStringLiteral("test"));
    ASSERT_TRUE(identity);
    EXPECT_FALSE(identity->name.isEmpty());
    EXPECT_EQ(QString::fromStdString(cm::initials(identity->name.toStdString())),
              children.front().initials);
    const auto entries = storage::AuditLog::entries(*db,
                                                    QStringLiteral("measurement_child_identity"));
    ASSERT_EQ(entries.size(), 1U);
    EXPECT_EQ(entries.front().action, storage::AuditLog::Action::View);
}

TEST(MeasurementsDemo, RoundsOfInventedChildrenFeedTheDemosEppgbmFigures)
{
    auto db = test::openTestWorkspace();
    // The module manifest puts the rounds in the demo district (src/modules.cmake, DEMO).
    io::populateDemo(*db);
    io::populateDemoModules(*db);
    storage::MeasurementRepository repository(*db);
    const auto rounds = repository.rounds();
    ASSERT_EQ(rounds.size(), 2U);
    EXPECT_EQ(rounds[0].period, u"2025-02");
    EXPECT_EQ(rounds[1].period, u"2024-08");
    for (const auto &round : rounds)
        EXPECT_TRUE(round.invented);
    EXPECT_EQ(rounds[1].children, 1498);
    EXPECT_EQ(rounds[0].children, 798);

    // The demo's e-PPGBM figures of those rounds are the children's, area by area.
    storage::PrevalenceRepository prevalence(*db);
    for (const auto &[period, year, round] :
         {std::tuple{"2024-08", 2024, core::PrevalenceRound::August}}) {
        const auto areas = um::roundSummary(*db, QLatin1String(period));
        ASSERT_TRUE(areas);
        for (const auto &area : *areas) {
            core::PrevalenceObservation key;
            key.area = core::PrevalenceArea::ofRegion(core::RegionCode::fromString(area.code));
            key.year = year;
            key.round = round;
            key.source = core::PrevalenceSource::Eppgbm;
            key.indicator = core::PrevalenceIndicator::Stunting;
            const auto held = prevalence.find(key);
            ASSERT_TRUE(held) << area.code;
            EXPECT_EQ(held->measured, area.counts.haz.valid) << area.code;
            EXPECT_EQ(held->cases, area.counts.haz.below2) << area.code;
            EXPECT_NE(held->note.find("dihitung dari"), std::string::npos);
        }
    }
}

TEST(MeasurementsIdentities, TheWorkspaceFileHoldsNoPlainNameOrNikOnceProtected)
{
    QTemporaryDir dir;
    ASSERT_TRUE(dir.isValid());
    const QString path = dir.filePath(QStringLiteral("w.kvg"));
    auto db = storage::Database::createSqlite(path);
    io::populateDemo(*db);
    io::populateDemoModules(*db);
    const int demoChildren = storage::MeasurementRepository(*db).childCount();
    usecases::Progress progress;
    um::ImportOptions options;
    options.round = QStringLiteral("2023-08");
    um::importFile(*db, eppgbmFile(QStringLiteral("entri-2024-08-small.xlsx")), options, progress);

    const auto table = io::CsvReader::readFile(
        eppgbmFile(QStringLiteral("expected-small-rows.csv")));
    const int name = static_cast<int>(table.header.fields.indexOf(QStringLiteral("name")));
    const int nik = static_cast<int>(table.header.fields.indexOf(QStringLiteral("nik")));
    QStringList secrets;
    for (const io::CsvRow &row : table.rows) {
        if (row.fields.at(name).contains(u' '))
            secrets << row.fields.at(name);
        const QString n = row.fields.at(nik);
        if (n.size() == 16 && !n.contains(u'*'))
            secrets << n;
    }
    ASSERT_GT(secrets.size(), 1000);
    const auto rawFile = [&] {
        QFile file(path);
        EXPECT_TRUE(file.open(QIODevice::ReadOnly));
        QByteArray bytes = file.readAll();
        QFile wal(path + QStringLiteral("-wal"));
        if (wal.open(QIODevice::ReadOnly))
            bytes += wal.readAll();
        return bytes;
    };
    const auto plainIn = [&](const QByteArray &bytes) {
        int found = 0;
        for (const QString &secret : secrets)
            found += bytes.contains(secret.toUtf8()) ? 1 : 0;
        return found;
    };
    // The keys children are recognised by are hashed from the start; the identities are
    // plain until a passphrase is set (the program says so), as the case audit's.
    EXPECT_GT(plainIn(rawFile()), 0);

    storage::IdentityVault vault(*db);
    vault.setPassphrase(QStringLiteral("rahasia bengkalis 2024"));
    EXPECT_EQ(plainIn(rawFile()), 0);

    // An import while the key is held seals at once; a reveal opens with it.
    um::ImportOptions next;
    next.round = QStringLiteral("2023-02");
    um::importFile(*db, eppgbmFile(QStringLiteral("entri-2024-08-small.csv")), next, progress);
    EXPECT_EQ(plainIn(rawFile()), 0);
    storage::MeasurementRepository repository(*db);
    const auto children = repository.children(QStringLiteral("2023-02"));
    ASSERT_FALSE(children.empty());
    const auto identity = repository.revealIdentity(children.front().childId, QStringLiteral("t"));
    ASSERT_TRUE(identity);
    EXPECT_EQ(QString::fromStdString(cm::initials(identity->name.toStdString())),
              children.front().initials);
    // The same children are recognised across the rounds through the hashed keys.
    EXPECT_EQ(repository.childCount(), demoChildren);

    // Without the key: no identity is shown and nothing is imported.
    vault.lock();
    EXPECT_THROW(repository.revealIdentity(children.front().childId, QStringLiteral("t")),
                 storage::StorageError);
    um::ImportOptions locked;
    locked.round = QStringLiteral("2022-08");
    EXPECT_THROW(um::importFile(*db, eppgbmFile(QStringLiteral("entri-2024-08-small.csv")), locked,
                                progress),
                 storage::StorageError);
    EXPECT_FALSE(repository.round(QStringLiteral("2022-08")));
}

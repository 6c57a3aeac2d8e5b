// SPDX-License-Identifier: GPL-3.0-or-later
// Issue #16, finding 4: files that blew up the memory. A workbook with cells in far-right
// columns (XFD) padded every row to 16,384 columns; devices and pipes were read without limit
// (their size reads as 0); a million bad rows gave a million error lines.
#include "io/anthro/anthro_csv.h"
#include "io/csv_reader.h"
#include "io/regions/region_import.h"
#include "io/xlsx_reader.h"
#include "storage/database.h"
#include "storage/regions/region_repository.h"
#include "storage/storage_error.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>

#include <gtest/gtest.h>

#include <sys/resource.h>
#include <sys/stat.h>
#include <sys/wait.h>
#include <unistd.h>
#include <xlsxwriter.h>

using namespace konvergensi;
using io::CsvRow;
using io::CsvTable;

namespace {

/// A workbook with a header (A1:B1) and `rows` rows, each with a value in A and, in column
/// `far`, either a value or (with `blankFar`) only a formatted empty cell.
QString workbook(const QTemporaryDir &dir, int rows, lxw_col_t far, bool blankFar)
{
    const QString path = dir.filePath(QStringLiteral("far-%1-%2.xlsx").arg(rows).arg(blankFar));
    lxw_workbook *book = workbook_new(QFile::encodeName(path).constData());
    lxw_worksheet *sheet = workbook_add_worksheet(book, nullptr);
    lxw_format *format = workbook_add_format(book);
    format_set_bold(format);
    worksheet_write_string(sheet, 0, 0, "kode", nullptr);
    worksheet_write_string(sheet, 0, 1, "nama", nullptr);
    for (int row = 1; row <= rows; ++row) {
        worksheet_write_string(sheet, static_cast<lxw_row_t>(row), 0, "14.03", nullptr);
        if (blankFar)
            worksheet_write_blank(sheet, static_cast<lxw_row_t>(row), far, format);
        else
            worksheet_write_string(sheet, static_cast<lxw_row_t>(row), far, "x", nullptr);
    }
    EXPECT_EQ(workbook_close(book), LXW_NO_ERROR);
    return path;
}

} // namespace

TEST(HostileFiles, FarRightCellsAreTooLargeNotAMemoryBlowUp)
{
    QTemporaryDir dir;
    const CsvTable table = io::readTableFile(workbook(dir, 300, 16383, false));
    EXPECT_TRUE(table.rows.empty());
    EXPECT_TRUE(table.fileError.contains(QStringLiteral("too large")))
        << table.fileError.toStdString();
}

TEST(HostileFiles, FormattedEmptyFarRightCellsAreIgnored)
{
    QTemporaryDir dir;
    const CsvTable table = io::readTableFile(workbook(dir, 300, 16383, true));
    ASSERT_TRUE(table.fileError.isEmpty()) << table.fileError.toStdString();
    ASSERT_EQ(table.rows.size(), 300U);
    for (const CsvRow &row : table.rows)
        ASSERT_LE(row.fields.size(), 2) << row.line;
    EXPECT_TRUE(table.rowErrors.empty());
}

TEST(HostileFiles, DevicesPipesAndFoldersAreRefusedByEveryReader)
{
    QTemporaryDir dir;
    const QString fifo = dir.filePath(QStringLiteral("pipe.csv"));
    ASSERT_EQ(::mkfifo(QFile::encodeName(fifo).constData(), 0600), 0);
    for (const QString &path : {QStringLiteral("/dev/zero"), fifo, dir.path()}) {
        for (const CsvTable &table : {io::readTableFile(path), io::CsvReader::readFile(path),
                                      io::XlsxReader::readFile(path)}) {
            EXPECT_TRUE(table.fileError.contains(QStringLiteral("not a regular file")))
                << path.toStdString() << ": " << table.fileError.toStdString();
        }
        auto db = storage::Database::openSqlite(QStringLiteral(":memory:"));
        const auto report = io::RegionCsvImporter(*db).checkFile(path);
        EXPECT_TRUE(report.fileError.contains(QStringLiteral("not a regular file")))
            << path.toStdString() << ": " << report.fileError.toStdString();
        // The WHO anthro CSV reader (zscores --input) read /dev/zero until the memory ended.
        const auto anthro = io::readAnthroCsvFile(path);
        EXPECT_TRUE(anthro.fileError.contains(QStringLiteral("not a regular file")))
            << path.toStdString() << ": " << anthro.fileError.toStdString();
    }
}

TEST(HostileFiles, ASmallFileIsReadWithoutReservingTheWholeSizeLimit)
{
    // Found by fuzz_measurements_import running at two inputs a second: every read asked
    // QIODevice::read(maxBytes + 1), which reserves the whole limit (256 MB for an e-PPGBM
    // export) for a file of a few bytes. A child process with 128 MB of address space to
    // spare reads small files with a 1 GB limit through every reader.
    QTemporaryDir dir;
    const QString csv = dir.filePath(QStringLiteral("small.csv"));
    {
        QFile file(csv);
        ASSERT_TRUE(file.open(QIODevice::WriteOnly));
        file.write("kode,nama\n14.03,Bengkalis\n");
    }
    const QString xlsx = workbook(dir, 3, 1, false);
    qint64 usedKb = 0;
    {
        QFile status(QStringLiteral("/proc/self/status"));
        ASSERT_TRUE(status.open(QIODevice::ReadOnly));
        for (const QByteArray &line : status.readAll().split('\n')) {
            if (line.startsWith("VmSize:"))
                usedKb = line.mid(7).trimmed().split(' ').first().toLongLong();
        }
    }
    ASSERT_GT(usedKb, 0);
    io::CsvOptions csvOptions;
    csvOptions.maxBytes = qsizetype{1024} * 1024 * 1024;
    io::XlsxOptions xlsxOptions;
    xlsxOptions.maxBytes = csvOptions.maxBytes;
    const pid_t child = ::fork();
    ASSERT_GE(child, 0);
    if (child == 0) {
        const rlim_t bytes = static_cast<rlim_t>(usedKb + 128 * 1024) * 1024;
        const rlimit limit{bytes, bytes};
        int code = 0;
        try {
            if (::setrlimit(RLIMIT_AS, &limit) != 0)
                code = 3;
            else if (io::CsvReader::readFile(csv, csvOptions).rows.size() != 1
                     || io::readTableFile(csv, csvOptions, xlsxOptions).rows.size() != 1
                     || io::XlsxReader::readFile(xlsx, xlsxOptions).rows.size() != 3
                     || io::readTableFile(xlsx, csvOptions, xlsxOptions).rows.size() != 3)
                code = 1;
        } catch (...) {
            code = 2; // std::bad_alloc: the limit was reserved
        }
        ::_exit(code);
    }
    int status = 0;
    ASSERT_EQ(::waitpid(child, &status, 0), child);
    ASSERT_TRUE(WIFEXITED(status)) << "the reading child died of signal " << WTERMSIG(status);
    EXPECT_EQ(WEXITSTATUS(status), 0)
        << "1: wrong rows, 2: out of memory reading a small file, 3: setrlimit failed";
}

TEST(HostileFiles, ManyBadRowsGiveTheFirstErrorsAndACount)
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("bad.csv"));
    {
        QFile file(path);
        ASSERT_TRUE(file.open(QIODevice::WriteOnly));
        file.write("code,name\n");
        for (int i = 0; i < 5000; ++i)
            file.write("not-a-code,Desa\n");
    }
    auto db = storage::Database::openSqlite(QStringLiteral(":memory:"));
    const auto report = io::RegionCsvImporter(*db).checkFile(path);
    EXPECT_EQ(report.errors.size(), io::kMaxListedErrors);
    EXPECT_EQ(report.moreErrors, 5000 - static_cast<int>(io::kMaxListedErrors));
    EXPECT_EQ(report.errors.front().line, 2);
    EXPECT_TRUE(io::moreErrorsText(report.moreErrors).contains(QStringLiteral("4950")));
}

TEST(HostileFiles, TooManyRowsOrColumnsInCsvAreTooLarge)
{
    QByteArray wide("a");
    for (int i = 0; i < io::kMaxTableColumns + 5; ++i)
        wide.append(",x");
    const CsvTable table = io::CsvReader::parse("h\n" + wide + "\n");
    EXPECT_TRUE(table.fileError.contains(QStringLiteral("too large")))
        << table.fileError.toStdString();
}

TEST(HostileFiles, SpoofingNamesAreRowErrorsAndRefusedByStorage)
{
    // Issue #16, finding 11, through an importer and through a repository.
    auto db = storage::Database::openSqlite(QStringLiteral(":memory:"));
    const auto report = io::RegionCsvImporter(*db).check(
        "code,name\n14,Riau\n14.03,\"Kabupaten\nBengkalis\"\n14.04,Siak\u202E\n");
    ASSERT_EQ(report.errors.size(), 2U);
    EXPECT_EQ(report.errors[0].line, 3);
    EXPECT_TRUE(report.errors[0].reason.contains(QStringLiteral("one line")))
        << report.errors[0].reason.toStdString();
    EXPECT_TRUE(report.errors[1].reason.contains(QStringLiteral("invisible")))
        << report.errors[1].reason.toStdString();
    const core::Region region{core::RegionCode::fromString("14"), "Riau\u200B", std::nullopt};
    EXPECT_THROW(storage::RegionRepository(*db).upsert({region}), storage::StorageError);
}

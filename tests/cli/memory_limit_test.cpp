// SPDX-License-Identifier: GPL-3.0-or-later
// Issue #16, finding 4, end to end: konvergensi-cli, run with its address space limited as a
// small office PC would limit it, is given a workbook with cells in the far-right column
// (XFD) on many rows. Before the fix every such row was padded to 16,384 cells and the import
// died with std::bad_alloc; now it is refused with the Indonesian "too large" sentence, a
// nonzero exit and the workspace byte for byte as it was. Both ways a workbook is read: the
// importers' tables (prevalence import) and the e-PPGBM export (measurements import).
#include "test_paths.h"

#include <QCryptographicHash>
#include <QFile>
#include <QTemporaryDir>

#include <gtest/gtest.h>

#include <xlsxwriter.h>

#include "cli_process.h"

#ifdef Q_OS_UNIX
#include <sys/resource.h>
#endif

using namespace konvergensi;
using konvergensi::test::CliRun;

namespace {

/// The address space the CLI may use: ample for its normal work (checked below), far less
/// than the 7 GB the padded rows of the workbook needed before the fix.
constexpr rlim_t kAddressSpaceLimit = rlim_t{1536} * 1024 * 1024;
/// Rows of the hostile workbook, each with one value in column A and one in XFD: padded to
/// 16,384 columns that is 20,000 x 16,384 empty texts, several GB.
constexpr int kHostileRows = 20000;

QByteArray sha1(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return QCryptographicHash::hash(file.readAll(), QCryptographicHash::Sha1);
}

/// A workbook with a header row that both importers recognise far enough to read on, and
/// `kHostileRows` rows with a value in A and in XFD (column 16,384).
QString farRightWorkbook(const QTemporaryDir &dir)
{
    const QString path = dir.filePath(QStringLiteral("far-right.xlsx"));
    lxw_workbook *book = workbook_new(QFile::encodeName(path).constData());
    lxw_worksheet *sheet = workbook_add_worksheet(book, nullptr);
    const char *header[] = {"Nama", "Tgl Lahir", "area", "year", "round"};
    for (lxw_col_t c = 0; c < 5; ++c)
        worksheet_write_string(sheet, 0, c, header[c], nullptr);
    for (int row = 1; row <= kHostileRows; ++row) {
        worksheet_write_string(sheet, static_cast<lxw_row_t>(row), 0, "14.03", nullptr);
        worksheet_write_string(sheet, static_cast<lxw_row_t>(row), 16383, "x", nullptr);
    }
    EXPECT_EQ(workbook_close(book), LXW_NO_ERROR);
    return path;
}

class MemoryLimitTest : public ::testing::Test
{
protected:
    void SetUp() override
    {
#ifndef Q_OS_UNIX
        GTEST_SKIP() << "the address-space limit (setrlimit) needs a Unix system";
#endif
#ifdef KONVERGENSI_CLI_SANITIZED
        // AddressSanitizer reserves terabytes of shadow memory: such a CLI cannot start under
        // any address-space limit.
        GTEST_SKIP() << "konvergensi-cli is built with a sanitizer; RLIMIT_AS cannot apply";
#endif
        ASSERT_TRUE(dir.isValid());
        database = dir.filePath(QStringLiteral("workspace.kvg"));
        // Indonesian, as a fresh user gets it.
        environment = test::cliEnvironment(dir.path(), test::CliLanguage::Default);
        const CliRun init = cli({QStringLiteral("init"), QStringLiteral("--demo")}, false);
        ASSERT_EQ(init.exitCode, 0) << init;
    }

    CliRun cli(QStringList args, bool limited = true) const
    {
        args.prepend(database);
        args.prepend(QStringLiteral("--database"));
        std::function<void()> inChild;
#ifdef Q_OS_UNIX
        if (limited) {
            inChild = [] {
                const rlimit limit{kAddressSpaceLimit, kAddressSpaceLimit};
                if (::setrlimit(RLIMIT_AS, &limit) != 0)
                    ::_exit(97);
            };
        }
#endif
        return test::runCli(QStringLiteral(KONVERGENSI_CLI_PATH), args, environment, inChild);
    }

    QTemporaryDir dir;
    QString database;
    QProcessEnvironment environment;
};

TEST_F(MemoryLimitTest, FarRightWorkbookIsTooLargeNotACrashUnderAMemoryLimit)
{
    // The limit leaves the CLI room for its normal work: a real e-PPGBM export of 1,512 rows
    // is read and judged in full (the demo holds its round: a dry run of replacing it).
    const CliRun normal = cli({QStringLiteral("measurements"), QStringLiteral("import"),
                               test::dataFile(QStringLiteral("eppgbm/entri-2024-08-small.xlsx")),
                               QStringLiteral("--replace"), QStringLiteral("--dry-run")});
    ASSERT_EQ(normal.exitCode, 0) << normal;

    const QString hostile = farRightWorkbook(dir);
    const QByteArray before = sha1(database);
    ASSERT_FALSE(before.isEmpty());
    for (const QStringList &command :
         {QStringList{QStringLiteral("prevalence"), QStringLiteral("import"), hostile},
          QStringList{QStringLiteral("measurements"), QStringLiteral("import"), hostile}}) {
        const CliRun run = cli(command);
        const std::string shown = command.join(u' ').toStdString();
        EXPECT_GT(run.exitCode, 0) << shown << "\n" << run; // refused; -1/-2: hung or crashed
        EXPECT_NE(run.exitCode, 97) << shown << ": setrlimit failed";
        EXPECT_TRUE(run.err.contains(QStringLiteral("terlalu besar untuk diimpor")))
            << shown << "\n"
            << run;
        EXPECT_FALSE(run.err.contains(QStringLiteral("bad_alloc"))) << shown << "\n" << run;
        EXPECT_FALSE(run.err.contains(QStringLiteral("memori tidak cukup"))) << shown << "\n"
                                                                             << run;
        EXPECT_EQ(sha1(database), before) << shown << ": the workspace changed";
    }
}

} // namespace

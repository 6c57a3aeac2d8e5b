// SPDX-License-Identifier: GPL-3.0-or-later
// konvergensi-cli speaks Indonesian unless English is chosen (--lang, or Pengaturan's stored
// choice), in its help, its errors and the documents it writes; and the minutes it prints
// are, word for word, the minutes the window prints in the same language.
#include "i18n/language.h"
#include "io/workspace_setup.h"
#include "storage/database.h"
#include "storage/meetings/meeting_repository.h"
#include "usecases/meetings/meeting_documents.h"

#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>

#include <gtest/gtest.h>

#include "cli_process.h"

using namespace konvergensi;
using konvergensi::test::CliLanguage;
using konvergensi::test::CliRun;

namespace {

QString pdfText(const QString &pdf)
{
    QProcess text;
    text.start(QStandardPaths::findExecutable(QStringLiteral("pdftotext")),
               {QStringLiteral("-layout"), pdf, QStringLiteral("-")});
    if (!text.waitForFinished(60000) || text.exitCode() != 0) {
        ADD_FAILURE() << "pdftotext failed on " << pdf.toStdString();
        return {};
    }
    return QString::fromUtf8(text.readAllStandardOutput());
}

class CliLanguageTest : public ::testing::Test
{
protected:
    void SetUp() override
    {
        ASSERT_TRUE(dir.isValid());
        ASSERT_TRUE(englishHome.isValid());
        database = dir.filePath(QStringLiteral("demo.kvg"));
        auto db = io::createWorkspace(database, io::WorkspaceTemplate::Demo);
        const auto meetings = storage::MeetingRepository(*db).list();
        ASSERT_FALSE(meetings.empty());
        for (const auto &meeting : meetings) {
            if (meeting.date == boost::gregorian::date(2023, 12, 5))
                meetingId = meeting.id;
        }
        ASSERT_GT(meetingId, 0) << "the demo's Rakornis of Tuesday 5 December 2023";
    }

    /// A fresh user: nothing stored, so the default language.
    CliRun fresh(QStringList args) const
    {
        args = QStringList{QStringLiteral("--database"), database} + args;
        return test::runCli(QStringLiteral(KONVERGENSI_CLI_PATH), args,
                            test::cliEnvironment(dir.path(), CliLanguage::Default));
    }

    /// A user who chose English in Pengaturan.
    CliRun english(QStringList args) const
    {
        args = QStringList{QStringLiteral("--database"), database} + args;
        return test::runCli(QStringLiteral(KONVERGENSI_CLI_PATH), args,
                            test::cliEnvironment(englishHome.path(), CliLanguage::English));
    }

    QTemporaryDir dir;
    QTemporaryDir englishHome;
    QString database;
    qint64 meetingId = 0;
};

} // namespace

TEST_F(CliLanguageTest, HelpIsIndonesianUnlessEnglishIsChosen)
{
    const CliRun help = fresh({QStringLiteral("--help")});
    ASSERT_EQ(help.exitCode, 0) << help;
    EXPECT_TRUE(help.out.startsWith(QStringLiteral("Penggunaan: konvergensi-cli"))) << help;
    EXPECT_TRUE(help.out.contains(QStringLiteral("--lang id|en"))) << help;
    EXPECT_FALSE(help.out.contains(QStringLiteral("Usage:"))) << help;
    EXPECT_FALSE(help.out.contains(QStringLiteral("Commands:"))) << help;

    const CliRun chosen = english({QStringLiteral("--help")});
    ASSERT_EQ(chosen.exitCode, 0) << chosen;
    EXPECT_TRUE(chosen.out.startsWith(QStringLiteral("Usage: konvergensi-cli"))) << chosen;

    // --lang wins over the stored choice, both ways, and may come after the command.
    const CliRun once = english(
        {QStringLiteral("--lang"), QStringLiteral("id"), QStringLiteral("--help")});
    EXPECT_TRUE(once.out.startsWith(QStringLiteral("Penggunaan:"))) << once;
    const CliRun onceEnglish = fresh({QStringLiteral("--help"), QStringLiteral("--lang=en")});
    EXPECT_TRUE(onceEnglish.out.startsWith(QStringLiteral("Usage:"))) << onceEnglish;
}

TEST_F(CliLanguageTest, ErrorsAreIndonesianAndABadLanguageIsAUsageError)
{
    const CliRun unknown = fresh({QStringLiteral("rapat")});
    EXPECT_EQ(unknown.exitCode, 2) << unknown;
    EXPECT_TRUE(unknown.err.contains(QStringLiteral("rapat"))) << unknown;
    EXPECT_FALSE(unknown.err.contains(QStringLiteral("unknown command"))) << unknown;
    const CliRun unknownEnglish = english({QStringLiteral("rapat")});
    EXPECT_TRUE(unknownEnglish.err.contains(QStringLiteral("unknown command"))) << unknownEnglish;

    const CliRun bad = fresh(
        {QStringLiteral("--lang"), QStringLiteral("fr"), QStringLiteral("--help")});
    EXPECT_EQ(bad.exitCode, 2) << bad;
    EXPECT_TRUE(bad.err.contains(QStringLiteral("fr"))) << bad;
    EXPECT_TRUE(bad.out.isEmpty()) << bad;
}

TEST_F(CliLanguageTest, DocumentsAreIndonesianByDefault)
{
    const QString minutes = dir.filePath(QStringLiteral("notulen.pdf"));
    const CliRun print = fresh({QStringLiteral("meetings"), QStringLiteral("print"),
                                QString::number(meetingId), QStringLiteral("--pdf"), minutes});
    ASSERT_EQ(print.exitCode, 0) << print;
    const QString text = pdfText(minutes);
    EXPECT_TRUE(text.contains(QStringLiteral("NOTULEN RAPAT"))) << text.toStdString();
    EXPECT_TRUE(text.contains(QStringLiteral("Selasa, 5 Desember 2023"))) << text.toStdString();
    EXPECT_FALSE(text.contains(QStringLiteral("MINUTES OF MEETING")));
    EXPECT_FALSE(text.contains(QStringLiteral("December")));

    const QString report = dir.filePath(QStringLiteral("aksi.pdf"));
    const CliRun actions = fresh({QStringLiteral("report"), QStringLiteral("actions"),
                                  QStringLiteral("--year"), QStringLiteral("2023"),
                                  QStringLiteral("--pdf"), report});
    ASSERT_EQ(actions.exitCode, 0) << actions;
    const QString actionText = pdfText(report);
    EXPECT_TRUE(actionText.contains(QStringLiteral("LAPORAN KEMAJUAN AKSI KONVERGENSI")))
        << actionText.toStdString();
    EXPECT_FALSE(actionText.contains(QStringLiteral("CONVERGENCE ACTION PROGRESS REPORT")));

    const QString englishMinutes = englishHome.filePath(QStringLiteral("minutes.pdf"));
    const CliRun printEnglish = english({QStringLiteral("meetings"), QStringLiteral("print"),
                                         QString::number(meetingId), QStringLiteral("--pdf"),
                                         englishMinutes});
    ASSERT_EQ(printEnglish.exitCode, 0) << printEnglish;
    const QString englishText = pdfText(englishMinutes);
    EXPECT_TRUE(englishText.contains(QStringLiteral("MINUTES OF MEETING")));
    EXPECT_TRUE(englishText.contains(QStringLiteral("Tuesday, 5 December 2023")))
        << englishText.toStdString();
}

TEST_F(CliLanguageTest, CliMinutesAreTheWindowsMinutesWordForWord)
{
    // The window prints with the translators of its language installed and that language
    // passed to the report; this process does the same, as the window would in Indonesian.
    ASSERT_TRUE(i18n::LanguageSetup::install(QStringLiteral("id")));
    const QString window = dir.filePath(QStringLiteral("jendela.pdf"));
    {
        auto db = storage::Database::openSqlite(database);
        usecases::meetings::minutes(*db, meetingId, i18n::LanguageSetup::current())
            .writePdf(window);
    }
    i18n::LanguageSetup::install(QStringLiteral("en"));

    const QString cli = dir.filePath(QStringLiteral("cli.pdf"));
    const CliRun print = fresh({QStringLiteral("meetings"), QStringLiteral("print"),
                                QString::number(meetingId), QStringLiteral("--pdf"), cli});
    ASSERT_EQ(print.exitCode, 0) << print;
    const QString windowText = pdfText(window);
    ASSERT_TRUE(windowText.contains(QStringLiteral("NOTULEN RAPAT")));
    EXPECT_EQ(pdfText(cli).toStdString(), windowText.toStdString());
}

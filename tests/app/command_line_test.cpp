// SPDX-License-Identifier: GPL-3.0-or-later
// `konvergensi [--lang id|en] [WORKSPACE.kvg]`, --help and --version: the parser, and the
// built program run as a process without any display (DISPLAY, WAYLAND_DISPLAY and
// QT_QPA_PLATFORM unset), as on a server or in a terminal before a desktop session exists.
#include "cli_process.h"

#include "gui/command_line.h"

#include <QDir>
#include <QFileInfo>
#include <QSettings>
#include <QTemporaryDir>

#include <gtest/gtest.h>

using namespace konvergensi::gui;
using konvergensi::test::runCli;

namespace {

CommandLine parse(std::initializer_list<const char *> words)
{
    QStringList arguments;
    for (const char *word : words)
        arguments << QString::fromUtf8(word);
    return CommandLine::parse(arguments);
}

TEST(CommandLineParse, AFileOpensThatWorkspace)
{
    const auto line = parse({"/data/kaur.kvg"});
    EXPECT_EQ(line.action(), CommandLine::Action::Run);
    EXPECT_EQ(line.workspace(), QStringLiteral("/data/kaur.kvg"));
    EXPECT_TRUE(line.language().isEmpty());
    EXPECT_TRUE(parse({}).workspace().isEmpty());
}

TEST(CommandLineParse, LanguageInBothSpellings)
{
    EXPECT_EQ(parse({"--lang", "en"}).language(), QStringLiteral("en"));
    EXPECT_EQ(parse({"--lang=id", "x.kvg"}).language(), QStringLiteral("id"));
    EXPECT_EQ(parse({"--lang=id", "x.kvg"}).workspace(), QStringLiteral("x.kvg"));
}

TEST(CommandLineParse, HelpAndVersionWinOverRunning)
{
    EXPECT_EQ(parse({"x.kvg", "--help"}).action(), CommandLine::Action::Help);
    EXPECT_EQ(parse({"-h"}).action(), CommandLine::Action::Help);
    EXPECT_EQ(parse({"--version"}).action(), CommandLine::Action::Version);
    EXPECT_EQ(parse({"-v", "--lang", "en"}).action(), CommandLine::Action::Version);
}

TEST(CommandLineParse, QtOptionsAreLeftForQt)
{
    const auto line = parse({"-platform", "offscreen", "-reverse", "kerja.kvg"});
    EXPECT_EQ(line.action(), CommandLine::Action::Run);
    EXPECT_EQ(line.workspace(), QStringLiteral("kerja.kvg"));
}

TEST(CommandLineParse, FilesAfterDoubleDashMayStartWithADash)
{
    EXPECT_EQ(parse({"--", "-aneh.kvg"}).workspace(), QStringLiteral("-aneh.kvg"));
}

TEST(CommandLineParse, WrongCommandLinesSayWhy)
{
    EXPECT_EQ(parse({"--lang", "fr"}).problem(), CommandLine::Problem::UnknownLanguage);
    EXPECT_EQ(parse({"--lang"}).problem(), CommandLine::Problem::MissingValue);
    EXPECT_EQ(parse({"--bogus"}).problem(), CommandLine::Problem::UnknownOption);
    EXPECT_EQ(parse({"a.kvg", "b.kvg"}).problem(), CommandLine::Problem::TwoWorkspaces);
    for (const auto &line : {parse({"--lang", "fr"}), parse({"--bogus"}), parse({"a", "b"})}) {
        EXPECT_EQ(line.action(), CommandLine::Action::Error);
        EXPECT_FALSE(line.errorText().isEmpty());
    }
    EXPECT_TRUE(parse({"--bogus"}).errorText().contains(QStringLiteral("--bogus")));
}

/// The program run with no display and with the user's folders in a temporary home.
class ProgramWithoutDisplay : public ::testing::Test
{
protected:
    void SetUp() override { ASSERT_TRUE(home.isValid()); }

    QProcessEnvironment environment() const
    {
        QProcessEnvironment env = konvergensi::test::cliEnvironment(home.path());
        env.remove(QStringLiteral("DISPLAY"));
        env.remove(QStringLiteral("WAYLAND_DISPLAY"));
        env.remove(QStringLiteral("QT_QPA_PLATFORM"));
        return env;
    }

    konvergensi::test::CliRun run(const QStringList &arguments) const
    {
        return runCli(QStringLiteral(KONVERGENSI_APP_PATH), arguments, environment());
    }

    /// Stores an interface language in Settings, as the program's settings page does.
    void storeLanguage(const QString &code) const
    {
        const QString file = home.filePath(QStringLiteral("config/Konvergensi/Konvergensi.conf"));
        QDir().mkpath(QFileInfo(file).absolutePath());
        QSettings settings(file, QSettings::IniFormat);
        settings.setValue(QStringLiteral("ui/language"), code);
        settings.sync();
        ASSERT_EQ(settings.status(), QSettings::NoError);
    }

    QTemporaryDir home;
};

TEST_F(ProgramWithoutDisplay, HelpIsIndonesianByDefault)
{
    const auto result = run({QStringLiteral("--help")});
    ASSERT_EQ(result.exitCode, 0) << result;
    EXPECT_TRUE(result.out.startsWith(QStringLiteral("Penggunaan: konvergensi [OPSI] "
                                                     "[RUANG-KERJA.kvg]")))
        << result;
    EXPECT_TRUE(result.out.contains(QStringLiteral("--lang id|en"))) << result;
    EXPECT_TRUE(result.out.contains(QStringLiteral("--version"))) << result;
    EXPECT_TRUE(result.err.isEmpty()) << result;
}

TEST_F(ProgramWithoutDisplay, HelpInEnglishWithLangEn)
{
    const auto result = run({QStringLiteral("--lang"), QStringLiteral("en"), QStringLiteral("-h")});
    ASSERT_EQ(result.exitCode, 0) << result;
    EXPECT_TRUE(result.out.startsWith(QStringLiteral("Usage: konvergensi [OPTIONS] "
                                                     "[WORKSPACE.kvg]")))
        << result;
}

TEST_F(ProgramWithoutDisplay, StoredEnglishPreferenceAndTheCommandLineOverride)
{
    storeLanguage(QStringLiteral("en"));
    auto result = run({QStringLiteral("--help")});
    ASSERT_EQ(result.exitCode, 0) << result;
    EXPECT_TRUE(result.out.startsWith(QStringLiteral("Usage:"))) << result;
    result = run({QStringLiteral("--help"), QStringLiteral("--lang=id")});
    ASSERT_EQ(result.exitCode, 0) << result;
    EXPECT_TRUE(result.out.startsWith(QStringLiteral("Penggunaan:"))) << result;
}

TEST_F(ProgramWithoutDisplay, VersionComesFromTheProjectVersionAsForTheCli)
{
    const auto result = run({QStringLiteral("--version")});
    ASSERT_EQ(result.exitCode, 0) << result;
    EXPECT_EQ(result.out, QStringLiteral("konvergensi " KONVERGENSI_EXPECTED_VERSION "\n"));
    EXPECT_TRUE(result.err.isEmpty()) << result;
    const auto cli = runCli(QStringLiteral(KONVERGENSI_CLI_PATH), {QStringLiteral("--version")},
                            environment());
    ASSERT_EQ(cli.exitCode, 0) << cli;
    EXPECT_EQ(cli.out, QStringLiteral("konvergensi-cli " KONVERGENSI_EXPECTED_VERSION "\n"));
}

TEST_F(ProgramWithoutDisplay, AWrongCommandLineIsOneLineAndExitTwo)
{
    auto result = run({QStringLiteral("--lang"), QStringLiteral("fr")});
    EXPECT_EQ(result.exitCode, 2) << result;
    EXPECT_TRUE(result.out.isEmpty()) << result;
    EXPECT_EQ(result.err, QStringLiteral("konvergensi: bahasa \"fr\" tidak dikenal: gunakan id "
                                         "(Bahasa Indonesia) atau en (English).\n"));
    result = run({QStringLiteral("--lang"), QStringLiteral("en"), QStringLiteral("--bogus")});
    EXPECT_EQ(result.exitCode, 2) << result;
    EXPECT_EQ(result.err,
              QStringLiteral("konvergensi: unknown option --bogus. Try konvergensi --help.\n"));
    result = run({QStringLiteral("a.kvg"), QStringLiteral("b.kvg")});
    EXPECT_EQ(result.exitCode, 2) << result;
    EXPECT_TRUE(result.err.contains(QStringLiteral("b.kvg"))) << result;
}

} // namespace

// SPDX-License-Identifier: GPL-3.0-or-later
#include "cli/cli_app.h"

#include "cli/command.h"
#include "cli/logging.h"

#include "i18n/language.h"
#include "storage/storage_error.h"

#include <QCoreApplication>
#include <QLoggingCategory>
#include <QStandardPaths>

#include <exception>
#include <new>
#include <optional>

namespace konvergensi::cli {

namespace {

const QString kProgram = QStringLiteral("konvergensi-cli");

QString usage(const std::vector<CommandSpec> &commands)
{
    QString text = QCoreApplication::translate("Cli", "Usage: konvergensi-cli [--database PATH] "
                                                      "COMMAND [OPTIONS]\n\nWorks on a Konvergensi "
                                                      "workspace without opening a window.\n\n"
                                                      "Commands:\n");
    for (const CommandSpec &spec : commands)
        text += QStringLiteral("  ") + spec.usage + QStringLiteral("\n      ") + spec.summary
                + u'\n';
    text += QCoreApplication::translate(
                "Cli", "\nOptions:\n"
                       "  -d, --database PATH  The workspace file. Default:\n"
                       "                       %1\n"
                       "  --lang id|en         The language of this run's messages "
                       "and documents.\n"
                       "                       Default: the language chosen in "
                       "the window's\n"
                       "                       Settings, else Indonesian.\n"
                       "  --verbose            Also print the program's log "
                       "messages.\n"
                       "  -h, --help           Show this help.\n"
                       "  -V, --version        Show the version.\n\n"
                       "Exit status: 0 on success, 1 when the command failed, 2 "
                       "for a wrong command line.\n")
                .arg(defaultDatabasePath());
    return text;
}

/// The global options and the words and options meant for the command.
struct Arguments
{
    std::optional<QString> database;
    bool help = false;
    bool version = false;
    bool verbose = false;
    QStringList words; ///< every non-option word, in order
    QMap<QString, QString> values;
    QSet<QString> flags;
    QStringList given; ///< every command option given, in order, for checks
};

Arguments parseArguments(const QStringList &args, const std::vector<CommandSpec> &commands)
{
    // An option takes a value when any command says so; names are kept consistent across
    // commands (--format, --year, ...).
    QSet<QString> valueOptions;
    QSet<QString> flagOptions;
    for (const CommandSpec &spec : commands) {
        for (const QString &option : spec.valueOptions)
            valueOptions.insert(option);
        for (const QString &option : spec.flagOptions)
            flagOptions.insert(option);
    }
    Arguments parsed;
    bool onlyPositional = false;
    for (qsizetype i = 1; i < args.size(); ++i) {
        const QString &arg = args[i];
        if (onlyPositional || arg == QLatin1String("-") || !arg.startsWith(u'-')) {
            parsed.words.append(arg);
            continue;
        }
        if (arg == QLatin1String("--")) {
            onlyPositional = true;
            continue;
        }
        QString name = arg;
        std::optional<QString> inlineValue;
        if (arg.startsWith(QLatin1String("--"))) {
            if (const qsizetype equals = arg.indexOf(u'='); equals > 0) {
                name = arg.left(equals);
                inlineValue = arg.mid(equals + 1);
            }
        }
        const auto value = [&]() -> QString {
            if (inlineValue)
                return *inlineValue;
            if (i + 1 >= args.size())
                usageError(
                    QCoreApplication::translate("Cli", "the option %1 needs a value.").arg(name));
            return args[++i];
        };
        const auto flag = [&](bool &target) {
            if (inlineValue)
                usageError(
                    QCoreApplication::translate("Cli", "the option %1 takes no value.").arg(name));
            target = true;
        };
        if (name == QLatin1String("--database") || name == QLatin1String("-d")) {
            parsed.database = value();
        } else if (name == QLatin1String("--help") || name == QLatin1String("-h")) {
            flag(parsed.help);
        } else if (name == QLatin1String("--version") || name == QLatin1String("-V")) {
            flag(parsed.version);
        } else if (name == QLatin1String("--lang")) {
            value(); // read before anything else is said, by languageOption()
        } else if (name == QLatin1String("--verbose")) {
            flag(parsed.verbose);
        } else if (valueOptions.contains(name)) {
            parsed.values.insert(name, value());
            parsed.given.append(name);
        } else if (flagOptions.contains(name)) {
            bool set = false;
            flag(set);
            parsed.flags.insert(name);
            parsed.given.append(name);
        } else {
            usageError(QCoreApplication::translate("Cli", "unknown option %1. Try "
                                                          "konvergensi-cli --help.")
                           .arg(arg));
        }
    }
    return parsed;
}

/// The `--lang` of the command line ("id" or "en"), looked for before the commands are
/// built so that their help is in that language; empty when not given.
QString languageOption(const QStringList &args)
{
    QString code;
    for (qsizetype i = 1; i < args.size(); ++i) {
        const QString &arg = args[i];
        if (arg == QLatin1String("--"))
            break;
        if (arg == QLatin1String("--lang") && i + 1 < args.size())
            code = args[++i];
        else if (arg.startsWith(QLatin1String("--lang=")))
            code = arg.mid(7);
        else
            continue;
        if (code != QLatin1String("id") && code != QLatin1String("en"))
            usageError(QStringLiteral("--lang: id (Bahasa Indonesia) or en (English), not \"%1\".")
                           .arg(code));
    }
    return code;
}

/// The command whose words begin the command line, the longest match first.
const CommandSpec *findCommand(const QStringList &words, const std::vector<CommandSpec> &commands)
{
    const CommandSpec *best = nullptr;
    for (const CommandSpec &spec : commands) {
        if (spec.words.size() > words.size())
            continue;
        if (words.mid(0, spec.words.size()) != spec.words)
            continue;
        if (!best || spec.words.size() > best->words.size())
            best = &spec;
    }
    return best;
}

int dispatch(const Arguments &args, CliContext &context, const std::vector<CommandSpec> &commands)
{
    if (args.help || args.words.value(0) == QLatin1String("help")) {
        context.out << usage(commands);
        return ExitSuccess;
    }
    if (args.version) {
        context.out << kProgram << ' ' << QStringLiteral(KONVERGENSI_VERSION) << '\n';
        return ExitSuccess;
    }
    if (args.words.isEmpty())
        usageError(QCoreApplication::translate("Cli", "no command given. Try konvergensi-cli "
                                                      "--help."));
    const CommandSpec *spec = findCommand(args.words, commands);
    if (!spec) {
        // Name the subcommands when the first word is known ("regions" alone, "regions x").
        QStringList subcommands;
        for (const CommandSpec &candidate : commands) {
            if (candidate.words.size() > 1 && candidate.words.first() == args.words.first())
                subcommands.append(candidate.words.mid(1).join(u' '));
        }
        if (!subcommands.isEmpty() && args.words.size() == 1)
            usageError(QCoreApplication::translate("Cli", "\"%1\" needs a subcommand: %2.")
                           .arg(args.words.first(), subcommands.join(QStringLiteral(", "))));
        if (!subcommands.isEmpty())
            usageError(QCoreApplication::translate("Cli", "unknown subcommand \"%1 %2\": use %3.")
                           .arg(args.words.first(), args.words.value(1),
                                subcommands.join(QStringLiteral(", "))));
        usageError(QCoreApplication::translate("Cli", "unknown command \"%1\". Try konvergensi-cli "
                                                      "--help.")
                       .arg(args.words.first()));
    }
    const QString name = spec->words.join(u' ');
    for (const QString &option : args.given) {
        if (!spec->valueOptions.contains(option) && !spec->flagOptions.contains(option))
            usageError(QCoreApplication::translate("Cli", "the option %1 does not apply to \"%2\".")
                           .arg(option, name));
    }
    CommandLine line;
    line.positional = args.words.mid(spec->words.size());
    line.values = args.values;
    line.flags = args.flags;
    if (line.positional.size() < spec->minPositional)
        usageError(QCoreApplication::translate("Cli", "\"%1\" is incomplete. Usage: %2")
                       .arg(name, spec->usage));
    if (line.positional.size() > spec->maxPositional)
        usageError(QCoreApplication::translate("Cli", "unexpected argument \"%1\". Try "
                                                      "konvergensi-cli --help.")
                       .arg(line.positional.value(spec->maxPositional)));
    return spec->run(context, line);
}

/// One line, whatever the message holds.
QString oneLine(QString text)
{
    text.replace(u'\r', u' ').replace(u'\n', u' ');
    return text.simplified();
}

} // namespace

QString defaultDatabasePath()
{
    return QStandardPaths::writableLocation(QStandardPaths::AppDataLocation)
           + QStringLiteral("/konvergensi.kvg");
}

int runCli(const QStringList &args, QTextStream &out, QTextStream &err)
{
    const auto fail = [&err](const QString &message, int code) {
        err << kProgram << ": " << oneLine(message) << '\n';
        err.flush();
        return code;
    };
    try {
        // Indonesian unless English is chosen (--lang, else Pengaturan's choice), before any
        // text is made.
        i18n::LanguageSetup::install(i18n::LanguageSetup::resolve(
            i18n::LanguageSetup::storedPreference(), languageOption(args)));
        const std::vector<CommandSpec> commands = allCommands();
        const Arguments parsed = parseArguments(args, commands);
        if (!parsed.verbose) {
            // The program's own log (opened workspace, counts) is for --verbose; without it
            // an error is exactly one line. QT_LOGGING_RULES still overrides this.
            QLoggingCategory::setFilterRules(QStringLiteral("konvergensi.*.debug=false\n"
                                                            "konvergensi.*.info=false\n"
                                                            "konvergensi.*.warning=false"));
        }
        CliContext context{parsed.database.value_or(defaultDatabasePath()),
                           parsed.database.has_value(), out, err};
        const int code = dispatch(parsed, context, commands);
        out.flush();
        return code;
    } catch (const CliError &error) {
        out.flush();
        return fail(error.message(), error.exitCode());
    } catch (const storage::StorageError &error) {
        out.flush();
        return fail(error.message(), ExitFailure);
    } catch (const std::bad_alloc &) {
        out.flush();
        qCCritical(lcCli) << "out of memory";
        return fail(QCoreApplication::translate("Cli", "there was not enough memory to finish the "
                                                       "command; nothing was changed. Is the "
                                                       "file too large?"),
                    ExitFailure);
    } catch (const std::exception &error) {
        // The technical detail goes to the log; the user gets a sentence in their language.
        out.flush();
        qCCritical(lcCli) << "unexpected error:" << error.what();
        return fail(QCoreApplication::translate("Cli", "the command failed unexpectedly; nothing "
                                                       "was changed. Run it again with --verbose "
                                                       "for the details."),
                    ExitFailure);
    }
}

} // namespace konvergensi::cli

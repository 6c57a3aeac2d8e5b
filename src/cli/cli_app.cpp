#include "cli/cli_app.h"

#include "cli/cli_commands.h"
#include "cli/logging.h"

#include "storage/storage_error.h"

#include <QCoreApplication>
#include <QLoggingCategory>
#include <QStandardPaths>

#include <exception>
#include <optional>

namespace konvergensi::cli {

namespace {

const QString kProgram = QStringLiteral("konvergensi-cli");

QString usage()
{
    return QCoreApplication::translate(
        "Cli",
        "Usage: konvergensi-cli [--database PATH] COMMAND [OPTIONS]\n"
        "\n"
        "Works on a Konvergensi workspace without opening a window.\n"
        "\n"
        "Commands:\n"
        "  init [--demo]                      Create a new workspace: empty, or with --demo\n"
        "                                     the demo district (Kabupaten Bengkalis). An\n"
        "                                     existing file is never overwritten.\n"
        "  regions import FILE.csv [--dry-run]\n"
        "                                     Import a region list (columns code, name and\n"
        "                                     optional level, kind). Every row is checked\n"
        "                                     first; nothing changes unless all are good.\n"
        "                                     --dry-run only checks.\n"
        "  regions list [--format table|csv]  Print every region in code order.\n"
        "\n"
        "Options:\n"
        "  -d, --database PATH  The workspace file. Default:\n"
        "                       %1\n"
        "  --verbose            Also print the program's log messages.\n"
        "  -h, --help           Show this help.\n"
        "  -V, --version        Show the version.\n"
        "\n"
        "Exit status: 0 on success, 1 when the command failed, 2 for a wrong command line.\n");
}

/// The command line, taken apart.
struct Arguments
{
    QStringList positional;
    std::optional<QString> database;
    std::optional<QString> format;
    bool help = false;
    bool version = false;
    bool demo = false;
    bool dryRun = false;
    bool verbose = false;
};

[[noreturn]] void usageError(const QString &message)
{
    throw CliError(message, ExitUsage);
}

Arguments parseArguments(const QStringList &args)
{
    Arguments parsed;
    bool onlyPositional = false;
    for (qsizetype i = 1; i < args.size(); ++i) {
        const QString &arg = args[i];
        if (onlyPositional || arg == QLatin1String("-") || !arg.startsWith(u'-')) {
            parsed.positional.append(arg);
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
        if (name == QLatin1String("--database") || name == QLatin1String("-d"))
            parsed.database = value();
        else if (name == QLatin1String("--format"))
            parsed.format = value();
        else if (name == QLatin1String("--help") || name == QLatin1String("-h"))
            flag(parsed.help);
        else if (name == QLatin1String("--version") || name == QLatin1String("-V"))
            flag(parsed.version);
        else if (name == QLatin1String("--demo"))
            flag(parsed.demo);
        else if (name == QLatin1String("--dry-run"))
            flag(parsed.dryRun);
        else if (name == QLatin1String("--verbose"))
            flag(parsed.verbose);
        else
            usageError(QCoreApplication::translate("Cli",
                                                   "unknown option %1. Try "
                                                   "konvergensi-cli --help.")
                           .arg(arg));
    }
    return parsed;
}

/// Refuses options that the chosen command does not take.
void refuseOption(bool given, const QString &option, const QString &command)
{
    if (given)
        usageError(QCoreApplication::translate("Cli", "the option %1 does not apply to \"%2\".")
                       .arg(option, command));
}

void refuseExtra(const QStringList &positional, qsizetype expected)
{
    if (positional.size() > expected)
        usageError(QCoreApplication::translate("Cli",
                                               "unexpected argument \"%1\". Try "
                                               "konvergensi-cli --help.")
                       .arg(positional[expected]));
}

int dispatch(const Arguments &args, CliContext &context)
{
    if (args.help || args.positional.value(0) == QLatin1String("help")) {
        context.out << usage().arg(defaultDatabasePath());
        return ExitSuccess;
    }
    if (args.version) {
        context.out << kProgram << ' ' << QStringLiteral(KONVERGENSI_VERSION) << '\n';
        return ExitSuccess;
    }
    if (args.positional.isEmpty())
        usageError(QCoreApplication::translate("Cli",
                                               "no command given. Try konvergensi-cli "
                                               "--help."));

    Commands commands(context);
    const QString command = args.positional[0];
    if (command == QLatin1String("init")) {
        refuseExtra(args.positional, 1);
        refuseOption(args.format.has_value(), QStringLiteral("--format"), command);
        refuseOption(args.dryRun, QStringLiteral("--dry-run"), command);
        return commands.init(args.demo);
    }
    if (command == QLatin1String("regions")) {
        const QString sub = args.positional.value(1);
        const QString full = command + u' ' + sub;
        refuseOption(args.demo, QStringLiteral("--demo"), sub.isEmpty() ? command : full);
        if (sub == QLatin1String("import")) {
            if (args.positional.size() < 3)
                usageError(QCoreApplication::translate("Cli",
                                                       "\"regions import\" needs the CSV "
                                                       "file to import."));
            refuseExtra(args.positional, 3);
            refuseOption(args.format.has_value(), QStringLiteral("--format"), full);
            return commands.importRegions(args.positional[2], args.dryRun);
        }
        if (sub == QLatin1String("list")) {
            refuseExtra(args.positional, 2);
            refuseOption(args.dryRun, QStringLiteral("--dry-run"), full);
            ListFormat format = ListFormat::Table;
            if (args.format) {
                if (*args.format == QLatin1String("csv"))
                    format = ListFormat::Csv;
                else if (*args.format != QLatin1String("table"))
                    usageError(QCoreApplication::translate("Cli",
                                                           "unknown format \"%1\": use "
                                                           "table or csv.")
                                   .arg(*args.format));
            }
            return commands.listRegions(format);
        }
        if (sub.isEmpty())
            usageError(QCoreApplication::translate("Cli",
                                                   "\"regions\" needs a subcommand: "
                                                   "import or list."));
        usageError(QCoreApplication::translate("Cli",
                                               "unknown subcommand \"regions %1\": use "
                                               "import or list.")
                       .arg(sub));
    }
    usageError(QCoreApplication::translate("Cli",
                                           "unknown command \"%1\". Try konvergensi-cli "
                                           "--help.")
                   .arg(command));
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
        const Arguments parsed = parseArguments(args);
        if (!parsed.verbose) {
            // The program's own log (opened workspace, counts) is for --verbose; without it
            // an error is exactly one line. QT_LOGGING_RULES still overrides this.
            QLoggingCategory::setFilterRules(QStringLiteral("konvergensi.*.debug=false\n"
                                                            "konvergensi.*.info=false\n"
                                                            "konvergensi.*.warning=false"));
        }
        CliContext context{parsed.database.value_or(defaultDatabasePath()),
                           parsed.database.has_value(), out, err};
        const int code = dispatch(parsed, context);
        out.flush();
        return code;
    } catch (const CliError &error) {
        out.flush();
        return fail(error.message(), error.exitCode());
    } catch (const storage::StorageError &error) {
        out.flush();
        return fail(error.message(), ExitFailure);
    } catch (const std::exception &error) {
        out.flush();
        qCCritical(lcCli) << "unexpected error:" << error.what();
        return fail(QString::fromLocal8Bit(error.what()), ExitFailure);
    }
}

} // namespace konvergensi::cli

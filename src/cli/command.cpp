#include "cli/command.h"

#include "cli/cli_app.h"

#include <QCoreApplication>

namespace konvergensi::cli {

void usageError(const QString &message)
{
    throw CliError(message, ExitUsage);
}

std::optional<QString> CommandLine::value(const QString &option) const
{
    const auto it = values.constFind(option);
    if (it == values.constEnd())
        return std::nullopt;
    return *it;
}

std::optional<int> CommandLine::intValue(const QString &option) const
{
    const auto text = value(option);
    if (!text)
        return std::nullopt;
    bool ok = false;
    const int number = text->toInt(&ok);
    if (!ok)
        usageError(QCoreApplication::translate("Cli", "the option %1 needs a whole number, not "
                                                      "\"%2\".")
                       .arg(option, *text));
    return number;
}

ListFormat CommandLine::format() const
{
    const auto text = value(QStringLiteral("--format"));
    if (!text || *text == QLatin1String("table"))
        return ListFormat::Table;
    if (*text == QLatin1String("csv"))
        return ListFormat::Csv;
    usageError(QCoreApplication::translate("Cli", "unknown format \"%1\": use table or csv.")
                   .arg(*text));
}

} // namespace konvergensi::cli

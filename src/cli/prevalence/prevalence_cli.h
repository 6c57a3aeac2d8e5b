// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// The parts of the prevalence commands, shared by their files (not a public interface).
#include "cli/command.h"

#include "core/prevalence/prevalence.h"

#include <QCoreApplication>
#include <QString>

#include <optional>
#include <string>

namespace konvergensi::cli::prevalence {

/// An option read with a parser of core words; a usage error naming the allowed words when
/// it does not read.
template<typename T, typename Parse>
std::optional<T> wordOption(const CommandLine &line, const QString &name, Parse parse,
                            const QString &allowed)
{
    const auto text = line.value(name);
    if (!text)
        return std::nullopt;
    const auto parsed = parse(text->toStdString());
    if (!parsed)
        usageError(QCoreApplication::translate("Cli", "unknown value \"%1\" for %2: use %3.")
                       .arg(*text, name, allowed));
    return parsed;
}

std::optional<core::PrevalenceSource> sourceOption(const CommandLine &line);
std::optional<core::PrevalenceRound> roundOption(const CommandLine &line);
/// --indicator, stunting when absent.
core::PrevalenceIndicator indicatorOption(const CommandLine &line);
/// A figure in words for the command line: "17 of 210 measured, 8.1 %, note".
QString figureText(const core::PrevalenceObservation &observation);

int showPrevalence(CliContext &context, const CommandLine &line);
int printSummary(CliContext &context, const CommandLine &line);
int exportChart(CliContext &context, const CommandLine &line);

} // namespace konvergensi::cli::prevalence

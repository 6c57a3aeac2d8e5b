// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>
#include <QTextStream>

#include <stdexcept>

namespace konvergensi::cli {

/// A failure a command reports as one line "konvergensi-cli: <message>".
class CliError : public std::runtime_error
{
public:
    CliError(const QString &message, int exitCode);

    const QString &message() const { return m_message; }
    int exitCode() const { return m_exitCode; }

private:
    QString m_message;
    int m_exitCode;
};

/// What every command is given.
struct CliContext
{
    QString databasePath;
    bool databaseGiven = false; ///< --database was on the command line
    QTextStream &out;
    QTextStream &err;
};

enum class ListFormat { Table, Csv };

/// The commands. Each returns its exit code or throws CliError / storage::StorageError.
class Commands
{
public:
    explicit Commands(CliContext &context);

    /// `init [--demo]`: creates the workspace file; refuses one that exists.
    int init(bool demo);

private:
    CliContext &m_context;
};

} // namespace konvergensi::cli

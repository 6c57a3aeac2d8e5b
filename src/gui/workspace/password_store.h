// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

#include <optional>

namespace konvergensi::gui {

/// Server passwords the user agreed to keep, in the system keychain (Secret Service / KWallet
/// on Linux, Credential Manager on Windows) through QtKeychain. Never in QSettings, never in
/// a log. When no keychain service runs (a bare desktop, the tests), nothing is kept and the
/// password is asked at every connection: unavailableReason() says so in one line.
class PasswordStore
{
public:
    /// The stored password of a connection (its URL without password), or nothing.
    static std::optional<QString> read(const QString &connection);
    /// Keeps the password; false (and lastProblem() set) when no keychain could keep it.
    static bool write(const QString &connection, const QString &password);
    /// Forgets the password of a connection (nothing when none was kept).
    static void remove(const QString &connection);
    /// One translated sentence after a failed read or write because no keychain service
    /// runs; empty after a success.
    static QString lastProblem();

    /// Tests: no keychain at all (as on a machine without a keychain service), or an
    /// in-memory one, instead of the system's.
    enum class Backend { System, None, Memory };
    static void setBackendForTests(Backend backend);
};

} // namespace konvergensi::gui

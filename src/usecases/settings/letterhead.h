// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/letterhead.h"

#include <QString>
#include <QStringList>

#include <stdexcept>

namespace konvergensi::storage {
class Database;
}

// Pengaturan: the district's identity and letterhead, kept in the workspace and printed on
// every document. The page only shows and asks; the rules and their words are here.
namespace konvergensi::usecases::settings {

/// The letterhead broke a rule; message() says every problem in the user's words.
class LetterheadRefused : public std::runtime_error
{
public:
    explicit LetterheadRefused(QStringList problems);
    QString message() const { return m_problems.join(QLatin1Char(' ')); }
    const QStringList &problems() const { return m_problems; }

private:
    QStringList m_problems;
};

/// The words of a problem, translated (one place for the page and anything else).
QString problemText(core::LetterheadProblem problem);
/// Every problem of a letterhead in words; empty when it may be saved.
QStringList problemsOf(const core::Letterhead &letterhead);

/// The stored letterhead.
core::Letterhead letterhead(storage::Database &db);
/// Checks and stores the letterhead; the district code follows the workspace's district region
/// when the letterhead has none. Returns what was stored. Throws LetterheadRefused or
/// storage::StorageError.
core::Letterhead saveLetterhead(storage::Database &db, core::Letterhead letterhead);
/// True when `form` differs from `stored` in anything typed (the district code is not typed).
bool differs(const core::Letterhead &form, const core::Letterhead &stored);

/// The longest text each field takes (characters), for the form's limits.
inline constexpr int kMaxNameLength = 200;
inline constexpr int kMaxAddressLength = 300;
inline constexpr int kMaxNipLength = 21; ///< 18 digits and the spaces between its groups

} // namespace konvergensi::usecases::settings

// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

#include <stdexcept>

namespace konvergensi::usecases::case_audit {

/// A rule of the stunting case audit refused what was asked (a case number already used, a
/// NIK that disagrees with the birth date, ...). The message is translated, for the user.
class Refused : public std::runtime_error
{
public:
    explicit Refused(const QString &message)
        : std::runtime_error(message.toStdString())
        , m_message(message)
    {
    }
    const QString &message() const { return m_message; }

private:
    QString m_message;
};

} // namespace konvergensi::usecases::case_audit

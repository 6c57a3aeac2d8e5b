// SPDX-License-Identifier: GPL-3.0-or-later
#include "storage/text_check.h"

#include "storage/storage_error.h"

#include <QCoreApplication>

namespace konvergensi::storage {

QString textProblemText(core::TextProblem problem, core::TextKind kind, const QString &field,
                        std::size_t maxCharacters)
{
    switch (problem) {
    case core::TextProblem::TooLong:
        return QCoreApplication::translate("TextCheck", "The %1 is longer than %2 characters.")
            .arg(field)
            .arg(maxCharacters > 0 ? maxCharacters : core::maxTextLength(kind));
    case core::TextProblem::ControlCharacter:
        return kind == core::TextKind::Note
                   ? QCoreApplication::translate("TextCheck", "The %1 holds a control character.")
                         .arg(field)
                   : QCoreApplication::translate("TextCheck",
                                                 "The %1 holds a line break or another control "
                                                 "character; it must be one line.")
                         .arg(field);
    case core::TextProblem::HiddenCharacter:
        return QCoreApplication::translate("TextCheck",
                                           "The %1 holds an invisible character (a "
                                           "right-to-left override or a zero-width character) "
                                           "that could make it print differently from what it "
                                           "says.")
            .arg(field);
    }
    return {};
}

QString textError(const std::string &value, core::TextKind kind, const QString &field)
{
    const auto problem = core::checkText(value, kind);
    return problem ? textProblemText(*problem, kind, field) : QString();
}

void requireText(const std::string &value, core::TextKind kind, const QString &field)
{
    if (const QString error = textError(value, kind, field); !error.isEmpty())
        throw StorageError(StorageError::Kind::Invalid, error);
}

void requireText(const std::string &value, core::TextKind kind, const QString &field,
                 std::size_t maxCharacters)
{
    if (const auto problem = core::checkText(value, kind, maxCharacters))
        throw StorageError(StorageError::Kind::Invalid,
                           textProblemText(*problem, kind, field, maxCharacters));
}

void requireCharacters(const std::string &value, core::TextKind kind, const QString &field)
{
    const auto problem = core::checkText(value, kind, static_cast<std::size_t>(-1));
    if (problem)
        throw StorageError(StorageError::Kind::Invalid, textProblemText(*problem, kind, field));
}

} // namespace konvergensi::storage

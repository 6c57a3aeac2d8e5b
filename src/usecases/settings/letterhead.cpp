// SPDX-License-Identifier: GPL-3.0-or-later
#include "usecases/settings/letterhead.h"

#include "storage/regions/region_repository.h"
#include "storage/workspace_repository.h"

#include <QCoreApplication>

namespace konvergensi::usecases::settings {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("konvergensi::usecases::settings", text);
}

} // namespace

LetterheadRefused::LetterheadRefused(QStringList problems)
    : std::runtime_error("letterhead refused")
    , m_problems(std::move(problems))
{
}

QString problemText(core::LetterheadProblem problem)
{
    switch (problem) {
    case core::LetterheadProblem::EmptyDistrictName:
        return tr("The district name is required.");
    case core::LetterheadProblem::NipMalformed:
        return tr("The NIP must have 18 digits.");
    case core::LetterheadProblem::LogoTooLarge:
        return tr("The logo is larger than 1 MB; choose a smaller image.");
    }
    return {};
}

QStringList problemsOf(const core::Letterhead &letterhead)
{
    QStringList problems;
    for (const auto problem : core::validate(letterhead))
        problems << problemText(problem);
    return problems;
}

core::Letterhead letterhead(storage::Database &db)
{
    return storage::WorkspaceRepository(db).letterhead();
}

core::Letterhead saveLetterhead(storage::Database &db, core::Letterhead letterhead)
{
    if (const QStringList problems = problemsOf(letterhead); !problems.isEmpty())
        throw LetterheadRefused(problems);
    if (letterhead.districtCode.empty()) {
        if (const auto district = storage::RegionRepository(db).district())
            letterhead.districtCode = district->code.toString();
    }
    storage::WorkspaceRepository(db).saveLetterhead(letterhead);
    return letterhead;
}

bool differs(const core::Letterhead &form, const core::Letterhead &stored)
{
    core::Letterhead typed = form;
    typed.districtCode = stored.districtCode;
    return typed != stored;
}

} // namespace konvergensi::usecases::settings

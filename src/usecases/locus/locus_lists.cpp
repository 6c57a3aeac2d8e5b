// SPDX-License-Identifier: GPL-3.0-or-later
#include "usecases/locus/locus_lists.h"

#include "core/text.h"
#include "qtsupport/text.h"
#include "reports/locus/locus_words.h"
#include "storage/database.h"
#include "storage/storage_error.h"
#include "storage/transaction.h"

#include <QCoreApplication>
#include <QStringList>

namespace konvergensi::usecases::locus {

namespace {

[[noreturn]] void refuse(const QString &problem)
{
    throw storage::StorageError(storage::StorageError::Kind::Invalid, problem);
}

/// The rules core checks, worded before storage is asked (storage refuses in plain words only).
void checkYear(int year)
{
    if (year < 2000 || year > 2100)
        refuse(reports::locusProblemText(core::LocusProblem::YearOutOfRange));
}

} // namespace

storage::LocusRepository::ReplaceResult saveList(
    storage::Database &db, int year, const std::vector<core::LocusVillage> &villages,
    const std::vector<core::LocusExclusion> &exclusions,
    const std::optional<core::LocusDecree> &decree)
{
    checkYear(year);
    std::vector<core::LocusVillage> listed = villages;
    for (core::LocusVillage &village : listed) {
        village.year = year; // as the list stores it
        village.reason = core::trimmed(village.reason);
        if (const auto problems = core::validate(village); !problems.empty())
            refuse(QCoreApplication::translate("LocusLists", "%1: %2")
                       .arg(qs(village.village.toString()),
                            reports::locusProblemText(problems.front())));
    }
    if (const auto issues = core::validateList(listed, exclusions); !issues.empty())
        refuse(reports::listProblemText(issues.front()));
    storage::Transaction transaction(db);
    storage::LocusRepository repository(db);
    // The decree first: a new one creates the year, which the list then joins.
    if (decree) {
        core::LocusDecree d = *decree;
        d.year = year;
        repository.saveDecree(d);
    }
    const auto result = repository.replaceList(year, villages, exclusions);
    transaction.commit();
    return result;
}

core::LocusDecree decreeOf(storage::Database &db, int year)
{
    if (auto held = storage::LocusRepository(db).decree(year))
        return *held;
    core::LocusDecree empty;
    empty.year = year;
    return empty;
}

core::LocusDecree saveDecree(storage::Database &db, const core::LocusDecree &decree)
{
    checkYear(decree.year);
    return storage::LocusRepository(db).saveDecree(decree);
}

std::optional<core::LocusVillage> findEntry(storage::Database &db, int year, std::int64_t id)
{
    for (core::LocusVillage &v : storage::LocusRepository(db).villages(year)) {
        if (v.id == id)
            return std::move(v);
    }
    return std::nullopt;
}

QStringList entryProblems(const core::LocusVillage &entry)
{
    QStringList lines;
    for (const core::LocusProblem problem : core::validate(entry)) {
        const QString line = reports::locusProblemText(problem);
        if (!lines.contains(line))
            lines << line;
    }
    return lines;
}

core::LocusVillage saveEntry(storage::Database &db, const core::LocusVillage &entry)
{
    if (const QStringList problems = entryProblems(entry); !problems.isEmpty())
        throw storage::StorageError(storage::StorageError::Kind::Invalid,
                                    problems.join(QLatin1Char('\n')));
    return storage::LocusRepository(db).updateVillage(entry);
}

void removeEntry(storage::Database &db, std::int64_t id, int rowVersion)
{
    storage::LocusRepository(db).removeVillage(id, rowVersion);
}

void moveEntry(storage::Database &db, std::int64_t id, int direction)
{
    storage::LocusRepository(db).moveVillage(id, direction);
}

} // namespace konvergensi::usecases::locus

// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/semester/semester.h"

#include <optional>
#include <vector>

namespace konvergensi::storage {

class Database;

/// The written parts of the semester reports (one row per year and semester) and who signs
/// them. Writes check the row version they were read with (someone else's change in between
/// is a StorageError of kind Conflict) and are recorded in the audit log in the same
/// transaction. Texts obey the note rule (core/text_rules.h); names and titles the name rule.
class SemesterRepository
{
public:
    explicit SemesterRepository(Database &db);

    /// The stored texts of a semester; nullopt when none are stored.
    std::optional<core::SemesterTexts> texts(const core::Semester &semester) const;
    /// The semesters that have stored texts, newest first.
    std::vector<core::Semester> semesters() const;
    /// Stores the texts: a new row when rowVersion is 0, else an update of the row read with
    /// that version. Returns them with the new row version.
    core::SemesterTexts save(core::SemesterTexts texts);

    /// Who signs; an empty SemesterSignatories (row version 0) until set.
    core::SemesterSignatories signatories() const;
    core::SemesterSignatories saveSignatories(core::SemesterSignatories signatories);

private:
    Database &m_db;
};

} // namespace konvergensi::storage

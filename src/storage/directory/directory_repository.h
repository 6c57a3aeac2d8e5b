// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/directory/opd.h"

#include <optional>
#include <vector>

namespace konvergensi::storage {

class Database;

/// The OPD directory: district agencies and the people in them. Writes check the row
/// version they were read with, so a stale edit is refused instead of overwriting.
class DirectoryRepository
{
public:
    explicit DirectoryRepository(Database &db);

    /// Every OPD, by short name.
    std::vector<core::Opd> opds() const;
    std::optional<core::Opd> opd(std::int64_t id) const;
    std::optional<core::Opd> opdByShortName(const std::string &shortName) const;
    /// Stores a new OPD; returns it with its id and row version.
    core::Opd addOpd(core::Opd opd);
    /// Saves changes; the row version must match the stored one.
    core::Opd updateOpd(core::Opd opd);
    /// Removes an OPD that has no people left.
    void removeOpd(std::int64_t id);

    /// People, by name; of one OPD when given.
    std::vector<core::Person> people(std::optional<std::int64_t> opdId = std::nullopt) const;
    std::optional<core::Person> person(std::int64_t id) const;
    core::Person addPerson(core::Person person);
    core::Person updatePerson(core::Person person);
    void removePerson(std::int64_t id);

private:
    Database &m_db;
};

} // namespace konvergensi::storage

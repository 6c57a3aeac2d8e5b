// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

#include <optional>
#include <vector>

namespace konvergensi::storage {

class Database;

/// The families of a desa in a year, from the family-planning agency's family data.
struct DesaFamilies
{
    QString desaCode;
    std::optional<int> families;
    std::optional<int> familiesAtRisk; ///< families at risk of stunting (keluarga berisiko)
    QString source;                    ///< "typed" or the imported file's name
};

/// The families and families at risk of stunting per desa and year (issue 14, item 4).
class DesaFamiliesRepository
{
public:
    explicit DesaFamiliesRepository(Database &db);

    /// The desa with figures for the year, by code.
    std::vector<DesaFamilies> ofYear(int year) const;
    /// The years that hold figures, newest first.
    std::vector<int> years() const;

    /// Stores the figures of the year for the desa given (others are kept), in one transaction
    /// joining the caller's. A desa whose two counts are both empty is removed. Throws
    /// StorageError (Invalid for a code the workspace does not hold or at risk > families).
    void store(int year, const std::vector<DesaFamilies> &desa);

private:
    Database &m_db;
};

} // namespace konvergensi::storage

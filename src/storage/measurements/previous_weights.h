// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

#include <map>

namespace konvergensi::storage {

class Database;

/// A child's weight in the latest round before another one.
struct PreviousWeight
{
    QString period;      ///< "2024-02"
    QString measureDate; ///< "2024-02-14"
    double weight = 0;   ///< kg; only rounds where the child was weighed count
};

/// For every child measured in `period`: the weight of the latest earlier round in which the
/// child was weighed (children weighed for the first time are not in the map). One query.
std::map<qint64, PreviousWeight> previousWeights(Database &db, const QString &period);

} // namespace konvergensi::storage

// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/measurements/measurement_summary.h"
#include "core/measurements/measurements.h"

#include <QString>

#include <functional>
#include <map>
#include <optional>
#include <utility>
#include <vector>

namespace konvergensi::storage {

class Database;

/// A weighing round as lists show it.
struct MeasurementRound
{
    qint64 id = 0;
    QString period;      ///< "2024-08"
    QString extractDate; ///< "2024-08-31", empty when the file had none
    QString sourceFile;  ///< the file's name (without its folder)
    int rowsRead = 0;
    int children = 0; ///< kept rows (child-measurements)
    int skipped = 0;
    bool invented = false; ///< demo data: invented children
    QString importedAt;
};

/// One kept row to store: the child (keys: the NIK first, else name + birth date + desa; initials,
/// sex, birth date, desa), its identity (personal data, stored apart) and the measurement with its
/// judgement.
struct NewMeasurement
{
    std::string nikKey;  ///< "NIK:<16 digits>" when the file holds a full NIK, else empty
    std::string nameKey; ///< name + birth date + desa
    QString initials;
    int sex = 0;
    QString birthDate;
    QString villageCode;
    QString name;
    QString nik;
    QString parents;
    QString address;
    int fileRow = 0;
    QString puskesmas;
    QString posyandu;
    QString measureDate;
    int ageDays = 0;
    double weight = core::anthro::kMissing;
    double lenhei = core::anthro::kMissing;
    QString measure; ///< "l", "h" or empty
    core::measurements::Judgement judgement;
    core::measurements::TypedScores typed; ///< e-PPGBM's own z-scores
};

struct NewSkip
{
    int fileRow = 0;
    QString villageCode;
    QString puskesmas;
    QString posyandu;
    core::measurements::SkipReason reason = core::measurements::SkipReason::Duplicate;
};

struct RoundToStore
{
    QString period;
    QString extractDate;
    QString sourceFile;
    int rowsRead = 0;
    bool invented = false;
    std::vector<NewMeasurement> measurements;
    std::vector<NewSkip> skips;
};

/// A measured child as lists show it: initials, never the name.
struct MeasuredChild
{
    qint64 childId = 0;
    QString initials;
    int sex = 0;
    int ageMonths = 0; ///< whole months at the measurement
    QString villageCode;
    QString posyandu;
    QString measureDate;
    double weight = core::anthro::kMissing;
    double lenhei = core::anthro::kMissing;
    core::measurements::Judgement judgement;
    core::measurements::TypedScores typed;
    int ageDays = 0;
    QString puskesmas;
    bool invented = false;
};

/// A child's identity, shown only on request; each reveal is recorded in the audit log.
struct ChildIdentity
{
    QString name;
    QString nik;
    QString parents;
    QString address;
};

/// Weighing rounds, measured children and the region-name mappings of e-PPGBM imports.
class MeasurementRepository
{
public:
    explicit MeasurementRepository(Database &db);

    /// Rounds, newest first.
    std::vector<MeasurementRound> rounds() const;
    std::optional<MeasurementRound> round(const QString &period) const;

    /// Stores a round in one transaction (joining the caller's). A round of the same period
    /// is replaced whole when `replace`, otherwise refused (StorageError, nothing written).
    /// `step(done)` is called every few hundred rows and may throw to cancel: everything is
    /// rolled back then.
    qint64 storeRound(const RoundToStore &round, bool replace,
                      const std::function<void(int done, int total)> &step = {});
    /// Removes a round and the children measured in no other round.
    void removeRound(const QString &period);

    /// The rows of a round as the figures count them.
    std::vector<core::measurements::CountedRow> countedRows(const QString &period) const;
    /// The children measured in a round, by desa, posyandu and initials.
    std::vector<MeasuredChild> children(const QString &period) const;
    /// How many children (not measurements) the workspace holds.
    int childCount() const;

    /// The identity of a child; the viewing is logged (who, when, which child; not the data).
    std::optional<ChildIdentity> revealIdentity(qint64 childId, const QString &purpose);

    /// The identities of several children at once (an export the user asked for with
    /// identities); one audit-log entry records the look (how many, the purpose; not the data).
    std::map<qint64, ChildIdentity> revealIdentities(const std::vector<qint64> &childIds,
                                                     const QString &purpose);

    /// (kecamatan text, desa text) in regionNameKey form -> desa code.
    std::map<std::pair<QString, QString>, QString> regionMappings() const;
    /// Remembers that a kecamatan/desa pair of the files means a desa of the workspace.
    void setRegionMapping(const QString &kecamatanText, const QString &desaText,
                          const QString &villageCode);

private:
    Database &m_db;
};

} // namespace konvergensi::storage

// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// The semester report of the district TPPS (issue 18): the reporting period, the RAN-PASTI
// indicators a district answers Ya/Tidak (BKKBN regulation 12/2021) computed from the meeting
// register, and the national stunting targets. Plain C++ (no Qt).

#include "core/meetings/meeting.h"

#include <boost/date_time/gregorian/gregorian_types.hpp>

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

namespace konvergensi::core {

/// A reporting half-year: I is January to June, II is July to December.
struct Semester
{
    int year = 0;
    int half = 1; ///< 1 or 2

    /// The semester a date falls in (core::semesterOf of the case audit decides the half).
    static Semester of(const boost::gregorian::date &date);
    /// True for a year within 2000..2100 and a half of 1 or 2.
    bool isValid() const;
    boost::gregorian::date firstDay() const; ///< 1 January or 1 July
    boost::gregorian::date lastDay() const;  ///< 30 June or 31 December
    bool contains(const boost::gregorian::date &date) const;
    /// The semester before: II of the year before for I, I of the same year for II.
    Semester previous() const;
    /// "I" or "II".
    std::string roman() const;

    friend bool operator==(const Semester &, const Semester &) = default;
    friend auto operator<=>(const Semester &, const Semester &) = default;
};

/// A meeting of the register as the indicators need it.
struct RegisteredMeeting
{
    std::int64_t id = 0;
    boost::gregorian::date date{boost::gregorian::not_a_date_time};
    MeetingKind kind = MeetingKind::RakorTpps;
    MeetingLevel level = MeetingLevel::Kabupaten;
    std::string regionCode; ///< the region it was held for; may be empty
    std::string title;
};

/// A meeting of monitoring and evaluation: a performance review (Aksi 8), or a district
/// meeting whose title says "monev", "monitoring" or "evaluasi"/"evaluation".
bool isMonitoringAndEvaluation(const RegisteredMeeting &meeting);

/// The four district indicators of RAN-PASTI.
enum class RanPastiKind {
    DistrictRembuk,        ///< a district rembuk stunting at least once a year
    KecamatanRembuk,       ///< a rembuk stunting in every kecamatan at least twice a year
    VillageRoleRegulation, ///< a Perbup on the role of villages (answered, not computed)
    MonitoringTwice,       ///< monitoring and evaluation at least twice a year
};
const std::vector<RanPastiKind> &allRanPastiKinds();

/// A kecamatan of the district (code "14.03.01" and name).
struct KecamatanRef
{
    std::string code;
    std::string name;
};

/// A kecamatan that has held fewer rembuk than required.
struct KecamatanShortfall
{
    KecamatanRef kecamatan;
    int held = 0;
};

/// One indicator answered.
struct RanPastiIndicator
{
    RanPastiKind kind = RanPastiKind::DistrictRembuk;
    /// Ya (true) or Tidak (false); nullopt when it is not answered (the Perbup question).
    std::optional<bool> met;
    int required = 0; ///< meetings needed (per kecamatan for KecamatanRembuk)
    int held = 0;     ///< meetings counted (kecamatan that meet the rule for KecamatanRembuk)
    std::vector<std::int64_t> proofs;          ///< the meetings counted, oldest first
    std::vector<KecamatanShortfall> shortfall; ///< KecamatanRembuk: the kecamatan missing theirs
    std::string note;                          ///< the stored note (VillageRoleRegulation)
};

/// The Perbup answer as the secretariat stores it.
struct StoredAnswer
{
    std::optional<bool> answer;
    std::string note;
};

/// Counts the indicators for the year of `semester` over the register's meetings held from
/// 1 January of that year to the semester's last day (a semester I report tells how far the
/// year has come; the twice-a-year rules are judged on the whole year in semester II).
/// A kecamatan rembuk counts for the kecamatan whose code its region is or lies under.
std::vector<RanPastiIndicator> ranPastiIndicators(const Semester &semester,
                                                  const std::vector<RegisteredMeeting> &meetings,
                                                  const std::vector<KecamatanRef> &kecamatan,
                                                  const StoredAnswer &villageRoleRegulation);

/// The parts of the report the secretariat writes, kept per year and semester.
struct SemesterTexts
{
    int year = 0;
    int half = 1;
    std::string foreword;               ///< Kata Pengantar
    std::string summary;                ///< Ringkasan Eksekutif
    std::string innovations;            ///< Inovasi
    std::string obstacles;              ///< Kendala dan Rekomendasi
    std::string closing;                ///< Penutup
    StoredAnswer villageRoleRegulation; ///< the Perbup question of RAN-PASTI
    /// The date the report is signed ("Bengkalis, 15 Januari 2024"): stored with the parts;
    /// nullopt until chosen (the repository then stores the day the parts are first saved,
    /// and an unsaved report is signed today).
    std::optional<boost::gregorian::date> reportDate;
    int rowVersion = 0; ///< 0 until stored

    /// True when no part holds any text and the Perbup question is not answered.
    bool isEmpty() const;
    /// The texts of `from` as a draft for another semester (not stored: row version 0, no
    /// report date: a new semester's report is signed on its own day).
    static SemesterTexts draftFrom(const SemesterTexts &from, const Semester &semester);
};

/// True when a report of `semester` may be signed on `date`: a real date, not before the
/// semester begins and not after 2100.
bool isValidReportDate(const Semester &semester, const boost::gregorian::date &date);

/// Who signs the semester report, as the district sets it once: the Ketua TPPS, and the
/// regent's acknowledgement ("Mengetahui, Bupati ...") when the district wants it.
struct SemesterSignatories
{
    std::string chairTitle; ///< "Ketua TPPS Kabupaten Bengkalis"
    std::string chairName;
    std::string chairNip;
    bool regentAcknowledges = false;
    std::string regentTitle; ///< "Bupati Bengkalis"
    std::string regentName;
    int rowVersion = 0;
};

/// A national stunting prevalence target.
struct NationalTarget
{
    int year = 0;
    double percent = 0;
    std::string basis; ///< "RPJMN 2025-2029"
};
/// The targets of the national medium-term plan (RPJMN 2025-2029): 18.8 % in 2025 and
/// 14.2 % in 2029.
const std::vector<NationalTarget> &rpjmnTargets();

/// The gap of a prevalence to a target in percentage points: positive when the prevalence is
/// above the target (still to go), zero or negative when the target is reached.
double gapToTarget(double prevalencePercent, double targetPercent);

} // namespace konvergensi::core

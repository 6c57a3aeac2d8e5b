// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/semester/semester.h"

#include "core/case_audit/case_audit.h"
#include "core/text.h"

#include <algorithm>
#include <map>

namespace konvergensi::core {

using boost::gregorian::date;

Semester Semester::of(const date &day)
{
    return {static_cast<int>(day.year()), semesterOf(day)};
}

bool Semester::isValid() const
{
    return year >= 2000 && year <= 2100 && (half == 1 || half == 2);
}

date Semester::firstDay() const
{
    return date(year, half == 1 ? 1 : 7, 1);
}

date Semester::lastDay() const
{
    return half == 1 ? date(year, 6, 30) : date(year, 12, 31);
}

bool Semester::contains(const date &day) const
{
    return !day.is_special() && day >= firstDay() && day <= lastDay();
}

Semester Semester::previous() const
{
    return half == 2 ? Semester{year, 1} : Semester{year - 1, 2};
}

std::string Semester::roman() const
{
    return half == 1 ? "I" : "II";
}

bool isMonitoringAndEvaluation(const RegisteredMeeting &meeting)
{
    if (meeting.kind == MeetingKind::PerformanceReview)
        return true;
    if (meeting.level != MeetingLevel::Kabupaten)
        return false;
    const std::string title = asciiLower(meeting.title);
    for (const char *word : {"monev", "monitoring", "evaluasi", "evaluation"}) {
        if (title.find(word) != std::string::npos)
            return true;
    }
    return false;
}

const std::vector<RanPastiKind> &allRanPastiKinds()
{
    static const std::vector<RanPastiKind> kinds = {
        RanPastiKind::DistrictRembuk, RanPastiKind::KecamatanRembuk,
        RanPastiKind::VillageRoleRegulation, RanPastiKind::MonitoringTwice};
    return kinds;
}

namespace {

bool isUnder(const std::string &code, const std::string &kecamatan)
{
    return code == kecamatan
           || (code.size() > kecamatan.size() && code.compare(0, kecamatan.size(), kecamatan) == 0
               && code[kecamatan.size()] == '.');
}

} // namespace

std::vector<RanPastiIndicator> ranPastiIndicators(const Semester &semester,
                                                  const std::vector<RegisteredMeeting> &meetings,
                                                  const std::vector<KecamatanRef> &kecamatan,
                                                  const StoredAnswer &villageRoleRegulation)
{
    const date from(semester.year, 1, 1);
    const date to = semester.lastDay();
    std::vector<RegisteredMeeting> held;
    for (const RegisteredMeeting &meeting : meetings) {
        if (!meeting.date.is_special() && meeting.date >= from && meeting.date <= to)
            held.push_back(meeting);
    }
    std::stable_sort(held.begin(), held.end(),
                     [](const RegisteredMeeting &a, const RegisteredMeeting &b) {
                         return a.date < b.date || (a.date == b.date && a.id < b.id);
                     });

    std::vector<RanPastiIndicator> out;
    for (const RanPastiKind kind : allRanPastiKinds()) {
        RanPastiIndicator indicator;
        indicator.kind = kind;
        switch (kind) {
        case RanPastiKind::DistrictRembuk:
            indicator.required = 1;
            for (const RegisteredMeeting &meeting : held) {
                if (meeting.kind == MeetingKind::RembukStunting
                    && meeting.level == MeetingLevel::Kabupaten)
                    indicator.proofs.push_back(meeting.id);
            }
            indicator.held = static_cast<int>(indicator.proofs.size());
            indicator.met = indicator.held >= indicator.required;
            break;
        case RanPastiKind::KecamatanRembuk: {
            indicator.required = 2;
            std::map<std::string, int> perKecamatan;
            for (const RegisteredMeeting &meeting : held) {
                if (meeting.kind != MeetingKind::RembukStunting
                    || meeting.level != MeetingLevel::Kecamatan)
                    continue;
                for (const KecamatanRef &k : kecamatan) {
                    if (isUnder(meeting.regionCode, k.code)) {
                        ++perKecamatan[k.code];
                        indicator.proofs.push_back(meeting.id);
                        break;
                    }
                }
            }
            for (const KecamatanRef &k : kecamatan) {
                const int count = perKecamatan[k.code];
                if (count >= indicator.required)
                    ++indicator.held;
                else
                    indicator.shortfall.push_back({k, count});
            }
            // A district without kecamatan in the workspace cannot show the rule is met.
            indicator.met = !kecamatan.empty() && indicator.shortfall.empty();
            break;
        }
        case RanPastiKind::VillageRoleRegulation:
            indicator.met = villageRoleRegulation.answer;
            indicator.note = villageRoleRegulation.note;
            break;
        case RanPastiKind::MonitoringTwice:
            indicator.required = 2;
            for (const RegisteredMeeting &meeting : held) {
                if (isMonitoringAndEvaluation(meeting))
                    indicator.proofs.push_back(meeting.id);
            }
            indicator.held = static_cast<int>(indicator.proofs.size());
            indicator.met = indicator.held >= indicator.required;
            break;
        }
        out.push_back(std::move(indicator));
    }
    return out;
}

bool SemesterTexts::isEmpty() const
{
    return foreword.empty() && summary.empty() && innovations.empty() && obstacles.empty()
           && closing.empty() && !villageRoleRegulation.answer
           && villageRoleRegulation.note.empty();
}

SemesterTexts SemesterTexts::draftFrom(const SemesterTexts &from, const Semester &semester)
{
    SemesterTexts draft = from;
    draft.year = semester.year;
    draft.half = semester.half;
    draft.reportDate.reset();
    draft.rowVersion = 0;
    return draft;
}

bool isValidReportDate(const Semester &semester, const boost::gregorian::date &date)
{
    return !date.is_special() && date >= semester.firstDay() && date.year() <= 2100;
}

const std::vector<NationalTarget> &rpjmnTargets()
{
    static const std::vector<NationalTarget> targets = {{2025, 18.8, "RPJMN 2025-2029"},
                                                        {2029, 14.2, "RPJMN 2025-2029"}};
    return targets;
}

double gapToTarget(double prevalencePercent, double targetPercent)
{
    return prevalencePercent - targetPercent;
}

} // namespace konvergensi::core

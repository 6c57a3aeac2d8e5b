// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/actions/actions.h"

#include "core/text.h"

#include <algorithm>
#include <cctype>

namespace konvergensi::core {

namespace gd = boost::gregorian;

std::string toString(OutputState state)
{
    switch (state) {
    case OutputState::NotStarted:
        return "not_started";
    case OutputState::InProgress:
        return "in_progress";
    case OutputState::Done:
        return "done";
    }
    return "not_started";
}

std::optional<OutputState> outputStateFromString(std::string_view text)
{
    if (text == "not_started")
        return OutputState::NotStarted;
    if (text == "in_progress")
        return OutputState::InProgress;
    if (text == "done")
        return OutputState::Done;
    return std::nullopt;
}

std::string toString(ActionGroup group)
{
    switch (group) {
    case ActionGroup::Classic:
        return "classic";
    case ActionGroup::Main:
        return "main";
    case ActionGroup::Supporting:
        return "supporting";
    }
    return "classic";
}

std::optional<ActionGroup> actionGroupFromString(std::string_view text)
{
    if (text == "classic")
        return ActionGroup::Classic;
    if (text == "main")
        return ActionGroup::Main;
    if (text == "supporting")
        return ActionGroup::Supporting;
    return std::nullopt;
}

std::string toString(ActionStatus status)
{
    switch (status) {
    case ActionStatus::NotStarted:
        return "not_started";
    case ActionStatus::InProgress:
        return "in_progress";
    case ActionStatus::Done:
        return "done";
    case ActionStatus::Late:
        return "late";
    }
    return "not_started";
}

ActionProgress progressOf(const Action &action)
{
    ActionProgress progress;
    progress.required = static_cast<int>(action.outputs.size());
    progress.doneWithEvidence = static_cast<int>(
        std::count_if(action.outputs.begin(), action.outputs.end(),
                      [](const ActionOutput &output) { return output.isDoneWithEvidence(); }));
    return progress;
}

bool isComplete(const Action &action)
{
    const ActionProgress progress = progressOf(action);
    return progress.required > 0 && progress.doneWithEvidence == progress.required;
}

bool isLate(const Action &action, const Clock &clock)
{
    return !isComplete(action) && clock.today() > action.dueEnd;
}

ActionStatus statusOf(const Action &action, const Clock &clock)
{
    if (isComplete(action))
        return ActionStatus::Done;
    if (isLate(action, clock))
        return ActionStatus::Late;
    const bool started = std::any_of(
        action.outputs.begin(), action.outputs.end(), [](const ActionOutput &output) {
            return output.state != OutputState::NotStarted || output.evidenceCount > 0;
        });
    return started ? ActionStatus::InProgress : ActionStatus::NotStarted;
}

double yearProgress(const std::vector<Action> &actions)
{
    if (actions.empty())
        return 0.0;
    double sum = 0.0;
    for (const Action &action : actions)
        sum += progressOf(action).fraction();
    return sum / static_cast<double>(actions.size());
}

std::vector<ActionOutput> missingOutputs(const Action &action)
{
    std::vector<ActionOutput> out;
    for (const ActionOutput &output : action.outputs) {
        if (!output.isDoneWithEvidence())
            out.push_back(output);
    }
    return out;
}

std::string actionNumber(const Action &action)
{
    std::string digits;
    for (const char c : action.key) {
        if (std::isdigit(static_cast<unsigned char>(c)))
            digits.push_back(c);
    }
    return digits.empty() ? action.key : digits;
}

std::vector<ActionProblem> validate(const Action &action)
{
    std::vector<ActionProblem> problems;
    if (trimmed(action.key).empty())
        problems.push_back(ActionProblem::EmptyKey);
    if (trimmed(action.name).empty())
        problems.push_back(ActionProblem::EmptyName);
    if (action.dueEnd < action.dueStart)
        problems.push_back(ActionProblem::DueEndBeforeStart);
    if (action.dueStart.year() != action.year || action.dueEnd.year() > action.year + 1)
        problems.push_back(ActionProblem::DueOutsideYear);
    return problems;
}

std::vector<ActionProblem> validate(const ActionOutput &output)
{
    std::vector<ActionProblem> problems;
    if (trimmed(output.name).empty())
        problems.push_back(ActionProblem::OutputEmptyName);
    if (output.state == OutputState::Done && !output.doneDate)
        problems.push_back(ActionProblem::OutputDoneWithoutDate);
    return problems;
}

int catalogueEdition(int year)
{
    if (year >= 2025)
        return 2025;
    return year >= 2022 ? 2022 : 2018;
}

std::vector<ActionTemplate> defaultCatalogue(int year)
{
    using G = ActionGroup;
    if (catalogueEdition(year) == 2025) {
        // The ministry's regrouping from 2025: four main actions and supporting actions. The
        // names follow the domain guide; outputs and due periods are the program's defaults,
        // to be adjusted per year.
        return {
            {"U1",
             G::Main,
             "Analisis Situasi",
             "Menganalisis sebaran prevalensi stunting dan kesenjangan cakupan layanan per desa "
             "untuk menentukan prioritas lokasi dan intervensi.",
             "Bappeda",
             1,
             1,
             3,
             31,
             {"Dokumen hasil analisis situasi", "Daftar usulan desa lokus prioritas"}},
            {"U2",
             G::Main,
             "Penguatan Perencanaan",
             "Memastikan kegiatan percepatan penurunan stunting terintegrasi dalam perencanaan "
             "dan penganggaran daerah dan desa.",
             "Bappeda",
             2,
             1,
             6,
             30,
             {"Rencana kegiatan terintegrasi per OPD", "Komitmen dan berita acara rembuk stunting",
              "Kegiatan dalam RKPD/Renja yang disepakati"}},
            {"U3",
             G::Main,
             "Penguatan Pelaksanaan",
             "Mengawal pelaksanaan intervensi spesifik dan sensitif sampai ke desa lokus, "
             "termasuk pembinaan pelaku desa.",
             "DPMD",
             1,
             1,
             10,
             31,
             {"Laporan pelaksanaan intervensi di desa lokus",
              "Laporan pembinaan pelaku dan pemerintahan desa"}},
            {"U4",
             G::Main,
             "Penilaian Hasil Pemantauan dan Evaluasi",
             "Menilai hasil pemantauan dan evaluasi tahun berjalan sebagai bahan perencanaan "
             "tahun berikutnya.",
             "Bappeda",
             10,
             1,
             12,
             31,
             {"Laporan penilaian hasil pemantauan dan evaluasi", "Notulen rapat reviu"}},
            {"P1",
             G::Supporting,
             "Regulasi",
             "Menyiapkan dan memperbarui peraturan kepala daerah yang mendukung percepatan "
             "penurunan stunting.",
             "Setda",
             1,
             1,
             6,
             30,
             {"Peraturan/keputusan kepala daerah yang ditetapkan"}},
            {"P2",
             G::Supporting,
             "Publikasi Data Stunting",
             "Mengumumkan hasil pengukuran dan capaian kinerja kepada publik.",
             "Diskominfotik",
             8,
             1,
             11,
             30,
             {"Publikasi data stunting tingkat kabupaten dan desa"}},
        };
    }
    const bool revised = catalogueEdition(year) == 2022; // guide revised after Perpres 72/2021
    return {
        {"1",
         G::Classic,
         "Analisis Situasi",
         "Mengidentifikasi sebaran prevalensi stunting, kesenjangan cakupan layanan dan "
         "kondisi di desa sebagai dasar penentuan desa lokus dan intervensi prioritas.",
         "Bappeda",
         1,
         1,
         3,
         31,
         {"Dokumen hasil analisis situasi", "Daftar usulan desa lokus",
          "Notulen rapat analisis situasi"}},
        {"2",
         G::Classic,
         "Rencana Kegiatan",
         "Menyusun rencana kegiatan terintegrasi per OPD yang dianggarkan dalam RKPD dan Renja "
         "OPD.",
         "Bappeda",
         3,
         1,
         4,
         30,
         {"Rencana kegiatan terintegrasi per OPD", "Kegiatan dan anggaran dalam RKPD/Renja OPD"}},
        {"3",
         G::Classic,
         "Rembuk Stunting",
         "Forum kabupaten untuk menyampaikan komitmen publik dan menyepakati kegiatan serta desa "
         "lokus.",
         "Bappeda",
         4,
         1,
         5,
         31,
         {"Komitmen/deklarasi yang ditandatangani", "Notulen (berita acara) rembuk stunting",
          "Daftar kegiatan dan desa lokus yang disepakati"}},
        {"4",
         G::Classic,
         revised ? "Peraturan Bupati/Walikota tentang Percepatan Penurunan Stunting"
                 : "Peraturan Bupati/Walikota tentang Peran Desa",
         revised ? "Menetapkan peraturan kepala daerah tentang percepatan penurunan stunting, "
                   "termasuk peran dan kewenangan desa."
                 : "Menetapkan peraturan kepala daerah tentang peran dan kewenangan desa dalam "
                   "penurunan stunting, termasuk pendanaan dari APBDes.",
         "DPMD",
         1,
         1,
         6,
         30,
         {revised ? "Peraturan Bupati tentang percepatan penurunan stunting"
                  : "Peraturan Bupati tentang peran desa",
          "Bukti sosialisasi peraturan kepada desa"}},
        {"5",
         G::Classic,
         revised ? "Pembinaan Pelaku dan Pemerintahan Desa/Kelurahan"
                 : "Pembinaan Kader Pembangunan Manusia (KPM)",
         revised ? "Membina pelaku dan pemerintahan desa/kelurahan, termasuk KPM, agar "
                   "konvergensi layanan berjalan di desa."
                 : "Memastikan setiap desa memiliki KPM yang terlatih, dibiayai dan melapor.",
         "DPMD",
         1,
         1,
         6,
         30,
         {"Keputusan penetapan KPM di setiap desa", "Laporan pelatihan dan pembinaan",
          "Bukti insentif atau biaya operasional KPM"}},
        {"6",
         G::Classic,
         "Sistem Manajemen Data",
         "Mengatur alur data stunting dari posyandu dan desa sampai ke kabupaten.",
         "Bappeda",
         1,
         1,
         8,
         31,
         {"Dokumen sistem manajemen data (alur data)", "Keputusan tim pengelola data"}},
        {"7",
         G::Classic,
         "Pengukuran dan Publikasi Data Stunting",
         "Mengukur panjang/tinggi badan balita pada bulan penimbangan dan mempublikasikan "
         "prevalensi per desa.",
         "Dinkes",
         2,
         1,
         9,
         30,
         {"Laporan hasil pengukuran (bulan penimbangan)", "Publikasi data stunting per desa"}},
        {"8",
         G::Classic,
         "Reviu Kinerja Tahunan",
         "Meninjau kinerja pelaksanaan tahun berjalan sebagai bahan Aksi 1 tahun berikutnya.",
         "Bappeda",
         10,
         1,
         12,
         31,
         {"Laporan reviu kinerja tahunan", "Notulen rapat reviu kinerja"}},
    };
}

gd::date sameDayInYear(const gd::date &date, int year)
{
    const int month = date.month();
    int day = date.day();
    const int last = gd::gregorian_calendar::end_of_month_day(year, month);
    day = std::min(day, last);
    return {static_cast<unsigned short>(year), static_cast<unsigned short>(month),
            static_cast<unsigned short>(day)};
}

std::vector<Action> actionsFromTemplate(int year)
{
    std::vector<Action> actions;
    int order = 0;
    for (const ActionTemplate &entry : defaultCatalogue(year)) {
        Action action;
        action.year = year;
        action.key = entry.key;
        action.sortOrder = ++order;
        action.group = entry.group;
        action.name = entry.name;
        action.purpose = entry.purpose;
        action.leadOpdName = entry.leadOpdShortName;
        action.dueStart = gd::date(static_cast<unsigned short>(year),
                                   static_cast<unsigned short>(entry.dueStartMonth),
                                   static_cast<unsigned short>(entry.dueStartDay));
        action.dueEnd = gd::date(static_cast<unsigned short>(year),
                                 static_cast<unsigned short>(entry.dueEndMonth),
                                 static_cast<unsigned short>(entry.dueEndDay));
        int outputOrder = 0;
        for (const std::string &name : entry.outputs) {
            ActionOutput output;
            output.sortOrder = ++outputOrder;
            output.name = name;
            action.outputs.push_back(std::move(output));
        }
        actions.push_back(std::move(action));
    }
    return actions;
}

std::vector<Action> copyCatalogue(const std::vector<Action> &source, int year)
{
    std::vector<Action> actions;
    for (const Action &from : source) {
        Action action;
        action.year = year;
        action.key = from.key;
        action.sortOrder = from.sortOrder;
        action.group = from.group;
        action.name = from.name;
        action.purpose = from.purpose;
        action.leadOpdId = from.leadOpdId;
        action.leadOpdName = from.leadOpdName;
        const int shift = year - from.year;
        action.dueStart = sameDayInYear(from.dueStart, from.dueStart.year() + shift);
        action.dueEnd = sameDayInYear(from.dueEnd, from.dueEnd.year() + shift);
        for (const ActionOutput &fromOutput : from.outputs) {
            ActionOutput output;
            output.sortOrder = fromOutput.sortOrder;
            output.name = fromOutput.name;
            action.outputs.push_back(std::move(output));
        }
        actions.push_back(std::move(action));
    }
    return actions;
}

} // namespace konvergensi::core

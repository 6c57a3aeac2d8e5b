// SPDX-License-Identifier: GPL-3.0-or-later
#include "io/case_audit/demo_case_audit.h"

#include "core/case_audit/case_audit.h"
#include "core/case_audit/case_numbers.h"
#include "core/followups/follow_up.h"
#include "core/meetings/meeting.h"
#include "storage/case_audit/case_audit_repository.h"
#include "storage/database.h"
#include "storage/directory/directory_repository.h"
#include "storage/followups/follow_up_repository.h"
#include "storage/meetings/meeting_repository.h"
#include "storage/transaction.h"

#include <cstdio>
#include <string>

namespace konvergensi::io {

namespace {

using boost::gregorian::date;
using core::AuditTargetGroup;
using core::FollowUpStatus;
using core::Sex;

/// A syntactically valid, obviously synthetic NIK: the kecamatan code of the desa, the
/// birth date (day + 40 for women) and a serial 99NN.
std::string demoNik(const std::string &villageCode, date birth, Sex sex, int serial)
{
    const std::string region = villageCode.substr(0, 2) + villageCode.substr(3, 2)
                               + villageCode.substr(6, 2);
    char buffer[32];
    std::snprintf(buffer, sizeof buffer, "%s%02d%02d%02d99%02d", region.c_str(),
                  birth.day() + (sex == Sex::Female ? 40 : 0), static_cast<int>(birth.month()),
                  birth.year() % 100, serial);
    return buffer;
}

struct DemoCase
{
    AuditTargetGroup group;
    const char *desa;
    const char *name;
    date birth;
    Sex sex;
    const char *family;
    const char *finding;
    std::vector<int> risks; ///< 1-based positions in the default checklist
    const char *causes;
    const char *recommendations;
    struct Action
    {
        const char *what;
        const char *opd; ///< short name in the directory, or a puskesmas
        date due;
        FollowUpStatus status;
        std::optional<date> done;
        const char *result;
    };
    std::vector<Action> actions;
};

} // namespace

void case_audit::addDemo(storage::Database &db)
{
    storage::Transaction transaction(db);
    storage::CaseAuditRepository repo(db);
    storage::DirectoryRepository directory(db);

    auto round = core::newAuditRound(2023, 2);
    round.title = "Audit Kasus Stunting Kabupaten Bengkalis 2023 Semester II";
    round.team = {
        {"dr. Hendra Saputra, Sp.A.", "Dokter spesialis anak", true},
        {"dr. Rina Marlina, Sp.OG.", "Dokter spesialis kebidanan dan kandungan", true},
        {"Yuliana Sari, S.Gz., M.Gz.", "Ahli gizi", true},
        {"Dewi Anggraini, M.Psi., Psikolog", "Psikolog", true},
        {"dr. Nurhayati Syafitri, M.Kes.", "Ketua tim audit (Kepala Dinas Kesehatan)", false},
        {"Ns. Fauzan Akbar, S.Kep.", "Sekretaris tim audit", false},
        {"Maria Ulfa, A.Md.Keb.", "Bidan koordinator", false},
    };
    const date steps[5][2] = {{date(2023, 8, 31), date(2023, 9, 15)},
                              {date(2023, 10, 20), date(2023, 10, 19)},
                              {date(2023, 11, 10), date(2023, 11, 9)},
                              {date(2023, 12, 5), date(2023, 12, 5)},
                              {date(2024, 6, 30), date(2024, 6, 28)}};
    for (std::size_t i = 0; i < round.steps.size(); ++i) {
        round.steps[i].plannedDate = steps[i][0];
        round.steps[i].doneDate = steps[i][1];
        round.steps[i].status = core::AuditStepStatus::Done;
    }
    round.notes = "Kasus dipilih dari laporan e-PPGBM Agustus 2023 dan kohort ibu hamil "
                  "puskesmas; kajian tim pakar di Aula Dinas Kesehatan.";

    // The 5 December 2023 rakornis with the AKS dissemination (demo meetings), if present.
    storage::MeetingFilter filter;
    filter.year = 2023;
    for (const auto &m : storage::MeetingRepository(db).list(filter)) {
        if (m.date == date(2023, 12, 5)
            && (m.kind == core::MeetingKind::AksDissemination
                || m.title.find("Audit Kasus Stunting") != std::string::npos))
            round.disseminationMeetingId = m.id;
    }
    round = repo.addRound(round);

    const auto factors = repo.riskFactors();
    auto risk = [&](int position) { return factors.at(static_cast<std::size_t>(position - 1)).id; };

    const FollowUpStatus done = FollowUpStatus::Done;
    const FollowUpStatus running = FollowUpStatus::InProgress;
    const std::vector<DemoCase> cases = {
        {AuditTargetGroup::Catin,
         "14.03.10.2009",
         "Putri Ramadhani",
         date(2006, 4, 17),
         Sex::Female,
         "Calon suami: Rizky Pratama",
         "Hb 10,2 g/dL (anemia); LiLA 22,5 cm (KEK); usia 17 tahun",
         {1, 2, 9},
         "Anemia dan KEK pada remaja putri, pernikahan usia anak, pengetahuan gizi kurang.",
         "Tablet tambah darah, PMT remaja, konseling pranikah dan penundaan kehamilan.",
         {{"Konseling pranikah dan pendampingan TPK", "DPPKB", date(2023, 12, 31), done,
           date(2023, 12, 20), "Calon pengantin menunda kehamilan"},
          {"Pemberian TTD dan PMT remaja 3 bulan", "Puskesmas Rupat", date(2024, 3, 31), done,
           date(2024, 3, 28), "Hb 11,8 g/dL"}}},
        {AuditTargetGroup::Catin,
         "14.03.02.2009",
         "Nurul Hikmah",
         date(2004, 9, 2),
         Sex::Female,
         "Calon suami: Andi Saputra",
         "LiLA 22,0 cm (KEK); IMT 17,1",
         {2, 11},
         "KEK karena asupan energi kurang dan keluarga rawan pangan.",
         "PMT calon pengantin, bantuan pangan keluarga.",
         {{"Usulan bantuan pangan (Dinsos)", "Dinsos", date(2024, 1, 31), done, date(2024, 1, 25),
           "Terdaftar penerima bantuan"}}},
        {AuditTargetGroup::Pregnant,
         "14.03.11.2005",
         "Sri Wahyuni",
         date(1999, 11, 23),
         Sex::Female,
         "Suami: Joko Susilo",
         "Hamil 20 minggu; Hb 9,4 g/dL; LiLA 21,8 cm (KEK)",
         {1, 2, 10, 12},
         "Anemia dan KEK; jarak kehamilan 14 bulan; jarang ANC.",
         "PMT ibu hamil KEK 120 hari, TTD 90 tablet, ANC terpadu 6 kali.",
         {{"PMT ibu hamil KEK 120 hari", "Puskesmas Rupat Utara", date(2024, 3, 31), done,
           date(2024, 3, 15), "LiLA naik menjadi 23,6 cm"},
          {"Kunjungan rumah bidan desa tiap bulan", "Dinkes", date(2024, 4, 30), done,
           date(2024, 4, 22), "Persalinan di fasilitas kesehatan"}}},
        {AuditTargetGroup::Pregnant,
         "14.03.09.2011",
         "Lestari Handayani",
         date(2002, 2, 8),
         Sex::Female,
         "Suami: Dedi Kurniawan",
         "Hamil 28 minggu; kenaikan berat badan 4 kg; Hb 10,1 g/dL",
         {1, 8, 13},
         "Asupan kurang, sanitasi tidak layak dan suami perokok di dalam rumah.",
         "PMT, konseling gizi, bantuan jamban sehat, edukasi rumah bebas asap rokok.",
         {{"Bantuan jamban sehat", "Dinas PUPR", date(2024, 6, 30), running, std::nullopt,
           "Masuk usulan DAK sanitasi 2024"}}},
        {AuditTargetGroup::Pregnant,
         "14.03.13.2008",
         "Rahmawati",
         date(1990, 7, 30),
         Sex::Female,
         "Suami: Ahmad Fauzi",
         "Hamil 24 minggu; tekanan darah 150/95; kehamilan ke-5",
         {10, 11},
         "Risiko tinggi: multiparitas, hipertensi, keluarga miskin.",
         "Rujukan ke dokter spesialis kandungan, pendampingan TPK, KB pascapersalinan.",
         {{"Rujukan ke RSUD Mandau untuk pemeriksaan spesialis", "Puskesmas Pinggir",
           date(2023, 12, 15), done, date(2023, 12, 12), "Diperiksa Sp.OG, kontrol rutin"}}},
        {AuditTargetGroup::Postpartum,
         "14.03.12.2009",
         "Fitriani",
         date(1997, 5, 14),
         Sex::Female,
         "Suami: Hendri",
         "Nifas hari ke-20; bayi BBLR 2.300 g; ASI tidak lancar",
         {3, 7},
         "BBLR dan ASI tidak lancar karena kurang pendampingan menyusui.",
         "Konseling menyusui, kunjungan nifas, pemantauan berat bayi tiap minggu.",
         {{"Konseling menyusui oleh konselor ASI", "Puskesmas Siak Kecil", date(2023, 12, 31), done,
           date(2023, 12, 18), "Bayi menyusu eksklusif"}}},
        {AuditTargetGroup::Postpartum,
         "14.03.16.2004",
         "Siti Khadijah",
         date(2001, 1, 5),
         Sex::Female,
         "Suami: Irwan",
         "Pascapersalinan 1 bulan; Hb 9,8 g/dL; depresi pascapersalinan (skrining EPDS 14)",
         {1, 11},
         "Anemia dan gangguan psikologis pascapersalinan; dukungan keluarga kurang.",
         "Rujukan psikolog, TTD, kunjungan kader, dukungan keluarga.",
         {{"Konseling psikolog puskesmas", "Dinkes", date(2024, 1, 31), done, date(2024, 1, 19),
           "Skor EPDS turun ke 8"},
          {"Kunjungan kader posyandu dua mingguan", "Puskesmas Bathin Solapan", date(2024, 6, 30),
           running, std::nullopt, "Berjalan"}}},
        {AuditTargetGroup::Baduta,
         "14.03.01.2004",
         "Muhammad Alif",
         date(2022, 6, 11),
         Sex::Male,
         "Ayah: Syahrul; Ibu: Wulandari",
         "Usia 15 bulan; PB/U -2,6 SD (pendek); BB/PB -1,2 SD",
         {3, 4, 5},
         "MP-ASI tidak sesuai umur dan diare berulang.",
         "Konseling PMBA, PMT pemulihan 90 hari, tata laksana diare, pemantauan bulanan.",
         {{"PMT pemulihan 90 hari", "Puskesmas Bengkalis", date(2024, 2, 29), done,
           date(2024, 2, 26), "PB/U membaik ke -2,3 SD"},
          {"Kelas PMBA untuk orang tua", "Dinkes", date(2024, 1, 31), done, date(2024, 1, 10),
           "Ibu mengikuti 4 sesi"}}},
        {AuditTargetGroup::Baduta,
         "14.03.02.2003",
         "Aqila Zahra",
         date(2022, 10, 3),
         Sex::Female,
         "Ayah: Rahmat; Ibu: Yanti",
         "Usia 11 bulan; PB/U -3,1 SD (sangat pendek); riwayat BBLR",
         {6, 7, 8},
         "BBLR, imunisasi tidak lengkap, air minum tidak layak.",
         "Rujukan dokter spesialis anak, imunisasi kejar, sambungan air bersih.",
         {{"Rujukan ke dokter spesialis anak RSUD Bengkalis", "Puskesmas Bantan",
           date(2023, 12, 31), done, date(2023, 12, 14), "Tidak ada kelainan organik"},
          {"Sambungan air minum layak (Pamsimas)", "Dinas PUPR", date(2024, 6, 30), running,
           std::nullopt, "Survei lokasi selesai"}}},
        {AuditTargetGroup::Baduta,
         "14.03.14.2002",
         "Rizki Ananda",
         date(2022, 2, 20),
         Sex::Male,
         "Ayah: Zulkifli; Ibu: Marlina",
         "Usia 19 bulan; PB/U -2,4 SD; tidak datang ke posyandu 5 bulan",
         {12, 5, 13},
         "Tidak terpantau di posyandu; ISPA berulang; paparan asap rokok.",
         "Kunjungan rumah kader, edukasi rumah bebas asap rokok, pemantauan pertumbuhan.",
         {{"Kunjungan rumah kader tiap bulan", "DPMD", date(2024, 3, 31), FollowUpStatus::Open,
           std::nullopt, ""}}},
        {AuditTargetGroup::Balita,
         "14.03.03.2004",
         "Dimas Prasetyo",
         date(2020, 8, 9),
         Sex::Male,
         "Ayah: Sugianto; Ibu: Ratna",
         "Usia 3 tahun 1 bulan; TB/U -2,2 SD; cacingan",
         {5, 8},
         "Infeksi cacing dan sanitasi lingkungan buruk.",
         "Obat cacing, perbaikan sanitasi, PMT.",
         {{"Pemberian obat cacing dan kontrol", "Puskesmas Bukit Batu", date(2023, 12, 31), done,
           date(2023, 12, 8), "Selesai"}}},
        {AuditTargetGroup::Balita,
         "14.03.15.2001",
         "Nabila Putri",
         date(2019, 12, 1),
         Sex::Female,
         "Ayah: Herman; Ibu: Sulastri",
         "Usia 3 tahun 9 bulan; TB/U -2,7 SD; gizi kurang",
         {4, 11, 12},
         "Keluarga rawan pangan, pola asuh kurang, jarang ke posyandu.",
         "Bantuan pangan, PMT, pendampingan keluarga oleh TPK.",
         {{"Bantuan pangan keluarga", "Dinsos", date(2024, 1, 31), done, date(2024, 1, 29),
           "Diterima"},
          {"Pendampingan TPK 6 bulan", "DPPKB", date(2024, 6, 30), FollowUpStatus::Dropped,
           std::nullopt, "Keluarga pindah domisili"}}},
    };

    storage::FollowUpRepository followUps(db);
    int number = 0;
    for (const auto &d : cases) {
        ++number;
        core::AuditCase c;
        c.roundId = round.id;
        c.caseNumber = core::formatCaseNumber(number);
        c.targetGroup = d.group;
        c.villageCode = d.desa;
        c.identity = core::CaseIdentity{d.name, demoNik(d.desa, d.birth, d.sex, number), d.birth,
                                        d.sex, d.family};
        c.assessedOn = date(2023, 9, 12);
        c.finding = d.finding;
        for (int r : d.risks)
            c.riskFactorIds.push_back(risk(r));
        c.causes = d.causes;
        c.recommendations = d.recommendations;
        c = repo.addCase(c);
        for (const auto &a : d.actions) {
            core::FollowUp f;
            f.ownerType = std::string(core::follow_up_owner::kAuditCase);
            f.ownerId = c.id;
            f.action = a.what;
            if (const auto opd = directory.opdByShortName(a.opd))
                f.responsibleOpdId = opd->id;
            else
                f.responsibleOther = a.opd;
            f.dueDate = a.due;
            f.status = a.status;
            f.doneDate = a.done;
            f.progressNotes = a.result;
            followUps.add(f);
        }
    }
    transaction.commit();
}

} // namespace konvergensi::io

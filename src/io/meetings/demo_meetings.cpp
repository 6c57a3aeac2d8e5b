// SPDX-License-Identifier: GPL-3.0-or-later
#include "io/meetings/demo_meetings.h"

#include "core/meetings/meeting.h"
#include "storage/database.h"
#include "storage/directory/directory_repository.h"
#include "storage/meetings/meeting_repository.h"
#include "storage/transaction.h"

#include <boost/date_time/gregorian/gregorian.hpp>

#include <string>

namespace konvergensi::io {

namespace {

using boost::gregorian::date;
using core::AttendanceStatus;
using core::FollowUpStatus;

class DemoBuilder
{
public:
    explicit DemoBuilder(storage::Database &db)
        : m_directory(db)
    {
    }

    std::optional<std::int64_t> opdId(const std::string &shortName) const
    {
        const auto opd = m_directory.opdByShortName(shortName);
        return opd ? std::optional(opd->id) : std::nullopt;
    }

    core::Attendee attendee(const std::string &shortName, const std::string &name,
                            const std::string &position,
                            AttendanceStatus status = AttendanceStatus::Present,
                            const std::string &representedBy = {}) const
    {
        core::Attendee a;
        a.opdId = opdId(shortName);
        a.institution = shortName;
        a.name = name;
        a.position = position;
        a.status = status;
        a.representedBy = representedBy;
        if (!name.empty()) {
            for (const auto &person : m_directory.people(a.opdId)) {
                if (person.name == name)
                    a.personId = person.id;
            }
        }
        return a;
    }

    core::FollowUp followUp(const std::string &action, const std::string &opdShortName,
                            const std::string &person, date due, FollowUpStatus status,
                            std::optional<date> done = std::nullopt,
                            const std::string &notes = {}) const
    {
        core::FollowUp f;
        f.action = action;
        f.responsibleOpdId = opdId(opdShortName);
        if (!f.responsibleOpdId)
            f.responsibleOther = opdShortName;
        f.responsiblePerson = person;
        f.dueDate = due;
        f.status = status;
        f.doneDate = done;
        f.progressNotes = notes;
        return f;
    }

private:
    storage::DirectoryRepository m_directory;
};

core::Meeting rakorJune2021(const DemoBuilder &b)
{
    core::Meeting m;
    m.kind = core::MeetingKind::RakorTpps;
    m.level = core::MeetingLevel::Kabupaten;
    m.regionCode = "14.03";
    m.title = "Rapat Koordinasi Perkembangan Aksi Konvergensi dan Desa Lokus Stunting";
    m.date = date(2021, 6, 29);
    m.startMinute = 9 * 60;
    m.endMinute = 12 * 60;
    m.venue = "Ruang Rapat Bappeda Kabupaten Bengkalis";
    m.chair = "Asisten Perekonomian dan Pembangunan Setda Kabupaten Bengkalis";
    m.summary = "Rapat membahas perkembangan 8 Aksi Konvergensi tahun 2021: Kabupaten Bengkalis "
                "telah melaksanakan sampai Aksi 5 dan mengunggah bukti sampai Aksi 4, kemajuan "
                "tertinggi di wilayahnya. Data keluarga by name by address telah terkumpul 93 %. "
                "Desa lokus 2021: 15 desa di 4 kecamatan (Rupat Utara, Mandau, Pinggir, Bantan) "
                "sesuai Keputusan Bupati Nomor 150/KPTS/III/2021.";
    m.minutes = "1. Rapat dibuka oleh Asisten Perekonomian dan Pembangunan.\n"
                "2. Bappeda memaparkan kemajuan Aksi 1 sampai Aksi 5 dan bukti yang telah "
                "diunggah ke aplikasi pemantauan.\n"
                "3. Dinas PMD melaporkan pembinaan Kader Pembangunan Manusia (KPM) di desa.\n"
                "4. Peserta membahas kriteria penetapan desa lokus tahun berikutnya.\n"
                "5. Rapat ditutup dengan kesepakatan sebagaimana tercantum.";
    m.secretaryName = "Rahmat Hidayat, S.T., M.Si.";
    m.secretaryPosition = "Kepala Bappeda Kabupaten Bengkalis selaku Sekretaris TPPS";
    m.agenda = {{"Perkembangan pelaksanaan 8 Aksi Konvergensi tahun 2021"},
                {"Pengunggahan bukti Aksi ke aplikasi pemantauan"},
                {"Penetapan desa lokus stunting tahun berikutnya"}};
    m.attendees = {
        b.attendee("Bappeda", "Rahmat Hidayat, S.T., M.Si.", "Kepala Badan"),
        b.attendee("Bappeda", "Fitri Handayani, S.E.",
                   "Kepala Bidang Pemerintahan dan Pembangunan Manusia"),
        b.attendee("Dinkes", "dr. Nurhayati Syafitri, M.Kes.", "Kepala Dinas",
                   AttendanceStatus::Represented, "Andi Saputra, S.Gz."),
        b.attendee("DPMD", "Syahrul Amri, S.Sos.", "Kepala Dinas"),
        b.attendee("DPPKB", "Yuliana Putri, S.KM., M.Kes.", "Kepala Dinas"),
        b.attendee("Dinas PUPR", "Hendra Gunawan, S.T.", "Kepala Bidang Cipta Karya"),
        b.attendee("DKP", "", "", AttendanceStatus::Absent),
        b.attendee("TP PKK", "Dewi Kartika", "Sekretaris"),
    };
    core::Decision d1;
    d1.text = "OPD pengampu menyelesaikan Aksi 5 sampai Aksi 8 tahun 2021 dan mengunggah "
              "buktinya ke aplikasi pemantauan.";
    d1.followUps = {
        b.followUp("Mengunggah bukti Aksi 5 (pembinaan KPM) ke aplikasi pemantauan", "DPMD",
                   "Syahrul Amri, S.Sos.", date(2021, 7, 31), FollowUpStatus::Done,
                   date(2021, 7, 26), "Bukti diunggah lengkap."),
        b.followUp("Menyiapkan bahan Reviu Kinerja Tahunan (Aksi 8)", "Bappeda",
                   "Fitri Handayani, S.E.", date(2021, 11, 30), FollowUpStatus::Done,
                   date(2021, 12, 3)),
    };
    core::Decision d2;
    d2.text = "Usulan desa lokus tahun 2022 disusun dari analisis situasi (Aksi 1) dan "
              "disepakati dalam Rembuk Stunting.";
    d2.followUps = {
        b.followUp("Menyusun analisis situasi dan usulan desa lokus 2022", "Bappeda",
                   "Fitri Handayani, S.E.", date(2021, 9, 30), FollowUpStatus::Done,
                   date(2021, 9, 21)),
        b.followUp("Memetakan akses air minum dan sanitasi layak di desa lokus", "Dinas PUPR",
                   "Hendra Gunawan, S.T.", date(2024, 6, 30), FollowUpStatus::InProgress,
                   std::nullopt, "Pemetaan baru selesai di 2 dari 6 kecamatan."),
    };
    core::Decision d3;
    d3.text = "Pendataan keluarga by name by address dilengkapi sampai seluruh keluarga.";
    d3.followUps = {
        b.followUp("Melengkapi pendataan keluarga yang belum terdata", "DPPKB",
                   "Yuliana Putri, S.KM., M.Kes.", date(2021, 12, 31), FollowUpStatus::Done,
                   date(2021, 12, 20)),
    };
    m.decisions = {d1, d2, d3};
    return m;
}

core::Meeting rembuk2022(const DemoBuilder &b)
{
    core::Meeting m;
    m.kind = core::MeetingKind::RembukStunting;
    m.level = core::MeetingLevel::Kabupaten;
    m.regionCode = "14.03";
    m.title = "Rembuk Stunting Kabupaten Bengkalis Tahun 2022";
    m.date = date(2022, 6, 14);
    m.startMinute = 8 * 60 + 30;
    m.endMinute = 13 * 60;
    m.venue = "Balai Kerapatan Sri Mahkota, Bengkalis";
    m.chair = "Bupati Bengkalis";
    m.chairRepresentedBy = "";
    m.chairRepresentativePosition = "Sekretaris Daerah Kabupaten Bengkalis";
    m.servesAction = "3";
    m.summary = "Komitmen bersama percepatan penurunan stunting dan kesepakatan desa lokus "
                "intervensi: 23 desa di 6 kecamatan.";
    m.agenda = {{"Pemaparan hasil analisis situasi (Aksi 1)"},
                {"Penyampaian rencana kegiatan OPD (Aksi 2)"},
                {"Penandatanganan komitmen bersama"}};
    m.attendees = {
        b.attendee("Setda", "Kasmarni", "Bupati Bengkalis", AttendanceStatus::Represented,
                   "Sekretaris Daerah"),
        b.attendee("Bappeda", "Rahmat Hidayat, S.T., M.Si.", "Kepala Badan"),
        b.attendee("Dinkes", "dr. Nurhayati Syafitri, M.Kes.", "Kepala Dinas"),
        b.attendee("DPMD", "Syahrul Amri, S.Sos.", "Kepala Dinas"),
        b.attendee("DPPKB", "Yuliana Putri, S.KM., M.Kes.", "Kepala Dinas"),
        b.attendee("TP PKK", "Dewi Kartika", "Sekretaris"),
    };
    core::Decision d1;
    d1.text = "Desa lokus intervensi disepakati 23 desa di 6 kecamatan dan ditetapkan dengan "
              "Keputusan Bupati.";
    d1.followUps = {b.followUp("Menyiapkan rancangan Keputusan Bupati tentang desa lokus",
                               "Bappeda", "Fitri Handayani, S.E.", date(2022, 9, 30),
                               FollowUpStatus::Done, date(2022, 9, 26))};
    m.decisions = {d1};
    return m;
}

core::Meeting rakornisDecember2023(const DemoBuilder &b)
{
    core::Meeting m;
    m.kind = core::MeetingKind::Rakornis;
    m.level = core::MeetingLevel::Kabupaten;
    m.regionCode = "14.03";
    m.title = "Rakornis TPPS dan Diseminasi Hasil Audit Kasus Stunting";
    m.date = date(2023, 12, 5);
    m.startMinute = 9 * 60;
    m.endMinute = 12 * 60 + 30;
    m.venue = "Ruang Rapat Zahari, Bappeda Kabupaten Bengkalis";
    m.chair = "Bupati Bengkalis";
    m.chairRepresentativePosition = "Staf Ahli Bupati Bidang Kemasyarakatan dan SDM";
    m.summary = "Prevalensi stunting Kabupaten Bengkalis 8,4 % (SSGI 2022), terendah di Provinsi "
                "Riau. Rapat koordinasi teknis TPPS dan diseminasi hasil Audit Kasus Stunting "
                "tahun 2023 kepada OPD, BKKBN Provinsi Riau dan Kodim 0303/Bengkalis.";
    m.minutes = "1. Rapat dibuka oleh Staf Ahli Bupati Bidang Kemasyarakatan dan SDM mewakili "
                "Bupati Bengkalis.\n"
                "2. Dinas Kesehatan melaporkan prevalensi stunting 8,4 % dan hasil kajian tim "
                "pakar atas kasus yang diaudit.\n"
                "3. Perwakilan BKKBN Provinsi Riau menyampaikan peran Tim Pendamping Keluarga.\n"
                "4. Kodim 0303/Bengkalis menyampaikan dukungan Babinsa di desa.\n"
                "5. Peserta menyepakati rencana tindak lanjut hasil audit.";
    m.secretaryName = "Rahmat Hidayat, S.T., M.Si.";
    m.secretaryPosition = "Kepala Bappeda Kabupaten Bengkalis selaku Sekretaris TPPS";
    m.agenda = {{"Rapat koordinasi teknis TPPS: capaian dan prevalensi stunting"},
                {"Diseminasi hasil Audit Kasus Stunting (AKS) tahun 2023"},
                {"Rencana tindak lanjut hasil audit"}};
    m.attendees = {
        b.attendee("Bappeda", "Rahmat Hidayat, S.T., M.Si.", "Kepala Badan"),
        b.attendee("Bappeda", "Fitri Handayani, S.E.",
                   "Kepala Bidang Pemerintahan dan Pembangunan Manusia"),
        b.attendee("Dinkes", "dr. Nurhayati Syafitri, M.Kes.", "Kepala Dinas"),
        b.attendee("Dinkes", "Andi Saputra, S.Gz.", "Nutrisionis Ahli Muda"),
        b.attendee("BKKBN Riau", "", "Perwakilan BKKBN Provinsi Riau",
                   AttendanceStatus::Represented, "Koordinator Bidang KSPK"),
        b.attendee("Kodim 0303", "", "Komandan Kodim 0303/Bengkalis", AttendanceStatus::Represented,
                   "Pasi Teritorial"),
        b.attendee("DPMD", "Syahrul Amri, S.Sos.", "Kepala Dinas"),
        b.attendee("DPPKB", "Yuliana Putri, S.KM., M.Kes.", "Kepala Dinas"),
        b.attendee("Dinas PUPR", "Hendra Gunawan, S.T.", "Kepala Bidang Cipta Karya"),
        b.attendee("Disdukcapil", "", "Kepala Dinas", AttendanceStatus::Absent),
        b.attendee("TP PKK", "Dewi Kartika", "Sekretaris"),
    };
    core::Decision d1;
    d1.text = "Rekomendasi tim pakar atas kasus yang diaudit ditindaklanjuti oleh OPD dan "
              "puskesmas terkait.";
    d1.followUps = {
        b.followUp("Pendampingan gizi bagi baduta stunting hasil audit oleh puskesmas", "Dinkes",
                   "Andi Saputra, S.Gz.", date(2024, 3, 31), FollowUpStatus::Done,
                   date(2024, 3, 22), "Seluruh kasus didampingi."),
        b.followUp("Pendampingan calon pengantin dan ibu hamil berisiko oleh Tim Pendamping "
                   "Keluarga",
                   "DPPKB", "Yuliana Putri, S.KM., M.Kes.", date(2024, 6, 30),
                   FollowUpStatus::InProgress, std::nullopt,
                   "Berjalan di 4 kecamatan; laporan belum lengkap."),
    };
    core::Decision d2;
    d2.text = "Intervensi sensitif di desa lokus dipercepat, terutama air minum, sanitasi dan "
              "dokumen kependudukan.";
    d2.followUps = {
        b.followUp("Pembangunan jamban sehat bagi keluarga berisiko stunting di desa lokus",
                   "Disperkim", "", date(2025, 12, 31), FollowUpStatus::Open),
        b.followUp("Penerbitan akta kelahiran dan KIA bagi baduta di desa lokus", "Disdukcapil", "",
                   date(2026, 12, 31), FollowUpStatus::Open),
    };
    core::Decision d3;
    d3.text = "Audit Kasus Stunting semester I tahun 2024 dilaksanakan dan hasilnya "
              "didiseminasikan dalam rapat TPPS.";
    d3.followUps = {
        b.followUp("Melaksanakan Audit Kasus Stunting semester I 2024", "Dinkes",
                   "dr. Nurhayati Syafitri, M.Kes.", date(2024, 7, 31), FollowUpStatus::Done,
                   date(2024, 8, 5)),
        b.followUp("Menyusun laporan semester TPPS ke provinsi", "Bappeda", "Fitri Handayani, S.E.",
                   date(2026, 1, 31), FollowUpStatus::Open),
    };
    m.decisions = {d1, d2, d3};
    return m;
}

} // namespace

void meetings::addDemo(storage::Database &db)
{
    storage::Transaction transaction(db);
    const DemoBuilder builder(db);
    storage::MeetingRepository meetings(db);
    meetings.add(rakorJune2021(builder));
    meetings.add(rembuk2022(builder));
    meetings.add(rakornisDecember2023(builder));
    transaction.commit();
}

} // namespace konvergensi::io

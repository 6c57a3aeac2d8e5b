// SPDX-License-Identifier: GPL-3.0-or-later
#include "io/semester/demo_semester.h"

#include "core/meetings/meeting.h"
#include "core/semester/semester.h"
#include "storage/database.h"
#include "storage/meetings/meeting_repository.h"
#include "storage/regions/region_repository.h"
#include "storage/semester/semester_repository.h"
#include "storage/storage_error.h"
#include "storage/transaction.h"

#include <boost/date_time/gregorian/gregorian.hpp>

#include <QCoreApplication>

#include <string>

namespace konvergensi::io::semester {

namespace {

using boost::gregorian::date;

core::Meeting meeting(core::MeetingKind kind, core::MeetingLevel level, std::string region,
                      std::string title, date day, std::string venue, std::string chair,
                      std::string summary)
{
    core::Meeting m;
    m.kind = kind;
    m.level = level;
    m.regionCode = std::move(region);
    m.title = std::move(title);
    m.date = day;
    m.startMinute = 9 * 60;
    m.endMinute = 12 * 60;
    m.venue = std::move(venue);
    m.chair = std::move(chair);
    m.summary = std::move(summary);
    return m;
}

/// The 2023 meetings the indicators count. Every date, venue and summary is invented; none
/// falls after 4 December 2023, so the rakornis of 5 December stays the newest meeting.
void addMeetings(storage::Database &db)
{
    storage::MeetingRepository meetings(db);
    meetings.add(meeting(core::MeetingKind::RembukStunting, core::MeetingLevel::Kabupaten, "14.03",
                         "Rembuk Stunting Kabupaten Bengkalis Tahun 2023", date(2023, 6, 13),
                         "Balai Kerapatan Sri Mahkota", "Bupati Bengkalis",
                         "Komitmen bersama OPD, camat dan kepala desa; penetapan kegiatan "
                         "konvergensi dan desa lokus tahun 2023 (contoh untuk demo)."));
    meetings.add(meeting(core::MeetingKind::PerformanceReview, core::MeetingLevel::Kabupaten,
                         "14.03", "Monitoring dan Evaluasi Aksi Konvergensi Semester I 2023",
                         date(2023, 5, 30), "Ruang Rapat Bappeda", "Sekretaris Daerah",
                         "Pemantauan capaian Aksi 1 sampai 4 (contoh untuk demo)."));
    meetings.add(meeting(core::MeetingKind::RakorTpps, core::MeetingLevel::Kabupaten, "14.03",
                         "Rapat Monev Percepatan Penurunan Stunting Semester II 2023",
                         date(2023, 11, 14), "Ruang Rapat Bappeda", "Sekretaris Daerah",
                         "Evaluasi intervensi spesifik dan sensitif di desa lokus (contoh untuk "
                         "demo)."));
    const core::RegionTree tree = storage::RegionRepository(db).tree();
    const auto kecamatan = tree.children(core::RegionCode::fromString("14.03"));
    // Kecamatan rembuk as the register of a district that is still catching up: Bengkalis holds
    // two, the next five one each in semester II, the other five none yet.
    for (std::size_t i = 0; i < kecamatan.size() && i < 6; ++i) {
        const core::Region &k = *kecamatan[i];
        const date day = date(2023, 9, 4) + boost::gregorian::days(static_cast<long>(i) * 7);
        if (i == 0)
            meetings.add(meeting(core::MeetingKind::RembukStunting, core::MeetingLevel::Kecamatan,
                                 k.code.toString(), "Rembuk Stunting Kecamatan " + k.name + " 2023",
                                 date(2023, 3, 14), "Aula Kantor Camat " + k.name,
                                 "Camat " + k.name, "Rembuk stunting tingkat kecamatan (contoh)."));
        meetings.add(meeting(core::MeetingKind::RembukStunting, core::MeetingLevel::Kecamatan,
                             k.code.toString(),
                             "Rembuk Stunting Kecamatan " + k.name + " Semester II 2023", day,
                             "Aula Kantor Camat " + k.name, "Camat " + k.name,
                             "Evaluasi dan rencana tindak lanjut kecamatan (contoh)."));
    }
}

void addTexts(storage::Database &db)
{
    storage::SemesterRepository repository(db);
    core::SemesterTexts texts;
    texts.year = 2023;
    texts.half = 2;
    texts.foreword =
        "Puji syukur kami panjatkan ke hadirat Tuhan Yang Maha Esa atas tersusunnya Laporan "
        "Semester II Tahun 2023 Tim Percepatan Penurunan Stunting (TPPS) Kabupaten Bengkalis. "
        "Laporan ini disusun sebagai pelaksanaan Peraturan Presiden Nomor 72 Tahun 2021 tentang "
        "Percepatan Penurunan Stunting dan disampaikan kepada Gubernur Riau.\n"
        "(Teks contoh untuk demo.)";
    texts.summary =
        "Prevalensi stunting Kabupaten Bengkalis menurut SSGI 2022 adalah 8,4 %, terendah di "
        "Provinsi Riau. Pada semester II 2023 TPPS menyelenggarakan rembuk stunting kecamatan, "
        "monitoring dan evaluasi, serta diseminasi hasil Audit Kasus Stunting pada 5 Desember "
        "2023. Baru satu kecamatan yang menyelenggarakan rembuk stunting dua kali tahun ini.\n"
        "(Teks contoh untuk demo.)";
    texts.innovations =
        "Pendampingan keluarga berisiko stunting oleh Tim Pendamping Keluarga bersama KPM di "
        "setiap desa; pemanfaatan data by name by address untuk menyasar intervensi.\n"
        "(Teks contoh untuk demo.)";
    texts.obstacles =
        "Kendala: kelengkapan data penimbangan di sebagian desa dan koordinasi lintas OPD di "
        "kecamatan kepulauan. Rekomendasi: memastikan setiap kecamatan menyelenggarakan rembuk "
        "stunting dua kali setahun dan menuntaskan rencana tindak lanjut audit kasus.\n"
        "(Teks contoh untuk demo.)";
    texts.closing =
        "Demikian laporan ini disampaikan. Atas perhatian dan dukungan semua pihak kami "
        "ucapkan terima kasih.\n(Teks contoh untuk demo.)";
    texts.villageRoleRegulation = {
        true, "Peraturan Bupati Bengkalis Nomor 24 Tahun 2021 tentang peran pemerintah desa "
              "dalam pencegahan dan penanganan stunting"};
    // Signed in mid-January, when the semester report goes to the province.
    texts.reportDate = date(2024, 1, 15);
    repository.save(texts);

    core::SemesterSignatories signers;
    signers.chairTitle = "Ketua TPPS Kabupaten Bengkalis";
    // The Sekda chaired the TPPS in 2023; name and NIP are invented (resources/demo/README.md).
    signers.chairName = "Drs. H. Zulkarnain Hamdani, M.Si.";
    signers.chairNip = "19690412 199403 1 007";
    signers.regentAcknowledges = true;
    signers.regentTitle = "Bupati Bengkalis";
    signers.regentName = "KASMARNI";
    repository.saveSignatories(signers);
}

} // namespace

void addDemo(storage::Database &db)
{
    storage::Transaction transaction(db);
    if (storage::SemesterRepository(db).texts({2023, 2}))
        throw storage::StorageError(
            storage::StorageError::Kind::Invalid,
            QCoreApplication::translate("WorkspaceSetup",
                                        "The demo semester report can only be added to a "
                                        "workspace without one for semester II 2023."));
    addMeetings(db);
    addTexts(db);
    transaction.commit();
}

} // namespace konvergensi::io::semester

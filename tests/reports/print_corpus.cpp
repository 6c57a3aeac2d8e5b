// SPDX-License-Identifier: GPL-3.0-or-later
#include "print_corpus.h"

#include "reports/actions/action_report.h"
#include "reports/case_audit/case_audit_report.h"
#include "reports/locus/locus_report.h"
#include "reports/meetings/meeting_reports.h"
#include "usecases/actions/action_checklist.h"
#include "usecases/prevalence/dashboard_summary.h"
#include "usecases/progress.h"

#include "core/case_audit/case_audit.h"
#include "core/clock.h"
#include "io/workspace_setup.h"
#include "storage/case_audit/case_audit_repository.h"
#include "storage/database.h"
#include "storage/directory/directory_repository.h"
#include "storage/followups/follow_up_repository.h"
#include "storage/meetings/meeting_repository.h"
#include "storage/regions/region_repository.h"
#include "storage/workspace_repository.h"
#include "usecases/locus/locus_report_data.h"

#include <QBuffer>
#include <QDir>
#include <QImage>
#include <QPainter>
#include <QPainterPath>

#include <functional>

namespace konvergensi::test {

namespace {

using boost::gregorian::date;
using reports::Paper;

constexpr core::Language kLanguage = core::Language::Indonesian;

/// Sentences that read like minutes, cycled to make long text.
const std::vector<std::string> &sentences()
{
    static const std::vector<std::string> list = {
        "Ketua TPPS membuka rapat dan menyampaikan bahwa prevalensi stunting kabupaten turun "
        "menurut hasil pengukuran serentak, tetapi beberapa desa lokus masih di atas rata-rata.",
        "Dinas Kesehatan memaparkan cakupan pemberian makanan tambahan bagi ibu hamil kurang "
        "energi kronis dan balita gizi kurang di setiap puskesmas.",
        "Bappeda mengingatkan agar setiap perangkat daerah menandai kegiatan percepatan "
        "penurunan stunting dalam rencana kerja tahun berikutnya dengan kode tematik yang sama.",
        "Dinas Pemberdayaan Masyarakat dan Desa melaporkan bahwa sebagian besar desa telah "
        "menganggarkan dana desa untuk kader pembangunan manusia dan kegiatan posyandu.",
        "Peserta sepakat bahwa data by name by address dari e-PPGBM menjadi dasar sasaran "
        "intervensi, dengan verifikasi oleh bidan desa dan kader sebelum akhir bulan.",
        "Camat Bantan menyampaikan kendala air bersih di dua desa pesisir dan meminta dukungan "
        "Dinas Pekerjaan Umum untuk sambungan rumah tangga.",
        "Sekretaris TPPS mencatat bahwa laporan kinerja semester harus diunggah ke aplikasi "
        "pemantauan provinsi paling lambat tanggal sepuluh bulan berikutnya.",
    };
    return list;
}

std::string longParagraph(int sentenceCount, int seed)
{
    std::string out;
    for (int i = 0; i < sentenceCount; ++i) {
        if (i > 0)
            out += ' ';
        out += sentences()[static_cast<std::size_t>(seed + i) % sentences().size()];
    }
    return out;
}

core::Letterhead corpusLetterhead(core::Letterhead letterhead, bool logo, bool longContent)
{
    letterhead.address = "Jalan Ahmad Yani Nomor 1, Bengkalis, Riau 28711";
    letterhead.contact = "Telepon (0766) 21001, Laman www.bengkaliskab.go.id, "
                         "Pos-el bappeda@bengkaliskab.go.id";
    letterhead.signatoryNip = "197001011995031002";
    if (longContent) // the agency's full name after the 2022 reorganisation: long
        letterhead.agency = "Badan Perencanaan Pembangunan, Riset dan Inovasi Daerah";
    if (logo) {
        const QByteArray png = corpusLogoPng();
        letterhead.logoPng.assign(png.begin(), png.end());
    } else {
        letterhead.logoPng.clear();
    }
    return letterhead;
}

std::int64_t demoMeetingId(storage::Database &db)
{
    // The demo meeting with decisions and follow-ups (29 June 2021).
    for (const storage::MeetingSummary &m : storage::MeetingRepository(db).list())
        if (m.date == date(2021, 6, 29))
            return m.id;
    return storage::MeetingRepository(db).list().front().id;
}

reports::MeetingPrintContext contextOf(storage::Database &db)
{
    reports::MeetingPrintContext context;
    for (const core::Opd &opd : storage::DirectoryRepository(db).opds())
        context.opdShortNames[opd.id] = QString::fromStdString(opd.shortName);
    context.regionName = QStringLiteral("Kabupaten Bengkalis");
    return context;
}

/// A large meeting: a full agenda, forty-odd attendees, long minutes (single paragraphs
/// longer than a page as well as many short ones), and a dozen decisions with follow-ups.
core::Meeting longMeeting(storage::Database &db)
{
    core::Meeting meeting = *storage::MeetingRepository(db).find(demoMeetingId(db));
    const std::vector<core::Opd> opds = storage::DirectoryRepository(db).opds();
    meeting.title = "Rapat Koordinasi TPPS Kabupaten Bengkalis Semester I: Evaluasi Pelaksanaan "
                    "Delapan Aksi Konvergensi, Penetapan Desa Lokus dan Tindak Lanjut Audit Kasus";
    meeting.agenda.clear();
    for (int i = 0; i < 9; ++i)
        meeting.agenda.push_back({longParagraph(1 + i % 2, i)});
    meeting.attendees.clear();
    const char *positions[] = {"Kepala Dinas",
                               "Sekretaris",
                               "Kepala Bidang Kesehatan Masyarakat",
                               "Camat",
                               "Analis Kebijakan Ahli Muda",
                               "Kepala Puskesmas"};
    for (int i = 0; i < 46; ++i) {
        core::Attendee a;
        const core::Opd &opd = opds[static_cast<std::size_t>(i) % opds.size()];
        a.opdId = opd.id;
        a.institution = opd.shortName;
        a.name = "Peserta Undangan Nomor " + std::to_string(i + 1) + ", S.KM., M.Kes.";
        a.position = positions[i % 6];
        a.status = i % 7 == 3   ? core::AttendanceStatus::Represented
                   : i % 9 == 5 ? core::AttendanceStatus::Absent
                                : core::AttendanceStatus::Present;
        if (a.status == core::AttendanceStatus::Represented)
            a.representedBy = "Staf Pelaksana " + std::to_string(i);
        meeting.attendees.push_back(a);
    }
    meeting.summary = longParagraph(9, 0) + "\n" + longParagraph(5, 3);
    std::string minutes;
    for (int p = 0; p < 14; ++p) {
        // One paragraph longer than a whole page, the others from two to ten lines.
        minutes += longParagraph(p == 4 ? 60 : 2 + (p * 5) % 9, p) + "\n";
    }
    meeting.minutes = minutes;
    meeting.decisions.clear();
    for (int d = 0; d < 12; ++d) {
        core::Decision decision;
        decision.text = longParagraph(1 + d % 3, d + 2);
        for (int f = 0; f < 2 + d % 4; ++f) {
            core::FollowUp followUp;
            followUp.ownerType = std::string(core::follow_up_owner::kMeetingDecision);
            followUp.action = longParagraph(1, d + f);
            followUp.responsibleOpdId = opds[static_cast<std::size_t>(d + f) % opds.size()].id;
            followUp.responsiblePerson = "Penanggung Jawab " + std::to_string(f + 1);
            followUp.dueDate = meeting.date + boost::gregorian::days(30 * (f + 1));
            followUp.status = f % 3 == 0 ? core::FollowUpStatus::Done
                                         : core::FollowUpStatus::InProgress;
            if (followUp.status == core::FollowUpStatus::Done)
                followUp.doneDate = meeting.date + boost::gregorian::days(20 * (f + 1));
            decision.followUps.push_back(followUp);
        }
        meeting.decisions.push_back(decision);
    }
    return meeting;
}

std::vector<storage::FollowUpEntry> longFollowUps(storage::Database &db)
{
    std::vector<storage::FollowUpEntry> entries;
    const std::vector<core::Opd> opds = storage::DirectoryRepository(db).opds();
    for (int i = 0; i < 70; ++i) {
        storage::FollowUpEntry e;
        const core::Opd &opd = opds[static_cast<std::size_t>(i % 11) % opds.size()];
        e.responsibleOpdShortName = opd.shortName;
        e.responsibleOpdName = opd.name;
        e.followUp.action = longParagraph(1, i);
        e.followUp.responsibleOpdId = opd.id;
        e.followUp.dueDate = date(2023, 1, 15) + boost::gregorian::days(5 * i);
        e.followUp.status = static_cast<core::FollowUpStatus>(i % 4);
        if (e.followUp.status == core::FollowUpStatus::Done)
            e.followUp.doneDate = *e.followUp.dueDate - boost::gregorian::days(3);
        e.followUp.progressNotes = i % 3 == 0 ? longParagraph(1, i + 2) : std::string();
        e.meetingDate = date(2022, 12, 20);
        e.meetingTitle = "Rapat Koordinasi TPPS Akhir Tahun 2022";
        e.decisionNumber = 1 + i % 5;
        e.overdue = e.followUp.status == core::FollowUpStatus::InProgress && i < 40;
        e.daysOverdue = e.overdue ? 200 - i : 0;
        entries.push_back(e);
    }
    return entries;
}

reports::ActionReportData longActionData(storage::Database &db, const core::Letterhead &letterhead)
{
    reports::ActionReportData data = usecases::actions::loadReport(db, 2023);
    data.letterhead = letterhead;
    std::int64_t nextId = 900000;
    for (core::Action &action : data.actions) {
        action.notes = longParagraph(2, static_cast<int>(action.id));
        for (int extra = 0; extra < 4; ++extra) {
            core::ActionOutput output;
            output.id = ++nextId;
            output.name = longParagraph(1, extra + static_cast<int>(action.id));
            output.state = extra % 2 == 0 ? core::OutputState::Done : core::OutputState::InProgress;
            if (output.state == core::OutputState::Done)
                output.doneDate = date(2023, 5, 10 + extra);
            output.responsible = "Analis Perencanaan Ahli Muda Bappeda";
            output.notes = extra == 1 ? longParagraph(1, extra) : std::string();
            output.evidenceCount = extra % 2 == 0 ? 2 : 0;
            if (output.evidenceCount > 0)
                data.evidenceByOutput[output.id] = {
                    QStringLiteral("berita-acara-aksi-%1-%2.pdf")
                        .arg(QString::fromStdString(action.key))
                        .arg(extra),
                    QStringLiteral("daftar_hadir_rapat_koordinasi_%1.pdf").arg(extra)};
            action.outputs.push_back(output);
        }
    }
    return data;
}

reports::LocusListData longLocusData(storage::Database &db, const core::Letterhead &letterhead)
{
    reports::LocusListData data = usecases::locus::loadLocusListData(db, 2022);
    data.letterhead = letterhead;
    const core::RegionTree tree = storage::RegionRepository(db).tree();
    data.rows.clear();
    int rank = 0;
    for (const core::Region *village : tree.atLevel(core::RegionLevel::Village)) {
        if (rank >= 120)
            break;
        reports::LocusListRow row{core::LocusVillage(village->code, 2022), {}, {}, {}, {}};
        row.entry.rank = ++rank;
        row.entry.reason = rank % 4 == 0 ? longParagraph(1, rank) : "Prevalensi tinggi";
        row.entry.evidence.childrenMeasured = 150 + rank * 7;
        row.entry.evidence.stunted = 20 + rank % 30;
        row.villageName = QString::fromStdString(village->name);
        row.kindName = QStringLiteral("Desa");
        if (const auto parent = village->code.parent()) {
            row.kecamatanCode = QString::fromStdString(parent->toString());
            if (const core::Region *kecamatan = tree.find(*parent))
                row.kecamatanName = QString::fromStdString(kecamatan->name);
        }
        data.rows.push_back(row);
    }
    return data;
}

reports::ScorecardSummaryData longScorecards(storage::Database &db,
                                             const core::Letterhead &letterhead)
{
    reports::ScorecardSummaryData data = usecases::locus::loadScorecardSummary(db, 2022);
    data.letterhead = letterhead;
    const std::vector<reports::ScorecardSummaryRow> demo = data.rows;
    data.rows.clear();
    for (int i = 0; i < 130 && !demo.empty(); ++i) {
        reports::ScorecardSummaryRow row = demo[static_cast<std::size_t>(i) % demo.size()];
        row.villageName += QStringLiteral(" %1").arg(i + 1);
        data.rows.push_back(row);
    }
    return data;
}

/// A second audit round with thirty cases and long findings, stored in the workspace.
std::int64_t addLongAuditRound(storage::Database &db)
{
    storage::CaseAuditRepository repo(db);
    core::AuditRound round = core::newAuditRound(2024, 1);
    round.title = "Audit Kasus Stunting Kabupaten Bengkalis 2024 Semester I";
    round.team = {{"dr. Hendra Saputra, Sp.A.", "Dokter spesialis anak", true},
                  {"Yuliana Sari, S.Gz., M.Gz.", "Ahli gizi", true},
                  {"Ns. Fauzan Akbar, S.Kep.", "Sekretaris tim audit", false}};
    round.notes = longParagraph(3, 1);
    round = repo.addRound(round);
    const core::RegionTree tree = storage::RegionRepository(db).tree();
    const auto villages = tree.atLevel(core::RegionLevel::Village);
    const auto factors = repo.riskFactors();
    storage::FollowUpRepository followUps(db);
    for (int i = 0; i < 30; ++i) {
        core::AuditCase c;
        c.roundId = round.id;
        c.caseNumber = QStringLiteral("%1").arg(i + 1, 2, 10, QLatin1Char('0')).toStdString();
        c.targetGroup = static_cast<core::AuditTargetGroup>(i % 5);
        c.villageCode =
            villages[static_cast<std::size_t>(i * 3) % villages.size()]->code.toString();
        c.identity = core::CaseIdentity{"Nama Kasus " + std::to_string(i + 1), {}, {}, {}, {}};
        c.assessedOn = date(2024, 2, 12);
        c.finding = longParagraph(1, i);
        for (std::size_t r = 0; r < factors.size() && r < 4; ++r)
            c.riskFactorIds.push_back(
                factors[(r + static_cast<std::size_t>(i)) % factors.size()].id);
        c.causes = longParagraph(1 + i % 2, i + 1);
        c.recommendations = longParagraph(1, i + 3);
        c = repo.addCase(c);
        for (int f = 0; f < 2; ++f) {
            core::FollowUp followUp;
            followUp.ownerType = std::string(core::follow_up_owner::kAuditCase);
            followUp.ownerId = c.id;
            followUp.action = longParagraph(1, i + f);
            followUp.responsibleOther = "Puskesmas Bantan";
            followUp.dueDate = date(2024, 6, 30);
            followUp.progressNotes = f == 0 ? longParagraph(1, i) : std::string();
            followUps.add(followUp);
        }
    }
    return round.id;
}

} // namespace

QString CorpusDocument::name() const
{
    return QStringLiteral("%1-%2-%3-%4")
        .arg(report, paper == Paper::F4 ? QStringLiteral("f4") : QStringLiteral("a4"),
             logo ? QStringLiteral("logo") : QStringLiteral("nologo"),
             longContent ? QStringLiteral("long") : QStringLiteral("short"));
}

QByteArray corpusLogoPng()
{
    // 240 x 300 pixels: a shield with a five-pointed star over rice and cotton stalks.
    QImage image(240, 300, QImage::Format_ARGB32);
    image.fill(Qt::transparent);
    QPainter p(&image);
    p.setRenderHint(QPainter::Antialiasing);
    QPainterPath shield;
    shield.moveTo(20, 20);
    shield.lineTo(220, 20);
    shield.lineTo(220, 170);
    shield.quadTo(220, 250, 120, 290);
    shield.quadTo(20, 250, 20, 170);
    shield.closeSubpath();
    p.setPen(QPen(QColor(0x7a, 0x5c, 0x00), 8));
    p.setBrush(QColor(0x1f, 0x6f, 0x3f));
    p.drawPath(shield);
    QPainterPath star;
    for (int i = 0; i < 10; ++i) {
        const double angle = -M_PI / 2 + i * M_PI / 5;
        const double radius = i % 2 == 0 ? 42 : 17;
        const QPointF point(120 + radius * std::cos(angle), 85 + radius * std::sin(angle));
        if (i == 0)
            star.moveTo(point);
        else
            star.lineTo(point);
    }
    star.closeSubpath();
    p.setPen(Qt::NoPen);
    p.setBrush(QColor(0xf2, 0xc2, 0x00));
    p.drawPath(star);
    p.setPen(QPen(QColor(0xf2, 0xc2, 0x00), 5));
    for (int i = 0; i < 6; ++i) {
        p.drawEllipse(QPointF(70 + i * 3, 150 + i * 18), 7, 11);
        p.drawEllipse(QPointF(170 - i * 3, 150 + i * 18), 9, 9);
    }
    p.end();
    QByteArray png;
    QBuffer buffer(&png);
    buffer.open(QIODevice::WriteOnly);
    image.save(&buffer, "PNG");
    return png;
}

std::vector<CorpusDocument> buildPrintCorpus(const QString &folder, const QString &reportFilter)
{
    auto clock = std::make_shared<core::FixedClock>(date(2024, 1, 15));
    const QString path = QDir(folder).filePath(QStringLiteral("corpus.konvergensi"));
    QFile::remove(path);
    std::unique_ptr<storage::Database> db = io::createWorkspace(path, io::WorkspaceTemplate::Demo,
                                                                clock);
    const std::int64_t longRound = addLongAuditRound(*db);
    const std::int64_t shortRound = storage::CaseAuditRepository(*db).rounds().back().id;
    const std::int64_t meetingId = demoMeetingId(*db);
    const core::Meeting bigMeeting = longMeeting(*db);
    const auto context = contextOf(*db);
    const core::Letterhead demoLetterhead = storage::WorkspaceRepository(*db).letterhead();

    using Builder = std::function<reports::ReportDocument(const core::Letterhead &, bool)>;
    const std::vector<std::pair<QString, Builder>> reportsToBuild = {
        {QStringLiteral("minutes"),
         [&](const core::Letterhead &lh, bool longContent) {
             const core::Meeting meeting = longContent
                                               ? bigMeeting
                                               : *storage::MeetingRepository(*db).find(meetingId);
             return reports::meetingMinutesReport(meeting, context, lh, kLanguage);
         }},
        {QStringLiteral("attendance"),
         [&](const core::Letterhead &lh, bool longContent) {
             const core::Meeting meeting = longContent
                                               ? bigMeeting
                                               : *storage::MeetingRepository(*db).find(meetingId);
             return reports::attendanceSheetReport(meeting, context, lh, kLanguage);
         }},
        {QStringLiteral("followups"),
         [&](const core::Letterhead &lh, bool longContent) {
             storage::FollowUpFilter filter;
             filter.dueFrom = date(2021, 1, 1);
             filter.dueTo = date(2021, 12, 31);
             const auto entries = longContent ? longFollowUps(*db)
                                              : storage::FollowUpRepository(*db).list(filter);
             return reports::followUpStatusReport(
                 entries, date(2021, 1, 1), longContent ? date(2023, 12, 31) : date(2021, 12, 31),
                 lh, kLanguage, clock->today());
         }},
        {QStringLiteral("actions"),
         [&](const core::Letterhead &lh, bool longContent) {
             reports::ActionReportData data = longContent
                                                  ? longActionData(*db, lh)
                                                  : usecases::actions::loadReport(*db, 2021);
             data.letterhead = lh;
             return reports::buildActionReport(data, kLanguage);
         }},
        {QStringLiteral("locus-decree"),
         [&](const core::Letterhead &lh, bool longContent) {
             reports::LocusListData data = longContent
                                               ? longLocusData(*db, lh)
                                               : usecases::locus::loadLocusListData(*db, 2022);
             data.letterhead = lh;
             return reports::buildLocusAttachment(data, kLanguage);
         }},
        {QStringLiteral("scorecards"),
         [&](const core::Letterhead &lh, bool longContent) {
             reports::ScorecardSummaryData data = longContent
                                                      ? longScorecards(*db, lh)
                                                      : usecases::locus::loadScorecardSummary(*db,
                                                                                              2022);
             data.letterhead = lh;
             return reports::buildScorecardSummary(data, kLanguage);
         }},
        {QStringLiteral("dashboard"),
         [&](const core::Letterhead &lh, bool longContent) {
             // Short: the demo's stunting figures. "Long" is the other edge of this summary:
             // a workspace without any figure, where every chart gives way to a sentence
             // (never an empty chart).
             std::unique_ptr<storage::Database> empty;
             if (longContent)
                 empty = storage::Database::openSqlite(QStringLiteral(":memory:"), clock);
             const auto data = usecases::prevalence::DashboardData::load(
                 longContent ? *empty : *db, core::PrevalenceIndicator::Stunting);
             usecases::prevalence::SummaryContext summaryContext{lh, clock->today(), kLanguage};
             const auto summary = usecases::prevalence::summaryData(data, std::nullopt,
                                                                    std::nullopt, summaryContext);
             usecases::Progress progress;
             return usecases::prevalence::summaryDocument(summary, summaryContext, progress);
         }},
        {QStringLiteral("audit"),
         [&](const core::Letterhead &lh, bool longContent) {
             // The round report reads the letterhead from the workspace.
             storage::WorkspaceRepository(*db).saveLetterhead(lh);
             return reports::caseAuditRoundReport(*db, longContent ? longRound : shortRound,
                                                  kLanguage);
         }},
    };

    std::vector<CorpusDocument> corpus;
    for (const auto &[report, build] : reportsToBuild) {
        if (!reportFilter.isEmpty() && report != reportFilter)
            continue;
        for (const bool longContent : {false, true}) {
            for (const bool logo : {false, true}) {
                const core::Letterhead letterhead = corpusLetterhead(demoLetterhead, logo,
                                                                     longContent);
                for (const Paper paper : {Paper::A4, Paper::F4}) {
                    reports::ReportDocument document = build(letterhead, longContent);
                    document.setPaper(paper);
                    corpus.push_back({report, paper, logo, longContent, std::move(document)});
                }
            }
        }
    }
    return corpus;
}

} // namespace konvergensi::test

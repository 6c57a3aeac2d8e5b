// SPDX-License-Identifier: GPL-3.0-or-later
#include "io/actions/demo_actions.h"

#include "io/logging.h"

#include "core/actions/actions.h"
#include "storage/actions/action_repository.h"
#include "storage/database.h"
#include "storage/document_store.h"
#include "storage/storage_error.h"
#include "storage/transaction.h"

#include <QCoreApplication>

#include <algorithm>
#include <map>
#include <vector>

namespace konvergensi::io {

namespace {

using boost::gregorian::date;

/// What the demo says about one output (by its position in the action, from 1).
struct DemoOutput
{
    int position = 0;
    core::OutputState state = core::OutputState::NotStarted;
    std::optional<date> doneDate;
    std::string responsible;
    std::string notes;
    std::vector<std::string> evidence; ///< file names of demo placeholder PDFs
};

struct DemoAction
{
    std::string key;
    std::string notes;
    std::vector<DemoOutput> outputs;
    std::vector<std::string> extraOutputs; ///< outputs added to the year's catalogue
};

DemoOutput done(int position, date when, std::string responsible, std::vector<std::string> evidence,
                std::string notes = {})
{
    return {position,         core::OutputState::Done, when, std::move(responsible),
            std::move(notes), std::move(evidence)};
}

DemoOutput doneWithoutEvidence(int position, date when, std::string responsible,
                               std::string notes = {})
{
    return {position, core::OutputState::Done, when, std::move(responsible), std::move(notes), {}};
}

DemoOutput inProgress(int position, std::string responsible, std::string notes = {})
{
    return {position,         core::OutputState::InProgress,
            std::nullopt,     std::move(responsible),
            std::move(notes), {}};
}

const std::string kFitri = "Fitri Handayani, S.E.";
const std::string kSyahrul = "Syahrul Amri, S.Sos.";
const std::string kAndi = "Andi Saputra, S.Gz.";

/// 2021 as the seed report of 29 June 2021: Aksi 1-5 carried out, evidence up to Aksi 4.
std::vector<DemoAction> year2021()
{
    return {
        {"1",
         {},
         {done(1, date(2021, 2, 26), kFitri, {"aksi1-analisis-situasi-2021.pdf"}),
          done(2, date(2021, 3, 5), kFitri, {"aksi1-usulan-desa-lokus-2021.pdf"},
               "15 desa lokus di 4 kecamatan (Rupat Utara, Mandau, Pinggir, Bantan)."),
          done(3, date(2021, 2, 24), kFitri, {"aksi1-notulen-analisis-2021.pdf"})},
         {}},
        {"2",
         {},
         {done(1, date(2021, 4, 16), kFitri, {"aksi2-rencana-kegiatan-2021.pdf"}),
          done(2, date(2021, 4, 30), kFitri, {"aksi2-renja-opd-2021.pdf"})},
         {}},
        {"3",
         {},
         {done(1, date(2021, 3, 23), kFitri, {"aksi3-deklarasi-komitmen-2021.pdf"}),
          done(2, date(2021, 3, 23), kFitri, {"aksi3-berita-acara-rembuk-2021.pdf"}),
          done(3, date(2021, 3, 31), kFitri, {"aksi3-sk-desa-lokus-2021.pdf"},
               "Ditetapkan dengan Keputusan Bupati No 150/KPTS/III/2021.")},
         {}},
        {"4",
         {},
         {done(1, date(2021, 5, 20), kSyahrul, {"aksi4-perbup-24-2021.pdf"},
               "Peraturan Bupati Bengkalis No 24 Tahun 2021 tentang peran pemerintah "
               "desa dalam pencegahan dan penanganan stunting."),
          done(2, date(2021, 6, 10), kSyahrul, {"aksi4-sosialisasi-perbup-2021.pdf"})},
         {}},
        {"5",
         "Kegiatan sudah dilaksanakan; bukti belum diunggah per 29 Juni 2021.",
         {doneWithoutEvidence(1, date(2021, 4, 12), kSyahrul),
          doneWithoutEvidence(2, date(2021, 6, 8), kSyahrul),
          doneWithoutEvidence(3, date(2021, 6, 25), kSyahrul)},
         {}},
        {"6", {}, {inProgress(1, kFitri)}, {}},
        {"7", {}, {inProgress(1, kAndi, "Bulan penimbangan Februari 2021 selesai.")}, {}},
    };
}

/// 2023, complete, with the published facts of the domain guide.
std::vector<DemoAction> year2023()
{
    return {
        {"1",
         {},
         {done(1, date(2023, 2, 24), kFitri, {"aksi1-analisis-situasi-2023.pdf"}),
          done(2, date(2023, 3, 10), kFitri, {"aksi1-usulan-desa-lokus-2023.pdf"}),
          done(3, date(2023, 2, 22), kFitri, {"aksi1-notulen-analisis-2023.pdf"})},
         {}},
        {"2",
         "Anggaran percepatan penurunan stunting 2023: Rp 39.224.006.946.",
         {done(1, date(2023, 4, 14), kFitri, {"aksi2-rencana-kegiatan-2023.pdf"}),
          done(2, date(2023, 4, 28), kFitri, {"aksi2-renja-opd-2023.pdf"})},
         {}},
        {"3",
         "Rembuk stunting diadakan di tingkat kabupaten, di 11 kecamatan dan di desa.",
         {done(1, date(2023, 5, 9), kFitri, {"aksi3-deklarasi-komitmen-2023.pdf"}),
          done(2, date(2023, 5, 9), kFitri, {"aksi3-berita-acara-rembuk-2023.pdf"}),
          done(3, date(2023, 5, 16), kFitri, {"aksi3-kegiatan-desa-lokus-2023.pdf"})},
         {}},
        {"4",
         {},
         {done(1, date(2023, 3, 15), kSyahrul, {"aksi4-perbup-24-2021.pdf"},
               "Peraturan Bupati Bengkalis No 24 Tahun 2021 tentang peran pemerintah desa dalam "
               "pencegahan dan penanganan stunting (masih berlaku)."),
          done(2, date(2023, 6, 7), kSyahrul, {"aksi4-sosialisasi-2023.pdf"})},
         {}},
        {"5",
         {},
         {done(1, date(2023, 2, 1), kSyahrul, {"aksi5-sk-kpm-2023.pdf"},
               "136 KPM, satu di setiap desa."),
          done(2, date(2023, 5, 25), kSyahrul, {"aksi5-laporan-pembinaan-2023.pdf"},
               "Juga 518 posyandu dan 978 kader Tim Pendamping Keluarga."),
          done(3, date(2023, 6, 30), kSyahrul, {"aksi5-insentif-kpm-2023.pdf"})},
         {}},
        {"6",
         {},
         {done(1, date(2023, 7, 20), kFitri, {"aksi6-alur-data-2023.pdf"}),
          done(2, date(2023, 3, 1), kFitri, {"aksi6-sk-tim-data-2023.pdf"})},
         {}},
        {"7",
         "Prevalensi SSGI 2022: 8,4 %, terendah di Riau (diumumkan 25 Januari 2023).",
         {done(1, date(2023, 9, 15), kAndi, {"aksi7-hasil-pengukuran-2023.pdf"}),
          done(2, date(2023, 9, 29), kAndi, {"aksi7-publikasi-data-2023.pdf"})},
         {}},
        {"8",
         {},
         {done(1, date(2023, 12, 12), kFitri, {"aksi8-reviu-kinerja-2023.pdf"}),
          done(2, date(2023, 12, 12), kFitri, {"aksi8-notulen-reviu-2023.pdf"}),
          done(3, date(2023, 5, 25), kFitri, {"aksi8-paparan-penilaian-provinsi-2023.pdf"},
               "Penilaian kinerja aksi konvergensi Kabupaten Bengkalis oleh Provinsi Riau, 25 Mei "
               "2023.")},
         {"Paparan pada penilaian kinerja oleh provinsi"}},
    };
}

void apply(storage::Database &db, int year, const std::vector<DemoAction> &plan)
{
    storage::ActionRepository repo(db);
    storage::DocumentStore documents(db);
    repo.startYear(year);
    for (const DemoAction &demo : plan) {
        auto actions = repo.actions(year);
        auto it = std::find_if(actions.begin(), actions.end(),
                               [&](const core::Action &a) { return a.key == demo.key; });
        if (it == actions.end())
            continue;
        for (const std::string &name : demo.extraOutputs) {
            core::ActionOutput extra;
            extra.actionId = it->id;
            extra.name = name;
            repo.addOutput(extra);
        }
        if (!demo.notes.empty()) {
            core::Action withNotes = *it;
            withNotes.notes = demo.notes;
            repo.updateAction(withNotes);
        }
        const core::Action action = *repo.action(it->id);
        for (const DemoOutput &wanted : demo.outputs) {
            if (wanted.position < 1 || wanted.position > static_cast<int>(action.outputs.size()))
                continue;
            core::ActionOutput output =
                action.outputs[static_cast<std::size_t>(wanted.position - 1)];
            output.state = wanted.state;
            output.doneDate = wanted.doneDate;
            output.responsible = wanted.responsible;
            output.notes = wanted.notes;
            repo.updateOutput(output);
            for (const std::string &file : wanted.evidence) {
                const QString title = QString::fromStdString(output.name);
                documents.add(storage::ActionRepository::kEvidenceOwnerType, output.id,
                              QStringLiteral("evidence"), QString::fromStdString(file),
                              demoPlaceholderPdf(
                                  title, {QStringLiteral("Kabupaten Bengkalis - Aksi %1 tahun %2")
                                              .arg(QString::fromStdString(action.key))
                                              .arg(year),
                                          QString::fromStdString(action.name),
                                          QString::fromStdString(file)}));
            }
        }
    }
}

/// PDF string literal: ASCII only, with (, ) and \ escaped.
QByteArray pdfText(const QString &text)
{
    QByteArray out;
    for (const QChar c : text) {
        const char16_t u = c.unicode();
        if (u == u'(' || u == u')' || u == u'\\') {
            out += '\\';
            out += static_cast<char>(u);
        } else if (u >= 32 && u < 127) {
            out += static_cast<char>(u);
        } else {
            out += '?';
        }
    }
    return out;
}

} // namespace

QByteArray demoPlaceholderPdf(const QString &title, const QStringList &lines)
{
    QByteArray stream = "BT /F1 20 Tf 72 760 Td (DOKUMEN DEMO - BUKAN DOKUMEN ASLI) Tj ET\n"
                        "BT /F1 11 Tf 72 736 Td (Contoh bukti untuk ruang kerja demo "
                        "Konvergensi.) Tj ET\n";
    stream += "BT /F1 14 Tf 72 700 Td (" + pdfText(title) + ") Tj ET\n";
    int y = 676;
    for (const QString &line : lines) {
        stream += "BT /F1 11 Tf 72 " + QByteArray::number(y) + " Td (" + pdfText(line)
                  + ") Tj ET\n";
        y -= 18;
    }
    const QList<QByteArray> objects = {
        "<< /Type /Catalog /Pages 2 0 R >>",
        "<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Resources << /Font << /F1 4 0 R "
        ">> >> /Contents 5 0 R >>",
        "<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>",
        "<< /Length " + QByteArray::number(stream.size()) + " >>\nstream\n" + stream + "endstream",
    };
    QByteArray pdf = "%PDF-1.4\n";
    QList<qsizetype> offsets;
    for (qsizetype i = 0; i < objects.size(); ++i) {
        offsets.append(pdf.size());
        pdf += QByteArray::number(i + 1) + " 0 obj\n" + objects[i] + "\nendobj\n";
    }
    const qsizetype xref = pdf.size();
    pdf += "xref\n0 " + QByteArray::number(objects.size() + 1) + "\n0000000000 65535 f \n";
    for (const qsizetype offset : offsets)
        pdf += QByteArray::number(offset).rightJustified(10, '0') + " 00000 n \n";
    pdf += "trailer\n<< /Size " + QByteArray::number(objects.size() + 1)
           + " /Root 1 0 R >>\nstartxref\n" + QByteArray::number(xref) + "\n%%EOF\n";
    return pdf;
}

void actions::addDemo(storage::Database &db)
{
    storage::Transaction transaction(db);
    storage::ActionRepository repo(db);
    if (repo.hasYear(2021) || repo.hasYear(2023))
        throw storage::StorageError(
            storage::StorageError::Kind::Invalid,
            QCoreApplication::translate("WorkspaceSetup",
                                        "The demo convergence actions can only be added to a "
                                        "workspace without the years 2021 and 2023."));
    apply(db, 2021, year2021());
    apply(db, 2023, year2023());
    transaction.commit();
    qCInfo(lcIo) << "demo convergence actions: 2021 and 2023";
}

} // namespace konvergensi::io

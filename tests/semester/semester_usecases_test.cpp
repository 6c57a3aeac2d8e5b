// SPDX-License-Identifier: GPL-3.0-or-later
// The semester report without widgets: the written parts (row versions, audit trail,
// carry-over), each part of the report from a workspace with and without its data, and the
// three files: the PDF's text layer, the OpenDocument package and the XLSX annex. Writing a
// PDF needs fonts, hence a GUI test (offscreen).
#include "usecases/measurements/target_data.h"
#include "usecases/semester/semester_report.h"

#include "core/format.h"
#include "usecases/locus/locus_comparison.h"
#include "usecases/locus/village_profile.h"

#include "core/clock.h"
#include "io/workspace_setup.h"
#include "io/xlsx_reader.h"
#include "storage/audit_log.h"
#include "storage/database.h"
#include "storage/locus/locus_repository.h"
#include "storage/semester/semester_repository.h"
#include "storage/storage_error.h"

#include "test_engine.h"

#include <QFile>
#include <QProcess>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QXmlStreamReader>

#include <gtest/gtest.h>

using namespace konvergensi;
using boost::gregorian::date;
namespace uc = konvergensi::usecases::semester;

namespace {

/// One entry of a zip archive, as `unzip -p` gives it (empty when it is missing).
QByteArray unzipEntry(const QString &archive, const QString &entry)
{
    QProcess process;
    process.start(QStringLiteral("unzip"), {QStringLiteral("-p"), archive, entry});
    process.waitForFinished(30000);
    return process.exitCode() == 0 ? process.readAllStandardOutput() : QByteArray();
}

const core::Semester kSecond2023{2023, 2};

class SemesterTest : public ::testing::Test
{
protected:
    void SetUp() override { ASSERT_TRUE(dir.isValid()); }

    /// Regions, directory and letterhead only: no module data.
    void openBase()
    {
        db = test::openTestWorkspace(clock);
        io::populateDemo(*db);
    }
    /// The whole demo district, with the semester report's own demo part.
    void openDemo()
    {
        db = test::openTestWorkspace(clock);
        io::populateDemo(*db);
        io::populateDemoModules(*db);
    }

    reports::SemesterDocument build(const core::Semester &semester = kSecond2023)
    {
        usecases::Progress progress;
        return uc::buildDocument(*db, semester, core::Language::English, progress);
    }

    std::shared_ptr<core::FixedClock> clock = std::make_shared<core::FixedClock>(date(2024, 1, 15));
    QTemporaryDir dir;
    std::unique_ptr<storage::Database> db;
};

QString pdfText(const QString &path)
{
    QProcess process;
    process.start(QStringLiteral("pdftotext"),
                  {QStringLiteral("-layout"), path, QStringLiteral("-")});
    process.waitForFinished(60000);
    return QString::fromUtf8(process.readAllStandardOutput()).simplified();
}

const QStringList kPartHeadings = {
    QStringLiteral("I. Foreword"),
    QStringLiteral("II. Executive summary"),
    QStringLiteral("III. Stunting prevalence and targets"),
    QStringLiteral("IV. Convergence actions of 2023"),
    QStringLiteral("V. Locus villages of 2023"),
    QStringLiteral("VI. Coordination"),
    QStringLiteral("VII. Stunting case audit"),
    QStringLiteral("VIII. Target data per desa"),
    QStringLiteral("IX. Innovations"),
    QStringLiteral("X. Obstacles and recommendations"),
    QStringLiteral("XI. Closing"),
};

const reports::SemesterBlock *tableOf(const reports::SemesterDocument &document,
                                      const QString &sheet)
{
    for (const reports::SemesterBlock *table : document.tables()) {
        if (table->sheet == sheet)
            return table;
    }
    return nullptr;
}

} // namespace

TEST_F(SemesterTest, WrittenPartsKeepRowVersionsAuditAndCarryOver)
{
    openBase();
    const auto none = uc::textsFor(*db, {2023, 1});
    EXPECT_FALSE(none.stored);
    EXPECT_FALSE(none.carriedFrom);
    EXPECT_TRUE(none.texts.isEmpty());

    core::SemesterTexts first = none.texts;
    first.foreword = "  Kata pengantar semester I  ";
    first.obstacles = "Kendala\nRekomendasi";
    first.villageRoleRegulation = {true, "Perbup No 24 Tahun 2021"};
    first = uc::saveTexts(*db, first);
    EXPECT_EQ(first.rowVersion, 1);
    EXPECT_EQ(first.foreword, "Kata pengantar semester I") << "trimmed";

    // Semester II has nothing stored: semester I's parts come as a draft.
    const auto draft = uc::textsFor(*db, kSecond2023);
    EXPECT_FALSE(draft.stored);
    ASSERT_TRUE(draft.carriedFrom);
    EXPECT_EQ(*draft.carriedFrom, (core::Semester{2023, 1}));
    EXPECT_EQ(draft.texts.half, 2);
    EXPECT_EQ(draft.texts.rowVersion, 0);
    EXPECT_EQ(draft.texts.obstacles, "Kendala\nRekomendasi");
    EXPECT_EQ(draft.texts.villageRoleRegulation.answer, true);
    // A later semester's draft comes from the latest earlier one; an earlier one gets none.
    EXPECT_FALSE(uc::textsFor(*db, {2022, 2}).carriedFrom);

    core::SemesterTexts second = uc::saveTexts(*db, draft.texts);
    EXPECT_EQ(second.rowVersion, 1);
    second.closing = "Penutup";
    second = uc::saveTexts(*db, second);
    EXPECT_EQ(second.rowVersion, 2);
    const auto stored = uc::textsFor(*db, kSecond2023);
    EXPECT_TRUE(stored.stored);
    EXPECT_EQ(stored.texts.closing, "Penutup");
    EXPECT_EQ(stored.texts.foreword, "Kata pengantar semester I");

    // A stale edit is refused; so is a new row over a stored one.
    core::SemesterTexts stale = second;
    stale.rowVersion = 1;
    try {
        uc::saveTexts(*db, stale);
        ADD_FAILURE() << "stale edit stored";
    } catch (const storage::StorageError &error) {
        EXPECT_EQ(error.kind(), storage::StorageError::Kind::Conflict);
    }
    stale.rowVersion = 0;
    EXPECT_THROW(uc::saveTexts(*db, stale), storage::StorageError);

    // Every write is in the audit trail, with the row before and after.
    const auto entries = storage::AuditLog::entries(*db, QStringLiteral("semester_report"),
                                                    QStringLiteral("2023-2"));
    ASSERT_EQ(entries.size(), 2u);
    EXPECT_EQ(entries[0].action, storage::AuditLog::Action::Update);
    EXPECT_EQ(entries[0].after.value(QStringLiteral("closing")).toString(),
              QStringLiteral("Penutup"));
    EXPECT_EQ(entries[1].action, storage::AuditLog::Action::Insert);

    // The rules: a real semester; a note that fits.
    core::SemesterTexts bad = none.texts;
    bad.half = 3;
    EXPECT_THROW(uc::saveTexts(*db, bad), storage::StorageError);
    bad = none.texts;
    bad.year = 2024;
    bad.summary = std::string(20001, 'x');
    EXPECT_THROW(uc::saveTexts(*db, bad), storage::StorageError);
    EXPECT_FALSE(storage::SemesterRepository(*db).texts({2024, 1}));
}

TEST_F(SemesterTest, SignatoriesAreStoredOnceForTheDistrict)
{
    openBase();
    core::SemesterSignatories signers = uc::signatories(*db);
    EXPECT_EQ(signers.rowVersion, 0);
    signers.chairTitle = "Ketua TPPS Kabupaten Bengkalis";
    signers.chairName = "Nama Ketua";
    signers.regentAcknowledges = true;
    signers.regentTitle = "Bupati Bengkalis";
    signers.regentName = "KASMARNI";
    signers = uc::saveSignatories(*db, signers);
    EXPECT_EQ(signers.rowVersion, 1);
    const auto read = uc::signatories(*db);
    EXPECT_EQ(read.chairName, "Nama Ketua");
    EXPECT_TRUE(read.regentAcknowledges);
    core::SemesterSignatories stale = read;
    stale.rowVersion = 0;
    EXPECT_THROW(uc::saveSignatories(*db, stale), storage::StorageError);
    EXPECT_EQ(storage::AuditLog::entries(*db, QStringLiteral("semester_report_signatories")).size(),
              1u);

    const auto document = build();
    EXPECT_EQ(document.chair.title, QStringLiteral("Ketua TPPS Kabupaten Bengkalis"));
    EXPECT_EQ(document.chair.name, QStringLiteral("Nama Ketua"));
    ASSERT_TRUE(document.acknowledgement);
    EXPECT_TRUE(document.acknowledgement->title.contains(QStringLiteral("Bupati Bengkalis")));
    EXPECT_EQ(document.acknowledgement->name, QStringLiteral("KASMARNI"));

    signers.regentAcknowledges = false;
    uc::saveSignatories(*db, signers);
    EXPECT_FALSE(build().acknowledgement) << "no acknowledgement unless the district sets it";
}

TEST_F(SemesterTest, WithoutDataEveryPartSaysSo)
{
    openBase();
    const auto document = build();
    const QString text = document.plainText();
    for (const QString &heading : kPartHeadings)
        EXPECT_TRUE(text.contains(heading)) << heading.toStdString();
    EXPECT_TRUE(
        text.contains(QStringLiteral("No data: the workspace holds no stunting prevalence")));
    EXPECT_TRUE(text.contains(QStringLiteral("No data: the workspace holds no checklist of "
                                             "convergence actions for 2023.")));
    EXPECT_TRUE(text.contains(QStringLiteral("No data: the workspace holds no list of locus "
                                             "villages for 2023.")));
    EXPECT_TRUE(text.contains(QStringLiteral("No data: no TPPS meeting of this semester")));
    EXPECT_TRUE(text.contains(QStringLiteral("No data: no case audit round of this semester")));
    EXPECT_TRUE(text.contains(QStringLiteral("No data: the workspace holds neither a weighing")));
    EXPECT_EQ(text.count(QStringLiteral("The secretariat has not written this part yet.")), 5);
    // RAN-PASTI is answered even from an empty register: Tidak, and the Perbup unanswered.
    const auto *ranPasti = tableOf(document, QStringLiteral("RAN-PASTI"));
    ASSERT_NE(ranPasti, nullptr);
    ASSERT_EQ(ranPasti->rows.size(), 4u);
    EXPECT_EQ(ranPasti->rows[0][1], QStringLiteral("No"));
    EXPECT_EQ(ranPasti->rows[1][1], QStringLiteral("No"));
    EXPECT_TRUE(ranPasti->rows[1][2].contains(QStringLiteral("Bathin Solapan (0)")));
    EXPECT_EQ(ranPasti->rows[2][1], QStringLiteral("not answered"));
    EXPECT_EQ(ranPasti->highlightedRows, (std::vector<int>{0, 1, 2, 3}));
    // No chair set: the report still has a signature line for the Ketua TPPS.
    EXPECT_TRUE(document.chair.title.contains(QStringLiteral("TPPS")));
    EXPECT_FALSE(document.acknowledgement);
}

TEST_F(SemesterTest, DemoSemesterTwo2023HasEveryPart)
{
    openDemo();
    const auto document = build();
    const QString text = document.plainText();
    for (const QString &heading : kPartHeadings)
        EXPECT_TRUE(text.contains(heading)) << heading.toStdString();
    EXPECT_EQ(text.count(QStringLiteral("No data")), 0) << "every part has its data";
    EXPECT_FALSE(text.contains(QStringLiteral("The secretariat has not written")));
    EXPECT_TRUE(text.contains(QStringLiteral("Puji syukur")));

    // Prevalence: SSGI 2022 8.4 %, the RPJMN gaps (8.4 - 18.8 and 8.4 - 14.2).
    const auto *latest = tableOf(document, QStringLiteral("Prevalence"));
    ASSERT_NE(latest, nullptr);
    bool ssgi = false;
    for (const QStringList &row : latest->rows) {
        if (row[0] == QStringLiteral("SSGI")) {
            ssgi = true;
            EXPECT_EQ(row[2], QStringLiteral("8.4%"));
        }
    }
    EXPECT_TRUE(ssgi);
    const auto *targets = tableOf(document, QStringLiteral("Targets"));
    ASSERT_NE(targets, nullptr);
    for (const QStringList &row : targets->rows) {
        if (row[0] == QStringLiteral("SSGI")) {
            EXPECT_TRUE(row[3].contains(QStringLiteral("10.4"))) << row[3].toStdString();
            EXPECT_TRUE(row[4].contains(QStringLiteral("5.8"))) << row[4].toStdString();
        }
    }
    ASSERT_NE(tableOf(document, QStringLiteral("Kecamatan")), nullptr);
    EXPECT_EQ(tableOf(document, QStringLiteral("Kecamatan"))->rows.size(), 11u);

    // Actions of 2023: the eight of the catalogue.
    ASSERT_NE(tableOf(document, QStringLiteral("Actions")), nullptr);
    EXPECT_EQ(tableOf(document, QStringLiteral("Actions"))->rows.size(), 8u);

    // Locus villages: the demo's 2023 list (DemoLocusPartShowsTheListChangesAndPrevalence).
    ASSERT_NE(tableOf(document, QStringLiteral("Locus villages")), nullptr);
    EXPECT_EQ(tableOf(document, QStringLiteral("Locus villages"))->rows.size(), 24u);

    // Coordination: the rakornis of 5 December 2023 among the semester's meetings.
    const auto *meetings = tableOf(document, QStringLiteral("Meetings"));
    ASSERT_NE(meetings, nullptr);
    bool rakornis = false;
    for (const QStringList &row : meetings->rows) {
        rakornis |= row[0] == QStringLiteral("Tuesday, 5 December 2023");
        EXPECT_FALSE(row[3].contains(QStringLiteral("Semester I 2023"))) << "semester I meeting";
    }
    EXPECT_TRUE(rakornis);
    const auto *ranPasti = tableOf(document, QStringLiteral("RAN-PASTI"));
    ASSERT_NE(ranPasti, nullptr);
    EXPECT_EQ(ranPasti->rows[0][1], QStringLiteral("Yes"));
    EXPECT_TRUE(
        ranPasti->rows[0][2].contains(QStringLiteral("Rembuk Stunting Kabupaten Bengkalis")));
    EXPECT_EQ(ranPasti->rows[1][1], QStringLiteral("No"));
    EXPECT_TRUE(ranPasti->rows[1][2].contains(QStringLiteral("1 of 11 kecamatan")));
    EXPECT_TRUE(ranPasti->rows[1][2].contains(QStringLiteral("Bathin Solapan (0)")));
    EXPECT_EQ(ranPasti->rows[2][1], QStringLiteral("Yes"));
    EXPECT_TRUE(ranPasti->rows[2][2].contains(QStringLiteral("Nomor 24 Tahun 2021")));
    EXPECT_EQ(ranPasti->rows[3][1], QStringLiteral("Yes"));
    EXPECT_EQ(ranPasti->highlightedRows, (std::vector<int>{1}));
    ASSERT_NE(tableOf(document, QStringLiteral("Decisions")), nullptr);
    ASSERT_NE(tableOf(document, QStringLiteral("Follow-ups per OPD")), nullptr);

    // Case audit: the round disseminated on 5 December 2023, twelve cases.
    EXPECT_TRUE(text.contains(QStringLiteral("Results disseminated on Tuesday, 5 December 2023")));
    const auto *cases = tableOf(document, QStringLiteral("Audit cases"));
    ASSERT_NE(cases, nullptr);
    EXPECT_EQ(cases->rows.back(), (QStringList{QStringLiteral("Total"), QStringLiteral("12")}));
    // No case is named: the demo's case names never appear.
    const auto *recommendations = tableOf(document, QStringLiteral("Audit recommendations"));
    ASSERT_NE(recommendations, nullptr);
    EXPECT_EQ(recommendations->rows.size(), 12u);

    // Target data from the e-PPGBM figures of August 2023 (no weighing round in the demo).
    EXPECT_TRUE(text.contains(QStringLiteral("prevalence figures of e-PPGBM, August 2023")));
    const auto *target = tableOf(document, QStringLiteral("Target data"));
    ASSERT_NE(target, nullptr);
    EXPECT_GT(target->rows.size(), 100u);

    // The Ketua TPPS signs, the regent acknowledges.
    EXPECT_EQ(document.chair.title, QStringLiteral("Ketua TPPS Kabupaten Bengkalis"));
    ASSERT_TRUE(document.acknowledgement);
    EXPECT_EQ(document.acknowledgement->name, QStringLiteral("KASMARNI"));
}

TEST_F(SemesterTest, DemoLocusPartShowsTheListChangesAndPrevalence)
{
    openDemo();
    storage::LocusRepository locus(*db);
    const auto villages = locus.villages(2023);
    const auto decree = locus.decree(2023);
    ASSERT_FALSE(villages.empty());
    ASSERT_TRUE(decree && decree->date);
    const auto names = usecases::locus::regionNames(*db);
    const auto nameOf = [&](const core::RegionCode &code) { return names.at(code); };
    const auto document = build();

    // The year's list, in rank order, with each village's reason.
    const auto *list = tableOf(document, QStringLiteral("Locus villages"));
    ASSERT_NE(list, nullptr);
    ASSERT_EQ(list->rows.size(), villages.size());
    for (std::size_t i = 0; i < villages.size(); ++i) {
        EXPECT_EQ(list->rows[i][0], QString::number(villages[i].rank));
        EXPECT_EQ(list->rows[i][1], nameOf(villages[i].village));
        EXPECT_EQ(list->rows[i][4], QString::fromStdString(villages[i].reason));
    }

    // The changes from 2022, counted here from the two lists.
    const auto before = locus.locusCodes(2022);
    const auto after = locus.locusCodes(2023);
    std::map<QString, QString> added, removed; // name -> reason
    for (const auto &v : villages)
        if (!before.contains(v.village))
            added[nameOf(v.village)] = QString::fromStdString(v.reason);
    for (const auto &exclusion : locus.exclusions(2023))
        removed[nameOf(exclusion.village)] = QString::fromStdString(exclusion.reason);
    int gone = 0;
    for (const auto &code : before)
        gone += after.contains(code) ? 0 : 1;
    ASSERT_FALSE(added.empty());
    ASSERT_FALSE(removed.empty());
    EXPECT_EQ(static_cast<int>(removed.size()), gone) << "every village gone has its reason";
    const QString counts =
        QStringLiteral("2022: %1 village(s); 2023: %2 village(s). %3 added, %4 kept, %5 removed.")
            .arg(before.size())
            .arg(after.size())
            .arg(added.size())
            .arg(after.size() - added.size())
            .arg(gone);
    const auto *changes = tableOf(document, QStringLiteral("Locus changes"));
    ASSERT_NE(changes, nullptr);
    EXPECT_EQ(changes->rows.size(), added.size() + removed.size());
    for (const QStringList &row : changes->rows) {
        const auto &group = row[0] == QStringLiteral("added") ? added : removed;
        ASSERT_TRUE(group.contains(row[1])) << row.join(u'|').toStdString();
        EXPECT_EQ(row[3], group.at(row[1]));
    }

    // Prevalence of the 2022 locus villages against the rest, 2022 to 2023.
    const auto comparison = usecases::locus::compareYears(*db, 2022, 2023);
    ASSERT_TRUE(comparison.movement && comparison.movement->locusChange()
                && comparison.movement->restChange());
    const QString movement = usecases::locus::movementSentence(comparison, core::Language::English);
    EXPECT_TRUE(movement.contains(QStringLiteral("(e-PPGBM, August 2022 → e-PPGBM, August 2023)")))
        << movement.toStdString();
    EXPECT_TRUE(movement.contains(QStringLiteral("rest of the district")));
    // In the prevalence part, the locus villages of 2023 against the other desa.
    const QString text = document.plainText();
    EXPECT_TRUE(text.contains(QStringLiteral("Locus villages: "))) << "prevalence part";

    // The PDF's text layer says all of it.
    const QString pdf = dir.filePath(QStringLiteral("lokus.pdf"));
    uc::writePdf(document, core::Language::English, reports::Paper::A4, pdf);
    const QString pdfWords = pdfText(pdf).replace(QChar(0xFB01), QStringLiteral("fi"));
    for (const QString &fact : {QStringLiteral("V. Locus villages of 2023"),
                                QStringLiteral("%1 locus village(s), fixed by decree No %2 of %3.")
                                    .arg(villages.size())
                                    .arg(QString::fromStdString(decree->number),
                                         QString::fromStdString(core::formatDate(
                                             *decree->date, core::Language::English))),
                                QStringLiteral("Changes from 2022"), counts, movement,
                                QStringLiteral("Locus villages: ")})
        EXPECT_TRUE(pdfWords.contains(fact)) << fact.toStdString();
    for (const auto &v : villages)
        EXPECT_TRUE(pdfWords.contains(nameOf(v.village))) << nameOf(v.village).toStdString();
    for (const auto &[name, reason] : removed)
        EXPECT_TRUE(pdfWords.contains(QStringLiteral("removed ") + name)) << name.toStdString();
    for (const auto &[name, reason] : added)
        EXPECT_TRUE(pdfWords.contains(QStringLiteral("added ") + name)) << name.toStdString();
}

TEST_F(SemesterTest, AYearWithoutItsOwnListNamesTheLatestHeld)
{
    openDemo();
    const QString text = build({2024, 2}).plainText();
    EXPECT_TRUE(text.contains(QStringLiteral("No data: the workspace holds no list of locus "
                                             "villages for 2024.")));
    EXPECT_TRUE(text.contains(QStringLiteral("The latest list held is that of 2023: %1 ")
                                  .arg(storage::LocusRepository(*db).villages(2023).size())))
        << text.toStdString();
    EXPECT_TRUE(text.contains(QStringLiteral(", decree No 663/KPTS/IX/2022.")));
}

TEST_F(SemesterTest, SemesterOneCountsOnlyItsOwnMeetings)
{
    openDemo();
    const auto document = build({2023, 1});
    const auto *meetings = tableOf(document, QStringLiteral("Meetings"));
    ASSERT_NE(meetings, nullptr);
    for (const QStringList &row : meetings->rows)
        EXPECT_FALSE(row[0].contains(QStringLiteral("December"))) << row[0].toStdString();
    const auto *ranPasti = tableOf(document, QStringLiteral("RAN-PASTI"));
    ASSERT_NE(ranPasti, nullptr);
    EXPECT_TRUE(ranPasti->rows[1][2].contains(QStringLiteral("0 of 11 kecamatan")));
    EXPECT_EQ(ranPasti->rows[3][1], QStringLiteral("No")) << "one monev by 30 June";
    // Semester I 2023 has no written parts of its own and none earlier: nothing carried.
    EXPECT_EQ(document.plainText().count(QStringLiteral("The secretariat has not written")), 5);
}

TEST_F(SemesterTest, FilesSayTheSame)
{
    openDemo();
    const auto document = build();

    // PDF: every part in the text layer, the signatures at the end.
    const QString pdf = dir.filePath(QStringLiteral("laporan.pdf"));
    const int pages = uc::writePdf(document, core::Language::English, reports::Paper::F4, pdf);
    EXPECT_GT(pages, 3);
    const QString text = pdfText(pdf);
    for (const QString &heading : kPartHeadings)
        EXPECT_TRUE(text.contains(heading)) << heading.toStdString();
    for (const char *fact : {"663/KPTS/IX/2022", "KASMARNI", "Acknowledged by,",
                             "Ketua TPPS Kabupaten Bengkalis", "Bathin Solapan (0)", "Page 1 of"})
        EXPECT_TRUE(text.contains(QString::fromUtf8(fact))) << fact;

    // ODT: the mimetype first, stored, then a readable package with the same content.
    const QString odt = dir.filePath(QStringLiteral("laporan.odt"));
    reports::writeSemesterOdt(document, reports::Paper::A4, odt);
    QFile file(odt);
    ASSERT_TRUE(file.open(QIODevice::ReadOnly));
    const QByteArray bytes = file.readAll();
    ASSERT_GT(bytes.size(), 100);
    EXPECT_EQ(bytes.left(4), QByteArray("PK\x03\x04", 4));
    EXPECT_EQ(bytes.mid(8, 2), QByteArray("\0\0", 2)) << "stored, not compressed";
    EXPECT_EQ(bytes.mid(28, 2), QByteArray("\0\0", 2)) << "no extra field";
    EXPECT_EQ(bytes.mid(30, 8), QByteArray("mimetype"));
    EXPECT_EQ(bytes.mid(38, 39), QByteArray("application/vnd.oasis.opendocument.text"));
    const QByteArray content = unzipEntry(odt, QStringLiteral("content.xml"));
    const QByteArray styles = unzipEntry(odt, QStringLiteral("styles.xml"));
    const QByteArray manifest = unzipEntry(odt, QStringLiteral("META-INF/manifest.xml"));
    ASSERT_FALSE(content.isEmpty());
    EXPECT_TRUE(manifest.contains("application/vnd.oasis.opendocument.text"));
    EXPECT_TRUE(styles.contains("21cm") && styles.contains("page-number"));
    QXmlStreamReader reader(content);
    QStringList texts;
    int tables = 0;
    while (!reader.atEnd()) {
        reader.readNext();
        if (reader.isStartElement() && reader.name() == QStringLiteral("table")
            && reader.namespaceUri().contains(QStringLiteral("table")))
            ++tables;
        if (reader.isCharacters())
            texts << reader.text().toString();
    }
    ASSERT_FALSE(reader.hasError()) << reader.errorString().toStdString();
    const QString odtText = texts.join(QLatin1Char(' '));
    for (const QString &heading : kPartHeadings)
        EXPECT_TRUE(odtText.contains(heading)) << heading.toStdString();
    EXPECT_TRUE(odtText.contains(QStringLiteral("Bathin Solapan (0)")));
    EXPECT_TRUE(odtText.contains(QStringLiteral("KASMARNI")));
    EXPECT_EQ(tables, static_cast<int>(document.tables().size()) + 1) << "+ the signatures";
    // unzip agrees that the archive is sound.
    QProcess unzip;
    unzip.start(QStringLiteral("unzip"), {QStringLiteral("-t"), odt});
    ASSERT_TRUE(unzip.waitForFinished(30000));
    EXPECT_EQ(unzip.exitCode(), 0) << unzip.readAllStandardOutput().toStdString();

    // XLSX: one sheet per table, rows as printed.
    const QString xlsx = dir.filePath(QStringLiteral("lampiran.xlsx"));
    reports::writeSemesterXlsx(document, xlsx);
    QFile workbook(xlsx);
    ASSERT_TRUE(workbook.open(QIODevice::ReadOnly));
    const QByteArray book = workbook.readAll();
    const QStringList sheets = io::XlsxReader::sheetNames(book);
    EXPECT_EQ(sheets.size(), static_cast<qsizetype>(document.tables().size()));
    io::XlsxOptions options;
    options.sheet = QStringLiteral("RAN-PASTI");
    const io::CsvTable ranPasti = io::XlsxReader::parse(book, options);
    ASSERT_TRUE(ranPasti.fileError.isEmpty()) << ranPasti.fileError.toStdString();
    ASSERT_EQ(ranPasti.rows.size(), 5u) << "the column heads, then four indicators";
    EXPECT_EQ(ranPasti.rows[2].fields.value(1), QStringLiteral("No"));
}

TEST_F(SemesterTest, ACancelledReportStops)
{
    openDemo();
    usecases::Progress progress;
    progress.cancel();
    EXPECT_THROW(uc::buildDocument(*db, kSecond2023, core::Language::English, progress),
                 usecases::Cancelled);
}

TEST_F(SemesterTest, TheReportIsSignedOnItsOwnDate)
{
    openBase();
    // Never saved: signed today, in the document's language.
    EXPECT_EQ(uc::reportDate(*db, kSecond2023), date(2024, 1, 15));
    EXPECT_EQ(build().chair.date, QStringLiteral("15 January 2024"));
    {
        usecases::Progress progress;
        EXPECT_EQ(
            uc::buildDocument(*db, kSecond2023, core::Language::Indonesian, progress).chair.date,
            QStringLiteral("15 Januari 2024"));
    }

    // First saved without a date: the day of that save is stored and stays.
    core::SemesterTexts texts = uc::textsFor(*db, kSecond2023).texts;
    texts.closing = "Demikian";
    texts = uc::saveTexts(*db, texts);
    ASSERT_TRUE(texts.reportDate);
    EXPECT_EQ(*texts.reportDate, date(2024, 1, 15));
    clock->set(boost::posix_time::ptime(date(2024, 3, 2)));
    texts.reportDate.reset();
    texts.closing = "Demikian laporan ini";
    texts = uc::saveTexts(*db, texts);
    EXPECT_EQ(uc::textsFor(*db, kSecond2023).texts.reportDate, date(2024, 1, 15))
        << "a later save keeps the first day";
    EXPECT_EQ(build().chair.date, QStringLiteral("15 January 2024")) << "not today (2 March)";

    // A chosen date is stored, audited and printed; the next semester's draft has none.
    texts.reportDate = date(2024, 1, 20);
    texts = uc::saveTexts(*db, texts);
    EXPECT_EQ(build().chair.date, QStringLiteral("20 January 2024"));
    EXPECT_EQ(storage::AuditLog::entries(*db, QStringLiteral("semester_report"),
                                         QStringLiteral("2023-2"))[0]
                  .after.value(QStringLiteral("report_date"))
                  .toString(),
              QStringLiteral("2024-01-20"));
    const auto draft = uc::textsFor(*db, {2024, 1});
    ASSERT_TRUE(draft.carriedFrom);
    EXPECT_FALSE(draft.texts.reportDate);
    EXPECT_EQ(uc::reportDate(*db, {2024, 1}), date(2024, 3, 2)) << "an unsaved one: today";

    // A date given for one document wins over the stored one, and is not stored.
    {
        usecases::Progress progress;
        EXPECT_EQ(
            uc::buildDocument(*db, kSecond2023, core::Language::English, progress, date(2024, 2, 1))
                .chair.date,
            QStringLiteral("1 February 2024"));
    }
    EXPECT_EQ(uc::reportDate(*db, kSecond2023), date(2024, 1, 20));

    // A report is not signed before its semester begins.
    texts.reportDate = date(2023, 6, 30);
    EXPECT_THROW(uc::saveTexts(*db, texts), storage::StorageError);
    EXPECT_EQ(uc::reportDate(*db, kSecond2023), date(2024, 1, 20));
}

TEST_F(SemesterTest, TargetDataFromAWeighingRoundShowsTheFamiliesEntered)
{
    // Issue 14, item 4: the weighing round of August 2024 with the families typed for 2024;
    // the part says whose families they are and does not also say there are none.
    openDemo();
    usecases::measurements::setFamilies(*db, 2024,
                                        {{QStringLiteral("14.03.01.1001"), 1250, 310, {}}});
    const auto document = build(core::Semester{2024, 2});
    const QString text = document.plainText();
    EXPECT_TRUE(text.contains(QStringLiteral("the family data of 2024"))) << text.toStdString();
    EXPECT_FALSE(text.contains(QStringLiteral("holds no family data")));
    const auto *target = tableOf(document, QStringLiteral("Target data"));
    ASSERT_NE(target, nullptr);
    bool found = false;
    for (const QStringList &row : target->rows) {
        if (row.value(1) == u"Bengkalis Kota") {
            found = true;
            EXPECT_EQ(row.value(2), QStringLiteral("1,250"));
            EXPECT_EQ(row.value(3), QStringLiteral("310"));
        }
    }
    EXPECT_TRUE(found);
}

// SPDX-License-Identifier: GPL-3.0-or-later
// The printable round report (PDF read back with pdftotext) and the XLSX / CSV exports with
// the privacy rule: identity only when asked, and then the file says so on every sheet; an
// export cancelled midway writes no file and logs no reveal.
#include "reports/case_audit/case_audit_report.h"
#include "usecases/case_audit/case_audit_documents.h"

#include "io/case_audit/demo_case_audit.h"
#include "io/meetings/demo_meetings.h"
#include "io/workspace_setup.h"
#include "io/xlsx_reader.h"
#include "storage/case_audit/case_audit_repository.h"

#include "storage_test_util.h"

#include <QFile>
#include <QProcess>
#include <QTemporaryDir>

using namespace konvergensi;

namespace {

QString pdfText(const QString &path)
{
    QProcess p;
    p.start(QStringLiteral("pdftotext"), {QStringLiteral("-layout"), path, QStringLiteral("-")});
    p.waitForFinished(60000);
    return QString::fromUtf8(p.readAllStandardOutput());
}

QString xlsxText(const QString &path, const QString &sheet = {})
{
    io::XlsxOptions options;
    options.sheet = sheet;
    const auto table = io::XlsxReader::readFile(path, options);
    QString all = table.header.fields.join(u'|');
    for (const auto &row : table.rows)
        all += u'\n' + row.fields.join(u'|');
    return all;
}

struct CaseAuditReportTest : ::testing::Test
{
    test::TestDb db;
    QTemporaryDir dir;
    std::int64_t roundId = 0;
    QStringList names, niks;

    void SetUp() override
    {
        io::populateDemo(*db);
        io::meetings::addDemo(*db);
        io::case_audit::addDemo(*db);
        storage::CaseAuditRepository repo(*db);
        roundId = repo.rounds().at(0).id;
        for (const auto &d : repo.caseDetails(roundId, true)) {
            names << QString::fromStdString(d.auditCase.identity->name);
            niks << QString::fromStdString(d.auditCase.identity->nik);
        }
    }

    int views()
    {
        int n = 0;
        for (const auto &e :
             storage::AuditLog::entries(*db, QStringLiteral("case_audit_case"), {}, 10000))
            n += e.action == storage::AuditLog::Action::View ? 1 : 0;
        return n;
    }

    void expectNoIdentity(const QString &text)
    {
        for (const auto &n : names)
            EXPECT_FALSE(text.contains(n)) << n.toStdString();
        for (const auto &n : niks)
            EXPECT_FALSE(text.contains(n)) << n.toStdString();
    }
};

void exportRound(storage::Database &db, std::int64_t roundId, const QString &path,
                 bool withIdentity)
{
    usecases::Progress progress;
    usecases::case_audit::exportRound(db, roundId, path, withIdentity, core::Language::English,
                                      progress);
}

} // namespace

TEST_F(CaseAuditReportTest, RoundReportPdfHasSummariesAndNoIdentity)
{
    const auto document = reports::caseAuditRoundReport(*db, roundId, core::Language::English);
    const QString path = dir.filePath(QStringLiteral("round.pdf"));
    document.writePdf(path);
    const QString text = pdfText(path);
    EXPECT_TRUE(text.contains(QStringLiteral("Stunting Case Audit Report")));
    EXPECT_TRUE(text.contains(QStringLiteral("2023 semester II")));
    EXPECT_TRUE(text.contains(QStringLiteral("5 December 2023"))) << text.toStdString();
    EXPECT_TRUE(text.contains(QStringLiteral("Paediatrician"), Qt::CaseInsensitive)
                || text.contains(QStringLiteral("spesialis anak")));
    EXPECT_TRUE(text.contains(QStringLiteral("Most frequent risk factors")));
    EXPECT_TRUE(text.contains(QStringLiteral("M.A.")));          // initials
    EXPECT_TRUE(text.contains(QStringLiteral("PMT pemulihan"))); // a follow-up
    expectNoIdentity(text);
}

TEST_F(CaseAuditReportTest, XlsxWithoutIdentityByDefault)
{
    const int before = views();
    const QString path = dir.filePath(QStringLiteral("plain.xlsx"));
    exportRound(*db, roundId, path, false);
    const QString cases = xlsxText(path);
    EXPECT_TRUE(cases.contains(QStringLiteral("Initials")));
    EXPECT_TRUE(cases.contains(QStringLiteral("M.A.")));
    EXPECT_FALSE(cases.contains(QStringLiteral("NIK")));
    EXPECT_FALSE(cases.contains(QStringLiteral("CONFIDENTIAL")));
    expectNoIdentity(cases);
    expectNoIdentity(xlsxText(path, QStringLiteral("Follow-ups")));
    EXPECT_EQ(views(), before);
}

TEST_F(CaseAuditReportTest, XlsxAndCsvWithIdentitySaySoAndAreLogged)
{
    const int before = views();
    const QString path = dir.filePath(QStringLiteral("full.xlsx"));
    exportRound(*db, roundId, path, true);
    const QString cases = xlsxText(path);
    EXPECT_TRUE(cases.startsWith(QStringLiteral("CONFIDENTIAL"))) << cases.left(200).toStdString();
    EXPECT_TRUE(cases.contains(niks.first()));
    EXPECT_TRUE(cases.contains(names.first()));
    EXPECT_EQ(views(), before + names.size());
    // Every sheet of the file says it holds personal data, not only the one with identity.
    for (const QString &sheet : {QStringLiteral("Follow-ups"), QStringLiteral("Summary")})
        EXPECT_TRUE(xlsxText(path, sheet).startsWith(QStringLiteral("CONFIDENTIAL")))
            << sheet.toStdString();

    const QString csvPath = dir.filePath(QStringLiteral("full.csv"));
    exportRound(*db, roundId, csvPath, true);
    QFile csv(csvPath);
    ASSERT_TRUE(csv.open(QIODevice::ReadOnly));
    const QString csvText = QString::fromUtf8(csv.readAll());
    EXPECT_TRUE(csvText.contains(QStringLiteral("CONFIDENTIAL")));
    EXPECT_TRUE(csvText.contains(niks.last()));

    const QString plainPath = dir.filePath(QStringLiteral("plain.csv"));
    exportRound(*db, roundId, plainPath, false);
    QFile plain(plainPath);
    ASSERT_TRUE(plain.open(QIODevice::ReadOnly));
    const QString plainText = QString::fromUtf8(plain.readAll());
    EXPECT_FALSE(plainText.contains(QStringLiteral("CONFIDENTIAL")));
    expectNoIdentity(plainText);
}

TEST_F(CaseAuditReportTest, CasesAreInCaseNumberOrder)
{
    // "9" and "10" typed by hand: 9 comes first, as in the list of the page.
    storage::CaseAuditRepository repo(*db);
    const auto details = repo.caseDetails(roundId, false);
    ASSERT_GE(details.size(), 2U);
    auto first = *repo.findCase(details.front().entry.id);
    first.caseNumber = "100";
    repo.updateCase(first);
    const QString path = dir.filePath(QStringLiteral("order.csv"));
    exportRound(*db, roundId, path, false);
    QFile csv(path);
    ASSERT_TRUE(csv.open(QIODevice::ReadOnly));
    const QStringList lines = QString::fromUtf8(csv.readAll()).split(u'\n', Qt::SkipEmptyParts);
    ASSERT_EQ(lines.size(), static_cast<int>(details.size()) + 1);
    QStringList numbers;
    for (int i = 1; i < lines.size(); ++i)
        numbers << lines[i].section(u',', 0, 0);
    EXPECT_EQ(numbers.last(), QStringLiteral("100")) << numbers.join(u' ').toStdString();
    EXPECT_EQ(numbers.first(), QStringLiteral("02")) << numbers.join(u' ').toStdString();
}

TEST_F(CaseAuditReportTest, CancelledExportWritesNothingAndLogsNoReveal)
{
    const int before = views();
    const QString path = dir.filePath(QStringLiteral("cancelled.xlsx"));
    int reports = 0;
    usecases::Progress *self = nullptr;
    // The user cancels once the round has been read (with the identities): after the second
    // report of progress.
    usecases::Progress progress([&](qint64, qint64, const QString &) {
        if (++reports == 2)
            self->cancel();
    });
    self = &progress;
    EXPECT_THROW(usecases::case_audit::exportRound(*db, roundId, path, true,
                                                   core::Language::English, progress),
                 usecases::Cancelled);
    EXPECT_EQ(reports, 2) << "cancelled midway, after the reading";
    EXPECT_FALSE(QFile::exists(path));
    EXPECT_EQ(views(), before) << "the identities were read, but no file holds them";

    // The same export, not cancelled, writes the file and logs one view per case.
    usecases::Progress plain;
    const auto result = usecases::case_audit::exportRound(*db, roundId, path, true,
                                                          core::Language::English, plain);
    EXPECT_TRUE(QFile::exists(path));
    EXPECT_EQ(result.cases, names.size());
    EXPECT_EQ(views(), before + names.size());
}

TEST_F(CaseAuditReportTest, RoundReportPdfThroughTheUseCase)
{
    const QString path = dir.filePath(QStringLiteral("report.pdf"));
    usecases::Progress progress;
    const int pages = usecases::case_audit::writeRoundReportPdf(*db, roundId, path,
                                                                core::Language::English, progress);
    EXPECT_GE(pages, 2);
    EXPECT_TRUE(pdfText(path).contains(QStringLiteral("Stunting Case Audit Report")));
    EXPECT_THROW(usecases::case_audit::writeRoundReportPdf(*db, roundId + 999, path,
                                                           core::Language::English, progress),
                 storage::StorageError);
}

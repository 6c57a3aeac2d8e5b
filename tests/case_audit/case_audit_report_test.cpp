// SPDX-License-Identifier: GPL-3.0-or-later
// The printable round report (PDF read back with pdftotext) and the XLSX / CSV exports with
// the privacy rule: identity only when asked, and then the file says so.
#include "reports/case_audit/case_audit_report.h"

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
    reports::exportCaseAuditXlsx(*db, roundId, path, false, core::Language::English);
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
    reports::exportCaseAuditXlsx(*db, roundId, path, true, core::Language::English);
    const QString cases = xlsxText(path);
    EXPECT_TRUE(cases.startsWith(QStringLiteral("CONFIDENTIAL"))) << cases.left(200).toStdString();
    EXPECT_TRUE(cases.contains(niks.first()));
    EXPECT_TRUE(cases.contains(names.first()));
    EXPECT_EQ(views(), before + names.size());

    const QString csvPath = dir.filePath(QStringLiteral("full.csv"));
    reports::exportCaseAuditCsv(*db, roundId, csvPath, true, core::Language::English);
    QFile csv(csvPath);
    ASSERT_TRUE(csv.open(QIODevice::ReadOnly));
    const QString csvText = QString::fromUtf8(csv.readAll());
    EXPECT_TRUE(csvText.contains(QStringLiteral("CONFIDENTIAL")));
    EXPECT_TRUE(csvText.contains(niks.last()));

    const QString plainPath = dir.filePath(QStringLiteral("plain.csv"));
    reports::exportCaseAuditCsv(*db, roundId, plainPath, false, core::Language::English);
    QFile plain(plainPath);
    ASSERT_TRUE(plain.open(QIODevice::ReadOnly));
    const QString plainText = QString::fromUtf8(plain.readAll());
    EXPECT_FALSE(plainText.contains(QStringLiteral("CONFIDENTIAL")));
    expectNoIdentity(plainText);
}

// SPDX-License-Identifier: GPL-3.0-or-later
// Issue 14, item 4: the children a desa must follow up after a weighing round (severely
// stunted, severely wasted, weight not gained since the child's last round), their list as a
// file with identities only when asked, and a case audit case started from one of them.

#include "core/format.h"
#include "core/measurements/follow_up.h"
#include "io/csv_reader.h"
#include "io/workspace_setup.h"
#include "io/xlsx_reader.h"
#include "storage/audit_log.h"
#include "storage/case_audit/case_audit_repository.h"
#include "storage/database.h"
#include "storage/measurements/measurement_repository.h"
#include "storage/regions/region_repository.h"
#include "usecases/case_audit/case_audit_cases.h"
#include "usecases/measurements/child_list.h"
#include "usecases/measurements/follow_up_list.h"
#include "usecases/progress.h"

#include "test_engine.h"

#include <boost/date_time/gregorian/gregorian.hpp>

#include <QFile>
#include <QTemporaryDir>

#include <gtest/gtest.h>

#include <map>

using namespace konvergensi;
namespace cm = core::measurements;
namespace um = usecases::measurements;

TEST(FollowUpRules, SeverelyStuntedAndWastedAreStrictAndCountOnlyValidZScores)
{
    const double none = core::anthro::kMissing;
    cm::Judgement j;
    j.zlen = -3.01;
    j.flen = 0;
    EXPECT_TRUE(cm::followUpReasons(j, 9, none).severelyStunted);
    j.zlen = -3.0; // not below -3
    EXPECT_FALSE(cm::followUpReasons(j, 9, none).any());
    j.zlen = -6.5;
    j.flen = 1; // implausible: not counted
    EXPECT_FALSE(cm::followUpReasons(j, 9, none).any());
    j = {};
    j.zwfl = -3.2;
    j.fwfl = 0;
    const auto wasted = cm::followUpReasons(j, 9, none);
    EXPECT_TRUE(wasted.severelyWasted);
    EXPECT_FALSE(wasted.severelyStunted);
    j.fwfl = -1; // no z-score
    EXPECT_FALSE(cm::followUpReasons(j, 9, none).any());
}

TEST(FollowUpRules, WeightNotGainedNeedsBothWeights)
{
    const cm::Judgement normal;
    EXPECT_TRUE(cm::followUpReasons(normal, 9.0, 9.0).noWeightGain);
    EXPECT_TRUE(cm::followUpReasons(normal, 8.9, 9.0).noWeightGain);
    EXPECT_FALSE(cm::followUpReasons(normal, 9.1, 9.0).any());
    EXPECT_FALSE(cm::followUpReasons(normal, 9.0, core::anthro::kMissing).any());
    EXPECT_FALSE(cm::followUpReasons(normal, core::anthro::kMissing, 9.0).any());
}

namespace {

/// One child of a hand-made round.
struct Kid
{
    int id;
    double weight;
    double zlen;
    int flen;
    double zwfl;
    int fwfl;
    int ageDays;
};

class FollowUpTest : public ::testing::Test
{
protected:
    void SetUp() override
    {
        db = test::openTestWorkspace();
        io::populateDemo(*db);
        for (const core::Region &region : storage::RegionRepository(*db).all()) {
            if (region.level() == core::RegionLevel::Village) {
                desa = QString::fromStdString(region.code.toString());
                break;
            }
        }
        ASSERT_FALSE(desa.isEmpty());
    }

    void store(const QString &period, const std::vector<Kid> &kids)
    {
        storage::RoundToStore round;
        round.period = period;
        round.sourceFile = QStringLiteral("hand-made.xlsx");
        round.rowsRead = static_cast<int>(kids.size());
        for (const Kid &kid : kids) {
            storage::NewMeasurement m;
            // A NIK that agrees with the birth date and sex (DD + 40 for girls).
            const boost::gregorian::date measured(period.left(4).toInt(), period.mid(5).toInt(),
                                                  10);
            const boost::gregorian::date birth = measured - boost::gregorian::days(kid.ageDays);
            const int sex = 1 + kid.id % 2;
            const QString nik = QStringLiteral("140301%1%2%3%4")
                                    .arg(birth.day() + (sex == 2 ? 40 : 0), 2, 10, QChar(u'0'))
                                    .arg(static_cast<int>(birth.month()), 2, 10, QChar(u'0'))
                                    .arg(birth.year() % 100, 2, 10, QChar(u'0'))
                                    .arg(kid.id, 4, 10, QChar(u'0'));
            m.nikKey = "NIK:" + nik.toStdString();
            m.nameKey = "ANAK " + std::to_string(kid.id);
            m.initials = QStringLiteral("K%1").arg(kid.id);
            m.sex = sex;
            m.birthDate = QString::fromStdString(boost::gregorian::to_iso_extended_string(birth));
            m.villageCode = desa;
            m.name = QStringLiteral("Kanak Nomor %1").arg(kid.id);
            m.nik = QString::fromStdString(m.nikKey.substr(4));
            m.parents = QStringLiteral("Ibu Nomor %1").arg(kid.id);
            m.address = QStringLiteral("Jalan %1").arg(kid.id);
            m.fileRow = kid.id + 1;
            m.posyandu = QStringLiteral("Melati %1").arg(1 + kid.id % 2);
            m.puskesmas = QStringLiteral("PKM SATU");
            m.measureDate = period + QStringLiteral("-10");
            m.ageDays = kid.ageDays;
            m.weight = kid.weight;
            m.lenhei = 80;
            m.measure = kid.ageDays < 731 ? QStringLiteral("l") : QStringLiteral("h");
            m.judgement.zlen = kid.zlen;
            m.judgement.flen = kid.flen;
            m.judgement.zwfl = kid.zwfl;
            m.judgement.fwfl = kid.fwfl;
            m.judgement.zwei = -1;
            m.judgement.fwei = 0;
            round.measurements.push_back(std::move(m));
        }
        storage::MeasurementRepository(*db).storeRound(round, false);
    }

    /// Two rounds: child 1 lost weight, 2 is severely stunted, 3 is flagged, 4 is new and
    /// severely wasted, 5 sits exactly on -3, 6 gained weight, 7 was not weighed before.
    void storeTwoRounds()
    {
        store(QStringLiteral("2019-02"), {{1, 9.0, -1.0, 0, 0.0, 0, 400},
                                          {2, 8.0, -2.9, 0, 0.0, 0, 500},
                                          {3, 10.0, -1.0, 0, 0.0, 0, 600},
                                          {6, 10.0, -1.0, 0, 0.0, 0, 600}});
        store(QStringLiteral("2019-08"), {{1, 8.9, -2.5, 0, -1.2, 0, 581},
                                          {2, 8.5, -3.2, 0, -0.5, 0, 681},
                                          {3, 11.0, -1.0, 0, -5.5, 1, 781},
                                          {4, 7.0, -1.0, 0, -3.01, 0, 300},
                                          {5, 9.0, -3.0, 0, 0.0, 0, 800},
                                          {6, 10.4, -1.0, 0, 0.0, 0, 781},
                                          {7, 9.0, -1.0, 0, 0.0, 0, 800}});
    }

    std::map<QString, um::ChildToFollowUp> listed()
    {
        std::map<QString, um::ChildToFollowUp> out;
        for (const auto &entry : um::childrenToFollowUp(*db, QStringLiteral("2019-08")))
            out.emplace(entry.child.initials, entry);
        return out;
    }

    std::unique_ptr<storage::Database> db;
    QString desa;
};

} // namespace

TEST_F(FollowUpTest, TheRoundsChildrenToFollowUpAreExactlyThoseTheRulesName)
{
    storeTwoRounds();
    const auto children = listed();
    ASSERT_EQ(children.size(), 3U);
    ASSERT_TRUE(children.count(QStringLiteral("K1")));
    ASSERT_TRUE(children.count(QStringLiteral("K2")));
    ASSERT_TRUE(children.count(QStringLiteral("K4")));
    const auto &lost = children.at(QStringLiteral("K1"));
    EXPECT_EQ(lost.reasons, (cm::FollowUpReasons{false, false, true}));
    ASSERT_TRUE(lost.previous);
    EXPECT_EQ(lost.previous->period, QStringLiteral("2019-02"));
    EXPECT_EQ(lost.previous->measureDate, QStringLiteral("2019-02-10"));
    EXPECT_DOUBLE_EQ(lost.previous->weight, 9.0);
    EXPECT_EQ(children.at(QStringLiteral("K2")).reasons, (cm::FollowUpReasons{true, false, false}));
    EXPECT_TRUE(children.at(QStringLiteral("K2")).previous); // gained: listed for its height
    EXPECT_EQ(children.at(QStringLiteral("K4")).reasons, (cm::FollowUpReasons{false, true, false}));
    EXPECT_FALSE(children.at(QStringLiteral("K4")).previous);

    // The first round has no earlier one: only its own z-scores count (none below -3).
    EXPECT_TRUE(um::childrenToFollowUp(*db, QStringLiteral("2019-02")).empty());

    // Areas: the desa, its posyandu (Melati 1 holds the odd ids), another desa.
    cm::AreaSummary area;
    area.level = cm::AreaLevel::Posyandu;
    area.code = desa.toStdString();
    area.name = "Posyandu Melati I";
    EXPECT_TRUE(um::childInArea(children.at(QStringLiteral("K2")).child, area));
    EXPECT_FALSE(um::childInArea(children.at(QStringLiteral("K1")).child, area));
    area.level = cm::AreaLevel::Desa;
    EXPECT_TRUE(um::childInArea(children.at(QStringLiteral("K1")).child, area));
    area.code = "99.99.99.9999";
    EXPECT_FALSE(um::childInArea(children.at(QStringLiteral("K1")).child, area));
}

TEST_F(FollowUpTest, TheListFileHoldsIdentitiesOnlyWhenAskedAndThenSaysSo)
{
    storeTwoRounds();
    const auto children = um::childrenToFollowUp(*db, QStringLiteral("2019-08"));
    QTemporaryDir dir;
    usecases::Progress progress;

    const QString plain = dir.filePath(QStringLiteral("plain.csv"));
    um::writeFollowUpList(*db, children, false, plain, progress);
    QFile plainFile(plain);
    ASSERT_TRUE(plainFile.open(QIODevice::ReadOnly));
    const QString plainText = QString::fromUtf8(plainFile.readAll());
    EXPECT_FALSE(plainText.contains(QStringLiteral("Kanak Nomor")));
    EXPECT_FALSE(plainText.contains(QStringLiteral("1403014601180001")));
    EXPECT_FALSE(plainText.contains(QStringLiteral("Ibu Nomor")));
    const io::CsvTable table = io::CsvReader::readFile(plain);
    EXPECT_EQ(table.header.fields, um::followUpColumns(false));
    ASSERT_EQ(table.rows.size(), 3U);
    EXPECT_TRUE(
        storage::AuditLog::entries(*db, QStringLiteral("measurement_child_identity")).empty());
    const auto column = [&](const char *name) {
        return static_cast<int>(table.header.fields.indexOf(QLatin1String(name)));
    };
    for (const io::CsvRow &row : table.rows) {
        const QString initials = row.fields.at(column("initials"));
        EXPECT_EQ(row.fields.at(column("desa_code")), desa);
        EXPECT_EQ(row.fields.at(column("no_weight_gain")),
                  initials == u"K1" ? QStringLiteral("1") : QStringLiteral("0"))
            << initials.toStdString();
        EXPECT_EQ(row.fields.at(column("severely_stunted")),
                  initials == u"K2" ? QStringLiteral("1") : QStringLiteral("0"));
        EXPECT_EQ(row.fields.at(column("severely_wasted")),
                  initials == u"K4" ? QStringLiteral("1") : QStringLiteral("0"));
        EXPECT_EQ(row.fields.at(column("previous_weight")), initials == u"K1" ? QStringLiteral("9")
                                                            : initials == u"K2"
                                                                ? QStringLiteral("8")
                                                                : QString());
    }

    const QString named = dir.filePath(QStringLiteral("named.xlsx"));
    um::writeFollowUpList(*db, children, true, named, progress);
    const io::CsvTable book = io::XlsxReader::readFile(named);
    // The note on personal data comes first, then the header with the identity columns.
    EXPECT_EQ(book.header.fields.value(0), um::personalDataNotice());
    ASSERT_EQ(book.rows.size(), 4U);
    EXPECT_EQ(book.rows.front().fields, um::followUpColumns(true));
    QStringList names;
    for (std::size_t i = 1; i < book.rows.size(); ++i)
        names << book.rows[i].fields.value(
            static_cast<int>(um::followUpColumns(true).indexOf(QStringLiteral("name"))));
    names.sort();
    EXPECT_EQ(names, (QStringList{QStringLiteral("Kanak Nomor 1"), QStringLiteral("Kanak Nomor 2"),
                                  QStringLiteral("Kanak Nomor 4")}));
    EXPECT_EQ(storage::AuditLog::entries(*db, QStringLiteral("measurement_child_identity")).size(),
              1U);
}

TEST_F(FollowUpTest, AnAuditCaseStartedFromAChildCarriesItsMeasurementAndIdentity)
{
    storeTwoRounds();
    const auto children = listed();
    const auto &lost = children.at(QStringLiteral("K1"));
    const auto language = core::Language::Indonesian;

    auto draft = um::auditCaseFromChild(*db, lost, language);
    EXPECT_EQ(draft.year, 2019);
    EXPECT_EQ(draft.semester, 2);
    EXPECT_EQ(draft.auditCase.roundId, 0); // the demo has no round for 2019 semester II
    EXPECT_EQ(draft.auditCase.targetGroup, core::AuditTargetGroup::Baduta); // 581 days
    EXPECT_EQ(draft.auditCase.villageCode, desa.toStdString());
    EXPECT_EQ(draft.auditCase.assessedOn, boost::gregorian::date(2019, 8, 10));
    const std::string expectedFinding = "PB/U " + core::formatDecimal(-2.5, 2, language)
                                        + " SD; BB/PB " + core::formatDecimal(-1.2, 2, language)
                                        + " SD; berat badan tidak naik ("
                                        + core::formatDecimal(9.0, 1, language) + " -> "
                                        + core::formatDecimal(8.9, 1, language) + " kg)";
    // The words are the interface's; without a loaded translation they are English.
    EXPECT_EQ(draft.auditCase.finding.substr(0, 26), expectedFinding.substr(0, 26));
    ASSERT_TRUE(draft.auditCase.identity);
    EXPECT_EQ(draft.auditCase.identity->name, "Kanak Nomor 1");
    EXPECT_EQ(draft.auditCase.identity->nik, "1403014601180001");
    EXPECT_EQ(draft.auditCase.identity->parentsOrPartner, "Ibu Nomor 1");
    EXPECT_EQ(draft.auditCase.identity->birthDate,
              boost::gregorian::date(2019, 8, 10) - boost::gregorian::days(581));
    EXPECT_EQ(draft.auditCase.identity->sex, core::Sex::Female); // id 1: sex 2
    EXPECT_EQ(storage::AuditLog::entries(*db, QStringLiteral("measurement_child_identity")).size(),
              1U);

    // The round of the semester is made once, then found.
    const auto roundId = um::auditRoundFor(*db, 2019, 2, true);
    EXPECT_GT(roundId, 0);
    EXPECT_EQ(um::auditRoundFor(*db, 2019, 2, false), roundId);
    EXPECT_EQ(um::auditRoundFor(*db, 2019, 2, true), roundId);
    draft.auditCase.roundId = roundId;

    // The draft is a case the case audit stores as it is.
    usecases::case_audit::CaseDraft caseDraft;
    caseDraft.auditCase = draft.auditCase;
    const auto saved = usecases::case_audit::saveCase(*db, caseDraft);
    EXPECT_EQ(saved.auditCase.caseNumber, "01");
    const auto stored = storage::CaseAuditRepository(*db).findCase(saved.auditCase.id);
    ASSERT_TRUE(stored);
    EXPECT_EQ(stored->finding, draft.auditCase.finding);
    EXPECT_EQ(stored->villageCode, desa.toStdString());

    // A child over 24 months is a balita, named after height.
    const auto &stunted = children.at(QStringLiteral("K2"));
    const auto second = um::auditCaseFromChild(*db, stunted, language);
    EXPECT_EQ(second.auditCase.targetGroup, core::AuditTargetGroup::Baduta); // 681 days
    EXPECT_EQ(second.auditCase.roundId, roundId);
    EXPECT_TRUE(
        second.auditCase.finding.starts_with("PB/U " + core::formatDecimal(-3.2, 2, language)));
}

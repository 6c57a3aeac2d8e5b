// SPDX-License-Identifier: GPL-3.0-or-later
// The meeting module's item models under QAbstractItemModelTester, and what they show.
#include "gui/language.h"
#include "gui/meetings/follow_up_board_model.h"
#include "gui/meetings/meeting_editor_models.h"
#include "gui/meetings/meeting_list_model.h"
#include "reports/meetings/meeting_reports.h"
#include "usecases/followups/follow_up_registers.h"

#include <QAbstractItemModelTester>
#include <QFile>
#include <QItemSelectionModel>
#include <QSignalSpy>
#include <QSortFilterProxyModel>
#include <QTemporaryDir>

#include <boost/date_time/gregorian/gregorian.hpp>

#include <gtest/gtest.h>

using namespace konvergensi;
using namespace konvergensi::gui;
using boost::gregorian::date;

namespace {

storage::MeetingSummary summary(std::int64_t id, date when, const char *title, int overdue)
{
    storage::MeetingSummary m;
    m.id = id;
    m.date = when;
    m.title = title;
    m.kind = core::MeetingKind::Rakornis;
    m.regionCode = "14.03";
    m.regionName = "Kabupaten Bengkalis";
    m.decisionCount = 2;
    m.pendingFollowUps = overdue + 1;
    m.overdueFollowUps = overdue;
    return m;
}

storage::FollowUpEntry entry(std::int64_t id, std::optional<date> due, core::FollowUpStatus status,
                             bool overdue, int days = 0)
{
    storage::FollowUpEntry e;
    e.followUp.id = id;
    e.followUp.rowVersion = 1;
    e.followUp.ownerType = "meeting_decision";
    e.followUp.action = "Tindak lanjut " + std::to_string(id);
    e.followUp.dueDate = due;
    e.followUp.status = status;
    if (status == core::FollowUpStatus::Done)
        e.followUp.doneDate = date(2024, 2, 1);
    e.responsibleOpdShortName = "Dinkes";
    if (id == 1)
        e.followUp.responsiblePerson = "Andi";
    e.meetingId = 9;
    e.meetingDate = date(2023, 12, 5);
    e.meetingTitle = "Rakornis";
    e.overdue = overdue;
    e.daysOverdue = days;
    return e;
}

} // namespace

TEST(MeetingListModelTest, PassesTheTesterAndSortsByDate)
{
    LanguageSetup::install(QStringLiteral("en"));
    MeetingListModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    model.setMeetings({summary(1, date(2021, 6, 29), "Rakor 2021", 0),
                       summary(2, date(2023, 12, 5), "Rakornis 2023", 3),
                       summary(3, date(2022, 6, 14), "Rembuk 2022", 0)});
    ASSERT_EQ(model.rowCount(), 3);
    EXPECT_EQ(model.columnCount(), MeetingListModel::ColumnCount);
    EXPECT_EQ(model.index(1, MeetingListModel::DateColumn).data().toString(),
              QStringLiteral("5 Dec 2023"));
    EXPECT_EQ(model.index(1, MeetingListModel::DateColumn).data(Qt::ToolTipRole).toString(),
              QStringLiteral("5 December 2023"));
    EXPECT_EQ(model.index(1, MeetingListModel::TitleColumn).data(Qt::ToolTipRole).toString(),
              QStringLiteral("Rakornis 2023"))
        << "an elided title shows whole in its tooltip";
    EXPECT_EQ(model.index(1, MeetingListModel::OverdueColumn).data(Qt::ToolTipRole).toString(),
              QStringLiteral("3 follow-ups overdue"));
    EXPECT_EQ(model.index(1, MeetingListModel::TitleColumn).data().toString(),
              QStringLiteral("Rakornis 2023"));
    EXPECT_EQ(model.index(1, MeetingListModel::KindColumn).data().toString(),
              QStringLiteral("Technical coordination meeting (Rakornis)"));
    EXPECT_EQ(model.index(1, MeetingListModel::RegionColumn).data().toString(),
              QStringLiteral("Kabupaten Bengkalis"));
    EXPECT_EQ(model.index(1, MeetingListModel::OverdueColumn).data().toInt(), 3);
    EXPECT_TRUE(model.index(1, MeetingListModel::OverdueColumn).data(Qt::ForegroundRole).isValid());
    EXPECT_FALSE(
        model.index(0, MeetingListModel::OverdueColumn).data(Qt::ForegroundRole).isValid());
    EXPECT_EQ(model.index(2, 0).data(MeetingListModel::IdRole).toLongLong(), 3);
    EXPECT_EQ(model.rowOf(3), 2);
    EXPECT_EQ(model.rowOf(99), -1);

    QSortFilterProxyModel proxy;
    QAbstractItemModelTester proxyTester(&proxy,
                                         QAbstractItemModelTester::FailureReportingMode::Fatal);
    proxy.setSourceModel(&model);
    proxy.setSortRole(MeetingListModel::SortRole);
    proxy.sort(MeetingListModel::DateColumn, Qt::AscendingOrder);
    EXPECT_EQ(proxy.index(0, MeetingListModel::TitleColumn).data().toString(),
              QStringLiteral("Rakor 2021"))
        << "by date, not by the text of the date";
    EXPECT_EQ(proxy.index(2, MeetingListModel::TitleColumn).data().toString(),
              QStringLiteral("Rakornis 2023"));
    proxy.sort(MeetingListModel::OverdueColumn, Qt::DescendingOrder);
    EXPECT_EQ(proxy.index(0, MeetingListModel::TitleColumn).data().toString(),
              QStringLiteral("Rakornis 2023"));

    model.setMeetings({});
    EXPECT_EQ(model.rowCount(), 0);
}

TEST(FollowUpBoardModelTest, NamesTheRegisterOfEachFollowUp)
{
    LanguageSetup::install(QStringLiteral("en"));
    FollowUpBoardModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    storage::FollowUpEntry audit = entry(4, date(2024, 3, 31), core::FollowUpStatus::Open, false);
    audit.followUp.ownerType = "audit_case";
    audit.meetingId = 0;
    storage::FollowUpEntry unknown = entry(5, std::nullopt, core::FollowUpStatus::Open, false);
    unknown.followUp.ownerType = "something_else";
    model.setEntries(
        {entry(1, date(2024, 3, 31), core::FollowUpStatus::Open, false), audit, unknown});
    const QString meetings = model.index(0, FollowUpBoardModel::RegisterColumn).data().toString();
    const QString caseAudit = model.index(1, FollowUpBoardModel::RegisterColumn).data().toString();
    EXPECT_EQ(meetings, usecases::followups::registerName(usecases::followups::Register::Meetings));
    EXPECT_EQ(caseAudit,
              usecases::followups::registerName(usecases::followups::Register::CaseAudit));
    EXPECT_NE(meetings, caseAudit);
    EXPECT_FALSE(meetings.isEmpty());
    EXPECT_EQ(model.index(2, FollowUpBoardModel::RegisterColumn).data().toString(),
              QStringLiteral("something_else"));
}

TEST(FollowUpBoardModelTest, OffersTheCheckBoxOnlyWhereTheLoginMayChangeTheRegister)
{
    LanguageSetup::install(QStringLiteral("en"));
    FollowUpBoardModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    storage::FollowUpEntry audit = entry(4, date(2024, 3, 31), core::FollowUpStatus::Open, false);
    audit.followUp.ownerType = "audit_case";
    audit.meetingId = 0;
    model.setEntries({entry(1, date(2024, 3, 31), core::FollowUpStatus::Open, false), audit});
    const auto tickable = [&](int row) {
        return model.flags(model.index(row, FollowUpBoardModel::DoneColumn))
            .testFlag(Qt::ItemIsUserCheckable);
    };
    EXPECT_TRUE(tickable(0));
    EXPECT_TRUE(tickable(1));
    model.setTickable(false, true); // a case-audit editor on the office server
    EXPECT_FALSE(tickable(0));
    EXPECT_TRUE(tickable(1));
    model.setTickable(false, false); // a reader
    EXPECT_FALSE(tickable(0));
    EXPECT_FALSE(tickable(1));
    // The state is still shown.
    EXPECT_TRUE(model.index(0, FollowUpBoardModel::DoneColumn).data(Qt::CheckStateRole).isValid());
}

TEST(FollowUpBoardModelTest, MarksOverdueRowsAndAsksBeforeMarkingDone)
{
    LanguageSetup::install(QStringLiteral("en"));
    FollowUpBoardModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    model.setEntries({entry(1, date(2024, 3, 31), core::FollowUpStatus::InProgress, true, 12),
                      entry(2, date(2024, 6, 30), core::FollowUpStatus::Done, false),
                      entry(3, std::nullopt, core::FollowUpStatus::Dropped, false)});
    ASSERT_EQ(model.rowCount(), 3);
    EXPECT_EQ(model.overdueCount(), 1);
    const QModelIndex status = model.index(0, FollowUpBoardModel::StatusColumn);
    EXPECT_EQ(status.data().toString(), QStringLiteral("Overdue by 12 days"));
    EXPECT_TRUE(status.data(Qt::ForegroundRole).isValid());
    EXPECT_TRUE(status.data(FollowUpBoardModel::OverdueRole).toBool());
    EXPECT_EQ(model.index(1, FollowUpBoardModel::StatusColumn).data().toString(),
              QStringLiteral("Done on 1 Feb 2024"));
    EXPECT_EQ(model.index(2, FollowUpBoardModel::StatusColumn).data().toString(),
              QStringLiteral("Dropped"));
    EXPECT_EQ(model.index(0, FollowUpBoardModel::ResponsibleColumn).data().toString(),
              QStringLiteral("Dinkes — Andi"));
    EXPECT_EQ(model.index(2, FollowUpBoardModel::ResponsibleColumn).data().toString(),
              QStringLiteral("Dinkes"));
    EXPECT_EQ(model.index(0, FollowUpBoardModel::MeetingColumn).data().toString(),
              QStringLiteral("5 Dec 2023 — Rakornis"));
    EXPECT_EQ(model.index(0, FollowUpBoardModel::ActionColumn).data(Qt::ToolTipRole).toString(),
              QStringLiteral("Tindak lanjut 1"));
    // The register, named as the CLI names it (issue #11 item 6).
    EXPECT_EQ(model.headerData(FollowUpBoardModel::RegisterColumn, Qt::Horizontal).toString(),
              QStringLiteral("Register"));
    for (int row = 0; row < 3; ++row) {
        EXPECT_EQ(model.index(row, FollowUpBoardModel::RegisterColumn).data().toString(),
                  usecases::followups::registerName(usecases::followups::Register::Meetings));
    }
    EXPECT_EQ(model.index(0, FollowUpBoardModel::DoneColumn).data(Qt::CheckStateRole).toInt(),
              Qt::Unchecked);
    EXPECT_EQ(model.index(1, FollowUpBoardModel::DoneColumn).data(Qt::CheckStateRole).toInt(),
              Qt::Checked);
    EXPECT_TRUE(model.flags(model.index(0, FollowUpBoardModel::DoneColumn))
                & Qt::ItemIsUserCheckable);
    EXPECT_FALSE(model.flags(model.index(2, FollowUpBoardModel::DoneColumn))
                 & Qt::ItemIsUserCheckable)
        << "a dropped follow-up is not ticked done";

    QSignalSpy spy(&model, &FollowUpBoardModel::doneToggled);
    EXPECT_FALSE(model.setData(model.index(0, FollowUpBoardModel::DoneColumn), Qt::Checked,
                               Qt::CheckStateRole))
        << "the model does not change itself";
    ASSERT_EQ(spy.count(), 1);
    EXPECT_EQ(spy.at(0).at(0).value<std::int64_t>(), 1);
    EXPECT_TRUE(spy.at(0).at(1).toBool());
    EXPECT_FALSE(model.setData(model.index(0, FollowUpBoardModel::ActionColumn), Qt::Checked,
                               Qt::CheckStateRole));
    EXPECT_EQ(spy.count(), 1);

    model.setEntries({});
    EXPECT_EQ(model.overdueCount(), 0);
}

TEST(AttendanceModelTest, ShowsWhoCameAndWhoWasRepresented)
{
    LanguageSetup::install(QStringLiteral("en"));
    AttendanceModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    model.setAttendees(
        {{1, {}, "Dinkes", "dr. A", "Kepala Dinas", core::AttendanceStatus::Represented, "Andi"},
         {{}, {}, "Kodim 0303", "", "", core::AttendanceStatus::Absent, ""}});
    ASSERT_EQ(model.rowCount(), 2);
    EXPECT_EQ(model.index(0, AttendanceModel::AttendanceColumn).data().toString(),
              QStringLiteral("Represented by Andi"));
    EXPECT_EQ(model.index(1, AttendanceModel::AttendanceColumn).data().toString(),
              QStringLiteral("Absent"));
    EXPECT_EQ(model.index(1, AttendanceModel::InstitutionColumn).data().toString(),
              QStringLiteral("Kodim 0303"));
}

TEST(DecisionFollowUpModelTest, ShowsResponsibleAndOverdue)
{
    LanguageSetup::install(QStringLiteral("en"));
    DecisionFollowUpModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    model.setOpdNames({{7, QStringLiteral("Dinkes")}});
    core::FollowUp late;
    late.action = "Pendampingan";
    late.responsibleOpdId = 7;
    late.responsibleOther = "Puskesmas Bantan";
    late.dueDate = date(2024, 3, 31);
    core::FollowUp open = late;
    open.dueDate = date(2024, 12, 31);
    model.setFollowUps({late, open}, date(2024, 4, 10));
    ASSERT_EQ(model.rowCount(), 2);
    EXPECT_EQ(model.index(0, DecisionFollowUpModel::ResponsibleColumn).data().toString(),
              QStringLiteral("Dinkes / Puskesmas Bantan"));
    EXPECT_EQ(model.index(0, DecisionFollowUpModel::StatusColumn).data().toString(),
              QStringLiteral("Overdue by 10 days"));
    EXPECT_EQ(model.index(1, DecisionFollowUpModel::StatusColumn).data().toString(),
              QStringLiteral("Not started"));
    model.setFollowUps({}, date(2024, 4, 10));
    EXPECT_EQ(model.rowCount(), 0);
}

// A reload keeps the rows that are still there in place: the view keeps its selection and
// current row, the proxy its sort; rows gone are removed, new ones come in.
TEST(MeetingListModelTest, AReloadKeepsTheSelectionAndTheSort)
{
    LanguageSetup::install(QStringLiteral("en"));
    MeetingListModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    QSortFilterProxyModel proxy;
    QAbstractItemModelTester proxyTester(&proxy,
                                         QAbstractItemModelTester::FailureReportingMode::Fatal);
    proxy.setSourceModel(&model);
    proxy.setSortRole(MeetingListModel::SortRole);
    proxy.sort(MeetingListModel::DateColumn, Qt::DescendingOrder);
    QItemSelectionModel selection(&proxy);
    model.setMeetings({summary(1, date(2021, 6, 29), "Rakor 2021", 0),
                       summary(2, date(2023, 12, 5), "Rakornis 2023", 3),
                       summary(3, date(2022, 6, 14), "Rembuk 2022", 0)});
    const QModelIndex rembuk = proxy.mapFromSource(model.index(model.rowOf(3), 0));
    selection.setCurrentIndex(rembuk,
                              QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
    QSignalSpy resets(&model, &QAbstractItemModel::modelReset);

    // Meeting 1 removed, 2 changed, 4 added (newest).
    auto changed = summary(2, date(2023, 12, 5), "Rakornis 2023 (diperbaiki)", 1);
    model.setMeetings({changed, summary(3, date(2022, 6, 14), "Rembuk 2022", 0),
                       summary(4, date(2024, 5, 21), "Diseminasi AKS 2024", 0)});
    EXPECT_EQ(resets.count(), 0) << "no reset: the view keeps its state";
    ASSERT_EQ(model.rowCount(), 3);
    EXPECT_EQ(model.rowOf(1), -1);
    ASSERT_TRUE(selection.currentIndex().isValid());
    EXPECT_EQ(selection.currentIndex().data(MeetingListModel::IdRole).toLongLong(), 3)
        << "the current row is still the same meeting";
    EXPECT_TRUE(selection.isRowSelected(selection.currentIndex().row(), {}));
    QStringList titles;
    for (int row = 0; row < proxy.rowCount(); ++row)
        titles << proxy.index(row, MeetingListModel::TitleColumn).data().toString();
    EXPECT_EQ(titles, (QStringList{QStringLiteral("Diseminasi AKS 2024"),
                                   QStringLiteral("Rakornis 2023 (diperbaiki)"),
                                   QStringLiteral("Rembuk 2022")}))
        << "still sorted by date, newest first";
}

TEST(MeetingExportTest, CsvAndXlsxExportsNeverCarryALiveFormula)
{
    LanguageSetup::install(QStringLiteral("en"));
    QTemporaryDir dir;
    ASSERT_TRUE(dir.isValid());
    auto meeting = summary(5, date(2023, 12, 5), "=HYPERLINK(\"http://x\")", 1);
    const QString csv = dir.filePath(QStringLiteral("rapat.csv"));
    reports::exportMeetingsCsv(csv, {meeting});
    QFile file(csv);
    ASSERT_TRUE(file.open(QIODevice::ReadOnly));
    const QString text = QString::fromUtf8(file.readAll());
    EXPECT_TRUE(text.contains(QStringLiteral("2023-12-05"))) << text.toStdString();
    EXPECT_TRUE(text.contains(QStringLiteral("'=HYPERLINK"))) << text.toStdString();
    EXPECT_FALSE(text.contains(QStringLiteral(",=HYPERLINK"))) << text.toStdString();

    const QString xlsx = dir.filePath(QStringLiteral("tindak-lanjut.xlsx"));
    reports::exportFollowUpsXlsx(
        xlsx, {entry(1, date(2024, 3, 31), core::FollowUpStatus::Open, true, 3)});
    QFile book(xlsx);
    ASSERT_TRUE(book.open(QIODevice::ReadOnly));
    EXPECT_TRUE(book.read(2) == "PK") << "a zip container";
}

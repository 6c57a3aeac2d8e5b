// SPDX-License-Identifier: GPL-3.0-or-later
#include "storage/semester/semester_repository.h"

#include "core/errors.h"
#include "core/text.h"
#include "qtsupport/text.h"
#include "storage/audit_log.h"
#include "storage/database.h"
#include "storage/query.h"
#include "storage/storage_error.h"
#include "storage/text_check.h"
#include "storage/transaction.h"

#include <QCoreApplication>
#include <QJsonObject>

namespace konvergensi::storage {

namespace {

const QString kTextColumns = QStringLiteral(
    "SELECT year, half, foreword, summary, innovations, obstacles, closing, perbup_answer, "
    "perbup_note, report_date, row_version FROM semester_report");

QString rowKey(int year, int half)
{
    return QStringLiteral("%1-%2").arg(year).arg(half);
}

QJsonObject toJson(const core::SemesterTexts &t)
{
    QJsonObject json{{QStringLiteral("year"), t.year},
                     {QStringLiteral("half"), t.half},
                     {QStringLiteral("foreword"), qs(t.foreword)},
                     {QStringLiteral("summary"), qs(t.summary)},
                     {QStringLiteral("innovations"), qs(t.innovations)},
                     {QStringLiteral("obstacles"), qs(t.obstacles)},
                     {QStringLiteral("closing"), qs(t.closing)},
                     {QStringLiteral("perbup_note"), qs(t.villageRoleRegulation.note)}};
    if (t.villageRoleRegulation.answer)
        json.insert(QStringLiteral("perbup_answer"), *t.villageRoleRegulation.answer);
    if (t.reportDate)
        json.insert(QStringLiteral("report_date"), qs(core::toIsoDate(*t.reportDate)));
    return json;
}

QJsonObject toJson(const core::SemesterSignatories &s)
{
    return {{QStringLiteral("chair_title"), qs(s.chairTitle)},
            {QStringLiteral("chair_name"), qs(s.chairName)},
            {QStringLiteral("chair_nip"), qs(s.chairNip)},
            {QStringLiteral("regent_acknowledges"), s.regentAcknowledges},
            {QStringLiteral("regent_title"), qs(s.regentTitle)},
            {QStringLiteral("regent_name"), qs(s.regentName)}};
}

void checkTexts(core::SemesterTexts &t)
{
    if (!core::Semester{t.year, t.half}.isValid())
        throw StorageError(
            StorageError::Kind::Invalid,
            QCoreApplication::translate("SemesterRepository",
                                        "A semester report is for a year from 2000 to 2100 and "
                                        "semester I or II."));
    if (t.reportDate && !core::isValidReportDate({t.year, t.half}, *t.reportDate))
        throw StorageError(
            StorageError::Kind::Invalid,
            QCoreApplication::translate(
                "SemesterRepository", "The report date cannot be before the semester begins (%1).")
                .arg(qs(core::toIsoDate(core::Semester{t.year, t.half}.firstDay()))));
    for (std::string *text : {&t.foreword, &t.summary, &t.innovations, &t.obstacles, &t.closing,
                              &t.villageRoleRegulation.note})
        *text = core::trimmed(*text);
    requireText(t.foreword, core::TextKind::Note,
                QCoreApplication::translate("SemesterRepository", "Foreword"));
    requireText(t.summary, core::TextKind::Note,
                QCoreApplication::translate("SemesterRepository", "Executive summary"));
    requireText(t.innovations, core::TextKind::Note,
                QCoreApplication::translate("SemesterRepository", "Innovations"));
    requireText(t.obstacles, core::TextKind::Note,
                QCoreApplication::translate("SemesterRepository", "Obstacles and recommendations"));
    requireText(t.closing, core::TextKind::Note,
                QCoreApplication::translate("SemesterRepository", "Closing"));
    requireText(
        t.villageRoleRegulation.note, core::TextKind::Title,
        QCoreApplication::translate("SemesterRepository", "Note on the regent's regulation"));
}

} // namespace

SemesterRepository::SemesterRepository(Database &db)
    : m_db(db)
{
}

std::optional<core::SemesterTexts> SemesterRepository::texts(const core::Semester &semester) const
{
    Query query(m_db, kTextColumns + QStringLiteral(" WHERE year = :year AND half = :half"));
    query.bind(QStringLiteral(":year"), semester.year)
        .bind(QStringLiteral(":half"), semester.half)
        .exec();
    if (!query.next())
        return std::nullopt;
    core::SemesterTexts t;
    t.year = static_cast<int>(query.integer(0));
    t.half = static_cast<int>(query.integer(1));
    t.foreword = ss(query.text(2));
    t.summary = ss(query.text(3));
    t.innovations = ss(query.text(4));
    t.obstacles = ss(query.text(5));
    t.closing = ss(query.text(6));
    if (!query.value(7).isNull())
        t.villageRoleRegulation.answer = query.integer(7) != 0;
    t.villageRoleRegulation.note = ss(query.text(8));
    if (const QString date = query.text(9); !date.isEmpty()) {
        try {
            t.reportDate = core::parseIsoDate(ss(date));
        } catch (const core::DomainError &) {
            // A date written by hand outside the program: the report is signed today.
        }
    }
    t.rowVersion = static_cast<int>(query.integer(10));
    return t;
}

std::vector<core::Semester> SemesterRepository::semesters() const
{
    Query query(m_db, QStringLiteral("SELECT year, half FROM semester_report "
                                     "ORDER BY year DESC, half DESC"));
    query.exec();
    std::vector<core::Semester> out;
    while (query.next())
        out.push_back({static_cast<int>(query.integer(0)), static_cast<int>(query.integer(1))});
    return out;
}

core::SemesterTexts SemesterRepository::save(core::SemesterTexts t)
{
    checkTexts(t);
    Transaction transaction(m_db);
    const auto before = texts({t.year, t.half});
    // The report is dated the day its parts are first saved unless a date is chosen.
    if (!t.reportDate)
        t.reportDate = before && before->reportDate ? *before->reportDate : m_db.clock().today();
    const QVariant answer = t.villageRoleRegulation.answer
                                ? QVariant(*t.villageRoleRegulation.answer ? 1 : 0)
                                : QVariant(QMetaType(QMetaType::Int));
    auto bindTexts = [&](Query &query) {
        query.bind(QStringLiteral(":foreword"), qs(t.foreword))
            .bind(QStringLiteral(":summary"), qs(t.summary))
            .bind(QStringLiteral(":innovations"), qs(t.innovations))
            .bind(QStringLiteral(":obstacles"), qs(t.obstacles))
            .bind(QStringLiteral(":closing"), qs(t.closing))
            .bind(QStringLiteral(":answer"), answer)
            .bind(QStringLiteral(":note"), qs(t.villageRoleRegulation.note))
            .bind(QStringLiteral(":date"), qs(core::toIsoDate(*t.reportDate)))
            .bind(QStringLiteral(":now"), m_db.nowText())
            .bind(QStringLiteral(":actor"), m_db.actor())
            .bind(QStringLiteral(":year"), t.year)
            .bind(QStringLiteral(":half"), t.half);
    };
    if (!before) {
        if (t.rowVersion != 0)
            throw StorageError::conflict();
        Query insert(m_db,
                     QStringLiteral("INSERT INTO semester_report (year, half, foreword, summary, "
                                    "innovations, obstacles, closing, perbup_answer, perbup_note, "
                                    "report_date, created_at, created_by, updated_at, updated_by) "
                                    "VALUES (:year, :half, :foreword, :summary, :innovations, "
                                    ":obstacles, :closing, :answer, :note, :date, :now, :actor, "
                                    ":now, :actor)"));
        bindTexts(insert);
        insert.exec();
        t.rowVersion = 1;
        AuditLog::record(m_db, QStringLiteral("semester_report"), rowKey(t.year, t.half),
                         AuditLog::Action::Insert, {}, toJson(t));
    } else {
        if (before->rowVersion != t.rowVersion)
            throw StorageError::conflict();
        Query update(
            m_db, QStringLiteral(
                      "UPDATE semester_report SET foreword = :foreword, summary = "
                      ":summary, innovations = :innovations, obstacles = :obstacles, "
                      "closing = :closing, perbup_answer = :answer, perbup_note = :note, "
                      "report_date = :date, updated_at = :now, updated_by = :actor, row_version = "
                      "row_version + 1 WHERE year = :year AND half = :half AND "
                      "row_version = :version"));
        bindTexts(update);
        update.bind(QStringLiteral(":version"), t.rowVersion).exec();
        if (update.rowsAffected() != 1)
            throw StorageError::conflict();
        ++t.rowVersion;
        AuditLog::record(m_db, QStringLiteral("semester_report"), rowKey(t.year, t.half),
                         AuditLog::Action::Update, toJson(*before), toJson(t));
    }
    transaction.commit();
    return t;
}

core::SemesterSignatories SemesterRepository::signatories() const
{
    Query query(m_db, QStringLiteral("SELECT chair_title, chair_name, chair_nip, "
                                     "regent_acknowledges, regent_title, regent_name, "
                                     "row_version FROM semester_report_signatories WHERE id = 1"));
    query.exec();
    core::SemesterSignatories s;
    if (!query.next())
        return s;
    s.chairTitle = ss(query.text(0));
    s.chairName = ss(query.text(1));
    s.chairNip = ss(query.text(2));
    s.regentAcknowledges = query.integer(3) != 0;
    s.regentTitle = ss(query.text(4));
    s.regentName = ss(query.text(5));
    s.rowVersion = static_cast<int>(query.integer(6));
    return s;
}

core::SemesterSignatories SemesterRepository::saveSignatories(core::SemesterSignatories s)
{
    for (std::string *text :
         {&s.chairTitle, &s.chairName, &s.chairNip, &s.regentTitle, &s.regentName})
        *text = core::trimmed(*text);
    requireText(s.chairTitle, core::TextKind::Title,
                QCoreApplication::translate("SemesterRepository", "Title of the TPPS chair"));
    requireText(s.chairName, core::TextKind::Name,
                QCoreApplication::translate("SemesterRepository", "Name of the TPPS chair"));
    requireText(s.chairNip, core::TextKind::Name,
                QCoreApplication::translate("SemesterRepository", "NIP of the TPPS chair"));
    requireText(s.regentTitle, core::TextKind::Title,
                QCoreApplication::translate("SemesterRepository", "Title of the regent"));
    requireText(s.regentName, core::TextKind::Name,
                QCoreApplication::translate("SemesterRepository", "Name of the regent"));
    Transaction transaction(m_db);
    const core::SemesterSignatories before = signatories();
    if (before.rowVersion != s.rowVersion)
        throw StorageError::conflict();
    Query write(m_db, QStringLiteral(
                          "INSERT INTO semester_report_signatories (id, chair_title, chair_name, "
                          "chair_nip, regent_acknowledges, regent_title, regent_name, updated_at, "
                          "updated_by, row_version) VALUES (1, :ct, :cn, :nip, :ack, :rt, :rn, "
                          ":now, :actor, 1) ON CONFLICT (id) DO UPDATE SET chair_title = :ct, "
                          "chair_name = :cn, chair_nip = :nip, regent_acknowledges = :ack, "
                          "regent_title = :rt, regent_name = :rn, updated_at = :now, "
                          "updated_by = :actor, row_version = "
                          "semester_report_signatories.row_version + 1 WHERE "
                          "semester_report_signatories.row_version = :version"));
    write.bind(QStringLiteral(":ct"), qs(s.chairTitle))
        .bind(QStringLiteral(":cn"), qs(s.chairName))
        .bind(QStringLiteral(":nip"), qs(s.chairNip))
        .bind(QStringLiteral(":ack"), s.regentAcknowledges ? 1 : 0)
        .bind(QStringLiteral(":rt"), qs(s.regentTitle))
        .bind(QStringLiteral(":rn"), qs(s.regentName))
        .bind(QStringLiteral(":now"), m_db.nowText())
        .bind(QStringLiteral(":actor"), m_db.actor())
        .bind(QStringLiteral(":version"), s.rowVersion)
        .exec();
    if (write.rowsAffected() != 1)
        throw StorageError::conflict();
    ++s.rowVersion;
    AuditLog::record(m_db, QStringLiteral("semester_report_signatories"), QStringLiteral("1"),
                     before.rowVersion == 0 ? AuditLog::Action::Insert : AuditLog::Action::Update,
                     before.rowVersion == 0 ? QJsonObject() : toJson(before), toJson(s));
    transaction.commit();
    return s;
}

} // namespace konvergensi::storage

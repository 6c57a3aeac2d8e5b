// SPDX-License-Identifier: GPL-3.0-or-later
#include "storage/meetings/meeting_repository.h"

#include "storage/audit_log.h"
#include "storage/database.h"
#include "storage/document_store.h"
#include "storage/followups/follow_up_repository.h"
#include "storage/logging.h"
#include "storage/meetings/meeting_rows.h"
#include "storage/query.h"
#include "storage/storage_error.h"
#include "storage/text_check.h"
#include "storage/transaction.h"

#include "core/clock.h"
#include "core/errors.h"
#include "core/text.h"
#include "qtsupport/text.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonObject>

#include <map>

namespace konvergensi::storage {

namespace {

const QString kMeetingOwner = QStringLiteral("meeting");

QVariant nullText()
{
    return QVariant(QMetaType::fromType<QString>());
}

QVariant optionalText(const std::string &text)
{
    return text.empty() ? nullText() : QVariant(qs(text));
}

QVariant timeValue(const std::optional<int> &minute)
{
    return minute ? QVariant(qs(core::toIsoTime(*minute))) : nullText();
}

boost::gregorian::date readDate(const QString &text)
{
    try {
        return core::parseIsoDate(text.toStdString());
    } catch (const core::DomainError &) {
        return boost::gregorian::date(boost::gregorian::not_a_date_time);
    }
}

std::optional<int> readTime(const QVariant &value)
{
    if (value.isNull())
        return std::nullopt;
    return core::parseTimeOfDay(value.toString().toStdString());
}

/// "%word%" for LIKE, with the LIKE wildcards in the word escaped by a backslash.
QString likePattern(const std::string &text)
{
    QString word = qs(core::trimmed(text)).toLower();
    word.replace(QLatin1Char('\\'), QStringLiteral("\\\\"))
        .replace(QLatin1Char('%'), QStringLiteral("\\%"))
        .replace(QLatin1Char('_'), QStringLiteral("\\_"));
    return QLatin1Char('%') + word + QLatin1Char('%');
}

QJsonObject toJson(const core::Meeting &m)
{
    QJsonArray agenda;
    for (const auto &item : m.agenda)
        agenda.append(qs(item.text));
    QJsonArray attendees;
    for (const auto &a : m.attendees) {
        attendees.append(QJsonObject{{QStringLiteral("institution"), qs(a.institution)},
                                     {QStringLiteral("name"), qs(a.name)},
                                     {QStringLiteral("status"), qs(core::toString(a.status))},
                                     {QStringLiteral("represented_by"), qs(a.representedBy)}});
    }
    QJsonArray decisions;
    for (const auto &d : m.decisions)
        decisions.append(qs(d.text));
    return {
        {QStringLiteral("kind"), qs(core::toString(m.kind))},
        {QStringLiteral("level"), qs(core::toString(m.level))},
        {QStringLiteral("region_code"), qs(m.regionCode)},
        {QStringLiteral("title"), qs(m.title)},
        {QStringLiteral("meeting_date"),
         m.date.is_special() ? QString() : qs(core::toIsoDate(m.date))},
        {QStringLiteral("start_time"),
         m.startMinute ? qs(core::toIsoTime(*m.startMinute)) : QString()},
        {QStringLiteral("end_time"), m.endMinute ? qs(core::toIsoTime(*m.endMinute)) : QString()},
        {QStringLiteral("venue"), qs(m.venue)},
        {QStringLiteral("chair"), qs(m.chair)},
        {QStringLiteral("chair_represented_by"), qs(m.chairRepresentedBy)},
        {QStringLiteral("chair_representative_position"), qs(m.chairRepresentativePosition)},
        {QStringLiteral("serves_action"), qs(m.servesAction)},
        {QStringLiteral("summary_length"), static_cast<qint64>(m.summary.size())},
        {QStringLiteral("minutes_length"), static_cast<qint64>(m.minutes.size())},
        {QStringLiteral("secretary_name"), qs(m.secretaryName)},
        {QStringLiteral("agenda"), agenda},
        {QStringLiteral("attendees"), attendees},
        {QStringLiteral("decisions"), decisions}};
}

core::Meeting normalised(core::Meeting m)
{
    m.regionCode = core::trimmed(m.regionCode);
    m.title = core::trimmed(m.title);
    m.venue = core::trimmed(m.venue);
    m.chair = core::trimmed(m.chair);
    m.chairRepresentedBy = core::trimmed(m.chairRepresentedBy);
    m.chairRepresentativePosition = core::trimmed(m.chairRepresentativePosition);
    m.servesAction = core::trimmed(m.servesAction);
    m.secretaryName = core::trimmed(m.secretaryName);
    m.secretaryPosition = core::trimmed(m.secretaryPosition);
    for (auto &item : m.agenda)
        item.text = core::trimmed(item.text);
    for (auto &a : m.attendees) {
        a.institution = core::trimmed(a.institution);
        a.name = core::trimmed(a.name);
        a.position = core::trimmed(a.position);
        a.representedBy = core::trimmed(a.representedBy);
        if (a.status != core::AttendanceStatus::Represented)
            a.representedBy.clear();
    }
    for (auto &d : m.decisions) {
        d.text = core::trimmed(d.text);
        for (auto &f : d.followUps)
            f.ownerType = std::string(core::follow_up_owner::kMeetingDecision);
    }
    return m;
}

void check(const core::Meeting &meeting)
{
    const auto issues = core::validate(meeting);
    if (!issues.empty()) {
        qCWarning(lcStorage) << "meeting refused, problem"
                             << static_cast<int>(issues.front().problem);
        throw StorageError(StorageError::Kind::Invalid,
                           QCoreApplication::translate("Storage",
                                                       "The meeting breaks a rule of the "
                                                       "register and was not stored."));
    }
    // Core validation holds the length limit of each field; here names and one-line fields
    // take no control or hidden characters (issue #16 finding 11).
    using core::TextKind;
    requireCharacters(meeting.title, TextKind::Title,
                      QCoreApplication::translate("TextCheck", "title"));
    requireCharacters(meeting.venue, TextKind::Title,
                      QCoreApplication::translate("TextCheck", "venue"));
    requireCharacters(meeting.chair, TextKind::Title,
                      QCoreApplication::translate("TextCheck", "chair"));
    requireCharacters(meeting.chairRepresentedBy, TextKind::Name,
                      QCoreApplication::translate("TextCheck", "name"));
    requireCharacters(meeting.chairRepresentativePosition, TextKind::Title,
                      QCoreApplication::translate("TextCheck", "position"));
    requireCharacters(meeting.summary, TextKind::Note,
                      QCoreApplication::translate("TextCheck", "summary"));
    requireCharacters(meeting.minutes, TextKind::Note,
                      QCoreApplication::translate("TextCheck", "minutes"));
    requireCharacters(meeting.secretaryName, TextKind::Name,
                      QCoreApplication::translate("TextCheck", "name"));
    requireCharacters(meeting.secretaryPosition, TextKind::Title,
                      QCoreApplication::translate("TextCheck", "position"));
    for (const core::AgendaItem &item : meeting.agenda)
        requireCharacters(item.text, TextKind::Title,
                          QCoreApplication::translate("TextCheck", "agenda item"));
    for (const core::Attendee &attendee : meeting.attendees) {
        requireCharacters(attendee.institution, TextKind::Name,
                          QCoreApplication::translate("TextCheck", "institution"));
        requireCharacters(attendee.name, TextKind::Name,
                          QCoreApplication::translate("TextCheck", "name"));
        requireCharacters(attendee.position, TextKind::Title,
                          QCoreApplication::translate("TextCheck", "position"));
        requireCharacters(attendee.representedBy, TextKind::Name,
                          QCoreApplication::translate("TextCheck", "name"));
    }
    for (const core::Decision &decision : meeting.decisions)
        requireCharacters(decision.text, TextKind::Note,
                          QCoreApplication::translate("TextCheck", "decision"));
}

void bindMeeting(Query &query, const core::Meeting &m)
{
    query.bind(QStringLiteral(":kind"), qs(core::toString(m.kind)))
        .bind(QStringLiteral(":level"), qs(core::toString(m.level)))
        .bind(QStringLiteral(":region"), optionalText(m.regionCode))
        .bind(QStringLiteral(":title"), qs(m.title))
        .bind(QStringLiteral(":date"), qs(core::toIsoDate(m.date)))
        .bind(QStringLiteral(":start"), timeValue(m.startMinute))
        .bind(QStringLiteral(":end"), timeValue(m.endMinute))
        .bind(QStringLiteral(":venue"), qs(m.venue))
        .bind(QStringLiteral(":chair"), qs(m.chair))
        .bind(QStringLiteral(":represented_by"), qs(m.chairRepresentedBy))
        .bind(QStringLiteral(":representative_position"), qs(m.chairRepresentativePosition))
        .bind(QStringLiteral(":serves"), optionalText(m.servesAction))
        .bind(QStringLiteral(":summary"), qs(m.summary))
        .bind(QStringLiteral(":minutes"), qs(m.minutes))
        .bind(QStringLiteral(":secretary_name"), qs(m.secretaryName))
        .bind(QStringLiteral(":secretary_position"), qs(m.secretaryPosition));
}

} // namespace

MeetingRepository::MeetingRepository(Database &db)
    : m_db(db)
{
}

std::vector<MeetingSummary> MeetingRepository::list(const MeetingFilter &filter) const
{
    QString sql = QStringLiteral(
        "SELECT m.id, m.meeting_date, m.start_time, m.kind, m.level, m.region_code, r.name, "
        "m.title, m.venue, m.chair, m.serves_action, "
        "(SELECT count(*) FROM meeting_decision d WHERE d.meeting_id = m.id) "
        "FROM meeting m LEFT JOIN region r ON r.code = m.region_code WHERE 1 = 1");
    if (filter.year)
        sql += QStringLiteral(" AND m.meeting_date >= :year_from AND m.meeting_date < :year_to");
    if (filter.kind)
        sql += QStringLiteral(" AND m.kind = :kind");
    if (filter.level)
        sql += QStringLiteral(" AND m.level = :level");
    if (!core::trimmed(filter.regionCode).empty())
        sql += QStringLiteral(" AND (m.region_code = :region OR m.region_code LIKE :region_below)");
    const bool search = !core::trimmed(filter.text).empty();
    if (search) {
        sql += QStringLiteral(
            " AND (lower(m.title) LIKE :text ESCAPE '\\' OR lower(m.summary) LIKE :text ESCAPE "
            "'\\' OR lower(m.minutes) LIKE :text ESCAPE '\\' OR lower(m.venue) LIKE :text ESCAPE "
            "'\\' OR EXISTS (SELECT 1 FROM meeting_decision d WHERE d.meeting_id = m.id AND "
            "lower(d.text) LIKE :text ESCAPE '\\') OR EXISTS (SELECT 1 FROM follow_up f JOIN "
            "meeting_decision d ON f.owner_type = :owner AND f.owner_id = d.id WHERE "
            "d.meeting_id = m.id AND lower(f.action) LIKE :text ESCAPE '\\'))");
    }
    sql += QStringLiteral(" ORDER BY m.meeting_date DESC, m.start_time DESC, m.id DESC");

    Query query(m_db, sql);
    if (search)
        query.bind(QStringLiteral(":owner"), qs(core::follow_up_owner::kMeetingDecision));
    if (filter.year) {
        query
            .bind(QStringLiteral(":year_from"),
                  QStringLiteral("%1-01-01").arg(*filter.year, 4, 10, QLatin1Char('0')))
            .bind(QStringLiteral(":year_to"),
                  QStringLiteral("%1-01-01").arg(*filter.year + 1, 4, 10, QLatin1Char('0')));
    }
    if (filter.kind)
        query.bind(QStringLiteral(":kind"), qs(core::toString(*filter.kind)));
    if (filter.level)
        query.bind(QStringLiteral(":level"), qs(core::toString(*filter.level)));
    if (!core::trimmed(filter.regionCode).empty()) {
        const QString region = qs(core::trimmed(filter.regionCode));
        query.bind(QStringLiteral(":region"), region)
            .bind(QStringLiteral(":region_below"), QString(region + QStringLiteral(".%")));
    }
    if (search)
        query.bind(QStringLiteral(":text"), likePattern(filter.text));
    query.exec();

    std::vector<MeetingSummary> out;
    while (query.next()) {
        MeetingSummary m;
        m.id = query.integer(0);
        m.date = readDate(query.text(1));
        m.startMinute = readTime(query.value(2));
        m.kind = core::meetingKindFromString(query.text(3).toStdString())
                     .value_or(core::MeetingKind::Other);
        m.level = core::meetingLevelFromString(query.text(4).toStdString())
                      .value_or(core::MeetingLevel::Kabupaten);
        m.regionCode = query.text(5).toStdString();
        m.regionName = query.text(6).toStdString();
        m.title = query.text(7).toStdString();
        m.venue = query.text(8).toStdString();
        m.chair = query.text(9).toStdString();
        m.servesAction = query.text(10).toStdString();
        m.decisionCount = static_cast<int>(query.integer(11));
        out.push_back(std::move(m));
    }

    // The follow-ups of every meeting by status and due date; pending and overdue are core's
    // rules (core::isPending, core::isOverdue), not SQL's.
    std::map<std::int64_t, MeetingSummary *> byId;
    for (MeetingSummary &m : out)
        byId[m.id] = &m;
    Query followUps(m_db, QStringLiteral("SELECT d.meeting_id, f.status, f.due_date, count(*) FROM "
                                         "follow_up f JOIN meeting_decision d ON f.owner_type = "
                                         ":owner AND f.owner_id = d.id GROUP BY d.meeting_id, "
                                         "f.status, f.due_date"));
    followUps.bind(QStringLiteral(":owner"), qs(core::follow_up_owner::kMeetingDecision)).exec();
    const auto today = m_db.clock().today();
    while (followUps.next()) {
        const auto it = byId.find(followUps.integer(0));
        if (it == byId.end())
            continue;
        core::FollowUp followUp;
        followUp.status = core::followUpStatusFromString(followUps.text(1).toStdString())
                              .value_or(core::FollowUpStatus::Open);
        const auto due = readDate(followUps.text(2));
        if (!due.is_special())
            followUp.dueDate = due;
        const int count = static_cast<int>(followUps.integer(3));
        it->second->followUpCount += count;
        if (core::isPending(followUp.status))
            it->second->pendingFollowUps += count;
        if (core::isOverdue(followUp, today))
            it->second->overdueFollowUps += count;
    }
    return out;
}

std::vector<int> MeetingRepository::years() const
{
    Query query(m_db, QStringLiteral("SELECT DISTINCT substr(meeting_date, 1, 4) FROM meeting "
                                     "ORDER BY 1 DESC"));
    query.exec();
    std::vector<int> out;
    while (query.next()) {
        bool ok = false;
        const int year = query.text(0).toInt(&ok);
        if (ok)
            out.push_back(year);
    }
    return out;
}

std::optional<core::Meeting> MeetingRepository::find(std::int64_t id) const
{
    Query query(m_db, QStringLiteral(
                          "SELECT id, kind, level, region_code, title, meeting_date, start_time, "
                          "end_time, venue, chair, chair_represented_by, "
                          "chair_representative_position, serves_action, summary, minutes, "
                          "secretary_name, secretary_position, row_version FROM meeting WHERE id "
                          "= :id"));
    query.bind(QStringLiteral(":id"), QVariant::fromValue(id)).exec();
    if (!query.next())
        return std::nullopt;
    core::Meeting m;
    m.id = query.integer(0);
    m.kind =
        core::meetingKindFromString(query.text(1).toStdString()).value_or(core::MeetingKind::Other);
    m.level = core::meetingLevelFromString(query.text(2).toStdString())
                  .value_or(core::MeetingLevel::Kabupaten);
    m.regionCode = query.text(3).toStdString();
    m.title = query.text(4).toStdString();
    m.date = readDate(query.text(5));
    m.startMinute = readTime(query.value(6));
    m.endMinute = readTime(query.value(7));
    m.venue = query.text(8).toStdString();
    m.chair = query.text(9).toStdString();
    m.chairRepresentedBy = query.text(10).toStdString();
    m.chairRepresentativePosition = query.text(11).toStdString();
    m.servesAction = query.text(12).toStdString();
    m.summary = query.text(13).toStdString();
    m.minutes = query.text(14).toStdString();
    m.secretaryName = query.text(15).toStdString();
    m.secretaryPosition = query.text(16).toStdString();
    m.rowVersion = static_cast<int>(query.integer(17));

    Query agenda(m_db, QStringLiteral("SELECT text FROM meeting_agenda_item WHERE meeting_id = "
                                      ":id ORDER BY position, id"));
    agenda.bind(QStringLiteral(":id"), QVariant::fromValue(id)).exec();
    while (agenda.next())
        m.agenda.push_back({agenda.text(0).toStdString()});

    Query attendees(
        m_db, QStringLiteral("SELECT opd_id, person_id, institution, name, position_title, "
                             "status, represented_by FROM meeting_attendee WHERE meeting_id = "
                             ":id ORDER BY position, id"));
    attendees.bind(QStringLiteral(":id"), QVariant::fromValue(id)).exec();
    while (attendees.next()) {
        core::Attendee a;
        if (!attendees.value(0).isNull())
            a.opdId = attendees.integer(0);
        if (!attendees.value(1).isNull())
            a.personId = attendees.integer(1);
        a.institution = attendees.text(2).toStdString();
        a.name = attendees.text(3).toStdString();
        a.position = attendees.text(4).toStdString();
        a.status = core::attendanceStatusFromString(attendees.text(5).toStdString())
                       .value_or(core::AttendanceStatus::Present);
        a.representedBy = attendees.text(6).toStdString();
        m.attendees.push_back(std::move(a));
    }

    Query decisions(m_db, QStringLiteral("SELECT id, text FROM meeting_decision WHERE meeting_id "
                                         "= :id ORDER BY position, id"));
    decisions.bind(QStringLiteral(":id"), QVariant::fromValue(id)).exec();
    FollowUpRepository followUps(m_db);
    while (decisions.next()) {
        core::Decision d;
        d.id = decisions.integer(0);
        d.text = decisions.text(1).toStdString();
        d.followUps = followUps.forOwner(std::string(core::follow_up_owner::kMeetingDecision),
                                         d.id);
        m.decisions.push_back(std::move(d));
    }
    return m;
}

core::Meeting MeetingRepository::add(core::Meeting meeting)
{
    meeting = normalised(std::move(meeting));
    check(meeting);
    Transaction transaction(m_db);
    Query insert(
        m_db, QStringLiteral("INSERT INTO meeting (kind, level, region_code, title, meeting_date, "
                             "start_time, end_time, venue, chair, chair_represented_by, "
                             "chair_representative_position, serves_action, summary, minutes, "
                             "secretary_name, secretary_position, created_at, created_by, "
                             "updated_at, updated_by) VALUES (:kind, :level, :region, :title, "
                             ":date, :start, :end, :venue, :chair, :represented_by, "
                             ":representative_position, :serves, :summary, :minutes, "
                             ":secretary_name, :secretary_position, :now, :actor, :now, :actor)"));
    bindMeeting(insert, meeting);
    meeting_rows::bindStamp(insert, m_db.nowText(), m_db.actor());
    insert.exec();
    core::Meeting saved = meeting;
    saved.id = insert.lastInsertId().toLongLong();
    saved.rowVersion = 1;
    writeChildren(meeting, saved, nullptr);
    AuditLog::record(m_db, QStringLiteral("meeting"), QString::number(saved.id),
                     AuditLog::Action::Insert, {}, toJson(saved));
    transaction.commit();
    return saved;
}

core::Meeting MeetingRepository::update(core::Meeting meeting)
{
    meeting = normalised(std::move(meeting));
    check(meeting);
    Transaction transaction(m_db);
    const auto before = find(meeting.id);
    if (!before || before->rowVersion != meeting.rowVersion)
        throw StorageError::conflict();
    Query update(
        m_db, QStringLiteral("UPDATE meeting SET kind = :kind, level = :level, region_code = "
                             ":region, title = :title, meeting_date = :date, start_time = :start, "
                             "end_time = :end, venue = :venue, chair = :chair, "
                             "chair_represented_by = :represented_by, "
                             "chair_representative_position = :representative_position, "
                             "serves_action = :serves, summary = :summary, minutes = :minutes, "
                             "secretary_name = :secretary_name, secretary_position = "
                             ":secretary_position, updated_at = :now, updated_by = :actor, "
                             "row_version = row_version + 1 WHERE id = :id AND row_version = "
                             ":version"));
    bindMeeting(update, meeting);
    meeting_rows::bindStamp(update, m_db.nowText(), m_db.actor());
    update.bind(QStringLiteral(":id"), QVariant::fromValue(meeting.id))
        .bind(QStringLiteral(":version"), meeting.rowVersion)
        .exec();
    if (update.rowsAffected() != 1)
        throw StorageError::conflict();
    core::Meeting saved = meeting;
    saved.rowVersion = meeting.rowVersion + 1;
    writeChildren(meeting, saved, &*before);
    AuditLog::record(m_db, QStringLiteral("meeting"), QString::number(saved.id),
                     AuditLog::Action::Update, toJson(*before), toJson(saved));
    transaction.commit();
    return saved;
}

void MeetingRepository::remove(std::int64_t id)
{
    Transaction transaction(m_db);
    const auto before = find(id);
    if (!before)
        throw StorageError(StorageError::Kind::NotFound,
                           QCoreApplication::translate("Storage", "The meeting no longer exists."));
    FollowUpRepository followUps(m_db);
    for (const auto &d : before->decisions)
        followUps.removeForOwner(std::string(core::follow_up_owner::kMeetingDecision), d.id);
    DocumentStore(m_db).removeAll(kMeetingOwner, id);
    for (const QString &table :
         {QStringLiteral("meeting_agenda_item"), QStringLiteral("meeting_attendee"),
          QStringLiteral("meeting_decision")}) {
        Query(m_db,
              QStringLiteral("DELETE FROM ") + table + QStringLiteral(" WHERE meeting_id = :id"))
            .bind(QStringLiteral(":id"), QVariant::fromValue(id))
            .exec();
    }
    Query(m_db, QStringLiteral("DELETE FROM meeting WHERE id = :id"))
        .bind(QStringLiteral(":id"), QVariant::fromValue(id))
        .exec();
    AuditLog::record(m_db, QStringLiteral("meeting"), QString::number(id), AuditLog::Action::Delete,
                     toJson(*before), {});
    transaction.commit();
}

std::vector<MeetingReference> MeetingRepository::meetingsServingAction(
    int year, const std::string &actionKey) const
{
    Query query(m_db, QStringLiteral(
                          "SELECT id, meeting_date, title, kind FROM meeting WHERE serves_action "
                          "= :action AND meeting_date >= :from AND meeting_date < :to ORDER BY "
                          "meeting_date, start_time, id"));
    query.bind(QStringLiteral(":action"), qs(core::trimmed(actionKey)))
        .bind(QStringLiteral(":from"),
              QStringLiteral("%1-01-01").arg(year, 4, 10, QLatin1Char('0')))
        .bind(QStringLiteral(":to"),
              QStringLiteral("%1-01-01").arg(year + 1, 4, 10, QLatin1Char('0')))
        .exec();
    std::vector<MeetingReference> out;
    while (query.next()) {
        out.push_back({query.integer(0), readDate(query.text(1)), query.text(2).toStdString(),
                       core::meetingKindFromString(query.text(3).toStdString())
                           .value_or(core::MeetingKind::Other)});
    }
    return out;
}

} // namespace konvergensi::storage

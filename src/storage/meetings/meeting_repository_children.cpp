// SPDX-License-Identifier: GPL-3.0-or-later
// MeetingRepository, second part: the rows that belong to a meeting (agenda, attendance,
// decisions and their follow-ups), written inside the transaction of add() or update().
#include "storage/meetings/meeting_repository.h"

#include "storage/database.h"
#include "storage/followups/follow_up_repository.h"
#include "storage/meetings/meeting_rows.h"
#include "storage/query.h"
#include "storage/storage_error.h"

#include "qtsupport/text.h"

#include <map>
#include <set>

namespace konvergensi::storage {

void meeting_rows::bindStamp(Query &query, const QString &now, const QString &actor)
{
    query.bind(QStringLiteral(":now"), now).bind(QStringLiteral(":actor"), actor);
}

namespace {

QVariant idValue(const std::optional<std::int64_t> &id)
{
    return id ? QVariant::fromValue(*id) : QVariant(QMetaType::fromType<qlonglong>());
}

/// The fields every ordered text row of a meeting (agenda item, decision) is written with:
/// its place in the list, its text and the stamp.
void bindOrderedText(Query &query, std::size_t position, const std::string &text,
                     const QString &now, const QString &actor)
{
    query.bind(QStringLiteral(":position"), static_cast<int>(position))
        .bind(QStringLiteral(":text"), qs(text));
    meeting_rows::bindStamp(query, now, actor);
}

} // namespace

void MeetingRepository::writeChildren(const core::Meeting &meeting, core::Meeting &saved,
                                      const core::Meeting *before)
{
    const QVariant meetingId = QVariant::fromValue(saved.id);
    const QString now = m_db.nowText();
    const QString actor = m_db.actor();

    // Agenda and attendance have no identity of their own: they are written afresh.
    Query(m_db, QStringLiteral("DELETE FROM meeting_agenda_item WHERE meeting_id = :id"))
        .bind(QStringLiteral(":id"), meetingId)
        .exec();
    for (std::size_t i = 0; i < meeting.agenda.size(); ++i) {
        Query insert(m_db,
                     QStringLiteral("INSERT INTO meeting_agenda_item (meeting_id, position, text, "
                                    "created_at, created_by, updated_at, updated_by) VALUES (:id, "
                                    ":position, :text, :now, :actor, :now, :actor)"));
        insert.bind(QStringLiteral(":id"), meetingId);
        bindOrderedText(insert, i, meeting.agenda[i].text, now, actor);
        insert.exec();
    }
    Query(m_db, QStringLiteral("DELETE FROM meeting_attendee WHERE meeting_id = :id"))
        .bind(QStringLiteral(":id"), meetingId)
        .exec();
    for (std::size_t i = 0; i < meeting.attendees.size(); ++i) {
        const core::Attendee &a = meeting.attendees[i];
        Query insert(
            m_db,
            QStringLiteral("INSERT INTO meeting_attendee (meeting_id, position, opd_id, person_id, "
                           "institution, name, position_title, status, represented_by, created_at, "
                           "created_by, updated_at, updated_by) VALUES (:id, :position, :opd, "
                           ":person, :institution, :name, :title, :status, :represented_by, :now, "
                           ":actor, :now, :actor)"));
        insert.bind(QStringLiteral(":id"), meetingId)
            .bind(QStringLiteral(":position"), static_cast<int>(i))
            .bind(QStringLiteral(":opd"), idValue(a.opdId))
            .bind(QStringLiteral(":person"), idValue(a.personId))
            .bind(QStringLiteral(":institution"), qs(a.institution))
            .bind(QStringLiteral(":name"), qs(a.name))
            .bind(QStringLiteral(":title"), qs(a.position))
            .bind(QStringLiteral(":status"), qs(core::toString(a.status)))
            .bind(QStringLiteral(":represented_by"), qs(a.representedBy));
        meeting_rows::bindStamp(insert, now, actor);
        insert.exec();
    }

    // Decisions and follow-ups keep their ids, so the follow-up board's row versions hold.
    FollowUpRepository followUps(m_db);
    const std::string owner(core::follow_up_owner::kMeetingDecision);
    std::set<std::int64_t> keptDecisions;
    std::set<std::int64_t> keptFollowUps;
    std::map<std::int64_t, const core::Decision *> oldDecisions;
    if (before) {
        for (const auto &d : before->decisions)
            oldDecisions[d.id] = &d;
    }
    for (const auto &d : meeting.decisions) {
        if (d.id != 0 && oldDecisions.count(d.id))
            keptDecisions.insert(d.id);
        for (const auto &f : d.followUps) {
            if (f.id != 0)
                keptFollowUps.insert(f.id);
        }
    }
    // Removed follow-ups and decisions go first.
    for (const auto &[id, d] : oldDecisions) {
        for (const auto &f : d->followUps) {
            if (!keptFollowUps.count(f.id))
                followUps.remove(f.id);
        }
        if (!keptDecisions.count(id)) {
            Query(m_db, QStringLiteral("DELETE FROM meeting_decision WHERE id = :id"))
                .bind(QStringLiteral(":id"), QVariant::fromValue(id))
                .exec();
        }
    }
    for (std::size_t i = 0; i < meeting.decisions.size(); ++i) {
        const core::Decision &decision = meeting.decisions[i];
        core::Decision &out = saved.decisions[i];
        if (decision.id != 0 && keptDecisions.count(decision.id)) {
            Query update(m_db,
                         QStringLiteral("UPDATE meeting_decision SET position = :position, text = "
                                        ":text, updated_at = :now, updated_by = :actor, "
                                        "row_version = row_version + 1 WHERE id = :id AND "
                                        "(position <> :position OR text <> :text)"));
            update.bind(QStringLiteral(":id"), QVariant::fromValue(decision.id));
            bindOrderedText(update, i, decision.text, now, actor);
            update.exec();
        } else {
            Query insert(
                m_db, QStringLiteral("INSERT INTO meeting_decision (meeting_id, position, text, "
                                     "created_at, created_by, updated_at, updated_by) VALUES (:id, "
                                     ":position, :text, :now, :actor, :now, :actor)"));
            insert.bind(QStringLiteral(":id"), meetingId);
            bindOrderedText(insert, i, decision.text, now, actor);
            insert.exec();
            out.id = insert.lastInsertId().toLongLong();
        }
        for (std::size_t j = 0; j < decision.followUps.size(); ++j) {
            core::FollowUp f = decision.followUps[j];
            f.ownerType = owner;
            f.ownerId = out.id;
            const int position = static_cast<int>(j);
            if (f.id != 0) {
                const auto stored = followUps.find(f.id);
                if (!stored || stored->ownerType != owner)
                    throw StorageError::conflict();
                // Unchanged follow-ups are left alone (no new row version, no audit entry).
                core::FollowUp comparable = *stored;
                if (comparable == f) {
                    // Only the position may have moved.
                    Query(m_db, QStringLiteral("UPDATE follow_up SET position = :position WHERE "
                                               "id = :id"))
                        .bind(QStringLiteral(":position"), position)
                        .bind(QStringLiteral(":id"), QVariant::fromValue(f.id))
                        .exec();
                    out.followUps[j] = f;
                } else {
                    out.followUps[j] = followUps.updateAt(f, position, saved.date);
                }
            } else {
                out.followUps[j] = followUps.insertAt(f, position, saved.date);
            }
        }
    }
}

} // namespace konvergensi::storage

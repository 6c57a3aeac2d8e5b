// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/format.h"
#include "core/meetings/meeting.h"
#include "reports/followups/follow_up_words.h"

#include <QString>

#include <optional>
#include <string>
#include <utility>
#include <vector>

// The words of the meeting module (Rapat TPPS), one function per value, shared by the
// window, the printed documents, the exports and the CLI.
namespace konvergensi::reports {

QString meetingKindName(core::MeetingKind kind);
QString meetingLevelName(core::MeetingLevel level);
QString attendanceStatusName(core::AttendanceStatus status);
/// "09.00" (Indonesian) or "09:00" (English).
QString timeText(int minuteOfDay, core::Language language);
/// "09.00–12.30", "09.00", or empty.
QString timeRangeText(const std::optional<int> &start, const std::optional<int> &end,
                      core::Language language);
/// "Bupati Bengkalis, diwakili oleh Staf Ahli ..." (the chair and who represented them).
QString chairText(const core::Meeting &meeting);
/// "Hadir", "Diwakili oleh Andi Saputra", "Tidak hadir".
QString attendanceText(const core::Attendee &attendee);
/// "Aksi 3" for the key "3"; the key itself when it is not a number; empty when none.
QString actionLabel(const std::string &actionKey);
/// "Judul", "Tempat", ...: the field named in a message.
QString meetingFieldName(core::MeetingField field);
/// What is wrong with a meeting, with where it is ("Kesepakatan 2, tindak lanjut 1: ...").
QString describe(const core::MeetingIssue &issue);
/// The kinds of document kept with a meeting, as (stored key, translated label): invitation,
/// attendance sheet scan, minutes, photo, berita acara, other.
std::vector<std::pair<QString, QString>> meetingDocumentKinds();

} // namespace konvergensi::reports

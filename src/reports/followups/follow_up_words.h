// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/followups/follow_up.h"
#include "core/format.h"

#include <QString>

#include <optional>

// The words for follow-ups (rencana tindak lanjut), one function per value, shared by the
// window, the printed documents, the exports and the CLI of every register that holds
// follow-ups (Rapat TPPS, Audit Kasus Stunting).
namespace konvergensi::reports {

/// "Belum dimulai", "Berjalan", "Selesai", "Dibatalkan".
QString followUpStatusName(core::FollowUpStatus status);
/// What is wrong with a follow-up as entered, in a sentence.
QString describe(core::FollowUpProblem problem);
/// "Terlambat 3 hari" / "Overdue by 1 day".
QString overdueText(int days);
/// The status as of today: "Selesai 5 Feb 2024" / "Berjalan — terlambat 12 hari" /
/// "Belum dimulai". For the board and the follow-up report, never for the minutes (which
/// print what was agreed at the meeting).
QString followUpStatusToday(const core::FollowUp &followUp, const boost::gregorian::date &today,
                            core::Language language);
/// Why a status cannot be chosen (done can only be reopened, dropped only taken up again).
QString statusChangeRefused();
/// A date done later than today.
QString doneDateInFuture();

} // namespace konvergensi::reports

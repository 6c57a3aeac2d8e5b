// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/actions/actions.h"
#include "core/format.h"
#include "core/letterhead.h"
#include "reports/report_document.h"

#include <QString>
#include <QStringList>

#include <cstdint>
#include <map>
#include <vector>

namespace konvergensi::reports {

/// A meeting that served an action, as printed ("Selasa, 23 Maret 2021 - Rembuk Stunting").
struct ServingMeeting
{
    boost::gregorian::date date;
    QString title;
};

/// Everything the action-progress report and the checklist export show, read once.
struct ActionReportData
{
    core::Letterhead letterhead;
    int year = 0;
    boost::gregorian::date today{2000, 1, 1}; ///< statuses are judged on this day; printed date
    std::vector<core::Action> actions;
    std::map<std::int64_t, QStringList> evidenceByOutput;                 ///< file names per output
    std::map<std::int64_t, std::vector<ServingMeeting>> meetingsByAction; ///< may be empty
};

/// The action-progress report: title, summary table of every action of the year's catalogue
/// (status, progress %, due date, lead OPD, outputs done/required), late actions highlighted,
/// one section per action with its outputs, evidence and what is missing, and the signature
/// of the letterhead's signatory. Built once; print or write it as PDF.
ReportDocument buildActionReport(const ActionReportData &data, core::Language language,
                                 Paper paper = Paper::A4);

/// The checklist as an .xlsx workbook: one row per output (with its action), and a summary
/// sheet. Throws ReportError.
void exportActionChecklistXlsx(const ActionReportData &data, core::Language language,
                               const QString &path);

// Words shared by the page and the report (translated).
/// "Aksi 3", "Aksi Utama 2", "Aksi Pendukung 1".
QString actionLabel(const core::Action &action);
/// "belum mulai", "berjalan", "selesai", "terlambat".
QString statusText(core::ActionStatus status);
/// "belum mulai", "sedang dikerjakan", "selesai".
QString outputStateText(core::OutputState state);
/// "67 %" with the language's decimal sign, no decimals.
QString percentText(double percent, core::Language language);

} // namespace konvergensi::reports

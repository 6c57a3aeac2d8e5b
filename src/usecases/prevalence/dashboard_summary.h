// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/format.h"
#include "core/letterhead.h"
#include "reports/prevalence/dashboard_summary.h"
#include "usecases/prevalence/dashboard_data.h"

#include <boost/date_time/gregorian/gregorian_types.hpp>

#include <optional>
#include <set>
#include <string>

namespace konvergensi::storage {
class Database;
}

namespace konvergensi::usecases {
class Progress;
}

namespace konvergensi::usecases::prevalence {

/// What the printed summary needs besides the figures: the letterhead and the day it is made.
struct SummaryContext
{
    core::Letterhead letterhead;
    boost::gregorian::date today;
    core::Language language = core::Language::Indonesian;

    /// The workspace's letterhead and today by its clock.
    static SummaryContext of(storage::Database &db, core::Language language);
};

/// The summary of what the dashboard shows: the headlines and trend of the indicator, and the
/// chosen source and period (or, without a choice, the dashboard's default one).
reports::prevalence::DashboardSummaryData summaryData(
    const DashboardData &data, const std::optional<DashboardChoice> &choice,
    const std::optional<std::set<std::string>> &locus, const SummaryContext &context);

/// The printed dashboard summary (a report document with the letterhead, the charts drawn
/// as pictures, the tables and the signature), for the print preview or a PDF. Drawing the
/// charts is the long part: it may run on a worker thread (the summary is plain data).
reports::ReportDocument summaryDocument(const reports::prevalence::DashboardSummaryData &summary,
                                        const SummaryContext &context, Progress &progress);

/// Writes the summary as PDF. Throws reports::ReportError when the file cannot be written,
/// Cancelled when the progress was cancelled first.
void writeSummaryPdf(const reports::ReportDocument &document, const QString &path,
                     Progress &progress);

} // namespace konvergensi::usecases::prevalence

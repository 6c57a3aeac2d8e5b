// SPDX-License-Identifier: GPL-3.0-or-later
#include "usecases/prevalence/dashboard_summary.h"

#include "storage/database.h"
#include "storage/workspace_repository.h"
#include "usecases/prevalence/dashboard_charts.h"
#include "usecases/progress.h"

#include <QCoreApplication>

namespace konvergensi::usecases::prevalence {

SummaryContext SummaryContext::of(storage::Database &db, core::Language language)
{
    SummaryContext context;
    context.letterhead = storage::WorkspaceRepository(db).letterhead();
    context.today = db.clock().today();
    context.language = language;
    return context;
}

reports::prevalence::DashboardSummaryData summaryData(
    const DashboardData &data, const std::optional<DashboardChoice> &choice,
    const std::optional<std::set<std::string>> &locus, const SummaryContext &context)
{
    reports::prevalence::DashboardSummaryData summary;
    summary.districtName = !context.letterhead.districtName.empty()
                               ? QString::fromStdString(context.letterhead.districtName)
                           : data.district ? QString::fromStdString(data.district->name)
                                           : QString();
    summary.indicator = data.indicator;
    summary.headlines = data.headlines();
    summary.trend = trendChart(data, context.language);
    summary.today = context.today;
    const std::optional<DashboardChoice> chosen = choice ? choice : data.defaultChoice();
    std::optional<DashboardPeriod> period;
    if (chosen)
        period = data.period(*chosen, locus);
    if (period) {
        summary.periodTitle = choiceTitle(period->choice, context.language);
        summary.period = period->summary;
        summary.puskesmas = period->puskesmas;
    }
    summary.kecamatan = kecamatanChart(data, period ? &*period : nullptr, context.language);
    return summary;
}

reports::ReportDocument summaryDocument(const reports::prevalence::DashboardSummaryData &summary,
                                        const SummaryContext &context, Progress &progress)
{
    progress.report(0, 1, QCoreApplication::translate("DashboardSummary", "Drawing the charts"));
    progress.check();
    auto document = reports::prevalence::buildDashboardSummary(summary, context.letterhead,
                                                               context.language);
    progress.report(1, 1);
    return document;
}

void writeSummaryPdf(const reports::ReportDocument &document, const QString &path,
                     Progress &progress)
{
    progress.report(0, 1, path);
    progress.check();
    document.writePdf(path);
    progress.report(1, 1, path);
}

} // namespace konvergensi::usecases::prevalence

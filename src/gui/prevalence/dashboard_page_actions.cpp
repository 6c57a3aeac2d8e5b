// SPDX-License-Identifier: GPL-3.0-or-later
// The dashboard's actions that open dialogs or write files: entering a figure, the targets,
// importing a file, saving a chart, the printed summary. Long work runs through
// BackgroundTask (its own connection on a worker thread, a progress dialog with Batal).
#include "gui/prevalence/dashboard_page.h"

#include "gui/common/background_task.h"
#include "gui/common/dialogs.h"
#include "gui/common/file_export.h"
#include "gui/common/print_preview.h"
#include "gui/language.h"
#include "gui/prevalence/chart_panel.h"
#include "gui/prevalence/conflict_dialog.h"
#include "gui/prevalence/observation_dialog.h"
#include "gui/prevalence/target_dialogs.h"
#include "gui/prevalence/village_table_panel.h"
#include "gui/workspace/workspace_session.h"
#include "qtsupport/text.h"
#include "reports/report_document.h"
#include "storage/prevalence/prevalence_repository.h"
#include "storage/storage_error.h"
#include "usecases/changes.h"
#include "usecases/prevalence/dashboard_charts.h"
#include "usecases/prevalence/dashboard_summary.h"
#include "usecases/prevalence/import_figures.h"

#include <QComboBox>
#include <QDir>

namespace konvergensi::gui {

using usecases::prevalence::FigureImport;

void DashboardPage::enterFigure()
{
    if (!m_session.isOpen())
        return;
    ObservationDialog dialog(m_session, this);
    dialog.exec();
}

void DashboardPage::editTargets()
{
    if (!m_session.isOpen())
        return;
    TargetsDialog dialog(m_session, this);
    dialog.exec();
}

void DashboardPage::importFigures()
{
    if (!m_session.isOpen())
        return;
    const QString title = tr("Import prevalence figures");
    const QString path = FileExport::askOpenPath(
        this, QStringLiteral("prevalence-import"), title,
        tr("Spreadsheets (*.xlsx *.csv);;Excel workbooks (*.xlsx);;CSV files (*.csv)"));
    if (path.isEmpty())
        return;
    const QString file = QDir::toNativeSeparators(path);
    io::PrevalenceImportReport checked;
    try {
        if (BackgroundTask::run(this, m_session, tr("Checking %1…").arg(file),
                                [&](storage::Database &db, usecases::Progress &progress) {
                                    checked = FigureImport::check(db, path, progress);
                                })
            == BackgroundTask::Outcome::Cancelled)
            return;
    } catch (const storage::StorageError &error) {
        Dialogs::error(this, title, error.message());
        return;
    }
    if (!checked.ok()) {
        QString text = checked.fileError;
        if (checked.fileError.isEmpty())
            text = tr("Nothing was imported: %n rows have problems. Correct the file and import "
                      "it again.",
                      nullptr, static_cast<int>(checked.errors.size()) + checked.moreErrors)
                   + QStringLiteral("\n\n")
                   + FigureImport::problemLines(checked).join(QLatin1Char('\n'));
        Dialogs::error(this, title, text);
        return;
    }
    io::ConflictPolicy policy = io::ConflictPolicy::Refuse;
    if (!checked.conflicts.empty()) {
        // The areas' names, to show the conflicts side by side in words.
        std::map<std::string, std::string> names;
        if (m_data) {
            for (auto level : {core::RegionLevel::Province, core::RegionLevel::District,
                               core::RegionLevel::Kecamatan, core::RegionLevel::Village})
                for (const core::Region *region : m_data->tree.atLevel(level))
                    names[region->code.toString()] = region->name;
            for (const core::Puskesmas &p : m_data->puskesmas)
                names[core::PrevalenceArea::ofPuskesmas(p.code).key()] = p.name;
        }
        ConflictDialog dialog(checked.conflicts, std::move(names), checked.added, this);
        if (dialog.exec() != QDialog::Accepted)
            return;
        policy = io::ConflictPolicy::Replace;
    } else if (!Dialogs::question(this, title,
                                  tr("Every row is good. Rows read: %1; new figures: %2; "
                                     "unchanged: %3. Import them?")
                                      .arg(checked.rowsRead)
                                      .arg(checked.added)
                                      .arg(checked.unchanged))) {
        return;
    }
    io::PrevalenceImportReport report;
    try {
        if (BackgroundTask::run(this, m_session, tr("Importing %1…").arg(file),
                                [&](storage::Database &db, usecases::Progress &progress) {
                                    report = FigureImport::apply(db, path, policy, progress);
                                })
            == BackgroundTask::Outcome::Cancelled) {
            Dialogs::information(this, title, tr("The import was cancelled; nothing changed."));
            return;
        }
    } catch (const storage::StorageError &error) {
        Dialogs::error(this, title, error.message());
        return;
    }
    if (!report.applied) {
        Dialogs::error(this, title,
                       report.fileError.isEmpty()
                           ? tr("The figures changed while you looked at them. Import again.")
                           : report.fileError);
        return;
    }
    m_session.notifyChanged(usecases::Topic::Prevalence);
    Dialogs::information(this, title,
                         tr("Imported: %1 new, %2 replaced, %3 unchanged.")
                             .arg(report.added)
                             .arg(report.updated)
                             .arg(report.unchanged));
}

void DashboardPage::saveChartAs(const ChartPanel *panel, const QString &baseName)
{
    const QString path = FileExport::askSavePath(this, QStringLiteral("prevalence-chart"),
                                                 tr("Save chart"), baseName,
                                                 {QStringLiteral("png"), QStringLiteral("pdf")});
    if (path.isEmpty())
        return;
    const reports::prevalence::Chart chart = panel->chart();
    try {
        if (BackgroundTask::run(this, tr("Saving the chart…"),
                                [&](usecases::Progress &progress) {
                                    usecases::prevalence::exportChart(chart, path, progress);
                                })
            == BackgroundTask::Outcome::Finished)
            FileExport::announceWritten(this, path);
    } catch (const reports::ReportError &error) {
        Dialogs::error(this, tr("Save chart"), error.message());
    }
}

void DashboardPage::saveTrendChartAs()
{
    saveChartAs(m_trendChart, tr("prevalence-trend"));
}

void DashboardPage::saveKecamatanChartAs()
{
    saveChartAs(m_kecamatanChart, tr("prevalence-by-kecamatan"));
}

std::optional<reports::ReportDocument> DashboardPage::summaryDocument()
{
    if (!m_session.isOpen() || !m_data)
        return std::nullopt;
    // What the page shows, summed here (quick); the charts are drawn on a worker thread.
    const auto chosen = choice();
    const auto context = usecases::prevalence::SummaryContext::of(m_session.database(),
                                                                  LanguageSetup::current());
    const auto summary = usecases::prevalence::summaryData(
        *m_data, chosen, chosen ? m_locus->villages(chosen->year) : std::nullopt, context);
    std::optional<reports::ReportDocument> document;
    try {
        if (BackgroundTask::run(this, tr("Preparing the summary…"),
                                [&](usecases::Progress &progress) {
                                    document = usecases::prevalence::summaryDocument(
                                        summary, context, progress);
                                })
            == BackgroundTask::Outcome::Cancelled)
            return std::nullopt;
    } catch (const reports::ReportError &error) {
        Dialogs::error(this, tr("Summary"), error.message());
        return std::nullopt;
    }
    return document;
}

void DashboardPage::printSummary()
{
    if (const auto document = summaryDocument())
        showPrintPreview(this, *document);
}

void DashboardPage::saveSummaryAs()
{
    const auto document = summaryDocument();
    if (!document)
        return;
    const QString path = FileExport::askSavePath(this, QStringLiteral("prevalence-summary"),
                                                 tr("Summary as PDF"), tr("prevalence-summary"),
                                                 {QStringLiteral("pdf")});
    if (path.isEmpty())
        return;
    try {
        if (BackgroundTask::run(this, tr("Writing %1…").arg(QDir::toNativeSeparators(path)),
                                [&](usecases::Progress &progress) {
                                    usecases::prevalence::writeSummaryPdf(*document, path,
                                                                          progress);
                                })
            == BackgroundTask::Outcome::Finished)
            FileExport::announceWritten(this, path);
    } catch (const reports::ReportError &error) {
        Dialogs::error(this, tr("Summary as PDF"), error.message());
    }
}

namespace {

/// The status Child Measurements counts for the dashboard's indicator.
QString statusWord(core::PrevalenceIndicator indicator)
{
    switch (indicator) {
    case core::PrevalenceIndicator::Stunting:
    case core::PrevalenceIndicator::SevereStunting:
        return QStringLiteral("stunted");
    case core::PrevalenceIndicator::Wasting:
        return QStringLiteral("wasted");
    case core::PrevalenceIndicator::Underweight:
        return QStringLiteral("underweight");
    case core::PrevalenceIndicator::Overweight:
        return QStringLiteral("overweight");
    }
    return QStringLiteral("stunted");
}

} // namespace

void DashboardPage::openVillagePosyandu()
{
    const QString village = m_villagePanel->currentVillage();
    if (m_childRound.isEmpty() || village.isEmpty())
        return;
    m_session.requestPage(
        QStringLiteral("measurements"),
        QStringLiteral("%1 desa %2 status %3").arg(m_childRound, village, statusWord(indicator())));
}

void DashboardPage::openChildrenPerPuskesmas()
{
    if (m_childRound.isEmpty())
        return;
    m_session.requestPage(
        QStringLiteral("measurements"),
        QStringLiteral("%1 puskesmas status %2").arg(m_childRound, statusWord(indicator())));
}

} // namespace konvergensi::gui

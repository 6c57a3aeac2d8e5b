// SPDX-License-Identifier: GPL-3.0-or-later
#include "gui/actions/actions_page.h"

#include "gui/actions/action_board_tab.h"
#include "gui/actions/action_compare_tab.h"
#include "gui/actions/action_detail_tab.h"
#include "gui/actions/action_models.h"
#include "gui/actions/action_views.h"
#include "gui/common/background_task.h"
#include "gui/common/dialogs.h"
#include "gui/common/file_export.h"
#include "gui/common/print_preview.h"
#include "gui/common/reload_when_shown.h"
#include "gui/common/view_state.h"
#include "gui/language.h"
#include "gui/workspace/workspace_session.h"
#include "reports/actions/action_report.h"
#include "storage/actions/action_repository.h"
#include "storage/database.h"
#include "storage/storage_error.h"
#include "usecases/actions/action_checklist.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QSignalBlocker>
#include <QSpinBox>
#include <QTabWidget>
#include <QVBoxLayout>

#include <algorithm>
#include <optional>

namespace konvergensi::gui {

using usecases::Topic;

ActionsPage::ActionsPage(WorkspaceSession &session, QWidget *parent)
    : QWidget(parent)
    , m_session(session)
{
    setObjectName(QStringLiteral("actionsPage"));
    auto *layout = new QVBoxLayout(this);

    // The year and what can be done with it.
    auto *bar = new QHBoxLayout;
    auto *yearLabel = new QLabel(tr("&Year:"), this);
    m_yearSpin = new QSpinBox(this);
    m_yearSpin->setObjectName(QStringLiteral("yearSpinBox"));
    m_yearSpin->setRange(2018, 2100);
    m_yearSpin->setValue(m_session.clock().today().year());
    yearLabel->setBuddy(m_yearSpin);
    m_startButton = makeActionButton(this, tr("Start checklist…"),
                                     QStringLiteral("startYearButton"));
    m_yearProgress = new QLabel(this);
    m_yearProgress->setObjectName(QStringLiteral("yearProgressLabel"));
    QFont bold = m_yearProgress->font();
    bold.setBold(true);
    m_yearProgress->setFont(bold);
    m_paperCombo = new QComboBox(this);
    m_paperCombo->setObjectName(QStringLiteral("paperComboBox"));
    m_paperCombo->addItem(tr("A4"), static_cast<int>(reports::Paper::A4));
    m_paperCombo->addItem(tr("F4 (folio)"), static_cast<int>(reports::Paper::F4));
    ViewState::rememberPaper(m_paperCombo); // the paper chosen last, per user
    m_printButton = makeActionButton(this, tr("Print report…"),
                                     QStringLiteral("printReportButton"));
    m_pdfButton = makeActionButton(this, tr("Save report as PDF…"),
                                   QStringLiteral("pdfReportButton"));
    m_xlsxButton = makeActionButton(this, tr("Export checklist (XLSX)…"),
                                    QStringLiteral("exportXlsxButton"));
    bar->addWidget(yearLabel);
    bar->addWidget(m_yearSpin);
    bar->addWidget(m_startButton);
    bar->addSpacing(12);
    bar->addWidget(m_yearProgress);
    bar->addStretch(1);
    bar->addWidget(new QLabel(tr("Paper:"), this));
    bar->addWidget(m_paperCombo);
    bar->addWidget(m_printButton);
    bar->addWidget(m_pdfButton);
    bar->addWidget(m_xlsxButton);
    layout->addLayout(bar);

    m_tabs = new QTabWidget(this);
    m_tabs->setObjectName(QStringLiteral("actionsTabWidget"));
    m_board = new ActionBoardTab(m_tabs);
    m_detail = new ActionDetailTab(m_session, m_tabs);
    m_compare = new ActionCompareTab(m_session, m_tabs);
    m_tabs->addTab(m_board, tr("Board"));
    m_tabs->addTab(m_detail, tr("Action detail"));
    m_tabs->addTab(m_compare, tr("Compare years"));
    layout->addWidget(m_tabs, 1);

    connect(m_yearSpin, &QSpinBox::valueChanged, this, [this] { reload(); });
    connect(m_startButton, &QPushButton::clicked, this, &ActionsPage::startYear);
    connect(m_printButton, &QPushButton::clicked, this, &ActionsPage::printReport);
    connect(m_pdfButton, &QPushButton::clicked, this, [this] { exportPdf(); });
    connect(m_xlsxButton, &QPushButton::clicked, this, [this] { exportXlsx(); });
    connect(m_board, &ActionBoardTab::actionActivated, this, [this](std::int64_t id) {
        selectAction(id);
        m_tabs->setCurrentWidget(m_detail);
    });
    // Another workspace: choose its years first, then ReloadWhenShown reloads.
    connect(&m_session, &WorkspaceSession::workspaceChanged, this, &ActionsPage::pickYears);
    ReloadWhenShown::attach(this, m_session,
                            Topic::Actions | Topic::Documents | Topic::Directory | Topic::Meetings,
                            [this] { reload(); });
    pickYears();
    reload();
}

void ActionsPage::pickYears()
{
    if (!m_session.isOpen())
        return;
    // This year when it has a checklist, else the latest year that has one; compare the last
    // two years with a checklist.
    try {
        const auto years = storage::ActionRepository(m_session.database()).years();
        const int today = m_session.clock().today().year();
        int year = years.empty() ? today : years.back();
        if (std::find(years.begin(), years.end(), today) != years.end())
            year = today;
        const QSignalBlocker blockYear(m_yearSpin);
        m_yearSpin->setValue(year);
        m_compare->pickYears(years, year);
    } catch (const storage::StorageError &error) {
        Dialogs::error(this, tr("Convergence actions"), error.message());
    }
}

int ActionsPage::year() const
{
    return m_yearSpin->value();
}

int ActionsPage::paper() const
{
    return m_paperCombo->currentData().toInt();
}

void ActionsPage::showYear(int year)
{
    m_yearSpin->setValue(year); // reloads when it changes
    reload();
}

void ActionsPage::startYear()
{
    if (!m_session.isOpen())
        return;
    try {
        const auto source = usecases::actions::copySourceFor(m_session.database(), year());
        const QString text =
            source ? tr("Start the checklist of %1 with the catalogue of %2 (its actions, outputs, "
                        "lead OPD and due dates moved to %1)?")
                         .arg(year())
                         .arg(*source)
                   : tr("Start the checklist of %1 from the national catalogue?").arg(year());
        if (!Dialogs::question(this, tr("Start checklist"), text))
            return;
        usecases::actions::startYear(m_session.database(), year());
    } catch (const storage::StorageError &error) {
        Dialogs::warning(this, tr("Checklist not started"), error.message());
    }
    m_session.notifyChanged(Topic::Actions);
    reload(); // also when hidden: the user started it from here
}

void ActionsPage::reload()
{
    reloadBoard();
    m_detail->reload(year());
    m_compare->reload();
}

void ActionsPage::reloadBoard()
{
    std::vector<core::Action> actions;
    if (m_session.isOpen()) {
        try {
            actions = storage::ActionRepository(m_session.database()).actions(year());
            if (actions.empty()) {
                const auto source = usecases::actions::copySourceFor(m_session.database(), year());
                m_board->setEmptyText(
                    source ? tr("There is no checklist for %1 yet. Start it to copy the catalogue "
                                "of %2 (actions, outputs, lead OPD, due dates).")
                                 .arg(year())
                                 .arg(*source)
                           : tr("There is no checklist for %1 yet. Start it from the national "
                                "catalogue of convergence actions.")
                                 .arg(year()));
            }
        } catch (const storage::StorageError &error) {
            m_board->setEmptyText(error.message());
        }
    } else {
        m_board->setEmptyText(tr("No workspace is open."));
    }
    const bool started = !actions.empty();
    m_startButton->setEnabled(m_session.isOpen() && !started);
    m_printButton->setEnabled(started);
    m_pdfButton->setEnabled(started);
    m_xlsxButton->setEnabled(started);
    const core::Clock &clock = m_session.clock();
    m_board->setActions(year(), actions, clock);
    if (!started) {
        m_yearProgress->clear();
        return;
    }
    const auto late = static_cast<int>(
        std::count_if(actions.begin(), actions.end(), [&clock](const core::Action &action) {
            return core::isLate(action, clock);
        }));
    const QString progress = reports::percentText(core::yearProgress(actions) * 100.0,
                                                  LanguageSetup::current());
    m_yearProgress->setText(
        late > 0 ? tr("Progress of %1: %2 \u00b7 late: %3").arg(year()).arg(progress).arg(late)
                 : tr("Progress of %1: %2").arg(year()).arg(progress));
}

ActionCard *ActionsPage::card(const QString &key) const
{
    return m_board->card(key);
}

QTableView *ActionsPage::outputView() const
{
    return m_detail->outputView();
}

ActionOutputModel *ActionsPage::outputModel() const
{
    return m_detail->outputModel();
}

YearComparisonModel *ActionsPage::comparisonModel() const
{
    return m_compare->model();
}

AttachmentsWidget *ActionsPage::evidence() const
{
    return m_detail->evidence();
}

ActionLineModel *ActionsPage::historyModel() const
{
    return m_detail->historyModel();
}

ActionLineModel *ActionsPage::meetingModel() const
{
    return m_detail->meetingModel();
}

void ActionsPage::selectAction(std::int64_t actionId)
{
    m_detail->selectAction(actionId);
}

void ActionsPage::selectOutput(int row)
{
    m_detail->selectOutput(row);
}

void ActionsPage::printReport()
{
    if (!m_session.isOpen())
        return;
    const int shownYear = year();
    const auto chosenPaper = static_cast<reports::Paper>(paper());
    const core::Language language = LanguageSetup::current();
    std::optional<reports::ReportDocument> document;
    try {
        const auto outcome = BackgroundTask::run(
            this, m_session, tr("Preparing the action-progress report…"),
            [&](storage::Database &db, usecases::Progress &progress) {
                document = usecases::actions::buildReport(db, shownYear, language, chosenPaper,
                                                          progress);
            });
        if (outcome == BackgroundTask::Outcome::Cancelled || !document)
            return;
    } catch (const storage::StorageError &error) {
        Dialogs::error(this, tr("Report"), error.message());
        return;
    }
    showPrintPreview(this, *document);
}

QString ActionsPage::exportPdf()
{
    if (!m_session.isOpen())
        return {};
    const int shownYear = year();
    const QString path = FileExport::askSavePath(
        this, QStringLiteral("actions-report"), tr("Save report as PDF"),
        usecases::actions::fileBaseName(shownYear), {QStringLiteral("pdf")});
    if (path.isEmpty())
        return {};
    const auto chosenPaper = static_cast<reports::Paper>(paper());
    const core::Language language = LanguageSetup::current();
    try {
        const auto outcome = BackgroundTask::run(
            this, m_session, tr("Writing the action-progress report…"),
            [&](storage::Database &db, usecases::Progress &progress) {
                usecases::actions::writeReportPdf(db, shownYear, language, chosenPaper, path,
                                                  progress);
            });
        if (outcome == BackgroundTask::Outcome::Cancelled)
            return {};
    } catch (const storage::StorageError &error) {
        Dialogs::error(this, tr("Report not saved"), error.message());
        return {};
    } catch (const reports::ReportError &error) {
        Dialogs::error(this, tr("Report not saved"), error.message());
        return {};
    }
    FileExport::announceWritten(this, path);
    return path;
}

QString ActionsPage::exportXlsx()
{
    if (!m_session.isOpen())
        return {};
    const int shownYear = year();
    const QString path = FileExport::askSavePath(
        this, QStringLiteral("actions-checklist"), tr("Export checklist"),
        usecases::actions::fileBaseName(shownYear), {QStringLiteral("xlsx")});
    if (path.isEmpty())
        return {};
    const core::Language language = LanguageSetup::current();
    try {
        const auto outcome = BackgroundTask::run(
            this, m_session, tr("Writing the checklist…"),
            [&](storage::Database &db, usecases::Progress &progress) {
                usecases::actions::exportChecklistXlsx(db, shownYear, language, path, progress);
            });
        if (outcome == BackgroundTask::Outcome::Cancelled)
            return {};
    } catch (const storage::StorageError &error) {
        Dialogs::error(this, tr("Checklist not exported"), error.message());
        return {};
    } catch (const reports::ReportError &error) {
        Dialogs::error(this, tr("Checklist not exported"), error.message());
        return {};
    }
    FileExport::announceWritten(this, path);
    return path;
}

} // namespace konvergensi::gui

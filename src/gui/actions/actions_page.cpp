// SPDX-License-Identifier: GPL-3.0-or-later
#include "gui/actions/actions_page.h"

#include "gui/actions/action_dialogs.h"
#include "gui/actions/action_models.h"
#include "gui/actions/action_widgets.h"
#include "gui/common/dialogs.h"
#include "gui/common/print_preview.h"
#include "gui/language.h"
#include "gui/workspace/workspace_session.h"
#include "qtsupport/text.h"

#include "reports/actions/action_report.h"
#include "storage/actions/action_repository.h"
#include "storage/audit_log.h"
#include "storage/database.h"
#include "storage/directory/directory_repository.h"
#include "storage/document_store.h"
#include "storage/meetings/meeting_repository.h"
#include "storage/storage_error.h"

#include <QComboBox>
#include <QDesktopServices>
#include <QDir>
#include <QFileInfo>
#include <QGridLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QListWidget>
#include <QPushButton>
#include <QScrollArea>
#include <QSpinBox>
#include <QSplitter>
#include <QStandardPaths>
#include <QTabWidget>
#include <QTableView>
#include <QUrl>
#include <QVBoxLayout>

#include <algorithm>
#include <cmath>

namespace konvergensi::gui {

namespace {

constexpr int kCardColumns = 4;

QPushButton *makeButton(QWidget *parent, const QString &text, const QString &name)
{
    auto *button = new QPushButton(text, parent);
    button->setObjectName(name);
    return button;
}

QTableView *makeTable(QWidget *parent, const QString &name)
{
    auto *view = new QTableView(parent);
    view->setObjectName(name);
    view->setSelectionBehavior(QAbstractItemView::SelectRows);
    view->setSelectionMode(QAbstractItemView::SingleSelection);
    view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    view->setAlternatingRowColors(true);
    view->verticalHeader()->setVisible(false);
    view->verticalHeader()->setDefaultSectionSize(view->fontMetrics().height() + 10);
    view->horizontalHeader()->setHighlightSections(false);
    view->setWordWrap(false);
    return view;
}

QString actionWord(storage::AuditLog::Action action)
{
    switch (action) {
    case storage::AuditLog::Action::Insert:
        return ActionsPage::tr("added");
    case storage::AuditLog::Action::Update:
        return ActionsPage::tr("changed");
    case storage::AuditLog::Action::Delete:
        return ActionsPage::tr("removed");
    case storage::AuditLog::Action::View:
        return ActionsPage::tr("viewed");
    }
    return {};
}

QString stateWord(const QString &stored)
{
    const auto state = core::outputStateFromString(stored.toStdString());
    return state ? reports::outputStateText(*state) : stored;
}

/// One line of an action's history, in plain words.
QString describeEntry(const storage::AuditLog::Entry &entry)
{
    const QJsonObject &json = entry.after.isEmpty() ? entry.before : entry.after;
    QString what;
    if (entry.table == QLatin1String("action_item")) {
        what = ActionsPage::tr("Action %1").arg(actionWord(entry.action));
        if (entry.action == storage::AuditLog::Action::Update) {
            QStringList fields;
            for (auto it = entry.after.begin(); it != entry.after.end(); ++it) {
                if (entry.before.value(it.key()) != it.value())
                    fields << it.key();
            }
            if (!fields.isEmpty())
                what += QStringLiteral(" (") + fields.join(QStringLiteral(", "))
                        + QStringLiteral(")");
        }
    } else if (entry.table == QLatin1String("action_output")) {
        what = ActionsPage::tr("Output \u201c%1\u201d %2")
                   .arg(json.value(QStringLiteral("name")).toString(), actionWord(entry.action));
        const QString before = entry.before.value(QStringLiteral("state")).toString();
        const QString after = entry.after.value(QStringLiteral("state")).toString();
        if (entry.action == storage::AuditLog::Action::Update && before != after)
            what += QStringLiteral(": ") + stateWord(before) + QStringLiteral(" \u2192 ")
                    + stateWord(after);
    } else {
        what = ActionsPage::tr("Evidence \u201c%1\u201d %2")
                   .arg(json.value(QStringLiteral("file_name")).toString(),
                        actionWord(entry.action));
    }
    QString at = entry.at;
    at.replace(u'T', u' ');
    return at.left(16) + QStringLiteral("  ") + entry.actor + QStringLiteral("  ") + what;
}

} // namespace

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
    m_startButton = makeButton(this, tr("Start checklist…"), QStringLiteral("startYearButton"));
    m_yearProgress = new QLabel(this);
    m_yearProgress->setObjectName(QStringLiteral("yearProgressLabel"));
    QFont bold = m_yearProgress->font();
    bold.setBold(true);
    m_yearProgress->setFont(bold);
    m_paperCombo = new QComboBox(this);
    m_paperCombo->setObjectName(QStringLiteral("paperComboBox"));
    m_paperCombo->addItem(tr("A4"), static_cast<int>(reports::Paper::A4));
    m_paperCombo->addItem(tr("F4 (folio)"), static_cast<int>(reports::Paper::F4));
    m_printButton = makeButton(this, tr("Print report…"), QStringLiteral("printReportButton"));
    m_pdfButton = makeButton(this, tr("Save report as PDF…"), QStringLiteral("pdfReportButton"));
    m_xlsxButton = makeButton(this, tr("Export checklist (XLSX)…"),
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
    m_tabs->addTab(buildBoardTab(), tr("Board"));
    m_tabs->addTab(buildDetailTab(), tr("Action detail"));
    m_tabs->addTab(buildCompareTab(), tr("Compare years"));
    layout->addWidget(m_tabs, 1);

    connect(m_yearSpin, &QSpinBox::valueChanged, this, [this] { reload(); });
    connect(m_startButton, &QPushButton::clicked, this, &ActionsPage::startYear);
    connect(m_printButton, &QPushButton::clicked, this, &ActionsPage::printReport);
    connect(m_pdfButton, &QPushButton::clicked, this, &ActionsPage::exportPdf);
    connect(m_xlsxButton, &QPushButton::clicked, this, &ActionsPage::exportXlsx);
    connect(&m_session, &WorkspaceSession::workspaceChanged, this, [this] {
        pickYears();
        reload();
    });
    connect(&m_session, &WorkspaceSession::contentChanged, this, &ActionsPage::reload);
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
        const QSignalBlocker blockFirst(m_compareFirst);
        const QSignalBlocker blockSecond(m_compareSecond);
        if (years.size() >= 2) {
            m_compareFirst->setValue(years[years.size() - 2]);
            m_compareSecond->setValue(years.back());
        } else {
            m_compareFirst->setValue(year - 1);
            m_compareSecond->setValue(year);
        }
    } catch (const storage::StorageError &error) {
        Dialogs::error(this, tr("Convergence actions"), error.message());
    }
}

QWidget *ActionsPage::buildBoardTab()
{
    auto *scroll = new QScrollArea(this);
    scroll->setObjectName(QStringLiteral("boardScrollArea"));
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    auto *host = new QWidget(scroll);
    auto *layout = new QVBoxLayout(host);
    m_emptyLabel = new QLabel(host);
    m_emptyLabel->setObjectName(QStringLiteral("emptyYearLabel"));
    m_emptyLabel->setWordWrap(true);
    layout->addWidget(m_emptyLabel);
    m_cardsHost = new QWidget(host);
    m_cardsLayout = new QGridLayout(m_cardsHost);
    m_cardsLayout->setContentsMargins(0, 0, 0, 0);
    m_cardsLayout->setSpacing(8);
    layout->addWidget(m_cardsHost);
    auto *timelineTitle = new QLabel(tr("<b>Due periods in the year</b>"), host);
    layout->addWidget(timelineTitle);
    m_timeline = new ActionTimeline(host);
    layout->addWidget(m_timeline);
    layout->addStretch(1);
    scroll->setWidget(host);
    return scroll;
}

QWidget *ActionsPage::buildDetailTab()
{
    auto *tab = new QWidget(this);
    auto *layout = new QVBoxLayout(tab);
    auto *top = new QHBoxLayout;
    auto *actionLabel = new QLabel(tr("&Action:"), tab);
    m_actionCombo = new QComboBox(tab);
    m_actionCombo->setObjectName(QStringLiteral("actionComboBox"));
    m_actionCombo->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    actionLabel->setBuddy(m_actionCombo);
    m_editActionButton = makeButton(tab, tr("Edit action…"), QStringLiteral("editActionButton"));
    top->addWidget(actionLabel);
    top->addWidget(m_actionCombo, 1);
    top->addWidget(m_editActionButton);
    layout->addLayout(top);
    m_actionInfo = new QLabel(tab);
    m_actionInfo->setObjectName(QStringLiteral("actionInfoLabel"));
    m_actionInfo->setWordWrap(true);
    m_actionInfo->setTextFormat(Qt::RichText);
    layout->addWidget(m_actionInfo);

    auto *splitter = new QSplitter(Qt::Vertical, tab);
    auto *outputsPane = new QWidget(splitter);
    auto *outputsLayout = new QVBoxLayout(outputsPane);
    outputsLayout->setContentsMargins(0, 0, 0, 0);
    m_outputModel = new ActionOutputModel(this);
    m_outputView = makeTable(outputsPane, QStringLiteral("outputTableView"));
    m_outputView->setModel(m_outputModel);
    auto *header = m_outputView->horizontalHeader();
    header->setSectionResizeMode(ActionOutputModel::NameColumn, QHeaderView::Stretch);
    for (const int column :
         {ActionOutputModel::StateColumn, ActionOutputModel::DoneDateColumn,
          ActionOutputModel::EvidenceColumn, ActionOutputModel::ResponsibleColumn})
        header->setSectionResizeMode(column, QHeaderView::ResizeToContents);
    header->setSectionResizeMode(ActionOutputModel::NotesColumn, QHeaderView::Interactive);
    header->resizeSection(ActionOutputModel::NotesColumn, 220);
    outputsLayout->addWidget(m_outputView, 1);
    auto *outputButtons = new QHBoxLayout;
    m_markDoneButton = makeButton(outputsPane, tr("Mark done…"), QStringLiteral("markDoneButton"));
    m_editOutputButton = makeButton(outputsPane, tr("Edit output…"),
                                    QStringLiteral("editOutputButton"));
    m_addOutputButton = makeButton(outputsPane, tr("Add output…"),
                                   QStringLiteral("addOutputButton"));
    m_removeOutputButton = makeButton(outputsPane, tr("Remove output"),
                                      QStringLiteral("removeOutputButton"));
    outputButtons->addWidget(m_markDoneButton);
    outputButtons->addWidget(m_editOutputButton);
    outputButtons->addWidget(m_addOutputButton);
    outputButtons->addWidget(m_removeOutputButton);
    outputButtons->addStretch(1);
    outputsLayout->addLayout(outputButtons);

    auto *lower = new QWidget(splitter);
    auto *lowerLayout = new QHBoxLayout(lower);
    lowerLayout->setContentsMargins(0, 0, 0, 0);
    auto *evidenceBox = new QGroupBox(tr("Evidence of the chosen output"), lower);
    auto *evidenceLayout = new QVBoxLayout(evidenceBox);
    m_evidenceList = new QListWidget(evidenceBox);
    m_evidenceList->setObjectName(QStringLiteral("evidenceListWidget"));
    evidenceLayout->addWidget(m_evidenceList, 1);
    auto *evidenceButtons = new QHBoxLayout;
    m_addEvidenceButton = makeButton(evidenceBox, tr("Add evidence…"),
                                     QStringLiteral("addEvidenceButton"));
    m_openEvidenceButton = makeButton(evidenceBox, tr("Open"),
                                      QStringLiteral("openEvidenceButton"));
    m_removeEvidenceButton = makeButton(evidenceBox, tr("Remove"),
                                        QStringLiteral("removeEvidenceButton"));
    evidenceButtons->addWidget(m_addEvidenceButton);
    evidenceButtons->addWidget(m_openEvidenceButton);
    evidenceButtons->addWidget(m_removeEvidenceButton);
    evidenceButtons->addStretch(1);
    evidenceLayout->addLayout(evidenceButtons);
    auto *meetingBox = new QGroupBox(tr("Meetings that served this action"), lower);
    auto *meetingLayout = new QVBoxLayout(meetingBox);
    m_meetingList = new QListWidget(meetingBox);
    m_meetingList->setObjectName(QStringLiteral("meetingListWidget"));
    meetingLayout->addWidget(m_meetingList);
    auto *historyBox = new QGroupBox(tr("History of changes"), lower);
    auto *historyLayout = new QVBoxLayout(historyBox);
    m_historyList = new QListWidget(historyBox);
    m_historyList->setObjectName(QStringLiteral("historyListWidget"));
    m_historyList->setWordWrap(true);
    m_historyList->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    historyLayout->addWidget(m_historyList);
    lowerLayout->addWidget(evidenceBox, 2);
    lowerLayout->addWidget(meetingBox, 2);
    lowerLayout->addWidget(historyBox, 3);
    splitter->setStretchFactor(0, 3);
    splitter->setStretchFactor(1, 2);
    layout->addWidget(splitter, 1);

    connect(m_actionCombo, &QComboBox::currentIndexChanged, this, &ActionsPage::reloadDetail);
    connect(m_editActionButton, &QPushButton::clicked, this, &ActionsPage::editAction);
    connect(m_markDoneButton, &QPushButton::clicked, this, &ActionsPage::markOutputDone);
    connect(m_editOutputButton, &QPushButton::clicked, this, &ActionsPage::editOutput);
    connect(m_addOutputButton, &QPushButton::clicked, this, &ActionsPage::addOutput);
    connect(m_removeOutputButton, &QPushButton::clicked, this, &ActionsPage::removeOutput);
    connect(m_outputView, &QTableView::doubleClicked, this, &ActionsPage::editOutput);
    connect(m_outputView->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            [this] { reloadEvidence(); });
    connect(m_addEvidenceButton, &QPushButton::clicked, this, &ActionsPage::addEvidence);
    connect(m_openEvidenceButton, &QPushButton::clicked, this, &ActionsPage::openEvidence);
    connect(m_evidenceList, &QListWidget::itemDoubleClicked, this, &ActionsPage::openEvidence);
    connect(m_removeEvidenceButton, &QPushButton::clicked, this, &ActionsPage::removeEvidence);
    connect(m_evidenceList, &QListWidget::currentRowChanged, this, &ActionsPage::updateButtons);
    return tab;
}

QWidget *ActionsPage::buildCompareTab()
{
    auto *tab = new QWidget(this);
    auto *layout = new QVBoxLayout(tab);
    auto *top = new QHBoxLayout;
    m_compareFirst = new QSpinBox(tab);
    m_compareFirst->setObjectName(QStringLiteral("compareFirstYearSpinBox"));
    m_compareFirst->setRange(2018, 2100);
    m_compareSecond = new QSpinBox(tab);
    m_compareSecond->setObjectName(QStringLiteral("compareSecondYearSpinBox"));
    m_compareSecond->setRange(2018, 2100);
    const int thisYear = m_session.clock().today().year();
    m_compareFirst->setValue(thisYear - 1);
    m_compareSecond->setValue(thisYear);
    top->addWidget(new QLabel(tr("Compare"), tab));
    top->addWidget(m_compareFirst);
    top->addWidget(new QLabel(tr("with"), tab));
    top->addWidget(m_compareSecond);
    top->addStretch(1);
    layout->addLayout(top);
    m_comparisonModel = new YearComparisonModel(this);
    m_compareView = makeTable(tab, QStringLiteral("comparisonTableView"));
    m_compareView->setModel(m_comparisonModel);
    m_compareView->horizontalHeader()->setSectionResizeMode(YearComparisonModel::NameColumn,
                                                            QHeaderView::Stretch);
    for (const int column : {YearComparisonModel::ActionColumn, YearComparisonModel::FirstColumn,
                             YearComparisonModel::SecondColumn, YearComparisonModel::ChangeColumn})
        m_compareView->horizontalHeader()->setSectionResizeMode(column,
                                                                QHeaderView::ResizeToContents);
    layout->addWidget(m_compareView, 1);
    auto *note = new QLabel(tr("Actions are matched by their key in each year's catalogue; a dash "
                               "means the year has no such action."),
                            tab);
    note->setWordWrap(true);
    layout->addWidget(note);
    connect(m_compareFirst, &QSpinBox::valueChanged, this, &ActionsPage::compareYears);
    connect(m_compareSecond, &QSpinBox::valueChanged, this, &ActionsPage::compareYears);
    return tab;
}

int ActionsPage::year() const
{
    return m_yearSpin->value();
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
        storage::ActionRepository repo(m_session.database());
        const auto source = repo.copySourceFor(year());
        const QString text =
            source ? tr("Start the checklist of %1 with the catalogue of %2 (its actions, outputs, "
                        "lead OPD and due dates moved to %1)?")
                         .arg(year())
                         .arg(*source)
                   : tr("Start the checklist of %1 from the national catalogue?").arg(year());
        if (!Dialogs::question(this, tr("Start checklist"), text))
            return;
        repo.startYear(year());
    } catch (const storage::StorageError &error) {
        Dialogs::warning(this, tr("Checklist not started"), error.message());
    }
    reload();
}

void ActionsPage::reload()
{
    rebuildBoard();
    const std::int64_t keep = currentActionId();
    {
        const QSignalBlocker block(m_actionCombo);
        m_actionCombo->clear();
        if (m_session.isOpen()) {
            try {
                for (const core::Action &action :
                     storage::ActionRepository(m_session.database()).actions(year()))
                    m_actionCombo->addItem(reports::actionLabel(action) + QStringLiteral(" \u2013 ")
                                               + qs(action.name),
                                           QVariant::fromValue(static_cast<qint64>(action.id)));
            } catch (const storage::StorageError &error) {
                Dialogs::error(this, tr("Convergence actions"), error.message());
            }
        }
        const int index = m_actionCombo->findData(QVariant::fromValue(static_cast<qint64>(keep)));
        m_actionCombo->setCurrentIndex(index >= 0 ? index : 0);
    }
    reloadDetail();
    compareYears();
}

void ActionsPage::rebuildBoard()
{
    for (auto &[key, card] : m_cards)
        delete card;
    m_cards.clear();
    std::vector<core::Action> actions;
    bool started = false;
    if (m_session.isOpen()) {
        try {
            storage::ActionRepository repo(m_session.database());
            actions = repo.actions(year());
            started = !actions.empty();
            if (!started) {
                const auto source = repo.copySourceFor(year());
                m_emptyLabel->setText(
                    source ? tr("There is no checklist for %1 yet. Start it to copy the catalogue "
                                "of %2 (actions, outputs, lead OPD, due dates).")
                                 .arg(year())
                                 .arg(*source)
                           : tr("There is no checklist for %1 yet. Start it from the national "
                                "catalogue of convergence actions.")
                                 .arg(year()));
            }
        } catch (const storage::StorageError &error) {
            m_emptyLabel->setText(error.message());
        }
    } else {
        m_emptyLabel->setText(tr("No workspace is open."));
    }
    m_emptyLabel->setVisible(!started);
    m_startButton->setEnabled(m_session.isOpen() && !started);
    m_printButton->setEnabled(started);
    m_pdfButton->setEnabled(started);
    m_xlsxButton->setEnabled(started);

    const core::Clock &clock = m_session.clock();
    int index = 0;
    int late = 0;
    for (const core::Action &action : actions) {
        auto *card = new ActionCard(m_cardsHost);
        card->setAction(action, clock);
        connect(card, &ActionCard::activated, this, [this](std::int64_t id) {
            selectAction(id);
            m_tabs->setCurrentIndex(1);
        });
        m_cardsLayout->addWidget(card, index / kCardColumns, index % kCardColumns);
        m_cards[qs(action.key)] = card;
        ++index;
        late += core::isLate(action, clock) ? 1 : 0;
    }
    for (int column = 0; column < kCardColumns; ++column)
        m_cardsLayout->setColumnStretch(column, 1);
    m_timeline->setActions(year(), actions, clock);
    m_timeline->setVisible(started);
    if (started) {
        const QString progress = reports::percentText(core::yearProgress(actions) * 100.0,
                                                      LanguageSetup::current());
        m_yearProgress->setText(
            late > 0 ? tr("Progress of %1: %2 \u00b7 late: %3").arg(year()).arg(progress).arg(late)
                     : tr("Progress of %1: %2").arg(year()).arg(progress));
    } else {
        m_yearProgress->clear();
    }
}

ActionCard *ActionsPage::card(const QString &key) const
{
    const auto it = m_cards.find(key);
    return it == m_cards.end() ? nullptr : it->second;
}

std::int64_t ActionsPage::currentActionId() const
{
    return m_actionCombo->currentData().toLongLong();
}

std::int64_t ActionsPage::currentOutputId() const
{
    const core::ActionOutput *output = m_outputModel->outputAt(m_outputView->currentIndex().row());
    return output ? output->id : 0;
}

void ActionsPage::selectAction(std::int64_t actionId)
{
    const int index = m_actionCombo->findData(QVariant::fromValue(static_cast<qint64>(actionId)));
    if (index >= 0)
        m_actionCombo->setCurrentIndex(index);
}

void ActionsPage::selectOutput(int row)
{
    if (row < 0 || row >= m_outputModel->rowCount())
        return;
    m_outputView->setCurrentIndex(m_outputModel->index(row, 0));
    m_outputView->selectRow(row);
}

void ActionsPage::reloadDetail()
{
    const std::int64_t keepOutput = currentOutputId();
    const std::int64_t id = currentActionId();
    std::optional<core::Action> action;
    m_meetingList->clear();
    m_historyList->clear();
    if (m_session.isOpen() && id != 0) {
        try {
            storage::ActionRepository repo(m_session.database());
            action = repo.action(id);
            if (action) {
                for (const auto &entry : repo.history(id))
                    m_historyList->addItem(describeEntry(entry));
                const core::Language language = LanguageSetup::current();
                for (const auto &meeting : storage::MeetingRepository(m_session.database())
                                               .meetingsServingAction(action->year, action->key)) {
                    auto *item = new QListWidgetItem(qs(core::formatDate(meeting.date, language))
                                                         + QStringLiteral(" \u2013 ")
                                                         + qs(meeting.title),
                                                     m_meetingList);
                    item->setData(Qt::UserRole,
                                  QVariant::fromValue(static_cast<qint64>(meeting.id)));
                }
                if (m_meetingList->count() == 0)
                    m_meetingList->addItem(tr("(none recorded in the meeting register)"));
            }
        } catch (const storage::StorageError &error) {
            Dialogs::error(this, tr("Convergence actions"), error.message());
        }
    }
    if (!action) {
        m_outputModel->setOutputs({});
        m_actionInfo->setText(m_session.isOpen() ? tr("Start the year's checklist first.")
                                                 : QString());
        reloadEvidence();
        return;
    }
    const core::Language language = LanguageSetup::current();
    const core::ActionStatus status = core::statusOf(*action, m_session.clock());
    const core::ActionProgress progress = core::progressOf(*action);
    QString info = QStringLiteral("<b>%1</b> &nbsp; <span style=\"color:%2\"><b>%3</b></span><br/>")
                       .arg(reports::actionLabel(*action).toHtmlEscaped(),
                            statusColor(static_cast<int>(status)).name(),
                            reports::statusText(status).toHtmlEscaped());
    if (!action->purpose.empty())
        info += qs(action->purpose).toHtmlEscaped() + QStringLiteral("<br/>");
    info += tr("Lead OPD: %1 · Due period: %2 to %3 · Progress: %4 (%5 of %6 outputs done with "
               "evidence)")
                .arg(action->leadOpdName.empty() ? tr("not set") : qs(action->leadOpdName),
                     qs(core::formatDate(action->dueStart, language)),
                     qs(core::formatDate(action->dueEnd, language)),
                     reports::percentText(progress.percent(), language))
                .arg(progress.doneWithEvidence)
                .arg(progress.required)
                .toHtmlEscaped();
    if (!action->notes.empty())
        info += QStringLiteral("<br/><i>") + qs(action->notes).toHtmlEscaped()
                + QStringLiteral("</i>");
    m_actionInfo->setText(info);
    m_outputModel->setOutputs(action->outputs);
    const int row = m_outputModel->rowOf(keepOutput);
    selectOutput(row >= 0 ? row : 0);
    reloadEvidence();
}

void ActionsPage::reloadEvidence()
{
    m_evidenceList->clear();
    const std::int64_t outputId = currentOutputId();
    if (m_session.isOpen() && outputId != 0) {
        try {
            const core::Language language = LanguageSetup::current();
            for (const auto &document :
                 storage::DocumentStore(m_session.database())
                     .list(storage::ActionRepository::kEvidenceOwnerType, outputId)) {
                const QString size = qs(
                    core::formatDecimal(static_cast<double>(document.size) / 1024.0, 1, language));
                auto *item = new QListWidgetItem(tr("%1 (%2 KB)").arg(document.fileName, size),
                                                 m_evidenceList);
                item->setData(Qt::UserRole, QVariant::fromValue(static_cast<qint64>(document.id)));
                item->setToolTip(tr("Added %1 by %2").arg(document.addedAt, document.addedBy));
            }
        } catch (const storage::StorageError &error) {
            Dialogs::error(this, tr("Convergence actions"), error.message());
        }
    }
    if (m_evidenceList->count() > 0)
        m_evidenceList->setCurrentRow(0);
    updateButtons();
}

void ActionsPage::updateButtons()
{
    const bool haveAction = currentActionId() != 0;
    const bool haveOutput = currentOutputId() != 0;
    const bool haveEvidence = m_evidenceList->currentItem() != nullptr;
    m_editActionButton->setEnabled(haveAction);
    m_addOutputButton->setEnabled(haveAction);
    m_markDoneButton->setEnabled(haveOutput);
    m_editOutputButton->setEnabled(haveOutput);
    m_removeOutputButton->setEnabled(haveOutput);
    m_addEvidenceButton->setEnabled(haveOutput);
    m_openEvidenceButton->setEnabled(haveEvidence);
    m_removeEvidenceButton->setEnabled(haveEvidence);
}

void ActionsPage::saveOutput(const QString &title, bool markDone)
{
    const core::ActionOutput *current = m_outputModel->outputAt(m_outputView->currentIndex().row());
    if (!current)
        return;
    core::ActionOutput output = *current;
    if (markDone && output.state != core::OutputState::Done) {
        output.state = core::OutputState::Done;
        output.doneDate = m_session.clock().today();
    }
    QStringList people;
    for (const core::Person &person : m_session.directory().people())
        people << qs(person.name);
    OutputDialog dialog(output, people, m_session.clock().today(), this);
    dialog.setWindowTitle(title);
    while (dialog.exec() == QDialog::Accepted) {
        try {
            storage::ActionRepository(m_session.database()).updateOutput(dialog.output());
            reload();
            return;
        } catch (const storage::StorageError &error) {
            Dialogs::warning(this, tr("Output not saved"), error.message());
            if (error.kind() == storage::StorageError::Kind::Conflict
                || error.kind() == storage::StorageError::Kind::NotFound) {
                reload();
                return;
            }
        }
    }
}

void ActionsPage::markOutputDone()
{
    saveOutput(tr("Mark output done"), true);
}

void ActionsPage::editOutput()
{
    saveOutput(tr("Edit output"), false);
}

void ActionsPage::addOutput()
{
    const std::int64_t actionId = currentActionId();
    if (actionId == 0)
        return;
    core::ActionOutput output;
    output.actionId = actionId;
    QStringList people;
    for (const core::Person &person : m_session.directory().people())
        people << qs(person.name);
    OutputDialog dialog(output, people, m_session.clock().today(), this);
    while (dialog.exec() == QDialog::Accepted) {
        try {
            const auto saved =
                storage::ActionRepository(m_session.database()).addOutput(dialog.output());
            reload();
            selectOutput(m_outputModel->rowOf(saved.id));
            return;
        } catch (const storage::StorageError &error) {
            Dialogs::warning(this, tr("Output not saved"), error.message());
        }
    }
}

void ActionsPage::removeOutput()
{
    const core::ActionOutput *current = m_outputModel->outputAt(m_outputView->currentIndex().row());
    if (!current)
        return;
    const core::ActionOutput output = *current;
    if (!Dialogs::question(
            this, tr("Remove output"),
            tr("Remove the output \u201c%1\u201d from this year's catalogue, with its "
               "%2 evidence document(s)?")
                .arg(qs(output.name))
                .arg(output.evidenceCount)))
        return;
    try {
        storage::ActionRepository(m_session.database()).removeOutput(output.id);
    } catch (const storage::StorageError &error) {
        Dialogs::warning(this, tr("Output not removed"), error.message());
    }
    reload();
}

void ActionsPage::addEvidence()
{
    const std::int64_t outputId = currentOutputId();
    if (outputId == 0)
        return;
    const QString path = Dialogs::openFileName(
        this, tr("Add evidence"),
        QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation),
        tr("Documents (*.pdf *.jpg *.jpeg *.png *.doc *.docx *.xls *.xlsx *.odt);;All files (*)"));
    if (path.isEmpty())
        return;
    try {
        storage::DocumentStore(m_session.database())
            .addFile(storage::ActionRepository::kEvidenceOwnerType, outputId,
                     QStringLiteral("evidence"), path);
    } catch (const storage::StorageError &error) {
        Dialogs::warning(this, tr("Evidence not added"), error.message());
        return;
    }
    reload();
}

void ActionsPage::openEvidence()
{
    const QListWidgetItem *item = m_evidenceList->currentItem();
    if (!item)
        return;
    try {
        const QString path = storage::DocumentStore(m_session.database())
                                 .exportToTemporaryFile(item->data(Qt::UserRole).toLongLong());
        if (!Dialogs::inTestMode())
            QDesktopServices::openUrl(QUrl::fromLocalFile(path));
    } catch (const storage::StorageError &error) {
        Dialogs::warning(this, tr("Evidence not opened"), error.message());
    }
}

void ActionsPage::removeEvidence()
{
    const QListWidgetItem *item = m_evidenceList->currentItem();
    if (!item)
        return;
    if (!Dialogs::question(this, tr("Remove evidence"),
                           tr("Remove %1 from the evidence?").arg(item->text())))
        return;
    try {
        storage::DocumentStore(m_session.database()).remove(item->data(Qt::UserRole).toLongLong());
    } catch (const storage::StorageError &error) {
        Dialogs::warning(this, tr("Evidence not removed"), error.message());
    }
    reload();
}

void ActionsPage::editAction()
{
    const std::int64_t id = currentActionId();
    if (id == 0)
        return;
    try {
        storage::ActionRepository repo(m_session.database());
        const auto action = repo.action(id);
        if (!action)
            return;
        ActionDialog dialog(*action, m_session.directory().opds(), this);
        while (dialog.exec() == QDialog::Accepted) {
            try {
                repo.updateAction(dialog.action());
                break;
            } catch (const storage::StorageError &error) {
                Dialogs::warning(this, tr("Action not saved"), error.message());
                if (error.kind() == storage::StorageError::Kind::Conflict)
                    break;
            }
        }
    } catch (const storage::StorageError &error) {
        Dialogs::error(this, tr("Convergence actions"), error.message());
    }
    reload();
}

void ActionsPage::printReport()
{
    if (!m_session.isOpen())
        return;
    try {
        const auto report = reports::loadActionReportData(m_session.database(), year());
        const auto document = reports::buildActionReport(
            report, LanguageSetup::current(),
            static_cast<reports::Paper>(m_paperCombo->currentData().toInt()));
        showPrintPreview(this, document);
    } catch (const storage::StorageError &error) {
        Dialogs::error(this, tr("Report"), error.message());
    }
}

void ActionsPage::exportPdf()
{
    if (!m_session.isOpen())
        return;
    try {
        const auto report = reports::loadActionReportData(m_session.database(), year());
        const auto document = reports::buildActionReport(
            report, LanguageSetup::current(),
            static_cast<reports::Paper>(m_paperCombo->currentData().toInt()));
        savePdf(this, document, tr("convergence-actions-%1.pdf").arg(year()));
    } catch (const storage::StorageError &error) {
        Dialogs::error(this, tr("Report"), error.message());
    }
}

void ActionsPage::exportXlsx()
{
    if (!m_session.isOpen())
        return;
    const QString folder = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    QString path = Dialogs::saveFileName(
        this, tr("Export checklist"),
        QDir(folder).filePath(tr("convergence-actions-%1.xlsx").arg(year())),
        tr("Excel workbooks (*.xlsx)"));
    if (path.isEmpty())
        return;
    if (!path.endsWith(QLatin1String(".xlsx"), Qt::CaseInsensitive))
        path += QStringLiteral(".xlsx");
    try {
        const auto report = reports::loadActionReportData(m_session.database(), year());
        reports::exportActionChecklistXlsx(report, LanguageSetup::current(), path);
    } catch (const storage::StorageError &error) {
        Dialogs::error(this, tr("Checklist not exported"), error.message());
    } catch (const reports::ReportError &error) {
        Dialogs::error(this, tr("Checklist not exported"), error.message());
    }
}

void ActionsPage::compareYears()
{
    if (!m_session.isOpen()) {
        m_comparisonModel->setYears(0, {}, 0, {});
        return;
    }
    try {
        storage::ActionRepository repo(m_session.database());
        m_comparisonModel->setYears(m_compareFirst->value(), repo.actions(m_compareFirst->value()),
                                    m_compareSecond->value(),
                                    repo.actions(m_compareSecond->value()));
    } catch (const storage::StorageError &error) {
        Dialogs::error(this, tr("Convergence actions"), error.message());
    }
}

} // namespace konvergensi::gui

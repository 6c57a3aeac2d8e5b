// SPDX-License-Identifier: GPL-3.0-or-later
#include "gui/meetings/meetings_page.h"

#include "gui/common/dialogs.h"
#include "gui/common/print_preview.h"
#include "gui/language.h"
#include "gui/logging.h"
#include "gui/meetings/follow_up_dialog.h"
#include "gui/meetings/meeting_editor_dialog.h"
#include "gui/meetings/meeting_gui_util.h"
#include "gui/meetings/meeting_models.h"
#include "gui/workspace/workspace_session.h"
#include "qtsupport/text.h"
#include "reports/meetings/meeting_reports.h"
#include "reports/report_document.h"
#include "storage/database.h"
#include "storage/directory/directory_repository.h"
#include "storage/followups/follow_up_repository.h"
#include "storage/meetings/meeting_repository.h"
#include "storage/regions/region_repository.h"
#include "storage/storage_error.h"
#include "usecases/meetings/meeting_documents.h"

#include "core/clock.h"
#include "core/format.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QDir>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSortFilterProxyModel>
#include <QStandardPaths>
#include <QTabWidget>
#include <QTableView>
#include <QTimer>
#include <QVBoxLayout>

namespace konvergensi::gui {

namespace {

QTableView *makeTable(QWidget *parent, const QString &name)
{
    auto *view = new QTableView(parent);
    view->setObjectName(name);
    view->setSelectionBehavior(QAbstractItemView::SelectRows);
    view->setSelectionMode(QAbstractItemView::SingleSelection);
    view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    view->setAlternatingRowColors(true);
    view->setSortingEnabled(true);
    view->verticalHeader()->setVisible(false);
    view->verticalHeader()->setDefaultSectionSize(view->fontMetrics().height() + 10);
    view->horizontalHeader()->setHighlightSections(false);
    view->setWordWrap(false);
    return view;
}

QPushButton *makeButton(QWidget *parent, const QString &text, const QString &name)
{
    auto *button = new QPushButton(text, parent);
    button->setObjectName(name);
    return button;
}

QString documentsFolder()
{
    return QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
}

/// A file name from a title: letters, digits and dashes only.
QString fileStem(const QString &text)
{
    QString out;
    for (const QChar c : text.toLower()) {
        if (c.isLetterOrNumber())
            out += c;
        else if (!out.endsWith(QLatin1Char('-')))
            out += QLatin1Char('-');
    }
    while (out.endsWith(QLatin1Char('-')))
        out.chop(1);
    return out.left(60);
}

} // namespace

MeetingsPage::MeetingsPage(WorkspaceSession &session, QWidget *parent)
    : QWidget(parent)
    , m_session(session)
{
    setObjectName(QStringLiteral("meetingsPage"));
    auto *layout = new QVBoxLayout(this);
    m_tabs = new QTabWidget(this);
    m_tabs->setObjectName(QStringLiteral("meetingsTabs"));
    m_tabs->addTab(buildRegister(), tr("Meeting register"));
    m_tabs->addTab(buildBoard(), tr("Follow-up board"));
    layout->addWidget(m_tabs);
    connect(&m_session, &WorkspaceSession::workspaceChanged, this, [this] {
        if (m_editor)
            m_editor->close();
        reload();
    });
    connect(&m_session, &WorkspaceSession::contentChanged, this, &MeetingsPage::reload);
    reload();
}

MeetingsPage::~MeetingsPage() = default;

QWidget *MeetingsPage::buildRegister()
{
    auto *page = new QWidget(this);
    auto *layout = new QVBoxLayout(page);

    auto *filters = new QHBoxLayout;
    m_yearCombo = new QComboBox(page);
    m_yearCombo->setObjectName(QStringLiteral("yearFilterComboBox"));
    m_kindCombo = new QComboBox(page);
    m_kindCombo->setObjectName(QStringLiteral("kindFilterComboBox"));
    m_kindCombo->addItem(tr("All kinds"), -1);
    for (const core::MeetingKind kind : core::allMeetingKinds())
        m_kindCombo->addItem(reports::meetingKindName(kind), static_cast<int>(kind));
    m_levelCombo = new QComboBox(page);
    m_levelCombo->setObjectName(QStringLiteral("levelFilterComboBox"));
    m_levelCombo->addItem(tr("All levels"), -1);
    for (const core::MeetingLevel level : core::allMeetingLevels())
        m_levelCombo->addItem(reports::meetingLevelName(level), static_cast<int>(level));
    m_regionCombo = new QComboBox(page);
    m_regionCombo->setObjectName(QStringLiteral("regionFilterComboBox"));
    m_searchEdit = new QLineEdit(page);
    m_searchEdit->setObjectName(QStringLiteral("meetingSearchLineEdit"));
    m_searchEdit->setPlaceholderText(tr("Search title, minutes, decisions…"));
    m_searchEdit->setClearButtonEnabled(true);
    filters->addWidget(new QLabel(tr("Year:"), page));
    filters->addWidget(m_yearCombo);
    filters->addWidget(m_kindCombo);
    filters->addWidget(m_levelCombo);
    filters->addWidget(m_regionCombo);
    filters->addWidget(m_searchEdit, 1);
    layout->addLayout(filters);

    m_meetingModel = new MeetingListModel(this);
    m_meetingProxy = new QSortFilterProxyModel(this);
    m_meetingProxy->setSourceModel(m_meetingModel);
    m_meetingProxy->setSortRole(MeetingListModel::SortRole);
    m_meetingView = makeTable(page, QStringLiteral("meetingTableView"));
    m_meetingView->setModel(m_meetingProxy);
    m_meetingView->sortByColumn(MeetingListModel::DateColumn, Qt::DescendingOrder);
    auto *header = m_meetingView->horizontalHeader();
    header->setSectionResizeMode(QHeaderView::ResizeToContents);
    header->setSectionResizeMode(MeetingListModel::TitleColumn, QHeaderView::Stretch);
    header->setSectionResizeMode(MeetingListModel::VenueColumn, QHeaderView::Interactive);
    header->resizeSection(MeetingListModel::VenueColumn, 200);
    layout->addWidget(m_meetingView, 1);

    auto *buttons = new QHBoxLayout;
    m_meetingCountLabel = new QLabel(page);
    m_meetingCountLabel->setObjectName(QStringLiteral("meetingCountLabel"));
    auto *add = makeButton(page, tr("&New meeting…"), QStringLiteral("newMeetingButton"));
    m_openButton = makeButton(page, tr("&Open…"), QStringLiteral("openMeetingButton"));
    m_removeButton = makeButton(page, tr("Remove"), QStringLiteral("removeMeetingButton"));
    m_printButton = makeButton(page, tr("&Print minutes…"), QStringLiteral("printMinutesButton"));
    m_pdfButton = makeButton(page, tr("Minutes as PD&F…"), QStringLiteral("minutesPdfButton"));
    m_attendanceButton = makeButton(page, tr("Attendance &sheet…"),
                                    QStringLiteral("printAttendanceButton"));
    auto *exportButton = makeButton(page, tr("&Export…"), QStringLiteral("exportMeetingsButton"));
    buttons->addWidget(add);
    buttons->addWidget(m_openButton);
    buttons->addWidget(m_removeButton);
    buttons->addSpacing(16);
    buttons->addWidget(m_printButton);
    buttons->addWidget(m_pdfButton);
    buttons->addWidget(m_attendanceButton);
    buttons->addWidget(exportButton);
    buttons->addStretch(1);
    buttons->addWidget(m_meetingCountLabel);
    layout->addLayout(buttons);

    connect(add, &QPushButton::clicked, this, [this] { newMeeting(); });
    connect(m_openButton, &QPushButton::clicked, this, [this] { openSelectedMeeting(); });
    connect(m_meetingView, &QTableView::doubleClicked, this, [this] { openSelectedMeeting(); });
    connect(m_removeButton, &QPushButton::clicked, this, &MeetingsPage::removeSelectedMeeting);
    connect(m_printButton, &QPushButton::clicked, this, &MeetingsPage::printMinutes);
    connect(m_pdfButton, &QPushButton::clicked, this, [this] { saveMinutesPdf(); });
    connect(m_attendanceButton, &QPushButton::clicked, this, &MeetingsPage::printAttendanceSheet);
    connect(exportButton, &QPushButton::clicked, this, &MeetingsPage::exportMeetings);
    for (QComboBox *combo : {m_yearCombo, m_kindCombo, m_levelCombo, m_regionCombo})
        connect(combo, &QComboBox::currentIndexChanged, this, &MeetingsPage::reloadMeetings);
    // Search as the user types, a moment after the last key.
    auto *searchTimer = new QTimer(this);
    searchTimer->setSingleShot(true);
    searchTimer->setInterval(250);
    connect(m_searchEdit, &QLineEdit::textChanged, searchTimer, qOverload<>(&QTimer::start));
    connect(searchTimer, &QTimer::timeout, this, &MeetingsPage::reloadMeetings);
    connect(m_searchEdit, &QLineEdit::returnPressed, this, &MeetingsPage::reloadMeetings);
    connect(m_meetingView->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            &MeetingsPage::updateButtons);
    return page;
}

QWidget *MeetingsPage::buildBoard()
{
    auto *page = new QWidget(this);
    auto *layout = new QVBoxLayout(page);
    auto *filters = new QHBoxLayout;
    m_opdCombo = new QComboBox(page);
    m_opdCombo->setObjectName(QStringLiteral("opdFilterComboBox"));
    m_statusCombo = new QComboBox(page);
    m_statusCombo->setObjectName(QStringLiteral("statusFilterComboBox"));
    m_statusCombo->addItem(tr("All statuses"), -1);
    m_statusCombo->addItem(tr("Not yet done"), -2);
    for (const core::FollowUpStatus status : core::allFollowUpStatuses())
        m_statusCombo->addItem(reports::followUpStatusName(status), static_cast<int>(status));
    m_overdueCheck = new QCheckBox(tr("&Overdue only"), page);
    m_overdueCheck->setObjectName(QStringLiteral("overdueOnlyCheckBox"));
    m_dueCheck = new QCheckBox(tr("&Due between"), page);
    m_dueCheck->setObjectName(QStringLiteral("dueRangeCheckBox"));
    const QDate today = toQDate(m_session.clock().today());
    m_dueFromEdit = new QDateEdit(QDate(today.year(), 1, 1), page);
    m_dueFromEdit->setObjectName(QStringLiteral("dueFromDateEdit"));
    m_dueFromEdit->setCalendarPopup(true);
    m_dueFromEdit->setDisplayFormat(QStringLiteral("dd/MM/yyyy"));
    m_dueToEdit = new QDateEdit(QDate(today.year(), 12, 31), page);
    m_dueToEdit->setObjectName(QStringLiteral("dueToDateEdit"));
    m_dueToEdit->setCalendarPopup(true);
    m_dueToEdit->setDisplayFormat(QStringLiteral("dd/MM/yyyy"));
    filters->addWidget(new QLabel(tr("Responsible:"), page));
    filters->addWidget(m_opdCombo);
    filters->addWidget(m_statusCombo);
    filters->addWidget(m_overdueCheck);
    filters->addSpacing(12);
    filters->addWidget(m_dueCheck);
    filters->addWidget(m_dueFromEdit);
    filters->addWidget(new QLabel(tr("and"), page));
    filters->addWidget(m_dueToEdit);
    filters->addStretch(1);
    layout->addLayout(filters);

    m_overdueLabel = new QLabel(page);
    m_overdueLabel->setObjectName(QStringLiteral("overdueCountLabel"));
    m_overdueLabel->setTextFormat(Qt::RichText);
    layout->addWidget(m_overdueLabel);

    m_followUpModel = new FollowUpBoardModel(this);
    m_followUpProxy = new QSortFilterProxyModel(this);
    m_followUpProxy->setSourceModel(m_followUpModel);
    m_followUpProxy->setSortRole(FollowUpBoardModel::SortRole);
    m_followUpView = makeTable(page, QStringLiteral("followUpTableView"));
    m_followUpView->setModel(m_followUpProxy);
    m_followUpView->sortByColumn(FollowUpBoardModel::DueColumn, Qt::AscendingOrder);
    auto *header = m_followUpView->horizontalHeader();
    header->setSectionResizeMode(QHeaderView::ResizeToContents);
    header->setSectionResizeMode(FollowUpBoardModel::ActionColumn, QHeaderView::Stretch);
    header->setSectionResizeMode(FollowUpBoardModel::PersonColumn, QHeaderView::Interactive);
    header->resizeSection(FollowUpBoardModel::PersonColumn, 140);
    header->setSectionResizeMode(FollowUpBoardModel::MeetingColumn, QHeaderView::Interactive);
    header->resizeSection(FollowUpBoardModel::MeetingColumn, 180);
    header->setSectionResizeMode(FollowUpBoardModel::NotesColumn, QHeaderView::Interactive);
    header->resizeSection(FollowUpBoardModel::NotesColumn, 150);
    layout->addWidget(m_followUpView, 1);

    auto *buttons = new QHBoxLayout;
    m_markDoneButton = makeButton(page, tr("Mark &done"), QStringLiteral("markDoneButton"));
    m_editFollowUpButton = makeButton(page, tr("&Edit…"),
                                      QStringLiteral("editFollowUpBoardButton"));
    auto *openMeeting = makeButton(page, tr("Open &meeting…"),
                                   QStringLiteral("openFollowUpMeetingButton"));
    auto *report = makeButton(page, tr("&Status report per OPD…"),
                              QStringLiteral("followUpReportButton"));
    auto *exportButton = makeButton(page, tr("E&xport…"), QStringLiteral("exportFollowUpsButton"));
    buttons->addWidget(m_markDoneButton);
    buttons->addWidget(m_editFollowUpButton);
    buttons->addWidget(openMeeting);
    buttons->addSpacing(16);
    buttons->addWidget(report);
    buttons->addWidget(exportButton);
    buttons->addStretch(1);
    layout->addLayout(buttons);

    connect(m_markDoneButton, &QPushButton::clicked, this, &MeetingsPage::markSelectedFollowUpDone);
    connect(m_editFollowUpButton, &QPushButton::clicked, this, &MeetingsPage::editSelectedFollowUp);
    connect(m_followUpView, &QTableView::doubleClicked, this, &MeetingsPage::editSelectedFollowUp);
    connect(openMeeting, &QPushButton::clicked, this, [this] {
        const auto *entry = m_followUpModel->entryAt(
            m_followUpProxy->mapToSource(m_followUpView->currentIndex()).row());
        if (entry && entry->meetingId != 0)
            this->openMeeting(entry->meetingId);
    });
    connect(report, &QPushButton::clicked, this, &MeetingsPage::printFollowUpReport);
    connect(exportButton, &QPushButton::clicked, this, &MeetingsPage::exportFollowUps);
    connect(m_followUpModel, &FollowUpBoardModel::doneToggled, this,
            [this](std::int64_t id, bool done) {
                // Applied after the view has finished with the click.
                QTimer::singleShot(0, this, [this, id, done] { setDone(id, done); });
            });
    for (QComboBox *combo : {m_opdCombo, m_statusCombo})
        connect(combo, &QComboBox::currentIndexChanged, this, &MeetingsPage::reloadFollowUps);
    for (QCheckBox *check : {m_overdueCheck, m_dueCheck})
        connect(check, &QCheckBox::toggled, this, &MeetingsPage::reloadFollowUps);
    for (QDateEdit *edit : {m_dueFromEdit, m_dueToEdit})
        connect(edit, &QDateEdit::dateChanged, this, &MeetingsPage::reloadFollowUps);
    connect(m_followUpView->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            &MeetingsPage::updateButtons);
    return page;
}

void MeetingsPage::reload()
{
    reloadFilterChoices();
    reloadMeetings();
    reloadFollowUps();
}

void MeetingsPage::reloadFilterChoices()
{
    auto refill = [](QComboBox *combo, const std::vector<std::pair<QString, QVariant>> &items) {
        const QVariant keep = combo->currentData();
        const QSignalBlocker blocker(combo);
        combo->clear();
        for (const auto &[text, value] : items)
            combo->addItem(text, value);
        const int index = combo->findData(keep);
        combo->setCurrentIndex(index < 0 ? 0 : index);
    };
    std::vector<std::pair<QString, QVariant>> years{{tr("All years"), 0}};
    std::vector<std::pair<QString, QVariant>> regions{{tr("All regions"), QString()}};
    std::vector<std::pair<QString, QVariant>> opds{{tr("All OPD"), QVariant()}};
    if (m_session.isOpen()) {
        try {
            for (const int year : storage::MeetingRepository(m_session.database()).years())
                years.emplace_back(QString::number(year), year);
            for (const core::Region &region : m_session.regions().all()) {
                if (region.level() == core::RegionLevel::District
                    || region.level() == core::RegionLevel::Kecamatan)
                    regions.emplace_back(qs(core::displayName(region)), qs(region.code.toString()));
            }
            for (const core::Opd &opd : m_session.directory().opds())
                opds.emplace_back(qs(opd.shortName),
                                  QVariant::fromValue(static_cast<qlonglong>(opd.id)));
        } catch (const storage::StorageError &error) {
            qCWarning(lcGui) << "meetings page: filter choices not read";
        }
    }
    refill(m_yearCombo, years);
    refill(m_regionCombo, regions);
    refill(m_opdCombo, opds);
}

void MeetingsPage::reloadMeetings()
{
    const std::int64_t keep = selectedMeetingId();
    if (!m_session.isOpen()) {
        m_meetingModel->setMeetings({});
        updateButtons();
        return;
    }
    storage::MeetingFilter filter;
    if (const int year = m_yearCombo->currentData().toInt(); year > 0)
        filter.year = year;
    if (const int kind = m_kindCombo->currentData().toInt(); kind >= 0)
        filter.kind = static_cast<core::MeetingKind>(kind);
    if (const int level = m_levelCombo->currentData().toInt(); level >= 0)
        filter.level = static_cast<core::MeetingLevel>(level);
    filter.regionCode = ss(m_regionCombo->currentData().toString());
    filter.text = ss(m_searchEdit->text());
    try {
        m_meetingModel->setMeetings(storage::MeetingRepository(m_session.database()).list(filter));
    } catch (const storage::StorageError &error) {
        Dialogs::error(this, tr("Meetings"), error.message());
    }
    m_meetingCountLabel->setText(tr("Meetings: %1").arg(m_meetingModel->rowCount()));
    if (keep != 0)
        selectMeeting(keep);
    if (!m_meetingView->currentIndex().isValid() && m_meetingProxy->rowCount() > 0)
        m_meetingView->selectRow(0);
    updateButtons();
}

void MeetingsPage::reloadFollowUps()
{
    const std::int64_t keep = selectedFollowUpId();
    if (!m_session.isOpen()) {
        m_followUpModel->setEntries({});
        updateOverdueCount();
        return;
    }
    storage::FollowUpFilter filter;
    filter.ownerType = std::string(core::follow_up_owner::kMeetingDecision);
    if (const QVariant opd = m_opdCombo->currentData(); opd.isValid())
        filter.responsibleOpdId = opd.toLongLong();
    const int status = m_statusCombo->currentData().toInt();
    if (status == -2)
        filter.pendingOnly = true;
    else if (status >= 0)
        filter.status = static_cast<core::FollowUpStatus>(status);
    filter.overdueOnly = m_overdueCheck->isChecked();
    m_dueFromEdit->setEnabled(m_dueCheck->isChecked());
    m_dueToEdit->setEnabled(m_dueCheck->isChecked());
    if (m_dueCheck->isChecked()) {
        filter.dueFrom = fromQDate(m_dueFromEdit->date());
        filter.dueTo = fromQDate(m_dueToEdit->date());
    }
    try {
        m_followUpModel->setEntries(storage::FollowUpRepository(m_session.database()).list(filter));
    } catch (const storage::StorageError &error) {
        Dialogs::error(this, tr("Follow-ups"), error.message());
    }
    if (keep != 0) {
        const int row = m_followUpModel->rowOf(keep);
        if (row >= 0)
            m_followUpView->selectRow(
                m_followUpProxy->mapFromSource(m_followUpModel->index(row, 0)).row());
    }
    updateOverdueCount();
    updateButtons();
}

void MeetingsPage::updateOverdueCount()
{
    int total = 0;
    if (m_session.isOpen()) {
        try {
            total = storage::FollowUpRepository(m_session.database())
                        .overdueCount(std::string(core::follow_up_owner::kMeetingDecision));
        } catch (const storage::StorageError &) {
            qCWarning(lcGui) << "meetings page: overdue count not read";
        }
    }
    const int shown = m_followUpModel->overdueCount();
    m_overdueLabel->setText(total == 0
                                ? tr("No follow-up is overdue.")
                                : QStringLiteral("<span style=\"color:#b01c1c;\"><b>%1</b></span>")
                                      .arg(tr("Overdue follow-ups: %1 (shown here: %2 of %3).")
                                               .arg(total)
                                               .arg(shown)
                                               .arg(m_followUpModel->rowCount())));
    m_tabs->setTabText(1, total == 0 ? tr("Follow-up board")
                                     : tr("Follow-up board (%1 overdue)").arg(total));
    if (total != m_overdueCount) {
        m_overdueCount = total;
        Q_EMIT overdueCountChanged(total);
    }
}

void MeetingsPage::updateButtons()
{
    const bool meeting = selectedMeetingId() != 0;
    for (QPushButton *button :
         {m_openButton, m_removeButton, m_printButton, m_pdfButton, m_attendanceButton})
        button->setEnabled(meeting);
    const auto *entry = m_followUpModel->entryAt(
        m_followUpProxy->mapToSource(m_followUpView->currentIndex()).row());
    m_markDoneButton->setEnabled(entry && core::isPending(entry->followUp.status));
    m_editFollowUpButton->setEnabled(entry != nullptr);
}

void MeetingsPage::selectMeeting(std::int64_t id)
{
    const int row = m_meetingModel->rowOf(id);
    if (row < 0)
        return;
    const QModelIndex index = m_meetingProxy->mapFromSource(m_meetingModel->index(row, 0));
    m_meetingView->setCurrentIndex(index);
    m_meetingView->selectRow(index.row());
}

std::int64_t MeetingsPage::selectedMeetingId() const
{
    const QModelIndex index = m_meetingView->currentIndex();
    if (!index.isValid())
        return 0;
    const auto *meeting = m_meetingModel->meetingAt(m_meetingProxy->mapToSource(index).row());
    return meeting ? meeting->id : 0;
}

std::int64_t MeetingsPage::selectedFollowUpId() const
{
    const QModelIndex index = m_followUpView->currentIndex();
    if (!index.isValid())
        return 0;
    const auto *entry = m_followUpModel->entryAt(m_followUpProxy->mapToSource(index).row());
    return entry ? entry->followUp.id : 0;
}

MeetingEditorDialog *MeetingsPage::newMeeting()
{
    if (!m_session.isOpen())
        return nullptr;
    core::Meeting meeting;
    meeting.date = m_session.clock().today();
    try {
        if (const auto district = m_session.regions().district())
            meeting.regionCode = district->code.toString();
    } catch (const storage::StorageError &) {
        qCWarning(lcGui) << "meetings page: district not read";
    }
    if (m_editor && !m_editor->close())
        return m_editor;
    m_editor = new MeetingEditorDialog(m_session, meeting, window());
    m_editor->setAttribute(Qt::WA_DeleteOnClose);
    connect(m_editor, &MeetingEditorDialog::meetingSaved, this, [this](qint64 id) {
        reload();
        selectMeeting(id);
    });
    m_editor->show();
    return m_editor;
}

MeetingEditorDialog *MeetingsPage::openSelectedMeeting()
{
    const std::int64_t id = selectedMeetingId();
    return id != 0 ? openMeeting(id) : nullptr;
}

MeetingEditorDialog *MeetingsPage::openMeeting(std::int64_t id)
{
    if (m_editor) {
        if (m_editor->meeting().id == id) {
            m_editor->raise();
            m_editor->activateWindow();
            return m_editor;
        }
        if (!m_editor->close())
            return m_editor;
    }
    std::optional<core::Meeting> meeting;
    try {
        meeting = storage::MeetingRepository(m_session.database()).find(id);
    } catch (const storage::StorageError &error) {
        Dialogs::error(this, tr("Meetings"), error.message());
        return nullptr;
    }
    if (!meeting) {
        Dialogs::warning(this, tr("Meetings"), tr("The meeting no longer exists."));
        reload();
        return nullptr;
    }
    m_editor = new MeetingEditorDialog(m_session, *meeting, window());
    m_editor->setAttribute(Qt::WA_DeleteOnClose);
    connect(m_editor, &MeetingEditorDialog::meetingSaved, this, [this](qint64 savedId) {
        reload();
        selectMeeting(savedId);
    });
    m_editor->show();
    return m_editor;
}

void MeetingsPage::removeSelectedMeeting()
{
    const std::int64_t id = selectedMeetingId();
    const auto *meeting = m_meetingModel->meetingAt(
        m_meetingProxy->mapToSource(m_meetingView->currentIndex()).row());
    if (id == 0 || !meeting)
        return;
    if (!Dialogs::question(this, tr("Remove meeting"),
                           tr("Remove the meeting \"%1\" of %2 with its agenda, attendance, "
                              "decisions, %3 follow-ups and documents? This cannot be undone.")
                               .arg(qs(meeting->title),
                                    qs(core::formatDate(meeting->date, LanguageSetup::current())))
                               .arg(meeting->followUpCount)))
        return;
    if (m_editor && m_editor->meeting().id == id)
        m_editor->close();
    try {
        storage::MeetingRepository(m_session.database()).remove(id);
    } catch (const storage::StorageError &error) {
        Dialogs::warning(this, tr("Meeting not removed"), error.message());
    }
    reload();
}

void MeetingsPage::printMinutes()
{
    const std::int64_t id = selectedMeetingId();
    if (id == 0)
        return;
    try {
        const auto document = usecases::meetings::minutes(m_session.database(), id,
                                                          LanguageSetup::current());
        showPrintPreview(this, document);
    } catch (const storage::StorageError &error) {
        Dialogs::error(this, tr("Print"), error.message());
    }
}

QString MeetingsPage::saveMinutesPdf()
{
    const std::int64_t id = selectedMeetingId();
    const auto *meeting = m_meetingModel->meetingAt(
        m_meetingProxy->mapToSource(m_meetingView->currentIndex()).row());
    if (id == 0 || !meeting)
        return {};
    try {
        const auto document = usecases::meetings::minutes(m_session.database(), id,
                                                          LanguageSetup::current());
        const QString name = tr("minutes") + QLatin1Char('-') + qs(core::toIsoDate(meeting->date))
                             + QLatin1Char('-') + fileStem(qs(meeting->title))
                             + QStringLiteral(".pdf");
        return savePdf(this, document, name);
    } catch (const storage::StorageError &error) {
        Dialogs::error(this, tr("Print"), error.message());
    }
    return {};
}

void MeetingsPage::printAttendanceSheet()
{
    const std::int64_t id = selectedMeetingId();
    if (id == 0)
        return;
    try {
        const auto document = usecases::meetings::attendanceSheet(m_session.database(), id,
                                                                  LanguageSetup::current());
        showPrintPreview(this, document);
    } catch (const storage::StorageError &error) {
        Dialogs::error(this, tr("Print"), error.message());
    }
}

QString MeetingsPage::askExportPath(const QString &title, const QString &baseName)
{
    const QString xlsxFilter = tr("Excel workbook (*.xlsx)");
    const QString csvFilter = tr("CSV file (*.csv)");
    QString path = Dialogs::saveFileName(
        this, title, QDir(documentsFolder()).filePath(baseName + QStringLiteral(".xlsx")),
        xlsxFilter + QStringLiteral(";;") + csvFilter);
    if (path.isEmpty())
        return {};
    if (!path.endsWith(QLatin1String(".csv"), Qt::CaseInsensitive)
        && !path.endsWith(QLatin1String(".xlsx"), Qt::CaseInsensitive))
        path += QStringLiteral(".xlsx");
    return path;
}

void MeetingsPage::exportMeetings()
{
    const QString path = askExportPath(tr("Export the meeting register"), tr("meetings"));
    if (path.isEmpty())
        return;
    const bool csv = path.endsWith(QLatin1String(".csv"), Qt::CaseInsensitive);
    try {
        if (csv)
            reports::exportMeetingsCsv(path, m_meetingModel->meetings());
        else
            reports::exportMeetingsXlsx(path, m_meetingModel->meetings());
        Dialogs::information(this, tr("Export"),
                             tr("Exported %1 meetings to %2.")
                                 .arg(m_meetingModel->rowCount())
                                 .arg(QDir::toNativeSeparators(path)));
    } catch (const reports::ReportError &error) {
        Dialogs::error(this, tr("Export"), error.message());
    }
}

void MeetingsPage::setDone(std::int64_t followUpId, bool done)
{
    const int row = m_followUpModel->rowOf(followUpId);
    const auto *entry = m_followUpModel->entryAt(row);
    if (!entry)
        return;
    try {
        storage::FollowUpRepository(m_session.database())
            .changeStatus(followUpId, entry->followUp.rowVersion,
                          done ? core::FollowUpStatus::Done : core::FollowUpStatus::InProgress);
    } catch (const storage::StorageError &error) {
        Dialogs::warning(this, tr("Follow-up not changed"), error.message());
    }
    reloadMeetings();
    reloadFollowUps();
}

void MeetingsPage::markSelectedFollowUpDone()
{
    const std::int64_t id = selectedFollowUpId();
    if (id != 0)
        setDone(id, true);
}

void MeetingsPage::editSelectedFollowUp()
{
    const std::int64_t id = selectedFollowUpId();
    if (id == 0)
        return;
    storage::FollowUpRepository followUps(m_session.database());
    try {
        const auto followUp = followUps.find(id);
        if (!followUp) {
            reloadFollowUps();
            return;
        }
        FollowUpDialog dialog(*followUp, m_session.directory().opds(),
                              followUps.ownerDate(followUp->ownerType, followUp->ownerId),
                              m_session.clock().today(), this);
        while (dialog.exec() == QDialog::Accepted) {
            try {
                followUps.update(dialog.followUp());
                break;
            } catch (const storage::StorageError &error) {
                Dialogs::warning(this, tr("Follow-up not saved"), error.message());
                if (error.kind() == storage::StorageError::Kind::Conflict)
                    break;
            }
        }
    } catch (const storage::StorageError &error) {
        Dialogs::error(this, tr("Follow-ups"), error.message());
    }
    reloadMeetings();
    reloadFollowUps();
}

void MeetingsPage::printFollowUpReport()
{
    const core::Language language = LanguageSetup::current();
    boost::gregorian::date from = fromQDate(m_dueFromEdit->date());
    boost::gregorian::date to = fromQDate(m_dueToEdit->date());
    if (!m_dueCheck->isChecked()) {
        const int year = m_session.clock().today().year();
        from = boost::gregorian::date(static_cast<unsigned short>(year), 1, 1);
        to = boost::gregorian::date(static_cast<unsigned short>(year), 12, 31);
    }
    std::optional<std::int64_t> opd;
    if (const QVariant value = m_opdCombo->currentData(); value.isValid())
        opd = value.toLongLong();
    try {
        const auto document = usecases::meetings::followUpReport(m_session.database(),
                                                                 {from, to, opd}, language);
        showPrintPreview(this, document);
    } catch (const storage::StorageError &error) {
        Dialogs::error(this, tr("Print"), error.message());
    }
}

void MeetingsPage::exportFollowUps()
{
    const QString path = askExportPath(tr("Export the follow-ups"), tr("follow-ups"));
    if (path.isEmpty())
        return;
    const bool csv = path.endsWith(QLatin1String(".csv"), Qt::CaseInsensitive);
    try {
        if (csv)
            reports::exportFollowUpsCsv(path, m_followUpModel->entries());
        else
            reports::exportFollowUpsXlsx(path, m_followUpModel->entries());
        Dialogs::information(this, tr("Export"),
                             tr("Exported %1 follow-ups to %2.")
                                 .arg(m_followUpModel->rowCount())
                                 .arg(QDir::toNativeSeparators(path)));
    } catch (const reports::ReportError &error) {
        Dialogs::error(this, tr("Export"), error.message());
    }
}

} // namespace konvergensi::gui

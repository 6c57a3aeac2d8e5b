// SPDX-License-Identifier: GPL-3.0-or-later
#include "gui/meetings/meeting_register_panel.h"

#include "gui/common/dialogs.h"
#include "gui/language.h"
#include "gui/logging.h"
#include "gui/meetings/meeting_file_actions.h"
#include "gui/meetings/meeting_list_model.h"
#include "gui/meetings/meeting_widgets.h"
#include "gui/workspace/workspace_session.h"
#include "qtsupport/dates.h"
#include "qtsupport/text.h"
#include "reports/meetings/meeting_words.h"
#include "storage/directory/directory_repository.h"
#include "storage/meetings/meeting_repository.h"
#include "storage/regions/region_repository.h"
#include "storage/storage_error.h"
#include "usecases/meetings/meeting_documents.h"
#include "usecases/meetings/meeting_exports.h"
#include "usecases/meetings/meeting_saving.h"

#include "core/format.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSignalBlocker>
#include <QSortFilterProxyModel>
#include <QTableView>
#include <QTimer>
#include <QVBoxLayout>

namespace konvergensi::gui {

MeetingRegisterPanel::MeetingRegisterPanel(WorkspaceSession &session, QWidget *parent)
    : QWidget(parent)
    , m_session(session)
    , m_yearCombo(new QComboBox(this))
    , m_kindCombo(new QComboBox(this))
    , m_levelCombo(new QComboBox(this))
    , m_regionCombo(new QComboBox(this))
    , m_searchEdit(new QLineEdit(this))
    , m_model(new MeetingListModel(this))
    , m_proxy(new QSortFilterProxyModel(this))
    , m_view(meetings_ui::makeTable(this, QStringLiteral("meetingTableView"), true))
    , m_countLabel(new QLabel(this))
{
    setObjectName(QStringLiteral("meetingRegisterPanel"));
    auto *layout = new QVBoxLayout(this);

    auto *filters = new QHBoxLayout;
    m_yearCombo->setObjectName(QStringLiteral("yearFilterComboBox"));
    m_kindCombo->setObjectName(QStringLiteral("kindFilterComboBox"));
    m_kindCombo->addItem(tr("All kinds"), -1);
    for (const core::MeetingKind kind : core::allMeetingKinds())
        m_kindCombo->addItem(reports::meetingKindName(kind), static_cast<int>(kind));
    m_levelCombo->setObjectName(QStringLiteral("levelFilterComboBox"));
    m_levelCombo->addItem(tr("All levels"), -1);
    for (const core::MeetingLevel level : core::allMeetingLevels())
        m_levelCombo->addItem(reports::meetingLevelName(level), static_cast<int>(level));
    m_regionCombo->setObjectName(QStringLiteral("regionFilterComboBox"));
    for (QComboBox *combo : {m_kindCombo, m_regionCombo}) {
        combo->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
        combo->setMinimumContentsLength(14);
    }
    m_searchEdit->setObjectName(QStringLiteral("meetingSearchLineEdit"));
    m_searchEdit->setPlaceholderText(tr("Search title, minutes, decisions…"));
    m_searchEdit->setClearButtonEnabled(true);
    m_searchEdit->setMaxLength(100);
    filters->addWidget(new QLabel(tr("Year:"), this));
    filters->addWidget(m_yearCombo);
    filters->addWidget(m_kindCombo);
    filters->addWidget(m_levelCombo);
    filters->addWidget(m_regionCombo);
    filters->addWidget(m_searchEdit, 1);
    layout->addLayout(filters);

    m_proxy->setSourceModel(m_model);
    m_proxy->setSortRole(MeetingListModel::SortRole);
    m_view->setModel(m_proxy);
    m_view->sortByColumn(MeetingListModel::DateColumn, Qt::DescendingOrder);
    // Issue #15: the widths go to the title and the venue, not to the numbers.
    QHeaderView *header = m_view->horizontalHeader();
    header->resizeSection(MeetingListModel::DateColumn,
                          header->fontMetrics().horizontalAdvance(QStringLiteral("30 Sep 2024"))
                              + 34);
    // The title and the venue share what is left (a page 960 px wide still gives each about
    // 150 px); the kind and the region are short words.
    header->resizeSection(MeetingListModel::KindColumn, 104);
    header->resizeSection(MeetingListModel::RegionColumn, 116);
    header->setSectionResizeMode(MeetingListModel::TitleColumn, QHeaderView::Stretch);
    header->setSectionResizeMode(MeetingListModel::VenueColumn, QHeaderView::Stretch);
    for (const int column : {MeetingListModel::DecisionsColumn, MeetingListModel::PendingColumn,
                             MeetingListModel::OverdueColumn})
        meetings_ui::fitColumnToHeader(m_view, column);
    layout->addWidget(m_view, 1);

    auto *buttons = new QHBoxLayout;
    m_countLabel->setObjectName(QStringLiteral("meetingCountLabel"));
    auto *add = meetings_ui::makeButton(this, tr("&New meeting…"),
                                        QStringLiteral("newMeetingButton"));
    m_openButton = meetings_ui::makeButton(this, tr("&Open…"), QStringLiteral("openMeetingButton"));
    m_removeButton = meetings_ui::makeButton(this, tr("Remove…"),
                                             QStringLiteral("removeMeetingButton"));
    m_printButton = meetings_ui::makeButton(this, tr("&Print minutes…"),
                                            QStringLiteral("printMinutesButton"));
    m_pdfButton = meetings_ui::makeButton(this, tr("Minutes as PD&F…"),
                                          QStringLiteral("minutesPdfButton"));
    m_attendanceButton = meetings_ui::makeButton(this, tr("Attendance &sheet…"),
                                                 QStringLiteral("printAttendanceButton"));
    auto *exportButton = meetings_ui::makeButton(this, tr("&Export…"),
                                                 QStringLiteral("exportMeetingsButton"));
    buttons->addWidget(add);
    buttons->addWidget(m_openButton);
    buttons->addWidget(m_removeButton);
    buttons->addSpacing(16);
    buttons->addWidget(m_printButton);
    buttons->addWidget(m_pdfButton);
    buttons->addWidget(m_attendanceButton);
    buttons->addWidget(exportButton);
    buttons->addStretch(1);
    buttons->addWidget(m_countLabel);
    layout->addLayout(buttons);

    connect(add, &QPushButton::clicked, this, &MeetingRegisterPanel::newMeetingRequested);
    connect(m_openButton, &QPushButton::clicked, this, [this] {
        if (const auto id = selectedMeetingId())
            Q_EMIT openMeetingRequested(id);
    });
    connect(m_view, &QTableView::doubleClicked, this, [this] {
        if (const auto id = selectedMeetingId())
            Q_EMIT openMeetingRequested(id);
    });
    connect(m_removeButton, &QPushButton::clicked, this,
            &MeetingRegisterPanel::removeSelectedMeeting);
    connect(m_printButton, &QPushButton::clicked, this, &MeetingRegisterPanel::printMinutes);
    connect(m_pdfButton, &QPushButton::clicked, this, [this] { saveMinutesPdf(); });
    connect(m_attendanceButton, &QPushButton::clicked, this,
            &MeetingRegisterPanel::printAttendanceSheet);
    connect(exportButton, &QPushButton::clicked, this, [this] { exportMeetings(); });
    for (QComboBox *combo : {m_yearCombo, m_kindCombo, m_levelCombo, m_regionCombo})
        connect(combo, &QComboBox::currentIndexChanged, this, &MeetingRegisterPanel::reloadList);
    // Search as the user types, a moment after the last key.
    auto *searchTimer = new QTimer(this);
    searchTimer->setSingleShot(true);
    searchTimer->setInterval(250);
    connect(m_searchEdit, &QLineEdit::textChanged, searchTimer, qOverload<>(&QTimer::start));
    connect(searchTimer, &QTimer::timeout, this, &MeetingRegisterPanel::reloadList);
    connect(m_searchEdit, &QLineEdit::returnPressed, this, &MeetingRegisterPanel::reloadList);
    connect(m_view->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            &MeetingRegisterPanel::updateButtons);
    updateButtons();
}

void MeetingRegisterPanel::reload()
{
    reloadFilterChoices();
    reloadList();
}

void MeetingRegisterPanel::reloadFilterChoices()
{
    auto refill = [](QComboBox *combo, const std::vector<std::pair<QString, QVariant>> &items) {
        const QVariant keep = combo->currentData();
        const QSignalBlocker blocker(combo);
        combo->clear();
        for (const auto &[text, value] : items)
            combo->addItem(text, value);
        combo->setCurrentIndex(std::max(combo->findData(keep), 0));
    };
    std::vector<std::pair<QString, QVariant>> years{{tr("All years"), 0}};
    std::vector<std::pair<QString, QVariant>> regions{{tr("All regions"), QString()}};
    if (m_session.isOpen()) {
        try {
            for (const int year : storage::MeetingRepository(m_session.database()).years())
                years.emplace_back(QString::number(year), year);
            for (const core::Region &region : m_session.regions().all()) {
                if (region.level() == core::RegionLevel::District
                    || region.level() == core::RegionLevel::Kecamatan)
                    regions.emplace_back(qs(core::displayName(region)), qs(region.code.toString()));
            }
        } catch (const storage::StorageError &) {
            qCWarning(lcGui) << "meeting register: filter choices not read";
        }
    }
    refill(m_yearCombo, years);
    refill(m_regionCombo, regions);
}

storage::MeetingFilter MeetingRegisterPanel::filter() const
{
    storage::MeetingFilter filter;
    if (const int year = m_yearCombo->currentData().toInt(); year > 0)
        filter.year = year;
    if (const int kind = m_kindCombo->currentData().toInt(); kind >= 0)
        filter.kind = static_cast<core::MeetingKind>(kind);
    if (const int level = m_levelCombo->currentData().toInt(); level >= 0)
        filter.level = static_cast<core::MeetingLevel>(level);
    filter.regionCode = ss(m_regionCombo->currentData().toString());
    filter.text = ss(m_searchEdit->text());
    return filter;
}

void MeetingRegisterPanel::reloadList()
{
    std::vector<storage::MeetingSummary> meetings;
    if (m_session.isOpen()) {
        try {
            meetings = storage::MeetingRepository(m_session.database()).list(filter());
        } catch (const storage::StorageError &error) {
            Dialogs::error(this, tr("Meetings"), error.message());
        }
    }
    m_model->setMeetings(std::move(meetings));
    const int shown = m_model->rowCount();
    m_countLabel->setText(tr("%n meetings", nullptr, shown));
    if (!m_view->currentIndex().isValid() && m_proxy->rowCount() > 0)
        m_view->selectRow(0);
    updateButtons();
}

void MeetingRegisterPanel::updateButtons()
{
    const bool meeting = selectedMeetingId() != 0;
    for (QPushButton *button :
         {m_openButton, m_removeButton, m_printButton, m_pdfButton, m_attendanceButton})
        button->setEnabled(meeting);
}

void MeetingRegisterPanel::selectMeeting(std::int64_t id)
{
    const int row = m_model->rowOf(id);
    if (row < 0)
        return;
    const QModelIndex index = m_proxy->mapFromSource(m_model->index(row, 0));
    m_view->setCurrentIndex(index);
    m_view->selectRow(index.row());
}

std::int64_t MeetingRegisterPanel::selectedMeetingId() const
{
    const QModelIndex index = m_view->currentIndex();
    if (!index.isValid())
        return 0;
    const auto *meeting = m_model->meetingAt(m_proxy->mapToSource(index).row());
    return meeting ? meeting->id : 0;
}

void MeetingRegisterPanel::removeSelectedMeeting()
{
    const std::int64_t id = selectedMeetingId();
    const auto *meeting = m_model->meetingAt(m_model->rowOf(id));
    if (id == 0 || !meeting)
        return;
    // Issue #15: a long title made this question taller than the screen.
    if (!Dialogs::question(
            this, tr("Remove meeting"),
            tr("Remove the meeting \"%1\" of %2 with its agenda, attendance, decisions, "
               "%n follow-ups and documents? This cannot be undone.",
               nullptr, meeting->followUpCount)
                .arg(meetings_ui::shortened(qs(meeting->title)),
                     qs(core::formatDate(meeting->date, LanguageSetup::current())))))
        return;
    try {
        usecases::meetings::removeMeeting(m_session.database(), id);
    } catch (const storage::StorageError &error) {
        Dialogs::warning(this, tr("Meeting not removed"), error.message());
    }
    Q_EMIT meetingRemoved(id);
    m_session.notifyChanged(usecases::Topic::Meetings | usecases::Topic::FollowUps
                            | usecases::Topic::Documents);
}

void MeetingRegisterPanel::printMinutes()
{
    const std::int64_t id = selectedMeetingId();
    if (id == 0)
        return;
    const core::Language language = LanguageSetup::current();
    meetings_ui::previewDocument(this, m_session, tr("Preparing the minutes…"),
                                 [id, language](storage::Database &db) {
                                     return usecases::meetings::minutes(db, id, language);
                                 });
}

void MeetingRegisterPanel::printAttendanceSheet()
{
    const std::int64_t id = selectedMeetingId();
    if (id == 0)
        return;
    const core::Language language = LanguageSetup::current();
    meetings_ui::previewDocument(this, m_session, tr("Preparing the attendance sheet…"),
                                 [id, language](storage::Database &db) {
                                     return usecases::meetings::attendanceSheet(db, id, language);
                                 });
}

QString MeetingRegisterPanel::saveMinutesPdf()
{
    const std::int64_t id = selectedMeetingId();
    const auto *meeting = m_model->meetingAt(m_model->rowOf(id));
    if (id == 0 || !meeting)
        return {};
    const core::Language language = LanguageSetup::current();
    return meetings_ui::saveDocumentPdf(
        this, m_session, QStringLiteral("meetings-minutes"), tr("Save the minutes as PDF"),
        usecases::meetings::documentFileName(tr("minutes"), meeting->date, qs(meeting->title)),
        [id, language](storage::Database &db) {
            return usecases::meetings::minutes(db, id, language);
        });
}

QString MeetingRegisterPanel::exportMeetings()
{
    const storage::MeetingFilter selected = filter();
    return meetings_ui::runExport(
        this, m_session, QStringLiteral("meetings-export"), tr("Export the meeting register"),
        tr("meetings"),
        [selected](storage::Database &db, const QString &path, usecases::Progress &progress) {
            return usecases::meetings::exportMeetings(db, selected, path, progress);
        });
}

} // namespace konvergensi::gui

// SPDX-License-Identifier: GPL-3.0-or-later
#include "gui/meetings/meeting_editor_dialog.h"

#include "gui/common/dialogs.h"
#include "gui/language.h"
#include "gui/logging.h"
#include "gui/meetings/attendee_dialog.h"
#include "gui/meetings/follow_up_dialog.h"
#include "gui/meetings/meeting_gui_util.h"
#include "gui/meetings/meeting_models.h"
#include "gui/workspace/workspace_session.h"
#include "qtsupport/text.h"
#include "reports/meetings/meeting_reports.h"
#include "storage/database.h"
#include "storage/directory/directory_repository.h"
#include "storage/document_store.h"
#include "storage/followups/follow_up_repository.h"
#include "storage/meetings/meeting_repository.h"
#include "storage/regions/region_repository.h"
#include "storage/storage_error.h"
#include "usecases/meetings/meeting_saving.h"

#include "core/clock.h"
#include "core/format.h"

#include <QAction>
#include <QCloseEvent>
#include <QComboBox>
#include <QCoreApplication>
#include <QDateEdit>
#include <QDesktopServices>
#include <QDialogButtonBox>
#include <QFileInfo>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QLocale>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSplitter>
#include <QTabWidget>
#include <QTableView>
#include <QTableWidget>
#include <QToolButton>
#include <QUndoCommand>
#include <QUndoStack>
#include <QUrl>
#include <QVBoxLayout>

namespace konvergensi::gui {

namespace {

enum MergeId {
    TitleField = 1,
    VenueField,
    ChairField,
    RepresentedByField,
    RepresentativePositionField,
    SecretaryNameField,
    SecretaryPositionField,
    StartField,
    EndField,
    SummaryField,
    MinutesField,
    DecisionTextField = 1000, // + decision index
};

/// One step of the undo stack: the whole meeting before and after. A meeting is small, so
/// whole snapshots are simpler and safer than field-by-field commands.
class MeetingEditCommand : public QUndoCommand
{
public:
    MeetingEditCommand(MeetingEditorDialog *editor, core::Meeting before, core::Meeting after,
                       const QString &text, int mergeId)
        : QUndoCommand(text)
        , m_editor(editor)
        , m_before(std::move(before))
        , m_after(std::move(after))
        , m_mergeId(mergeId)
    {
    }

    void undo() override { m_editor->setState(m_before); }
    void redo() override { m_editor->setState(m_after); }
    int id() const override { return m_mergeId; }
    bool mergeWith(const QUndoCommand *other) override
    {
        if (other->id() != id())
            return false;
        m_after = static_cast<const MeetingEditCommand *>(other)->m_after;
        return true;
    }

private:
    MeetingEditorDialog *m_editor;
    core::Meeting m_before;
    core::Meeting m_after;
    int m_mergeId;
};

QTableView *makeTable(QWidget *parent, const QString &name)
{
    auto *view = new QTableView(parent);
    view->setObjectName(name);
    view->setSelectionBehavior(QAbstractItemView::SelectRows);
    view->setSelectionMode(QAbstractItemView::SingleSelection);
    view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    view->setAlternatingRowColors(true);
    view->verticalHeader()->setVisible(false);
    view->horizontalHeader()->setHighlightSections(false);
    view->setWordWrap(false);
    return view;
}

QPushButton *makeButton(QWidget *parent, const QString &text, const QString &name)
{
    auto *button = new QPushButton(text, parent);
    button->setObjectName(name);
    button->setAutoDefault(false);
    return button;
}

void setLineText(QLineEdit *edit, const QString &text)
{
    if (edit->text() != text)
        edit->setText(text);
}

void setPlainText(QPlainTextEdit *edit, const QString &text)
{
    if (edit->toPlainText() != text)
        edit->setPlainText(text);
}

void setComboData(QComboBox *combo, const QVariant &data)
{
    int index = combo->findData(data);
    if (index < 0)
        index = 0;
    if (combo->currentIndex() != index)
        combo->setCurrentIndex(index);
}

QString timeEditText(const std::optional<int> &minute)
{
    return minute ? qs(core::toIsoTime(*minute)) : QString();
}

QString documentKindName(const QString &kind)
{
    if (kind == QLatin1String("invitation"))
        return QCoreApplication::translate("Meetings", "Invitation");
    if (kind == QLatin1String("attendance"))
        return QCoreApplication::translate("Meetings", "Attendance sheet (scan)");
    if (kind == QLatin1String("minutes"))
        return QCoreApplication::translate("Meetings", "Minutes");
    if (kind == QLatin1String("photo"))
        return QCoreApplication::translate("Meetings", "Photo");
    if (kind == QLatin1String("berita_acara"))
        return QCoreApplication::translate("Meetings", "Official report (berita acara)");
    return QCoreApplication::translate("Meetings", "Other document");
}

} // namespace

MeetingEditorDialog::MeetingEditorDialog(WorkspaceSession &session, core::Meeting meeting,
                                         QWidget *parent)
    : QDialog(parent)
    , m_session(session)
    , m_meeting(std::move(meeting))
    , m_loaded(m_meeting)
{
    setObjectName(QStringLiteral("meetingEditorDialog"));
    setSizeGripEnabled(true);
    try {
        m_opds = storage::DirectoryRepository(m_session.database()).opds();
    } catch (const storage::StorageError &error) {
        qCWarning(lcGui) << "meeting editor: directory not read";
    }
    m_undo = new QUndoStack(this);

    auto *layout = new QVBoxLayout(this);
    m_tabs = new QTabWidget(this);
    m_tabs->setObjectName(QStringLiteral("meetingEditorTabs"));
    layout->addWidget(m_tabs, 1);
    buildDetailsTab(m_tabs);
    buildAgendaTab(m_tabs);
    buildAttendanceTab(m_tabs);
    buildDecisionsTab(m_tabs);
    buildMinutesTab(m_tabs);
    buildDocumentsTab(m_tabs);

    auto *bottom = new QHBoxLayout;
    QAction *undoAction = m_undo->createUndoAction(this, tr("Undo"));
    undoAction->setObjectName(QStringLiteral("undoAction"));
    undoAction->setShortcut(QKeySequence::Undo);
    undoAction->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    QAction *redoAction = m_undo->createRedoAction(this, tr("Redo"));
    redoAction->setObjectName(QStringLiteral("redoAction"));
    redoAction->setShortcut(QKeySequence::Redo);
    redoAction->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    addAction(undoAction);
    addAction(redoAction);
    auto *undoButton = new QToolButton(this);
    undoButton->setObjectName(QStringLiteral("undoButton"));
    undoButton->setDefaultAction(undoAction);
    undoButton->setToolButtonStyle(Qt::ToolButtonTextOnly);
    auto *redoButton = new QToolButton(this);
    redoButton->setObjectName(QStringLiteral("redoButton"));
    redoButton->setDefaultAction(redoAction);
    redoButton->setToolButtonStyle(Qt::ToolButtonTextOnly);
    bottom->addWidget(undoButton);
    bottom->addWidget(redoButton);
    bottom->addStretch(1);
    m_saveButton = makeButton(this, tr("&Save"), QStringLiteral("saveMeetingButton"));
    auto *closeButton = makeButton(this, tr("&Close"), QStringLiteral("closeMeetingButton"));
    bottom->addWidget(m_saveButton);
    bottom->addWidget(closeButton);
    layout->addLayout(bottom);
    connect(m_saveButton, &QPushButton::clicked, this, [this] { save(); });
    connect(closeButton, &QPushButton::clicked, this, &MeetingEditorDialog::reject);
    connect(m_undo, &QUndoStack::cleanChanged, this, &MeetingEditorDialog::updateTitle);

    m_followUpModel->setOpdNames([this] {
        std::map<std::int64_t, QString> names;
        for (const auto &opd : m_opds)
            names[opd.id] = qs(opd.shortName);
        return names;
    }());
    refresh();
    refreshDocuments();
    updateTitle();
    resize(940, 680);
}

MeetingEditorDialog::~MeetingEditorDialog()
{
    // The commands refer to this dialog: clear them before the widgets go.
    m_undo->clear();
}

void MeetingEditorDialog::buildDetailsTab(QTabWidget *tabs)
{
    auto *page = new QWidget(tabs);
    auto *form = new QFormLayout(page);
    form->setFieldGrowthPolicy(QFormLayout::ExpandingFieldsGrow);

    m_kindCombo = new QComboBox(page);
    m_kindCombo->setObjectName(QStringLiteral("kindComboBox"));
    for (const core::MeetingKind kind : core::allMeetingKinds())
        m_kindCombo->addItem(reports::meetingKindName(kind), static_cast<int>(kind));
    form->addRow(tr("&Kind:"), m_kindCombo);

    auto *levelRow = new QHBoxLayout;
    m_levelCombo = new QComboBox(page);
    m_levelCombo->setObjectName(QStringLiteral("levelComboBox"));
    for (const core::MeetingLevel level : core::allMeetingLevels())
        m_levelCombo->addItem(reports::meetingLevelName(level), static_cast<int>(level));
    m_regionCombo = new QComboBox(page);
    m_regionCombo->setObjectName(QStringLiteral("regionComboBox"));
    m_regionCombo->addItem(tr("(no region)"), QString());
    try {
        for (const core::Region &region : m_session.regions().all()) {
            if (region.level() == core::RegionLevel::Province)
                continue;
            m_regionCombo->addItem(qs(core::displayName(region)), qs(region.code.toString()));
        }
    } catch (const storage::StorageError &) {
        qCWarning(lcGui) << "meeting editor: regions not read";
    }
    levelRow->addWidget(m_levelCombo);
    levelRow->addWidget(m_regionCombo, 1);
    form->addRow(tr("Level and region:"), levelRow);

    m_titleEdit = new QLineEdit(page);
    m_titleEdit->setObjectName(QStringLiteral("titleLineEdit"));
    form->addRow(tr("&Title:"), m_titleEdit);

    auto *whenRow = new QHBoxLayout;
    m_dateEdit = new QDateEdit(page);
    m_dateEdit->setObjectName(QStringLiteral("dateEdit"));
    m_dateEdit->setCalendarPopup(true);
    m_dateEdit->setDisplayFormat(QStringLiteral("dd/MM/yyyy"));
    m_startEdit = new QLineEdit(page);
    m_startEdit->setObjectName(QStringLiteral("startTimeLineEdit"));
    m_startEdit->setPlaceholderText(QStringLiteral("09:00"));
    m_startEdit->setMaximumWidth(80);
    m_endEdit = new QLineEdit(page);
    m_endEdit->setObjectName(QStringLiteral("endTimeLineEdit"));
    m_endEdit->setPlaceholderText(QStringLiteral("12:00"));
    m_endEdit->setMaximumWidth(80);
    whenRow->addWidget(m_dateEdit);
    whenRow->addSpacing(12);
    whenRow->addWidget(new QLabel(tr("from"), page));
    whenRow->addWidget(m_startEdit);
    whenRow->addWidget(new QLabel(tr("to"), page));
    whenRow->addWidget(m_endEdit);
    whenRow->addStretch(1);
    form->addRow(tr("Date and time:"), whenRow);

    m_venueEdit = new QLineEdit(page);
    m_venueEdit->setObjectName(QStringLiteral("venueLineEdit"));
    form->addRow(tr("&Venue:"), m_venueEdit);
    m_chairEdit = new QLineEdit(page);
    m_chairEdit->setObjectName(QStringLiteral("chairLineEdit"));
    m_chairEdit->setPlaceholderText(tr("e.g. Bupati Bengkalis"));
    form->addRow(tr("C&haired by:"), m_chairEdit);
    m_representedByEdit = new QLineEdit(page);
    m_representedByEdit->setObjectName(QStringLiteral("representedByLineEdit"));
    m_representedByEdit->setPlaceholderText(tr("name, when the chair was represented"));
    form->addRow(tr("Represented &by:"), m_representedByEdit);
    m_representativePositionEdit = new QLineEdit(page);
    m_representativePositionEdit->setObjectName(QStringLiteral("representativePositionLineEdit"));
    m_representativePositionEdit->setPlaceholderText(
        tr("e.g. Staf Ahli Bupati Bidang Kemasyarakatan dan SDM"));
    form->addRow(tr("&In the position of:"), m_representativePositionEdit);
    m_actionCombo = new QComboBox(page);
    m_actionCombo->setObjectName(QStringLiteral("servesActionComboBox"));
    m_actionCombo->addItem(tr("(none)"), QString());
    for (int action = 1; action <= 8; ++action)
        m_actionCombo->addItem(reports::actionLabel(std::to_string(action)),
                               QString::number(action));
    form->addRow(tr("Serves &action:"), m_actionCombo);
    m_secretaryNameEdit = new QLineEdit(page);
    m_secretaryNameEdit->setObjectName(QStringLiteral("secretaryNameLineEdit"));
    m_secretaryNameEdit->setPlaceholderText(
        tr("signs the minutes; the letterhead's signatory when empty"));
    form->addRow(tr("S&ecretary:"), m_secretaryNameEdit);
    m_secretaryPositionEdit = new QLineEdit(page);
    m_secretaryPositionEdit->setObjectName(QStringLiteral("secretaryPositionLineEdit"));
    form->addRow(tr("Secretary's &position:"), m_secretaryPositionEdit);
    tabs->addTab(page, tr("Details"));

    auto bindLine = [this](QLineEdit *edit, int mergeId, const QString &what,
                           std::function<void(core::Meeting &, const std::string &)> set) {
        connect(edit, &QLineEdit::textEdited, this, [=, this](const QString &text) {
            change(
                what, [&](core::Meeting &m) { set(m, ss(text)); }, mergeId);
        });
    };
    bindLine(m_titleEdit, TitleField, tr("Edit title"),
             [](core::Meeting &m, const std::string &v) { m.title = v; });
    bindLine(m_venueEdit, VenueField, tr("Edit venue"),
             [](core::Meeting &m, const std::string &v) { m.venue = v; });
    bindLine(m_chairEdit, ChairField, tr("Edit chair"),
             [](core::Meeting &m, const std::string &v) { m.chair = v; });
    bindLine(m_representedByEdit, RepresentedByField, tr("Edit representative"),
             [](core::Meeting &m, const std::string &v) { m.chairRepresentedBy = v; });
    bindLine(m_representativePositionEdit, RepresentativePositionField, tr("Edit representative"),
             [](core::Meeting &m, const std::string &v) { m.chairRepresentativePosition = v; });
    bindLine(m_secretaryNameEdit, SecretaryNameField, tr("Edit secretary"),
             [](core::Meeting &m, const std::string &v) { m.secretaryName = v; });
    bindLine(m_secretaryPositionEdit, SecretaryPositionField, tr("Edit secretary"),
             [](core::Meeting &m, const std::string &v) { m.secretaryPosition = v; });
    // Times: stored when they read as a time; a half-typed time waits (checked on save).
    bindLine(m_startEdit, StartField, tr("Edit time"), [](core::Meeting &m, const std::string &v) {
        m.startMinute = core::parseTimeOfDay(v);
    });
    bindLine(m_endEdit, EndField, tr("Edit time"),
             [](core::Meeting &m, const std::string &v) { m.endMinute = core::parseTimeOfDay(v); });

    connect(m_kindCombo, &QComboBox::currentIndexChanged, this, [this] {
        if (m_refreshing)
            return;
        const auto kind = static_cast<core::MeetingKind>(m_kindCombo->currentData().toInt());
        change(tr("Change kind"), [kind](core::Meeting &m) {
            m.kind = kind;
            // A rembuk stunting is Aksi 3 and a performance review Aksi 8 in the catalogue.
            if (m.servesAction.empty() && kind == core::MeetingKind::RembukStunting)
                m.servesAction = "3";
            if (m.servesAction.empty() && kind == core::MeetingKind::PerformanceReview)
                m.servesAction = "8";
        });
    });
    connect(m_levelCombo, &QComboBox::currentIndexChanged, this, [this] {
        if (m_refreshing)
            return;
        const auto level = static_cast<core::MeetingLevel>(m_levelCombo->currentData().toInt());
        change(tr("Change level"), [level](core::Meeting &m) { m.level = level; });
    });
    connect(m_regionCombo, &QComboBox::currentIndexChanged, this, [this] {
        if (m_refreshing)
            return;
        const std::string code = ss(m_regionCombo->currentData().toString());
        change(tr("Change region"), [code](core::Meeting &m) { m.regionCode = code; });
    });
    connect(m_actionCombo, &QComboBox::currentIndexChanged, this, [this] {
        if (m_refreshing)
            return;
        const std::string key = ss(m_actionCombo->currentData().toString());
        change(tr("Change action"), [key](core::Meeting &m) { m.servesAction = key; });
    });
    connect(m_dateEdit, &QDateEdit::dateChanged, this, [this](const QDate &date) {
        if (m_refreshing)
            return;
        change(tr("Change date"), [date](core::Meeting &m) { m.date = fromQDate(date); });
    });
}

void MeetingEditorDialog::buildAgendaTab(QTabWidget *tabs)
{
    auto *page = new QWidget(tabs);
    auto *layout = new QVBoxLayout(page);
    m_agendaList = new QListWidget(page);
    m_agendaList->setObjectName(QStringLiteral("agendaListWidget"));
    m_agendaList->setEditTriggers(QAbstractItemView::DoubleClicked
                                  | QAbstractItemView::EditKeyPressed);
    layout->addWidget(m_agendaList, 1);
    auto *addRow = new QHBoxLayout;
    m_agendaEdit = new QLineEdit(page);
    m_agendaEdit->setObjectName(QStringLiteral("agendaLineEdit"));
    m_agendaEdit->setPlaceholderText(tr("New agenda item"));
    auto *add = makeButton(page, tr("&Add"), QStringLiteral("addAgendaButton"));
    auto *remove = makeButton(page, tr("&Remove"), QStringLiteral("removeAgendaButton"));
    auto *up = makeButton(page, tr("Move &up"), QStringLiteral("agendaUpButton"));
    auto *down = makeButton(page, tr("Move &down"), QStringLiteral("agendaDownButton"));
    addRow->addWidget(m_agendaEdit, 1);
    addRow->addWidget(add);
    addRow->addWidget(remove);
    addRow->addWidget(up);
    addRow->addWidget(down);
    layout->addLayout(addRow);
    tabs->addTab(page, tr("Agenda"));
    connect(add, &QPushButton::clicked, this, &MeetingEditorDialog::addAgendaItem);
    connect(m_agendaEdit, &QLineEdit::returnPressed, this, &MeetingEditorDialog::addAgendaItem);
    connect(remove, &QPushButton::clicked, this, &MeetingEditorDialog::removeAgendaItem);
    connect(up, &QPushButton::clicked, this, [this] { moveAgendaItem(-1); });
    connect(down, &QPushButton::clicked, this, [this] { moveAgendaItem(1); });
    connect(m_agendaList, &QListWidget::itemChanged, this, [this](QListWidgetItem *item) {
        if (m_refreshing)
            return;
        const int row = m_agendaList->row(item);
        const std::string text = ss(item->text().trimmed());
        if (row < 0 || row >= static_cast<int>(m_meeting.agenda.size()))
            return;
        change(tr("Edit agenda item"), [row, text](core::Meeting &m) {
            m.agenda[static_cast<std::size_t>(row)].text = text;
        });
    });
}

void MeetingEditorDialog::buildAttendanceTab(QTabWidget *tabs)
{
    auto *page = new QWidget(tabs);
    auto *layout = new QVBoxLayout(page);
    m_attendanceModel = new AttendanceModel(this);
    m_attendanceView = makeTable(page, QStringLiteral("attendanceTableView"));
    m_attendanceView->setModel(m_attendanceModel);
    m_attendanceView->horizontalHeader()->setSectionResizeMode(AttendanceModel::InstitutionColumn,
                                                               QHeaderView::ResizeToContents);
    m_attendanceView->horizontalHeader()->setSectionResizeMode(AttendanceModel::NameColumn,
                                                               QHeaderView::Stretch);
    m_attendanceView->horizontalHeader()->setSectionResizeMode(AttendanceModel::PositionColumn,
                                                               QHeaderView::Stretch);
    m_attendanceView->horizontalHeader()->setSectionResizeMode(AttendanceModel::AttendanceColumn,
                                                               QHeaderView::ResizeToContents);
    layout->addWidget(m_attendanceView, 1);
    m_attendanceCountLabel = new QLabel(page);
    m_attendanceCountLabel->setObjectName(QStringLiteral("attendanceCountLabel"));
    m_attendanceCountLabel->setWordWrap(true);
    m_attendanceCountLabel->setTextFormat(Qt::RichText);
    layout->addWidget(m_attendanceCountLabel);
    auto *buttons = new QHBoxLayout;
    auto *add = makeButton(page, tr("&Add…"), QStringLiteral("addAttendeeButton"));
    auto *edit = makeButton(page, tr("&Edit…"), QStringLiteral("editAttendeeButton"));
    auto *remove = makeButton(page, tr("&Remove"), QStringLiteral("removeAttendeeButton"));
    buttons->addWidget(add);
    buttons->addWidget(edit);
    buttons->addWidget(remove);
    buttons->addStretch(1);
    layout->addLayout(buttons);
    tabs->addTab(page, tr("Attendance"));
    connect(add, &QPushButton::clicked, this, &MeetingEditorDialog::addAttendee);
    connect(edit, &QPushButton::clicked, this, &MeetingEditorDialog::editAttendee);
    connect(remove, &QPushButton::clicked, this, &MeetingEditorDialog::removeAttendee);
    connect(m_attendanceView, &QTableView::doubleClicked, this, &MeetingEditorDialog::editAttendee);
}

void MeetingEditorDialog::buildDecisionsTab(QTabWidget *tabs)
{
    auto *page = new QWidget(tabs);
    auto *layout = new QVBoxLayout(page);
    auto *splitter = new QSplitter(Qt::Vertical, page);
    layout->addWidget(splitter, 1);

    auto *top = new QWidget(splitter);
    auto *topLayout = new QHBoxLayout(top);
    topLayout->setContentsMargins(0, 0, 0, 0);
    auto *listPane = new QVBoxLayout;
    m_decisionList = new QListWidget(top);
    m_decisionList->setObjectName(QStringLiteral("decisionListWidget"));
    m_decisionList->setWordWrap(true);
    listPane->addWidget(new QLabel(tr("<b>Decisions (kesepakatan)</b>"), top));
    listPane->addWidget(m_decisionList, 1);
    auto *decisionButtons = new QHBoxLayout;
    auto *add = makeButton(top, tr("&Add decision"), QStringLiteral("addDecisionButton"));
    auto *remove = makeButton(top, tr("Remove"), QStringLiteral("removeDecisionButton"));
    auto *up = makeButton(top, tr("Up"), QStringLiteral("decisionUpButton"));
    auto *down = makeButton(top, tr("Down"), QStringLiteral("decisionDownButton"));
    decisionButtons->addWidget(add);
    decisionButtons->addWidget(remove);
    decisionButtons->addWidget(up);
    decisionButtons->addWidget(down);
    decisionButtons->addStretch(1);
    listPane->addLayout(decisionButtons);
    topLayout->addLayout(listPane, 2);
    auto *textPane = new QVBoxLayout;
    textPane->addWidget(new QLabel(tr("Text of the selected decision:"), top));
    m_decisionEdit = new QPlainTextEdit(top);
    m_decisionEdit->setObjectName(QStringLiteral("decisionTextEdit"));
    m_decisionEdit->setTabChangesFocus(true);
    textPane->addWidget(m_decisionEdit, 1);
    topLayout->addLayout(textPane, 3);

    auto *bottom = new QWidget(splitter);
    auto *bottomLayout = new QVBoxLayout(bottom);
    bottomLayout->setContentsMargins(0, 0, 0, 0);
    bottomLayout->addWidget(new QLabel(tr("<b>Follow-ups of the selected decision</b>"), bottom));
    m_followUpModel = new DecisionFollowUpModel(this);
    m_followUpView = makeTable(bottom, QStringLiteral("decisionFollowUpTableView"));
    m_followUpView->setModel(m_followUpModel);
    m_followUpView->horizontalHeader()->setSectionResizeMode(DecisionFollowUpModel::ActionColumn,
                                                             QHeaderView::Stretch);
    m_followUpView->horizontalHeader()->setSectionResizeMode(
        DecisionFollowUpModel::ResponsibleColumn, QHeaderView::ResizeToContents);
    m_followUpView->horizontalHeader()->setSectionResizeMode(DecisionFollowUpModel::DueColumn,
                                                             QHeaderView::ResizeToContents);
    m_followUpView->horizontalHeader()->setSectionResizeMode(DecisionFollowUpModel::StatusColumn,
                                                             QHeaderView::ResizeToContents);
    bottomLayout->addWidget(m_followUpView, 1);
    auto *followUpButtons = new QHBoxLayout;
    auto *addFollowUp = makeButton(bottom, tr("Add &follow-up…"),
                                   QStringLiteral("addFollowUpButton"));
    auto *editFollowUp = makeButton(bottom, tr("Edit…"), QStringLiteral("editFollowUpButton"));
    auto *removeFollowUp = makeButton(bottom, tr("Remove"), QStringLiteral("removeFollowUpButton"));
    followUpButtons->addWidget(addFollowUp);
    followUpButtons->addWidget(editFollowUp);
    followUpButtons->addWidget(removeFollowUp);
    followUpButtons->addStretch(1);
    bottomLayout->addLayout(followUpButtons);
    tabs->addTab(page, tr("Decisions and follow-ups"));

    connect(add, &QPushButton::clicked, this, &MeetingEditorDialog::addDecision);
    connect(remove, &QPushButton::clicked, this, &MeetingEditorDialog::removeDecision);
    connect(up, &QPushButton::clicked, this, [this] { moveDecision(-1); });
    connect(down, &QPushButton::clicked, this, [this] { moveDecision(1); });
    connect(addFollowUp, &QPushButton::clicked, this, &MeetingEditorDialog::addFollowUp);
    connect(editFollowUp, &QPushButton::clicked, this, &MeetingEditorDialog::editFollowUp);
    connect(removeFollowUp, &QPushButton::clicked, this, &MeetingEditorDialog::removeFollowUp);
    connect(m_followUpView, &QTableView::doubleClicked, this, &MeetingEditorDialog::editFollowUp);
    connect(m_decisionList, &QListWidget::currentRowChanged, this, [this] {
        if (!m_refreshing)
            refresh();
    });
    connect(m_decisionEdit, &QPlainTextEdit::textChanged, this, [this] {
        if (m_refreshing)
            return;
        const int row = currentDecision();
        if (row < 0)
            return;
        const std::string text = ss(m_decisionEdit->toPlainText());
        change(
            tr("Edit decision"),
            [row, text](core::Meeting &m) {
                m.decisions[static_cast<std::size_t>(row)].text = text;
            },
            DecisionTextField + row);
    });
}

void MeetingEditorDialog::buildMinutesTab(QTabWidget *tabs)
{
    auto *page = new QWidget(tabs);
    auto *layout = new QVBoxLayout(page);
    layout->addWidget(new QLabel(tr("&Summary:"), page));
    m_summaryEdit = new QPlainTextEdit(page);
    m_summaryEdit->setObjectName(QStringLiteral("summaryTextEdit"));
    m_summaryEdit->setTabChangesFocus(true);
    m_summaryEdit->setMaximumHeight(120);
    layout->addWidget(m_summaryEdit);
    layout->addWidget(new QLabel(tr("&Minutes (notulen):"), page));
    m_minutesEdit = new QPlainTextEdit(page);
    m_minutesEdit->setObjectName(QStringLiteral("minutesTextEdit"));
    m_minutesEdit->setTabChangesFocus(true);
    layout->addWidget(m_minutesEdit, 1);
    tabs->addTab(page, tr("Summary and minutes"));
    connect(m_summaryEdit, &QPlainTextEdit::textChanged, this, [this] {
        if (m_refreshing)
            return;
        const std::string text = ss(m_summaryEdit->toPlainText());
        change(
            tr("Edit summary"), [text](core::Meeting &m) { m.summary = text; }, SummaryField);
    });
    connect(m_minutesEdit, &QPlainTextEdit::textChanged, this, [this] {
        if (m_refreshing)
            return;
        const std::string text = ss(m_minutesEdit->toPlainText());
        change(
            tr("Edit minutes"), [text](core::Meeting &m) { m.minutes = text; }, MinutesField);
    });
}

void MeetingEditorDialog::buildDocumentsTab(QTabWidget *tabs)
{
    auto *page = new QWidget(tabs);
    auto *layout = new QVBoxLayout(page);
    m_documentHint = new QLabel(page);
    m_documentHint->setObjectName(QStringLiteral("documentHintLabel"));
    m_documentHint->setWordWrap(true);
    layout->addWidget(m_documentHint);
    m_documentTable = new QTableWidget(0, 5, page);
    m_documentTable->setObjectName(QStringLiteral("documentTableWidget"));
    m_documentTable->setHorizontalHeaderLabels(
        {tr("File"), tr("Type"), tr("Size"), tr("Added"), tr("By")});
    m_documentTable->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_documentTable->setSelectionMode(QAbstractItemView::SingleSelection);
    m_documentTable->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_documentTable->verticalHeader()->setVisible(false);
    m_documentTable->horizontalHeader()->setSectionResizeMode(0, QHeaderView::Stretch);
    layout->addWidget(m_documentTable, 1);
    auto *buttons = new QHBoxLayout;
    m_documentKindCombo = new QComboBox(page);
    m_documentKindCombo->setObjectName(QStringLiteral("documentKindComboBox"));
    for (const QString &kind :
         {QStringLiteral("invitation"), QStringLiteral("attendance"), QStringLiteral("minutes"),
          QStringLiteral("photo"), QStringLiteral("berita_acara"), QStringLiteral("other")})
        m_documentKindCombo->addItem(documentKindName(kind), kind);
    auto *add = makeButton(page, tr("&Attach file…"), QStringLiteral("addDocumentButton"));
    auto *open = makeButton(page, tr("&Open"), QStringLiteral("openDocumentButton"));
    auto *remove = makeButton(page, tr("&Remove"), QStringLiteral("removeDocumentButton"));
    buttons->addWidget(m_documentKindCombo);
    buttons->addWidget(add);
    buttons->addWidget(open);
    buttons->addWidget(remove);
    buttons->addStretch(1);
    layout->addLayout(buttons);
    tabs->addTab(page, tr("Documents"));
    connect(add, &QPushButton::clicked, this, &MeetingEditorDialog::addDocument);
    connect(open, &QPushButton::clicked, this, &MeetingEditorDialog::openDocument);
    connect(remove, &QPushButton::clicked, this, &MeetingEditorDialog::removeDocument);
    connect(m_documentTable, &QTableWidget::cellDoubleClicked, this,
            &MeetingEditorDialog::openDocument);
}

bool MeetingEditorDialog::hasUnsavedChanges() const
{
    return !m_undo->isClean() || m_meeting != m_loaded;
}

void MeetingEditorDialog::change(const QString &text,
                                 const std::function<void(core::Meeting &)> &edit, int mergeId)
{
    core::Meeting after = m_meeting;
    edit(after);
    if (after == m_meeting)
        return;
    m_undo->push(new MeetingEditCommand(this, m_meeting, std::move(after), text, mergeId));
}

void MeetingEditorDialog::setState(const core::Meeting &meeting)
{
    m_meeting = meeting;
    refresh();
    updateTitle();
}

int MeetingEditorDialog::currentDecision() const
{
    const int row = m_decisionList->currentRow();
    return row >= 0 && row < static_cast<int>(m_meeting.decisions.size()) ? row : -1;
}

int MeetingEditorDialog::currentFollowUp() const
{
    const int decision = currentDecision();
    const int row = m_followUpView->currentIndex().row();
    if (decision < 0 || row < 0
        || row >= static_cast<int>(
               m_meeting.decisions[static_cast<std::size_t>(decision)].followUps.size()))
        return -1;
    return row;
}

int MeetingEditorDialog::currentAttendee() const
{
    const int row = m_attendanceView->currentIndex().row();
    return row >= 0 && row < static_cast<int>(m_meeting.attendees.size()) ? row : -1;
}

void MeetingEditorDialog::refresh()
{
    m_refreshing = true;
    const core::Meeting &m = m_meeting;
    setComboData(m_kindCombo, static_cast<int>(m.kind));
    setComboData(m_levelCombo, static_cast<int>(m.level));
    if (!m.regionCode.empty() && m_regionCombo->findData(qs(m.regionCode)) < 0)
        m_regionCombo->addItem(qs(m.regionCode), qs(m.regionCode));
    setComboData(m_regionCombo, qs(m.regionCode));
    if (!m.servesAction.empty() && m_actionCombo->findData(qs(m.servesAction)) < 0)
        m_actionCombo->addItem(reports::actionLabel(m.servesAction), qs(m.servesAction));
    setComboData(m_actionCombo, qs(m.servesAction));
    setLineText(m_titleEdit, qs(m.title));
    const QDate date = toQDate(m.date);
    if (date.isValid() && m_dateEdit->date() != date)
        m_dateEdit->setDate(date);
    // A half-typed time is left alone while it does not read as a time.
    if (core::parseTimeOfDay(ss(m_startEdit->text())) != m.startMinute)
        setLineText(m_startEdit, timeEditText(m.startMinute));
    if (core::parseTimeOfDay(ss(m_endEdit->text())) != m.endMinute)
        setLineText(m_endEdit, timeEditText(m.endMinute));
    setLineText(m_venueEdit, qs(m.venue));
    setLineText(m_chairEdit, qs(m.chair));
    setLineText(m_representedByEdit, qs(m.chairRepresentedBy));
    setLineText(m_representativePositionEdit, qs(m.chairRepresentativePosition));
    setLineText(m_secretaryNameEdit, qs(m.secretaryName));
    setLineText(m_secretaryPositionEdit, qs(m.secretaryPosition));
    setPlainText(m_summaryEdit, qs(m.summary));
    setPlainText(m_minutesEdit, qs(m.minutes));

    // Agenda.
    const int agendaRow = m_agendaList->currentRow();
    bool agendaSame = m_agendaList->count() == static_cast<int>(m.agenda.size());
    for (int i = 0; agendaSame && i < m_agendaList->count(); ++i)
        agendaSame = m_agendaList->item(i)->text()
                     == qs(m.agenda[static_cast<std::size_t>(i)].text);
    if (!agendaSame) {
        m_agendaList->clear();
        for (const auto &item : m.agenda) {
            auto *widgetItem = new QListWidgetItem(qs(item.text), m_agendaList);
            widgetItem->setFlags(widgetItem->flags() | Qt::ItemIsEditable);
        }
        m_agendaList->setCurrentRow(std::min(agendaRow, m_agendaList->count() - 1));
    }

    // Attendance.
    const int attendeeRow = m_attendanceView->currentIndex().row();
    m_attendanceModel->setAttendees(m.attendees);
    if (attendeeRow >= 0 && attendeeRow < m_attendanceModel->rowCount())
        m_attendanceView->setCurrentIndex(m_attendanceModel->index(attendeeRow, 0));
    const core::AttendanceCount total = core::attendanceTotals(m.attendees);
    QStringList perOpd;
    for (const auto &count : core::attendanceByInstitution(m.attendees)) {
        perOpd << tr("%1: %2 of %3")
                      .arg(qs(count.institution).toHtmlEscaped())
                      .arg(count.present + count.represented)
                      .arg(count.invited);
    }
    m_attendanceCountLabel->setText(tr("<b>Invited %1: present %2, represented %3, absent %4.</b>")
                                        .arg(total.invited)
                                        .arg(total.present)
                                        .arg(total.represented)
                                        .arg(total.absent)
                                    + (perOpd.isEmpty()
                                           ? QString()
                                           : QStringLiteral("<br>") + tr("Attended per OPD: ")
                                                 + perOpd.join(QStringLiteral("; "))));

    // Decisions.
    int decisionRow = m_decisionList->currentRow();
    bool decisionsSame = m_decisionList->count() == static_cast<int>(m.decisions.size());
    auto label = [](std::size_t i, const core::Decision &d) {
        QString text = qs(d.text).simplified();
        if (text.size() > 90)
            text = text.left(88) + QStringLiteral("…");
        return QStringLiteral("%1. %2").arg(i + 1).arg(text);
    };
    for (int i = 0; decisionsSame && i < m_decisionList->count(); ++i)
        decisionsSame = m_decisionList->item(i)->text()
                        == label(static_cast<std::size_t>(i),
                                 m.decisions[static_cast<std::size_t>(i)]);
    if (!decisionsSame) {
        m_decisionList->clear();
        for (std::size_t i = 0; i < m.decisions.size(); ++i)
            m_decisionList->addItem(label(i, m.decisions[i]));
        if (decisionRow >= m_decisionList->count())
            decisionRow = m_decisionList->count() - 1;
        if (decisionRow < 0 && m_decisionList->count() > 0)
            decisionRow = 0;
        m_decisionList->setCurrentRow(decisionRow);
    }
    const int decision = currentDecision();
    m_decisionEdit->setEnabled(decision >= 0);
    const int followUpRow = m_followUpView->currentIndex().row();
    if (decision >= 0) {
        const auto &d = m.decisions[static_cast<std::size_t>(decision)];
        setPlainText(m_decisionEdit, qs(d.text));
        m_followUpModel->setFollowUps(d.followUps, m_session.clock().today());
    } else {
        setPlainText(m_decisionEdit, QString());
        m_followUpModel->setFollowUps({}, m_session.clock().today());
    }
    if (followUpRow >= 0 && followUpRow < m_followUpModel->rowCount())
        m_followUpView->setCurrentIndex(m_followUpModel->index(followUpRow, 0));
    m_refreshing = false;
}

void MeetingEditorDialog::updateTitle()
{
    QString title = m_meeting.id == 0 ? tr("New meeting")
                                      : tr("Meeting: %1").arg(qs(m_loaded.title));
    if (hasUnsavedChanges())
        title += QStringLiteral(" *");
    setWindowTitle(title);
}

void MeetingEditorDialog::addAgendaItem()
{
    const std::string text = ss(m_agendaEdit->text().trimmed());
    if (text.empty()) {
        m_agendaEdit->setFocus();
        return;
    }
    change(tr("Add agenda item"), [&text](core::Meeting &m) { m.agenda.push_back({text}); });
    m_agendaEdit->clear();
    m_agendaList->setCurrentRow(m_agendaList->count() - 1);
}

void MeetingEditorDialog::removeAgendaItem()
{
    const int row = m_agendaList->currentRow();
    if (row < 0 || row >= static_cast<int>(m_meeting.agenda.size()))
        return;
    change(tr("Remove agenda item"),
           [row](core::Meeting &m) { m.agenda.erase(m.agenda.begin() + row); });
}

void MeetingEditorDialog::moveAgendaItem(int by)
{
    const int row = m_agendaList->currentRow();
    const int target = row + by;
    if (row < 0 || target < 0 || target >= static_cast<int>(m_meeting.agenda.size()))
        return;
    change(tr("Move agenda item"), [row, target](core::Meeting &m) {
        std::swap(m.agenda[static_cast<std::size_t>(row)],
                  m.agenda[static_cast<std::size_t>(target)]);
    });
    m_agendaList->setCurrentRow(target);
}

void MeetingEditorDialog::addAttendee()
{
    std::vector<core::Person> people;
    try {
        people = storage::DirectoryRepository(m_session.database()).people();
    } catch (const storage::StorageError &) {
        qCWarning(lcGui) << "meeting editor: people not read";
    }
    AttendeeDialog dialog(core::Attendee{}, m_opds, std::move(people), this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    const core::Attendee attendee = dialog.attendee();
    change(tr("Add attendance"),
           [&attendee](core::Meeting &m) { m.attendees.push_back(attendee); });
    m_attendanceView->setCurrentIndex(
        m_attendanceModel->index(m_attendanceModel->rowCount() - 1, 0));
}

void MeetingEditorDialog::editAttendee()
{
    const int row = currentAttendee();
    if (row < 0)
        return;
    std::vector<core::Person> people;
    try {
        people = storage::DirectoryRepository(m_session.database()).people();
    } catch (const storage::StorageError &) {
        qCWarning(lcGui) << "meeting editor: people not read";
    }
    AttendeeDialog dialog(m_meeting.attendees[static_cast<std::size_t>(row)], m_opds,
                          std::move(people), this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    const core::Attendee attendee = dialog.attendee();
    change(tr("Edit attendance"), [row, &attendee](core::Meeting &m) {
        m.attendees[static_cast<std::size_t>(row)] = attendee;
    });
}

void MeetingEditorDialog::removeAttendee()
{
    const int row = currentAttendee();
    if (row < 0)
        return;
    change(tr("Remove attendance"),
           [row](core::Meeting &m) { m.attendees.erase(m.attendees.begin() + row); });
}

void MeetingEditorDialog::addDecision()
{
    change(tr("Add decision"), [](core::Meeting &m) { m.decisions.push_back({}); });
    m_decisionList->setCurrentRow(static_cast<int>(m_meeting.decisions.size()) - 1);
    m_decisionEdit->setFocus();
}

void MeetingEditorDialog::removeDecision()
{
    const int row = currentDecision();
    if (row < 0)
        return;
    const auto &decision = m_meeting.decisions[static_cast<std::size_t>(row)];
    if (!decision.followUps.empty()
        && !Dialogs::question(this, tr("Remove decision"),
                              tr("Decision %1 has %2 follow-ups. Remove it with its follow-ups?")
                                  .arg(row + 1)
                                  .arg(decision.followUps.size())))
        return;
    change(tr("Remove decision"),
           [row](core::Meeting &m) { m.decisions.erase(m.decisions.begin() + row); });
}

void MeetingEditorDialog::moveDecision(int by)
{
    const int row = currentDecision();
    const int target = row + by;
    if (row < 0 || target < 0 || target >= static_cast<int>(m_meeting.decisions.size()))
        return;
    change(tr("Move decision"), [row, target](core::Meeting &m) {
        std::swap(m.decisions[static_cast<std::size_t>(row)],
                  m.decisions[static_cast<std::size_t>(target)]);
    });
    m_decisionList->setCurrentRow(target);
}

void MeetingEditorDialog::addFollowUp()
{
    int decision = currentDecision();
    if (decision < 0) {
        Dialogs::information(this, tr("Follow-up"),
                             tr("Add a decision first: every follow-up belongs to a decision."));
        return;
    }
    core::FollowUp followUp;
    followUp.ownerType = std::string(core::follow_up_owner::kMeetingDecision);
    const auto ownerDate = m_meeting.date.is_special() ? std::nullopt
                                                       : std::optional(m_meeting.date);
    FollowUpDialog dialog(followUp, m_opds, ownerDate, m_session.clock().today(), this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    const core::FollowUp added = dialog.followUp();
    change(tr("Add follow-up"), [decision, &added](core::Meeting &m) {
        m.decisions[static_cast<std::size_t>(decision)].followUps.push_back(added);
    });
    m_followUpView->setCurrentIndex(m_followUpModel->index(m_followUpModel->rowCount() - 1, 0));
}

void MeetingEditorDialog::editFollowUp()
{
    const int decision = currentDecision();
    const int row = currentFollowUp();
    if (row < 0)
        return;
    const auto ownerDate = m_meeting.date.is_special() ? std::nullopt
                                                       : std::optional(m_meeting.date);
    FollowUpDialog dialog(m_meeting.decisions[static_cast<std::size_t>(decision)]
                              .followUps[static_cast<std::size_t>(row)],
                          m_opds, ownerDate, m_session.clock().today(), this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    const core::FollowUp edited = dialog.followUp();
    change(tr("Edit follow-up"), [decision, row, &edited](core::Meeting &m) {
        m.decisions[static_cast<std::size_t>(decision)].followUps[static_cast<std::size_t>(row)] =
            edited;
    });
}

void MeetingEditorDialog::removeFollowUp()
{
    const int decision = currentDecision();
    const int row = currentFollowUp();
    if (row < 0)
        return;
    change(tr("Remove follow-up"), [decision, row](core::Meeting &m) {
        auto &list = m.decisions[static_cast<std::size_t>(decision)].followUps;
        list.erase(list.begin() + row);
    });
}

bool MeetingEditorDialog::save()
{
    const auto startOk = m_startEdit->text().trimmed().isEmpty()
                         || core::parseTimeOfDay(ss(m_startEdit->text())).has_value();
    const auto endOk = m_endEdit->text().trimmed().isEmpty()
                       || core::parseTimeOfDay(ss(m_endEdit->text())).has_value();
    if (!startOk || !endOk) {
        m_tabs->setCurrentIndex(0);
        Dialogs::warning(this, tr("Meeting not saved"),
                         tr("Write the times as hours and minutes, such as 09:00 or 13:30."));
        return false;
    }
    core::Meeting toSave = m_meeting;
    storage::Database &db = m_session.database();
    try {
        const core::Meeting saved = usecases::meetings::saveMeeting(db, toSave, m_loaded);
        m_meeting = saved;
        m_loaded = saved;
        m_undo->setClean();
        refresh();
        refreshDocuments();
        updateTitle();
        m_session.notifyContentChanged();
        Q_EMIT meetingSaved(saved.id);
        return true;
    } catch (const storage::StorageError &error) {
        Dialogs::warning(this, tr("Meeting not saved"), error.message());
        return false;
    }
}

bool MeetingEditorDialog::confirmClose()
{
    if (!hasUnsavedChanges())
        return true;
    return Dialogs::question(this, tr("Unsaved changes"),
                             tr("This meeting has changes that are not saved. Close it and lose "
                                "them?"));
}

void MeetingEditorDialog::reject()
{
    if (m_closing)
        return QDialog::reject();
    if (!confirmClose())
        return;
    m_closing = true;
    QDialog::reject();
}

void MeetingEditorDialog::closeEvent(QCloseEvent *event)
{
    if (m_closing || confirmClose()) {
        m_closing = true;
        QDialog::closeEvent(event);
        return;
    }
    event->ignore();
}

void MeetingEditorDialog::refreshDocuments()
{
    const bool stored = m_meeting.id != 0;
    m_documentHint->setText(
        stored ? tr("Files kept in the workspace with this meeting (at most %1 MB each). They are "
                    "stored at once; Undo does not take them back.")
                     .arg(storage::DocumentStore::kMaxBytes / (1024 * 1024))
               : tr("Save the meeting first; then files can be attached to it."));
    for (const QString &name :
         {QStringLiteral("addDocumentButton"), QStringLiteral("openDocumentButton"),
          QStringLiteral("removeDocumentButton")}) {
        if (auto *button = findChild<QPushButton *>(name))
            button->setEnabled(stored);
    }
    m_documentTable->setRowCount(0);
    if (!stored)
        return;
    try {
        const auto documents = storage::DocumentStore(m_session.database())
                                   .list(QStringLiteral("meeting"), m_meeting.id);
        const QLocale locale;
        for (const auto &document : documents) {
            const int row = m_documentTable->rowCount();
            m_documentTable->insertRow(row);
            auto *name = new QTableWidgetItem(document.fileName);
            name->setData(Qt::UserRole, QVariant::fromValue(static_cast<qlonglong>(document.id)));
            m_documentTable->setItem(row, 0, name);
            m_documentTable->setItem(row, 1, new QTableWidgetItem(documentKindName(document.kind)));
            m_documentTable->setItem(row, 2,
                                     new QTableWidgetItem(locale.formattedDataSize(document.size)));
            m_documentTable->setItem(row, 3, new QTableWidgetItem(document.addedAt.left(10)));
            m_documentTable->setItem(row, 4, new QTableWidgetItem(document.addedBy));
        }
        m_documentTable->resizeColumnsToContents();
        m_documentTable->horizontalHeader()->setSectionResizeMode(0, QHeaderView::Stretch);
    } catch (const storage::StorageError &error) {
        Dialogs::error(this, tr("Documents"), error.message());
    }
}

void MeetingEditorDialog::addDocument()
{
    if (m_meeting.id == 0)
        return;
    const QString path = Dialogs::openFileName(this, tr("Attach a file to the meeting"), QString(),
                                               tr("Documents and photos (*.pdf *.doc *.docx *.xls "
                                                  "*.xlsx *.jpg *.jpeg *.png);;All files (*)"));
    if (path.isEmpty())
        return;
    const QFileInfo info(path);
    if (info.size() > storage::DocumentStore::kMaxBytes) {
        Dialogs::warning(this, tr("File not attached"),
                         tr("%1 is %2; files of at most %3 MB can be kept in the workspace. Make "
                            "it smaller (for example scan at a lower resolution) and try again.")
                             .arg(info.fileName(), QLocale().formattedDataSize(info.size()))
                             .arg(storage::DocumentStore::kMaxBytes / (1024 * 1024)));
        return;
    }
    try {
        storage::DocumentStore(m_session.database())
            .addFile(QStringLiteral("meeting"), m_meeting.id,
                     m_documentKindCombo->currentData().toString(), path);
    } catch (const storage::StorageError &error) {
        Dialogs::warning(this, tr("File not attached"), error.message());
    }
    refreshDocuments();
}

void MeetingEditorDialog::openDocument()
{
    const int row = m_documentTable->currentRow();
    if (row < 0)
        return;
    const qint64 id = m_documentTable->item(row, 0)->data(Qt::UserRole).toLongLong();
    try {
        const QString path = storage::DocumentStore(m_session.database()).exportToTemporaryFile(id);
        if (!Dialogs::inTestMode() && !QDesktopServices::openUrl(QUrl::fromLocalFile(path)))
            Dialogs::warning(
                this, tr("Documents"),
                tr("No program on this computer opens %1.").arg(QFileInfo(path).fileName()));
    } catch (const storage::StorageError &error) {
        Dialogs::warning(this, tr("Documents"), error.message());
    }
}

void MeetingEditorDialog::removeDocument()
{
    const int row = m_documentTable->currentRow();
    if (row < 0)
        return;
    const qint64 id = m_documentTable->item(row, 0)->data(Qt::UserRole).toLongLong();
    if (!Dialogs::question(
            this, tr("Remove document"),
            tr("Remove %1 from the workspace?").arg(m_documentTable->item(row, 0)->text())))
        return;
    try {
        storage::DocumentStore(m_session.database()).remove(id);
    } catch (const storage::StorageError &error) {
        Dialogs::warning(this, tr("Documents"), error.message());
    }
    refreshDocuments();
}

} // namespace konvergensi::gui

// SPDX-License-Identifier: GPL-3.0-or-later
#include "gui/meetings/meeting_editor_dialog.h"

#include "gui/common/attachments_widget.h"
#include "gui/common/date_edit.h"
#include "gui/common/dialogs.h"
#include "gui/logging.h"
#include "gui/meetings/meeting_agenda_tab.h"
#include "gui/meetings/meeting_attendance_tab.h"
#include "gui/meetings/meeting_decisions_tab.h"
#include "gui/meetings/meeting_details_tab.h"
#include "gui/meetings/meeting_edit.h"
#include "gui/meetings/meeting_editor_context.h"
#include "gui/meetings/meeting_minutes_tab.h"
#include "gui/meetings/meeting_widgets.h"
#include "gui/workspace/workspace_session.h"
#include "qtsupport/dates.h"
#include "qtsupport/text.h"
#include "reports/meetings/meeting_words.h"
#include "storage/database.h"
#include "storage/directory/directory_repository.h"
#include "storage/meetings/meeting_repository.h"
#include "storage/regions/region_repository.h"
#include "storage/storage_error.h"
#include "usecases/meetings/meeting_saving.h"

#include "core/clock.h"

#include <QAction>

#include <QDialogButtonBox>
#include <QHBoxLayout>
#include <QPushButton>
#include <QTabWidget>
#include <QToolButton>
#include <QUndoStack>
#include <QVBoxLayout>
#include <algorithm>

namespace konvergensi::gui {

namespace {

enum Tab { DetailsTab, AgendaTab, AttendanceTab, DecisionsTab, MinutesTab, DocumentsTab };

std::unique_ptr<MeetingEditorContext> readContext(WorkspaceSession &session)
{
    auto context = std::make_unique<MeetingEditorContext>();
    context->today = session.clock().today();
    try {
        context->opds = session.directory().opds();
        context->people = session.directory().people();
        for (const core::Region &region : session.regions().all()) {
            if (region.level() != core::RegionLevel::Province)
                context->regions.emplace_back(qs(region.code.toString()),
                                              qs(core::displayName(region)));
        }
    } catch (const storage::StorageError &) {
        qCWarning(lcGui) << "meeting editor: directory or regions not read";
    }
    return context;
}

} // namespace

MeetingEditorDialog::MeetingEditorDialog(WorkspaceSession &session, core::Meeting meeting,
                                         QWidget *parent)
    : SaveDialog(parent)
    , m_session(session)
    , m_context(readContext(session))
    , m_edit(new MeetingEdit(meeting, this))
    , m_loaded(std::move(meeting))
    , m_tabs(new QTabWidget(this))
{
    setObjectName(QStringLiteral("meetingEditorDialog"));
    setSizeGripEnabled(true);
    auto *layout = new QVBoxLayout(this);
    m_tabs->setObjectName(QStringLiteral("meetingEditorTabs"));
    layout->addWidget(m_tabs, 1);
    m_details = new MeetingDetailsTab(*m_edit, *m_context, m_tabs);
    m_agenda = new MeetingAgendaTab(*m_edit, m_tabs);
    m_attendance = new MeetingAttendanceTab(*m_edit, *m_context, m_tabs);
    m_decisions = new MeetingDecisionsTab(*m_edit, *m_context, m_tabs);
    m_minutes = new MeetingMinutesTab(*m_edit, m_tabs);
    m_attachments = new AttachmentsWidget(session, QStringLiteral("meeting"),
                                          reports::meetingDocumentKinds(), m_tabs);
    m_attachments->setOwner(m_loaded.id);
    m_tabs->addTab(m_details, tr("Details"));
    m_tabs->addTab(m_agenda, tr("Agenda"));
    m_tabs->addTab(m_attendance, tr("Attendance"));
    m_tabs->addTab(m_decisions, tr("Decisions and follow-ups"));
    m_tabs->addTab(m_minutes, tr("Summary and minutes"));
    m_tabs->addTab(m_attachments, tr("Documents"));

    auto *bottom = new QHBoxLayout;
    QUndoStack *undo = m_edit->undoStack();
    QAction *undoAction = undo->createUndoAction(this, tr("Undo"));
    undoAction->setObjectName(QStringLiteral("undoAction"));
    undoAction->setShortcut(QKeySequence::Undo);
    undoAction->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    QAction *redoAction = undo->createRedoAction(this, tr("Redo"));
    redoAction->setObjectName(QStringLiteral("redoAction"));
    redoAction->setShortcut(QKeySequence::Redo);
    redoAction->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    addAction(undoAction);
    addAction(redoAction);
    for (QAction *action : {undoAction, redoAction}) {
        auto *button = new QToolButton(this);
        button->setObjectName(
            action->objectName().replace(QStringLiteral("Action"), QStringLiteral("Button")));
        button->setDefaultAction(action);
        button->setToolButtonStyle(Qt::ToolButtonTextOnly);
        bottom->addWidget(button);
    }
    auto *buttons = new QDialogButtonBox(this);
    QPushButton *saveButton = buttons->addButton(tr("&Save"), QDialogButtonBox::ApplyRole);
    saveButton->setObjectName(QStringLiteral("saveMeetingButton"));
    QPushButton *saveAndClose = buttons->addButton(tr("Save and c&lose"),
                                                   QDialogButtonBox::AcceptRole);
    saveAndClose->setObjectName(QStringLiteral("saveAndCloseMeetingButton"));
    QPushButton *closeButton = buttons->addButton(tr("&Close"), QDialogButtonBox::RejectRole);
    closeButton->setObjectName(QStringLiteral("closeMeetingButton"));
    for (QPushButton *button : {saveButton, saveAndClose, closeButton})
        button->setAutoDefault(false);
    bottom->addStretch(1);
    bottom->addWidget(buttons);
    layout->addLayout(bottom);
    connect(saveButton, &QPushButton::clicked, this, [this] { apply(); });
    connect(buttons, &QDialogButtonBox::accepted, this, &MeetingEditorDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &MeetingEditorDialog::reject);
    connect(m_edit, &MeetingEdit::modifiedChanged, this, [this](bool modified) {
        setModified(modified);
        updateTitle();
    });
    // Another workspace: this meeting is not in it.
    connect(&m_session, &WorkspaceSession::workspaceChanged, this,
            &MeetingEditorDialog::discardUnsavedWork);
    updateTitle();

    Dialogs::resizeWithinScreen(this, QSize(940, 640));
}

MeetingEditorDialog::~MeetingEditorDialog() = default;

const core::Meeting &MeetingEditorDialog::meeting() const
{
    return m_edit->meeting();
}

QUndoStack *MeetingEditorDialog::undoStack() const
{
    return m_edit->undoStack();
}

QString MeetingEditorDialog::unsavedWorkTitle() const
{
    return m_loaded.id == 0 ? tr("New meeting")
                            : tr("Meeting: %1").arg(meetings_ui::shortened(qs(m_loaded.title), 60));
}

void MeetingEditorDialog::updateTitle()
{
    setWindowTitle(unsavedWorkTitle() + (m_edit->isModified() ? QStringLiteral(" *") : QString()));
}

void MeetingEditorDialog::showIssue(const core::MeetingIssue &issue)
{
    switch (issue.problem) {
    case core::MeetingProblem::EmptyAgendaItem:
        m_tabs->setCurrentIndex(AgendaTab);
        return;
    case core::MeetingProblem::AttendeeWithoutInstitutionOrName:
    case core::MeetingProblem::RepresentedWithoutName:
        m_tabs->setCurrentIndex(AttendanceTab);
        return;
    case core::MeetingProblem::EmptyDecision:
    case core::MeetingProblem::FollowUp:
        m_tabs->setCurrentIndex(DecisionsTab);
        m_decisions->selectDecision(issue.index);
        return;
    case core::MeetingProblem::TextTooLong:
        switch (issue.field.value_or(core::MeetingField::Title)) {
        case core::MeetingField::AgendaItem:
            m_tabs->setCurrentIndex(AgendaTab);
            return;
        case core::MeetingField::Attendee:
            m_tabs->setCurrentIndex(AttendanceTab);
            return;
        case core::MeetingField::Decision:
            m_tabs->setCurrentIndex(DecisionsTab);
            m_decisions->selectDecision(issue.index);
            return;
        case core::MeetingField::Summary:
        case core::MeetingField::Minutes:
            m_tabs->setCurrentIndex(MinutesTab);
            return;
        default:
            break;
        }
        break;
    default:
        break;
    }
    m_tabs->setCurrentIndex(DetailsTab);
    if (issue.problem == core::MeetingProblem::EmptyTitle)
        m_details->focusTitle();
}

QString MeetingEditorDialog::save()
{
    if (const QString problem = m_details->typingProblem(); !problem.isEmpty()) {
        m_tabs->setCurrentIndex(DetailsTab);
        return problem;
    }
    const core::Meeting &edited = m_edit->meeting();
    if (const auto issues = core::validate(edited); !issues.empty()) {
        showIssue(issues.front());
        return reports::describe(issues.front());
    }
    // Issue #15: a meeting in 2099 was stored without a word.
    if ((m_loaded.id == 0 || edited.date != m_loaded.date)
        && !DateEdit::confirmUnusualDate(this, toQDate(edited.date), toQDate(m_context->today))) {
        m_tabs->setCurrentIndex(DetailsTab);
        return tr("Check the date of the meeting, then save again.");
    }
    const core::Meeting saved = usecases::meetings::saveMeeting(m_session.database(), edited,
                                                                m_loaded);
    m_loaded = saved;
    m_edit->reset(saved);
    m_attachments->setOwner(saved.id);
    updateTitle();
    m_session.notifyChanged(usecases::Topic::Meetings | usecases::Topic::FollowUps);
    Q_EMIT meetingSaved(saved.id);
    return {};
}

bool MeetingEditorDialog::apply()
{
    try {
        if (const QString problem = save(); !problem.isEmpty()) {
            showError(problem);
            return false;
        }
    } catch (const storage::StorageError &error) {
        showError(error.message(), error.kind() == storage::StorageError::Kind::Conflict);
        return false;
    }
    clearError();
    return true;
}

bool MeetingEditorDialog::reloadStored()
{
    if (m_loaded.id == 0)
        return false;
    const auto stored = storage::MeetingRepository(m_session.database()).find(m_loaded.id);
    if (!stored)
        return false;
    m_loaded = *stored;
    m_edit->reset(*stored);
    updateTitle();
    return true;
}

bool MeetingEditorDialog::hasUnsavedChanges() const
{
    if (SaveDialog::hasUnsavedChanges())
        return true;
    const auto children = findChildren<SaveDialog *>();
    return std::any_of(children.begin(), children.end(),
                       [](const SaveDialog *child) { return child->hasUnsavedChanges(); });
}

bool MeetingEditorDialog::saveUnsavedWork()
{
    for (SaveDialog *child : findChildren<SaveDialog *>()) {
        if (child->hasUnsavedChanges() && !child->saveUnsavedWork())
            return false;
    }
    return SaveDialog::saveUnsavedWork();
}

void MeetingEditorDialog::discardUnsavedWork()
{
    for (SaveDialog *child : findChildren<SaveDialog *>()) {
        if (child->isVisible())
            child->discardUnsavedWork();
    }
    SaveDialog::discardUnsavedWork();
}

} // namespace konvergensi::gui

// SPDX-License-Identifier: GPL-3.0-or-later
#include "gui/meetings/meetings_page.h"

#include "gui/common/dialogs.h"
#include "gui/common/reload_when_shown.h"
#include "gui/logging.h"
#include "gui/meetings/follow_up_board_panel.h"
#include "gui/meetings/meeting_editor_dialog.h"
#include "gui/meetings/meeting_register_panel.h"
#include "gui/workspace/workspace_session.h"
#include "storage/meetings/meeting_repository.h"
#include "storage/storage_error.h"
#include "usecases/meetings/meeting_saving.h"

#include <QTabWidget>
#include <QVBoxLayout>

namespace konvergensi::gui {

MeetingsPage::MeetingsPage(WorkspaceSession &session, QWidget *parent)
    : QWidget(parent)
    , m_session(session)
    , m_tabs(new QTabWidget(this))
    , m_register(new MeetingRegisterPanel(session, m_tabs))
    , m_board(new FollowUpBoardPanel(session, m_tabs))
{
    setObjectName(QStringLiteral("meetingsPage"));
    auto *layout = new QVBoxLayout(this);
    m_tabs->setObjectName(QStringLiteral("meetingsTabs"));
    m_tabs->addTab(m_register, tr("Meeting register"));
    m_tabs->addTab(m_board, tr("Follow-up board"));
    layout->addWidget(m_tabs);

    connect(m_register, &MeetingRegisterPanel::newMeetingRequested, this, [this] { newMeeting(); });
    connect(m_register, &MeetingRegisterPanel::openMeetingRequested, this,
            [this](std::int64_t id) { openMeeting(id); });
    connect(m_register, &MeetingRegisterPanel::meetingRemoved, this, [this](std::int64_t id) {
        if (m_editor && m_editor->meeting().id == id)
            m_editor->discardUnsavedWork();
    });
    connect(m_board, &FollowUpBoardPanel::overdueCountRead, this, &MeetingsPage::showOverdueCount);
    ReloadWhenShown::attach(this, session,
                            usecases::Topic::Meetings | usecases::Topic::FollowUps
                                | usecases::Topic::Directory | usecases::Topic::Regions,
                            [this] { reload(); });
    reload();
}

MeetingsPage::~MeetingsPage() = default;

void MeetingsPage::reload()
{
    m_register->reload();
    m_board->reload();
}

void MeetingsPage::showOverdueCount(int count)
{
    m_tabs->setTabText(1, count == 0 ? tr("Follow-up board")
                                     : tr("Follow-up board (%n overdue)", nullptr, count));
}

MeetingEditorDialog *MeetingsPage::showEditor(MeetingEditorDialog *editor)
{
    m_editor = editor;
    m_editor->setAttribute(Qt::WA_DeleteOnClose);
    connect(m_editor, &MeetingEditorDialog::meetingSaved, this,
            [this](qint64 id) { m_register->selectMeeting(id); });
    m_editor->show();
    return m_editor;
}

MeetingEditorDialog *MeetingsPage::newMeeting()
{
    if (!m_session.isOpen())
        return nullptr;
    if (m_editor && !m_editor->close())
        return m_editor;
    core::Meeting meeting;
    try {
        meeting = usecases::meetings::blankMeeting(m_session.database());
    } catch (const storage::StorageError &) {
        qCWarning(lcGui) << "meetings page: district not read";
    }
    return showEditor(new MeetingEditorDialog(m_session, meeting, window()));
}

MeetingEditorDialog *MeetingsPage::openSelectedMeeting()
{
    const std::int64_t id = m_register->selectedMeetingId();
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
    return showEditor(new MeetingEditorDialog(m_session, *meeting, window()));
}

} // namespace konvergensi::gui

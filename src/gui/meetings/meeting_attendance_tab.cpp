// SPDX-License-Identifier: GPL-3.0-or-later
#include "gui/meetings/meeting_attendance_tab.h"

#include "gui/meetings/attendee_dialog.h"
#include "gui/meetings/meeting_edit.h"
#include "gui/meetings/meeting_editor_context.h"
#include "gui/meetings/meeting_editor_models.h"
#include "gui/meetings/meeting_widgets.h"
#include "qtsupport/text.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPointer>
#include <QPushButton>
#include <QTableView>
#include <QVBoxLayout>

namespace konvergensi::gui {

MeetingAttendanceTab::MeetingAttendanceTab(MeetingEdit &edit, const MeetingEditorContext &context,
                                           QWidget *parent)
    : QWidget(parent)
    , m_edit(edit)
    , m_context(context)
    , m_model(new AttendanceModel(this))
    , m_view(meetings_ui::makeTable(this, QStringLiteral("attendanceTableView"), false))
    , m_countLabel(new QLabel(this))
{
    setObjectName(QStringLiteral("meetingAttendanceTab"));
    auto *layout = new QVBoxLayout(this);
    m_view->setModel(m_model);
    QHeaderView *header = m_view->horizontalHeader();
    header->resizeSection(AttendanceModel::InstitutionColumn, 150);
    header->setSectionResizeMode(AttendanceModel::NameColumn, QHeaderView::Stretch);
    header->setSectionResizeMode(AttendanceModel::PositionColumn, QHeaderView::Stretch);
    header->resizeSection(AttendanceModel::AttendanceColumn, 200);
    layout->addWidget(m_view, 1);
    m_countLabel->setObjectName(QStringLiteral("attendanceCountLabel"));
    m_countLabel->setWordWrap(true);
    m_countLabel->setTextFormat(Qt::RichText);
    layout->addWidget(m_countLabel);
    auto *buttons = new QHBoxLayout;
    auto *add = meetings_ui::makeButton(this, tr("&Add…"), QStringLiteral("addAttendeeButton"));
    auto *edit2 = meetings_ui::makeButton(this, tr("&Edit…"), QStringLiteral("editAttendeeButton"));
    auto *remove = meetings_ui::makeButton(this, tr("&Remove"),
                                           QStringLiteral("removeAttendeeButton"));
    buttons->addWidget(add);
    buttons->addWidget(edit2);
    buttons->addWidget(remove);
    buttons->addStretch(1);
    layout->addLayout(buttons);
    connect(add, &QPushButton::clicked, this, &MeetingAttendanceTab::addAttendee);
    connect(edit2, &QPushButton::clicked, this, &MeetingAttendanceTab::editAttendee);
    connect(remove, &QPushButton::clicked, this, &MeetingAttendanceTab::removeAttendee);
    connect(m_view, &QTableView::doubleClicked, this, &MeetingAttendanceTab::editAttendee);
    connect(&m_edit, &MeetingEdit::changed, this, &MeetingAttendanceTab::refresh);
    refresh();
}

int MeetingAttendanceTab::currentRow() const
{
    const int row = m_view->currentIndex().row();
    return row >= 0 && row < static_cast<int>(m_edit.meeting().attendees.size()) ? row : -1;
}

void MeetingAttendanceTab::addAttendee()
{
    QPointer<AttendeeDialog> dialog = new AttendeeDialog(core::Attendee{}, m_context.opds,
                                                         m_context.people, this);
    dialog->setWindowTitle(tr("Add attendance"));
    dialog->setApply([this](const core::Attendee &attendee) {
        m_edit.change(tr("Add attendance"),
                      [&attendee](core::Meeting &m) { m.attendees.push_back(attendee); });
        m_view->setCurrentIndex(m_model->index(m_model->rowCount() - 1, 0));
    });
    dialog->exec();
    delete dialog; // gone already when the editor closed meanwhile
}

void MeetingAttendanceTab::editAttendee()
{
    const int row = currentRow();
    if (row < 0)
        return;
    QPointer<AttendeeDialog> dialog = new AttendeeDialog(
        m_edit.meeting().attendees[static_cast<std::size_t>(row)], m_context.opds, m_context.people,
        this);
    dialog->setWindowTitle(tr("Edit attendance"));
    dialog->setApply([this, row](const core::Attendee &attendee) {
        m_edit.change(tr("Edit attendance"), [row, &attendee](core::Meeting &m) {
            m.attendees[static_cast<std::size_t>(row)] = attendee;
        });
    });
    dialog->exec();
    delete dialog;
}

void MeetingAttendanceTab::removeAttendee()
{
    const int row = currentRow();
    if (row < 0)
        return;
    m_edit.change(tr("Remove attendance"),
                  [row](core::Meeting &m) { m.attendees.erase(m.attendees.begin() + row); });
}

void MeetingAttendanceTab::refresh()
{
    const auto &attendees = m_edit.meeting().attendees;
    const int row = m_view->currentIndex().row();
    m_model->setAttendees(attendees);
    if (row >= 0 && row < m_model->rowCount())
        m_view->setCurrentIndex(m_model->index(row, 0));
    const core::AttendanceCount total = core::attendanceTotals(attendees);
    QStringList perOpd;
    for (const auto &count : core::attendanceByInstitution(attendees)) {
        perOpd << tr("%1: %2 of %3")
                      .arg(qs(count.institution).toHtmlEscaped())
                      .arg(count.present + count.represented)
                      .arg(count.invited);
    }
    m_countLabel->setText(tr("<b>Invited %1: present %2, represented %3, absent %4.</b>")
                              .arg(total.invited)
                              .arg(total.present)
                              .arg(total.represented)
                              .arg(total.absent)
                          + (perOpd.isEmpty() ? QString()
                                              : QStringLiteral("<br>") + tr("Attended per OPD: ")
                                                    + perOpd.join(QStringLiteral("; "))));
}

} // namespace konvergensi::gui

// SPDX-License-Identifier: GPL-3.0-or-later
#include "gui/meetings/meeting_agenda_tab.h"

#include "gui/meetings/meeting_edit.h"
#include "gui/meetings/meeting_widgets.h"
#include "qtsupport/text.h"

#include <QHBoxLayout>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QVBoxLayout>

namespace konvergensi::gui {

MeetingAgendaTab::MeetingAgendaTab(MeetingEdit &edit, QWidget *parent)
    : QWidget(parent)
    , m_edit(edit)
    , m_list(new QListWidget(this))
    , m_newItemEdit(new QLineEdit(this))
{
    setObjectName(QStringLiteral("meetingAgendaTab"));
    auto *layout = new QVBoxLayout(this);
    m_list->setObjectName(QStringLiteral("agendaListWidget"));
    m_list->setEditTriggers(QAbstractItemView::DoubleClicked | QAbstractItemView::EditKeyPressed);
    m_list->setWordWrap(true);
    layout->addWidget(m_list, 1);
    auto *addRow = new QHBoxLayout;
    m_newItemEdit->setObjectName(QStringLiteral("agendaLineEdit"));
    m_newItemEdit->setPlaceholderText(tr("New agenda item"));
    meetings_ui::limitLength(m_newItemEdit, core::maxLength(core::MeetingField::AgendaItem));
    auto *add = meetings_ui::makeButton(this, tr("&Add"), QStringLiteral("addAgendaButton"));
    auto *remove = meetings_ui::makeButton(this, tr("&Remove"),
                                           QStringLiteral("removeAgendaButton"));
    auto *up = meetings_ui::makeButton(this, tr("Move &up"), QStringLiteral("agendaUpButton"));
    auto *down = meetings_ui::makeButton(this, tr("Move &down"),
                                         QStringLiteral("agendaDownButton"));
    addRow->addWidget(m_newItemEdit, 1);
    addRow->addWidget(add);
    addRow->addWidget(remove);
    addRow->addWidget(up);
    addRow->addWidget(down);
    layout->addLayout(addRow);

    connect(add, &QPushButton::clicked, this, &MeetingAgendaTab::addItem);
    connect(m_newItemEdit, &QLineEdit::returnPressed, this, &MeetingAgendaTab::addItem);
    connect(remove, &QPushButton::clicked, this, &MeetingAgendaTab::removeItem);
    connect(up, &QPushButton::clicked, this, [this] { moveItem(-1); });
    connect(down, &QPushButton::clicked, this, [this] { moveItem(1); });
    connect(m_list, &QListWidget::itemChanged, this, [this](QListWidgetItem *item) {
        if (m_refreshing)
            return;
        const int row = m_list->row(item);
        const std::string text = ss(item->text().trimmed());
        if (row < 0 || row >= static_cast<int>(m_edit.meeting().agenda.size()))
            return;
        m_edit.change(tr("Edit agenda item"), [row, text](core::Meeting &m) {
            m.agenda[static_cast<std::size_t>(row)].text = text;
        });
    });
    connect(&m_edit, &MeetingEdit::changed, this, &MeetingAgendaTab::refresh);
    refresh();
}

void MeetingAgendaTab::addItem()
{
    const std::string text = ss(m_newItemEdit->text().trimmed());
    if (text.empty()) {
        m_newItemEdit->setFocus();
        return;
    }
    m_edit.change(tr("Add agenda item"), [&text](core::Meeting &m) { m.agenda.push_back({text}); });
    m_newItemEdit->clear();
    m_list->setCurrentRow(m_list->count() - 1);
}

void MeetingAgendaTab::removeItem()
{
    const int row = m_list->currentRow();
    if (row < 0 || row >= static_cast<int>(m_edit.meeting().agenda.size()))
        return;
    m_edit.change(tr("Remove agenda item"),
                  [row](core::Meeting &m) { m.agenda.erase(m.agenda.begin() + row); });
}

void MeetingAgendaTab::moveItem(int by)
{
    const int row = m_list->currentRow();
    const int target = row + by;
    if (row < 0 || target < 0 || target >= static_cast<int>(m_edit.meeting().agenda.size()))
        return;
    m_edit.change(tr("Move agenda item"), [row, target](core::Meeting &m) {
        std::swap(m.agenda[static_cast<std::size_t>(row)],
                  m.agenda[static_cast<std::size_t>(target)]);
    });
    m_list->setCurrentRow(target);
}

void MeetingAgendaTab::refresh()
{
    const auto &agenda = m_edit.meeting().agenda;
    bool same = m_list->count() == static_cast<int>(agenda.size());
    for (int i = 0; same && i < m_list->count(); ++i)
        same = m_list->item(i)->text() == qs(agenda[static_cast<std::size_t>(i)].text);
    if (same)
        return;
    m_refreshing = true;
    const int row = m_list->currentRow();
    m_list->clear();
    for (const auto &item : agenda) {
        auto *widgetItem = new QListWidgetItem(qs(item.text), m_list);
        widgetItem->setFlags(widgetItem->flags() | Qt::ItemIsEditable);
    }
    m_list->setCurrentRow(std::min(row, m_list->count() - 1));
    m_refreshing = false;
}

} // namespace konvergensi::gui

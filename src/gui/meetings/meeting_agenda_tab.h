// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QWidget>

class QLineEdit;
class QListWidget;

namespace konvergensi::gui {

class MeetingEdit;

/// The editor's agenda tab: the items in order, added, edited in place, moved and removed.
class MeetingAgendaTab : public QWidget
{
    Q_OBJECT
public:
    explicit MeetingAgendaTab(MeetingEdit &edit, QWidget *parent = nullptr);

    void addItem();
    void removeItem();
    void moveItem(int by);
    QListWidget *list() const { return m_list; }

private:
    void refresh();

    MeetingEdit &m_edit;
    bool m_refreshing = false;
    QListWidget *m_list;
    QLineEdit *m_newItemEdit;
};

} // namespace konvergensi::gui

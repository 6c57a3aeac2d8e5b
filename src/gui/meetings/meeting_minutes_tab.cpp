// SPDX-License-Identifier: GPL-3.0-or-later
#include "gui/meetings/meeting_minutes_tab.h"

#include "gui/meetings/meeting_edit.h"
#include "gui/meetings/meeting_widgets.h"
#include "qtsupport/text.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QPlainTextEdit>
#include <QVBoxLayout>

namespace konvergensi::gui {

MeetingMinutesTab::MeetingMinutesTab(MeetingEdit &edit, QWidget *parent)
    : QWidget(parent)
    , m_edit(edit)
    , m_summaryEdit(new QPlainTextEdit(this))
    , m_minutesEdit(new QPlainTextEdit(this))
{
    setObjectName(QStringLiteral("meetingMinutesTab"));
    auto *layout = new QVBoxLayout(this);
    auto labelled = [this, layout](const QString &text, QPlainTextEdit *textEdit,
                                   const QString &name, core::MeetingField field) {
        textEdit->setObjectName(name);
        textEdit->setTabChangesFocus(true);
        auto *row = new QHBoxLayout;
        auto *label = new QLabel(text, this);
        label->setBuddy(textEdit);
        row->addWidget(label, 1);
        row->addWidget(meetings_ui::addCounter(textEdit, core::maxLength(field), this));
        layout->addLayout(row);
    };
    labelled(tr("&Summary:"), m_summaryEdit, QStringLiteral("summaryTextEdit"),
             core::MeetingField::Summary);
    m_summaryEdit->setMaximumHeight(120);
    layout->addWidget(m_summaryEdit);
    labelled(tr("&Minutes (notulen):"), m_minutesEdit, QStringLiteral("minutesTextEdit"),
             core::MeetingField::Minutes);
    layout->addWidget(m_minutesEdit, 1);

    connect(m_summaryEdit, &QPlainTextEdit::textChanged, this, [this] {
        if (m_refreshing)
            return;
        const std::string text = ss(m_summaryEdit->toPlainText());
        m_edit.change(
            tr("Edit summary"), [text](core::Meeting &m) { m.summary = text; },
            MeetingEdit::SummaryField);
    });
    connect(m_minutesEdit, &QPlainTextEdit::textChanged, this, [this] {
        if (m_refreshing)
            return;
        const std::string text = ss(m_minutesEdit->toPlainText());
        m_edit.change(
            tr("Edit minutes"), [text](core::Meeting &m) { m.minutes = text; },
            MeetingEdit::MinutesField);
    });
    connect(&m_edit, &MeetingEdit::changed, this, &MeetingMinutesTab::refresh);
    refresh();
}

void MeetingMinutesTab::refresh()
{
    m_refreshing = true;
    const core::Meeting &m = m_edit.meeting();
    if (m_summaryEdit->toPlainText() != qs(m.summary))
        m_summaryEdit->setPlainText(qs(m.summary));
    if (m_minutesEdit->toPlainText() != qs(m.minutes))
        m_minutesEdit->setPlainText(qs(m.minutes));
    m_refreshing = false;
}

} // namespace konvergensi::gui

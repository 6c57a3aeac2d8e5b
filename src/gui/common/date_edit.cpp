// SPDX-License-Identifier: GPL-3.0-or-later
#include "gui/common/date_edit.h"

#include "core/dates.h"
#include "gui/common/colours.h"
#include "gui/common/dialogs.h"
#include "gui/language.h"
#include "qtsupport/dates.h"
#include "qtsupport/text.h"

#include <QCalendarWidget>
#include <QHBoxLayout>
#include <QLineEdit>
#include <QMenu>
#include <QStyle>
#include <QToolButton>
#include <QWidgetAction>

namespace konvergensi::gui {

DateEdit::DateEdit(QWidget *parent)
    : QWidget(parent)
    , m_edit(new QLineEdit(this))
    , m_calendarButton(new QToolButton(this))
{
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(2);
    m_edit->setObjectName(QStringLiteral("dateLineEdit"));
    m_edit->setPlaceholderText(tr("e.g. 5/12/2023 or 5 Des 2023"));
    m_edit->setToolTip(tr("Type a date as 5/12/2023, 05-12-2023 or 5 Des 2023, or pick it "
                          "from the calendar."));
    m_edit->setMaxLength(40);
    m_calendarButton->setObjectName(QStringLiteral("dateCalendarButton"));
    m_calendarButton->setIcon(style()->standardIcon(QStyle::SP_FileDialogContentsView));
    m_calendarButton->setToolTip(tr("Pick from the calendar"));
    layout->addWidget(m_edit, 1);
    layout->addWidget(m_calendarButton);
    setFocusProxy(m_edit);
    connect(m_edit, &QLineEdit::textEdited, this, &DateEdit::parseText);
    connect(m_edit, &QLineEdit::editingFinished, this, [this] {
        if (m_date.isValid())
            m_edit->setText(displayText(m_date));
    });
    connect(m_calendarButton, &QToolButton::clicked, this, &DateEdit::showCalendar);
}

QDate DateEdit::date() const
{
    return m_date;
}

void DateEdit::setDate(const QDate &date)
{
    m_date = date.isValid() ? date : QDate();
    m_edit->setText(displayText(m_date));
    m_edit->setStyleSheet(QString());
    Q_EMIT dateChanged(m_date);
}

bool DateEdit::hasAcceptableInput() const
{
    const QString text = m_edit->text().trimmed();
    return text.isEmpty() ? m_allowEmpty : m_date.isValid();
}

void DateEdit::setPlaceholderText(const QString &text)
{
    m_edit->setPlaceholderText(text);
}

void DateEdit::parseText()
{
    const QString text = m_edit->text().trimmed();
    QDate parsed;
    if (!text.isEmpty()) {
        if (const auto date = core::parseTypedDate(ss(text)))
            parsed = toQDate(*date);
    }
    const bool bad = !text.isEmpty() && !parsed.isValid();
    m_edit->setStyleSheet(
        bad ? QStringLiteral("QLineEdit { border: 1px solid %1; }").arg(colours::error.name())
            : QString());
    if (parsed != m_date) {
        m_date = parsed;
        Q_EMIT dateChanged(m_date);
    }
}

void DateEdit::showCalendar()
{
    QMenu menu(this);
    auto *calendar = new QCalendarWidget(&menu);
    calendar->setObjectName(QStringLiteral("datePickerCalendar"));
    calendar->setLocale(locale());
    calendar->setGridVisible(true);
    if (m_date.isValid())
        calendar->setSelectedDate(m_date);
    auto *action = new QWidgetAction(&menu);
    action->setDefaultWidget(calendar);
    menu.addAction(action);
    connect(calendar, &QCalendarWidget::clicked, &menu, [this, &menu](const QDate &date) {
        setDate(date);
        menu.close();
    });
    menu.exec(mapToGlobal(QPoint(0, height())));
}

QString DateEdit::displayText(const QDate &date)
{
    const auto gregorian = toGregorian(date);
    return gregorian ? qs(core::formatDate(*gregorian, LanguageSetup::current())) : QString();
}

QString DateEdit::shortDisplayText(const QDate &date)
{
    const auto gregorian = toGregorian(date);
    return gregorian ? qs(core::formatShortDate(*gregorian, LanguageSetup::current())) : QString();
}

bool DateEdit::confirmUnusualDate(QWidget *parent, const QDate &date, const QDate &today)
{
    const auto day = toGregorian(date);
    const auto now = toGregorian(today);
    if (!day || !now || !core::isUnusualDate(*day, *now))
        return true;
    return Dialogs::question(
        parent, tr("Check the date"),
        tr("%1 is far from today. Is this date right?").arg(displayText(date)));
}

} // namespace konvergensi::gui

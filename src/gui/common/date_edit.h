// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDate>
#include <QWidget>

class QLineEdit;
class QToolButton;

namespace konvergensi::gui {

/// The one date field of the interface. Shows the date with the month's name ("5 Desember
/// 2023"); accepts a date typed as Indonesians type it ("1/11/2024", "01-11-2024",
/// "1 Nov 2024", core::parseTypedDate) or picked from a calendar. Text that is not a date is
/// marked and date() is then invalid; an empty field is "no date" when allowEmpty().
class DateEdit : public QWidget
{
    Q_OBJECT
public:
    explicit DateEdit(QWidget *parent = nullptr);

    /// The date, or an invalid QDate when the field is empty or holds no date.
    QDate date() const;
    void setDate(const QDate &date);
    /// True when the text is empty or a date (what a form may save).
    bool hasAcceptableInput() const;
    void setAllowEmpty(bool allow) { m_allowEmpty = allow; }
    bool allowEmpty() const { return m_allowEmpty; }
    void setPlaceholderText(const QString &text);
    QLineEdit *lineEdit() const { return m_edit; }

    /// "5 Desember 2023" in the interface language; empty for an invalid date.
    static QString displayText(const QDate &date);
    /// "5 Des 2023", where a table has little room.
    static QString shortDisplayText(const QDate &date);
    /// Asks whether a date far from today (before 2000, more than a year ahead) is meant;
    /// true when it is usual or the user confirms.
    static bool confirmUnusualDate(QWidget *parent, const QDate &date, const QDate &today);

Q_SIGNALS:
    /// The date changed (also to invalid), by typing or by the calendar.
    void dateChanged(const QDate &date);

private:
    void parseText();
    void showCalendar();

    QLineEdit *m_edit;
    QToolButton *m_calendarButton;
    QDate m_date;
    bool m_allowEmpty = false;
};

} // namespace konvergensi::gui

// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// moc of Qt 6.4 cannot parse <compare>/<concepts>; it needs none of the core types.
#ifndef Q_MOC_RUN
#include "core/actions/actions.h"
#endif

#include <QFrame>
#include <QWidget>

#include <cstdint>
#include <vector>

class QLabel;
class QProgressBar;

namespace konvergensi::gui {

/// The colour of an action status on the board and the timeline.
QColor statusColor(int status);

/// One action on the overview board: label and name, status, progress bar, due date, lead
/// OPD, outputs done/required. Clicking it asks for the action's detail.
class ActionCard : public QFrame
{
    Q_OBJECT
public:
    explicit ActionCard(QWidget *parent = nullptr);

#ifndef Q_MOC_RUN
    void setAction(const core::Action &action, const core::Clock &clock);
#endif
    std::int64_t actionId() const
    {
        return m_actionId;
    }
    /// The progress shown, 0..100.
    int progressValue() const;
    QString statusLabelText() const;

Q_SIGNALS:
    void activated(std::int64_t actionId);

protected:
    void mouseReleaseEvent(QMouseEvent *event) override;

private:
    std::int64_t m_actionId = 0;
    QLabel *m_title = nullptr;
    QLabel *m_name = nullptr;
    QLabel *m_status = nullptr;
    QProgressBar *m_progress = nullptr;
    QLabel *m_due = nullptr;
    QLabel *m_lead = nullptr;
    QLabel *m_outputs = nullptr;
};

/// The year as a Gantt-like strip: one bar per action over its due period, coloured by
/// status, with a line at today.
class ActionTimeline : public QWidget
{
    Q_OBJECT
public:
    explicit ActionTimeline(QWidget *parent = nullptr);

#ifndef Q_MOC_RUN
    void setActions(int year, std::vector<core::Action> actions, const core::Clock &clock);
#endif
    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;

protected:
    void paintEvent(QPaintEvent *event) override;

private:
    struct Row
    {
        QString label;
        QString name;
        int startDay = 0; ///< day of the year, 0-based
        int endDay = 0;   ///< inclusive; may run past the year's end
        int status = 0;
        double fraction = 0;
    };
    int m_year = 0;
    int m_todayDay = -1; ///< -1 when today is not in the year
    std::vector<Row> m_rows;
};

} // namespace konvergensi::gui

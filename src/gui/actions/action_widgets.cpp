// SPDX-License-Identifier: GPL-3.0-or-later
#include "gui/actions/action_widgets.h"

#include "gui/common/colours.h"
#include "gui/language.h"
#include "qtsupport/text.h"
#include "reports/actions/action_report.h"

#include <QLabel>
#include <QMouseEvent>
#include <QPainter>
#include <QProgressBar>
#include <QVBoxLayout>

#include <algorithm>
#include <cmath>

namespace konvergensi::gui {

QColor statusColor(int status)
{
    switch (static_cast<core::ActionStatus>(status)) {
    case core::ActionStatus::NotStarted:
        return colours::muted;
    case core::ActionStatus::InProgress:
        return colours::seriesColour(0);
    case core::ActionStatus::Done:
        return colours::success;
    case core::ActionStatus::Late:
        return colours::danger;
    }
    return colours::muted;
}

ActionCard::ActionCard(QWidget *parent)
    : QFrame(parent)
{
    setFrameShape(QFrame::StyledPanel);
    setCursor(Qt::PointingHandCursor);
    setMinimumWidth(220);
    auto *layout = new QVBoxLayout(this);
    layout->setSpacing(4);
    m_title = new QLabel(this);
    m_title->setObjectName(QStringLiteral("titleLabel"));
    QFont bold = m_title->font();
    bold.setBold(true);
    bold.setPointSizeF(bold.pointSizeF() * 1.1);
    m_title->setFont(bold);
    m_name = new QLabel(this);
    m_name->setObjectName(QStringLiteral("nameLabel"));
    m_name->setWordWrap(true);
    m_name->setMinimumHeight(m_name->fontMetrics().lineSpacing() * 2);
    m_name->setAlignment(Qt::AlignLeft | Qt::AlignTop);
    m_status = new QLabel(this);
    m_status->setObjectName(QStringLiteral("statusLabel"));
    m_status->setAlignment(Qt::AlignCenter);
    m_progress = new QProgressBar(this);
    m_progress->setObjectName(QStringLiteral("progressBar"));
    m_progress->setRange(0, 100);
    m_progress->setFormat(QStringLiteral("%p %"));
    m_due = new QLabel(this);
    m_due->setObjectName(QStringLiteral("dueLabel"));
    m_lead = new QLabel(this);
    m_lead->setObjectName(QStringLiteral("leadLabel"));
    m_outputs = new QLabel(this);
    m_outputs->setObjectName(QStringLiteral("outputsLabel"));

    auto *top = new QHBoxLayout;
    top->addWidget(m_title, 1);
    top->addWidget(m_status);
    layout->addLayout(top);
    layout->addWidget(m_name);
    layout->addWidget(m_progress);
    layout->addWidget(m_due);
    layout->addWidget(m_lead);
    layout->addWidget(m_outputs);
    layout->addStretch(1);
}

void ActionCard::setAction(const core::Action &action, const core::Clock &clock)
{
    const core::Language language = LanguageSetup::current();
    m_actionId = action.id;
    setObjectName(QStringLiteral("actionCard_") + qs(action.key));
    m_title->setText(reports::actionLabel(action));
    m_name->setText(qs(action.name));
    m_name->setToolTip(qs(action.purpose));
    const core::ActionStatus status = core::statusOf(action, clock);
    const QColor color = statusColor(static_cast<int>(status));
    m_status->setText(reports::statusText(status));
    m_status->setStyleSheet(QStringLiteral("QLabel { color: white; background: %1; border-radius: "
                                           "4px; padding: 1px 8px; font-weight: bold; }")
                                .arg(color.name()));
    const core::ActionProgress progress = core::progressOf(action);
    m_progress->setValue(static_cast<int>(std::lround(progress.percent())));
    m_progress->setStyleSheet(
        QStringLiteral("QProgressBar { border: 1px solid palette(mid); border-radius: 3px; "
                       "text-align: center; background: palette(window); } QProgressBar::chunk { "
                       "background: %1; }")
            .arg(color.lighter(status == core::ActionStatus::NotStarted ? 100 : 115).name()));
    m_due->setText(tr("Due: %1").arg(qs(core::formatDate(action.dueEnd, language))));
    m_lead->setText(
        tr("Lead: %1").arg(action.leadOpdName.empty() ? tr("not set") : qs(action.leadOpdName)));
    m_outputs->setText(tr("Outputs done with evidence: %1 of %2")
                           .arg(progress.doneWithEvidence)
                           .arg(progress.required));
    setStyleSheet(QStringLiteral("konvergensi--gui--ActionCard { border: 1px solid palette(mid); "
                                 "border-left: 5px solid %1; border-radius: 4px; background: "
                                 "palette(base); }")
                      .arg(color.name()));
}

int ActionCard::progressValue() const
{
    return m_progress->value();
}

QString ActionCard::statusLabelText() const
{
    return m_status->text();
}

void ActionCard::mouseReleaseEvent(QMouseEvent *event)
{
    if (event->button() == Qt::LeftButton && rect().contains(event->position().toPoint()))
        Q_EMIT activated(m_actionId);
    QFrame::mouseReleaseEvent(event);
}

// --- Timeline -----------------------------------------------------------------------------

namespace {
constexpr int kRowHeight = 24;
constexpr int kHeaderHeight = 24;
constexpr int kLabelWidth = 110;
} // namespace

ActionTimeline::ActionTimeline(QWidget *parent)
    : QWidget(parent)
{
    setObjectName(QStringLiteral("actionTimeline"));
    setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Fixed);
}

void ActionTimeline::setActions(int year, std::vector<core::Action> actions,
                                const core::Clock &clock)
{
    m_year = year;
    m_rows.clear();
    const boost::gregorian::date first(static_cast<unsigned short>(year), 1, 1);
    const auto dayOf = [&first](const boost::gregorian::date &date) {
        return static_cast<int>((date - first).days());
    };
    for (const core::Action &action : actions) {
        Row row;
        row.label = reports::actionLabel(action);
        row.name = qs(action.name);
        row.startDay = dayOf(action.dueStart);
        row.endDay = dayOf(action.dueEnd);
        row.status = static_cast<int>(core::statusOf(action, clock));
        row.fraction = core::progressOf(action).fraction();
        m_rows.push_back(row);
    }
    const auto today = clock.today();
    m_todayDay = today.year() == year ? dayOf(today) : -1;
    updateGeometry();
    update();
}

QSize ActionTimeline::sizeHint() const
{
    return {800, minimumSizeHint().height()};
}

QSize ActionTimeline::minimumSizeHint() const
{
    return {400,
            kHeaderHeight + kRowHeight * std::max<int>(1, static_cast<int>(m_rows.size())) + 18};
}

void ActionTimeline::paintEvent(QPaintEvent *)
{
    QPainter painter(this);
    painter.setRenderHint(QPainter::Antialiasing);
    painter.fillRect(rect(), palette().base());
    if (m_year == 0)
        return;
    const core::Language language = LanguageSetup::current();
    const bool leap = boost::gregorian::gregorian_calendar::is_leap_year(m_year);
    const int daysInYear = leap ? 366 : 365;
    const qreal left = kLabelWidth;
    const qreal width = this->width() - left - 8;
    const auto xOf = [&](int day) {
        return left + width * std::clamp(day, 0, daysInYear) / daysInYear;
    };

    // Month grid and names.
    QFont small = font();
    small.setPointSizeF(small.pointSizeF() * 0.9);
    painter.setFont(small);
    const int bottom = kHeaderHeight + kRowHeight * static_cast<int>(m_rows.size());
    for (int month = 1; month <= 12; ++month) {
        const boost::gregorian::date start(static_cast<unsigned short>(m_year),
                                           static_cast<unsigned short>(month), 1);
        const int day = static_cast<int>(
            (start - boost::gregorian::date(static_cast<unsigned short>(m_year), 1, 1)).days());
        const int nextDay =
            month == 12 ? daysInYear
                        : static_cast<int>(
                            (boost::gregorian::date(static_cast<unsigned short>(m_year),
                                                    static_cast<unsigned short>(month + 1), 1)
                             - boost::gregorian::date(static_cast<unsigned short>(m_year), 1, 1))
                                .days());
        const qreal x = xOf(day);
        painter.setPen(palette().mid().color());
        painter.drawLine(QPointF(x, kHeaderHeight - 4), QPointF(x, bottom));
        painter.setPen(palette().text().color());
        const QString name = qs(core::monthName(month, language)).left(3);
        painter.drawText(QRectF(x, 0, xOf(nextDay) - x, kHeaderHeight - 4), Qt::AlignCenter, name);
    }

    // One bar per action.
    QFont labelFont = font();
    for (std::size_t i = 0; i < m_rows.size(); ++i) {
        const Row &row = m_rows[i];
        const qreal top = kHeaderHeight + kRowHeight * static_cast<qreal>(i);
        painter.setFont(labelFont);
        painter.setPen(palette().text().color());
        painter.drawText(QRectF(4, top, kLabelWidth - 8, kRowHeight),
                         Qt::AlignVCenter | Qt::AlignLeft, row.label);
        const qreal x1 = xOf(row.startDay);
        const qreal x2 = std::max(x1 + 3, xOf(row.endDay + 1));
        const QRectF bar(x1, top + 4, x2 - x1, kRowHeight - 8);
        const QColor color = statusColor(row.status);
        painter.setPen(Qt::NoPen);
        painter.setBrush(color.lighter(170));
        painter.drawRoundedRect(bar, 3, 3);
        painter.setBrush(color);
        painter.drawRoundedRect(
            QRectF(bar.left(), bar.top(), bar.width() * row.fraction, bar.height()), 3, 3);
        painter.setPen(row.fraction > 0.5 ? Qt::white : palette().text().color());
        painter.setFont(small);
        painter.drawText(bar.adjusted(4, 0, -2, 0), Qt::AlignVCenter | Qt::AlignLeft,
                         painter.fontMetrics().elidedText(row.name, Qt::ElideRight,
                                                          static_cast<int>(bar.width()) - 6));
    }

    // Today.
    if (m_todayDay >= 0) {
        const qreal x = xOf(m_todayDay);
        QPen pen(colours::danger);
        pen.setWidth(2);
        pen.setStyle(Qt::DashLine);
        painter.setPen(pen);
        painter.drawLine(QPointF(x, kHeaderHeight - 6), QPointF(x, bottom + 2));
        painter.setFont(small);
        painter.drawText(QRectF(x - 60, bottom + 1, 120, 16), Qt::AlignHCenter | Qt::AlignVCenter,
                         tr("today"));
    }
}

} // namespace konvergensi::gui

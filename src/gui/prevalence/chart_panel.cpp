// SPDX-License-Identifier: GPL-3.0-or-later
#include "gui/prevalence/chart_panel.h"

#include "gui/common/colours.h"

#include <QHelpEvent>
#include <QImage>
#include <QMouseEvent>
#include <QPainter>
#include <QStyle>
#include <QToolButton>
#include <QToolTip>

namespace konvergensi::gui {

reports::prevalence::ChartPalette chartPalette()
{
    reports::prevalence::ChartPalette palette = reports::prevalence::ChartPalette::standard();
    palette.series = colours::series;
    palette.severity = colours::severity;
    palette.mutedText = colours::muted;
    return palette;
}

ChartPanel::ChartPanel(QWidget *parent)
    : QWidget(parent)
    , m_chart(reports::prevalence::TrendChart{})
    , m_saveButton(new QToolButton(this))
{
    setMouseTracking(true);
    setAttribute(Qt::WA_OpaquePaintEvent);
    m_saveButton->setObjectName(QStringLiteral("saveChartButton"));
    m_saveButton->setText(tr("Save chart…"));
    m_saveButton->setToolTip(tr("Save this chart as a PNG picture or a PDF file."));
    m_saveButton->setIcon(style()->standardIcon(QStyle::SP_DialogSaveButton));
    m_saveButton->setToolButtonStyle(Qt::ToolButtonIconOnly);
    m_saveButton->setAutoRaise(true);
    connect(m_saveButton, &QToolButton::clicked, this, &ChartPanel::saveRequested);
}

void ChartPanel::setChart(reports::prevalence::Chart chart)
{
    m_chart = std::move(chart);
    layOutNow();
    update();
}

QSize ChartPanel::sizeHint() const
{
    return {520, 260};
}

QSize ChartPanel::minimumSizeHint() const
{
    return {320, 200};
}

void ChartPanel::draw(QPainter &painter)
{
    painter.fillRect(rect(), Qt::white);
    // Room on the right of the title for the save button.
    const QRectF bounds = QRectF(rect()).adjusted(6, 4, -6, -4);
    m_hits = reports::prevalence::paintChart(painter, bounds, m_chart, chartPalette(), font());
}

void ChartPanel::layOutNow()
{
    if (width() <= 0 || height() <= 0)
        return;
    QImage scratch(1, 1, QImage::Format_ARGB32_Premultiplied);
    QPainter painter(&scratch);
    painter.setClipRect(QRect(0, 0, 1, 1));
    draw(painter);
}

void ChartPanel::paintEvent(QPaintEvent *)
{
    QPainter painter(this);
    draw(painter);
    painter.setPen(palette().color(QPalette::Mid));
    painter.drawRect(rect().adjusted(0, 0, -1, -1));
}

void ChartPanel::resizeEvent(QResizeEvent *event)
{
    QWidget::resizeEvent(event);
    const QSize hint = m_saveButton->sizeHint();
    m_saveButton->setGeometry(width() - hint.width() - 3, 3, hint.width(), hint.height());
    layOutNow();
}

const reports::prevalence::ChartHit *ChartPanel::hitAt(const QPointF &position) const
{
    for (const auto &hit : m_hits) {
        if (hit.rect.contains(position))
            return &hit;
    }
    return nullptr;
}

void ChartPanel::mouseMoveEvent(QMouseEvent *event)
{
    const auto *hit = hitAt(event->position());
    setCursor(hit && !hit->key.isEmpty() ? Qt::PointingHandCursor : Qt::ArrowCursor);
    QWidget::mouseMoveEvent(event);
}

void ChartPanel::mouseReleaseEvent(QMouseEvent *event)
{
    if (event->button() == Qt::LeftButton) {
        if (const auto *hit = hitAt(event->position()); hit && !hit->key.isEmpty())
            Q_EMIT barClicked(hit->key);
    }
    QWidget::mouseReleaseEvent(event);
}

bool ChartPanel::event(QEvent *event)
{
    if (event->type() == QEvent::ToolTip) {
        auto *help = static_cast<QHelpEvent *>(event);
        if (const auto *hit = hitAt(help->pos()); hit && !hit->toolTip.isEmpty())
            QToolTip::showText(help->globalPos(), hit->toolTip, this, hit->rect.toRect());
        else
            QToolTip::hideText();
        return true;
    }
    return QWidget::event(event);
}

} // namespace konvergensi::gui

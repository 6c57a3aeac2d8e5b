// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#ifndef Q_MOC_RUN
#include "reports/prevalence/prevalence_charts.h"
#endif

#include <QWidget>

#include <vector>

class QToolButton;

namespace konvergensi::gui {

/// The chart colours of the interface (colours::series, colours::severity).
reports::prevalence::ChartPalette chartPalette();

/// A chart of the dashboard (the trend, or the kecamatan bars), drawn by the same code as the
/// chart files and the printed summary. Every point and bar has a tooltip; clicking a bar
/// says which (barClicked). A "Save chart…" button sits in its top-right corner.
class ChartPanel : public QWidget
{
    Q_OBJECT
public:
    explicit ChartPanel(QWidget *parent = nullptr);

    void setChart(reports::prevalence::Chart chart);
    const reports::prevalence::Chart &chart() const { return m_chart; }
    QToolButton *saveButton() const { return m_saveButton; }
    /// Where the points and bars were drawn last (widget coordinates).
    const std::vector<reports::prevalence::ChartHit> &hits() const { return m_hits; }
    /// The bar or point at a position; nullptr when none.
    const reports::prevalence::ChartHit *hitAt(const QPointF &position) const;
    /// Draws the chart now (without showing it), so that hits() is current.
    void layOutNow();

    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;

Q_SIGNALS:
    /// A bar was clicked: its key ("14.03.01").
    void barClicked(const QString &key);
    void saveRequested();

protected:
    void paintEvent(QPaintEvent *event) override;
    void resizeEvent(QResizeEvent *event) override;
    void mouseMoveEvent(QMouseEvent *event) override;
    void mouseReleaseEvent(QMouseEvent *event) override;
    bool event(QEvent *event) override;

private:
    void draw(QPainter &painter);

    reports::prevalence::Chart m_chart;
    std::vector<reports::prevalence::ChartHit> m_hits;
    QToolButton *m_saveButton;
};

} // namespace konvergensi::gui

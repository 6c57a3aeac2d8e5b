// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#ifndef Q_MOC_RUN
#include "usecases/measurements/growth_chart.h"
#endif

#include <QDialog>
#include <QStringList>

#include <array>

class QBoxLayout;
class QChartView;
class QRadioButton;
class QTabWidget;
class QTableView;
class QTableWidget;

namespace konvergensi::gui {

class WorkspaceSession;

namespace measurements {

/// Growth charts of one measured child (issue 14, item 6): three tabs, TB/U (length/height-
/// for-age), BB/U (weight-for-age) and BB/TB (weight-for-length under 24 months or
/// weight-for-height from 24 months), each the WHO lines from -3 to +3 SD on bands coloured
/// as the KMS of the buku KIA (green between -2 and +2 SD, yellow to +-3 SD, red beyond) with
/// the child's measurements over the rounds joined by a line, and a table of the same points
/// with date, age, value, z-score and the Permenkes category. The title holds the child's
/// initials and sex, never the name.
class GrowthChartDialog : public QDialog
{
    Q_OBJECT
public:
    enum Tab { LengthTab, WeightTab, WeightForLengthTab };
    /// The columns of each tab's table.
    enum Column {
        RoundColumn,
        DateColumn,
        AgeColumn,
        WeightColumn,
        LengthColumn,
        PositionColumn,
        ZColumn,
        CategoryColumn,
        ColumnCount
    };

    GrowthChartDialog(usecases::measurements::GrowthChart chart, QWidget *parent = nullptr);

    /// Loads the child's chart and shows the dialog (modal); an error message when the
    /// child is gone.
    static void showFor(WorkspaceSession &session, qint64 childId, QWidget *parent);
    /// Adds the "Grafik pertumbuhan" button (objectName growthChartButton) to `buttons` of a
    /// page whose `children` view lists children by id (KeyRole), and opens the chart from it
    /// and by a double-click on a child.
    static void attach(WorkspaceSession &session, QTableView *children, QBoxLayout *buttons);

    QTabWidget *tabs() const { return m_tabs; }
    QChartView *chartView(Tab tab) const { return m_views[tab]; }
    QTableWidget *pointTable(Tab tab) const { return m_tables[tab]; }
    /// The tooltip of the i-th point of a tab's chart, as shown when the mouse is over it.
    QString pointToolTip(Tab tab, int index) const { return m_toolTips[tab].value(index); }
    /// The third tab: weight-for-length (true) or weight-for-height.
    void showWeightForLength(bool onLength);
    bool showsWeightForLength() const { return m_onLength; }
    const usecases::measurements::GrowthChart &chart() const { return m_chart; }

private:
    void fill(Tab tab, const usecases::measurements::GrowthChartPanel &panel);

    usecases::measurements::GrowthChart m_chart;
    QTabWidget *m_tabs;
    std::array<QChartView *, 3> m_views{};
    std::array<QTableWidget *, 3> m_tables{};
    std::array<QStringList, 3> m_toolTips;
    QRadioButton *m_lengthRadio;
    QRadioButton *m_heightRadio;
    bool m_onLength = true;
};

} // namespace measurements
} // namespace konvergensi::gui

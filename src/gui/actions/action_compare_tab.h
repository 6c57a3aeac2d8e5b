// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QWidget>

#include <vector>

class QComboBox;
class QTableView;

namespace konvergensi::gui {

class WorkspaceSession;
class YearComparisonModel;

/// Two years of convergence actions side by side, matched by each action's key.
class ActionCompareTab : public QWidget
{
    Q_OBJECT
public:
    explicit ActionCompareTab(WorkspaceSession &session, QWidget *parent = nullptr);

    /// Compares the last two of `years` (years with a checklist), or `year` with the one before
    /// when fewer than two years have one. Only years with a checklist can be chosen.
    void pickYears(const std::vector<int> &years, int year);
    void reload();
    YearComparisonModel *model() const { return m_model; }

private:
    WorkspaceSession &m_session;
    /// Fills both lists with the years that have a checklist, keeping the chosen years.
    void fillYears(const std::vector<int> &years);
    static void choose(QComboBox *box, int year);
    static int chosen(const QComboBox *box);

    QComboBox *m_first = nullptr;
    QComboBox *m_second = nullptr;
    YearComparisonModel *m_model = nullptr;
    QTableView *m_view = nullptr;
};

} // namespace konvergensi::gui

// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>
#include <QWidget>

#include <cstdint>

class QComboBox;
class QLabel;
class QPushButton;
class QSpinBox;
class QTabWidget;
class QTableView;

namespace konvergensi::gui {

class ActionBoardTab;
class ActionCard;
class ActionCompareTab;
class ActionDetailTab;
class ActionLineModel;
class ActionOutputModel;
class AttachmentsWidget;
class WorkspaceSession;
class YearComparisonModel;

/// The yearly convergence actions (8 Aksi Konvergensi, or the year's own catalogue): a board
/// of cards with a timeline of the due periods (ActionBoardTab), the detail of one action
/// (ActionDetailTab: outputs, evidence, meetings that served it, history), two years side by
/// side (ActionCompareTab), and the printed action-progress report (print preview, PDF) and
/// the XLSX checklist. The page only shows and asks: the work is in usecases::actions. It
/// reloads on Topic::Actions (and the directory, meetings, documents and settings it shows)
/// when visible, else when next shown.
class ActionsPage : public QWidget
{
    Q_OBJECT
public:
    explicit ActionsPage(WorkspaceSession &session, QWidget *parent = nullptr);

    int year() const;
    /// Shows a year; when it has no checklist yet, offers to start it.
    void showYear(int year);
    /// Starts the shown year's checklist (copying the previous year's catalogue, or the
    /// built-in one).
    void startYear();
    void reload();

    /// Shows an action on the detail tab.
    void selectAction(std::int64_t actionId);
    void selectOutput(int row);

    /// Builds the report in the background and shows it in the print preview.
    void printReport();
    /// Asks where, then writes the report as PDF in the background; the path written or empty.
    QString exportPdf();
    /// Asks where, then writes the checklist workbook in the background.
    QString exportXlsx();

    ActionCard *card(const QString &key) const;
    QTabWidget *tabs() const { return m_tabs; }
    ActionDetailTab *detailTab() const { return m_detail; }
    QTableView *outputView() const;
    ActionOutputModel *outputModel() const;
    YearComparisonModel *comparisonModel() const;
    QLabel *yearProgressLabel() const { return m_yearProgress; }
    AttachmentsWidget *evidence() const;
    ActionLineModel *historyModel() const;
    ActionLineModel *meetingModel() const;

private:
    void pickYears();
    void reloadBoard();
    int paper() const;

    WorkspaceSession &m_session;
    QSpinBox *m_yearSpin = nullptr;
    QPushButton *m_startButton = nullptr;
    QComboBox *m_paperCombo = nullptr;
    QPushButton *m_printButton = nullptr;
    QPushButton *m_pdfButton = nullptr;
    QPushButton *m_xlsxButton = nullptr;
    QLabel *m_yearProgress = nullptr;
    QTabWidget *m_tabs = nullptr;
    ActionBoardTab *m_board = nullptr;
    ActionDetailTab *m_detail = nullptr;
    ActionCompareTab *m_compare = nullptr;
};

} // namespace konvergensi::gui

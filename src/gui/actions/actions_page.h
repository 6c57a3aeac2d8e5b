// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>
#include <QWidget>

#include <cstdint>
#include <map>

class QComboBox;
class QGridLayout;
class QLabel;
class QListWidget;
class QPushButton;
class QSpinBox;
class QTabWidget;
class QTableView;

namespace konvergensi::gui {

class ActionCard;
class ActionOutputModel;
class ActionTimeline;
class WorkspaceSession;
class YearComparisonModel;

/// The yearly convergence actions (8 Aksi Konvergensi, or the year's own catalogue): a board
/// of cards with a timeline of the due periods, the detail of one action (outputs, evidence,
/// meetings that served it, history), two years side by side, and the printed
/// action-progress report (print preview, PDF) and the XLSX checklist.
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
    void markOutputDone();
    void editOutput();
    void addOutput();
    void removeOutput();
    void addEvidence();
    void openEvidence();
    void removeEvidence();
    void editAction();

    void printReport();
    void exportPdf();
    void exportXlsx();
    void compareYears();

    ActionCard *card(const QString &key) const;
    QTabWidget *tabs() const { return m_tabs; }
    QTableView *outputView() const { return m_outputView; }
    ActionOutputModel *outputModel() const { return m_outputModel; }
    YearComparisonModel *comparisonModel() const { return m_comparisonModel; }
    QLabel *yearProgressLabel() const { return m_yearProgress; }
    QListWidget *evidenceList() const { return m_evidenceList; }
    QListWidget *historyList() const { return m_historyList; }
    QListWidget *meetingList() const { return m_meetingList; }

private:
    QWidget *buildBoardTab();
    QWidget *buildDetailTab();
    QWidget *buildCompareTab();
    void pickYears();
    void rebuildBoard();
    void reloadDetail();
    void reloadEvidence();
    void updateButtons();
    std::int64_t currentActionId() const;
    std::int64_t currentOutputId() const;
    void saveOutput(const QString &title, bool markDone);

    WorkspaceSession &m_session;
    QSpinBox *m_yearSpin = nullptr;
    QPushButton *m_startButton = nullptr;
    QComboBox *m_paperCombo = nullptr;
    QPushButton *m_printButton = nullptr;
    QPushButton *m_pdfButton = nullptr;
    QPushButton *m_xlsxButton = nullptr;
    QLabel *m_yearProgress = nullptr;
    QTabWidget *m_tabs = nullptr;

    // Board.
    QLabel *m_emptyLabel = nullptr;
    QWidget *m_cardsHost = nullptr;
    QGridLayout *m_cardsLayout = nullptr;
    std::map<QString, ActionCard *> m_cards;
    ActionTimeline *m_timeline = nullptr;

    // Detail.
    QComboBox *m_actionCombo = nullptr;
    QLabel *m_actionInfo = nullptr;
    QTableView *m_outputView = nullptr;
    ActionOutputModel *m_outputModel = nullptr;
    QPushButton *m_markDoneButton = nullptr;
    QPushButton *m_editOutputButton = nullptr;
    QPushButton *m_addOutputButton = nullptr;
    QPushButton *m_removeOutputButton = nullptr;
    QPushButton *m_editActionButton = nullptr;
    QListWidget *m_evidenceList = nullptr;
    QPushButton *m_addEvidenceButton = nullptr;
    QPushButton *m_openEvidenceButton = nullptr;
    QPushButton *m_removeEvidenceButton = nullptr;
    QListWidget *m_meetingList = nullptr;
    QListWidget *m_historyList = nullptr;

    // Comparison.
    QSpinBox *m_compareFirst = nullptr;
    QSpinBox *m_compareSecond = nullptr;
    YearComparisonModel *m_comparisonModel = nullptr;
    QTableView *m_compareView = nullptr;
};

} // namespace konvergensi::gui

// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>
#include <QWidget>

#ifndef Q_MOC_RUN
#include "core/locus/locus_scorecard.h"
#include "core/locus/locus_scoring.h"
#endif

#include <map>
#include <string>
#include <vector>

class QCheckBox;
class QComboBox;
class QDateEdit;
class QDoubleSpinBox;
class QLabel;
class QLineEdit;
class QListWidget;
class QPushButton;
class QSpinBox;
class QStandardItemModel;
class QTabWidget;
class QTableView;

namespace konvergensi::gui {

class WorkspaceSession;

/// Desa lokus: a year's locus villages with the reason and numbers behind each and the
/// regent's decree (with the decree document); a proposal that ranks every village of the
/// district by adjustable weights, from which the user takes the top N and adds or leaves
/// out villages by hand with a reason; two years compared; a village's profile (locus
/// history, KPM, scorecards, APBDes); imports, the printed decree attachment and exports.
class LocusPage : public QWidget
{
    Q_OBJECT
public:
    explicit LocusPage(WorkspaceSession &session, QWidget *parent = nullptr);

    int year() const;
    void setYear(int year);
    void reload();

    // List tab.
    void saveDecree();
    void attachDecreeDocument();
    void openDecreeDocument();
    void removeSelectedVillage();
    /// Opens the selected entry's reason and numbers in a dialog and saves them.
    void editSelectedEntry();
    void moveSelectedVillage(int direction);
    void importList();
    void importScorecards();
    void printList();
    /// Asks for a file name (Dialogs) and writes the decree attachment as PDF.
    void exportPdf();
    void exportXlsx();
    void exportCsv();
    // The scorecard summary of the page's year.
    void printScorecardSummary();
    void exportScorecardPdf();
    void exportScorecardXlsx();
    void exportScorecardCsv();

    // Proposal tab.
    void recomputeProposal();
    /// Adds the selected village of the ranking by hand, with the reason typed.
    void addSelectedByHand();
    /// Leaves the selected village of the top N out, with the reason typed.
    void leaveOutSelected();
    void clearSelectedChoice();
    /// Saves the proposal (top N with the choices by hand) as the year's list.
    void saveProposal();

    // Compare and village tabs.
    void compareYears();
    void showVillage(const QString &code);
    /// Scorecards of the village shown: a new one (of the page's year, starting from the
    /// standard indicators), the one of the chosen year edited or removed.
    void newScorecard();
    void editScorecard();
    void removeScorecard();
    QComboBox *villageCombo() const { return m_villageCombo; }
    QComboBox *scorecardYearCombo() const { return m_scorecardYearCombo; }
    QLabel *scorecardLabel() const { return m_scorecardLabel; }

    QTabWidget *tabs() const { return m_tabs; }
    QStandardItemModel *listModel() const { return m_listModel; }
    QStandardItemModel *proposalModel() const { return m_proposalModel; }
    QStandardItemModel *compareModel() const { return m_compareModel; }
    QStandardItemModel *kecamatanModel() const { return m_kecamatanModel; }
    QStandardItemModel *scorecardModel() const { return m_scorecardModel; }
    QTableView *proposalView() const { return m_proposalView; }
    QTableView *listView() const { return m_listView; }

private:
    QWidget *buildListTab();
    QWidget *buildProposalTab();
    QWidget *buildCompareTab();
    QWidget *buildVillageTab();
    void reloadList();
    void reloadVillages();
    void reloadScorecard();
    /// Shows the scorecard dialog until its scorecard saves or the user cancels.
    void runScorecardDialog(const core::Scorecard &card, bool isNew);
    void fillProposalModel();
    QString selectedProposalCode() const;
    QString villageLabel(const std::string &code) const;
    QString kecamatanLabel(const std::string &code) const;

    WorkspaceSession &m_session;
    QSpinBox *m_yearSpin = nullptr;
    QComboBox *m_paperCombo = nullptr;
    QLabel *m_summaryLabel = nullptr;
    QTabWidget *m_tabs = nullptr;

    // List.
    QStandardItemModel *m_listModel = nullptr;
    QTableView *m_listView = nullptr;
    QLineEdit *m_decreeNumberEdit = nullptr;
    QCheckBox *m_decreeDatedCheck = nullptr;
    QDateEdit *m_decreeDateEdit = nullptr;
    QLineEdit *m_decreeSignedByEdit = nullptr;
    QListWidget *m_decreeDocuments = nullptr;
    int m_decreeRowVersion = 0;

    // Proposal.
    QDoubleSpinBox *m_weightPrevalence = nullptr;
    QDoubleSpinBox *m_weightStunted = nullptr;
    QDoubleSpinBox *m_weightGap = nullptr;
    QDoubleSpinBox *m_weightPoverty = nullptr;
    QSpinBox *m_dataYearSpin = nullptr;
    QSpinBox *m_topNSpin = nullptr;
    QLineEdit *m_reasonEdit = nullptr;
    QLabel *m_proposalLabel = nullptr;
    QStandardItemModel *m_proposalModel = nullptr;
    QTableView *m_proposalView = nullptr;
#ifndef Q_MOC_RUN
    std::vector<core::RankedVillage> m_ranking;
#endif
    std::map<std::string, std::string> m_added;   ///< code -> reason
    std::map<std::string, std::string> m_removed; ///< code -> reason

    // Compare.
    QSpinBox *m_compareFrom = nullptr;
    QSpinBox *m_compareTo = nullptr;
    QStandardItemModel *m_compareModel = nullptr;
    QStandardItemModel *m_kecamatanModel = nullptr;
    QLabel *m_movementLabel = nullptr;

    // Village.
    QComboBox *m_villageCombo = nullptr;
    QListWidget *m_historyList = nullptr;
    QLineEdit *m_kpmNameEdit = nullptr;
    QLineEdit *m_kpmPhoneEdit = nullptr;
    QCheckBox *m_kpmSinceCheck = nullptr;
    QDateEdit *m_kpmSinceEdit = nullptr;
    int m_kpmRowVersion = 0;
    QComboBox *m_scorecardYearCombo = nullptr;
    QStandardItemModel *m_scorecardModel = nullptr;
    QLabel *m_scorecardLabel = nullptr;
    QPushButton *m_editScorecardButton = nullptr;
    QPushButton *m_removeScorecardButton = nullptr;
    std::map<std::string, QString> m_names; ///< region code -> name
};

} // namespace konvergensi::gui

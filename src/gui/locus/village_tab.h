// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#ifndef Q_MOC_RUN
#include "core/locus/locus_scorecard.h"
#include "reports/report_document.h"
#endif

#include <QWidget>

#include <optional>

class QComboBox;
class QGroupBox;
class QLabel;
class QPushButton;
class QTableView;

namespace konvergensi::gui {
class ReloadWhenShown;
class WorkspaceSession;
} // namespace konvergensi::gui

namespace konvergensi::gui::locus {

class LocusHistoryModel;
class ScorecardIndicatorModel;

/// One village's profile (usecases::locus::loadVillageProfile): every year it was a locus
/// village, its KPM (KpmDialog), and its convergence scorecards of each year with their
/// coverage and APBDes allocation (ScorecardDialog: new, edit, remove). Opens on a locus
/// village of the page's year. The year's scorecard summary of every village is printed or
/// saved from here.
class VillageTab : public QWidget
{
    Q_OBJECT
public:
    VillageTab(WorkspaceSession &session, QWidget *parent = nullptr);

    /// The page's year: new scorecards start in it, the summary is of it, and the profile
    /// moves to a locus village of it unless the user chose a village.
    void setYear(int year);
    void setPaper(reports::Paper paper) { m_paper = paper; }
    void reload();
    /// Shows the village (a desa/kelurahan code) as if the user had chosen it.
    void showVillage(const QString &code);
    QString village() const;

    void newScorecard();
    void editScorecard();
    void removeScorecard();
    void editKpm();
    void printSummary();
    /// Asks where to save the year's scorecard summary and writes it (a FileFormat).
    void saveSummary(int format);

    QComboBox *villageCombo() const { return m_villageCombo; }
    QComboBox *scorecardYearCombo() const { return m_yearCombo; }
    QLabel *scorecardLabel() const { return m_scorecardLabel; }
    QLabel *kpmLabel() const { return m_kpmLabel; }
    LocusHistoryModel *historyModel() const { return m_historyModel; }
    ScorecardIndicatorModel *scorecardModel() const { return m_scorecardModel; }

private:
    void fillVillages();
    void showProfile();
    void showScorecard();
    std::optional<core::Scorecard> chosenScorecard() const;
    void runScorecardDialog(const core::Scorecard &card, bool isNew);

    WorkspaceSession &m_session;
    ReloadWhenShown *m_reloader = nullptr;
    int m_year = 0;
    reports::Paper m_paper = reports::Paper::A4;
    bool m_userChose = false;
    QString m_villageName;
    std::vector<core::Scorecard> m_scorecards;
    QComboBox *m_villageCombo;
    QGroupBox *m_historyBox;
    LocusHistoryModel *m_historyModel;
    QLabel *m_kpmLabel;
    QComboBox *m_yearCombo;
    QLabel *m_scorecardLabel;
    QPushButton *m_editButton;
    QPushButton *m_removeButton;
    ScorecardIndicatorModel *m_scorecardModel;
};

} // namespace konvergensi::gui::locus

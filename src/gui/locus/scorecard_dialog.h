// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#ifndef Q_MOC_RUN
#include "core/locus/locus_scorecard.h"
#endif

#include "gui/common/save_dialog.h"

#include <memory>

class QLabel;
class QLineEdit;
class QSpinBox;
class QTableView;

namespace Ui {
class ScorecardDialog;
}

namespace konvergensi::gui {
class WorkspaceSession;
}

namespace konvergensi::gui::locus {

class ScorecardEditModel;

/// A village's convergence scorecard for one year: for each indicator its service package,
/// name, target and achieved count (coverage follows as typed; a ScorecardEditModel in
/// a table view, the package chosen in a combo box), the village-budget (APBDes)
/// allocation for stunting and a note. A new scorecard may start from the national standard
/// indicators. Save checks the scorecard's rules and names those broken; the dialog stays
/// open for the fix (usecases::locus::saveScorecard). The form is ui/locus_scorecard_dialog.ui.
class ScorecardDialog : public SaveDialog
{
    Q_OBJECT
public:
    /// `isNew` lets the user choose the year; an existing scorecard keeps its year.
    ScorecardDialog(WorkspaceSession &session, const core::Scorecard &scorecard,
                    const QString &villageName, bool isNew, QWidget *parent = nullptr);
    ~ScorecardDialog() override;

    /// The scorecard as last saved (or as given).
    const core::Scorecard &scorecard() const { return m_scorecard; }

    void addIndicator();
    void removeSelectedIndicator();
    /// Appends the standard indicators that the table does not hold yet.
    void addStandardIndicators();

    QTableView *table() const { return m_table; }
    ScorecardEditModel *model() const { return m_model; }

protected:
    QString save() override;
    bool reloadStored() override;

private:
    void fill(const core::Scorecard &scorecard);
    /// Opens the package combo boxes of rows `first` to `last`.
    void openPackageEditors(int first, int last);
    void refreshCoverage();
    /// Reads the form; false with `problem` set when a field is not a number.
    bool read(core::Scorecard &card, QString &problem) const;

    std::unique_ptr<Ui::ScorecardDialog> m_ui;
    WorkspaceSession &m_session;
    core::Scorecard m_scorecard;
    bool m_isNew = false;
    QSpinBox *m_yearSpin = nullptr;
    QTableView *m_table = nullptr;
    ScorecardEditModel *m_model = nullptr;
    QLineEdit *m_apbdesEdit = nullptr;
    QLineEdit *m_noteEdit = nullptr;
    QLabel *m_coverageLabel = nullptr;
};

} // namespace konvergensi::gui::locus

// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "gui/common/unsaved_work.h"

#ifndef Q_MOC_RUN
#include "core/locus/locus_choices.h"
#include "usecases/locus/locus_proposal.h"
#endif

#include <QWidget>

#include <map>

class QDoubleSpinBox;
class QLabel;
class QLineEdit;
class QSpinBox;
class QTableView;

namespace konvergensi::gui {
class ReloadWhenShown;
class WorkspaceSession;
} // namespace konvergensi::gui

namespace konvergensi::gui::locus {

class ProposalModel;

/// The proposal of a year's list (usecases::locus::LocusProposal): every village of the
/// district ranked by weights the user sets (remembered across restarts), the top N taken,
/// villages added or left out by hand with a reason, and the result saved as the year's
/// list. Choices by hand not saved yet are unsaved work: quitting asks about them.
class ProposalTab : public QWidget, public UnsavedWork
{
    Q_OBJECT
public:
    ProposalTab(WorkspaceSession &session, QWidget *parent = nullptr);

    void setYear(int year);
    int year() const { return m_proposal.year(); }
    /// Reads the candidates again (the data changed) and ranks them.
    void reload();

    /// Adds the selected village of the ranking by hand, with the reason typed.
    void addSelectedByHand();
    /// Leaves the selected village of the top N out, with the reason typed.
    void leaveOutSelected();
    void clearSelectedChoice();
    /// Saves the proposal as the year's list, asking before replacing a list held.
    bool saveProposal();

    const usecases::locus::LocusProposal &proposal() const { return m_proposal; }
    ProposalModel *model() const { return m_model; }
    QTableView *view() const { return m_view; }

    bool hasUnsavedChanges() const override;
    QString unsavedWorkTitle() const override;
    bool saveUnsavedWork() override;
    void discardUnsavedWork() override;

Q_SIGNALS:
    /// The proposal was saved as the year's list.
    void saved();

private:
    void rerank();
    void refresh();
    void weightsChanged();
    /// Says what a choice did when it did nothing or needs something.
    void explain(core::LocusChoices::Outcome outcome);
    bool store();

    WorkspaceSession &m_session;
    ReloadWhenShown *m_reloader = nullptr;
    usecases::locus::LocusProposal m_proposal;
    std::map<core::RegionCode, QString> m_kecamatanNames;
    QDoubleSpinBox *m_weightPrevalence;
    QDoubleSpinBox *m_weightStunted;
    QDoubleSpinBox *m_weightGap;
    QDoubleSpinBox *m_weightPoverty;
    QSpinBox *m_dataYearSpin;
    QSpinBox *m_topNSpin;
    QLineEdit *m_reasonEdit;
    QLabel *m_label;
    ProposalModel *m_model;
    QTableView *m_view;
    QString m_problem; ///< why nothing could be ranked
};

} // namespace konvergensi::gui::locus

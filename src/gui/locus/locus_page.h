// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#ifndef Q_MOC_RUN
#include "reports/report_document.h"
#endif

#include <QWidget>

class QComboBox;
class QLabel;
class QSpinBox;
class QTabWidget;

namespace konvergensi::gui {
class ReloadWhenShown;
class WorkspaceSession;
} // namespace konvergensi::gui

namespace konvergensi::gui::locus {

class CompareTab;
class LocusListTab;
class ProposalTab;
class VillageTab;

/// Desa lokus: the year chosen at the top and four tabs: the year's list with its decree,
/// the proposal that ranks every village, two years compared, and a village's profile. The
/// page only composes; each tab shows and asks, the work is done by usecases/locus.
class LocusPage : public QWidget
{
    Q_OBJECT
public:
    explicit LocusPage(WorkspaceSession &session, QWidget *parent = nullptr);

    int year() const;
    void setYear(int year);
    reports::Paper paper() const;
    /// Reads everything again now (the tabs that are hidden included).
    void reload();

    QTabWidget *tabs() const { return m_tabs; }
    LocusListTab *listTab() const { return m_listTab; }
    ProposalTab *proposalTab() const { return m_proposalTab; }
    CompareTab *compareTab() const { return m_compareTab; }
    VillageTab *villageTab() const { return m_villageTab; }

private:
    /// The newest year with a list (or this year), and the comparison of it with the one
    /// before: what the page shows first in a workspace.
    void startYears();
    void yearChanged();
    /// "23 villages in 6 kecamatan", or what to do when the year has no list.
    void showSummary();

    WorkspaceSession &m_session;
    ReloadWhenShown *m_reloader = nullptr;
    QSpinBox *m_yearSpin;
    QComboBox *m_paperCombo;
    QLabel *m_summaryLabel;
    QTabWidget *m_tabs;
    LocusListTab *m_listTab;
    ProposalTab *m_proposalTab;
    CompareTab *m_compareTab;
    VillageTab *m_villageTab;
};

} // namespace konvergensi::gui::locus

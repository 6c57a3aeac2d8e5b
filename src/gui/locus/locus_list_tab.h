// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#ifndef Q_MOC_RUN
#include "reports/report_document.h"
#endif

#include <QWidget>

class QLabel;
class QPushButton;
class QTableView;

namespace konvergensi::gui {
class ReloadWhenShown;
class WorkspaceSession;
} // namespace konvergensi::gui

namespace konvergensi::gui::locus {

class LocusListModel;

/// The year's locus list: each village with the reason and numbers behind it (edited in
/// LocusEntryDialog), moved up or down or removed; imports of a list or of scorecards; the
/// regent's decree with its documents (DecreeDialog); the list printed as the decree's
/// attachment or saved as PDF, XLSX or CSV.
class LocusListTab : public QWidget
{
    Q_OBJECT
public:
    LocusListTab(WorkspaceSession &session, QWidget *parent = nullptr);

    void setYear(int year);
    int year() const { return m_year; }
    void setPaper(reports::Paper paper) { m_paper = paper; }
    /// Reads the list again (at once when shown, else when next shown).
    void reload();

    void editSelectedEntry();
    void removeSelectedVillage();
    void moveSelectedVillage(int direction);
    void importList();
    void importScorecards();
    void editDecree();
    void printList();
    /// Asks where to save and writes the list: the attachment as PDF, or XLSX, or CSV.
    void saveList(int format);

    LocusListModel *model() const { return m_model; }
    QTableView *view() const { return m_view; }

private:
    WorkspaceSession &m_session;
    ReloadWhenShown *m_reloader = nullptr;
    int m_year = 0;
    reports::Paper m_paper = reports::Paper::A4;
    LocusListModel *m_model;
    QTableView *m_view;
    QLabel *m_decreeLabel;
    QPushButton *m_upButton;
    QPushButton *m_downButton;
    QPushButton *m_editButton;
    QPushButton *m_removeButton;
};

} // namespace konvergensi::gui::locus

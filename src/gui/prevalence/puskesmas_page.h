// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QWidget>

class QLabel;
class QPushButton;
class QTableView;

namespace konvergensi::gui {

class PuskesmasTableModel;
class WorkspaceSession;

/// The district's puskesmas (on the Regions page, beside the OPD directory): code, name,
/// kecamatan and number of desa served; add and edit in PuskesmasDialog; remove after a
/// question (refused with the reason while figures are recorded for the puskesmas). A line
/// above the list says how many desa no puskesmas serves yet.
class PuskesmasPage : public QWidget
{
    Q_OBJECT
public:
    explicit PuskesmasPage(WorkspaceSession &session, QWidget *parent = nullptr);

    void reload();
    void addPuskesmas();
    void editPuskesmas();
    void removePuskesmas();
    /// Selects the row of a puskesmas code.
    void selectPuskesmas(const QString &code);

    QTableView *tableView() const { return m_view; }
    PuskesmasTableModel *model() const { return m_model; }
    QLabel *summaryLabel() const { return m_summaryLabel; }

private:
    QString currentCode() const;
    void updateButtons();

    WorkspaceSession &m_session;
    QTableView *m_view = nullptr;
    PuskesmasTableModel *m_model = nullptr;
    QLabel *m_summaryLabel = nullptr;
    QPushButton *m_addButton = nullptr;
    QPushButton *m_editButton = nullptr;
    QPushButton *m_removeButton = nullptr;
};

} // namespace konvergensi::gui

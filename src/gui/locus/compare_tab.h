// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QWidget>

class QLabel;
class QSpinBox;
class QTableView;

namespace konvergensi::gui {
class ReloadWhenShown;
class WorkspaceSession;
} // namespace konvergensi::gui

namespace konvergensi::gui::locus {

class ComparisonModel;
class KecamatanCountModel;

/// Two years' lists side by side (usecases::locus::compareYears): the villages added, kept
/// and removed, the count per kecamatan, and how the prevalence of the earlier year's locus
/// villages moved against the rest of the district, naming the figures' source and period.
class CompareTab : public QWidget
{
    Q_OBJECT
public:
    CompareTab(WorkspaceSession &session, QWidget *parent = nullptr);

    void setYears(int from, int to);
    void reload();

    ComparisonModel *model() const { return m_model; }
    KecamatanCountModel *kecamatanModel() const { return m_kecamatanModel; }
    QLabel *movementLabel() const { return m_movementLabel; }

private:
    WorkspaceSession &m_session;
    ReloadWhenShown *m_reloader = nullptr;
    QSpinBox *m_fromSpin;
    QSpinBox *m_toSpin;
    QLabel *m_countsLabel;
    QLabel *m_movementLabel;
    ComparisonModel *m_model;
    KecamatanCountModel *m_kecamatanModel;
    QTableView *m_view;
    QTableView *m_kecamatanView;
};

} // namespace konvergensi::gui::locus

// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#ifndef Q_MOC_RUN
#include "core/prevalence/prevalence.h"
#include "io/prevalence/prevalence_import.h"
#endif

#include <QDialog>

#include <optional>
#include <vector>

class QComboBox;
class QLineEdit;
class QSpinBox;
class QTableWidget;

namespace konvergensi::gui {

class WorkspaceSession;

/// Enter one figure by hand: area, year, round, source, indicator, and either children
/// measured and cases or the published rate. Saving a figure whose key is held already
/// shows both figures side by side and asks before replacing.
class ObservationDialog : public QDialog
{
    Q_OBJECT
public:
    ObservationDialog(WorkspaceSession &session, QWidget *parent = nullptr);

    void accept() override;

private:
    std::optional<core::PrevalenceObservation> read(QString &problem) const;

    WorkspaceSession &m_session;
    QComboBox *m_areaCombo = nullptr;
    QSpinBox *m_yearSpin = nullptr;
    QComboBox *m_roundCombo = nullptr;
    QComboBox *m_sourceCombo = nullptr;
    QComboBox *m_indicatorCombo = nullptr;
    QLineEdit *m_measuredEdit = nullptr;
    QLineEdit *m_casesEdit = nullptr;
    QLineEdit *m_rateEdit = nullptr;
    QLineEdit *m_eligibleEdit = nullptr;
    QLineEdit *m_noteEdit = nullptr;
};

/// The figures of an import that differ from the held ones, side by side. Accepting means
/// "replace the held figures".
class ConflictDialog : public QDialog
{
    Q_OBJECT
public:
    ConflictDialog(const std::vector<io::PrevalenceConflict> &conflicts, int added,
                   QWidget *parent = nullptr);
    QTableWidget *table() const { return m_table; }

private:
    QTableWidget *m_table = nullptr;
};

/// The prevalence targets: the national one and the district's yearly targets.
class TargetsDialog : public QDialog
{
    Q_OBJECT
public:
    TargetsDialog(WorkspaceSession &session, QWidget *parent = nullptr);

    void reload();
    void addTarget();
    void removeSelected();

private:
    WorkspaceSession &m_session;
    QTableWidget *m_table = nullptr;
    QComboBox *m_areaCombo = nullptr;
    QSpinBox *m_yearSpin = nullptr;
    QLineEdit *m_percentEdit = nullptr;
    std::vector<core::PrevalenceTarget> m_targets;
};

/// Translated names for the UI.
QString sourceName(core::PrevalenceSource source);
QString roundName(core::PrevalenceRound round);
QString indicatorName(core::PrevalenceIndicator indicator);
/// "Agustus 2023", "2022 (survei)".
QString periodName(int year, core::PrevalenceRound round);
/// A figure in words: "17 of 210 measured, 8.1 %".
QString figureSummary(const core::PrevalenceObservation &observation);

} // namespace konvergensi::gui

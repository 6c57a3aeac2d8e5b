// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#ifndef Q_MOC_RUN
#include "core/measurements/measurement_summary.h"
#include "storage/measurements/measurement_repository.h"
#endif

#include <QString>
#include <QWidget>

#include <vector>

class QComboBox;
class QLabel;
class QPushButton;
class QSortFilterProxyModel;
class QTabWidget;
class QTableView;

namespace konvergensi::gui {

class WorkspaceSession;

namespace measurements {

class AreaTableModel;
class ChildTableModel;
class FollowUpPanel;
class TargetDataPanel;
class DataQualityPanel;
class RoundTableModel;

/// Pengukuran Balita (issue 14): the weighing rounds imported from e-PPGBM with their district
/// figures; a round's areas, from the kecamatan down to the desa and their posyandu (or per
/// puskesmas), for one status with the WHO judgement beside e-PPGBM's own statuses and the
/// children the two judge differently; the children of the chosen area by initials, their
/// identity only on request (asked, logged); the import wizard.
class MeasurementsPage : public QWidget
{
    Q_OBJECT
public:
    enum class View { Regions, Puskesmas };

    explicit MeasurementsPage(WorkspaceSession &session, QWidget *parent = nullptr);

    void reload();
    /// Makes a round current ("2024-08"); false when the workspace holds none such.
    bool selectRound(const QString &period);
    QString currentRound() const { return m_period; }
    /// Shows the areas inside the one of a key (AreaTableModel::keyOf); false when it has no
    /// areas below it.
    bool drillInto(const QString &key);
    /// One level up (no-op at the top).
    void drillUp();
    /// Makes an area the current row of the area table; false when it is not shown.
    bool selectArea(const QString &key);
    QString currentAreaKey() const;
    /// Makes a child the current row of the child table; false when it is not listed.
    bool selectChild(qint64 childId);
    void setView(View view);
    /// Shows a place asked for by another page (the dashboard): "2024-08" (the round),
    /// optionally followed by "desa CODE" (that desa's posyandu) or "puskesmas" (the round per
    /// puskesmas), and "status stunted|wasted|overweight|underweight". False when the round or
    /// the desa is not there.
    bool openAt(const QString &location);
    void setStatus(core::measurements::Status status);
    /// "Tampilkan identitas": asks, logs and shows the current child's identity.
    void showIdentity();
    void startImport();
    /// "Ekspor daftar": the children listed as CSV, identities only when the user says so.
    void exportChildren();

    RoundTableModel *roundModel() const { return m_roundModel; }
    AreaTableModel *areaModel() const { return m_areaModel; }
    ChildTableModel *childModel() const { return m_childModel; }
    QTableView *roundView() const { return m_roundView; }
    QTableView *areaView() const { return m_areaView; }
    QTableView *childView() const { return m_childView; }
    FollowUpPanel *followUpPanel() const { return m_followUp; }
    TargetDataPanel *targetDataPanel() const { return m_targets; }
    QSortFilterProxyModel *areaProxy() const { return m_areaProxy; }
    QLabel *scopeLabel() const { return m_scopeLabel; }
    DataQualityPanel *qualityPanel() const { return m_qualityPanel; }

private:
    void loadRound();
    void showAreas();
    void showChildren();
    void updateButtons();
    std::vector<core::measurements::AreaSummary> areasOfScope() const;
    const core::measurements::AreaSummary *areaOf(const QString &key) const;
    bool hasAreasBelow(const core::measurements::AreaSummary &area) const;

    WorkspaceSession &m_session;
    QString m_period;
    View m_view = View::Regions;
    core::measurements::Status m_status = core::measurements::Status::Stunted;
    /// Keys of the areas drilled into (empty: the district's kecamatan or every puskesmas).
    QStringList m_path;
    std::vector<core::measurements::AreaSummary> m_summary;
    std::vector<storage::MeasuredChild> m_children;

    RoundTableModel *m_roundModel;
    AreaTableModel *m_areaModel;
    ChildTableModel *m_childModel;
    QSortFilterProxyModel *m_roundProxy;
    QSortFilterProxyModel *m_areaProxy;
    QSortFilterProxyModel *m_childProxy;
    QTableView *m_roundView;
    QTableView *m_areaView;
    QTableView *m_childView;
    QTabWidget *m_tabs;
    FollowUpPanel *m_followUp;
    TargetDataPanel *m_targets;
    DataQualityPanel *m_qualityPanel;
    QComboBox *m_statusCombo;
    QComboBox *m_viewCombo;
    QLabel *m_emptyLabel;
    QLabel *m_scopeLabel;
    QLabel *m_childrenLabel;
    QPushButton *m_upButton;
    QPushButton *m_publishButton;
    QPushButton *m_openButton;
    QPushButton *m_identityButton;
    QPushButton *m_exportButton;
};

} // namespace measurements
} // namespace konvergensi::gui

// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "gui/common/save_dialog.h"

#ifndef Q_MOC_RUN
#include "core/prevalence/prevalence.h"
#include "core/regions/region_tree.h"
#endif

#include <QAbstractTableModel>
#include <QDialog>

#include <memory>
#include <optional>
#include <vector>

namespace Ui {
class TargetDialog;
class TargetsDialog;
} // namespace Ui

namespace konvergensi::gui {

class WorkspaceSession;

/// The prevalence targets: area, year, indicator and percent, and a note. The built-in
/// national target (id 0) cannot be edited; rows keep their place by id across reloads.
class TargetTableModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column { AreaColumn, YearColumn, IndicatorColumn, PercentColumn, NoteColumn, ColumnCount };

    explicit TargetTableModel(QObject *parent = nullptr);

    /// The targets and the region tree for the names of their areas.
    void setTargets(std::vector<core::PrevalenceTarget> targets, core::RegionTree tree);
    const core::PrevalenceTarget *targetAt(int row) const;
    /// The row of a target id (0: the national target); -1 when it is not there.
    int rowOf(std::int64_t id) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

private:
    std::vector<core::PrevalenceTarget> m_rows;
    core::RegionTree m_tree;
};

/// Adds or edits one target (a .ui form on SaveDialog). A new one chooses the area (the
/// district or the national reference), year and indicator; a held one changes its percent
/// and note only.
class TargetDialog : public SaveDialog
{
    Q_OBJECT
public:
    TargetDialog(WorkspaceSession &session, std::optional<core::PrevalenceTarget> target,
                 QWidget *parent = nullptr);
    ~TargetDialog() override;

    const core::PrevalenceTarget &saved() const { return m_saved; }

protected:
    QString save() override;

private:
    WorkspaceSession &m_session;
    const std::unique_ptr<Ui::TargetDialog> m_ui;
    std::optional<core::PrevalenceTarget> m_target;
    core::PrevalenceTarget m_saved;
};

/// The list of targets with Add, Edit and Remove (each change is saved at once through the
/// use cases).
class TargetsDialog : public QDialog
{
    Q_OBJECT
public:
    explicit TargetsDialog(WorkspaceSession &session, QWidget *parent = nullptr);
    ~TargetsDialog() override;

    void reload();
    void addTarget();
    void editTarget();
    void removeSelected();
    TargetTableModel *model() const { return m_model; }
    /// Makes the row of a target id current.
    void selectTarget(std::int64_t id);

private:
    const core::PrevalenceTarget *current() const;
    void updateButtons();

    WorkspaceSession &m_session;
    const std::unique_ptr<Ui::TargetsDialog> m_ui;
    TargetTableModel *m_model;
};

} // namespace konvergensi::gui

// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "usecases/measurements/measurement_import.h"

#include <QDialog>

#include <memory>
#include <vector>

class QLabel;
class QTableWidget;

namespace Ui {
class RegionMappingDialog;
}

namespace konvergensi::gui {
class WorkspaceSession;

namespace measurements {

/// Tells which desa of the workspace the kecamatan/desa names of an e-PPGBM file mean, for
/// the names the import found no desa for (issue 14, item 1): one row per name pair with its
/// file rows and a choice among the workspace's desa (those of a kecamatan of the same name
/// first). OK remembers every pair given a desa (usecases::measurements::mapRegion), for this
/// file and the next, as `konvergensi-cli measurements map` does. The form is
/// ui/measurements_region_mapping_dialog.ui; the rows are the file's names.
class RegionMappingDialog : public QDialog
{
    Q_OBJECT
public:
    RegionMappingDialog(WorkspaceSession &session,
                        std::vector<usecases::measurements::UnmatchedRegion> unmatched,
                        QWidget *parent = nullptr);
    ~RegionMappingDialog() override;

    QTableWidget *table() const { return m_table; }
    /// How many pairs were mapped by OK.
    int mapped() const { return m_mapped; }

    void accept() override;

private:
    std::unique_ptr<Ui::RegionMappingDialog> m_ui;
    WorkspaceSession &m_session;
    std::vector<usecases::measurements::UnmatchedRegion> m_unmatched;
    QTableWidget *m_table = nullptr;
    QLabel *m_error = nullptr;
    int m_mapped = 0;
};

} // namespace measurements
} // namespace konvergensi::gui

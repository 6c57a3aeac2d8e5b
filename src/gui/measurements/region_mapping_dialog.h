// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "usecases/measurements/measurement_import.h"

#include <QDialog>

#include <vector>

class QLabel;
class QTableWidget;

namespace konvergensi::gui {
class WorkspaceSession;

namespace measurements {

/// Tells which desa of the workspace the kecamatan/desa names of an e-PPGBM file mean, for
/// the names the import found no desa for (issue 14, item 1): one row per name pair with its
/// file rows and a choice among the workspace's desa (those of a kecamatan of the same name
/// first). OK remembers every pair given a desa (usecases::measurements::mapRegion), for this
/// file and the next, as `konvergensi-cli measurements map` does.
class RegionMappingDialog : public QDialog
{
    Q_OBJECT
public:
    RegionMappingDialog(WorkspaceSession &session,
                        std::vector<usecases::measurements::UnmatchedRegion> unmatched,
                        QWidget *parent = nullptr);

    QTableWidget *table() const { return m_table; }
    /// How many pairs were mapped by OK.
    int mapped() const { return m_mapped; }

    void accept() override;

private:
    WorkspaceSession &m_session;
    std::vector<usecases::measurements::UnmatchedRegion> m_unmatched;
    QTableWidget *m_table;
    QLabel *m_error;
    int m_mapped = 0;
};

} // namespace measurements
} // namespace konvergensi::gui

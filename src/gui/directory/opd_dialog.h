// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/directory/opd.h"

#include <QDialog>

#include <memory>

namespace Ui {
class OpdDialog;
}

namespace konvergensi::gui {

/// Adds or edits one OPD. Checks the fields before it closes.
class OpdDialog : public QDialog
{
    Q_OBJECT
public:
    explicit OpdDialog(const core::Opd &opd, QWidget *parent = nullptr);
    ~OpdDialog() override;

    /// The OPD as edited (id and row version kept from the one given).
    core::Opd opd() const;
    void accept() override;

private:
    const std::unique_ptr<Ui::OpdDialog> m_ui;
    core::Opd m_opd;
};

/// Plain-words message for a directory problem.
QString describeProblem(core::DirectoryProblem problem);

} // namespace konvergensi::gui

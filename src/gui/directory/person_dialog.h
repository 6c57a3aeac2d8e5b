// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/directory/opd.h"

#include <QDialog>

#include <memory>
#include <vector>

namespace Ui {
class PersonDialog;
}

namespace konvergensi::gui {

/// Adds or edits a person of an OPD.
class PersonDialog : public QDialog
{
    Q_OBJECT
public:
    PersonDialog(const core::Person &person, const std::vector<core::Opd> &opds,
                 QWidget *parent = nullptr);
    ~PersonDialog() override;

    core::Person person() const;
    void accept() override;

private:
    const std::unique_ptr<Ui::PersonDialog> m_ui;
    core::Person m_person;
};

} // namespace konvergensi::gui

// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDialog>

#include <memory>

namespace Ui {
class AboutDialog;
}

namespace konvergensi::gui {

/// Bantuan → Tentang: the program's name and version, what it is for, its licence
/// (GPL-3.0-or-later) and the sources it builds on (WHO growth standards, region codes).
/// The form is ui/about_dialog.ui; the text is put together here (version, Qt version).
class AboutDialog : public QDialog
{
    Q_OBJECT
public:
    explicit AboutDialog(QWidget *parent = nullptr);
    ~AboutDialog() override;

    /// The text shown (rich text), for tests.
    QString text() const;

private:
    std::unique_ptr<Ui::AboutDialog> m_ui;
    QString m_text;
};

} // namespace konvergensi::gui

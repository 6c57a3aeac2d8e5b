// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDialog>

#include <memory>

class QTextBrowser;

namespace Ui {
class UserGuideDialog;
}

namespace konvergensi::gui {

/// Bantuan → Panduan pengguna: the user guide (docs/panduan-pengguna.md and its pictures,
/// embedded in the program at :/guide) shown in a browser window, so it works from the build
/// folder and from an installed package alike. The form is ui/user_guide_dialog.ui.
class UserGuideDialog : public QDialog
{
    Q_OBJECT
public:
    /// Where the guide is embedded.
    static QString guideUrl();

    explicit UserGuideDialog(QWidget *parent = nullptr);
    ~UserGuideDialog() override;

    QTextBrowser *browser() const;

private:
    std::unique_ptr<Ui::UserGuideDialog> m_ui;
};

} // namespace konvergensi::gui

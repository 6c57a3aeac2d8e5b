// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDialog>

class QTextBrowser;

namespace konvergensi::gui {

/// Bantuan → Panduan pengguna: the user guide (docs/panduan-pengguna.md and its pictures,
/// embedded in the program at :/guide) shown in a browser window, so it works from the build
/// folder and from an installed package alike.
class UserGuideDialog : public QDialog
{
    Q_OBJECT
public:
    /// Where the guide is embedded.
    static QString guideUrl();

    explicit UserGuideDialog(QWidget *parent = nullptr);

    QTextBrowser *browser() const { return m_browser; }

private:
    QTextBrowser *m_browser = nullptr;
};

} // namespace konvergensi::gui

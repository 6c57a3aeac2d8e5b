// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDialog>

namespace konvergensi::gui {

/// Bantuan → Tentang: the program's name and version, what it is for, its licence
/// (GPL-3.0-or-later) and the sources it builds on (WHO growth standards, region codes).
class AboutDialog : public QDialog
{
    Q_OBJECT
public:
    explicit AboutDialog(QWidget *parent = nullptr);

    /// The text shown (rich text), for tests.
    QString text() const;

private:
    QString m_text;
};

} // namespace konvergensi::gui

// SPDX-License-Identifier: GPL-3.0-or-later
#include "gui/help/about_dialog.h"

#include "ui_about_dialog.h"

#include <QApplication>
#include <QDialogButtonBox>
#include <QIcon>
#include <QLabel>
#include <QPushButton>

namespace konvergensi::gui {

AboutDialog::AboutDialog(QWidget *parent)
    : QDialog(parent)
    , m_ui(std::make_unique<Ui::AboutDialog>())
{
    m_ui->setupUi(this);
    m_ui->iconLabel->setPixmap(QIcon(QStringLiteral(":/icons/konvergensi.svg")).pixmap(96, 96));

    const QString version = QCoreApplication::applicationVersion();
    m_text = QStringLiteral("<h2>Konvergensi %1</h2>").arg(version.toHtmlEscaped())
             + QStringLiteral("<p>")
             + tr("The district's stunting-reduction convergence work in one place: TPPS "
                  "meetings, locus villages, the 8 convergence actions, prevalence and the "
                  "stunting case audit.")
             + QStringLiteral("</p><p>")
             + tr("Konvergensi is free software: you can redistribute it and modify it under the "
                  "terms of the GNU General Public License, version 3 or (at your option) any "
                  "later version (GPL-3.0-or-later). It comes with NO WARRANTY. See <a "
                  "href=\"https://www.gnu.org/licenses/gpl-3.0.html\">the licence</a>.")
             + QStringLiteral("</p><h3>") + tr("Sources") + QStringLiteral("</h3><ul><li>")
             + tr("Growth standards: WHO Child Growth Standards (World Health Organization, 2006), "
                  "the tables of the WHO anthro package.")
             + QStringLiteral("</li><li>")
             + tr("Region codes and names: Keputusan Menteri Dalam Negeri Nomor 300.2.2-2138 Tahun "
                  "2025, as compiled by the cahyadsn/wilayah project (MIT licence).")
             + QStringLiteral("</li><li>")
             + tr("Built with Qt %1, Boost and {fmt}.").arg(QString::fromLatin1(qVersion()))
             + QStringLiteral("</li></ul>");
    m_ui->aboutTextLabel->setText(m_text);

    // A button box of the form holds standard buttons only: "About Qt" is added here.
    auto *aboutQt = m_ui->buttonBox->addButton(tr("About &Qt"), QDialogButtonBox::HelpRole);
    aboutQt->setObjectName(QStringLiteral("aboutQtButton"));
    connect(aboutQt, &QPushButton::clicked, this, [] { QApplication::aboutQt(); });
    connect(m_ui->buttonBox, &QDialogButtonBox::rejected, this, &QDialog::reject);
}

AboutDialog::~AboutDialog() = default;

QString AboutDialog::text() const
{
    return m_text;
}

} // namespace konvergensi::gui

// SPDX-License-Identifier: GPL-3.0-or-later
#include "gui/help/about_dialog.h"

#include <QApplication>
#include <QDialogButtonBox>
#include <QHBoxLayout>
#include <QIcon>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

namespace konvergensi::gui {

AboutDialog::AboutDialog(QWidget *parent)
    : QDialog(parent)
{
    setObjectName(QStringLiteral("aboutDialog"));
    setWindowTitle(tr("About Konvergensi"));

    auto *icon = new QLabel(this);
    icon->setPixmap(QIcon(QStringLiteral(":/icons/konvergensi.svg")).pixmap(96, 96));
    icon->setAlignment(Qt::AlignTop | Qt::AlignHCenter);

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

    auto *label = new QLabel(m_text, this);
    label->setObjectName(QStringLiteral("aboutTextLabel"));
    label->setWordWrap(true);
    label->setTextFormat(Qt::RichText);
    label->setOpenExternalLinks(true);
    label->setTextInteractionFlags(Qt::TextBrowserInteraction);
    label->setMinimumWidth(460);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    buttons->setObjectName(QStringLiteral("buttonBox"));
    auto *aboutQt = buttons->addButton(tr("About &Qt"), QDialogButtonBox::HelpRole);
    aboutQt->setObjectName(QStringLiteral("aboutQtButton"));
    connect(aboutQt, &QPushButton::clicked, this, [] { QApplication::aboutQt(); });
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *row = new QHBoxLayout;
    row->addWidget(icon);
    row->addWidget(label, 1);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(row);
    layout->addWidget(buttons);
}

QString AboutDialog::text() const
{
    return m_text;
}

} // namespace konvergensi::gui

// SPDX-License-Identifier: GPL-3.0-or-later
#include "gui/help/user_guide_dialog.h"

#include "ui_user_guide_dialog.h"

#include <QDialogButtonBox>
#include <QPushButton>
#include <QTextBrowser>
#include <QUrl>

namespace konvergensi::gui {

QString UserGuideDialog::guideUrl()
{
    return QStringLiteral("qrc:/guide/panduan-pengguna.md");
}

UserGuideDialog::UserGuideDialog(QWidget *parent)
    : QDialog(parent)
    , m_ui(std::make_unique<Ui::UserGuideDialog>())
{
    // The guide is written in Bahasa Indonesia only; the title says so in English too.
    m_ui->setupUi(this);
    m_ui->userGuideBrowser->setSource(QUrl(guideUrl()), QTextDocument::MarkdownResource);

    // A button box of the form holds standard buttons only: "Back" is added here.
    auto *back = m_ui->buttonBox->addButton(tr("&Back"), QDialogButtonBox::ActionRole);
    back->setObjectName(QStringLiteral("backButton"));
    back->setEnabled(false);
    connect(back, &QPushButton::clicked, m_ui->userGuideBrowser, &QTextBrowser::backward);
    connect(m_ui->userGuideBrowser, &QTextBrowser::backwardAvailable, back,
            &QPushButton::setEnabled);
    connect(m_ui->buttonBox, &QDialogButtonBox::rejected, this, &QDialog::reject);
}

UserGuideDialog::~UserGuideDialog() = default;

QTextBrowser *UserGuideDialog::browser() const
{
    return m_ui->userGuideBrowser;
}

} // namespace konvergensi::gui

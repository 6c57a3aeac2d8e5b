#include "gui/common/placeholder_page.h"

#include <QLabel>
#include <QVBoxLayout>

namespace konvergensi::gui {

PlaceholderPage::PlaceholderPage(const QString &title, const QString &description, QWidget *parent)
    : QWidget(parent)
{
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(32, 32, 32, 32);
    auto *heading = new QLabel(title, this);
    heading->setObjectName(QStringLiteral("pageTitleLabel"));
    QFont font = heading->font();
    font.setPointSizeF(font.pointSizeF() * 1.6);
    font.setBold(true);
    heading->setFont(font);
    auto *status = new QLabel(tr("This module is not available yet."), this);
    status->setObjectName(QStringLiteral("notAvailableLabel"));
    QFont statusFont = status->font();
    statusFont.setItalic(true);
    status->setFont(statusFont);
    auto *text = new QLabel(description, this);
    text->setWordWrap(true);
    text->setMaximumWidth(720);
    layout->addWidget(heading);
    layout->addWidget(status);
    layout->addSpacing(12);
    layout->addWidget(text);
    layout->addStretch(1);
}

} // namespace konvergensi::gui

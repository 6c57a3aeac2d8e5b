// SPDX-License-Identifier: GPL-3.0-or-later
#include "gui/prevalence/headline_panel.h"

#include "gui/common/colours.h"
#include "gui/language.h"
#include "qtsupport/text.h"
#include "reports/prevalence/prevalence_words.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QVBoxLayout>

namespace konvergensi::gui {

namespace words = reports::prevalence;

HeadlinePanel::HeadlinePanel(QWidget *parent)
    : QWidget(parent)
    , m_layout(new QHBoxLayout(this))
{
    setObjectName(QStringLiteral("headlinePanel"));
    m_layout->setContentsMargins(0, 0, 0, 0);
}

void HeadlinePanel::setHeadlines(const std::vector<core::Headline> &headlines)
{
    while (QLayoutItem *item = m_layout->takeAt(0)) {
        delete item->widget();
        delete item;
    }
    const core::Language language = LanguageSetup::current();
    int index = 0;
    for (const core::Headline &headline : headlines) {
        auto *card = new QFrame(this);
        card->setObjectName(QStringLiteral("headline_") + qs(core::toString(headline.source)));
        card->setFrameShape(QFrame::StyledPanel);
        card->setStyleSheet(
            QStringLiteral("QFrame#%1 { border-left: 5px solid %2; }")
                .arg(card->objectName(), colours::seriesColour(index++ % 6).name()));
        auto *cardLayout = new QVBoxLayout(card);
        cardLayout->setContentsMargins(8, 4, 8, 4);
        const auto &latest = headline.latest;
        const QString muted = colours::muted.name();
        QString html =
            QStringLiteral("<div style='color:%1'>%2 · %3</div>")
                .arg(muted, words::sourceName(headline.source).toHtmlEscaped(),
                     words::periodName(latest.year, latest.round, language).toHtmlEscaped());
        html += QStringLiteral("<div style='font-size:17pt; font-weight:bold'>%1%2</div>")
                    .arg(words::percentText(latest.rate, language).toHtmlEscaped(),
                         latest.aggregated
                             ? QStringLiteral(" <span style='font-size:9pt; font-weight:normal; "
                                              "color:%1'>%2</span>")
                                   .arg(muted, tr("sum of desa").toHtmlEscaped())
                             : QString());
        if (headline.change && headline.previous)
            html += QStringLiteral("<div>%1</div>")
                        .arg(tr("%1 since %2")
                                 .arg(words::pointsText(*headline.change, language),
                                      words::periodName(headline.previous->year,
                                                        headline.previous->round, language))
                                 .toHtmlEscaped());
        if (headline.target && headline.gap) {
            const bool met = *headline.gap <= 0;
            const QString gap = words::magnitudeText(*headline.gap, language);
            html += QStringLiteral("<div style='color:%1'>%2</div>")
                        .arg((met ? colours::success : colours::danger).name(),
                             tr("Target %1 (%2): %3")
                                 .arg(words::percentText(headline.target->percent, language),
                                      QString::number(headline.target->year),
                                      met ? tr("met, %1 below").arg(gap) : tr("%1 above").arg(gap))
                                 .toHtmlEscaped());
        } else {
            html += QStringLiteral("<div style='color:%1'>%2</div>")
                        .arg(muted, tr("No target for %1").arg(latest.year).toHtmlEscaped());
        }
        auto *label = new QLabel(html, card);
        label->setObjectName(QStringLiteral("headlineLabel"));
        label->setTextFormat(Qt::RichText);
        label->setWordWrap(true);
        cardLayout->addWidget(label);
        m_layout->addWidget(card, 1);
    }
}

QFrame *HeadlinePanel::card(core::PrevalenceSource source) const
{
    return findChild<QFrame *>(QStringLiteral("headline_") + qs(core::toString(source)),
                               Qt::FindDirectChildrenOnly);
}

InfoCard::InfoCard(const QString &objectName, QWidget *parent)
    : QFrame(parent)
    , m_label(new QLabel(this))
{
    setObjectName(objectName + QStringLiteral("Card"));
    setFrameShape(QFrame::StyledPanel);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(8, 4, 8, 4);
    m_label->setObjectName(objectName + QStringLiteral("Label"));
    m_label->setTextFormat(Qt::RichText);
    m_label->setWordWrap(true);
    m_label->setAlignment(Qt::AlignTop | Qt::AlignLeft);
    layout->addWidget(m_label);
    layout->addStretch(1);
}

void InfoCard::setContent(const QString &heading, const QStringList &lines)
{
    QString html = QStringLiteral("<b>%1</b>").arg(heading.toHtmlEscaped());
    for (const QString &line : lines)
        html += QStringLiteral("<br>") + line.toHtmlEscaped();
    m_label->setText(html);
}

} // namespace konvergensi::gui

// SPDX-License-Identifier: GPL-3.0-or-later
#include "gui/actions/action_board_tab.h"

#include "gui/actions/action_widgets.h"
#include "qtsupport/text.h"

#include <QGridLayout>
#include <QLabel>
#include <QVBoxLayout>

namespace konvergensi::gui {

namespace {
constexpr int kCardColumns = 4;
}

ActionBoardTab::ActionBoardTab(QWidget *parent)
    : QScrollArea(parent)
{
    setObjectName(QStringLiteral("boardScrollArea"));
    setWidgetResizable(true);
    setFrameShape(QFrame::NoFrame);
    auto *host = new QWidget(this);
    auto *layout = new QVBoxLayout(host);
    m_emptyLabel = new QLabel(host);
    m_emptyLabel->setObjectName(QStringLiteral("emptyYearLabel"));
    m_emptyLabel->setWordWrap(true);
    layout->addWidget(m_emptyLabel);
    m_cardsHost = new QWidget(host);
    m_cardsLayout = new QGridLayout(m_cardsHost);
    m_cardsLayout->setContentsMargins(0, 0, 0, 0);
    m_cardsLayout->setSpacing(8);
    layout->addWidget(m_cardsHost);
    m_timelineTitle = new QLabel(tr("<b>Due periods in the year</b>"), host);
    layout->addWidget(m_timelineTitle);
    m_timeline = new ActionTimeline(host);
    layout->addWidget(m_timeline);
    layout->addStretch(1);
    setWidget(host);
}

void ActionBoardTab::setEmptyText(const QString &text)
{
    m_emptyLabel->setText(text);
}

void ActionBoardTab::setActions(int year, const std::vector<core::Action> &actions,
                                const core::Clock &clock)
{
    for (auto &[key, card] : m_cards)
        delete card;
    m_cards.clear();
    int index = 0;
    for (const core::Action &action : actions) {
        auto *card = new ActionCard(m_cardsHost);
        card->setAction(action, clock);
        connect(card, &ActionCard::activated, this, &ActionBoardTab::actionActivated);
        m_cardsLayout->addWidget(card, index / kCardColumns, index % kCardColumns);
        m_cards[qs(action.key)] = card;
        ++index;
    }
    for (int column = 0; column < kCardColumns; ++column)
        m_cardsLayout->setColumnStretch(column, 1);
    const bool started = !actions.empty();
    m_emptyLabel->setVisible(!started);
    m_timeline->setActions(year, actions, clock);
    m_timeline->setVisible(started);
    m_timelineTitle->setVisible(started);
}

ActionCard *ActionBoardTab::card(const QString &key) const
{
    const auto it = m_cards.find(key);
    return it == m_cards.end() ? nullptr : it->second;
}

} // namespace konvergensi::gui

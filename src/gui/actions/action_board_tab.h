// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// moc of Qt 6.4 cannot parse <compare>/<concepts>; it needs none of the core types.
#ifndef Q_MOC_RUN
#include "core/actions/actions.h"
#endif

#include <QScrollArea>
#include <QString>

#include <cstdint>
#include <map>
#include <vector>

class QGridLayout;
class QLabel;

namespace konvergensi::gui {

class ActionCard;
class ActionTimeline;

/// The board of the convergence actions page: one card per action of the year, and the due
/// periods as a timeline; or, for a year without a checklist, what starting it would copy.
class ActionBoardTab : public QScrollArea
{
    Q_OBJECT
public:
    explicit ActionBoardTab(QWidget *parent = nullptr);

#ifndef Q_MOC_RUN
    void setActions(int year, const std::vector<core::Action> &actions, const core::Clock &clock);
#endif
    /// The text shown instead of cards (no checklist yet, no workspace, an error).
    void setEmptyText(const QString &text);
    ActionCard *card(const QString &key) const;

Q_SIGNALS:
    /// A card was clicked.
    void actionActivated(std::int64_t actionId);

private:
    QLabel *m_emptyLabel = nullptr;
    QWidget *m_cardsHost = nullptr;
    QGridLayout *m_cardsLayout = nullptr;
    std::map<QString, ActionCard *> m_cards;
    QLabel *m_timelineTitle = nullptr;
    ActionTimeline *m_timeline = nullptr;
};

} // namespace konvergensi::gui

// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#ifndef Q_MOC_RUN
#include "core/prevalence/prevalence_aggregation.h"
#endif

#include <QFrame>
#include <QWidget>

#include <vector>

class QHBoxLayout;
class QLabel;

namespace konvergensi::gui {

/// The headline cards of the dashboard: for each source its latest district figure, the
/// change since its previous one and the gap to the target of that year. The card's edge has
/// the colour of the source's line on the trend chart.
class HeadlinePanel : public QWidget
{
    Q_OBJECT
public:
    explicit HeadlinePanel(QWidget *parent = nullptr);

    /// The headlines in source order (the order of the trend chart's series).
    void setHeadlines(const std::vector<core::Headline> &headlines);
    /// The card of a source ("headline_ssgi"); nullptr when it has none.
    QFrame *card(core::PrevalenceSource source) const;

private:
    QHBoxLayout *m_layout;
};

/// A small framed box of the dashboard with a bold heading and a few lines (data
/// completeness, locus villages).
class InfoCard : public QFrame
{
    Q_OBJECT
public:
    InfoCard(const QString &objectName, QWidget *parent = nullptr);

    /// The heading and the lines (plain text, shown as rich text with the heading bold).
    void setContent(const QString &heading, const QStringList &lines);
    QLabel *label() const { return m_label; }

private:
    QLabel *m_label;
};

} // namespace konvergensi::gui

// SPDX-License-Identifier: GPL-3.0-or-later
#include "gui/locus/locus_page.h"

#include "gui/common/reload_when_shown.h"
#include "gui/common/view_state.h"
#include "gui/locus/compare_tab.h"
#include "gui/locus/locus_list_tab.h"
#include "gui/locus/proposal_tab.h"
#include "gui/locus/village_tab.h"
#include "gui/workspace/workspace_session.h"

#include "storage/database.h"
#include "storage/locus/locus_repository.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QSpinBox>
#include <QTabWidget>
#include <QVBoxLayout>

#include <set>

namespace konvergensi::gui::locus {

LocusPage::LocusPage(WorkspaceSession &session, QWidget *parent)
    : QWidget(parent)
    , m_session(session)
{
    setObjectName(QStringLiteral("locusPage"));
    auto *layout = new QVBoxLayout(this);
    auto *bar = new QHBoxLayout;
    bar->addWidget(new QLabel(tr("<b>Locus villages</b>"), this));
    bar->addSpacing(12);
    auto *yearLabel = new QLabel(tr("&Year:"), this);
    bar->addWidget(yearLabel);
    m_yearSpin = new QSpinBox(this);
    m_yearSpin->setObjectName(QStringLiteral("locusYearSpin"));
    m_yearSpin->setRange(2000, 2100);
    yearLabel->setBuddy(m_yearSpin);
    bar->addWidget(m_yearSpin);
    m_summaryLabel = new QLabel(this);
    m_summaryLabel->setObjectName(QStringLiteral("locusSummaryLabel"));
    bar->addSpacing(12);
    bar->addWidget(m_summaryLabel, 1);
    auto *paperLabel = new QLabel(tr("&Paper:"), this);
    bar->addWidget(paperLabel);
    m_paperCombo = new QComboBox(this);
    m_paperCombo->setObjectName(QStringLiteral("locusPaperCombo"));
    m_paperCombo->addItem(tr("A4"), static_cast<int>(reports::Paper::A4));
    m_paperCombo->addItem(tr("F4 (folio)"), static_cast<int>(reports::Paper::F4));
    ViewState::rememberPaper(m_paperCombo); // the paper chosen last, per user
    m_paperCombo->setToolTip(tr("The paper of the printed list and scorecard summary"));
    paperLabel->setBuddy(m_paperCombo);
    bar->addWidget(m_paperCombo);
    layout->addLayout(bar);

    m_tabs = new QTabWidget(this);
    m_tabs->setObjectName(QStringLiteral("locusTabs"));
    m_listTab = new LocusListTab(session, m_tabs);
    m_proposalTab = new ProposalTab(session, m_tabs);
    m_compareTab = new CompareTab(session, m_tabs);
    m_villageTab = new VillageTab(session, m_tabs);
    m_tabs->addTab(m_listTab, tr("List of the year"));
    m_tabs->addTab(m_proposalTab, tr("Proposal"));
    m_tabs->addTab(m_compareTab, tr("Compare years"));
    m_tabs->addTab(m_villageTab, tr("Village profile"));
    layout->addWidget(m_tabs, 1);

    connect(m_proposalTab, &ProposalTab::saved, this, [this] { m_tabs->setCurrentIndex(0); });
    connect(m_yearSpin, &QSpinBox::valueChanged, this, &LocusPage::yearChanged);
    connect(m_paperCombo, &QComboBox::currentIndexChanged, this, [this] {
        m_listTab->setPaper(paper());
        m_villageTab->setPaper(paper());
    });
    connect(&session, &WorkspaceSession::workspaceChanged, this, &LocusPage::startYears);
    m_reloader = ReloadWhenShown::attach(this, session,
                                         usecases::Topic::Locus | usecases::Topic::Regions,
                                         [this] { showSummary(); });
    startYears();
}

void LocusPage::startYears()
{
    if (!m_session.isOpen())
        return;
    const auto years = storage::LocusRepository(m_session.database()).years();
    const int year = years.empty() ? static_cast<int>(m_session.clock().today().year())
                                   : years.back();
    {
        const QSignalBlocker blocker(m_yearSpin);
        m_yearSpin->setValue(year);
    }
    m_compareTab->setYears(years.size() > 1 ? years[years.size() - 2] : year - 1, year);
    yearChanged();
}

void LocusPage::yearChanged()
{
    const int year = m_yearSpin->value();
    m_listTab->setYear(year);
    m_proposalTab->setYear(year);
    m_villageTab->setYear(year);
    m_reloader->requestReload();
}

void LocusPage::showSummary()
{
    if (!m_session.isOpen())
        return;
    const auto codes = storage::LocusRepository(m_session.database()).locusCodes(year());
    std::set<core::RegionCode> kecamatan;
    for (const core::RegionCode &code : codes) {
        if (const auto parent = code.parent())
            kecamatan.insert(*parent);
    }
    m_summaryLabel->setText(
        codes.empty()
            ? tr("No list for %1 yet: build one on the Proposal tab or import it.").arg(year())
            : tr("%n village(s) in %1 kecamatan", nullptr, static_cast<int>(codes.size()))
                  .arg(kecamatan.size()));
}

int LocusPage::year() const
{
    return m_yearSpin->value();
}

void LocusPage::setYear(int year)
{
    m_yearSpin->setValue(year);
}

reports::Paper LocusPage::paper() const
{
    return static_cast<reports::Paper>(m_paperCombo->currentData().toInt());
}

void LocusPage::reload()
{
    if (!m_session.isOpen())
        return;
    showSummary();
    m_listTab->reload();
    m_proposalTab->reload();
    m_compareTab->reload();
    m_villageTab->reload();
}

} // namespace konvergensi::gui::locus

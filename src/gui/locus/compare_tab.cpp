// SPDX-License-Identifier: GPL-3.0-or-later
#include "gui/locus/compare_tab.h"

#include "gui/common/reload_when_shown.h"
#include "gui/language.h"
#include "gui/locus/comparison_models.h"
#include "gui/locus/locus_widgets.h"
#include "gui/workspace/workspace_session.h"

#include "storage/database.h"
#include "usecases/locus/locus_comparison.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QSpinBox>
#include <QSplitter>
#include <QTableView>
#include <QVBoxLayout>

namespace konvergensi::gui::locus {

CompareTab::CompareTab(WorkspaceSession &session, QWidget *parent)
    : QWidget(parent)
    , m_session(session)
    , m_model(new ComparisonModel(this))
    , m_kecamatanModel(new KecamatanCountModel(this))
{
    setObjectName(QStringLiteral("compareTab"));
    auto *layout = new QVBoxLayout(this);
    auto *bar = new QHBoxLayout;
    auto *fromLabel = new QLabel(tr("&From year:"), this);
    bar->addWidget(fromLabel);
    m_fromSpin = new QSpinBox(this);
    m_fromSpin->setObjectName(QStringLiteral("compareFromSpin"));
    m_fromSpin->setRange(2000, 2100);
    fromLabel->setBuddy(m_fromSpin);
    bar->addWidget(m_fromSpin);
    auto *toLabel = new QLabel(tr("&to year:"), this);
    bar->addWidget(toLabel);
    m_toSpin = new QSpinBox(this);
    m_toSpin->setObjectName(QStringLiteral("compareToSpin"));
    m_toSpin->setRange(2000, 2100);
    toLabel->setBuddy(m_toSpin);
    bar->addWidget(m_toSpin);
    m_countsLabel = new QLabel(this);
    m_countsLabel->setObjectName(QStringLiteral("compareCountsLabel"));
    bar->addSpacing(12);
    bar->addWidget(m_countsLabel, 1);
    layout->addLayout(bar);
    m_movementLabel = new QLabel(this);
    m_movementLabel->setObjectName(QStringLiteral("compareMovementLabel"));
    m_movementLabel->setWordWrap(true);
    m_movementLabel->setTextInteractionFlags(Qt::TextSelectableByMouse);
    layout->addWidget(m_movementLabel);
    auto *splitter = new QSplitter(Qt::Horizontal, this);
    m_view = makeTable(splitter, QStringLiteral("compareView"), m_model,
                       ComparisonModel::ChangeColumn,
                       {ComparisonModel::VillageColumn, ComparisonModel::KecamatanColumn});
    m_kecamatanView = makeTable(splitter, QStringLiteral("compareKecamatanView"), m_kecamatanModel,
                                KecamatanCountModel::KecamatanColumn,
                                {KecamatanCountModel::KecamatanColumn});
    splitter->addWidget(m_view);
    splitter->addWidget(m_kecamatanView);
    splitter->setStretchFactor(0, 3);
    splitter->setStretchFactor(1, 2);
    layout->addWidget(splitter, 1);
    m_reloader = ReloadWhenShown::attach(this, session,
                                         usecases::Topic::Locus | usecases::Topic::Regions
                                             | usecases::Topic::Prevalence,
                                         [this] { reload(); });
    connect(m_fromSpin, &QSpinBox::valueChanged, m_reloader, &ReloadWhenShown::requestReload);
    connect(m_toSpin, &QSpinBox::valueChanged, m_reloader, &ReloadWhenShown::requestReload);
}

void CompareTab::setYears(int from, int to)
{
    {
        const QSignalBlocker blockFrom(m_fromSpin);
        const QSignalBlocker blockTo(m_toSpin);
        m_fromSpin->setValue(from);
        m_toSpin->setValue(to);
    }
    m_reloader->requestReload();
}

void CompareTab::reload()
{
    if (!m_session.isOpen())
        return;
    const usecases::locus::YearComparison comparison = usecases::locus::compareYears(
        m_session.database(), m_fromSpin->value(), m_toSpin->value());
    m_model->setComparison(comparison);
    m_kecamatanModel->setComparison(comparison);
    m_countsLabel->setText(usecases::locus::countsSentence(comparison));
    m_movementLabel->setText(
        usecases::locus::movementSentence(comparison, LanguageSetup::current()));
}

} // namespace konvergensi::gui::locus

// SPDX-License-Identifier: GPL-3.0-or-later
#include "gui/locus/proposal_tab.h"

#include "gui/common/dialogs.h"
#include "gui/common/reload_when_shown.h"
#include "gui/language.h"
#include "gui/locus/locus_widgets.h"
#include "gui/locus/proposal_model.h"
#include "gui/workspace/workspace_session.h"
#include "qtsupport/text.h"

#include "reports/locus/locus_words.h"
#include "storage/database.h"
#include "storage/locus/locus_repository.h"
#include "storage/storage_error.h"
#include "usecases/locus/village_profile.h"

#include <QDoubleSpinBox>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSettings>
#include <QSpinBox>
#include <QTableView>
#include <QVBoxLayout>

namespace konvergensi::gui::locus {

namespace {

constexpr int kReasonLength = 300;

const QString kWeightsKey = QStringLiteral("locus/weights");
const QString kTopNKey = QStringLiteral("locus/topN");

/// The weights the user set last (QSettings), or the defaults.
core::LocusWeights storedWeights()
{
    core::LocusWeights weights;
    const QVariantList values = QSettings().value(kWeightsKey).toList();
    if (values.size() == 4) {
        core::LocusWeights read{values[0].toDouble(), values[1].toDouble(), values[2].toDouble(),
                                values[3].toDouble()};
        if (read.valid())
            weights = read;
    }
    return weights;
}

QDoubleSpinBox *weightSpin(QWidget *parent, const QString &name, double value)
{
    auto *spin = new QDoubleSpinBox(parent);
    spin->setObjectName(name);
    spin->setRange(0, 100);
    spin->setDecimals(0);
    spin->setSingleStep(5);
    spin->setValue(value);
    return spin;
}

} // namespace

ProposalTab::ProposalTab(WorkspaceSession &session, QWidget *parent)
    : QWidget(parent)
    , m_session(session)
    , m_model(new ProposalModel(this))
{
    setObjectName(QStringLiteral("proposalTab"));
    auto *layout = new QVBoxLayout(this);
    auto *settings = new QHBoxLayout;
    auto *weightsBox = new QGroupBox(tr("Weights"), this);
    weightsBox->setToolTip(tr("How much each criterion counts; only their proportions matter. "
                              "Remembered for the next time."));
    auto *weightLayout = new QHBoxLayout(weightsBox);
    const core::LocusWeights weights = storedWeights();
    m_weightPrevalence = weightSpin(weightsBox, QStringLiteral("weightPrevalenceSpin"),
                                    weights.prevalence);
    m_weightStunted = weightSpin(weightsBox, QStringLiteral("weightStuntedSpin"), weights.stunted);
    m_weightGap = weightSpin(weightsBox, QStringLiteral("weightGapSpin"), weights.coverageGap);
    m_weightPoverty = weightSpin(weightsBox, QStringLiteral("weightPovertySpin"), weights.poverty);
    for (const auto &[criterion, spin] :
         {std::pair{core::LocusCriterion::Prevalence, m_weightPrevalence},
          std::pair{core::LocusCriterion::Stunted, m_weightStunted},
          std::pair{core::LocusCriterion::CoverageGap, m_weightGap},
          std::pair{core::LocusCriterion::Poverty, m_weightPoverty}}) {
        auto *label = new QLabel(reports::criterionName(criterion), weightsBox);
        label->setBuddy(spin);
        weightLayout->addWidget(label);
        weightLayout->addWidget(spin);
    }
    settings->addWidget(weightsBox);
    auto *selection = new QGroupBox(tr("Selection"), this);
    auto *selectionLayout = new QHBoxLayout(selection);
    selectionLayout->addWidget(new QLabel(tr("Data of year:"), selection));
    m_dataYearSpin = new QSpinBox(selection);
    m_dataYearSpin->setObjectName(QStringLiteral("proposalDataYearSpin"));
    m_dataYearSpin->setRange(2000, 2100);
    m_dataYearSpin->setToolTip(tr("The Aksi 1 analysis normally uses the figures of the year "
                                  "before the list"));
    selectionLayout->addWidget(m_dataYearSpin);
    selectionLayout->addWidget(new QLabel(tr("Take the top:"), selection));
    m_topNSpin = new QSpinBox(selection);
    m_topNSpin->setObjectName(QStringLiteral("proposalTopNSpin"));
    m_topNSpin->setRange(0, 500);
    m_topNSpin->setValue(QSettings().value(kTopNKey, 15).toInt());
    selectionLayout->addWidget(m_topNSpin);
    settings->addWidget(selection);
    settings->addStretch(1);
    layout->addLayout(settings);

    m_label = new QLabel(this);
    m_label->setObjectName(QStringLiteral("proposalLabel"));
    m_label->setWordWrap(true);
    layout->addWidget(m_label);

    m_view = makeTable(this, QStringLiteral("proposalView"), m_model, ProposalModel::RankColumn,
                       {ProposalModel::ChoiceColumn, ProposalModel::SourceColumn});
    layout->addWidget(m_view, 1);

    auto *choice = new QHBoxLayout;
    auto *reasonLabel = new QLabel(tr("&Reason:"), this);
    choice->addWidget(reasonLabel);
    m_reasonEdit = new QLineEdit(this);
    m_reasonEdit->setObjectName(QStringLiteral("proposalReasonEdit"));
    m_reasonEdit->setMaxLength(kReasonLength);
    m_reasonEdit->setPlaceholderText(
        tr("Why this village is added or left out by hand (required)"));
    reasonLabel->setBuddy(m_reasonEdit);
    choice->addWidget(m_reasonEdit, 1);
    auto *add = makeButton(this, tr("&Add by hand"), QStringLiteral("proposalAddButton"));
    auto *leaveOut = makeButton(this, tr("&Leave out"), QStringLiteral("proposalRemoveButton"));
    auto *clear = makeButton(this, tr("&Undo choice"), QStringLiteral("proposalClearButton"));
    auto *save = makeButton(this, tr("&Save as the year's list…"),
                            QStringLiteral("proposalSaveButton"));
    for (QPushButton *button : {add, leaveOut, clear, save})
        choice->addWidget(button);
    layout->addLayout(choice);

    for (QDoubleSpinBox *spin : {m_weightPrevalence, m_weightStunted, m_weightGap, m_weightPoverty})
        connect(spin, &QDoubleSpinBox::valueChanged, this, &ProposalTab::weightsChanged);
    connect(m_dataYearSpin, &QSpinBox::valueChanged, this, [this](int value) {
        m_proposal.setDataYear(value);
        m_reloader->requestReload();
    });
    connect(m_topNSpin, &QSpinBox::valueChanged, this, [this](int value) {
        QSettings().setValue(kTopNKey, value);
        m_proposal.setTopN(value);
        refresh();
    });
    connect(add, &QPushButton::clicked, this, &ProposalTab::addSelectedByHand);
    connect(leaveOut, &QPushButton::clicked, this, &ProposalTab::leaveOutSelected);
    connect(clear, &QPushButton::clicked, this, &ProposalTab::clearSelectedChoice);
    connect(save, &QPushButton::clicked, this, &ProposalTab::saveProposal);
    // The choices were about the old workspace's villages.
    connect(&session, &WorkspaceSession::workspaceChanged, this,
            [this] { m_proposal.clearChoices(); });

    m_proposal.setWeights(weights);
    m_proposal.setTopN(m_topNSpin->value());
    m_reloader = ReloadWhenShown::attach(this, session,
                                         usecases::Topic::Locus | usecases::Topic::Regions
                                             | usecases::Topic::Prevalence,
                                         [this] { reload(); });
}

void ProposalTab::setYear(int year)
{
    if (year == m_proposal.year())
        return;
    m_proposal.setYear(year, year - 1);
    const QSignalBlocker blocker(m_dataYearSpin);
    m_dataYearSpin->setValue(year - 1);
    m_reloader->requestReload();
}

void ProposalTab::reload()
{
    if (!m_session.isOpen())
        return;
    m_kecamatanNames = usecases::locus::regionNames(m_session.database());
    m_problem = m_proposal.load(m_session.database());
    refresh();
}

void ProposalTab::rerank()
{
    m_problem = m_proposal.rank();
    refresh();
}

void ProposalTab::weightsChanged()
{
    const core::LocusWeights weights{m_weightPrevalence->value(), m_weightStunted->value(),
                                     m_weightGap->value(), m_weightPoverty->value()};
    m_proposal.setWeights(weights);
    if (weights.valid())
        QSettings().setValue(kWeightsKey, QVariantList{weights.prevalence, weights.stunted,
                                                       weights.coverageGap, weights.poverty});
    rerank();
}

void ProposalTab::refresh()
{
    const QString key = currentKey(m_view);
    m_model->setProposal(m_proposal, m_kecamatanNames);
    selectKey(m_view, key);
    if (!m_problem.isEmpty()) {
        m_label->setText(m_problem);
        return;
    }
    const auto effective = m_proposal.effectiveChoices();
    const int topN = std::min<int>(m_proposal.topN(),
                                   static_cast<int>(m_proposal.ranking().size()));
    const int taken = topN - static_cast<int>(effective.removed.size())
                      + static_cast<int>(effective.added.size());
    m_label->setText(
        tr("%n village(s) ranked with the data of %1", nullptr,
           static_cast<int>(m_proposal.ranking().size()))
            .arg(m_proposal.dataYear())
        + QStringLiteral(" ")
        + tr("(%n with a prevalence figure).", nullptr, m_proposal.withPrevalence())
        + QStringLiteral(" ")
        + tr("The list would hold %n village(s): the top %1, %2 added and %3 left out by hand.",
             nullptr, taken)
              .arg(m_proposal.topN())
              .arg(effective.added.size())
              .arg(effective.removed.size()));
}

void ProposalTab::explain(core::LocusChoices::Outcome outcome)
{
    using Outcome = core::LocusChoices::Outcome;
    switch (outcome) {
    case Outcome::ReasonMissing:
        Dialogs::warning(this, tr("Reason needed"),
                         tr("Write in the Reason field why this village is added or left out "
                            "by hand."));
        m_reasonEdit->setFocus();
        return;
    case Outcome::AlreadyOnList:
        Dialogs::information(this, tr("Already on the list"),
                             tr("This village is already in the top of the ranking."));
        return;
    case Outcome::NotInTopN:
        Dialogs::information(this, tr("Not on the list"),
                             tr("This village is below the top %1: there is nothing to leave "
                                "out.")
                                 .arg(m_proposal.topN()));
        return;
    case Outcome::Added:
    case Outcome::LeftOut:
        m_reasonEdit->clear();
        return;
    case Outcome::TakenBack:
    case Outcome::AdditionUndone:
    case Outcome::NotRanked:
        return;
    }
}

void ProposalTab::addSelectedByHand()
{
    const auto code = core::RegionCode::parse(ss(currentKey(m_view)));
    if (!code)
        return;
    explain(m_proposal.add(*code, ss(m_reasonEdit->text())));
    refresh();
}

void ProposalTab::leaveOutSelected()
{
    const auto code = core::RegionCode::parse(ss(currentKey(m_view)));
    if (!code)
        return;
    explain(m_proposal.leaveOut(*code, ss(m_reasonEdit->text())));
    refresh();
}

void ProposalTab::clearSelectedChoice()
{
    if (const auto code = core::RegionCode::parse(ss(currentKey(m_view))))
        m_proposal.clearChoice(*code);
    refresh();
}

bool ProposalTab::store()
{
    try {
        m_proposal.save(m_session.database(), LanguageSetup::current());
    } catch (const storage::StorageError &error) {
        Dialogs::warning(this, tr("List not saved"), error.message());
        return false;
    }
    m_proposal.clearChoices();
    m_session.notifyChanged(usecases::Topic::Locus);
    Q_EMIT saved();
    return true;
}

bool ProposalTab::saveProposal()
{
    if (!m_session.isOpen())
        return false;
    core::LocusSelection selection;
    try {
        selection = m_proposal.selection(LanguageSetup::current());
    } catch (const storage::StorageError &error) {
        Dialogs::warning(this, tr("List not saved"), error.message());
        return false;
    }
    const std::size_t held = storage::LocusRepository(m_session.database()).count(year());
    if (held > 0
        && !Dialogs::question(this, tr("Replace the list"),
                              tr("%1 already has a list of %2 villages. Replace it with the %3 "
                                 "villages of the proposal?")
                                  .arg(year())
                                  .arg(held)
                                  .arg(selection.villages.size())))
        return false;
    return store();
}

bool ProposalTab::hasUnsavedChanges() const
{
    return !m_proposal.choices().empty();
}

QString ProposalTab::unsavedWorkTitle() const
{
    return tr("Locus villages %1: proposal with choices made by hand").arg(year());
}

bool ProposalTab::saveUnsavedWork()
{
    return store();
}

void ProposalTab::discardUnsavedWork()
{
    m_proposal.clearChoices();
    refresh();
}

} // namespace konvergensi::gui::locus

// SPDX-License-Identifier: GPL-3.0-or-later
#include "gui/prevalence/observation_dialog.h"

#include "ui_prevalence_observation_dialog.h"

#include "gui/common/dialogs.h"
#include "gui/language.h"
#include "gui/logging.h"
#include "gui/workspace/workspace_session.h"
#include "io/number_text.h"
#include "qtsupport/text.h"
#include "reports/prevalence/prevalence_words.h"
#include "storage/prevalence/prevalence_repository.h"
#include "storage/regions/region_repository.h"
#include "storage/storage_error.h"
#include "usecases/changes.h"
#include "usecases/prevalence/figures.h"

#include <QPushButton>

namespace konvergensi::gui {

namespace words = reports::prevalence;

ObservationDialog::ObservationDialog(WorkspaceSession &session, QWidget *parent)
    : SaveDialog(parent)
    , m_session(session)
    , m_ui(std::make_unique<Ui::ObservationDialog>())
{
    m_ui->setupUi(this);
    setObjectName(QStringLiteral("observationDialog"));
    m_ui->areaCombo->addItem(tr("Indonesia (national reference)"), QStringLiteral("national"));
    for (const core::Region &region : session.regions().all())
        m_ui->areaCombo->addItem(qs(region.code.toString()) + QStringLiteral("  ")
                                     + qs(core::displayName(region)),
                                 qs(region.code.toString()));
    // The puskesmas after the regions: their own figures (e-PPGBM per puskesmas).
    try {
        for (const core::Puskesmas &p :
             storage::PrevalenceRepository(session.database()).puskesmas())
            m_ui->areaCombo->addItem(qs(p.name) + QStringLiteral(" (") + qs(p.code)
                                         + QStringLiteral(")"),
                                     qs(core::PrevalenceArea::ofPuskesmas(p.code).key()));
    } catch (const storage::StorageError &error) {
        qCWarning(lcGui) << "puskesmas not listed:" << error.message();
    }
    if (const auto district = session.regions().district())
        m_ui->areaCombo->setCurrentIndex(m_ui->areaCombo->findData(qs(district->code.toString())));
    m_ui->yearSpin->setValue(session.clock().today().year());
    for (auto round : {core::PrevalenceRound::February, core::PrevalenceRound::August,
                       core::PrevalenceRound::Survey})
        m_ui->roundCombo->addItem(words::roundName(round), static_cast<int>(round));
    for (core::PrevalenceSource source : core::allPrevalenceSources())
        m_ui->sourceCombo->addItem(words::sourceName(source), static_cast<int>(source));
    for (core::PrevalenceIndicator indicator : core::allPrevalenceIndicators())
        m_ui->indicatorCombo->addItem(words::indicatorName(indicator), static_cast<int>(indicator));
    connect(m_ui->buttons, &QDialogButtonBox::accepted, this, &ObservationDialog::accept);
    connect(m_ui->buttons, &QDialogButtonBox::rejected, this, &ObservationDialog::reject);
    connect(&session, &WorkspaceSession::workspaceChanged, this, [this] { discardUnsavedWork(); });
    trackEdits();
}

ObservationDialog::~ObservationDialog() = default;

std::optional<core::PrevalenceObservation> ObservationDialog::figure(QString &problem) const
{
    core::PrevalenceObservation o;
    const auto area = core::PrevalenceArea::fromKey(ss(m_ui->areaCombo->currentData().toString()));
    if (!area) {
        problem = tr("Choose the area.");
        return std::nullopt;
    }
    o.area = *area;
    o.year = m_ui->yearSpin->value();
    o.round = static_cast<core::PrevalenceRound>(m_ui->roundCombo->currentData().toInt());
    o.source = static_cast<core::PrevalenceSource>(m_ui->sourceCombo->currentData().toInt());
    o.indicator = static_cast<core::PrevalenceIndicator>(
        m_ui->indicatorCombo->currentData().toInt());
    bool ok = true;
    o.measured = io::parseCount(m_ui->measuredEdit->text(), ok);
    if (!ok) {
        problem = tr("Children measured must be a whole number.");
        return std::nullopt;
    }
    o.cases = io::parseCount(m_ui->casesEdit->text(), ok);
    if (!ok) {
        problem = tr("Cases must be a whole number.");
        return std::nullopt;
    }
    o.eligible = io::parseCount(m_ui->eligibleEdit->text(), ok);
    if (!ok) {
        problem = tr("Children expected must be a whole number.");
        return std::nullopt;
    }
    o.publishedRate = io::parseDecimal(m_ui->rateEdit->text(), ok);
    if (!ok) {
        problem = tr("The published rate must be a number, such as 8,4.");
        return std::nullopt;
    }
    o.note = ss(m_ui->noteEdit->text().trimmed());
    return o;
}

QString ObservationDialog::save()
{
    QString problem;
    const auto typed = figure(problem);
    if (!typed)
        return problem;
    const int thisYear = m_session.clock().today().year();
    if (typed->year > thisYear + 1
        && !Dialogs::question(this, windowTitle(),
                              tr("The figure is for %1, more than a year ahead. Is the year "
                                 "right?")
                                  .arg(typed->year)))
        return tr("Check the year.");
    const core::Language language = LanguageSetup::current();
    auto result = usecases::prevalence::saveFigure(m_session.database(), *typed);
    if (result.outcome == usecases::prevalence::SavedFigure::Outcome::HeldDiffers) {
        if (!Dialogs::question(this, windowTitle(),
                               tr("There is already a figure for this area, period, source and "
                                  "indicator.\n\nHeld: %1\nNew: %2\n\nReplace the held figure?")
                                   .arg(words::figureSummary(*result.held, language),
                                        words::figureSummary(*typed, language))))
            return tr("Nothing was saved: the held figure stays. Change the figure or cancel.");
        result = usecases::prevalence::saveFigure(m_session.database(), *typed, result.held);
    }
    m_session.notifyChanged(usecases::Topic::Prevalence);
    return {};
}

} // namespace konvergensi::gui

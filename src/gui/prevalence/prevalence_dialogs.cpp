// SPDX-License-Identifier: GPL-3.0-or-later
#include "gui/prevalence/prevalence_dialogs.h"

#include "gui/common/dialogs.h"
#include "gui/language.h"
#include "gui/logging.h"
#include "gui/workspace/workspace_session.h"
#include "qtsupport/text.h"

#include "core/format.h"
#include "io/number_text.h"
#include "storage/prevalence/prevalence_repository.h"
#include "storage/regions/region_repository.h"
#include "storage/storage_error.h"

#include <QComboBox>
#include <QCoreApplication>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QTableWidget>
#include <QVBoxLayout>

namespace konvergensi::gui {

namespace {

QString percentText(double value)
{
    return qs(core::formatPercent(value, 1, LanguageSetup::current()));
}

} // namespace

QString sourceName(core::PrevalenceSource source)
{
    switch (source) {
    case core::PrevalenceSource::Ssgi:
        return QStringLiteral("SSGI");
    case core::PrevalenceSource::Ski:
        return QStringLiteral("SKI");
    case core::PrevalenceSource::Riskesdas:
        return QStringLiteral("Riskesdas");
    case core::PrevalenceSource::Eppgbm:
        return QStringLiteral("e-PPGBM");
    case core::PrevalenceSource::BulanPenimbangan:
        return QCoreApplication::translate("Prevalence", "Measurement month");
    case core::PrevalenceSource::Other:
        return QCoreApplication::translate("Prevalence", "Other");
    }
    return {};
}

QString roundName(core::PrevalenceRound round)
{
    switch (round) {
    case core::PrevalenceRound::February:
        return QCoreApplication::translate("Prevalence", "February");
    case core::PrevalenceRound::August:
        return QCoreApplication::translate("Prevalence", "August");
    case core::PrevalenceRound::Survey:
        return QCoreApplication::translate("Prevalence", "Survey");
    }
    return {};
}

QString indicatorName(core::PrevalenceIndicator indicator)
{
    switch (indicator) {
    case core::PrevalenceIndicator::Stunting:
        return QCoreApplication::translate("Prevalence", "Stunting");
    case core::PrevalenceIndicator::SevereStunting:
        return QCoreApplication::translate("Prevalence", "Severe stunting");
    case core::PrevalenceIndicator::Wasting:
        return QCoreApplication::translate("Prevalence", "Wasting");
    case core::PrevalenceIndicator::Underweight:
        return QCoreApplication::translate("Prevalence", "Underweight");
    case core::PrevalenceIndicator::Overweight:
        return QCoreApplication::translate("Prevalence", "Overweight");
    }
    return {};
}

QString periodName(int year, core::PrevalenceRound round)
{
    if (round == core::PrevalenceRound::Survey)
        return QCoreApplication::translate("Prevalence", "%1 (survey)").arg(year);
    return qs(core::formatMonthYear(year, round == core::PrevalenceRound::February ? 2 : 8,
                                    LanguageSetup::current()));
}

QString figureSummary(const core::PrevalenceObservation &o)
{
    QStringList parts;
    if (o.measured && o.cases)
        parts << QCoreApplication::translate("Prevalence", "%1 of %2 measured")
                     .arg(qs(core::formatInteger(*o.cases, LanguageSetup::current())),
                          qs(core::formatInteger(*o.measured, LanguageSetup::current())));
    if (const auto rate = o.rate())
        parts << percentText(*rate);
    if (!o.note.empty())
        parts << qs(o.note);
    return parts.isEmpty() ? QStringLiteral("—") : parts.join(QStringLiteral(", "));
}

// ---- ObservationDialog ------------------------------------------------------------------

ObservationDialog::ObservationDialog(WorkspaceSession &session, QWidget *parent)
    : QDialog(parent)
    , m_session(session)
{
    setObjectName(QStringLiteral("observationDialog"));
    setWindowTitle(tr("Enter a prevalence figure"));
    auto *layout = new QVBoxLayout(this);
    auto *form = new QFormLayout;
    layout->addLayout(form);

    m_areaCombo = new QComboBox(this);
    m_areaCombo->setObjectName(QStringLiteral("areaCombo"));
    m_areaCombo->addItem(tr("Indonesia (national reference)"), QStringLiteral("national"));
    for (const core::Region &region : session.regions().all())
        m_areaCombo->addItem(qs(region.code.toString()) + QStringLiteral("  ")
                                 + qs(core::displayName(region)),
                             qs(region.code.toString()));
    // The puskesmas after the regions: their own figures (e-PPGBM per puskesmas).
    try {
        for (const core::Puskesmas &p :
             storage::PrevalenceRepository(session.database()).puskesmas())
            m_areaCombo->addItem(qs(p.name) + QStringLiteral(" (") + qs(p.code)
                                     + QStringLiteral(")"),
                                 qs(core::PrevalenceArea::ofPuskesmas(p.code).key()));
    } catch (const storage::StorageError &error) {
        qCWarning(lcGui) << "puskesmas not listed:" << error.message();
    }
    if (const auto district = session.regions().district())
        m_areaCombo->setCurrentIndex(m_areaCombo->findData(qs(district->code.toString())));
    form->addRow(tr("Area"), m_areaCombo);

    m_yearSpin = new QSpinBox(this);
    m_yearSpin->setObjectName(QStringLiteral("yearSpin"));
    m_yearSpin->setRange(2000, 2100);
    m_yearSpin->setValue(session.clock().today().year());
    form->addRow(tr("Year"), m_yearSpin);

    m_roundCombo = new QComboBox(this);
    m_roundCombo->setObjectName(QStringLiteral("roundCombo"));
    for (auto round : {core::PrevalenceRound::February, core::PrevalenceRound::August,
                       core::PrevalenceRound::Survey})
        m_roundCombo->addItem(roundName(round), static_cast<int>(round));
    form->addRow(tr("Round"), m_roundCombo);

    m_sourceCombo = new QComboBox(this);
    m_sourceCombo->setObjectName(QStringLiteral("sourceCombo"));
    for (core::PrevalenceSource source : core::allPrevalenceSources())
        m_sourceCombo->addItem(sourceName(source), static_cast<int>(source));
    form->addRow(tr("Source"), m_sourceCombo);

    m_indicatorCombo = new QComboBox(this);
    m_indicatorCombo->setObjectName(QStringLiteral("indicatorCombo"));
    for (core::PrevalenceIndicator indicator : core::allPrevalenceIndicators())
        m_indicatorCombo->addItem(indicatorName(indicator), static_cast<int>(indicator));
    form->addRow(tr("Indicator"), m_indicatorCombo);

    auto makeEdit = [this](const char *name) {
        auto *edit = new QLineEdit(this);
        edit->setObjectName(QLatin1String(name));
        return edit;
    };
    m_measuredEdit = makeEdit("measuredEdit");
    m_casesEdit = makeEdit("casesEdit");
    m_rateEdit = makeEdit("rateEdit");
    m_rateEdit->setPlaceholderText(tr("only when the counts are not known, e.g. 8,4"));
    m_eligibleEdit = makeEdit("eligibleEdit");
    m_noteEdit = makeEdit("noteEdit");
    form->addRow(tr("Children measured"), m_measuredEdit);
    form->addRow(tr("Cases"), m_casesEdit);
    form->addRow(tr("Published rate (%)"), m_rateEdit);
    form->addRow(tr("Children expected (sasaran)"), m_eligibleEdit);
    form->addRow(tr("Note"), m_noteEdit);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel, this);
    buttons->setObjectName(QStringLiteral("buttons"));
    connect(buttons, &QDialogButtonBox::accepted, this, &ObservationDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &ObservationDialog::reject);
    layout->addWidget(buttons);
}

std::optional<core::PrevalenceObservation> ObservationDialog::read(QString &problem) const
{
    core::PrevalenceObservation o;
    const auto area = core::PrevalenceArea::fromKey(ss(m_areaCombo->currentData().toString()));
    if (!area) {
        problem = tr("Choose the area.");
        return std::nullopt;
    }
    o.area = *area;
    o.year = m_yearSpin->value();
    o.round = static_cast<core::PrevalenceRound>(m_roundCombo->currentData().toInt());
    o.source = static_cast<core::PrevalenceSource>(m_sourceCombo->currentData().toInt());
    o.indicator = static_cast<core::PrevalenceIndicator>(m_indicatorCombo->currentData().toInt());
    bool ok = true;
    o.measured = io::parseCount(m_measuredEdit->text(), ok);
    if (!ok) {
        problem = tr("Children measured must be a whole number.");
        return std::nullopt;
    }
    o.cases = io::parseCount(m_casesEdit->text(), ok);
    if (!ok) {
        problem = tr("Cases must be a whole number.");
        return std::nullopt;
    }
    o.eligible = io::parseCount(m_eligibleEdit->text(), ok);
    if (!ok) {
        problem = tr("Children expected must be a whole number.");
        return std::nullopt;
    }
    o.publishedRate = io::parseDecimal(m_rateEdit->text(), ok);
    if (!ok) {
        problem = tr("The published rate must be a number, such as 8,4.");
        return std::nullopt;
    }
    o.note = ss(m_noteEdit->text());
    if (const auto problems = core::validate(o); !problems.empty()) {
        problem = storage::prevalenceProblemText(problems.front());
        return std::nullopt;
    }
    return o;
}

void ObservationDialog::accept()
{
    QString problem;
    auto observation = read(problem);
    if (!observation) {
        Dialogs::warning(this, windowTitle(), problem);
        return;
    }
    try {
        storage::PrevalenceRepository repository(m_session.database());
        if (const auto held = repository.find(*observation)) {
            if (held->sameFigures(*observation)) {
                QDialog::accept();
                return;
            }
            if (!Dialogs::question(this, windowTitle(),
                                   tr("There is already a figure for this area, period, source "
                                      "and indicator.\n\nHeld: %1\nNew: %2\n\nReplace the held "
                                      "figure?")
                                       .arg(figureSummary(*held), figureSummary(*observation))))
                return;
            observation->id = held->id;
            observation->rowVersion = held->rowVersion;
            repository.update(*observation);
        } else {
            repository.add(*observation);
        }
    } catch (const storage::StorageError &error) {
        Dialogs::error(this, windowTitle(), error.message());
        return;
    }
    m_session.notifyContentChanged();
    QDialog::accept();
}

// ---- ConflictDialog -----------------------------------------------------------------------

ConflictDialog::ConflictDialog(const std::vector<io::PrevalenceConflict> &conflicts, int added,
                               QWidget *parent)
    : QDialog(parent)
{
    setObjectName(QStringLiteral("conflictDialog"));
    setWindowTitle(tr("Figures that differ"));
    auto *layout = new QVBoxLayout(this);
    auto *label = new QLabel(
        tr("The file holds figures that differ from the ones in the workspace for the same "
           "area, period, source and indicator. Nothing has been changed yet. Replace the held "
           "figures with the file's? (%1 new figures will be added as well.)")
            .arg(added),
        this);
    label->setWordWrap(true);
    layout->addWidget(label);
    m_table = new QTableWidget(static_cast<int>(conflicts.size()), 6, this);
    m_table->setObjectName(QStringLiteral("conflictTable"));
    m_table->setHorizontalHeaderLabels(
        {tr("Line"), tr("Area"), tr("Period"), tr("Source"), tr("Held"), tr("In the file")});
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->verticalHeader()->hide();
    int row = 0;
    for (const io::PrevalenceConflict &c : conflicts) {
        const QStringList cells{
            QString::number(c.line),   qs(c.held.area.key()), periodName(c.held.year, c.held.round),
            sourceName(c.held.source), figureSummary(c.held), figureSummary(c.incoming)};
        for (int column = 0; column < cells.size(); ++column)
            m_table->setItem(row, column, new QTableWidgetItem(cells[column]));
        ++row;
    }
    m_table->resizeColumnsToContents();
    m_table->horizontalHeader()->setStretchLastSection(true);
    layout->addWidget(m_table, 1);
    auto *buttons = new QDialogButtonBox(this);
    buttons->setObjectName(QStringLiteral("buttons"));
    auto *replace = buttons->addButton(tr("Replace held figures"), QDialogButtonBox::AcceptRole);
    replace->setObjectName(QStringLiteral("replaceButton"));
    buttons->addButton(QDialogButtonBox::Cancel);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(buttons);
    resize(820, 360);
}

// ---- TargetsDialog ------------------------------------------------------------------------

TargetsDialog::TargetsDialog(WorkspaceSession &session, QWidget *parent)
    : QDialog(parent)
    , m_session(session)
{
    setObjectName(QStringLiteral("targetsDialog"));
    setWindowTitle(tr("Prevalence targets"));
    auto *layout = new QVBoxLayout(this);
    auto *label = new QLabel(tr("The national target (Presidential Regulation 72/2021: 14 % by "
                                "2024) and the district's own targets per year. A district "
                                "target for a year is used before the national one."),
                             this);
    label->setWordWrap(true);
    layout->addWidget(label);
    m_table = new QTableWidget(0, 4, this);
    m_table->setObjectName(QStringLiteral("targetTable"));
    m_table->setHorizontalHeaderLabels({tr("Area"), tr("Year"), tr("Target"), tr("Note")});
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setStretchLastSection(true);
    layout->addWidget(m_table, 1);

    auto *row = new QHBoxLayout;
    m_areaCombo = new QComboBox(this);
    m_areaCombo->setObjectName(QStringLiteral("targetAreaCombo"));
    if (const auto district = session.regions().district())
        m_areaCombo->addItem(qs(district->name), qs(district->code.toString()));
    m_areaCombo->addItem(tr("Indonesia (national)"), QStringLiteral("national"));
    m_yearSpin = new QSpinBox(this);
    m_yearSpin->setObjectName(QStringLiteral("targetYearSpin"));
    m_yearSpin->setRange(2000, 2100);
    m_yearSpin->setValue(session.clock().today().year());
    m_percentEdit = new QLineEdit(this);
    m_percentEdit->setObjectName(QStringLiteral("targetPercentEdit"));
    m_percentEdit->setPlaceholderText(tr("target in %, e.g. 7,5"));
    auto *add = new QPushButton(tr("Add target"), this);
    add->setObjectName(QStringLiteral("addTargetButton"));
    auto *remove = new QPushButton(tr("Remove"), this);
    remove->setObjectName(QStringLiteral("removeTargetButton"));
    row->addWidget(m_areaCombo);
    row->addWidget(m_yearSpin);
    row->addWidget(m_percentEdit);
    row->addWidget(add);
    row->addWidget(remove);
    layout->addLayout(row);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::accept);
    layout->addWidget(buttons);
    connect(add, &QPushButton::clicked, this, &TargetsDialog::addTarget);
    connect(remove, &QPushButton::clicked, this, &TargetsDialog::removeSelected);
    reload();
    resize(620, 360);
}

void TargetsDialog::reload()
{
    m_targets = storage::PrevalenceRepository(m_session.database()).targets();
    m_table->setRowCount(static_cast<int>(m_targets.size()));
    int row = 0;
    for (const core::PrevalenceTarget &t : m_targets) {
        QString area = tr("Indonesia (national)");
        if (t.area.region) {
            const auto region = m_session.regions().find(*t.area.region);
            area = region ? qs(region->name) : qs(t.area.key());
        }
        const QStringList cells{
            area, QString::number(t.year),
            indicatorName(t.indicator) + QStringLiteral(" ") + percentText(t.percent), qs(t.note)};
        for (int column = 0; column < cells.size(); ++column)
            m_table->setItem(row, column, new QTableWidgetItem(cells[column]));
        ++row;
    }
    m_table->resizeColumnsToContents();
}

void TargetsDialog::addTarget()
{
    bool ok = true;
    const auto percent = io::parseDecimal(m_percentEdit->text(), ok);
    if (!ok || !percent) {
        Dialogs::warning(this, windowTitle(), tr("Type the target as a percentage, such as 7,5."));
        return;
    }
    core::PrevalenceTarget target;
    target.area = core::PrevalenceArea::fromKey(ss(m_areaCombo->currentData().toString()))
                      .value_or(core::PrevalenceArea::national());
    target.year = m_yearSpin->value();
    target.percent = *percent;
    try {
        storage::PrevalenceRepository(m_session.database()).addTarget(target);
    } catch (const storage::StorageError &error) {
        Dialogs::error(this, windowTitle(), error.message());
        return;
    }
    m_percentEdit->clear();
    reload();
    m_session.notifyContentChanged();
}

void TargetsDialog::removeSelected()
{
    const int row = m_table->currentRow();
    if (row < 0 || row >= static_cast<int>(m_targets.size()))
        return;
    const auto &target = m_targets[static_cast<std::size_t>(row)];
    if (!Dialogs::question(this, windowTitle(), tr("Remove the target for %1?").arg(target.year)))
        return;
    try {
        storage::PrevalenceRepository(m_session.database())
            .removeTarget(target.id, target.rowVersion);
    } catch (const storage::StorageError &error) {
        Dialogs::error(this, windowTitle(), error.message());
    }
    reload();
    m_session.notifyContentChanged();
}

} // namespace konvergensi::gui

// SPDX-License-Identifier: GPL-3.0-or-later
#include "gui/prevalence/target_dialogs.h"

#include "ui_prevalence_target_dialog.h"
#include "ui_prevalence_targets_dialog.h"

#include "gui/common/dialogs.h"
#include "gui/language.h"
#include "gui/workspace/workspace_session.h"
#include "io/number_text.h"
#include "qtsupport/text.h"
#include "reports/prevalence/prevalence_words.h"
#include "storage/prevalence/prevalence_repository.h"
#include "storage/regions/region_repository.h"
#include "storage/storage_error.h"
#include "usecases/changes.h"
#include "usecases/prevalence/figures.h"

#include <QHeaderView>
#include <QItemSelectionModel>
#include <QPushButton>

namespace konvergensi::gui {

namespace words = reports::prevalence;

// ---- TargetTableModel -----------------------------------------------------------------

TargetTableModel::TargetTableModel(QObject *parent)
    : QAbstractTableModel(parent)
{
}

void TargetTableModel::setTargets(std::vector<core::PrevalenceTarget> targets,
                                  core::RegionTree tree)
{
    beginResetModel();
    m_rows = std::move(targets);
    m_tree = std::move(tree);
    endResetModel();
}

const core::PrevalenceTarget *TargetTableModel::targetAt(int row) const
{
    return row >= 0 && row < rowCount() ? &m_rows[static_cast<std::size_t>(row)] : nullptr;
}

int TargetTableModel::rowOf(std::int64_t id) const
{
    for (std::size_t row = 0; row < m_rows.size(); ++row) {
        if (m_rows[row].id == id)
            return static_cast<int>(row);
    }
    return -1;
}

int TargetTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_rows.size());
}

int TargetTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant TargetTableModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const core::PrevalenceTarget &t = m_rows[static_cast<std::size_t>(index.row())];
    if (role == Qt::TextAlignmentRole)
        return index.column() == PercentColumn || index.column() == YearColumn
                   ? QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter)
                   : QVariant();
    if (role == Qt::ToolTipRole) {
        if (t.id == 0)
            return tr("Set by Presidential Regulation 72/2021; it cannot be changed here.");
        if (index.column() == NoteColumn && !t.note.empty())
            return qs(t.note);
        return {};
    }
    if (role != Qt::DisplayRole)
        return {};
    switch (index.column()) {
    case AreaColumn: {
        if (!t.area.region)
            return tr("Indonesia (national)");
        const core::Region *region = m_tree.find(*t.area.region);
        return region ? qs(region->name) : qs(t.area.key());
    }
    case YearColumn:
        return QString::number(t.year);
    case IndicatorColumn:
        return words::indicatorName(t.indicator);
    case PercentColumn:
        return words::percentText(t.percent, LanguageSetup::current());
    case NoteColumn:
        return qs(t.note);
    default:
        return {};
    }
}

QVariant TargetTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case AreaColumn:
        return tr("Area");
    case YearColumn:
        return tr("Year");
    case IndicatorColumn:
        return tr("Indicator");
    case PercentColumn:
        return tr("Target");
    case NoteColumn:
        return tr("Note");
    default:
        return {};
    }
}

// ---- TargetDialog ----------------------------------------------------------------------

TargetDialog::TargetDialog(WorkspaceSession &session, std::optional<core::PrevalenceTarget> target,
                           QWidget *parent)
    : SaveDialog(parent)
    , m_session(session)
    , m_ui(std::make_unique<Ui::TargetDialog>())
    , m_target(std::move(target))
{
    m_ui->setupUi(this);
    setObjectName(QStringLiteral("targetDialog"));
    setWindowTitle(m_target ? tr("Edit target") : tr("Add target"));
    if (const auto district = session.regions().district())
        m_ui->targetAreaCombo->addItem(qs(district->name), qs(district->code.toString()));
    m_ui->targetAreaCombo->addItem(tr("Indonesia (national)"), QStringLiteral("national"));
    for (core::PrevalenceIndicator indicator : core::allPrevalenceIndicators())
        m_ui->targetIndicatorCombo->addItem(words::indicatorName(indicator),
                                            static_cast<int>(indicator));
    m_ui->targetYearSpin->setValue(session.clock().today().year());
    if (m_target) {
        m_ui->targetAreaCombo->setCurrentIndex(
            m_ui->targetAreaCombo->findData(qs(m_target->area.key())));
        m_ui->targetYearSpin->setValue(m_target->year);
        m_ui->targetIndicatorCombo->setCurrentIndex(
            m_ui->targetIndicatorCombo->findData(static_cast<int>(m_target->indicator)));
        m_ui->targetPercentEdit->setText(
            qs(core::formatDecimal(m_target->percent, 1, LanguageSetup::current())));
        m_ui->targetNoteEdit->setText(qs(m_target->note));
        // The area, year and indicator are the target's key.
        m_ui->targetAreaCombo->setEnabled(false);
        m_ui->targetYearSpin->setEnabled(false);
        m_ui->targetIndicatorCombo->setEnabled(false);
    }
    connect(m_ui->buttons, &QDialogButtonBox::accepted, this, &TargetDialog::accept);
    connect(m_ui->buttons, &QDialogButtonBox::rejected, this, &TargetDialog::reject);
    connect(&session, &WorkspaceSession::workspaceChanged, this, [this] { discardUnsavedWork(); });
    trackEdits();
}

TargetDialog::~TargetDialog() = default;

QString TargetDialog::save()
{
    bool ok = true;
    const auto percent = io::parseDecimal(m_ui->targetPercentEdit->text(), ok);
    if (!ok || !percent)
        return tr("Type the target as a percentage, such as 7,5.");
    core::PrevalenceTarget target = m_target.value_or(core::PrevalenceTarget{});
    if (!m_target) {
        target.area = core::PrevalenceArea::fromKey(
                          ss(m_ui->targetAreaCombo->currentData().toString()))
                          .value_or(core::PrevalenceArea::national());
        target.year = m_ui->targetYearSpin->value();
        target.indicator = static_cast<core::PrevalenceIndicator>(
            m_ui->targetIndicatorCombo->currentData().toInt());
        const int thisYear = m_session.clock().today().year();
        if ((target.year < thisYear - 10 || target.year > thisYear + 10)
            && !Dialogs::question(this, windowTitle(),
                                  tr("The target is for %1, far from this year. Is the year "
                                     "right?")
                                      .arg(target.year)))
            return tr("Check the year.");
    }
    target.percent = *percent;
    target.note = ss(m_ui->targetNoteEdit->text().trimmed());
    m_saved = usecases::prevalence::saveTarget(m_session.database(), target);
    m_session.notifyChanged(usecases::Topic::Prevalence);
    return {};
}

// ---- TargetsDialog ---------------------------------------------------------------------

TargetsDialog::TargetsDialog(WorkspaceSession &session, QWidget *parent)
    : QDialog(parent)
    , m_session(session)
    , m_ui(std::make_unique<Ui::TargetsDialog>())
    , m_model(new TargetTableModel(this))
{
    m_ui->setupUi(this);
    setObjectName(QStringLiteral("targetsDialog"));
    m_ui->targetTable->setModel(m_model);
    m_ui->targetTable->verticalHeader()->hide();
    QHeaderView *header = m_ui->targetTable->horizontalHeader();
    for (int column = 0; column < TargetTableModel::ColumnCount; ++column)
        header->setSectionResizeMode(column, QHeaderView::ResizeToContents);
    header->setSectionResizeMode(TargetTableModel::NoteColumn, QHeaderView::Stretch);
    connect(m_ui->addTargetButton, &QPushButton::clicked, this, &TargetsDialog::addTarget);
    connect(m_ui->editTargetButton, &QPushButton::clicked, this, &TargetsDialog::editTarget);
    connect(m_ui->removeTargetButton, &QPushButton::clicked, this, &TargetsDialog::removeSelected);
    connect(m_ui->targetTable, &QAbstractItemView::doubleClicked, this, &TargetsDialog::editTarget);
    connect(m_ui->targetTable->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            &TargetsDialog::updateButtons);
    connect(m_ui->buttons, &QDialogButtonBox::rejected, this, &QDialog::accept);
    connect(&session, &WorkspaceSession::workspaceChanged, this, &QDialog::reject);
    reload();
}

TargetsDialog::~TargetsDialog() = default;

const core::PrevalenceTarget *TargetsDialog::current() const
{
    return m_model->targetAt(m_ui->targetTable->currentIndex().row());
}

void TargetsDialog::updateButtons()
{
    const core::PrevalenceTarget *target = current();
    const bool editable = target && target->id != 0;
    m_ui->editTargetButton->setEnabled(editable);
    m_ui->removeTargetButton->setEnabled(editable);
}

void TargetsDialog::reload()
{
    const std::int64_t keep = current() ? current()->id : -1;
    try {
        m_model->setTargets(storage::PrevalenceRepository(m_session.database()).targets(),
                            m_session.regions().tree());
    } catch (const storage::StorageError &error) {
        Dialogs::error(this, windowTitle(), error.message());
    }
    if (keep >= 0)
        selectTarget(keep);
    updateButtons();
}

void TargetsDialog::selectTarget(std::int64_t id)
{
    const int row = m_model->rowOf(id);
    if (row >= 0)
        m_ui->targetTable->setCurrentIndex(m_model->index(row, 0));
    updateButtons();
}

void TargetsDialog::addTarget()
{
    TargetDialog dialog(m_session, std::nullopt, this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    reload();
    selectTarget(dialog.saved().id);
}

void TargetsDialog::editTarget()
{
    const core::PrevalenceTarget *target = current();
    if (!target || target->id == 0)
        return;
    TargetDialog dialog(m_session, *target, this);
    const bool saved = dialog.exec() == QDialog::Accepted;
    reload();
    if (saved)
        selectTarget(dialog.saved().id);
}

void TargetsDialog::removeSelected()
{
    const core::PrevalenceTarget *selected = current();
    if (!selected || selected->id == 0)
        return;
    const core::PrevalenceTarget target = *selected;
    if (!Dialogs::question(this, windowTitle(),
                           tr("Remove the target of %1 for %2 (%3)?")
                               .arg(words::percentText(target.percent, LanguageSetup::current()),
                                    QString::number(target.year),
                                    words::indicatorName(target.indicator))))
        return;
    try {
        usecases::prevalence::removeTarget(m_session.database(), target);
    } catch (const storage::StorageError &error) {
        Dialogs::error(this, windowTitle(), error.message());
    }
    reload();
    m_session.notifyChanged(usecases::Topic::Prevalence);
}

} // namespace konvergensi::gui

// SPDX-License-Identifier: GPL-3.0-or-later
#include "gui/locus/scorecard_dialog.h"

#include "ui_locus_scorecard_dialog.h"

#include "gui/language.h"
#include "gui/locus/scorecard_edit_model.h"
#include "gui/workspace/workspace_session.h"
#include "qtsupport/text.h"

#include "core/format.h"
#include "io/number_text.h"
#include "reports/locus/locus_words.h"
#include "usecases/locus/scorecards.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSignalBlocker>
#include <QSpinBox>
#include <QStyledItemDelegate>
#include <QTableView>

#include <algorithm>
#include <set>

namespace konvergensi::gui::locus {

namespace {

using Model = ScorecardEditModel;

constexpr int kNameLength = 200;
constexpr int kNoteLength = 500;

/// The service package of a row, chosen in a combo box that writes to the model as soon as
/// the choice changes.
class PackageDelegate : public QStyledItemDelegate
{
public:
    using QStyledItemDelegate::QStyledItemDelegate;

    QWidget *createEditor(QWidget *parent, const QStyleOptionViewItem &,
                          const QModelIndex &) const override
    {
        auto *combo = new QComboBox(parent);
        for (core::ServicePackage p : core::kServicePackages)
            combo->addItem(reports::packageName(p), static_cast<int>(p));
        auto *self = const_cast<PackageDelegate *>(this);
        connect(combo, &QComboBox::currentIndexChanged, self,
                [self, combo] { Q_EMIT self->commitData(combo); });
        return combo;
    }

    void setEditorData(QWidget *editor, const QModelIndex &index) const override
    {
        auto *combo = static_cast<QComboBox *>(editor);
        const QSignalBlocker blocker(combo);
        combo->setCurrentIndex(combo->findData(index.data(Qt::EditRole)));
    }

    void setModelData(QWidget *editor, QAbstractItemModel *model,
                      const QModelIndex &index) const override
    {
        const auto *combo = static_cast<QComboBox *>(editor);
        if (index.data(Qt::EditRole) != combo->currentData())
            model->setData(index, combo->currentData(), Qt::EditRole);
    }
};

} // namespace

ScorecardDialog::ScorecardDialog(WorkspaceSession &session, const core::Scorecard &scorecard,
                                 const QString &villageName, bool isNew, QWidget *parent)
    : SaveDialog(parent)
    , m_ui(std::make_unique<Ui::ScorecardDialog>())
    , m_session(session)
    , m_scorecard(scorecard)
    , m_isNew(isNew)
{
    m_ui->setupUi(this);
    setWindowTitle(isNew ? tr("New scorecard: %1").arg(villageName)
                         : tr("Scorecard of %1, %2").arg(villageName).arg(scorecard.year));
    m_yearSpin = m_ui->scorecardYearSpin;
    m_yearSpin->setEnabled(isNew);
    m_apbdesEdit = m_ui->apbdesEdit;
    m_noteEdit = m_ui->scorecardNoteEdit;
    m_noteEdit->setMaxLength(kNoteLength);
    m_coverageLabel = m_ui->scorecardCoverageLabel;

    m_model = new Model(
        {tr("Service package"), tr("Indicator"), tr("Target"), tr("Achieved"), tr("Coverage")},
        this);
    m_table = m_ui->indicatorTable;
    m_table->setModel(m_model);
    m_table->setItemDelegateForColumn(Model::PackageColumn, new PackageDelegate(m_table));
    m_table->horizontalHeader()->setSectionResizeMode(Model::NameColumn, QHeaderView::Stretch);
    int packageWidth = 0;
    for (core::ServicePackage p : core::kServicePackages)
        packageWidth = std::max(packageWidth,
                                fontMetrics().horizontalAdvance(reports::packageName(p)));
    m_table->setColumnWidth(Model::PackageColumn, packageWidth + 48); // room for the combo's arrow

    QPushButton *add = m_ui->addIndicatorButton;
    QPushButton *remove = m_ui->removeIndicatorButton;
    QPushButton *standard = m_ui->standardIndicatorsButton;
    QDialogButtonBox *buttons = m_ui->buttonBox;

    connect(add, &QPushButton::clicked, this, &ScorecardDialog::addIndicator);
    connect(remove, &QPushButton::clicked, this, &ScorecardDialog::removeSelectedIndicator);
    connect(standard, &QPushButton::clicked, this, &ScorecardDialog::addStandardIndicators);
    connect(m_model, &Model::dataChanged, this, &ScorecardDialog::refreshCoverage);
    connect(m_model, &Model::rowsRemoved, this, &ScorecardDialog::refreshCoverage);
    connect(m_model, &Model::rowsInserted, this, [this](const QModelIndex &, int first, int last) {
        openPackageEditors(first, last);
        refreshCoverage();
    });
    connect(m_model, &Model::modelReset, this, [this] {
        openPackageEditors(0, m_model->rowCount() - 1);
        refreshCoverage();
    });
    connect(buttons, &QDialogButtonBox::accepted, this, &ScorecardDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &ScorecardDialog::reject);
    connect(&session, &WorkspaceSession::workspaceChanged, this,
            &ScorecardDialog::discardUnsavedWork);
    fill(scorecard);
    trackEdits();
}

ScorecardDialog::~ScorecardDialog() = default;

void ScorecardDialog::fill(const core::Scorecard &scorecard)
{
    m_yearSpin->setValue(scorecard.year);
    m_apbdesEdit->setText(scorecard.apbdesStunting ? qs(core::formatInteger(
                              *scorecard.apbdesStunting, LanguageSetup::current()))
                                                   : QString());
    m_noteEdit->setText(qs(scorecard.note));
    m_model->setIndicators(scorecard.indicators);
}

void ScorecardDialog::openPackageEditors(int first, int last)
{
    for (int row = first; row <= last; ++row)
        m_table->openPersistentEditor(m_model->index(row, Model::PackageColumn));
}

void ScorecardDialog::addIndicator()
{
    core::ScorecardIndicator indicator;
    if (const int row = m_table->currentIndex().row(); row >= 0) {
        // A new indicator most likely belongs to the package of the selected one.
        indicator.package = m_model->rowAt(row).package;
    }
    m_model->appendIndicator(indicator);
    const QModelIndex name = m_model->index(m_model->rowCount() - 1, Model::NameColumn);
    m_table->setCurrentIndex(name);
    m_table->edit(name);
}

void ScorecardDialog::removeSelectedIndicator()
{
    const int row = m_table->currentIndex().row();
    if (row < 0)
        return;
    m_model->removeRows(row, 1);
}

void ScorecardDialog::addStandardIndicators()
{
    std::set<std::pair<int, QString>> held;
    for (int row = 0; row < m_model->rowCount(); ++row) {
        const Model::Row &typed = m_model->rowAt(row);
        held.emplace(static_cast<int>(typed.package), typed.name.trimmed().toCaseFolded());
    }
    for (const core::ScorecardIndicator &indicator : core::standardScorecardIndicators()) {
        if (!held.contains(
                {static_cast<int>(indicator.package), qs(indicator.name).toCaseFolded()}))
            m_model->appendIndicator(indicator);
    }
}

bool ScorecardDialog::read(core::Scorecard &card, QString &problem) const
{
    card.year = m_yearSpin->value();
    bool ok = true;
    card.apbdesStunting = io::parseCount(m_apbdesEdit->text(), ok);
    if (!ok) {
        problem = tr("The APBDes allocation \"%1\" is not an amount in rupiah.")
                      .arg(m_apbdesEdit->text());
        return false;
    }
    card.note = ss(m_noteEdit->text().trimmed());
    card.indicators.clear();
    for (int row = 0; row < m_model->rowCount(); ++row) {
        const Model::Row &typed = m_model->rowAt(row);
        core::ScorecardIndicator indicator;
        indicator.package = typed.package;
        indicator.name = ss(typed.name.trimmed().left(kNameLength));
        for (const auto &[text, target] : {std::pair{&typed.target, &indicator.target},
                                           std::pair{&typed.achieved, &indicator.achieved}}) {
            const auto value = io::parseCount(*text, ok);
            if (!ok) {
                problem = tr("Row %1: \"%2\" is not a whole number.").arg(row + 1).arg(*text);
                return false;
            }
            *target = value.value_or(0);
        }
        card.indicators.push_back(std::move(indicator));
    }
    return true;
}

void ScorecardDialog::refreshCoverage()
{
    core::Scorecard card = m_scorecard;
    QString problem;
    const bool readable = read(card, problem);
    const core::Language language = LanguageSetup::current();
    if (!readable) {
        m_coverageLabel->setText(problem);
        return;
    }
    const core::ScorecardCoverage coverage = core::coverageOf(card);
    QStringList parts;
    for (const core::PackageCoverage &p : coverage.packages)
        parts << QStringLiteral("%1 %2").arg(reports::packageShortName(p.package),
                                             reports::percentOrDash(p.percent, language));
    m_coverageLabel->setText(tr("Coverage: %1. Overall %2.")
                                 .arg(parts.join(QStringLiteral(", ")),
                                      reports::percentOrDash(coverage.overall, language)));
}

QString ScorecardDialog::save()
{
    core::Scorecard card = m_scorecard;
    QString problem;
    if (!read(card, problem))
        return problem;
    m_scorecard = usecases::locus::saveScorecard(m_session.database(), card);
    m_isNew = false;
    m_session.notifyChanged(usecases::Topic::Locus);
    return {};
}

bool ScorecardDialog::reloadStored()
{
    if (m_isNew)
        return false;
    const auto stored = usecases::locus::findScorecard(m_session.database(), m_scorecard.village,
                                                       m_scorecard.year);
    if (!stored)
        return false;
    m_scorecard = *stored;
    fill(m_scorecard);
    return true;
}

} // namespace konvergensi::gui::locus

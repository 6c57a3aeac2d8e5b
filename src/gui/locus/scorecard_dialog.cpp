// SPDX-License-Identifier: GPL-3.0-or-later
#include "gui/locus/scorecard_dialog.h"

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
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSignalBlocker>
#include <QSpinBox>
#include <QStyledItemDelegate>
#include <QTableView>
#include <QVBoxLayout>

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
    , m_session(session)
    , m_scorecard(scorecard)
    , m_isNew(isNew)
{
    setObjectName(QStringLiteral("scorecardDialog"));
    setWindowTitle(isNew ? tr("New scorecard: %1").arg(villageName)
                         : tr("Scorecard of %1, %2").arg(villageName).arg(scorecard.year));
    auto *layout = new QVBoxLayout(this);

    auto *form = new QFormLayout;
    m_yearSpin = new QSpinBox(this);
    m_yearSpin->setObjectName(QStringLiteral("scorecardYearSpin"));
    m_yearSpin->setRange(2000, 2100);
    m_yearSpin->setEnabled(isNew);
    m_yearSpin->setMaximumWidth(110);
    form->addRow(tr("Year:"), m_yearSpin);
    m_apbdesEdit = new QLineEdit(this);
    m_apbdesEdit->setObjectName(QStringLiteral("apbdesEdit"));
    m_apbdesEdit->setPlaceholderText(tr("Rupiah, e.g. 125.000.000; empty when not known"));
    m_apbdesEdit->setMaximumWidth(420);
    m_apbdesEdit->setMaxLength(25);
    form->addRow(tr("APBDes for stunting (Rp):"), m_apbdesEdit);
    m_noteEdit = new QLineEdit(this);
    m_noteEdit->setObjectName(QStringLiteral("scorecardNoteEdit"));
    m_noteEdit->setMaxLength(kNoteLength);
    form->addRow(tr("Note:"), m_noteEdit);
    layout->addLayout(form);

    m_model = new Model(
        {tr("Service package"), tr("Indicator"), tr("Target"), tr("Achieved"), tr("Coverage")},
        this);
    m_table = new QTableView(this);
    m_table->setObjectName(QStringLiteral("indicatorTable"));
    m_table->setModel(m_model);
    m_table->setItemDelegateForColumn(Model::PackageColumn, new PackageDelegate(m_table));
    m_table->verticalHeader()->setVisible(false);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setTextElideMode(Qt::ElideRight);
    m_table->horizontalHeader()->setSectionResizeMode(Model::NameColumn, QHeaderView::Stretch);
    int packageWidth = 0;
    for (core::ServicePackage p : core::kServicePackages)
        packageWidth = std::max(packageWidth,
                                fontMetrics().horizontalAdvance(reports::packageName(p)));
    m_table->setColumnWidth(Model::PackageColumn, packageWidth + 48); // room for the combo's arrow
    layout->addWidget(m_table, 1);

    auto *rowButtons = new QHBoxLayout;
    auto *add = new QPushButton(tr("Add indicator"), this);
    add->setObjectName(QStringLiteral("addIndicatorButton"));
    auto *remove = new QPushButton(tr("Remove indicator"), this);
    remove->setObjectName(QStringLiteral("removeIndicatorButton"));
    auto *standard = new QPushButton(tr("Add the standard indicators"), this);
    standard->setObjectName(QStringLiteral("standardIndicatorsButton"));
    standard->setToolTip(tr("The indicators of the national village convergence scorecard "
                            "that the table does not hold yet"));
    rowButtons->addWidget(add);
    rowButtons->addWidget(remove);
    rowButtons->addWidget(standard);
    rowButtons->addStretch(1);
    layout->addLayout(rowButtons);

    m_coverageLabel = new QLabel(this);
    m_coverageLabel->setObjectName(QStringLiteral("scorecardCoverageLabel"));
    m_coverageLabel->setWordWrap(true);
    layout->addWidget(m_coverageLabel);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel, this);
    buttons->setObjectName(QStringLiteral("buttonBox"));
    layout->addWidget(buttons);

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
    resize(900, 560);
    trackEdits();
}

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

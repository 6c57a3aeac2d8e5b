// SPDX-License-Identifier: GPL-3.0-or-later
#include "gui/locus/village_tab.h"

#include "gui/common/date_edit.h"
#include "gui/common/dialogs.h"
#include "gui/common/reload_when_shown.h"
#include "gui/language.h"
#include "gui/locus/decree_dialog.h"
#include "gui/locus/locus_widgets.h"
#include "gui/locus/scorecard_dialog.h"
#include "gui/locus/village_models.h"
#include "gui/workspace/workspace_session.h"
#include "qtsupport/dates.h"
#include "qtsupport/text.h"

#include "reports/locus/locus_words.h"
#include "storage/database.h"
#include "storage/storage_error.h"
#include "usecases/locus/scorecards.h"
#include "usecases/locus/village_profile.h"

#include <QComboBox>
#include <QCompleter>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QPushButton>
#include <QTableView>
#include <QVBoxLayout>

namespace konvergensi::gui::locus {

using usecases::locus::FileFormat;
using usecases::locus::LocusDocument;

VillageTab::VillageTab(WorkspaceSession &session, QWidget *parent)
    : QWidget(parent)
    , m_session(session)
    , m_historyModel(new LocusHistoryModel(this))
    , m_scorecardModel(new ScorecardIndicatorModel(this))
{
    setObjectName(QStringLiteral("villageTab"));
    auto *layout = new QVBoxLayout(this);
    auto *bar = new QHBoxLayout;
    auto *villageLabel = new QLabel(tr("&Village:"), this);
    bar->addWidget(villageLabel);
    m_villageCombo = new QComboBox(this);
    m_villageCombo->setObjectName(QStringLiteral("villageCombo"));
    m_villageCombo->setEditable(true);
    m_villageCombo->setInsertPolicy(QComboBox::NoInsert);
    m_villageCombo->setMinimumContentsLength(30);
    m_villageCombo->completer()->setFilterMode(Qt::MatchContains);
    m_villageCombo->completer()->setCompletionMode(QCompleter::PopupCompletion);
    m_villageCombo->lineEdit()->setPlaceholderText(tr("Type part of the name to find a village"));
    villageLabel->setBuddy(m_villageCombo);
    bar->addWidget(m_villageCombo, 1);
    auto *summary = makeButton(this, tr("Scorecard &summary"),
                               QStringLiteral("scorecardSummaryButton"));
    summary->setToolTip(tr("Every village's scorecard of the year chosen at the top"));
    auto *summaryMenu = new QMenu(summary);
    QAction *print = summaryMenu->addAction(tr("Print…"));
    print->setObjectName(QStringLiteral("scorecardPrintAction"));
    connect(print, &QAction::triggered, this, &VillageTab::printSummary);
    const auto addSave = [&](const QString &text, const QString &name, FileFormat format) {
        QAction *action = summaryMenu->addAction(text);
        action->setObjectName(name);
        connect(action, &QAction::triggered, this,
                [this, format] { saveSummary(static_cast<int>(format)); });
    };
    addSave(tr("Save as PDF…"), QStringLiteral("scorecardPdfAction"), FileFormat::Pdf);
    addSave(tr("Save as Excel workbook (XLSX)…"), QStringLiteral("scorecardXlsxAction"),
            FileFormat::Xlsx);
    addSave(tr("Save as CSV…"), QStringLiteral("scorecardCsvAction"), FileFormat::Csv);
    summary->setMenu(summaryMenu);
    bar->addWidget(summary);
    layout->addLayout(bar);

    auto *top = new QHBoxLayout;
    m_historyBox = new QGroupBox(tr("Locus history"), this);
    auto *historyLayout = new QVBoxLayout(m_historyBox);
    auto *history = makeTable(m_historyBox, QStringLiteral("villageHistoryView"), m_historyModel,
                              LocusHistoryModel::YearColumn, {LocusHistoryModel::ReasonColumn});
    history->setMaximumHeight(130);
    historyLayout->addWidget(history);
    top->addWidget(m_historyBox, 3);
    auto *kpmBox = new QGroupBox(tr("Human development cadre (KPM)"), this);
    auto *kpmLayout = new QVBoxLayout(kpmBox);
    m_kpmLabel = new QLabel(kpmBox);
    m_kpmLabel->setObjectName(QStringLiteral("kpmLabel"));
    m_kpmLabel->setWordWrap(true);
    kpmLayout->addWidget(m_kpmLabel, 1);
    auto *kpmEdit = makeButton(kpmBox, tr("Edit &KPM…"), QStringLiteral("kpmEditButton"));
    kpmLayout->addWidget(kpmEdit, 0, Qt::AlignRight);
    top->addWidget(kpmBox, 2);
    layout->addLayout(top);

    auto *cardBar = new QHBoxLayout;
    auto *yearLabel = new QLabel(tr("Convergence scorecard &of:"), this);
    cardBar->addWidget(yearLabel);
    m_yearCombo = new QComboBox(this);
    m_yearCombo->setObjectName(QStringLiteral("scorecardYearCombo"));
    yearLabel->setBuddy(m_yearCombo);
    cardBar->addWidget(m_yearCombo);
    auto *newCard = makeButton(this, tr("&New scorecard…"), QStringLiteral("scorecardNewButton"));
    m_editButton = makeButton(this, tr("&Edit scorecard…"), QStringLiteral("scorecardEditButton"));
    m_removeButton = makeButton(this, tr("&Remove scorecard…"),
                                QStringLiteral("scorecardRemoveButton"));
    cardBar->addStretch(1);
    cardBar->addWidget(newCard);
    cardBar->addWidget(m_editButton);
    cardBar->addWidget(m_removeButton);
    layout->addLayout(cardBar);
    m_scorecardLabel = new QLabel(this);
    m_scorecardLabel->setObjectName(QStringLiteral("scorecardLabel"));
    m_scorecardLabel->setWordWrap(true);
    layout->addWidget(m_scorecardLabel);
    layout->addWidget(makeTable(this, QStringLiteral("scorecardView"), m_scorecardModel,
                                ScorecardIndicatorModel::PackageColumn,
                                {ScorecardIndicatorModel::NameColumn}),
                      1);

    connect(m_villageCombo, &QComboBox::activated, this, [this] {
        m_userChose = true;
        showProfile();
    });
    connect(m_yearCombo, &QComboBox::currentIndexChanged, this, &VillageTab::showScorecard);
    connect(kpmEdit, &QPushButton::clicked, this, &VillageTab::editKpm);
    connect(newCard, &QPushButton::clicked, this, &VillageTab::newScorecard);
    connect(m_editButton, &QPushButton::clicked, this, &VillageTab::editScorecard);
    connect(m_removeButton, &QPushButton::clicked, this, &VillageTab::removeScorecard);
    connect(&session, &WorkspaceSession::workspaceChanged, this, [this] {
        m_userChose = false;
        m_villageCombo->clear();
    });
    m_reloader = ReloadWhenShown::attach(
        this, session, usecases::Topic::Locus | usecases::Topic::Regions, [this] { reload(); });
}

void VillageTab::fillVillages()
{
    const QSignalBlocker blocker(m_villageCombo);
    const QString current = village();
    m_villageCombo->clear();
    for (const auto &choice : usecases::locus::villageChoices(m_session.database()))
        m_villageCombo->addItem(QStringLiteral("%1 \u2013 %2 (%3)")
                                    .arg(choice.name, choice.kecamatan, qs(choice.code.toString())),
                                qs(choice.code.toString()));
    m_villageCombo->setCurrentIndex(m_villageCombo->findData(current));
}

void VillageTab::setYear(int year)
{
    if (year == m_year)
        return;
    m_year = year;
    m_reloader->requestReload();
}

void VillageTab::reload()
{
    if (!m_session.isOpen())
        return;
    fillVillages();
    if (!m_userChose || m_villageCombo->currentIndex() < 0) {
        if (const auto code = usecases::locus::profileVillageFor(m_session.database(), m_year)) {
            const QSignalBlocker blocker(m_villageCombo);
            m_villageCombo->setCurrentIndex(m_villageCombo->findData(qs(code->toString())));
        }
    }
    showProfile();
}

void VillageTab::showVillage(const QString &code)
{
    const int index = m_villageCombo->findData(code);
    if (index < 0)
        return;
    m_userChose = true;
    {
        const QSignalBlocker blocker(m_villageCombo);
        m_villageCombo->setCurrentIndex(index);
    }
    showProfile();
}

QString VillageTab::village() const
{
    return m_villageCombo->currentData().toString();
}

void VillageTab::showProfile()
{
    const auto code = core::RegionCode::parse(ss(village()));
    if (!m_session.isOpen() || !code) {
        m_historyModel->setHistory({});
        m_scorecards.clear();
        m_kpmLabel->clear();
        m_yearCombo->clear();
        return;
    }
    const usecases::locus::VillageProfile profile = usecases::locus::loadVillageProfile(
        m_session.database(), *code);
    m_villageName = profile.name;
    m_historyModel->setHistory(profile.history);
    if (profile.kpm && !profile.kpm->name.empty()) {
        QStringList lines{QStringLiteral("<b>%1</b>").arg(qs(profile.kpm->name).toHtmlEscaped())};
        if (!profile.kpm->phone.empty())
            lines << tr("Phone: %1").arg(qs(profile.kpm->phone).toHtmlEscaped());
        if (profile.kpm->since)
            lines << tr("KPM since %1").arg(DateEdit::displayText(toQDate(*profile.kpm->since)));
        m_kpmLabel->setText(lines.join(QStringLiteral("<br/>")));
    } else {
        m_kpmLabel->setText(tr("No KPM recorded for this village."));
    }
    m_historyBox->setTitle(profile.history.empty()
                               ? tr("Locus history: never on a locus list")
                               : tr("Locus history: %n year(s) on the list", nullptr,
                                    static_cast<int>(profile.history.size())));
    const int shownYear = m_yearCombo->currentData().toInt();
    m_scorecards = profile.scorecards;
    {
        const QSignalBlocker blocker(m_yearCombo);
        m_yearCombo->clear();
        for (const core::Scorecard &card : m_scorecards)
            m_yearCombo->addItem(QString::number(card.year), card.year);
        const int keep = m_yearCombo->findData(shownYear);
        const int pageYear = m_yearCombo->findData(m_year);
        m_yearCombo->setCurrentIndex(keep >= 0       ? keep
                                     : pageYear >= 0 ? pageYear
                                                     : m_yearCombo->count() - 1);
    }
    showScorecard();
}

std::optional<core::Scorecard> VillageTab::chosenScorecard() const
{
    const int year = m_yearCombo->currentData().toInt();
    for (const core::Scorecard &card : m_scorecards) {
        if (card.year == year)
            return card;
    }
    return std::nullopt;
}

void VillageTab::showScorecard()
{
    const auto card = chosenScorecard();
    m_editButton->setEnabled(card.has_value());
    m_removeButton->setEnabled(card.has_value());
    if (!card) {
        m_scorecardModel->setIndicators({});
        m_scorecardLabel->setText(m_scorecards.empty() ? tr("No scorecard held for this village.")
                                                       : QString());
        return;
    }
    const core::Language language = LanguageSetup::current();
    m_scorecardModel->setIndicators(card->indicators);
    const core::ScorecardCoverage coverage = core::coverageOf(*card);
    QStringList parts;
    for (const core::PackageCoverage &p : coverage.packages)
        parts << QStringLiteral("%1 %2").arg(reports::packageShortName(p.package),
                                             reports::percentOrDash(p.percent, language));
    m_scorecardLabel->setText(tr("Coverage: %1. Overall %2. APBDes for stunting: %3.")
                                  .arg(parts.join(QStringLiteral(", ")),
                                       reports::percentOrDash(coverage.overall, language),
                                       card->apbdesStunting
                                           ? qs(core::formatRupiah(*card->apbdesStunting, language))
                                           : tr("not known")));
}

void VillageTab::runScorecardDialog(const core::Scorecard &card, bool isNew)
{
    ScorecardDialog dialog(m_session, card, m_villageName, isNew, this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    const int saved = dialog.scorecard().year;
    showProfile();
    m_yearCombo->setCurrentIndex(m_yearCombo->findData(saved));
}

void VillageTab::newScorecard()
{
    const auto code = core::RegionCode::parse(ss(village()));
    if (!m_session.isOpen() || !code)
        return;
    runScorecardDialog(usecases::locus::newScorecard(*code, m_year), true);
}

void VillageTab::editScorecard()
{
    if (const auto card = chosenScorecard())
        runScorecardDialog(*card, false);
}

void VillageTab::removeScorecard()
{
    const auto card = chosenScorecard();
    if (!card)
        return;
    if (!Dialogs::question(this, tr("Remove the scorecard"),
                           tr("Remove the scorecard of %1 for %2 with its %n indicator(s)?",
                              nullptr, static_cast<int>(card->indicators.size()))
                               .arg(m_villageName)
                               .arg(card->year)))
        return;
    try {
        usecases::locus::removeScorecard(m_session.database(), card->id, card->rowVersion);
    } catch (const storage::StorageError &error) {
        Dialogs::warning(this, tr("Scorecard not removed"), error.message());
    }
    m_session.notifyChanged(usecases::Topic::Locus);
    showProfile();
}

void VillageTab::editKpm()
{
    const auto code = core::RegionCode::parse(ss(village()));
    if (!m_session.isOpen() || !code)
        return;
    KpmDialog dialog(m_session, usecases::locus::kpmOf(m_session.database(), *code), m_villageName,
                     this);
    if (dialog.exec() == QDialog::Accepted)
        showProfile();
}

void VillageTab::printSummary()
{
    previewDocument(this, m_session, LocusDocument::Scorecards, m_year, m_paper);
}

void VillageTab::saveSummary(int format)
{
    saveDocument(this, m_session, LocusDocument::Scorecards, m_year, m_paper,
                 static_cast<FileFormat>(format));
}

} // namespace konvergensi::gui::locus

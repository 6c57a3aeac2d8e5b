// SPDX-License-Identifier: GPL-3.0-or-later
#include "gui/prevalence/puskesmas_dialog.h"

#include "ui_prevalence_puskesmas_dialog.h"

#include "gui/common/colours.h"
#include "gui/common/dialogs.h"
#include "gui/workspace/workspace_session.h"
#include "qtsupport/text.h"
#include "reports/prevalence/prevalence_words.h"
#include "storage/prevalence/prevalence_repository.h"
#include "storage/regions/region_repository.h"
#include "storage/storage_error.h"
#include "usecases/changes.h"
#include "usecases/prevalence/figures.h"

#include <QPushButton>
#include <QSignalBlocker>

namespace konvergensi::gui {

namespace {

enum ItemRole {
    CodeRole = Qt::UserRole + 1,
    KecamatanRole, ///< code of the village's kecamatan
    KecamatanNameRole,
    NameRole,     ///< "Kelapapati (14.03.01.2004)"
    ServedByRole, ///< name of the other puskesmas that serves it, or empty
};

} // namespace

PuskesmasDialog::PuskesmasDialog(WorkspaceSession &session,
                                 std::optional<core::Puskesmas> puskesmas, QWidget *parent)
    : SaveDialog(parent)
    , m_session(session)
    , m_ui(std::make_unique<Ui::PuskesmasDialog>())
    , m_new(!puskesmas.has_value())
    , m_puskesmas(puskesmas.value_or(core::Puskesmas{}))
{
    m_ui->setupUi(this);
    setObjectName(QStringLiteral("puskesmasDialog"));
    setWindowTitle(m_new ? tr("Add puskesmas") : tr("Edit puskesmas"));
    m_ui->codeLineEdit->setReadOnly(!m_new);
    if (!m_new)
        m_ui->codeLineEdit->setToolTip(tr("The code cannot change: figures refer to it."));
    m_ui->villageHintLabel->setStyleSheet(colours::textStyle(colours::muted));
    m_tree = session.regions().tree();
    if (const auto district = session.regions().district()) {
        for (const core::Region *kecamatan : m_tree.children(district->code)) {
            if (kecamatan->level() == core::RegionLevel::Kecamatan)
                m_ui->kecamatanComboBox->addItem(qs(kecamatan->name),
                                                 qs(kecamatan->code.toString()));
        }
    }
    fill(m_puskesmas);

    connect(m_ui->kecamatanComboBox, &QComboBox::currentIndexChanged, this,
            &PuskesmasDialog::applyFilter);
    connect(m_ui->villageFilterLineEdit, &QLineEdit::textChanged, this,
            &PuskesmasDialog::applyFilter);
    connect(m_ui->allKecamatanCheckBox, &QCheckBox::toggled, this, &PuskesmasDialog::applyFilter);
    connect(m_ui->villageListWidget, &QListWidget::itemChanged, this,
            &PuskesmasDialog::updateCount);
    connect(m_ui->checkAllButton, &QPushButton::clicked, this, [this] { setShownChecked(true); });
    connect(m_ui->uncheckAllButton, &QPushButton::clicked, this,
            [this] { setShownChecked(false); });
    connect(m_ui->buttonBox, &QDialogButtonBox::accepted, this, &PuskesmasDialog::accept);
    connect(m_ui->buttonBox, &QDialogButtonBox::rejected, this, &PuskesmasDialog::reject);
    connect(&session, &WorkspaceSession::workspaceChanged, this, [this] { discardUnsavedWork(); });
    if (!m_new)
        m_ui->nameLineEdit->setFocus();
    trackEdits();
}

PuskesmasDialog::~PuskesmasDialog() = default;

void PuskesmasDialog::fill(const core::Puskesmas &puskesmas)
{
    m_puskesmas = puskesmas;
    m_ui->codeLineEdit->setText(qs(puskesmas.code));
    m_ui->nameLineEdit->setText(qs(puskesmas.name));
    // Which other puskesmas serves each village.
    std::map<std::string, QString> servedBy;
    try {
        for (const core::Puskesmas &other :
             storage::PrevalenceRepository(m_session.database()).puskesmas()) {
            if (other.code == puskesmas.code)
                continue;
            for (const core::RegionCode &village : other.villages)
                servedBy[village.toString()] = qs(other.name);
        }
    } catch (const storage::StorageError &error) {
        showError(error.message());
    }
    std::set<std::string> chosen;
    for (const core::RegionCode &village : puskesmas.villages)
        chosen.insert(village.toString());
    QListWidget *list = m_ui->villageListWidget;
    const QSignalBlocker blocker(list);
    list->clear();
    for (int k = 0; k < m_ui->kecamatanComboBox->count(); ++k) {
        const auto kecamatanCode = core::RegionCode::parse(
            ss(m_ui->kecamatanComboBox->itemData(k).toString()));
        if (!kecamatanCode)
            continue;
        for (const core::Region *village : m_tree.children(*kecamatanCode)) {
            if (village->level() != core::RegionLevel::Village)
                continue;
            const std::string code = village->code.toString();
            auto *item = new QListWidgetItem(list);
            item->setData(CodeRole, qs(code));
            item->setData(KecamatanRole, m_ui->kecamatanComboBox->itemData(k));
            item->setData(KecamatanNameRole, m_ui->kecamatanComboBox->itemText(k));
            item->setData(NameRole, QStringLiteral("%1 (%2)").arg(qs(village->name), qs(code)));
            const auto other = servedBy.find(code);
            if (other != servedBy.end() && !chosen.contains(code)) {
                item->setData(ServedByRole, other->second);
                item->setFlags(Qt::ItemNeverHasChildren);
                item->setCheckState(Qt::Unchecked);
                item->setToolTip(tr("Served by %1. A desa belongs to the working area of one "
                                    "puskesmas only; take it out there first.")
                                     .arg(other->second));
            } else {
                item->setFlags(Qt::ItemIsEnabled | Qt::ItemIsUserCheckable
                               | Qt::ItemNeverHasChildren);
                item->setCheckState(chosen.contains(code) ? Qt::Checked : Qt::Unchecked);
            }
        }
    }
    {
        const QSignalBlocker comboBlocker(m_ui->kecamatanComboBox);
        m_ui->kecamatanComboBox->setCurrentIndex(
            puskesmas.kecamatan
                ? m_ui->kecamatanComboBox->findData(qs(puskesmas.kecamatan->toString()))
                : -1);
    }
    applyFilter();
    updateCount();
}

void PuskesmasDialog::applyFilter()
{
    const QString kecamatan = m_ui->kecamatanComboBox->currentData().toString();
    const QString text = m_ui->villageFilterLineEdit->text().trimmed();
    const bool all = m_ui->allKecamatanCheckBox->isChecked();
    QListWidget *list = m_ui->villageListWidget;
    const QSignalBlocker blocker(list);
    bool anyShown = false;
    for (int row = 0; row < list->count(); ++row) {
        QListWidgetItem *item = list->item(row);
        const bool own = item->data(KecamatanRole).toString() == kecamatan;
        const bool checked = item->checkState() == Qt::Checked;
        QString label = item->data(NameRole).toString();
        if (!own)
            label += QStringLiteral(" · ")
                     + tr("Kecamatan %1").arg(item->data(KecamatanNameRole).toString());
        if (const QString other = item->data(ServedByRole).toString(); !other.isEmpty())
            label += QStringLiteral(" — ") + other;
        item->setText(label);
        const bool matches = text.isEmpty() || label.contains(text, Qt::CaseInsensitive);
        const bool shown = (all || own || checked) && matches;
        item->setHidden(!shown);
        anyShown |= shown;
    }
    if (!anyShown)
        m_ui->villageHintLabel->setText(kecamatan.isEmpty() && !all
                                            ? tr("Choose the kecamatan to see its desa, or show "
                                                 "the desa of every kecamatan.")
                                            : tr("No desa matches the filter."));
    m_ui->villageHintLabel->setVisible(!anyShown);
}

void PuskesmasDialog::updateCount()
{
    int chosen = 0;
    for (int row = 0; row < m_ui->villageListWidget->count(); ++row)
        chosen += m_ui->villageListWidget->item(row)->checkState() == Qt::Checked ? 1 : 0;
    m_ui->villageCountLabel->setText(tr("%n desa/kelurahan chosen", nullptr, chosen));
}

void PuskesmasDialog::setShownChecked(bool checked)
{
    {
        const QSignalBlocker blocker(m_ui->villageListWidget);
        for (int row = 0; row < m_ui->villageListWidget->count(); ++row) {
            QListWidgetItem *item = m_ui->villageListWidget->item(row);
            if (!item->isHidden() && (item->flags() & Qt::ItemIsUserCheckable))
                item->setCheckState(checked ? Qt::Checked : Qt::Unchecked);
        }
    }
    setModified(true);
    updateCount();
}

QListWidgetItem *PuskesmasDialog::villageItem(const QString &code) const
{
    for (int row = 0; row < m_ui->villageListWidget->count(); ++row) {
        if (m_ui->villageListWidget->item(row)->data(CodeRole).toString() == code)
            return m_ui->villageListWidget->item(row);
    }
    return nullptr;
}

bool PuskesmasDialog::setVillageChecked(const QString &code, bool checked)
{
    QListWidgetItem *item = villageItem(code);
    if (!item || !(item->flags() & Qt::ItemIsUserCheckable))
        return false;
    item->setCheckState(checked ? Qt::Checked : Qt::Unchecked);
    return true;
}

core::Puskesmas PuskesmasDialog::puskesmas() const
{
    core::Puskesmas p = m_puskesmas;
    p.code = ss(m_ui->codeLineEdit->text().trimmed());
    p.name = ss(m_ui->nameLineEdit->text().trimmed());
    p.kecamatan = core::RegionCode::parse(ss(m_ui->kecamatanComboBox->currentData().toString()));
    p.villages.clear();
    for (int row = 0; row < m_ui->villageListWidget->count(); ++row) {
        const QListWidgetItem *item = m_ui->villageListWidget->item(row);
        if (item->checkState() == Qt::Checked)
            if (auto code = core::RegionCode::parse(ss(item->data(CodeRole).toString())))
                p.villages.push_back(*code);
    }
    return p;
}

QString PuskesmasDialog::save()
{
    const core::Puskesmas p = puskesmas();
    if (const auto problems = core::validate(p); !problems.empty())
        return reports::prevalence::puskesmasProblemText(problems.front());
    if (const QStringList warnings = usecases::prevalence::puskesmasWarnings(p, m_tree);
        !warnings.isEmpty()
        && !Dialogs::question(this, windowTitle(),
                              warnings.join(QStringLiteral("\n\n")) + QStringLiteral("\n\n")
                                  + tr("Save anyway?")))
        return tr("Not saved yet: change the kecamatan or the desa, or save again and answer "
                  "yes.");
    m_saved = usecases::prevalence::savePuskesmas(m_session.database(), p, m_new);
    m_puskesmas = m_saved;
    m_new = false;
    m_session.notifyChanged(usecases::Topic::Prevalence);
    return {};
}

bool PuskesmasDialog::reloadStored()
{
    const auto stored =
        storage::PrevalenceRepository(m_session.database()).puskesmas(m_puskesmas.code);
    if (!stored)
        return false;
    fill(*stored);
    return true;
}

} // namespace konvergensi::gui

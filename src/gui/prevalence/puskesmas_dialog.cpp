// SPDX-License-Identifier: GPL-3.0-or-later
#include "gui/prevalence/puskesmas_dialog.h"

#include "gui/common/dialogs.h"
#include "gui/workspace/workspace_session.h"
#include "qtsupport/text.h"

#include "storage/prevalence/prevalence_repository.h"
#include "storage/regions/region_repository.h"
#include "storage/storage_error.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QVBoxLayout>

#include <map>
#include <set>

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
    : QDialog(parent)
    , m_session(session)
    , m_new(!puskesmas.has_value())
    , m_puskesmas(puskesmas.value_or(core::Puskesmas{}))
{
    setObjectName(QStringLiteral("puskesmasDialog"));
    setWindowTitle(m_new ? tr("Add puskesmas") : tr("Edit puskesmas"));
    auto *layout = new QVBoxLayout(this);
    auto *form = new QFormLayout;
    layout->addLayout(form);

    m_codeEdit = new QLineEdit(qs(m_puskesmas.code), this);
    m_codeEdit->setObjectName(QStringLiteral("codeLineEdit"));
    m_codeEdit->setPlaceholderText(tr("the ministry's code, e.g. P1403010101"));
    m_codeEdit->setReadOnly(!m_new);
    if (!m_new)
        m_codeEdit->setToolTip(tr("The code cannot change: figures refer to it."));
    form->addRow(tr("Code"), m_codeEdit);
    m_nameEdit = new QLineEdit(qs(m_puskesmas.name), this);
    m_nameEdit->setObjectName(QStringLiteral("nameLineEdit"));
    m_nameEdit->setPlaceholderText(tr("e.g. Puskesmas Bengkalis"));
    form->addRow(tr("Name"), m_nameEdit);
    m_kecamatanCombo = new QComboBox(this);
    m_kecamatanCombo->setObjectName(QStringLiteral("kecamatanComboBox"));
    m_kecamatanCombo->setPlaceholderText(tr("Choose the kecamatan…"));
    form->addRow(tr("Kecamatan"), m_kecamatanCombo);

    auto *villageTitle = new QLabel(tr("<b>Desa and kelurahan it serves</b>"), this);
    layout->addWidget(villageTitle);
    auto *filterRow = new QHBoxLayout;
    m_filterEdit = new QLineEdit(this);
    m_filterEdit->setObjectName(QStringLiteral("villageFilterLineEdit"));
    m_filterEdit->setPlaceholderText(tr("Filter by desa name or code…"));
    m_filterEdit->setClearButtonEnabled(true);
    m_allKecamatanCheck = new QCheckBox(tr("Show desa of every kecamatan"), this);
    m_allKecamatanCheck->setObjectName(QStringLiteral("allKecamatanCheckBox"));
    filterRow->addWidget(m_filterEdit, 1);
    filterRow->addWidget(m_allKecamatanCheck);
    layout->addLayout(filterRow);
    m_hintLabel = new QLabel(this);
    m_hintLabel->setObjectName(QStringLiteral("villageHintLabel"));
    m_hintLabel->setWordWrap(true);
    m_hintLabel->setStyleSheet(QStringLiteral("color: #555;"));
    layout->addWidget(m_hintLabel);
    m_villageList = new QListWidget(this);
    m_villageList->setObjectName(QStringLiteral("villageListWidget"));
    m_villageList->setUniformItemSizes(true);
    layout->addWidget(m_villageList, 1);
    auto *listButtons = new QHBoxLayout;
    auto *checkAll = new QPushButton(tr("Tick all shown"), this);
    checkAll->setObjectName(QStringLiteral("checkAllButton"));
    auto *uncheckAll = new QPushButton(tr("Clear all shown"), this);
    uncheckAll->setObjectName(QStringLiteral("uncheckAllButton"));
    m_countLabel = new QLabel(this);
    m_countLabel->setObjectName(QStringLiteral("villageCountLabel"));
    listButtons->addWidget(checkAll);
    listButtons->addWidget(uncheckAll);
    listButtons->addStretch(1);
    listButtons->addWidget(m_countLabel);
    layout->addLayout(listButtons);

    m_errorLabel = new QLabel(this);
    m_errorLabel->setObjectName(QStringLiteral("errorLabel"));
    m_errorLabel->setWordWrap(true);
    m_errorLabel->setStyleSheet(QStringLiteral("color: #c62828;"));
    layout->addWidget(m_errorLabel);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel, this);
    buttons->setObjectName(QStringLiteral("buttonBox"));
    layout->addWidget(buttons);

    // The district's kecamatan and villages; which other puskesmas serves each village.
    std::map<std::string, QString> servedBy;
    try {
        m_tree = session.regions().tree();
        for (const core::Puskesmas &other :
             storage::PrevalenceRepository(session.database()).puskesmas()) {
            if (other.code == m_puskesmas.code)
                continue;
            for (const core::RegionCode &village : other.villages)
                servedBy[village.toString()] = qs(other.name);
        }
    } catch (const storage::StorageError &error) {
        m_errorLabel->setText(error.message());
    }
    const auto district = session.isOpen() ? session.regions().district() : std::nullopt;
    std::set<std::string> chosen;
    for (const core::RegionCode &village : m_puskesmas.villages)
        chosen.insert(village.toString());
    if (district) {
        for (const core::Region *kecamatan : m_tree.children(district->code)) {
            if (kecamatan->level() != core::RegionLevel::Kecamatan)
                continue;
            m_kecamatanCombo->addItem(qs(kecamatan->name), qs(kecamatan->code.toString()));
            for (const core::Region *village : m_tree.children(kecamatan->code)) {
                if (village->level() != core::RegionLevel::Village)
                    continue;
                const QString code = qs(village->code.toString());
                auto *item = new QListWidgetItem(m_villageList);
                item->setData(CodeRole, code);
                item->setData(KecamatanRole, qs(kecamatan->code.toString()));
                item->setData(KecamatanNameRole, qs(kecamatan->name));
                item->setData(NameRole, QStringLiteral("%1 (%2)").arg(qs(village->name), code));
                const auto other = servedBy.find(village->code.toString());
                if (other != servedBy.end() && !chosen.contains(village->code.toString())) {
                    item->setData(ServedByRole, other->second);
                    item->setFlags(Qt::ItemNeverHasChildren);
                    item->setCheckState(Qt::Unchecked);
                    item->setToolTip(tr("Served by %1. A desa belongs to the working area of one "
                                        "puskesmas only; take it out there first.")
                                         .arg(other->second));
                } else {
                    item->setFlags(Qt::ItemIsEnabled | Qt::ItemIsUserCheckable
                                   | Qt::ItemNeverHasChildren);
                    item->setCheckState(chosen.contains(village->code.toString()) ? Qt::Checked
                                                                                  : Qt::Unchecked);
                }
            }
        }
    }
    if (m_puskesmas.kecamatan)
        m_kecamatanCombo->setCurrentIndex(
            m_kecamatanCombo->findData(qs(m_puskesmas.kecamatan->toString())));
    else
        m_kecamatanCombo->setCurrentIndex(-1);

    connect(m_kecamatanCombo, &QComboBox::currentIndexChanged, this, &PuskesmasDialog::applyFilter);
    connect(m_filterEdit, &QLineEdit::textChanged, this, &PuskesmasDialog::applyFilter);
    connect(m_allKecamatanCheck, &QCheckBox::toggled, this, &PuskesmasDialog::applyFilter);
    connect(m_villageList, &QListWidget::itemChanged, this, &PuskesmasDialog::updateCount);
    connect(checkAll, &QPushButton::clicked, this, [this] { setShownChecked(true); });
    connect(uncheckAll, &QPushButton::clicked, this, [this] { setShownChecked(false); });
    connect(buttons, &QDialogButtonBox::accepted, this, &PuskesmasDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &PuskesmasDialog::reject);
    applyFilter();
    updateCount();
    if (!m_new)
        m_nameEdit->setFocus();
    resize(560, 620);
}

void PuskesmasDialog::applyFilter()
{
    const QString kecamatan = m_kecamatanCombo->currentData().toString();
    const QString text = m_filterEdit->text().trimmed();
    const bool all = m_allKecamatanCheck->isChecked();
    const QSignalBlocker blocker(m_villageList);
    bool anyShown = false;
    for (int row = 0; row < m_villageList->count(); ++row) {
        QListWidgetItem *item = m_villageList->item(row);
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
        m_hintLabel->setText(kecamatan.isEmpty() && !all
                                 ? tr("Choose the kecamatan to see its desa, or show the desa of "
                                      "every kecamatan.")
                                 : tr("No desa matches the filter."));
    m_hintLabel->setVisible(!anyShown);
}

void PuskesmasDialog::updateCount()
{
    int chosen = 0;
    for (int row = 0; row < m_villageList->count(); ++row)
        chosen += m_villageList->item(row)->checkState() == Qt::Checked ? 1 : 0;
    m_countLabel->setText(tr("%1 desa/kelurahan chosen").arg(chosen));
}

void PuskesmasDialog::setShownChecked(bool checked)
{
    {
        const QSignalBlocker blocker(m_villageList);
        for (int row = 0; row < m_villageList->count(); ++row) {
            QListWidgetItem *item = m_villageList->item(row);
            if (!item->isHidden() && (item->flags() & Qt::ItemIsUserCheckable))
                item->setCheckState(checked ? Qt::Checked : Qt::Unchecked);
        }
    }
    updateCount();
}

QListWidgetItem *PuskesmasDialog::villageItem(const QString &code) const
{
    for (int row = 0; row < m_villageList->count(); ++row) {
        if (m_villageList->item(row)->data(CodeRole).toString() == code)
            return m_villageList->item(row);
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
    p.code = ss(m_codeEdit->text().trimmed());
    p.name = ss(m_nameEdit->text().trimmed());
    p.kecamatan = core::RegionCode::parse(ss(m_kecamatanCombo->currentData().toString()));
    p.villages.clear();
    for (int row = 0; row < m_villageList->count(); ++row) {
        const QListWidgetItem *item = m_villageList->item(row);
        if (item->checkState() == Qt::Checked)
            if (auto code = core::RegionCode::parse(ss(item->data(CodeRole).toString())))
                p.villages.push_back(*code);
    }
    return p;
}

void PuskesmasDialog::accept()
{
    const core::Puskesmas p = puskesmas();
    if (const auto problems = core::validate(p); !problems.empty()) {
        m_errorLabel->setText(storage::puskesmasProblemText(problems.front()));
        return;
    }
    m_errorLabel->clear();
    const core::PuskesmasWarnings warnings = core::puskesmasWarnings(p);
    if (warnings.any()) {
        QStringList lines;
        if (warnings.noVillages)
            lines << tr("%1 serves no desa yet, so its figures cannot be summed from desa counts.")
                         .arg(qs(p.name));
        if (!warnings.outsideKecamatan.empty()) {
            QStringList names;
            for (const core::RegionCode &village : warnings.outsideKecamatan) {
                const core::Region *region = m_tree.find(village);
                names << (region ? qs(region->name) : qs(village.toString()));
            }
            lines << tr("Desa outside Kecamatan %1: %2. This is allowed (for example when a "
                        "kecamatan was split and the puskesmas still serves the new one's desa), "
                        "but unusual.")
                         .arg(m_kecamatanCombo->currentText(), names.join(QStringLiteral(", ")));
        }
        if (!Dialogs::question(this, windowTitle(),
                               lines.join(QStringLiteral("\n\n")) + QStringLiteral("\n\n")
                                   + tr("Save anyway?")))
            return;
    }
    try {
        storage::PrevalenceRepository repository(m_session.database());
        m_saved = m_new ? repository.addPuskesmas(p) : repository.updatePuskesmas(p);
    } catch (const storage::StorageError &error) {
        Dialogs::warning(this, tr("Puskesmas not saved"), error.message());
        if (error.kind() == storage::StorageError::Kind::Conflict)
            QDialog::reject();
        return;
    }
    QDialog::accept();
    m_session.notifyContentChanged();
}

} // namespace konvergensi::gui

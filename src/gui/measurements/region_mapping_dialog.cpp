// SPDX-License-Identifier: GPL-3.0-or-later
#include "gui/measurements/region_mapping_dialog.h"

#include "ui_measurements_region_mapping_dialog.h"

#include "gui/common/colours.h"
#include "gui/workspace/workspace_session.h"
#include "qtsupport/text.h"
#include "storage/regions/region_repository.h"
#include "storage/storage_error.h"

#include "core/regions/region_tree.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QTableWidget>

#include <algorithm>

namespace konvergensi::gui::measurements {

namespace {
enum Column { KecamatanColumn, DesaColumn, RowsColumn, ChoiceColumn };

QString rowList(const std::vector<int> &rows)
{
    QStringList shown;
    for (std::size_t i = 0; i < rows.size() && i < 5; ++i)
        shown << QString::number(rows[i]);
    if (rows.size() > 5)
        shown << QStringLiteral("…");
    return shown.join(QStringLiteral(", "));
}
} // namespace

RegionMappingDialog::RegionMappingDialog(
    WorkspaceSession &session, std::vector<usecases::measurements::UnmatchedRegion> unmatched,
    QWidget *parent)
    : QDialog(parent)
    , m_ui(std::make_unique<Ui::RegionMappingDialog>())
    , m_session(session)
    , m_unmatched(std::move(unmatched))
{
    m_ui->setupUi(this);
    m_table = m_ui->regionMappingTable;
    m_error = m_ui->regionMappingError;

    // The workspace's desa: "Desa, Kec. Kecamatan (code)", those of a kecamatan of the same
    // name as the file's first.
    struct Choice
    {
        QString kecamatan;
        QString label;
        QString code;
    };
    std::vector<Choice> choices;
    const core::RegionTree tree = m_session.regions().tree();
    for (const core::Region *village : tree.atLevel(core::RegionLevel::Village)) {
        const auto parentCode = village->code.parent();
        const core::Region *kecamatan = parentCode ? tree.find(*parentCode) : nullptr;
        const QString kecamatanName = kecamatan ? qs(kecamatan->name) : QString();
        choices.push_back({kecamatanName,
                           tr("%1, Kec. %2 (%3)")
                               .arg(qs(village->name), kecamatanName, qs(village->code.toString())),
                           qs(village->code.toString())});
    }
    std::sort(choices.begin(), choices.end(),
              [](const Choice &a, const Choice &b) { return a.label < b.label; });

    // One row per name pair of the file, each with its own choice (data); the form holds the
    // columns.
    m_table->setRowCount(static_cast<int>(m_unmatched.size()));
    for (int row = 0; row < static_cast<int>(m_unmatched.size()); ++row) {
        const auto &u = m_unmatched[static_cast<std::size_t>(row)];
        m_table->setItem(row, KecamatanColumn, new QTableWidgetItem(u.kecamatan));
        m_table->setItem(row, DesaColumn, new QTableWidgetItem(u.desa));
        auto *rows = new QTableWidgetItem(rowList(u.rows));
        rows->setToolTip(tr("%n row(s) of the file", nullptr, static_cast<int>(u.rows.size())));
        m_table->setItem(row, RowsColumn, rows);
        auto *combo = new QComboBox(m_table);
        combo->setObjectName(QStringLiteral("regionChoice%1").arg(row));
        combo->addItem(tr("— not chosen —"));
        const auto sameKecamatan = [&u](const Choice &c) {
            return c.kecamatan.compare(u.kecamatan, Qt::CaseInsensitive) == 0;
        };
        for (const Choice &c : choices) {
            if (sameKecamatan(c))
                combo->addItem(c.label, c.code);
        }
        if (combo->count() > 1)
            combo->insertSeparator(combo->count());
        for (const Choice &c : choices) {
            if (!sameKecamatan(c))
                combo->addItem(c.label, c.code);
        }
        m_table->setCellWidget(row, ChoiceColumn, combo);
    }
    m_table->horizontalHeader()->setSectionResizeMode(ChoiceColumn, QHeaderView::Stretch);
    m_table->resizeColumnsToContents();

    m_error->setStyleSheet(colours::textStyle(colours::error));
    m_error->hide();

    QDialogButtonBox *buttons = m_ui->buttonBox;
    buttons->button(QDialogButtonBox::Ok)->setText(tr("&Remember"));
    buttons->button(QDialogButtonBox::Ok)->setObjectName(QStringLiteral("mapRegionsSaveButton"));
    connect(buttons, &QDialogButtonBox::accepted, this, &RegionMappingDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &RegionMappingDialog::reject);
}

RegionMappingDialog::~RegionMappingDialog() = default;

void RegionMappingDialog::accept()
{
    std::vector<usecases::measurements::RegionMapping> mappings;
    for (int row = 0; row < m_table->rowCount(); ++row) {
        auto *combo = qobject_cast<QComboBox *>(m_table->cellWidget(row, ChoiceColumn));
        const QString code = combo ? combo->currentData().toString() : QString();
        if (code.isEmpty())
            continue;
        const auto &u = m_unmatched[static_cast<std::size_t>(row)];
        mappings.push_back({u.kecamatan, u.desa, code});
    }
    const int mapped = static_cast<int>(mappings.size());
    if (mapped > 0) {
        try {
            usecases::measurements::mapRegions(m_session.database(), mappings);
        } catch (const storage::StorageError &error) {
            m_error->setText(error.message());
            m_error->show();
            return;
        }
    }
    if (mapped == 0) {
        m_error->setText(tr("Choose the desa of at least one name, or cancel."));
        m_error->show();
        return;
    }
    m_mapped = mapped;
    QDialog::accept();
}

} // namespace konvergensi::gui::measurements

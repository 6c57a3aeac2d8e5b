// SPDX-License-Identifier: GPL-3.0-or-later
#include "gui/measurements/families_dialog.h"

#include "ui_measurements_families_dialog.h"

#include "core/format.h"
#include "gui/language.h"
#include "gui/workspace/workspace_session.h"
#include "io/number_text.h"
#include "qtsupport/text.h"
#include "storage/storage_error.h"

#include <QDialogButtonBox>
#include <QHeaderView>
#include <QLabel>
#include <QTableView>

namespace konvergensi::gui::measurements {

namespace uc = usecases::measurements;

// --- the model ------------------------------------------------------------------------------

void FamiliesEditModel::setRows(std::vector<uc::TargetRow> rows)
{
    beginResetModel();
    m_rows = std::move(rows);
    endResetModel();
}

int FamiliesEditModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_rows.size());
}

int FamiliesEditModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant FamiliesEditModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= rowCount() || index.column() >= ColumnCount)
        return {};
    const uc::TargetRow &row = m_rows[static_cast<std::size_t>(index.row())];
    const std::optional<int> *count = index.column() == FamiliesColumn ? &row.families
                                      : index.column() == AtRiskColumn ? &row.familiesAtRisk
                                                                       : nullptr;
    if (role == Qt::TextAlignmentRole)
        return count ? QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter) : QVariant();
    if (role == Qt::EditRole && count)
        return *count ? QString::number(**count) : QString();
    if (role != Qt::DisplayRole && role != Qt::ToolTipRole)
        return {};
    switch (index.column()) {
    case KecamatanColumn:
        return row.kecamatan;
    case DesaColumn:
        return row.desa;
    default:
        return *count ? qs(core::formatInteger(**count, LanguageSetup::current())) : QString();
    }
}

bool FamiliesEditModel::setData(const QModelIndex &index, const QVariant &value, int role)
{
    if (!index.isValid() || role != Qt::EditRole
        || (index.column() != FamiliesColumn && index.column() != AtRiskColumn))
        return false;
    bool ok = true;
    const auto parsed = io::parseCount(value.toString().trimmed(), ok);
    if (!ok || (parsed && (*parsed < 0 || *parsed > 10000000)))
        return false;
    uc::TargetRow &row = m_rows[static_cast<std::size_t>(index.row())];
    std::optional<int> &count = index.column() == FamiliesColumn ? row.families
                                                                 : row.familiesAtRisk;
    const std::optional<int> next = parsed ? std::optional<int>(static_cast<int>(*parsed))
                                           : std::nullopt;
    if (next == count)
        return true;
    count = next;
    Q_EMIT dataChanged(index, index);
    return true;
}

Qt::ItemFlags FamiliesEditModel::flags(const QModelIndex &index) const
{
    Qt::ItemFlags f = QAbstractTableModel::flags(index);
    if (index.isValid() && (index.column() == FamiliesColumn || index.column() == AtRiskColumn))
        f |= Qt::ItemIsEditable;
    return f;
}

QVariant FamiliesEditModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case KecamatanColumn:
        return tr("Kecamatan");
    case DesaColumn:
        return tr("Desa/kelurahan");
    case FamiliesColumn:
        return tr("Families");
    case AtRiskColumn:
        return tr("Families at risk");
    default:
        return {};
    }
}

// --- the dialog -----------------------------------------------------------------------------

FamiliesDialog::FamiliesDialog(WorkspaceSession &session, int year, std::vector<uc::TargetRow> rows,
                               bool fromEarlierYear, QWidget *parent)
    : SaveDialog(parent)
    , m_ui(std::make_unique<Ui::FamiliesDialog>())
    , m_session(session)
    , m_year(year)
    , m_fromEarlierYear(fromEarlierYear)
    , m_model(new FamiliesEditModel(this))
{
    m_ui->setupUi(this);
    setWindowTitle(tr("Family data %1").arg(year));
    m_ui->hintLabel->setText(tr("The families and the families at risk of stunting of each desa "
                                "in %1, from the family-planning agency's family data (BKKBN). "
                                "Leave a cell empty when the number is not known.")
                                 .arg(year));
    m_original = rows;
    m_model->setRows(std::move(rows));
    m_view = m_ui->familiesView;
    m_view->setModel(m_model);
    m_view->verticalHeader()->setDefaultSectionSize(m_view->fontMetrics().height() + 10);
    QHeaderView *header = m_view->horizontalHeader();
    header->setSectionResizeMode(FamiliesEditModel::KecamatanColumn, QHeaderView::ResizeToContents);
    header->setSectionResizeMode(FamiliesEditModel::DesaColumn, QHeaderView::Stretch);
    header->setSectionResizeMode(FamiliesEditModel::FamiliesColumn, QHeaderView::ResizeToContents);
    header->setSectionResizeMode(FamiliesEditModel::AtRiskColumn, QHeaderView::ResizeToContents);
    connect(m_ui->buttonBox, &QDialogButtonBox::accepted, this, &FamiliesDialog::accept);
    connect(m_ui->buttonBox, &QDialogButtonBox::rejected, this, &FamiliesDialog::reject);
    trackEdits();
}

FamiliesDialog::~FamiliesDialog() = default;

QString FamiliesDialog::save()
{
    std::vector<storage::DesaFamilies> desa;
    // Only the desa whose numbers were typed here: the others keep their source (a file).
    const auto &rows = m_model->rows();
    for (std::size_t i = 0; i < rows.size(); ++i) {
        const uc::TargetRow &row = rows[i];
        const bool same = i < m_original.size() && m_original[i].families == row.families
                          && m_original[i].familiesAtRisk == row.familiesAtRisk
                          && !m_fromEarlierYear;
        if (!same)
            desa.push_back({row.desaCode, row.families, row.familiesAtRisk, QString()});
    }
    uc::setFamilies(m_session.database(), m_year, std::move(desa));
    m_session.notifyChanged(usecases::Topic::Measurements | usecases::Topic::Semester);
    return {};
}

} // namespace konvergensi::gui::measurements

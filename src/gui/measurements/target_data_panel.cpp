// SPDX-License-Identifier: GPL-3.0-or-later
#include "gui/measurements/target_data_panel.h"

#include "core/format.h"
#include "gui/common/dialogs.h"
#include "gui/common/file_export.h"
#include "gui/language.h"
#include "gui/measurements/families_dialog.h"
#include "gui/measurements/measurement_models.h"
#include "gui/workspace/workspace_session.h"
#include "qtsupport/text.h"
#include "reports/report_document.h"
#include "storage/storage_error.h"
#include "usecases/measurements/measurement_words.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QSortFilterProxyModel>
#include <QTableView>
#include <QVBoxLayout>

namespace konvergensi::gui::measurements {

namespace uc = usecases::measurements;

// --- the model ------------------------------------------------------------------------------

void TargetTableModel::setRows(std::vector<uc::TargetRow> rows)
{
    beginResetModel();
    m_rows = std::move(rows);
    endResetModel();
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
    if (!index.isValid() || index.row() >= rowCount() || index.column() >= ColumnCount)
        return {};
    const uc::TargetRow &row = m_rows[static_cast<std::size_t>(index.row())];
    const auto number = [&](int column) -> std::optional<int> {
        switch (column) {
        case FamiliesColumn:
            return row.families;
        case AtRiskColumn:
            return row.familiesAtRisk;
        case MeasuredColumn:
            return row.measured;
        case SeverelyStuntedColumn:
            return row.severelyStunted;
        case StuntedColumn:
            return row.stunted;
        case TotalColumn:
            return row.severelyStunted + row.stunted;
        default:
            return std::nullopt;
        }
    };
    const bool numeric = index.column() >= FamiliesColumn;
    if (role == KeyRole)
        return row.desaCode;
    if (role == SortRole) {
        if (numeric)
            return number(index.column()).value_or(-1);
        return data(index, Qt::DisplayRole);
    }
    if (role == Qt::TextAlignmentRole)
        return numeric ? QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter) : QVariant();
    if (role != Qt::DisplayRole && role != Qt::ToolTipRole)
        return {};
    if (index.column() == KecamatanColumn)
        return row.kecamatan;
    if (index.column() == DesaColumn)
        return row.desa;
    const auto value = number(index.column());
    return value ? qs(core::formatInteger(*value, LanguageSetup::current())) : QStringLiteral("—");
}

QVariant TargetTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || (role != Qt::DisplayRole && role != Qt::ToolTipRole))
        return {};
    switch (section) {
    case KecamatanColumn:
        return tr("Kecamatan");
    case DesaColumn:
        return tr("Desa/kelurahan");
    case FamiliesColumn:
        return tr("Families");
    case AtRiskColumn:
        return role == Qt::ToolTipRole ? tr("Families at risk of stunting (BKKBN family data)")
                                       : tr("At risk");
    case MeasuredColumn:
        return tr("Measured");
    case SeverelyStuntedColumn:
        return role == Qt::ToolTipRole ? tr("Length/height-for-age below −3 SD")
                                       : tr("Severely stunted");
    case StuntedColumn:
        return role == Qt::ToolTipRole ? tr("Length/height-for-age −3 to below −2 SD")
                                       : tr("Stunted");
    case TotalColumn:
        return tr("Stunting");
    default:
        return {};
    }
}

// --- the panel ------------------------------------------------------------------------------

TargetDataPanel::TargetDataPanel(WorkspaceSession &session, QWidget *parent)
    : QWidget(parent)
    , m_session(session)
    , m_model(new TargetTableModel(this))
    , m_proxy(new QSortFilterProxyModel(this))
{
    setObjectName(QStringLiteral("targetDataPanel"));
    auto *layout = new QVBoxLayout(this);
    m_familiesLabel = new QLabel(this);
    m_familiesLabel->setObjectName(QStringLiteral("familiesLabel"));
    m_familiesLabel->setWordWrap(true);
    layout->addWidget(m_familiesLabel);

    m_proxy->setSourceModel(m_model);
    m_proxy->setSortRole(SortRole);
    m_view = new QTableView(this);
    m_view->setObjectName(QStringLiteral("targetView"));
    m_view->setModel(m_proxy);
    m_view->setSortingEnabled(true);
    m_view->sortByColumn(TargetTableModel::KecamatanColumn, Qt::AscendingOrder);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_view->setWordWrap(false);
    m_view->verticalHeader()->hide();
    m_view->verticalHeader()->setDefaultSectionSize(m_view->fontMetrics().height() + 6);
    QHeaderView *header = m_view->horizontalHeader();
    for (int column = 0; column < TargetTableModel::ColumnCount; ++column)
        header->setSectionResizeMode(column, QHeaderView::ResizeToContents);
    header->setSectionResizeMode(TargetTableModel::DesaColumn, QHeaderView::Stretch);
    layout->addWidget(m_view, 1);

    auto *buttons = new QHBoxLayout;
    buttons->addStretch(1);
    m_editButton = new QPushButton(tr("&Type families…"), this);
    m_editButton->setObjectName(QStringLiteral("editFamiliesButton"));
    m_editButton->setToolTip(tr("The families and families at risk of stunting of each desa, "
                                "from the family-planning agency's family data."));
    buttons->addWidget(m_editButton);
    m_importButton = new QPushButton(tr("&Import families…"), this);
    m_importButton->setObjectName(QStringLiteral("importFamiliesButton"));
    m_importButton->setToolTip(tr("A CSV or XLSX table with kode_desa (or kecamatan and desa), "
                                  "keluarga and keluarga berisiko stunting."));
    buttons->addWidget(m_importButton);
    m_exportButton = new QPushButton(tr("E&xport target data…"), this);
    m_exportButton->setObjectName(QStringLiteral("exportTargetsButton"));
    m_exportButton->setToolTip(tr("Writes the table as XLSX or CSV for the ministry's web "
                                  "monitoring. It holds no personal data."));
    buttons->addWidget(m_exportButton);
    layout->addLayout(buttons);

    connect(m_editButton, &QPushButton::clicked, this, [this] { editFamilies(); });
    connect(m_importButton, &QPushButton::clicked, this, &TargetDataPanel::importFamilies);
    connect(m_exportButton, &QPushButton::clicked, this, &TargetDataPanel::exportTable);
    reload();
}

void TargetDataPanel::setRound(const QString &period)
{
    m_period = period;
    reload();
}

int TargetDataPanel::familiesYear() const
{
    return m_period.left(4).toInt();
}

void TargetDataPanel::reload()
{
    m_data.reset();
    if (!m_period.isEmpty() && m_session.isOpen())
        m_data = uc::targetData(m_session.database(), m_period);
    m_model->setRows(m_data ? m_data->rows : std::vector<uc::TargetRow>{});
    QString text;
    if (!m_data) {
        text = tr("Choose a weighing round.");
    } else if (m_data->familiesYear == 0) {
        text = tr("Target data of the round %1. The families and families at risk of stunting "
                  "are not entered yet: type them or import the family-planning agency's table.")
                   .arg(uc::roundText(m_period));
    } else if (m_data->familiesYear == familiesYear()) {
        text = tr("Target data of the round %1, with the family data of %2.")
                   .arg(uc::roundText(m_period))
                   .arg(m_data->familiesYear);
    } else {
        text = tr("Target data of the round %1, with the family data of %2 (none entered for "
                  "%3 yet).")
                   .arg(uc::roundText(m_period))
                   .arg(m_data->familiesYear)
                   .arg(familiesYear());
    }
    m_familiesLabel->setText(text);
    m_editButton->setEnabled(m_data.has_value());
    m_importButton->setEnabled(m_data.has_value());
    m_exportButton->setEnabled(m_data && !m_data->rows.empty());
}

FamiliesDialog *TargetDataPanel::editFamilies()
{
    if (!m_data)
        return nullptr;
    auto *dialog = new FamiliesDialog(m_session, familiesYear(), m_data->rows,
                                      m_data->familiesYear != familiesYear(), this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, &TargetDataPanel::reload);
    dialog->open();
    return dialog;
}

void TargetDataPanel::importFamilies()
{
    if (!m_data)
        return;
    const QString path = FileExport::askOpenPath(
        this, QStringLiteral("measurements-families"),
        tr("Family data of %1 per desa").arg(familiesYear()),
        tr("Tables (*.xlsx *.csv);;All files (*)"));
    if (!path.isEmpty())
        importFamiliesFrom(path);
}

bool TargetDataPanel::importFamiliesFrom(const QString &path)
{
    io::measurements::FamiliesFile result;
    try {
        result = uc::importFamilies(m_session.database(), path, familiesYear(), false);
    } catch (const storage::StorageError &error) {
        Dialogs::error(this, tr("Import families"), error.message());
        return false;
    }
    if (!result.error.isEmpty()) {
        Dialogs::error(this, tr("Import families"), result.error);
        return false;
    }
    if (!result.problems.empty()) {
        QStringList lines;
        for (std::size_t i = 0; i < result.problems.size() && i < 25; ++i)
            lines << tr("Line %1: %2").arg(result.problems[i].line).arg(result.problems[i].reason);
        if (result.problems.size() > 25)
            lines << tr("… and %n more.", nullptr, static_cast<int>(result.problems.size() - 25));
        Dialogs::error(this, tr("Import families"),
                       tr("Nothing was imported: correct these rows and import the file "
                          "again.\n\n%1")
                           .arg(lines.join(u'\n')));
        return false;
    }
    m_session.notifyChanged(usecases::Topic::Measurements | usecases::Topic::Semester);
    reload();
    Dialogs::information(this, tr("Import families"),
                         tr("The families of %n desa are stored for %1.", nullptr,
                            static_cast<int>(result.rows.size()))
                             .arg(familiesYear()));
    return true;
}

void TargetDataPanel::exportTable()
{
    if (!m_data)
        return;
    const QString path = FileExport::askSavePath(
        this, QStringLiteral("measurements-targets"), tr("Export target data"),
        tr("target-data-%1").arg(m_period), {QStringLiteral("xlsx"), QStringLiteral("csv")});
    if (path.isEmpty())
        return;
    try {
        uc::writeTargetData(*m_data, path);
        FileExport::announceWritten(this, path);
    } catch (const reports::ReportError &error) {
        Dialogs::error(this, tr("Export target data"), error.message());
    }
}

} // namespace konvergensi::gui::measurements

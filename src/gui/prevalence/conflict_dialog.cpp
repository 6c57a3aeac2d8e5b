// SPDX-License-Identifier: GPL-3.0-or-later
#include "gui/prevalence/conflict_dialog.h"

#include "ui_prevalence_conflict_dialog.h"

#include "gui/language.h"
#include "qtsupport/text.h"
#include "reports/prevalence/prevalence_words.h"

#include <QHeaderView>
#include <QPushButton>

namespace konvergensi::gui {

namespace words = reports::prevalence;

ConflictTableModel::ConflictTableModel(QObject *parent)
    : QAbstractTableModel(parent)
{
}

void ConflictTableModel::setConflicts(std::vector<io::PrevalenceConflict> conflicts,
                                      std::map<std::string, std::string> areaNames)
{
    beginResetModel();
    m_rows = std::move(conflicts);
    m_areaNames = std::move(areaNames);
    endResetModel();
}

int ConflictTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_rows.size());
}

int ConflictTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant ConflictTableModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const io::PrevalenceConflict &c = m_rows[static_cast<std::size_t>(index.row())];
    const core::Language language = LanguageSetup::current();
    if (role == Qt::TextAlignmentRole && index.column() == LineColumn)
        return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
    if (role != Qt::DisplayRole && role != Qt::ToolTipRole)
        return {};
    switch (index.column()) {
    case LineColumn:
        return c.line;
    case AreaColumn: {
        const std::string key = c.held.area.key();
        const auto it = m_areaNames.find(key);
        return it == m_areaNames.end() ? qs(key)
                                       : QStringLiteral("%1 (%2)").arg(qs(it->second), qs(key));
    }
    case PeriodColumn:
        return words::periodName(c.held.year, c.held.round, language);
    case SourceColumn:
        return QString(words::sourceName(c.held.source) + QStringLiteral(", ")
                       + words::indicatorName(c.held.indicator));
    case HeldColumn:
        return words::figureSummary(c.held, language);
    case IncomingColumn:
        return words::figureSummary(c.incoming, language);
    default:
        return {};
    }
}

QVariant ConflictTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case LineColumn:
        return tr("Line");
    case AreaColumn:
        return tr("Area");
    case PeriodColumn:
        return tr("Period");
    case SourceColumn:
        return tr("Source");
    case HeldColumn:
        return tr("Held");
    case IncomingColumn:
        return m_incomingHeader.isEmpty() ? tr("In the file") : m_incomingHeader;
    default:
        return {};
    }
}

ConflictDialog::ConflictDialog(std::vector<io::PrevalenceConflict> conflicts,
                               std::map<std::string, std::string> areaNames, int added,
                               QWidget *parent)
    : QDialog(parent)
    , m_ui(std::make_unique<Ui::ConflictDialog>())
    , m_model(new ConflictTableModel(this))
{
    m_ui->setupUi(this);
    setObjectName(QStringLiteral("conflictDialog"));
    const int count = static_cast<int>(conflicts.size());
    m_ui->explanationLabel->setText(
        tr("The file holds %n figures that differ from the ones in the workspace for the same "
           "area, period, source and indicator. Nothing has been changed yet.",
           nullptr, count)
        + QLatin1Char(' ')
        + tr("Replace the held figures with the file's? (%n new figures will be added as "
             "well.)",
             nullptr, added));
    m_model->setConflicts(std::move(conflicts), std::move(areaNames));
    m_ui->conflictTable->setModel(m_model);
    m_ui->conflictTable->verticalHeader()->hide();
    QHeaderView *header = m_ui->conflictTable->horizontalHeader();
    for (int column = 0; column < ConflictTableModel::ColumnCount; ++column)
        header->setSectionResizeMode(column, QHeaderView::ResizeToContents);
    header->setSectionResizeMode(ConflictTableModel::AreaColumn, QHeaderView::Stretch);
    // Wide enough for both figures side by side with their notes, within a 1366 px laptop.
    resize(1180, 460);
    auto *replace = m_ui->buttons->addButton(tr("Replace held figures"),
                                             QDialogButtonBox::AcceptRole);
    replace->setObjectName(QStringLiteral("replaceButton"));
    connect(m_ui->buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_ui->buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
}

ConflictDialog::~ConflictDialog() = default;

QTableView *ConflictDialog::table() const
{
    return m_ui->conflictTable;
}

} // namespace konvergensi::gui

namespace konvergensi::gui {

void ConflictTableModel::setIncomingHeader(const QString &header)
{
    m_incomingHeader = header;
    Q_EMIT headerDataChanged(Qt::Horizontal, IncomingColumn, IncomingColumn);
}

void ConflictDialog::setWording(const QString &explanation, const QString &incomingHeader,
                                const QString &replaceText)
{
    m_ui->explanationLabel->setText(explanation);
    m_model->setIncomingHeader(incomingHeader);
    if (auto *replace = findChild<QPushButton *>(QStringLiteral("replaceButton")))
        replace->setText(replaceText);
    m_ui->conflictTable->hideColumn(ConflictTableModel::LineColumn);
}

} // namespace konvergensi::gui

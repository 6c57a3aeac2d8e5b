// SPDX-License-Identifier: GPL-3.0-or-later
#include "gui/actions/action_models.h"

#include "gui/common/colours.h"
#include "gui/common/date_edit.h"
#include "gui/language.h"
#include "qtsupport/dates.h"
#include "qtsupport/text.h"
#include "reports/actions/action_report.h"

#include <QBrush>

#include <cmath>

namespace konvergensi::gui {

ActionOutputModel::ActionOutputModel(QObject *parent)
    : QAbstractTableModel(parent)
{
}

void ActionOutputModel::setOutputs(std::vector<core::ActionOutput> outputs)
{
    beginResetModel();
    m_outputs = std::move(outputs);
    endResetModel();
}

const core::ActionOutput *ActionOutputModel::outputAt(int row) const
{
    if (row < 0 || row >= static_cast<int>(m_outputs.size()))
        return nullptr;
    return &m_outputs[static_cast<std::size_t>(row)];
}

int ActionOutputModel::rowOf(std::int64_t id) const
{
    for (std::size_t i = 0; i < m_outputs.size(); ++i) {
        if (m_outputs[i].id == id)
            return static_cast<int>(i);
    }
    return -1;
}

int ActionOutputModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_outputs.size());
}

int ActionOutputModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant ActionOutputModel::data(const QModelIndex &index, int role) const
{
    const core::ActionOutput *output = outputAt(index.row());
    if (!output || index.column() < 0 || index.column() >= ColumnCount)
        return {};
    if (role == IdRole)
        return QVariant::fromValue(static_cast<qint64>(output->id));
    if (role == Qt::ForegroundRole && index.column() == StateColumn) {
        if (output->isDoneWithEvidence())
            return QBrush(colours::success);
        if (output->state == core::OutputState::Done)
            return QBrush(colours::warning); // done, evidence missing
        return {};
    }
    if (role == Qt::TextAlignmentRole && index.column() == EvidenceColumn)
        return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
    if (role == Qt::ToolTipRole) {
        // Long text is elided in the table; the whole of it shows here.
        switch (static_cast<Column>(index.column())) {
        case NameColumn:
            return qs(output->name);
        case ResponsibleColumn:
            return qs(output->responsible);
        case NotesColumn:
            return qs(output->notes);
        default:
            return {};
        }
    }
    if (role != Qt::DisplayRole)
        return {};
    switch (static_cast<Column>(index.column())) {
    case NameColumn:
        return qs(output->name);
    case StateColumn:
        if (output->state == core::OutputState::Done && output->evidenceCount == 0)
            return tr("done, no evidence");
        return reports::outputStateText(output->state);
    case DoneDateColumn:
        return DateEdit::shortDisplayText(toQDate(output->doneDate));
    case EvidenceColumn:
        return output->evidenceCount;
    case ResponsibleColumn:
        return qs(output->responsible);
    case NotesColumn: {
        QString notes = qs(output->notes);
        notes.replace(u'\n', u' ');
        return notes;
    }
    case ColumnCount:
        break;
    }
    return {};
}

QVariant ActionOutputModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (static_cast<Column>(section)) {
    case NameColumn:
        return tr("Output");
    case StateColumn:
        return tr("Status");
    case DoneDateColumn:
        return tr("Date done");
    case EvidenceColumn:
        return tr("Evidence");
    case ResponsibleColumn:
        return tr("Responsible");
    case NotesColumn:
        return tr("Notes");
    case ColumnCount:
        break;
    }
    return {};
}

// --- Year comparison -----------------------------------------------------------------------

ActionLineModel::ActionLineModel(QObject *parent)
    : QAbstractListModel(parent)
{
}

void ActionLineModel::setLines(QList<Line> lines)
{
    beginResetModel();
    m_lines = std::move(lines);
    endResetModel();
}

QString ActionLineModel::textAt(int row) const
{
    return row >= 0 && row < m_lines.size() ? m_lines.at(row).text : QString();
}

int ActionLineModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_lines.size());
}

QVariant ActionLineModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Line &line = m_lines.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
    case Qt::ToolTipRole:
        return line.text;
    case IdRole:
        return line.id != 0 ? QVariant::fromValue(line.id) : QVariant();
    default:
        return {};
    }
}

YearComparisonModel::YearComparisonModel(QObject *parent)
    : QAbstractTableModel(parent)
{
}

void YearComparisonModel::setYears(int firstYear, const std::vector<core::Action> &first,
                                   int secondYear, const std::vector<core::Action> &second)
{
    beginResetModel();
    m_firstYear = firstYear;
    m_secondYear = secondYear;
    m_rows.clear();
    std::vector<std::string> keys;
    for (const core::Action &action : first) {
        m_rows.push_back({reports::actionLabel(action), qs(action.name),
                          core::progressOf(action).percent(), std::nullopt});
        keys.push_back(action.key);
    }
    for (const core::Action &action : second) {
        const auto it = std::find(keys.begin(), keys.end(), action.key);
        if (it != keys.end()) {
            Row &row = m_rows[static_cast<std::size_t>(it - keys.begin())];
            row.second = core::progressOf(action).percent();
            if (row.name != qs(action.name))
                row.name += QStringLiteral(" / ") + qs(action.name);
        } else {
            m_rows.push_back({reports::actionLabel(action), qs(action.name), std::nullopt,
                              core::progressOf(action).percent()});
        }
    }
    endResetModel();
}

std::optional<double> YearComparisonModel::percent(int row, bool second) const
{
    if (row < 0 || row >= static_cast<int>(m_rows.size()))
        return std::nullopt;
    const Row &r = m_rows[static_cast<std::size_t>(row)];
    return second ? r.second : r.first;
}

int YearComparisonModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_rows.size());
}

int YearComparisonModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant YearComparisonModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= static_cast<int>(m_rows.size())
        || index.column() >= ColumnCount)
        return {};
    const Row &row = m_rows[static_cast<std::size_t>(index.row())];
    const core::Language language = LanguageSetup::current();
    const auto percentText = [language](const std::optional<double> &value) {
        return value ? reports::percentText(*value, language) : QStringLiteral("\u2013");
    };
    if (role == Qt::TextAlignmentRole && index.column() >= FirstColumn)
        return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
    if (role == Qt::ForegroundRole && index.column() == ChangeColumn && row.first && row.second) {
        const double change = *row.second - *row.first;
        if (change > 0.5)
            return QBrush(colours::success);
        if (change < -0.5)
            return QBrush(colours::danger);
        return {};
    }
    if (role == Qt::ToolTipRole && index.column() == NameColumn)
        return row.name;
    if (role != Qt::DisplayRole)
        return {};
    switch (static_cast<Column>(index.column())) {
    case ActionColumn:
        return row.label;
    case NameColumn:
        return row.name;
    case FirstColumn:
        return percentText(row.first);
    case SecondColumn:
        return percentText(row.second);
    case ChangeColumn: {
        if (!row.first || !row.second)
            return QStringLiteral("\u2013");
        const long change = std::lround(*row.second - *row.first);
        const QString number = qs(core::formatInteger(change, language));
        return change > 0 ? QStringLiteral("+") + number : number;
    }
    case ColumnCount:
        break;
    }
    return {};
}

QVariant YearComparisonModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (static_cast<Column>(section)) {
    case ActionColumn:
        return tr("Action");
    case NameColumn:
        return tr("Name");
    case FirstColumn:
        return tr("Progress %1").arg(m_firstYear);
    case SecondColumn:
        return tr("Progress %1").arg(m_secondYear);
    case ChangeColumn:
        return tr("Change (points)");
    case ColumnCount:
        break;
    }
    return {};
}

} // namespace konvergensi::gui

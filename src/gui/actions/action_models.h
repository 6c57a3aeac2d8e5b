// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// moc of Qt 6.4 cannot parse <compare>/<concepts>; it needs none of the core types.
#ifndef Q_MOC_RUN
#include "core/actions/actions.h"
#endif

#include <QAbstractListModel>
#include <QAbstractTableModel>
#include <QList>

#include <optional>
#include <vector>

namespace konvergensi::gui {

/// The outputs of one action: name, status, date done, evidence count, responsible, notes.
class ActionOutputModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column {
        NameColumn,
        StateColumn,
        DoneDateColumn,
        EvidenceColumn,
        ResponsibleColumn,
        NotesColumn,
        ColumnCount
    };
    enum Role { IdRole = Qt::UserRole + 1 };

    explicit ActionOutputModel(QObject *parent = nullptr);

#ifndef Q_MOC_RUN
    void setOutputs(std::vector<core::ActionOutput> outputs);
    const core::ActionOutput *outputAt(int row) const;
#endif
    int rowOf(std::int64_t id) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

private:
#ifndef Q_MOC_RUN
    std::vector<core::ActionOutput> m_outputs;
#endif
};

/// Lines of text, one a row, each with an optional id (IdRole) and its whole text as the
/// tooltip: the history of an action and the meetings that served it.
class ActionLineModel : public QAbstractListModel
{
    Q_OBJECT
public:
    enum Role { IdRole = Qt::UserRole + 1 };
    struct Line
    {
        QString text;
        qint64 id = 0;
    };

    explicit ActionLineModel(QObject *parent = nullptr);

    void setLines(QList<Line> lines);
    QString textAt(int row) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;

private:
    QList<Line> m_lines;
};

/// Two years side by side: each action (matched by its key) with its progress in both years
/// and the change.
class YearComparisonModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column { ActionColumn, NameColumn, FirstColumn, SecondColumn, ChangeColumn, ColumnCount };

    explicit YearComparisonModel(QObject *parent = nullptr);

#ifndef Q_MOC_RUN
    void setYears(int firstYear, const std::vector<core::Action> &first, int secondYear,
                  const std::vector<core::Action> &second);
#endif

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

    /// Progress in percent of a row in the first or second year; nullopt when the year's
    /// catalogue has no such action.
    std::optional<double> percent(int row, bool second) const;

private:
    struct Row
    {
        QString label;
        QString name;
        std::optional<double> first;
        std::optional<double> second;
    };
    int m_firstYear = 0;
    int m_secondYear = 0;
    std::vector<Row> m_rows;
};

} // namespace konvergensi::gui

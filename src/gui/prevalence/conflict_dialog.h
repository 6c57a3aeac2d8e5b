// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#ifndef Q_MOC_RUN
#include "io/prevalence/prevalence_import.h"
#endif

#include <QAbstractTableModel>
#include <QDialog>

#include <map>
#include <memory>
#include <string>
#include <vector>

class QTableView;

namespace Ui {
class ConflictDialog;
}

namespace konvergensi::gui {

/// The figures of an import that differ from the held ones, side by side: line, area (with
/// its name), period, source, held figure, figure in the file.
class ConflictTableModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column {
        LineColumn,
        AreaColumn,
        PeriodColumn,
        SourceColumn,
        HeldColumn,
        IncomingColumn,
        ColumnCount
    };

    explicit ConflictTableModel(QObject *parent = nullptr);

    /// The conflicts, and the names of the areas by key ("14.03.01.2001" -> "Kelapapati").
    void setConflicts(std::vector<io::PrevalenceConflict> conflicts,
                      std::map<std::string, std::string> areaNames);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;
    /// The incoming column's title when the figures do not come from a file.
    void setIncomingHeader(const QString &header);

private:
    std::vector<io::PrevalenceConflict> m_rows;
    QString m_incomingHeader;
    std::map<std::string, std::string> m_areaNames;
};

/// Asks before an import replaces held figures: the figures that differ, side by side.
/// Accepting (Replace held figures) means "replace them".
class ConflictDialog : public QDialog
{
    Q_OBJECT
public:
    ConflictDialog(std::vector<io::PrevalenceConflict> conflicts,
                   std::map<std::string, std::string> areaNames, int added,
                   QWidget *parent = nullptr);
    ~ConflictDialog() override;

    QTableView *table() const;
    ConflictTableModel *model() const { return m_model; }
    /// For figures that do not come from a file (a weighing round's children): the text above
    /// the table, the incoming column's title and the replace button's text; the line column
    /// is hidden.
    void setWording(const QString &explanation, const QString &incomingHeader,
                    const QString &replaceText);

private:
    const std::unique_ptr<Ui::ConflictDialog> m_ui;
    ConflictTableModel *m_model;
};

} // namespace konvergensi::gui

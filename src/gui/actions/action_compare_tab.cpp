// SPDX-License-Identifier: GPL-3.0-or-later
#include "gui/actions/action_compare_tab.h"

#include "gui/actions/action_models.h"
#include "gui/actions/action_views.h"
#include "gui/common/dialogs.h"
#include "gui/workspace/workspace_session.h"
#include "storage/storage_error.h"
#include "usecases/actions/action_checklist.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QSignalBlocker>
#include <QTableView>
#include <QVBoxLayout>

namespace konvergensi::gui {

ActionCompareTab::ActionCompareTab(WorkspaceSession &session, QWidget *parent)
    : QWidget(parent)
    , m_session(session)
{
    auto *layout = new QVBoxLayout(this);
    auto *top = new QHBoxLayout;
    m_first = new QComboBox(this);
    m_first->setObjectName(QStringLiteral("compareFirstYearComboBox"));
    m_first->setToolTip(tr("Years that have a checklist"));
    m_second = new QComboBox(this);
    m_second->setObjectName(QStringLiteral("compareSecondYearComboBox"));
    m_second->setToolTip(m_first->toolTip());
    top->addWidget(new QLabel(tr("Compare"), this));
    top->addWidget(m_first);
    top->addWidget(new QLabel(tr("with"), this));
    top->addWidget(m_second);
    top->addStretch(1);
    layout->addLayout(top);
    m_model = new YearComparisonModel(this);
    m_view = makeActionTable(this, QStringLiteral("comparisonTableView"));
    m_view->setModel(m_model);
    m_view->horizontalHeader()->setSectionResizeMode(YearComparisonModel::NameColumn,
                                                     QHeaderView::Stretch);
    for (const int column : {YearComparisonModel::ActionColumn, YearComparisonModel::FirstColumn,
                             YearComparisonModel::SecondColumn, YearComparisonModel::ChangeColumn})
        m_view->horizontalHeader()->setSectionResizeMode(column, QHeaderView::ResizeToContents);
    layout->addWidget(m_view, 1);
    auto *note = new QLabel(tr("Actions are matched by their key in each year's catalogue; a dash "
                               "means the year has no such action."),
                            this);
    note->setWordWrap(true);
    layout->addWidget(note);
    connect(m_first, &QComboBox::currentIndexChanged, this, &ActionCompareTab::reload);
    connect(m_second, &QComboBox::currentIndexChanged, this, &ActionCompareTab::reload);
}

void ActionCompareTab::fillYears(const std::vector<int> &years)
{
    for (QComboBox *box : {m_first, m_second}) {
        const int keep = chosen(box);
        const QSignalBlocker block(box);
        box->clear();
        for (const int year : years)
            box->addItem(QString::number(year), year);
        choose(box, keep);
    }
}

void ActionCompareTab::choose(QComboBox *box, int year)
{
    const int index = box->findData(year);
    if (index >= 0) {
        const QSignalBlocker block(box);
        box->setCurrentIndex(index);
    }
}

int ActionCompareTab::chosen(const QComboBox *box)
{
    return box->currentIndex() < 0 ? 0 : box->currentData().toInt();
}

void ActionCompareTab::pickYears(const std::vector<int> &years, int year)
{
    fillYears(years);
    if (years.size() >= 2) {
        choose(m_first, years[years.size() - 2]);
        choose(m_second, years.back());
    } else {
        choose(m_first, year - 1);
        choose(m_second, year);
    }
}

void ActionCompareTab::reload()
{
    if (!m_session.isOpen()) {
        m_model->setYears(0, {}, 0, {});
        return;
    }
    try {
        storage::Database &db = m_session.database();
        fillYears(usecases::actions::checklistYears(db));
        const int first = chosen(m_first);
        const int second = chosen(m_second);
        m_model->setYears(first, usecases::actions::checklist(db, first), second,
                          usecases::actions::checklist(db, second));
    } catch (const storage::StorageError &error) {
        Dialogs::error(this, tr("Convergence actions"), error.message());
    }
}

} // namespace konvergensi::gui

// SPDX-License-Identifier: GPL-3.0-or-later
#include "gui/actions/action_compare_tab.h"

#include "gui/actions/action_models.h"
#include "gui/actions/action_views.h"
#include "gui/common/dialogs.h"
#include "gui/workspace/workspace_session.h"
#include "storage/actions/action_repository.h"
#include "storage/storage_error.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QSignalBlocker>
#include <QSpinBox>
#include <QTableView>
#include <QVBoxLayout>

namespace konvergensi::gui {

ActionCompareTab::ActionCompareTab(WorkspaceSession &session, QWidget *parent)
    : QWidget(parent)
    , m_session(session)
{
    auto *layout = new QVBoxLayout(this);
    auto *top = new QHBoxLayout;
    m_first = new QSpinBox(this);
    m_first->setObjectName(QStringLiteral("compareFirstYearSpinBox"));
    m_first->setRange(2018, 2100);
    m_second = new QSpinBox(this);
    m_second->setObjectName(QStringLiteral("compareSecondYearSpinBox"));
    m_second->setRange(2018, 2100);
    const int thisYear = m_session.clock().today().year();
    m_first->setValue(thisYear - 1);
    m_second->setValue(thisYear);
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
    connect(m_first, &QSpinBox::valueChanged, this, &ActionCompareTab::reload);
    connect(m_second, &QSpinBox::valueChanged, this, &ActionCompareTab::reload);
}

void ActionCompareTab::pickYears(const std::vector<int> &years, int year)
{
    const QSignalBlocker blockFirst(m_first);
    const QSignalBlocker blockSecond(m_second);
    if (years.size() >= 2) {
        m_first->setValue(years[years.size() - 2]);
        m_second->setValue(years.back());
    } else {
        m_first->setValue(year - 1);
        m_second->setValue(year);
    }
}

void ActionCompareTab::reload()
{
    if (!m_session.isOpen()) {
        m_model->setYears(0, {}, 0, {});
        return;
    }
    try {
        storage::ActionRepository repo(m_session.database());
        m_model->setYears(m_first->value(), repo.actions(m_first->value()), m_second->value(),
                          repo.actions(m_second->value()));
    } catch (const storage::StorageError &error) {
        Dialogs::error(this, tr("Convergence actions"), error.message());
    }
}

} // namespace konvergensi::gui

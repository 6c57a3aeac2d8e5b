// SPDX-License-Identifier: GPL-3.0-or-later
#include "gui/meetings/meeting_widgets.h"

#include "gui/common/colours.h"

#include <QCoreApplication>
#include <QFontMetrics>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTableView>

namespace konvergensi::gui::meetings_ui {

namespace {

void showCount(QLabel *counter, qsizetype count, int maxChars)
{
    counter->setText(QStringLiteral("%1/%2").arg(count).arg(maxChars));
    counter->setStyleSheet(
        colours::textStyle(count >= maxChars ? colours::danger : colours::muted));
}

} // namespace

QTableView *makeTable(QWidget *parent, const QString &objectName, bool sortable)
{
    auto *view = new QTableView(parent);
    view->setObjectName(objectName);
    view->setSelectionBehavior(QAbstractItemView::SelectRows);
    view->setSelectionMode(QAbstractItemView::SingleSelection);
    view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    view->setAlternatingRowColors(true);
    view->setSortingEnabled(sortable);
    view->setWordWrap(false);
    view->setTextElideMode(Qt::ElideRight);
    view->verticalHeader()->setVisible(false);
    view->verticalHeader()->setDefaultSectionSize(view->fontMetrics().height() + 10);
    view->horizontalHeader()->setHighlightSections(false);
    view->horizontalHeader()->setSectionResizeMode(QHeaderView::Interactive);
    view->horizontalHeader()->setMinimumSectionSize(40);
    return view;
}

void fitColumnToHeader(QTableView *view, int column)
{
    QHeaderView *header = view->horizontalHeader();
    const QString text = view->model()->headerData(column, Qt::Horizontal).toString();
    // Room for the text, the sort arrow and the margins.
    const int width = header->fontMetrics().horizontalAdvance(text) + 34;
    header->setSectionResizeMode(column, QHeaderView::Fixed);
    header->resizeSection(column, width);
}

QPushButton *makeButton(QWidget *parent, const QString &text, const QString &objectName)
{
    auto *button = new QPushButton(text, parent);
    button->setObjectName(objectName);
    button->setAutoDefault(false);
    return button;
}

QString shortened(const QString &text, int maxChars)
{
    const QString simple = text.simplified();
    if (simple.size() <= maxChars)
        return simple;
    return simple.left(maxChars - 1).trimmed() + QStringLiteral("…");
}

void limitLength(QLineEdit *edit, int maxChars, QLabel *counter)
{
    edit->setMaxLength(maxChars);
    if (!counter)
        return;
    counter->setObjectName(edit->objectName() + QStringLiteral("Counter"));
    showCount(counter, edit->text().size(), maxChars);
    QObject::connect(
        edit, &QLineEdit::textChanged, counter,
        [counter, maxChars](const QString &text) { showCount(counter, text.size(), maxChars); });
}

QLabel *addCounter(QPlainTextEdit *edit, int maxChars, QWidget *parent)
{
    auto *counter = new QLabel(parent);
    counter->setObjectName(edit->objectName() + QStringLiteral("Counter"));
    counter->setAlignment(Qt::AlignRight);
    showCount(counter, edit->toPlainText().size(), maxChars);
    QObject::connect(edit, &QPlainTextEdit::textChanged, counter, [edit, counter, maxChars] {
        const qsizetype count = edit->toPlainText().size();
        showCount(counter, count, maxChars);
        if (count > maxChars)
            counter->setText(counter->text() + QLatin1Char(' ')
                             + QCoreApplication::translate("Meetings", "(too long)"));
    });
    return counter;
}

} // namespace konvergensi::gui::meetings_ui

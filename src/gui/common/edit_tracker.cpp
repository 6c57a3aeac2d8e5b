// SPDX-License-Identifier: GPL-3.0-or-later
#include "gui/common/edit_tracker.h"

#include <QAbstractButton>
#include <QAbstractItemModel>
#include <QAbstractItemView>
#include <QAbstractSpinBox>
#include <QComboBox>
#include <QDateTimeEdit>
#include <QDoubleSpinBox>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QSpinBox>
#include <QTextEdit>

namespace konvergensi::gui {

EditTracker::EditTracker(QObject *parent)
    : QObject(parent)
{
}

void EditTracker::setModified(bool modified)
{
    if (m_modified == modified)
        return;
    m_modified = modified;
    Q_EMIT modifiedChanged(modified);
}

void EditTracker::watch(QWidget *root)
{
    const auto touch = [this] { touched(); };
    for (auto *edit : root->findChildren<QLineEdit *>()) {
        // The line edit inside a spin box or an editable combo box is watched through them.
        if (qobject_cast<QAbstractSpinBox *>(edit->parentWidget())
            || qobject_cast<QComboBox *>(edit->parentWidget()))
            continue;
        connect(edit, &QLineEdit::textEdited, this, touch);
    }
    for (auto *edit : root->findChildren<QPlainTextEdit *>()) {
        if (!edit->isReadOnly())
            connect(edit->document(), &QTextDocument::contentsChange, this, touch);
    }
    for (auto *edit : root->findChildren<QTextEdit *>()) {
        if (!edit->isReadOnly())
            connect(edit->document(), &QTextDocument::contentsChange, this, touch);
    }
    for (auto *combo : root->findChildren<QComboBox *>()) {
        connect(combo, &QComboBox::activated, this, touch);
        if (combo->isEditable())
            connect(combo, &QComboBox::editTextChanged, this, touch);
    }
    for (auto *edit : root->findChildren<QDateTimeEdit *>())
        connect(edit, &QDateTimeEdit::dateTimeChanged, this, touch);
    for (auto *spin : root->findChildren<QSpinBox *>())
        connect(spin, &QSpinBox::valueChanged, this, touch);
    for (auto *spin : root->findChildren<QDoubleSpinBox *>())
        connect(spin, &QDoubleSpinBox::valueChanged, this, touch);
    for (auto *button : root->findChildren<QAbstractButton *>()) {
        if (button->isCheckable())
            connect(button, &QAbstractButton::toggled, this, touch);
    }
    for (auto *view : root->findChildren<QAbstractItemView *>()) {
        if (QAbstractItemModel *model = view->model()) {
            connect(model, &QAbstractItemModel::dataChanged, this, touch);
            connect(model, &QAbstractItemModel::rowsInserted, this, touch);
            connect(model, &QAbstractItemModel::rowsRemoved, this, touch);
        }
    }
}

} // namespace konvergensi::gui

// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QObject>

class QWidget;

namespace konvergensi::gui {

/// Notices when the user edits any input below a widget (line edits, text edits, combo
/// boxes, date edits, spin boxes, check boxes, tables with item models). Editors use it to
/// know they hold unsaved edits (UnsavedWork) without bookkeeping per field.
class EditTracker : public QObject
{
    Q_OBJECT
public:
    explicit EditTracker(QObject *parent = nullptr);

    /// Watches every input widget below `root` that exists now. Call after filling the
    /// form: changes made by the program before this call do not count.
    void watch(QWidget *root);
    bool isModified() const { return m_modified; }
    void setModified(bool modified);

Q_SIGNALS:
    void modifiedChanged(bool modified);

private:
    void touched() { setModified(true); }

    bool m_modified = false;
};

} // namespace konvergensi::gui

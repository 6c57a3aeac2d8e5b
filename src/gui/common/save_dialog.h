// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "gui/common/unsaved_work.h"

#include <QDialog>

class QLabel;
class QPlainTextEdit;
class QPushButton;

namespace konvergensi::gui {

class EditTracker;

/// The one way an editing dialog saves. OK calls save(): when it succeeds the dialog closes;
/// when it fails (a rule of core, or a StorageError) the message shows inside the dialog,
/// which stays open with everything typed intact. When the record was changed meanwhile by
/// someone else (a conflict), the message offers *Muat ulang*: the stored record is loaded
/// again and the text the user had typed stays visible to copy. Batal, Esc or the window's
/// close button ask before dropping typed edits. Every SaveDialog is UnsavedWork: quitting
/// the program asks about it.
///
/// A subclass builds its form (code or a .ui form), fills it, calls trackEdits(), and
/// implements save() (through a use case) and, when it can, reloadStored().
class SaveDialog : public QDialog, public UnsavedWork
{
    Q_OBJECT
public:
    explicit SaveDialog(QWidget *parent = nullptr);
    ~SaveDialog() override;

    void accept() override;
    void reject() override;

    bool hasUnsavedChanges() const override;
    QString unsavedWorkTitle() const override;
    bool saveUnsavedWork() override;
    void discardUnsavedWork() override;

    /// The message shown inside the dialog (empty when none), for tests.
    QString errorText() const;
    QPushButton *reloadButton() const { return m_reloadButton; }

protected:
    /// Stores the form. Throws storage::StorageError or core::ValidationError (or returns an
    /// error text) when it cannot; returns an empty string on success.
    virtual QString save() = 0;
    /// Loads the stored record into the form again (after a conflict); false when the
    /// dialog cannot (the record is gone): the reload button is then not offered.
    virtual bool reloadStored() { return false; }

    /// Counts edits from now on (call after filling the form).
    void trackEdits();
    /// Edits since the last save (or since trackEdits()).
    bool isModified() const;
    void setModified(bool modified);
    void showError(const QString &message, bool conflict = false);
    void clearError();
    EditTracker *editTracker() const { return m_tracker; }

private:
    bool trySave();
    void ensureBanner();
    void reloadAfterConflict();

    EditTracker *m_tracker;
    QWidget *m_banner = nullptr;
    QLabel *m_errorLabel = nullptr;
    QPushButton *m_reloadButton = nullptr;
    QPlainTextEdit *m_typedText = nullptr;
    bool m_closingWithoutAsking = false;
};

} // namespace konvergensi::gui

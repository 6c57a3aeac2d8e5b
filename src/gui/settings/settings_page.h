// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/letterhead.h"
#include "gui/common/unsaved_work.h"

#include <QWidget>

#include <memory>

class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;

namespace Ui {
class LetterheadForm;
}

namespace konvergensi::gui {

class WorkspaceSession;

/// Pengaturan: the interface language (a preference of this computer) and the district's
/// identity and letterhead (kept in the workspace, printed on every report; the form is
/// ui/settings_letterhead_form.ui, the rules usecases/settings/letterhead.h). Edits not saved
/// yet are asked about on quitting (UnsavedWork).
class SettingsPage : public QWidget, public UnsavedWork
{
    Q_OBJECT
public:
    explicit SettingsPage(WorkspaceSession &session, QWidget *parent = nullptr);
    ~SettingsPage() override;

    void reload();
    /// Saves the letterhead; returns false (and says why) when a field is wrong.
    bool saveLetterhead();
    /// Reads a logo image file, scales it down and keeps it as PNG (not yet saved).
    bool loadLogo(const QString &path);

    // UnsavedWork: the letterhead form differs from what is stored.
    bool hasUnsavedChanges() const override;
    QString unsavedWorkTitle() const override;
    bool saveUnsavedWork() override { return saveLetterhead(); }
    void discardUnsavedWork() override { reload(); }

    QComboBox *languageCombo() const { return m_languageCombo; }
    QLineEdit *field(const QString &name) const;
    QLabel *statusLabel() const { return m_statusLabel; }

Q_SIGNALS:
    /// The user chose another interface language ("auto", "id" or "en").
    void languageChosen(const QString &preference);

private:
    core::Letterhead letterheadFromForm() const;
    void showLogo();

    WorkspaceSession &m_session;
    std::unique_ptr<Ui::LetterheadForm> m_form; ///< ui/settings_letterhead_form.ui
    QComboBox *m_languageCombo = nullptr;
    QLabel *m_statusLabel = nullptr;
    QPushButton *m_saveButton = nullptr;
    std::vector<std::uint8_t> m_logo;
    core::Letterhead m_loaded;
};

} // namespace konvergensi::gui

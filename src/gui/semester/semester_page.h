// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/semester/semester.h"
#include "gui/common/unsaved_work.h"

#include <QWidget>

#include <array>
#include <memory>

class QPlainTextEdit;

namespace Ui {
class SemesterPageForm;
}

namespace konvergensi::gui {

class EditTracker;
class WorkspaceSession;

namespace semester {

/// Laporan Semester TPPS: choose the year and semester, write the parts the secretariat
/// writes (a semester without its own starts from the previous one's, as a draft), answer
/// the Perbup question, set who signs, and write the report (print preview, PDF, ODT, XLSX).
/// The page only shows and asks: usecases::semester does the work. The form is
/// ui/semester_page_form.ui; the paper (A4 or F4) is the one chosen last on any print page.
class SemesterPage : public QWidget, public UnsavedWork
{
    Q_OBJECT

public:
    SemesterPage(WorkspaceSession &session, QWidget *parent = nullptr);
    ~SemesterPage() override;

    core::Semester semester() const;
    /// Chooses another semester; with unsaved edits asks first (false: kept as it was).
    bool setSemester(const core::Semester &semester);
    /// Stores the written parts and signatories; false (with the reason shown) when refused.
    bool save();
    /// The date the report is signed, as the page shows it (stored with the written parts).
    QDate reportDate() const;
    void setReportDate(const QDate &date);
    /// The paper chosen for the preview, PDF and ODT (reports::Paper as int).
    int paper() const;
    QString statusText() const;
    QString errorText() const;

    bool hasUnsavedChanges() const override;
    QString unsavedWorkTitle() const override;
    bool saveUnsavedWork() override;
    void discardUnsavedWork() override;

private:
    enum class Output { Preview, Pdf, Odt, Xlsx };
    void load();
    void write(Output output);
    void periodEdited();

    WorkspaceSession &m_session;
    const std::unique_ptr<Ui::SemesterPageForm> m_ui; ///< ui/semester_page_form.ui
    std::array<QPlainTextEdit *, 5> m_parts{};
    EditTracker *m_tracker;
    core::Semester m_loaded;
    int m_textsVersion = 0;
    int m_signersVersion = 0;
    bool m_loading = false;
};

} // namespace semester
} // namespace konvergensi::gui

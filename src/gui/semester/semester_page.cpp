// SPDX-License-Identifier: GPL-3.0-or-later
#include "gui/semester/semester_page.h"

#include "gui/common/background_task.h"
#include "gui/common/date_edit.h"
#include "gui/common/dialogs.h"
#include "gui/common/edit_tracker.h"
#include "gui/common/file_export.h"
#include "gui/common/print_preview.h"
#include "gui/common/reload_when_shown.h"
#include "gui/common/view_state.h"
#include "gui/workspace/workspace_session.h"
#include "i18n/language.h"
#include "qtsupport/dates.h"
#include "qtsupport/text.h"
#include "reports/semester/semester_document.h"
#include "storage/storage_error.h"
#include "usecases/semester/semester_report.h"

#include "ui_semester_page_form.h"

#include <QComboBox>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSpinBox>

namespace konvergensi::gui::semester {

namespace uc = usecases::semester;

SemesterPage::SemesterPage(WorkspaceSession &session, QWidget *parent)
    : QWidget(parent)
    , m_session(session)
    , m_ui(std::make_unique<Ui::SemesterPageForm>())
    , m_tracker(new EditTracker(this))
{
    m_ui->setupUi(this);
    setObjectName(QStringLiteral("semesterPage"));
    m_ui->semesterHalfCombo->setItemData(0, 1);
    m_ui->semesterHalfCombo->setItemData(1, 2);
    m_ui->reportDateLabel->setBuddy(m_ui->semesterReportDateEdit->lineEdit());
    m_parts = {m_ui->semesterPart0, m_ui->semesterPart1, m_ui->semesterPart2, m_ui->semesterPart3,
               m_ui->semesterPart4};
    QComboBox *paperCombo = m_ui->semesterPaperCombo;
    paperCombo->addItem(tr("A4"), static_cast<int>(reports::Paper::A4));
    paperCombo->addItem(tr("F4 (folio)"), static_cast<int>(reports::Paper::F4));
    ViewState::rememberPaper(paperCombo); // the paper chosen last, per user

    connect(m_ui->semesterSaveButton, &QPushButton::clicked, this, [this] { save(); });
    connect(m_ui->semesterPreviewButton, &QPushButton::clicked, this,
            [this] { write(Output::Preview); });
    connect(m_ui->semesterPdfButton, &QPushButton::clicked, this, [this] { write(Output::Pdf); });
    connect(m_ui->semesterOdtButton, &QPushButton::clicked, this, [this] { write(Output::Odt); });
    connect(m_ui->semesterXlsxButton, &QPushButton::clicked, this, [this] { write(Output::Xlsx); });

    // A report is written after its semester: the page opens on the one before today's.
    m_loaded = core::Semester::of(session.clock().today()).previous();
    m_ui->semesterYearSpin->setValue(m_loaded.year);
    m_ui->semesterHalfCombo->setCurrentIndex(m_loaded.half - 1);
    load();
    m_tracker->watch(m_ui->semesterTabs);
    connect(m_ui->semesterReportDateEdit, &DateEdit::dateChanged, this, [this] {
        if (!m_loading)
            m_tracker->setModified(true);
    });
    // Saved by another page on this workspace: shown again, unless this page holds edits
    // (saving them then says someone else changed the report). Another workspace: always.
    ReloadWhenShown::attach(this, session, usecases::Topic::Semester, [this] {
        if (!hasUnsavedChanges())
            load();
    });
    connect(&session, &WorkspaceSession::workspaceChanged, this, [this] {
        if (m_session.isOpen())
            load();
    });
    connect(m_ui->semesterYearSpin, &QSpinBox::valueChanged, this, [this] { periodEdited(); });
    connect(m_ui->semesterHalfCombo, &QComboBox::currentIndexChanged, this,
            [this] { periodEdited(); });
}

SemesterPage::~SemesterPage() = default;

core::Semester SemesterPage::semester() const
{
    return m_loaded;
}

bool SemesterPage::setSemester(const core::Semester &semester)
{
    const QSignalBlocker yearBlocker(m_ui->semesterYearSpin);
    const QSignalBlocker halfBlocker(m_ui->semesterHalfCombo);
    m_ui->semesterYearSpin->setValue(semester.year);
    m_ui->semesterHalfCombo->setCurrentIndex(semester.half - 1);
    periodEdited();
    return m_loaded == semester;
}

void SemesterPage::periodEdited()
{
    const core::Semester chosen{m_ui->semesterYearSpin->value(),
                                m_ui->semesterHalfCombo->currentIndex() + 1};
    if (chosen == m_loaded)
        return;
    if (!UnsavedWork::resolveBeforeLeaving(this)) {
        const QSignalBlocker yearBlocker(m_ui->semesterYearSpin);
        const QSignalBlocker halfBlocker(m_ui->semesterHalfCombo);
        m_ui->semesterYearSpin->setValue(m_loaded.year);
        m_ui->semesterHalfCombo->setCurrentIndex(m_loaded.half - 1);
        return;
    }
    m_loaded = chosen;
    load();
}

void SemesterPage::load()
{
    m_loading = true;
    m_ui->semesterErrorLabel->clear();
    storage::Database &db = m_session.database();
    const uc::TextsForEditing texts = uc::textsFor(db, m_loaded);
    const core::SemesterTexts &t = texts.texts;
    const std::array<const std::string *, 5> values = {&t.foreword, &t.summary, &t.innovations,
                                                       &t.obstacles, &t.closing};
    for (std::size_t i = 0; i < m_parts.size(); ++i)
        m_parts[i]->setPlainText(qs(*values[i]));
    m_ui->semesterPerbupCombo->setCurrentIndex(!t.villageRoleRegulation.answer   ? 0
                                               : *t.villageRoleRegulation.answer ? 1
                                                                                 : 2);
    m_ui->semesterPerbupNoteEdit->setText(qs(t.villageRoleRegulation.note));
    // A report not saved yet is signed today unless another day is chosen.
    m_ui->semesterReportDateEdit->setDate(
        toQDate(texts.stored && t.reportDate ? *t.reportDate : m_session.clock().today()));
    m_textsVersion = t.rowVersion;
    if (texts.stored)
        m_ui->semesterStatusLabel->setText(tr("Saved for %1.").arg(uc::semesterLabel(m_loaded)));
    else if (texts.carriedFrom)
        m_ui->semesterStatusLabel->setText(tr("Draft carried over from %1: not saved yet.")
                                               .arg(uc::semesterLabel(*texts.carriedFrom)));
    else
        m_ui->semesterStatusLabel->setText(
            tr("Nothing written yet for %1.").arg(uc::semesterLabel(m_loaded)));

    const core::SemesterSignatories signers = uc::signatories(db);
    m_ui->semesterChairTitleEdit->setText(qs(signers.chairTitle));
    m_ui->semesterChairNameEdit->setText(qs(signers.chairName));
    m_ui->semesterChairNipEdit->setText(qs(signers.chairNip));
    m_ui->semesterAcknowledgeCheck->setChecked(signers.regentAcknowledges);
    m_ui->semesterRegentTitleEdit->setText(qs(signers.regentTitle));
    m_ui->semesterRegentNameEdit->setText(qs(signers.regentName));
    // Long texts show their beginning, not their end.
    for (QLineEdit *edit : m_ui->signaturesTab->findChildren<QLineEdit *>())
        edit->setCursorPosition(0);
    m_signersVersion = signers.rowVersion;
    // A carried-over draft is an edit: leaving asks whether to store it.
    m_tracker->setModified(!texts.stored && texts.carriedFrom.has_value());
    m_loading = false;
}

bool SemesterPage::save()
{
    core::SemesterTexts t;
    t.year = m_loaded.year;
    t.half = m_loaded.half;
    const std::array<std::string *, 5> values = {&t.foreword, &t.summary, &t.innovations,
                                                 &t.obstacles, &t.closing};
    for (std::size_t i = 0; i < m_parts.size(); ++i)
        *values[i] = ss(m_parts[i]->toPlainText());
    if (m_ui->semesterPerbupCombo->currentIndex() > 0)
        t.villageRoleRegulation.answer = m_ui->semesterPerbupCombo->currentIndex() == 1;
    t.villageRoleRegulation.note = ss(m_ui->semesterPerbupNoteEdit->text());
    if (!m_ui->semesterReportDateEdit->hasAcceptableInput()
        || !m_ui->semesterReportDateEdit->date().isValid()) {
        m_ui->semesterErrorLabel->setText(
            tr("The report date is not a date: type it as 15/1/2024 or pick it "
               "from the calendar."));
        return false;
    }
    t.reportDate = toGregorian(m_ui->semesterReportDateEdit->date());
    t.rowVersion = m_textsVersion;
    core::SemesterSignatories signers;
    signers.chairTitle = ss(m_ui->semesterChairTitleEdit->text());
    signers.chairName = ss(m_ui->semesterChairNameEdit->text());
    signers.chairNip = ss(m_ui->semesterChairNipEdit->text());
    signers.regentAcknowledges = m_ui->semesterAcknowledgeCheck->isChecked();
    signers.regentTitle = ss(m_ui->semesterRegentTitleEdit->text());
    signers.regentName = ss(m_ui->semesterRegentNameEdit->text());
    signers.rowVersion = m_signersVersion;
    try {
        const auto stored = uc::saveTexts(m_session.database(), t);
        m_textsVersion = stored.rowVersion;
        m_signersVersion = uc::saveSignatories(m_session.database(), signers).rowVersion;
    } catch (const storage::StorageError &error) {
        m_ui->semesterErrorLabel->setText(error.message());
        return false;
    }
    m_ui->semesterErrorLabel->clear();
    m_ui->semesterStatusLabel->setText(tr("Saved for %1.").arg(uc::semesterLabel(m_loaded)));
    m_tracker->setModified(false);
    // Other pages (the dashboard's sidebar, another window on this workspace) reload.
    m_session.notifyChanged(usecases::Topic::Semester);
    return true;
}

void SemesterPage::write(Output output)
{
    // The report prints what is stored: unsaved edits are stored first.
    if (hasUnsavedChanges() && !save())
        return;
    const QString base = uc::fileBaseName(m_loaded);
    QString path;
    if (output != Output::Preview) {
        const QString suffix = output == Output::Pdf   ? QStringLiteral("pdf")
                               : output == Output::Odt ? QStringLiteral("odt")
                                                       : QStringLiteral("xlsx");
        path = FileExport::askSavePath(this, QStringLiteral("semester-report"),
                                       tr("Save the semester report"), base, {suffix});
        if (path.isEmpty())
            return;
    }
    const core::Language language = i18n::LanguageSetup::current();
    const core::Semester semester = m_loaded;
    const auto chosenPaper = static_cast<reports::Paper>(paper());
    reports::SemesterDocument document;
    try {
        const auto outcome = BackgroundTask::run(
            this, m_session, tr("Writing the semester report"),
            [&](storage::Database &db, usecases::Progress &progress) {
                document = uc::buildDocument(db, semester, language, progress);
                if (output == Output::Pdf)
                    uc::writePdf(document, language, chosenPaper, path);
                else if (output == Output::Odt)
                    reports::writeSemesterOdt(document, chosenPaper, path);
                else if (output == Output::Xlsx)
                    reports::writeSemesterXlsx(document, path);
            });
        if (outcome == BackgroundTask::Outcome::Cancelled)
            return;
    } catch (const reports::ReportError &error) {
        m_ui->semesterErrorLabel->setText(error.message());
        return;
    } catch (const storage::StorageError &error) {
        m_ui->semesterErrorLabel->setText(error.message());
        return;
    }
    if (output == Output::Preview)
        showPrintPreview(this, reports::semesterReportDocument(document, language, chosenPaper));
    else
        FileExport::announceWritten(this, path);
}

QDate SemesterPage::reportDate() const
{
    return m_ui->semesterReportDateEdit->date();
}

void SemesterPage::setReportDate(const QDate &date)
{
    m_ui->semesterReportDateEdit->setDate(date);
}

int SemesterPage::paper() const
{
    return m_ui->semesterPaperCombo->currentData().toInt();
}

QString SemesterPage::statusText() const
{
    return m_ui->semesterStatusLabel->text();
}

QString SemesterPage::errorText() const
{
    return m_ui->semesterErrorLabel->text();
}

bool SemesterPage::hasUnsavedChanges() const
{
    return m_tracker->isModified();
}

QString SemesterPage::unsavedWorkTitle() const
{
    return tr("Semester report: %1").arg(uc::semesterLabel(m_loaded));
}

bool SemesterPage::saveUnsavedWork()
{
    return save();
}

void SemesterPage::discardUnsavedWork()
{
    load();
    m_tracker->setModified(false);
}

} // namespace konvergensi::gui::semester

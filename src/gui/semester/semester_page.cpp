// SPDX-License-Identifier: GPL-3.0-or-later
#include "gui/semester/semester_page.h"

#include "gui/common/background_task.h"
#include "gui/common/date_edit.h"
#include "gui/common/dialogs.h"
#include "gui/common/edit_tracker.h"
#include "gui/common/file_export.h"
#include "gui/common/print_preview.h"
#include "gui/workspace/workspace_session.h"
#include "i18n/language.h"
#include "qtsupport/dates.h"
#include "qtsupport/text.h"
#include "reports/semester/semester_document.h"
#include "storage/storage_error.h"
#include "usecases/semester/semester_report.h"

#include <QCheckBox>
#include <QComboBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QTabWidget>
#include <QVBoxLayout>

namespace konvergensi::gui::semester {

namespace uc = usecases::semester;

namespace {

/// The longest line fields (a title): core's title rule.
constexpr int kLineLength = 500;

QLineEdit *lineEdit(int maxLength = kLineLength)
{
    auto *edit = new QLineEdit;
    edit->setMaxLength(maxLength);
    return edit;
}

} // namespace

SemesterPage::SemesterPage(WorkspaceSession &session, QWidget *parent)
    : QWidget(parent)
    , m_session(session)
    , m_year(new QSpinBox)
    , m_half(new QComboBox)
    , m_reportDate(new DateEdit)
    , m_status(new QLabel)
    , m_error(new QLabel)
    , m_tabs(new QTabWidget)
    , m_perbup(new QComboBox)
    , m_perbupNote(lineEdit())
    , m_chairTitle(lineEdit())
    , m_chairName(lineEdit(200))
    , m_chairNip(lineEdit(30))
    , m_acknowledge(new QCheckBox(tr("The regent acknowledges the report (“Mengetahui”)")))
    , m_regentTitle(lineEdit())
    , m_regentName(lineEdit(200))
    , m_tracker(new EditTracker(this))
{
    setObjectName(QStringLiteral("semesterPage"));
    auto *layout = new QVBoxLayout(this);
    auto *title = new QLabel(tr("<b>TPPS semester report</b>"));
    layout->addWidget(title);

    auto *period = new QHBoxLayout;
    m_year->setObjectName(QStringLiteral("semesterYearSpin"));
    m_year->setRange(2000, 2100);
    m_half->setObjectName(QStringLiteral("semesterHalfCombo"));
    m_half->addItem(tr("I (January–June)"), 1);
    m_half->addItem(tr("II (July–December)"), 2);
    period->addWidget(new QLabel(tr("Year")));
    period->addWidget(m_year);
    period->addWidget(new QLabel(tr("Semester")));
    period->addWidget(m_half);
    auto *dateLabel = new QLabel(tr("Signed &on"));
    dateLabel->setBuddy(m_reportDate->lineEdit());
    m_reportDate->setObjectName(QStringLiteral("semesterReportDateEdit"));
    m_reportDate->setToolTip(tr("The date under the signatures (“Bengkalis, 15 Januari 2024”), "
                                "stored with the written parts"));
    period->addWidget(dateLabel);
    period->addWidget(m_reportDate);
    m_status->setObjectName(QStringLiteral("semesterStatusLabel"));
    period->addWidget(m_status, 1);
    layout->addLayout(period);

    const QStringList names = {tr("Foreword"), tr("Executive summary"), tr("Innovations"),
                               tr("Obstacles and recommendations"), tr("Closing")};
    for (std::size_t i = 0; i < m_parts.size(); ++i) {
        m_parts[i] = new QPlainTextEdit;
        m_parts[i]->setObjectName(QStringLiteral("semesterPart%1").arg(i));
        m_tabs->addTab(m_parts[i], names[static_cast<int>(i)]);
    }
    auto *other = new QWidget;
    auto *form = new QFormLayout(other);
    m_perbup->setObjectName(QStringLiteral("semesterPerbupCombo"));
    m_perbup->addItem(tr("not answered"));
    m_perbup->addItem(tr("Yes"));
    m_perbup->addItem(tr("No"));
    form->addRow(tr("Regent's regulation (Perbup) on the role of villages (RAN-PASTI)"), m_perbup);
    form->addRow(tr("Note (its number and title)"), m_perbupNote);
    form->addRow(tr("Title of the TPPS chair"), m_chairTitle);
    form->addRow(tr("Name of the TPPS chair"), m_chairName);
    form->addRow(tr("NIP of the TPPS chair"), m_chairNip);
    form->addRow(QString(), m_acknowledge);
    form->addRow(tr("Title of the regent"), m_regentTitle);
    form->addRow(tr("Name of the regent"), m_regentName);
    m_tabs->addTab(other, tr("RAN-PASTI and signatures"));
    layout->addWidget(m_tabs, 1);

    m_error->setObjectName(QStringLiteral("semesterErrorLabel"));
    m_error->setWordWrap(true);
    m_error->setStyleSheet(QStringLiteral("color: #b00020;"));
    layout->addWidget(m_error);

    auto *buttons = new QHBoxLayout;
    auto *saveButton = new QPushButton(tr("&Save"));
    saveButton->setObjectName(QStringLiteral("semesterSaveButton"));
    auto *preview = new QPushButton(tr("Print preview…"));
    auto *pdf = new QPushButton(tr("PDF…"));
    auto *odt = new QPushButton(tr("ODT…"));
    auto *xlsx = new QPushButton(tr("XLSX annex…"));
    buttons->addWidget(saveButton);
    buttons->addStretch(1);
    for (QPushButton *button : {preview, pdf, odt, xlsx})
        buttons->addWidget(button);
    layout->addLayout(buttons);

    connect(saveButton, &QPushButton::clicked, this, [this] { save(); });
    connect(preview, &QPushButton::clicked, this, [this] { write(Output::Preview); });
    connect(pdf, &QPushButton::clicked, this, [this] { write(Output::Pdf); });
    connect(odt, &QPushButton::clicked, this, [this] { write(Output::Odt); });
    connect(xlsx, &QPushButton::clicked, this, [this] { write(Output::Xlsx); });

    // A report is written after its semester: the page opens on the one before today's.
    m_loaded = core::Semester::of(session.clock().today()).previous();
    m_year->setValue(m_loaded.year);
    m_half->setCurrentIndex(m_loaded.half - 1);
    load();
    m_tracker->watch(m_tabs);
    connect(m_reportDate, &DateEdit::dateChanged, this, [this] {
        if (!m_loading)
            m_tracker->setModified(true);
    });
    connect(m_year, &QSpinBox::valueChanged, this, [this] { periodEdited(); });
    connect(m_half, &QComboBox::currentIndexChanged, this, [this] { periodEdited(); });
}

core::Semester SemesterPage::semester() const
{
    return m_loaded;
}

bool SemesterPage::setSemester(const core::Semester &semester)
{
    const QSignalBlocker yearBlocker(m_year);
    const QSignalBlocker halfBlocker(m_half);
    m_year->setValue(semester.year);
    m_half->setCurrentIndex(semester.half - 1);
    periodEdited();
    return m_loaded == semester;
}

void SemesterPage::periodEdited()
{
    const core::Semester chosen{m_year->value(), m_half->currentIndex() + 1};
    if (chosen == m_loaded)
        return;
    if (!UnsavedWork::resolveBeforeLeaving(this)) {
        const QSignalBlocker yearBlocker(m_year);
        const QSignalBlocker halfBlocker(m_half);
        m_year->setValue(m_loaded.year);
        m_half->setCurrentIndex(m_loaded.half - 1);
        return;
    }
    m_loaded = chosen;
    load();
}

void SemesterPage::load()
{
    m_loading = true;
    m_error->clear();
    storage::Database &db = m_session.database();
    const uc::TextsForEditing texts = uc::textsFor(db, m_loaded);
    const core::SemesterTexts &t = texts.texts;
    const std::array<const std::string *, 5> values = {&t.foreword, &t.summary, &t.innovations,
                                                       &t.obstacles, &t.closing};
    for (std::size_t i = 0; i < m_parts.size(); ++i)
        m_parts[i]->setPlainText(qs(*values[i]));
    m_perbup->setCurrentIndex(!t.villageRoleRegulation.answer   ? 0
                              : *t.villageRoleRegulation.answer ? 1
                                                                : 2);
    m_perbupNote->setText(qs(t.villageRoleRegulation.note));
    // A report not saved yet is signed today unless another day is chosen.
    m_reportDate->setDate(
        toQDate(texts.stored && t.reportDate ? *t.reportDate : m_session.clock().today()));
    m_textsVersion = t.rowVersion;
    if (texts.stored)
        m_status->setText(tr("Saved for %1.").arg(uc::semesterLabel(m_loaded)));
    else if (texts.carriedFrom)
        m_status->setText(tr("Draft carried over from %1: not saved yet.")
                              .arg(uc::semesterLabel(*texts.carriedFrom)));
    else
        m_status->setText(tr("Nothing written yet for %1.").arg(uc::semesterLabel(m_loaded)));

    const core::SemesterSignatories signers = uc::signatories(db);
    m_chairTitle->setText(qs(signers.chairTitle));
    m_chairName->setText(qs(signers.chairName));
    m_chairNip->setText(qs(signers.chairNip));
    m_acknowledge->setChecked(signers.regentAcknowledges);
    m_regentTitle->setText(qs(signers.regentTitle));
    m_regentName->setText(qs(signers.regentName));
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
    if (m_perbup->currentIndex() > 0)
        t.villageRoleRegulation.answer = m_perbup->currentIndex() == 1;
    t.villageRoleRegulation.note = ss(m_perbupNote->text());
    if (!m_reportDate->hasAcceptableInput() || !m_reportDate->date().isValid()) {
        m_error->setText(tr("The report date is not a date: type it as 15/1/2024 or pick it "
                            "from the calendar."));
        return false;
    }
    t.reportDate = toGregorian(m_reportDate->date());
    t.rowVersion = m_textsVersion;
    core::SemesterSignatories signers;
    signers.chairTitle = ss(m_chairTitle->text());
    signers.chairName = ss(m_chairName->text());
    signers.chairNip = ss(m_chairNip->text());
    signers.regentAcknowledges = m_acknowledge->isChecked();
    signers.regentTitle = ss(m_regentTitle->text());
    signers.regentName = ss(m_regentName->text());
    signers.rowVersion = m_signersVersion;
    try {
        const auto stored = uc::saveTexts(m_session.database(), t);
        m_textsVersion = stored.rowVersion;
        m_signersVersion = uc::saveSignatories(m_session.database(), signers).rowVersion;
    } catch (const storage::StorageError &error) {
        m_error->setText(error.message());
        return false;
    }
    m_error->clear();
    m_status->setText(tr("Saved for %1.").arg(uc::semesterLabel(m_loaded)));
    m_tracker->setModified(false);
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
    reports::SemesterDocument document;
    try {
        const auto outcome = BackgroundTask::run(
            this, m_session, tr("Writing the semester report"),
            [&](storage::Database &db, usecases::Progress &progress) {
                document = uc::buildDocument(db, semester, language, progress);
                if (output == Output::Pdf)
                    uc::writePdf(document, language, reports::Paper::A4, path);
                else if (output == Output::Odt)
                    reports::writeSemesterOdt(document, reports::Paper::A4, path);
                else if (output == Output::Xlsx)
                    reports::writeSemesterXlsx(document, path);
            });
        if (outcome == BackgroundTask::Outcome::Cancelled)
            return;
    } catch (const reports::ReportError &error) {
        m_error->setText(error.message());
        return;
    } catch (const storage::StorageError &error) {
        m_error->setText(error.message());
        return;
    }
    if (output == Output::Preview)
        showPrintPreview(this,
                         reports::semesterReportDocument(document, language, reports::Paper::A4));
    else
        FileExport::announceWritten(this, path);
}

QDate SemesterPage::reportDate() const
{
    return m_reportDate->date();
}

void SemesterPage::setReportDate(const QDate &date)
{
    m_reportDate->setDate(date);
}

QString SemesterPage::statusText() const
{
    return m_status->text();
}

QString SemesterPage::errorText() const
{
    return m_error->text();
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

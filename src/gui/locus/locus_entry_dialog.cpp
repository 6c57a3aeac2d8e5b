// SPDX-License-Identifier: GPL-3.0-or-later
#include "gui/locus/locus_entry_dialog.h"

#include "ui_locus_entry_dialog.h"

#include "gui/language.h"
#include "gui/locus/locus_widgets.h"
#include "gui/workspace/workspace_session.h"
#include "qtsupport/text.h"

#include "core/format.h"
#include "io/number_text.h"
#include "reports/locus/locus_words.h"
#include "usecases/locus/locus_lists.h"

#include <QPushButton>

namespace konvergensi::gui::locus {

namespace {

constexpr int kReasonLength = 500;

QString countText(const std::optional<std::int64_t> &count)
{
    return count ? qs(core::formatInteger(*count, LanguageSetup::current())) : QString();
}

QString decimalText(const std::optional<double> &value)
{
    return value ? qs(core::formatDecimal(*value, 1, LanguageSetup::current())) : QString();
}

} // namespace

LocusEntryDialog::LocusEntryDialog(WorkspaceSession &session, const core::LocusVillage &entry,
                                   const QString &villageName, QWidget *parent)
    : SaveDialog(parent)
    , m_session(session)
    , m_ui(std::make_unique<Ui::LocusEntryDialog>())
    , m_entry(entry)
    , m_villageName(villageName)
{
    m_ui->setupUi(this);
    setObjectName(QStringLiteral("locusEntryDialog"));
    setWindowTitle(tr("%1 on the locus list of %2").arg(villageName).arg(entry.year));
    limitLength(m_ui->entryReasonEdit, m_ui->entryReasonCounter, kReasonLength);
    fill(entry);
    connect(m_ui->buttonBox, &QDialogButtonBox::accepted, this, &LocusEntryDialog::accept);
    connect(m_ui->buttonBox, &QDialogButtonBox::rejected, this, &LocusEntryDialog::reject);
    for (QLineEdit *edit :
         {m_ui->entryMeasuredEdit, m_ui->entryStuntedEdit, m_ui->entryPrevalenceEdit})
        connect(edit, &QLineEdit::textChanged, this, &LocusEntryDialog::refreshPrevalenceHint);
    // Another workspace opened: this entry belongs to the old one.
    connect(&session, &WorkspaceSession::workspaceChanged, this,
            &LocusEntryDialog::discardUnsavedWork);
    trackEdits();
}

LocusEntryDialog::~LocusEntryDialog() = default;

void LocusEntryDialog::fill(const core::LocusVillage &entry)
{
    m_ui->entryHeadingLabel->setText(
        tr("<b>%1</b> (%2): rank %3 on the list of %4, %5.")
            .arg(m_villageName.toHtmlEscaped(), qs(entry.village.toString()))
            .arg(entry.rank)
            .arg(entry.year)
            .arg(reports::originText(entry.origin)));
    m_ui->entryReasonEdit->setPlainText(qs(entry.reason));
    const core::LocusEvidence &e = entry.evidence;
    m_ui->entryMeasuredEdit->setText(countText(e.childrenMeasured));
    m_ui->entryStuntedEdit->setText(countText(e.stunted));
    m_ui->entryPrevalenceEdit->setText(decimalText(e.prevalencePercent));
    m_ui->entryHouseholdsEdit->setText(countText(e.targetHouseholds));
    m_ui->entryPovertyEdit->setText(decimalText(e.povertyPercent));
    refreshPrevalenceHint();
}

QString LocusEntryDialog::read(core::LocusVillage &entry) const
{
    entry.reason = ss(m_ui->entryReasonEdit->toPlainText().trimmed());
    bool ok = true;
    QString problem;
    const auto count = [&](const QLineEdit *edit, std::optional<std::int64_t> &target,
                           const QString &label) {
        target = io::parseCount(edit->text(), ok);
        if (!ok)
            problem = tr("%1: \"%2\" is not a whole number.").arg(label, edit->text());
        return ok;
    };
    const auto decimal = [&](const QLineEdit *edit, std::optional<double> &target,
                             const QString &label) {
        target = io::parseDecimal(edit->text(), ok);
        if (!ok)
            problem = tr("%1: \"%2\" is not a number.").arg(label, edit->text());
        return ok;
    };
    core::LocusEvidence &e = entry.evidence;
    (void)(count(m_ui->entryMeasuredEdit, e.childrenMeasured, tr("Children measured"))
           && count(m_ui->entryStuntedEdit, e.stunted, tr("Children stunted"))
           && decimal(m_ui->entryPrevalenceEdit, e.prevalencePercent, tr("Prevalence"))
           && count(m_ui->entryHouseholdsEdit, e.targetHouseholds,
                    tr("1,000-HPK target households"))
           && decimal(m_ui->entryPovertyEdit, e.povertyPercent, tr("Poor households")));
    return problem;
}

void LocusEntryDialog::refreshPrevalenceHint()
{
    core::LocusVillage entry = m_entry;
    if (const QString problem = read(entry); !problem.isEmpty()) {
        m_ui->entryPrevalenceHint->setText(problem);
        return;
    }
    const core::Language language = LanguageSetup::current();
    if (entry.evidence.prevalencePercent)
        m_ui->entryPrevalenceHint->setText(tr("As written in the analysis."));
    else if (const auto derived = entry.evidence.prevalence())
        m_ui->entryPrevalenceHint->setText(
            tr("From the counts: %1.").arg(qs(core::formatPercent(*derived, 1, language))));
    else
        m_ui->entryPrevalenceHint->setText(tr("Not known: give the counts or the percentage."));
}

QString LocusEntryDialog::save()
{
    core::LocusVillage entry = m_entry;
    if (QString problem = read(entry); !problem.isEmpty())
        return problem;
    m_entry = usecases::locus::saveEntry(m_session.database(), entry);
    m_session.notifyChanged(usecases::Topic::Locus);
    return {};
}

bool LocusEntryDialog::reloadStored()
{
    const auto stored = usecases::locus::findEntry(m_session.database(), m_entry.year, m_entry.id);
    if (!stored)
        return false;
    m_entry = *stored;
    fill(m_entry);
    return true;
}

} // namespace konvergensi::gui::locus

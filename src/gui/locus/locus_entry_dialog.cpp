// SPDX-License-Identifier: GPL-3.0-or-later
#include "gui/locus/locus_entry_dialog.h"

#include "gui/common/dialogs.h"
#include "gui/language.h"
#include "qtsupport/text.h"

#include "core/format.h"
#include "io/number_text.h"
#include "reports/locus/locus_report.h"
#include "storage/locus/locus_repository.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QVBoxLayout>

namespace konvergensi::gui {

namespace {

QLineEdit *numberEdit(QWidget *parent, const QString &name, const QString &text)
{
    auto *edit = new QLineEdit(text, parent);
    edit->setObjectName(name);
    edit->setAlignment(Qt::AlignRight);
    edit->setPlaceholderText(LocusEntryDialog::tr("not known"));
    return edit;
}

QString countText(const std::optional<std::int64_t> &count)
{
    return count ? qs(core::formatInteger(*count, LanguageSetup::current())) : QString();
}

QString decimalText(const std::optional<double> &value)
{
    return value ? qs(core::formatDecimal(*value, 1, LanguageSetup::current())) : QString();
}

} // namespace

LocusEntryDialog::LocusEntryDialog(const core::LocusVillage &entry, const QString &villageName,
                                   QWidget *parent)
    : QDialog(parent)
    , m_entry(entry)
{
    setObjectName(QStringLiteral("locusEntryDialog"));
    setWindowTitle(tr("%1 on the locus list of %2").arg(villageName).arg(entry.year));
    auto *layout = new QVBoxLayout(this);
    auto *heading = new QLabel(tr("<b>%1</b> (%2): rank %3 on the list of %4, %5.")
                                   .arg(villageName.toHtmlEscaped(), qs(entry.village.toString()))
                                   .arg(entry.rank)
                                   .arg(entry.year)
                                   .arg(reports::originText(entry.origin)),
                               this);
    heading->setObjectName(QStringLiteral("entryHeadingLabel"));
    heading->setWordWrap(true);
    layout->addWidget(heading);

    auto *form = new QFormLayout;
    m_reasonEdit = new QPlainTextEdit(qs(entry.reason), this);
    m_reasonEdit->setObjectName(QStringLiteral("entryReasonEdit"));
    m_reasonEdit->setTabChangesFocus(true);
    m_reasonEdit->setFixedHeight(m_reasonEdit->fontMetrics().lineSpacing() * 4 + 12);
    form->addRow(tr("Reason:"), m_reasonEdit);
    const core::LocusEvidence &e = entry.evidence;
    m_measuredEdit = numberEdit(this, QStringLiteral("entryMeasuredEdit"),
                                countText(e.childrenMeasured));
    m_stuntedEdit = numberEdit(this, QStringLiteral("entryStuntedEdit"), countText(e.stunted));
    m_prevalenceEdit = numberEdit(this, QStringLiteral("entryPrevalenceEdit"),
                                  decimalText(e.prevalencePercent));
    m_householdsEdit = numberEdit(this, QStringLiteral("entryHouseholdsEdit"),
                                  countText(e.targetHouseholds));
    m_povertyEdit = numberEdit(this, QStringLiteral("entryPovertyEdit"),
                               decimalText(e.povertyPercent));
    form->addRow(tr("Children measured:"), m_measuredEdit);
    form->addRow(tr("Children stunted:"), m_stuntedEdit);
    form->addRow(tr("Prevalence (%):"), m_prevalenceEdit);
    m_prevalenceHint = new QLabel(this);
    m_prevalenceHint->setObjectName(QStringLiteral("entryPrevalenceHint"));
    m_prevalenceHint->setWordWrap(true);
    form->addRow(QString(), m_prevalenceHint);
    form->addRow(tr("1,000-HPK target households:"), m_householdsEdit);
    form->addRow(tr("Poor households (%):"), m_povertyEdit);
    layout->addLayout(form);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    buttons->setObjectName(QStringLiteral("buttonBox"));
    layout->addWidget(buttons);
    connect(buttons, &QDialogButtonBox::accepted, this, &LocusEntryDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &LocusEntryDialog::reject);
    for (QLineEdit *edit : {m_measuredEdit, m_stuntedEdit, m_prevalenceEdit})
        connect(edit, &QLineEdit::textChanged, this, &LocusEntryDialog::refreshPrevalenceHint);
    refreshPrevalenceHint();
    resize(560, sizeHint().height());
}

bool LocusEntryDialog::read(core::LocusVillage &entry, QString &problem) const
{
    entry.reason = ss(m_reasonEdit->toPlainText().trimmed());
    bool ok = true;
    const auto count = [&](QLineEdit *edit, std::optional<std::int64_t> &target,
                           const QString &label) {
        target = io::parseCount(edit->text(), ok);
        if (!ok)
            problem = tr("%1: \"%2\" is not a whole number.").arg(label, edit->text());
        return ok;
    };
    const auto decimal = [&](QLineEdit *edit, std::optional<double> &target, const QString &label) {
        target = io::parseDecimal(edit->text(), ok);
        if (!ok)
            problem = tr("%1: \"%2\" is not a number.").arg(label, edit->text());
        return ok;
    };
    core::LocusEvidence &e = entry.evidence;
    return count(m_measuredEdit, e.childrenMeasured, tr("Children measured"))
           && count(m_stuntedEdit, e.stunted, tr("Children stunted"))
           && decimal(m_prevalenceEdit, e.prevalencePercent, tr("Prevalence"))
           && count(m_householdsEdit, e.targetHouseholds, tr("1,000-HPK target households"))
           && decimal(m_povertyEdit, e.povertyPercent, tr("Poor households"));
}

void LocusEntryDialog::refreshPrevalenceHint()
{
    core::LocusVillage entry = m_entry;
    QString problem;
    if (!read(entry, problem)) {
        m_prevalenceHint->setText(problem);
        return;
    }
    const core::Language language = LanguageSetup::current();
    if (entry.evidence.prevalencePercent)
        m_prevalenceHint->setText(tr("As written in the analysis."));
    else if (const auto derived = entry.evidence.prevalence())
        m_prevalenceHint->setText(
            tr("From the counts: %1.").arg(qs(core::formatPercent(*derived, 1, language))));
    else
        m_prevalenceHint->setText(tr("Not known: give the counts or the percentage."));
}

void LocusEntryDialog::accept()
{
    core::LocusVillage entry = m_entry;
    QString problem;
    if (!read(entry, problem)) {
        Dialogs::warning(this, tr("Entry not saved"), problem);
        return;
    }
    const auto problems = core::validate(entry);
    if (!problems.empty()) {
        QStringList lines;
        for (core::LocusProblem p : problems)
            lines << storage::locusProblemText(p);
        Dialogs::warning(this, tr("Entry not saved"), lines.join(QStringLiteral("\n")));
        return;
    }
    m_entry = std::move(entry);
    QDialog::accept();
}

} // namespace konvergensi::gui

// SPDX-License-Identifier: GPL-3.0-or-later
#include "gui/meetings/attendee_dialog.h"

#include "qtsupport/text.h"
#include "reports/meetings/meeting_reports.h"

#include "core/text.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace konvergensi::gui {

AttendeeDialog::AttendeeDialog(const core::Attendee &attendee, std::vector<core::Opd> opds,
                               std::vector<core::Person> people, QWidget *parent)
    : QDialog(parent)
    , m_opds(std::move(opds))
    , m_people(std::move(people))
    , m_attendee(attendee)
{
    setObjectName(QStringLiteral("attendeeDialog"));
    setWindowTitle(tr("Attendance"));
    auto *layout = new QVBoxLayout(this);
    auto *form = new QFormLayout;
    layout->addLayout(form);

    m_opdCombo = new QComboBox(this);
    m_opdCombo->setObjectName(QStringLiteral("opdComboBox"));
    m_opdCombo->addItem(tr("(another body, typed in)"), QVariant());
    for (const core::Opd &opd : m_opds)
        m_opdCombo->addItem(qs(opd.shortName) + QStringLiteral(" — ") + qs(opd.name),
                            QVariant::fromValue(static_cast<qlonglong>(opd.id)));
    form->addRow(tr("&OPD:"), m_opdCombo);
    m_institutionEdit = new QLineEdit(this);
    m_institutionEdit->setObjectName(QStringLiteral("institutionLineEdit"));
    form->addRow(tr("&Institution:"), m_institutionEdit);
    m_personCombo = new QComboBox(this);
    m_personCombo->setObjectName(QStringLiteral("personComboBox"));
    form->addRow(tr("&From the directory:"), m_personCombo);
    m_nameEdit = new QLineEdit(this);
    m_nameEdit->setObjectName(QStringLiteral("nameLineEdit"));
    m_nameEdit->setPlaceholderText(tr("empty when only the OPD was invited"));
    form->addRow(tr("&Name:"), m_nameEdit);
    m_positionEdit = new QLineEdit(this);
    m_positionEdit->setObjectName(QStringLiteral("positionLineEdit"));
    form->addRow(tr("&Position:"), m_positionEdit);
    m_statusCombo = new QComboBox(this);
    m_statusCombo->setObjectName(QStringLiteral("statusComboBox"));
    for (const core::AttendanceStatus status : core::allAttendanceStatuses())
        m_statusCombo->addItem(reports::attendanceStatusName(status), static_cast<int>(status));
    form->addRow(tr("&Attendance:"), m_statusCombo);
    m_representedByEdit = new QLineEdit(this);
    m_representedByEdit->setObjectName(QStringLiteral("representedByLineEdit"));
    form->addRow(tr("&Represented by:"), m_representedByEdit);

    m_errorLabel = new QLabel(this);
    m_errorLabel->setObjectName(QStringLiteral("errorLabel"));
    m_errorLabel->setStyleSheet(QStringLiteral("color: #b01c1c;"));
    m_errorLabel->setWordWrap(true);
    layout->addWidget(m_errorLabel);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel, this);
    buttons->setObjectName(QStringLiteral("buttonBox"));
    layout->addWidget(buttons);
    connect(buttons, &QDialogButtonBox::accepted, this, &AttendeeDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &AttendeeDialog::reject);

    // Fill from the attendee.
    if (attendee.opdId) {
        const int index = m_opdCombo->findData(
            QVariant::fromValue(static_cast<qlonglong>(*attendee.opdId)));
        m_opdCombo->setCurrentIndex(index < 0 ? 0 : index);
    }
    opdChosen();
    m_institutionEdit->setText(qs(attendee.institution));
    if (attendee.personId) {
        const int index = m_personCombo->findData(
            QVariant::fromValue(static_cast<qlonglong>(*attendee.personId)));
        if (index >= 0)
            m_personCombo->setCurrentIndex(index);
    }
    m_nameEdit->setText(qs(attendee.name));
    m_positionEdit->setText(qs(attendee.position));
    m_statusCombo->setCurrentIndex(m_statusCombo->findData(static_cast<int>(attendee.status)));
    m_representedByEdit->setText(qs(attendee.representedBy));
    statusChosen();

    connect(m_opdCombo, &QComboBox::currentIndexChanged, this, &AttendeeDialog::opdChosen);
    connect(m_personCombo, &QComboBox::currentIndexChanged, this, &AttendeeDialog::personChosen);
    connect(m_statusCombo, &QComboBox::currentIndexChanged, this, &AttendeeDialog::statusChosen);
    resize(520, sizeHint().height());
}

void AttendeeDialog::opdChosen()
{
    const QVariant id = m_opdCombo->currentData();
    m_personCombo->blockSignals(true);
    m_personCombo->clear();
    m_personCombo->addItem(tr("(type the name)"), QVariant());
    if (id.isValid()) {
        for (const core::Person &person : m_people) {
            if (person.opdId == id.toLongLong())
                m_personCombo->addItem(qs(person.name) + QStringLiteral(" — ")
                                           + qs(person.position),
                                       QVariant::fromValue(static_cast<qlonglong>(person.id)));
        }
        for (const core::Opd &opd : m_opds) {
            if (opd.id == id.toLongLong())
                m_institutionEdit->setText(qs(opd.shortName));
        }
    }
    m_personCombo->blockSignals(false);
    m_institutionEdit->setEnabled(!id.isValid());
    m_personCombo->setEnabled(m_personCombo->count() > 1);
}

void AttendeeDialog::personChosen()
{
    const QVariant id = m_personCombo->currentData();
    if (!id.isValid())
        return;
    for (const core::Person &person : m_people) {
        if (person.id == id.toLongLong()) {
            m_nameEdit->setText(qs(person.name));
            m_positionEdit->setText(qs(person.position));
        }
    }
}

void AttendeeDialog::statusChosen()
{
    const bool represented = m_statusCombo->currentData().toInt()
                             == static_cast<int>(core::AttendanceStatus::Represented);
    m_representedByEdit->setEnabled(represented);
}

core::Attendee AttendeeDialog::attendee() const
{
    core::Attendee a;
    const QVariant opd = m_opdCombo->currentData();
    if (opd.isValid())
        a.opdId = opd.toLongLong();
    const QVariant person = m_personCombo->currentData();
    // A person from the directory stays linked only while the name is theirs.
    if (person.isValid()) {
        for (const core::Person &p : m_people) {
            if (p.id == person.toLongLong() && qs(p.name) == m_nameEdit->text().trimmed())
                a.personId = p.id;
        }
    }
    a.institution = ss(m_institutionEdit->text().trimmed());
    a.name = ss(m_nameEdit->text().trimmed());
    a.position = ss(m_positionEdit->text().trimmed());
    a.status = static_cast<core::AttendanceStatus>(m_statusCombo->currentData().toInt());
    if (a.status == core::AttendanceStatus::Represented)
        a.representedBy = ss(m_representedByEdit->text().trimmed());
    return a;
}

void AttendeeDialog::accept()
{
    const core::Attendee a = attendee();
    if (a.institution.empty() && a.name.empty()) {
        m_errorLabel->setText(tr("Choose an OPD or type the name of a body or a person."));
        return;
    }
    if (a.status == core::AttendanceStatus::Represented && a.representedBy.empty()) {
        m_errorLabel->setText(tr("Say who came in their place."));
        m_representedByEdit->setFocus();
        return;
    }
    QDialog::accept();
}

} // namespace konvergensi::gui

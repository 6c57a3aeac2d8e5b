// SPDX-License-Identifier: GPL-3.0-or-later
#include "gui/meetings/attendee_dialog.h"

#include "gui/meetings/meeting_widgets.h"
#include "qtsupport/text.h"
#include "reports/meetings/meeting_words.h"
#include "ui_meetings_attendee_dialog.h"

#include <QPushButton>
#include <QSignalBlocker>

namespace konvergensi::gui {

AttendeeDialog::AttendeeDialog(const core::Attendee &attendee, std::vector<core::Opd> opds,
                               std::vector<core::Person> people, QWidget *parent)
    : SaveDialog(parent)
    , m_ui(std::make_unique<Ui::AttendeeDialog>())
    , m_opds(std::move(opds))
    , m_people(std::move(people))
{
    m_ui->setupUi(this);
    setObjectName(QStringLiteral("attendeeDialog"));
    m_ui->opdComboBox->addItem(tr("(another body, typed in)"), QVariant());
    for (const core::Opd &opd : m_opds)
        m_ui->opdComboBox->addItem(qs(opd.shortName) + QStringLiteral(" — ") + qs(opd.name),
                                   QVariant::fromValue(static_cast<qlonglong>(opd.id)));
    for (const core::AttendanceStatus status : core::allAttendanceStatuses())
        m_ui->statusComboBox->addItem(reports::attendanceStatusName(status),
                                      static_cast<int>(status));
    const int limit = core::maxLength(core::MeetingField::Attendee);
    for (QLineEdit *edit : {m_ui->institutionLineEdit, m_ui->nameLineEdit, m_ui->positionLineEdit,
                            m_ui->representedByLineEdit})
        meetings_ui::limitLength(edit, limit);
    m_ui->buttonBox->button(QDialogButtonBox::Save)->setObjectName(QStringLiteral("saveButton"));
    connect(m_ui->buttonBox, &QDialogButtonBox::accepted, this, &AttendeeDialog::accept);
    connect(m_ui->buttonBox, &QDialogButtonBox::rejected, this, &AttendeeDialog::reject);

    // Fill from the attendee.
    if (attendee.opdId) {
        const int index = m_ui->opdComboBox->findData(
            QVariant::fromValue(static_cast<qlonglong>(*attendee.opdId)));
        m_ui->opdComboBox->setCurrentIndex(std::max(index, 0));
    }
    opdChosen();
    m_ui->institutionLineEdit->setText(qs(attendee.institution));
    if (attendee.personId) {
        const int index = m_ui->personComboBox->findData(
            QVariant::fromValue(static_cast<qlonglong>(*attendee.personId)));
        if (index >= 0)
            m_ui->personComboBox->setCurrentIndex(index);
    }
    m_ui->nameLineEdit->setText(qs(attendee.name));
    m_ui->positionLineEdit->setText(qs(attendee.position));
    m_ui->statusComboBox->setCurrentIndex(
        m_ui->statusComboBox->findData(static_cast<int>(attendee.status)));
    m_ui->representedByLineEdit->setText(qs(attendee.representedBy));
    statusChosen();

    connect(m_ui->opdComboBox, &QComboBox::currentIndexChanged, this, &AttendeeDialog::opdChosen);
    connect(m_ui->personComboBox, &QComboBox::currentIndexChanged, this,
            &AttendeeDialog::personChosen);
    connect(m_ui->statusComboBox, &QComboBox::currentIndexChanged, this,
            &AttendeeDialog::statusChosen);
    trackEdits();
}

AttendeeDialog::~AttendeeDialog() = default;

void AttendeeDialog::opdChosen()
{
    const QVariant id = m_ui->opdComboBox->currentData();
    {
        const QSignalBlocker blocker(m_ui->personComboBox);
        m_ui->personComboBox->clear();
        m_ui->personComboBox->addItem(tr("(type the name)"), QVariant());
        if (id.isValid()) {
            for (const core::Person &person : m_people) {
                if (person.opdId == id.toLongLong())
                    m_ui->personComboBox->addItem(
                        qs(person.name) + QStringLiteral(" — ") + qs(person.position),
                        QVariant::fromValue(static_cast<qlonglong>(person.id)));
            }
            for (const core::Opd &opd : m_opds) {
                if (opd.id == id.toLongLong())
                    m_ui->institutionLineEdit->setText(qs(opd.shortName));
            }
        }
    }
    m_ui->institutionLineEdit->setEnabled(!id.isValid());
    m_ui->personComboBox->setEnabled(m_ui->personComboBox->count() > 1);
}

void AttendeeDialog::personChosen()
{
    const QVariant id = m_ui->personComboBox->currentData();
    if (!id.isValid())
        return;
    for (const core::Person &person : m_people) {
        if (person.id == id.toLongLong()) {
            m_ui->nameLineEdit->setText(qs(person.name));
            m_ui->positionLineEdit->setText(qs(person.position));
        }
    }
}

void AttendeeDialog::statusChosen()
{
    const bool represented = m_ui->statusComboBox->currentData().toInt()
                             == static_cast<int>(core::AttendanceStatus::Represented);
    m_ui->representedByLineEdit->setEnabled(represented);
}

core::Attendee AttendeeDialog::attendee() const
{
    core::Attendee a;
    const QVariant opd = m_ui->opdComboBox->currentData();
    if (opd.isValid())
        a.opdId = opd.toLongLong();
    const QVariant person = m_ui->personComboBox->currentData();
    // A person from the directory stays linked only while the name is theirs.
    if (person.isValid()) {
        for (const core::Person &p : m_people) {
            if (p.id == person.toLongLong() && qs(p.name) == m_ui->nameLineEdit->text().trimmed())
                a.personId = p.id;
        }
    }
    a.institution = ss(m_ui->institutionLineEdit->text().trimmed());
    a.name = ss(m_ui->nameLineEdit->text().trimmed());
    a.position = ss(m_ui->positionLineEdit->text().trimmed());
    a.status = static_cast<core::AttendanceStatus>(m_ui->statusComboBox->currentData().toInt());
    if (a.status == core::AttendanceStatus::Represented)
        a.representedBy = ss(m_ui->representedByLineEdit->text().trimmed());
    return a;
}

QString AttendeeDialog::save()
{
    const core::Attendee a = attendee();
    if (a.institution.empty() && a.name.empty()) {
        m_ui->institutionLineEdit->setFocus();
        return tr("Choose an OPD or type the name of a body or a person.");
    }
    if (a.status == core::AttendanceStatus::Represented && a.representedBy.empty()) {
        m_ui->representedByLineEdit->setFocus();
        return tr("Say who came in their place.");
    }
    if (m_apply)
        m_apply(a);
    return {};
}

bool AttendeeDialog::saveUnsavedWork()
{
    // Already applied (the meeting editor saves its open dialogs first).
    if (!isVisible())
        return true;
    return SaveDialog::saveUnsavedWork();
}

} // namespace konvergensi::gui

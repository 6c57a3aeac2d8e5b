// SPDX-License-Identifier: GPL-3.0-or-later
#include "gui/meetings/meeting_details_tab.h"

#include "gui/common/date_edit.h"
#include "gui/meetings/meeting_edit.h"
#include "gui/meetings/meeting_editor_context.h"
#include "gui/meetings/meeting_widgets.h"
#include "qtsupport/dates.h"
#include "qtsupport/text.h"
#include "reports/meetings/meeting_words.h"

#include <QComboBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QScrollArea>
#include <QVBoxLayout>

namespace konvergensi::gui {

namespace {

void setLineText(QLineEdit *edit, const QString &text)
{
    if (edit->text() != text)
        edit->setText(text);
}

void setComboData(QComboBox *combo, const QVariant &data)
{
    const int index = std::max(combo->findData(data), 0);
    if (combo->currentIndex() != index)
        combo->setCurrentIndex(index);
}

QString timeEditText(const std::optional<int> &minute)
{
    return minute ? qs(core::toIsoTime(*minute)) : QString();
}

QLineEdit *lineEdit(QWidget *parent, const QString &name, core::MeetingField field,
                    const QString &placeholder = {})
{
    auto *edit = new QLineEdit(parent);
    edit->setObjectName(name);
    edit->setPlaceholderText(placeholder);
    meetings_ui::limitLength(edit, core::maxLength(field));
    return edit;
}

} // namespace

MeetingDetailsTab::MeetingDetailsTab(MeetingEdit &edit, const MeetingEditorContext &context,
                                     QWidget *parent)
    : QWidget(parent)
    , m_edit(edit)
{
    setObjectName(QStringLiteral("meetingDetailsTab"));
    // In a scroll area: the form stays whole on small screens.
    auto *outer = new QVBoxLayout(this);
    outer->setContentsMargins(0, 0, 0, 0);
    auto *scroll = new QScrollArea(this);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    outer->addWidget(scroll);
    auto *page = new QWidget(scroll);
    scroll->setWidget(page);
    auto *form = new QFormLayout(page);
    form->setFieldGrowthPolicy(QFormLayout::ExpandingFieldsGrow);

    m_kindCombo = new QComboBox(page);
    m_kindCombo->setObjectName(QStringLiteral("kindComboBox"));
    for (const core::MeetingKind kind : core::allMeetingKinds())
        m_kindCombo->addItem(reports::meetingKindName(kind), static_cast<int>(kind));
    form->addRow(tr("&Kind:"), m_kindCombo);

    auto *levelRow = new QHBoxLayout;
    m_levelCombo = new QComboBox(page);
    m_levelCombo->setObjectName(QStringLiteral("levelComboBox"));
    for (const core::MeetingLevel level : core::allMeetingLevels())
        m_levelCombo->addItem(reports::meetingLevelName(level), static_cast<int>(level));
    m_regionCombo = new QComboBox(page);
    m_regionCombo->setObjectName(QStringLiteral("regionComboBox"));
    m_regionCombo->addItem(tr("(no region)"), QString());
    for (const auto &[code, name] : context.regions)
        m_regionCombo->addItem(name, code);
    levelRow->addWidget(m_levelCombo);
    levelRow->addWidget(m_regionCombo, 1);
    form->addRow(tr("Level and region:"), levelRow);

    auto *titleRow = new QHBoxLayout;
    m_titleEdit = new QLineEdit(page);
    m_titleEdit->setObjectName(QStringLiteral("titleLineEdit"));
    auto *titleCounter = new QLabel(page);
    meetings_ui::limitLength(m_titleEdit, core::maxLength(core::MeetingField::Title), titleCounter);
    titleRow->addWidget(m_titleEdit, 1);
    titleRow->addWidget(titleCounter);
    auto *titleLabel = new QLabel(tr("&Title:"), page);
    titleLabel->setBuddy(m_titleEdit);
    form->addRow(titleLabel, titleRow);

    auto *whenRow = new QHBoxLayout;
    m_dateEdit = new DateEdit(page);
    m_dateEdit->setObjectName(QStringLiteral("dateEdit"));
    m_startEdit = new QLineEdit(page);
    m_startEdit->setObjectName(QStringLiteral("startTimeLineEdit"));
    m_startEdit->setPlaceholderText(QStringLiteral("09:00"));
    m_startEdit->setMaxLength(5);
    m_startEdit->setMaximumWidth(70);
    m_endEdit = new QLineEdit(page);
    m_endEdit->setObjectName(QStringLiteral("endTimeLineEdit"));
    m_endEdit->setPlaceholderText(QStringLiteral("12:00"));
    m_endEdit->setMaxLength(5);
    m_endEdit->setMaximumWidth(70);
    whenRow->addWidget(m_dateEdit, 1);
    whenRow->addSpacing(12);
    whenRow->addWidget(new QLabel(tr("from"), page));
    whenRow->addWidget(m_startEdit);
    whenRow->addWidget(new QLabel(tr("to"), page));
    whenRow->addWidget(m_endEdit);
    form->addRow(tr("Date and time:"), whenRow);

    m_venueEdit = lineEdit(page, QStringLiteral("venueLineEdit"), core::MeetingField::Venue);
    form->addRow(tr("&Venue:"), m_venueEdit);
    m_chairEdit = lineEdit(page, QStringLiteral("chairLineEdit"), core::MeetingField::Chair,
                           tr("e.g. Bupati Bengkalis"));
    form->addRow(tr("C&haired by:"), m_chairEdit);
    m_representedByEdit = lineEdit(page, QStringLiteral("representedByLineEdit"),
                                   core::MeetingField::ChairRepresentedBy,
                                   tr("name, when the chair was represented"));
    form->addRow(tr("Represented &by:"), m_representedByEdit);
    m_representativePositionEdit = lineEdit(
        page, QStringLiteral("representativePositionLineEdit"),
        core::MeetingField::ChairRepresentativePosition,
        tr("e.g. Staf Ahli Bupati Bidang Kemasyarakatan dan SDM"));
    form->addRow(tr("&In the position of:"), m_representativePositionEdit);
    m_actionCombo = new QComboBox(page);
    m_actionCombo->setObjectName(QStringLiteral("servesActionComboBox"));
    m_actionCombo->addItem(tr("(none)"), QString());
    for (int action = 1; action <= 8; ++action)
        m_actionCombo->addItem(reports::actionLabel(std::to_string(action)),
                               QString::number(action));
    form->addRow(tr("Serves &action:"), m_actionCombo);
    m_secretaryNameEdit = lineEdit(page, QStringLiteral("secretaryNameLineEdit"),
                                   core::MeetingField::SecretaryName,
                                   tr("signs the minutes; the letterhead's signatory when empty"));
    form->addRow(tr("S&ecretary:"), m_secretaryNameEdit);
    m_secretaryPositionEdit = lineEdit(page, QStringLiteral("secretaryPositionLineEdit"),
                                       core::MeetingField::SecretaryPosition);
    form->addRow(tr("Secretary's &position:"), m_secretaryPositionEdit);

    bindLine(m_titleEdit, MeetingEdit::TitleField, tr("Edit title"), &core::Meeting::title);
    bindLine(m_venueEdit, MeetingEdit::VenueField, tr("Edit venue"), &core::Meeting::venue);
    bindLine(m_chairEdit, MeetingEdit::ChairField, tr("Edit chair"), &core::Meeting::chair);
    bindLine(m_representedByEdit, MeetingEdit::RepresentedByField, tr("Edit representative"),
             &core::Meeting::chairRepresentedBy);
    bindLine(m_representativePositionEdit, MeetingEdit::RepresentativePositionField,
             tr("Edit representative"), &core::Meeting::chairRepresentativePosition);
    bindLine(m_secretaryNameEdit, MeetingEdit::SecretaryNameField, tr("Edit secretary"),
             &core::Meeting::secretaryName);
    bindLine(m_secretaryPositionEdit, MeetingEdit::SecretaryPositionField, tr("Edit secretary"),
             &core::Meeting::secretaryPosition);
    // Times: stored when they read as a time; a half-typed time waits (checked on save).
    bindTime(m_startEdit, MeetingEdit::StartField, &core::Meeting::startMinute);
    bindTime(m_endEdit, MeetingEdit::EndField, &core::Meeting::endMinute);

    connect(m_kindCombo, &QComboBox::currentIndexChanged, this, [this] {
        if (m_refreshing)
            return;
        const auto kind = static_cast<core::MeetingKind>(m_kindCombo->currentData().toInt());
        m_edit.change(tr("Change kind"), [kind](core::Meeting &m) {
            m.kind = kind;
            // A rembuk stunting is Aksi 3 and a performance review Aksi 8 in the catalogue.
            if (m.servesAction.empty() && kind == core::MeetingKind::RembukStunting)
                m.servesAction = "3";
            if (m.servesAction.empty() && kind == core::MeetingKind::PerformanceReview)
                m.servesAction = "8";
        });
    });
    connect(m_levelCombo, &QComboBox::currentIndexChanged, this, [this] {
        if (m_refreshing)
            return;
        const auto level = static_cast<core::MeetingLevel>(m_levelCombo->currentData().toInt());
        m_edit.change(tr("Change level"), [level](core::Meeting &m) { m.level = level; });
    });
    connect(m_regionCombo, &QComboBox::currentIndexChanged, this, [this] {
        if (m_refreshing)
            return;
        const std::string code = ss(m_regionCombo->currentData().toString());
        m_edit.change(tr("Change region"), [code](core::Meeting &m) { m.regionCode = code; });
    });
    connect(m_actionCombo, &QComboBox::currentIndexChanged, this, [this] {
        if (m_refreshing)
            return;
        const std::string key = ss(m_actionCombo->currentData().toString());
        m_edit.change(tr("Change action"), [key](core::Meeting &m) { m.servesAction = key; });
    });
    connect(m_dateEdit, &DateEdit::dateChanged, this, [this](const QDate &date) {
        const auto day = toGregorian(date);
        if (m_refreshing || !day)
            return; // a half-typed date waits (checked on save)
        m_edit.change(tr("Change date"), [day](core::Meeting &m) { m.date = *day; });
    });
    connect(&m_edit, &MeetingEdit::changed, this, &MeetingDetailsTab::refresh);
    refresh();
}

void MeetingDetailsTab::bindLine(QLineEdit *edit, int mergeId, const QString &what,
                                 std::string core::Meeting::*field)
{
    connect(edit, &QLineEdit::textEdited, this, [this, mergeId, what, field](const QString &text) {
        m_edit.change(
            what, [&](core::Meeting &m) { m.*field = ss(text); }, mergeId);
    });
}

void MeetingDetailsTab::bindTime(QLineEdit *edit, int mergeId,
                                 std::optional<int> core::Meeting::*field)
{
    connect(edit, &QLineEdit::textEdited, this, [this, mergeId, field](const QString &text) {
        m_edit.change(
            tr("Edit time"), [&](core::Meeting &m) { m.*field = core::parseTimeOfDay(ss(text)); },
            mergeId);
    });
}

QString MeetingDetailsTab::typingProblem() const
{
    for (const QLineEdit *edit : {m_startEdit, m_endEdit}) {
        if (!edit->text().trimmed().isEmpty() && !core::parseTimeOfDay(ss(edit->text())))
            return tr("Write the times as hours and minutes, such as 09:00 or 13:30.");
    }
    if (!m_dateEdit->date().isValid())
        return tr("Type the date of the meeting as 5/12/2023 or 5 Des 2023.");
    return {};
}

void MeetingDetailsTab::focusTitle()
{
    m_titleEdit->setFocus();
}

void MeetingDetailsTab::refresh()
{
    m_refreshing = true;
    const core::Meeting &m = m_edit.meeting();
    setComboData(m_kindCombo, static_cast<int>(m.kind));
    setComboData(m_levelCombo, static_cast<int>(m.level));
    if (!m.regionCode.empty() && m_regionCombo->findData(qs(m.regionCode)) < 0)
        m_regionCombo->addItem(qs(m.regionCode), qs(m.regionCode));
    setComboData(m_regionCombo, qs(m.regionCode));
    if (!m.servesAction.empty() && m_actionCombo->findData(qs(m.servesAction)) < 0)
        m_actionCombo->addItem(reports::actionLabel(m.servesAction), qs(m.servesAction));
    setComboData(m_actionCombo, qs(m.servesAction));
    setLineText(m_titleEdit, qs(m.title));
    const QDate date = toQDate(m.date);
    if (date.isValid() && m_dateEdit->date() != date)
        m_dateEdit->setDate(date);
    // A half-typed time is left alone while it does not read as a time.
    if (core::parseTimeOfDay(ss(m_startEdit->text())) != m.startMinute)
        setLineText(m_startEdit, timeEditText(m.startMinute));
    if (core::parseTimeOfDay(ss(m_endEdit->text())) != m.endMinute)
        setLineText(m_endEdit, timeEditText(m.endMinute));
    setLineText(m_venueEdit, qs(m.venue));
    setLineText(m_chairEdit, qs(m.chair));
    setLineText(m_representedByEdit, qs(m.chairRepresentedBy));
    setLineText(m_representativePositionEdit, qs(m.chairRepresentativePosition));
    setLineText(m_secretaryNameEdit, qs(m.secretaryName));
    setLineText(m_secretaryPositionEdit, qs(m.secretaryPosition));
    m_refreshing = false;
}

} // namespace konvergensi::gui

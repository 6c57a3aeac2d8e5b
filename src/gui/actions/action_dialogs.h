// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// moc of Qt 6.4 cannot parse <compare>/<concepts>; it needs none of the core types.
#ifndef Q_MOC_RUN
#include "core/actions/actions.h"
#include "core/directory/opd.h"
#endif

#include <QDialog>
#include <QStringList>

#include <vector>

class QComboBox;
class QDateEdit;
class QLabel;
class QLineEdit;
class QPlainTextEdit;

namespace konvergensi::gui {

/// Edits one output of an action: name, status, date done, responsible person, notes.
class OutputDialog : public QDialog
{
    Q_OBJECT
public:
#ifndef Q_MOC_RUN
    /// `people` fill the responsible person's list (free text is allowed too); `today` is
    /// the date proposed when the output is marked done.
    OutputDialog(const core::ActionOutput &output, const QStringList &people,
                 const boost::gregorian::date &today, QWidget *parent = nullptr);
    core::ActionOutput output() const;
#endif

    void accept() override;

private:
    void updateDateEnabled();

#ifndef Q_MOC_RUN
    core::ActionOutput m_output;
#endif
    QLineEdit *m_name = nullptr;
    QComboBox *m_state = nullptr;
    QDateEdit *m_doneDate = nullptr;
    QComboBox *m_responsible = nullptr;
    QPlainTextEdit *m_notes = nullptr;
    QLabel *m_error = nullptr;
};

/// Edits an action's catalogue entry for its year: name, purpose, lead OPD, due period, notes.
class ActionDialog : public QDialog
{
    Q_OBJECT
public:
#ifndef Q_MOC_RUN
    ActionDialog(const core::Action &action, const std::vector<core::Opd> &opds,
                 QWidget *parent = nullptr);
    core::Action action() const;
#endif

    void accept() override;

private:
#ifndef Q_MOC_RUN
    core::Action m_action;
#endif
    QLineEdit *m_name = nullptr;
    QPlainTextEdit *m_purpose = nullptr;
    QComboBox *m_lead = nullptr;
    QDateEdit *m_dueStart = nullptr;
    QDateEdit *m_dueEnd = nullptr;
    QPlainTextEdit *m_notes = nullptr;
    QLabel *m_error = nullptr;
};

/// The words for an action problem, translated.
QString describeActionProblem(int problem);

} // namespace konvergensi::gui

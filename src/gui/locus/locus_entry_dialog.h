// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#ifndef Q_MOC_RUN
#include "core/locus/locus.h"
#endif

#include <QDialog>

class QLabel;
class QLineEdit;
class QPlainTextEdit;

namespace konvergensi::gui {

/// One village's entry on a year's locus list: why it is there and the numbers behind it
/// (children measured, stunted, prevalence, 1,000-HPK households, poverty). The year, the
/// village and the rank stay as they are (the list's buttons move it). An empty number means
/// "not known"; the prevalence follows from the counts when it is left empty.
class LocusEntryDialog : public QDialog
{
    Q_OBJECT
public:
    LocusEntryDialog(const core::LocusVillage &entry, const QString &villageName,
                     QWidget *parent = nullptr);

    core::LocusVillage entry() const { return m_entry; }

    void accept() override;

private:
    bool read(core::LocusVillage &entry, QString &problem) const;
    void refreshPrevalenceHint();

    core::LocusVillage m_entry;
    QPlainTextEdit *m_reasonEdit = nullptr;
    QLineEdit *m_measuredEdit = nullptr;
    QLineEdit *m_stuntedEdit = nullptr;
    QLineEdit *m_prevalenceEdit = nullptr;
    QLineEdit *m_householdsEdit = nullptr;
    QLineEdit *m_povertyEdit = nullptr;
    QLabel *m_prevalenceHint = nullptr;
};

} // namespace konvergensi::gui

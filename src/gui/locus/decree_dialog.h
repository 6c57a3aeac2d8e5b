// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "gui/common/save_dialog.h"

#ifndef Q_MOC_RUN
#include "core/locus/locus.h"
#include "core/locus/locus_scorecard.h"
#endif

#include <memory>

namespace Ui {
class LocusDecreeDialog;
class LocusKpmDialog;
} // namespace Ui

namespace konvergensi::gui {
class AttachmentsWidget;
class WorkspaceSession;
} // namespace konvergensi::gui

namespace konvergensi::gui::locus {

/// The regent's decree (SK Bupati) of a year's list: number, date, signatory and notes, and
/// the decree's documents (AttachmentsWidget: stored at once, once the decree is saved).
/// Saved through usecases::locus::saveDecree.
class DecreeDialog : public SaveDialog
{
    Q_OBJECT
public:
    DecreeDialog(WorkspaceSession &session, const core::LocusDecree &decree,
                 QWidget *parent = nullptr);
    ~DecreeDialog() override;

    const core::LocusDecree &decree() const { return m_decree; }
    AttachmentsWidget *attachments() const { return m_attachments; }

protected:
    QString save() override;
    bool reloadStored() override;

private:
    void fill(const core::LocusDecree &decree);

    WorkspaceSession &m_session;
    const std::unique_ptr<Ui::LocusDecreeDialog> m_ui;
    AttachmentsWidget *m_attachments = nullptr;
    core::LocusDecree m_decree;
};

/// A village's human development cadre (KPM): name, phone and since when. Saved through
/// usecases::locus::saveKpm.
class KpmDialog : public SaveDialog
{
    Q_OBJECT
public:
    KpmDialog(WorkspaceSession &session, const core::Kpm &kpm, const QString &villageName,
              QWidget *parent = nullptr);
    ~KpmDialog() override;

    const core::Kpm &kpm() const { return m_kpm; }

protected:
    QString save() override;
    bool reloadStored() override;

private:
    void fill(const core::Kpm &kpm);

    WorkspaceSession &m_session;
    const std::unique_ptr<Ui::LocusKpmDialog> m_ui;
    core::Kpm m_kpm;
};

} // namespace konvergensi::gui::locus

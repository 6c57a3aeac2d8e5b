// SPDX-License-Identifier: GPL-3.0-or-later
#include "gui/measurements/publish_round.h"

#include "gui/common/dialogs.h"
#include "gui/prevalence/conflict_dialog.h"
#include "gui/workspace/workspace_session.h"
#include "io/measurements/prevalence_feed.h"
#include "storage/regions/region_repository.h"
#include "storage/storage_error.h"
#include "usecases/measurements/measurement_words.h"

#include <QCoreApplication>

namespace konvergensi::gui::measurements {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("konvergensi::gui::measurements", text);
}

} // namespace

int publishRound(QWidget *parent, WorkspaceSession &session, const QString &period)
{
    if (!session.isOpen() || period.isEmpty())
        return 0;
    const QString title = tr("Send to the dashboard");
    const QString round = usecases::measurements::roundText(period);
    if (!Dialogs::question(parent, title,
                           tr("Write the figures of %1, counted from its children, as the e-PPGBM "
                              "figures of the prevalence dashboard?")
                               .arg(round)))
        return 0;
    try {
        auto feed = io::measurements::feedPrevalence(session.database(), period, false);
        if (!feed.conflicts.empty()) {
            std::map<std::string, std::string> names;
            for (const core::Region &region : storage::RegionRepository(session.database()).all())
                names[region.code.toString()] = region.name;
            const int count = static_cast<int>(feed.conflicts.size());
            ConflictDialog dialog(feed.conflicts, std::move(names), 0, parent);
            dialog.setWording(
                QCoreApplication::translate(
                    "konvergensi::gui::measurements",
                    "%n typed e-PPGBM figure(s) of %1 differ from the figures counted from the "
                    "children of the round. Nothing has been changed yet. Replace the typed "
                    "figures with the children's, or cancel to keep them?",
                    nullptr, count)
                    .arg(round),
                tr("From the children"), tr("Replace typed figures"));
            if (dialog.exec() != QDialog::Accepted)
                return 0;
            feed = io::measurements::feedPrevalence(session.database(), period, true);
        }
        if (!feed.refused.isEmpty()) {
            Dialogs::error(parent, title, feed.refused);
            return 0;
        }
        session.notifyChanged(usecases::Topic::Prevalence);
        const int written = feed.written;
        Dialogs::information(parent, title,
                             QCoreApplication::translate(
                                 "konvergensi::gui::measurements",
                                 "%n figure(s) of %1 are now e-PPGBM figures of the dashboard, "
                                 "each marked as computed from the children.",
                                 nullptr, written)
                                 .arg(round));
        return feed.written;
    } catch (const storage::StorageError &error) {
        Dialogs::error(parent, title, error.message());
        return 0;
    }
}

} // namespace konvergensi::gui::measurements

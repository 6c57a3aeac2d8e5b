// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>
#include <QStringList>

class QWidget;

namespace konvergensi::gui {

/// The one way the window asks where to write a file and says where it went.
class FileExport
{
public:
    /// A file format the user can choose: "xlsx", "csv", "pdf", "png", "odt".
    static QString filterFor(const QString &suffix);

    /// Asks where to save a file of one of `suffixes` (the first is the default). The dialog
    /// starts in the folder last used for this kind of file (`kind`, e.g. "meetings-export";
    /// remembered per kind), suggesting `baseName`. The chosen path always ends in one of the
    /// suffixes. Empty when cancelled.
    static QString askSavePath(QWidget *parent, const QString &kind, const QString &caption,
                               const QString &baseName, const QStringList &suffixes);
    /// Asks for a file to read (an import), starting in the folder last used for `kind`.
    static QString askOpenPath(QWidget *parent, const QString &kind, const QString &caption,
                               const QString &filter);

    /// After a file was written: the main window's status bar says where, with a button that
    /// opens its folder.
    static void announceWritten(QWidget *parent, const QString &path);
    /// The text of the last announcement (for tests).
    static QString lastAnnouncement();
};

} // namespace konvergensi::gui

// SPDX-License-Identifier: GPL-3.0-or-later
#include "gui/common/file_export.h"

#include "gui/common/dialogs.h"

#include <QCoreApplication>
#include <QDesktopServices>
#include <QDir>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QLabel>
#include <QMainWindow>
#include <QPushButton>
#include <QSettings>
#include <QStandardPaths>
#include <QStatusBar>
#include <QTimer>
#include <QUrl>

namespace konvergensi::gui {

namespace {
QString g_lastAnnouncement;

QString settingsKey(const QString &kind)
{
    return QStringLiteral("folders/") + kind;
}

QString lastFolder(const QString &kind)
{
    const QString folder = QSettings().value(settingsKey(kind)).toString();
    if (!folder.isEmpty() && QFileInfo(folder).isDir())
        return folder;
    const QString documents = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    return documents.isEmpty() ? QDir::homePath() : documents;
}

void rememberFolder(const QString &kind, const QString &path)
{
    QSettings().setValue(settingsKey(kind), QFileInfo(path).absolutePath());
}
} // namespace

QString FileExport::filterFor(const QString &suffix)
{
    const QString lower = suffix.toLower();
    if (lower == QLatin1String("xlsx"))
        return QCoreApplication::translate("FileExport", "Excel workbook (*.xlsx)");
    if (lower == QLatin1String("csv"))
        return QCoreApplication::translate("FileExport", "CSV file (*.csv)");
    if (lower == QLatin1String("pdf"))
        return QCoreApplication::translate("FileExport", "PDF document (*.pdf)");
    if (lower == QLatin1String("png"))
        return QCoreApplication::translate("FileExport", "PNG image (*.png)");
    if (lower == QLatin1String("odt"))
        return QCoreApplication::translate("FileExport", "OpenDocument text (*.odt)");
    return QStringLiteral("*.%1").arg(lower);
}

QString FileExport::askSavePath(QWidget *parent, const QString &kind, const QString &caption,
                                const QString &baseName, const QStringList &suffixes)
{
    QStringList filters;
    for (const QString &suffix : suffixes)
        filters << filterFor(suffix);
    const QString suggested =
        QDir(lastFolder(kind)).filePath(baseName + QLatin1Char('.') + suffixes.value(0));
    QString path = Dialogs::saveFileName(parent, caption, suggested,
                                         filters.join(QStringLiteral(";;")));
    if (path.isEmpty())
        return {};
    const QString suffix = QFileInfo(path).suffix().toLower();
    if (!suffixes.contains(suffix, Qt::CaseInsensitive))
        path += QLatin1Char('.') + suffixes.value(0);
    rememberFolder(kind, path);
    return path;
}

QString FileExport::askOpenPath(QWidget *parent, const QString &kind, const QString &caption,
                                const QString &filter)
{
    const QString path = Dialogs::openFileName(parent, caption, lastFolder(kind), filter);
    if (!path.isEmpty())
        rememberFolder(kind, path);
    return path;
}

void FileExport::announceWritten(QWidget *parent, const QString &path)
{
    g_lastAnnouncement =
        QCoreApplication::translate("FileExport", "Saved: %1").arg(QDir::toNativeSeparators(path));
    auto *window = parent ? qobject_cast<QMainWindow *>(parent->window()) : nullptr;
    if (!window) {
        // A dialog: its parent chain leads to the main window.
        for (QWidget *w = parent; w; w = w->parentWidget()) {
            if (auto *main = qobject_cast<QMainWindow *>(w)) {
                window = main;
                break;
            }
        }
    }
    if (!window)
        return;
    QStatusBar *bar = window->statusBar();
    if (auto *old = bar->findChild<QWidget *>(QStringLiteral("fileWrittenNotice")))
        old->deleteLater();
    auto *notice = new QWidget(bar);
    notice->setObjectName(QStringLiteral("fileWrittenNotice"));
    auto *layout = new QHBoxLayout(notice);
    layout->setContentsMargins(0, 0, 0, 0);
    auto *label = new QLabel(g_lastAnnouncement, notice);
    label->setTextInteractionFlags(Qt::TextSelectableByMouse);
    auto *open = new QPushButton(QCoreApplication::translate("FileExport", "Open folder"), notice);
    open->setObjectName(QStringLiteral("openFolderButton"));
    QObject::connect(open, &QPushButton::clicked, notice, [path] {
        QDesktopServices::openUrl(QUrl::fromLocalFile(QFileInfo(path).absolutePath()));
    });
    layout->addWidget(label);
    layout->addWidget(open);
    bar->addWidget(notice);
    QTimer::singleShot(60000, notice, &QObject::deleteLater);
}

QString FileExport::lastAnnouncement()
{
    return g_lastAnnouncement;
}

} // namespace konvergensi::gui

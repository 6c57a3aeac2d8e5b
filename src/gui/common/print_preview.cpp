// SPDX-License-Identifier: GPL-3.0-or-later
#include "gui/common/print_preview.h"

#include "gui/common/dialogs.h"
#include "reports/report_document.h"

#include <QCoreApplication>
#include <QDir>
#include <QPrintPreviewDialog>
#include <QPrinter>
#include <QStandardPaths>

namespace konvergensi::gui {

bool showPrintPreview(QWidget *parent, const reports::ReportDocument &document)
{
    if (Dialogs::inTestMode())
        return false;
    QPrinter printer(QPrinter::HighResolution);
    QPrintPreviewDialog preview(&printer, parent);
    preview.setWindowTitle(QCoreApplication::translate("PrintPreview", "Print preview"));
    QObject::connect(&preview, &QPrintPreviewDialog::paintRequested, parent,
                     [&document](QPrinter *target) {
                         try {
                             document.print(target);
                         } catch (const reports::ReportError &) {
                             // The preview shows an empty page; printing reports nothing more.
                         }
                     });
    preview.resize(1000, 760);
    preview.exec();
    return true;
}

QString savePdf(QWidget *parent, const reports::ReportDocument &document,
                const QString &suggestedName)
{
    const QString folder = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    QString path = Dialogs::saveFileName(
        parent, QCoreApplication::translate("PrintPreview", "Save as PDF"),
        QDir(folder).filePath(suggestedName),
        QCoreApplication::translate("PrintPreview", "PDF documents (*.pdf)"));
    if (path.isEmpty())
        return {};
    if (!path.endsWith(QLatin1String(".pdf"), Qt::CaseInsensitive))
        path += QStringLiteral(".pdf");
    try {
        document.writePdf(path);
    } catch (const reports::ReportError &error) {
        Dialogs::error(parent, QCoreApplication::translate("PrintPreview", "PDF not saved"),
                       error.message());
        return {};
    }
    return path;
}

} // namespace konvergensi::gui

// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDialog>

#include <memory>

class QLabel;
class QPrinter;
class QPrintPreviewWidget;
class QString;
class QWidget;

namespace konvergensi::reports {
class ReportDocument;
}

namespace konvergensi::gui {

/// The print preview: Qt's preview widget with our own tool bar, so that the zoom reads as
/// Indonesians write it ("54,0 %") and the page count in words ("Halaman 2 dari 5"). The
/// paper (A4 or F4) and orientation come from the document; the dialog fits the screen.
class PrintPreviewDialog : public QDialog
{
    Q_OBJECT
public:
    PrintPreviewDialog(const reports::ReportDocument &document, QWidget *parent = nullptr);
    ~PrintPreviewDialog() override;

    QPrintPreviewWidget *previewWidget() const { return m_preview; }
    /// "54,0 %" (Indonesian) or "54.0 %" (English): the zoom as shown.
    QString zoomText() const;
    /// "Halaman 1 dari 3".
    QString pageText() const;

    void zoomIn();
    void zoomOut();
    void fitWidth();
    void fitPage();
    void showPage(int page);

private:
    void updateLabels();
    void printDocument();

    const reports::ReportDocument &m_document;
    std::unique_ptr<QPrinter> m_printer;
    QPrintPreviewWidget *m_preview = nullptr;
    QLabel *m_zoom = nullptr;
    QLabel *m_page = nullptr;
};

/// Shows the document in the print preview, from which the user prints it or chooses
/// "Print to PDF". Returns false when the preview was not shown (tests, see Dialogs).
bool showPrintPreview(QWidget *parent, const reports::ReportDocument &document);

/// Asks for a PDF file name and writes the document there; says what went wrong in plain
/// words. Returns the path written, or an empty string.
QString savePdf(QWidget *parent, const reports::ReportDocument &document,
                const QString &suggestedName);

} // namespace konvergensi::gui

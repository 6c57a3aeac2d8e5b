// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

class QString;
class QWidget;

namespace konvergensi::reports {
class ReportDocument;
}

namespace konvergensi::gui {

/// Shows the document in Qt's print preview, from which the user prints it or chooses
/// "Print to PDF"; the paper (A4 or F4) and orientation come from the document. Returns
/// false when the preview was not shown (tests, see Dialogs).
bool showPrintPreview(QWidget *parent, const reports::ReportDocument &document);

/// Asks for a PDF file name and writes the document there; says what went wrong in plain
/// words. Returns the path written, or an empty string.
QString savePdf(QWidget *parent, const reports::ReportDocument &document,
                const QString &suggestedName);

} // namespace konvergensi::gui

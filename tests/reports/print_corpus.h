// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// The document corpus: every printed document of every module, on A4 and F4, with and
// without a logo, with short content (the demo workspace as it is) and long content (crafted
// here: many attendees, long minutes, many villages, cases and follow-ups). The corpus test
// renders each to PDF and checks the page rules on the text layer; the print_images tool
// writes the same PDFs for docs/images/print/.

#include "reports/report_document.h"

#include <QByteArray>
#include <QString>

#include <vector>

namespace konvergensi::test {

struct CorpusDocument
{
    QString report; ///< "minutes", "attendance", "followups", "actions", "locus-decree",
                    ///< "scorecards", "dashboard", "audit"
    reports::Paper paper = reports::Paper::A4;
    bool logo = false;
    bool longContent = false;
    reports::ReportDocument document;

    /// "minutes-a4-logo-long"
    QString name() const;
};

/// A regional emblem drawn here (a shield with a star, rice and cotton), portrait like the
/// real ones, as PNG bytes.
QByteArray corpusLogoPng();

/// Builds the whole corpus from a demo workspace created in `folder` (Indonesian words).
/// `reportFilter`, when not empty, keeps only the documents of that report.
std::vector<CorpusDocument> buildPrintCorpus(const QString &folder,
                                             const QString &reportFilter = {});

} // namespace konvergensi::test

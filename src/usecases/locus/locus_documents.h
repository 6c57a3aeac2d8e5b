// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/format.h"
#include "reports/report_document.h"
#include "usecases/progress.h"

#include <QString>

#include <optional>

namespace konvergensi::storage {
class Database;
}

namespace konvergensi::usecases::locus {

/// The module's two documents of a year.
enum class LocusDocument {
    Attachment, ///< the list as the attachment to the regent's decree
    Scorecards, ///< the scorecard summary (coverage per package, APBDes)
};

/// The file formats a document is written as.
enum class FileFormat { Pdf, Xlsx, Csv };
/// The format of a file name by its suffix (pdf, xlsx, csv); nullopt for any other.
std::optional<FileFormat> formatOfPath(const QString &path);

/// The document of the year, built for the print preview.
reports::ReportDocument buildDocument(storage::Database &db, LocusDocument document, int year,
                                      reports::Paper paper, core::Language language);

/// Writes the document of the year to `path` as PDF (on the paper), XLSX or CSV. Long work:
/// run it through BackgroundTask; a cancel before the file is written throws Cancelled and
/// writes nothing. Throws reports::ReportError when the file cannot be written.
void writeDocument(storage::Database &db, LocusDocument document, int year, FileFormat format,
                   reports::Paper paper, core::Language language, const QString &path,
                   Progress &progress);

/// "desa-lokus-2022", "scorecard-2022": the file name offered, without suffix (translated).
QString suggestedBaseName(LocusDocument document, int year);

} // namespace konvergensi::usecases::locus

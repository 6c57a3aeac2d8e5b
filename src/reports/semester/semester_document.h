// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/letterhead.h"
#include "reports/report_document.h"

#include <QString>
#include <QStringList>

#include <optional>
#include <vector>

namespace konvergensi::reports {

/// One block of the semester report: a heading, a paragraph or a table. The same blocks are
/// written as PDF (ReportDocument), as OpenDocument text and, for the tables, as the sheets
/// of the XLSX annex, so the three files say the same.
struct SemesterBlock
{
    enum class Kind { Heading, Paragraph, Table };
    Kind kind = Kind::Paragraph;
    int level = 2;   ///< headings: 2 (a part) or 3 (within a part)
    QString text;    ///< heading or paragraph text (plain; line breaks kept)
    QString sheet;   ///< tables: the annex sheet's name
    QString caption; ///< tables: what the table is (the annex sheet's first line)
    QStringList headers;
    std::vector<QStringList> rows;
    std::vector<int> rightAligned;    ///< columns of numbers
    std::vector<int> widthsPercent;   ///< column widths on paper
    std::vector<int> highlightedRows; ///< rows to mark (late, overdue, Tidak)
};

/// The whole semester report, in the language it was built in.
struct SemesterDocument
{
    core::Letterhead letterhead;
    QString title;    ///< "LAPORAN SEMESTER TIM PERCEPATAN PENURUNAN STUNTING"
    QString subtitle; ///< "Kabupaten Bengkalis · Semester II Tahun 2023"
    std::vector<SemesterBlock> blocks;
    Signature chair;                          ///< the Ketua TPPS signs
    std::optional<Signature> acknowledgement; ///< "Mengetahui, Bupati ..." when set

    void heading(const QString &text, int level = 2);
    /// A paragraph; an empty text adds nothing.
    void paragraph(const QString &text);
    SemesterBlock &table(const QString &sheet, const QString &caption, const QStringList &headers,
                         std::vector<QStringList> rows, std::vector<int> rightAligned = {},
                         std::vector<int> widthsPercent = {});
    /// Every table, in order (the annex's sheets).
    std::vector<const SemesterBlock *> tables() const;
    /// The text of every heading and paragraph and every table cell, for tests and search.
    QString plainText() const;
};

/// The printable document (preview, printer, PDF), on A4 or F4.
ReportDocument semesterReportDocument(const SemesterDocument &document, core::Language language,
                                      Paper paper);
/// Writes the report as an OpenDocument text file (.odt: the mimetype first and stored, the
/// manifest, content.xml with the same parts and tables, styles.xml with the page size and
/// the page numbers). Goes through storage::writeFileAtomically; throws ReportError.
void writeSemesterOdt(const SemesterDocument &document, Paper paper, const QString &path);
/// The OpenDocument package as bytes (what writeSemesterOdt writes).
QByteArray semesterOdtBytes(const SemesterDocument &document, Paper paper);
/// Writes every table of the report as a sheet of an .xlsx workbook; throws ReportError.
void writeSemesterXlsx(const SemesterDocument &document, const QString &path);

} // namespace konvergensi::reports

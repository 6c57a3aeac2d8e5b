// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/format.h"
#include "core/letterhead.h"

#include <QImage>
#include <QPicture>
#include <QSizeF>
#include <QString>
#include <QStringList>

#include <map>
#include <optional>
#include <stdexcept>
#include <vector>

class QPaintDevice;
class QPagedPaintDevice;
class QPrinter;
class QTextDocument;

namespace konvergensi::reports {

/// Paper used in Indonesian offices: A4 (210 x 297 mm) and F4/folio (215 x 330 mm).
enum class Paper { A4, F4 };

/// Paper name for the CLI: "a4" or "f4"; nullopt for anything else.
std::optional<Paper> paperFromString(const QString &text);

/// A report could not be written (folder missing, file locked, ...). Translated message.
class ReportError : public std::runtime_error
{
public:
    explicit ReportError(const QString &message);
    const QString &message() const { return m_message; }

private:
    QString m_message;
};

/// The signature block at the end of an official document:
///   Bengkalis, 5 Desember 2023
///   Kepala Bappeda Kabupaten Bengkalis
///   (space)
///   NAME
///   NIP. 19700101 199503 1 002
struct Signature
{
    QString place;
    QString date; ///< already formatted ("5 Desember 2023")
    QString title;
    QString name;
    QString nip;
};

/// A chart or other picture in a document: a bitmap rendered at print resolution (see
/// ReportDocument::printPixels) or a vector picture recorded with QPainter on a QPicture.
/// Both are plain QtGui types, so a document can be rendered off the GUI thread.
struct ReportPicture
{
    QImage image;
    QPicture picture;
    QSizeF sizeMm; ///< size on paper

    bool isNull() const { return image.isNull() && picture.isNull(); }
};

/// An official document built once and rendered to a printer, PDF or print preview.
///
/// The first page carries the letterhead (kop surat) as Indonesian government letterheads
/// are laid out: the emblem at the left, the government and agency names centred on one line
/// each (the type shrinks to fit; only a name too long for any size is wrapped, evenly), the
/// address and contact below, and a double rule (thick over thin) under it. Then the title,
/// the HTML body, the signature block, and "Halaman i dari n" on every page.
///
/// Pages are cut by the document itself (see report_pagination.h): only between blocks,
/// between the lines of a paragraph (keeping two lines on each side), or between table rows
/// (the table's header rows are drawn again on the next page); a heading stays with the first
/// lines or rows of what follows it; the signature block takes the end of the content with
/// it. Column widths are widened where a header word would not fit, so no header word breaks.
///
/// Rendering uses only QtGui paint devices and QImage (never QPixmap or widgets): writePdf()
/// and pageCount() may run on a worker thread.
class ReportDocument
{
public:
    ReportDocument(core::Letterhead letterhead, core::Language language);

    void setTitle(const QString &title, const QString &subtitle = {});
    /// The body as HTML (use the helpers in namespace html to build it).
    void setBodyHtml(const QString &html);
    void setSignature(const Signature &signature);
    /// A second signature at the left of the signature block, for an acknowledgement
    /// ("Mengetahui, Bupati Bengkalis"): its title lines and name, no place or date.
    void setAcknowledgement(const Signature &acknowledgement);
    void setPaper(Paper paper);
    void setLandscape(bool landscape);
    Paper paper() const { return m_paper; }
    bool landscape() const { return m_landscape; }
    const core::Letterhead &letterhead() const { return m_letterhead; }
    const QString &title() const { return m_title; }
    const std::optional<Signature> &signature() const { return m_signature; }

    /// Adds a chart (or any picture) to the document and returns the HTML that places it in
    /// the body, `sizeMm` on paper. A null picture (a chart without data) gives `whenEmpty` as
    /// a plain sentence instead of an empty frame.
    QString addPicture(const ReportPicture &picture, const QString &whenEmpty);
    /// Pixels for a bitmap drawn `sizeMm` on paper at print resolution (300 dpi): render a
    /// chart into a QImage of this size so that thin grid lines survive printing.
    static QSize printPixels(const QSizeF &sizeMm, int dpi = 300);

    /// The document's text as HTML (title, body, signature; the letterhead is painted).
    QString html() const;
    /// Paints every page on a printer (from QPrintPreviewDialog or a real printer).
    void print(QPrinter *printer) const;
    /// Writes a PDF (fonts embedded); throws ReportError.
    void writePdf(const QString &path) const;
    /// Number of pages at the current paper size.
    int pageCount() const;

private:
    void layOut(QTextDocument &document, QPaintDevice *device) const;
    void render(QPagedPaintDevice *device) const;

    core::Letterhead m_letterhead;
    core::Language m_language;
    QString m_title;
    QString m_subtitle;
    QString m_body;
    std::optional<Signature> m_signature;
    std::optional<Signature> m_acknowledgement;
    std::map<QString, ReportPicture> m_pictures;
    Paper m_paper = Paper::A4;
    bool m_landscape = false;
};

/// Small HTML builders for report bodies. Every text is escaped.
namespace html {

/// How a table is drawn.
struct TableStyle
{
    std::vector<int> rightAligned;  ///< columns (by index) aligned right (numbers)
    std::vector<int> widthsPercent; ///< column widths; a header word that does not fit widens
                                    ///< its column (see ReportDocument)
    double minRowHeightMm = 0;      ///< body rows at least this high (room to sign by hand),
                                    ///< their text centred vertically
};

QString escape(const QString &text);
/// A heading of the given level (2 or 3).
QString heading(const QString &text, int level = 2);
QString paragraph(const QString &text);
/// A table with a header row (repeated on each page); `rows` are plain texts.
QString table(const QStringList &headers, const std::vector<QStringList> &rows,
              const TableStyle &style);
QString table(const QStringList &headers, const std::vector<QStringList> &rows,
              const std::vector<int> &rightAligned = {},
              const std::vector<int> &widthsPercent = {});
/// The same, with cells that are already HTML (escape user text with escape(); use
/// highlight() for late or overdue entries).
QString tableHtml(const QStringList &headers, const std::vector<QStringList> &htmlRows,
                  const TableStyle &style);
QString tableHtml(const QStringList &headers, const std::vector<QStringList> &htmlRows,
                  const std::vector<int> &rightAligned = {},
                  const std::vector<int> &widthsPercent = {});
/// A two-column table of label: value pairs (meeting facts, ...).
QString facts(const std::vector<std::pair<QString, QString>> &pairs);
/// Wraps text in a highlighted span (late actions, overdue follow-ups).
QString highlight(const QString &escapedHtml);
} // namespace html

} // namespace konvergensi::reports

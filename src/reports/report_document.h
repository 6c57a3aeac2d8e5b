// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/format.h"
#include "core/letterhead.h"

#include <QString>

#include <QStringList>
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

/// An official document built once and rendered to a printer, PDF or print preview: the
/// letterhead (kop surat) from Settings on the first page, a title block, an HTML body, an
/// optional signature block, and "Halaman i dari n" on every page. Tables in the body keep
/// their header row on each page and rows are not split across pages.
class ReportDocument
{
public:
    ReportDocument(core::Letterhead letterhead, core::Language language);

    void setTitle(const QString &title, const QString &subtitle = {});
    /// The body as HTML (use the helpers below to build tables).
    void setBodyHtml(const QString &html);
    void setSignature(const Signature &signature);
    void setPaper(Paper paper);
    void setLandscape(bool landscape);
    Paper paper() const { return m_paper; }

    /// The whole document as HTML (letterhead, title, body, signature).
    QString html() const;
    /// Paints every page on a printer (from QPrintPreviewDialog or a real printer).
    void print(QPrinter *printer) const;
    /// Writes a PDF (fonts embedded); throws ReportError.
    void writePdf(const QString &path) const;
    /// Number of pages at the current paper size.
    int pageCount() const;

private:
    void layOut(QTextDocument &document, QPaintDevice *device) const;
    static qreal footerHeight(QPaintDevice *device);
    void render(QPagedPaintDevice *device) const;

    core::Letterhead m_letterhead;
    core::Language m_language;
    QString m_title;
    QString m_subtitle;
    QString m_body;
    std::optional<Signature> m_signature;
    Paper m_paper = Paper::A4;
    bool m_landscape = false;
};

/// Small HTML builders for report bodies. Every text is escaped.
namespace html {
QString escape(const QString &text);
/// A heading of the given level (2 or 3).
QString heading(const QString &text, int level = 2);
QString paragraph(const QString &text);
/// A table with a header row (repeated on each page); `rows` are plain texts. Columns named
/// in `rightAligned` (by index) are aligned right (numbers).
QString table(const QStringList &headers, const std::vector<QStringList> &rows,
              const std::vector<int> &rightAligned = {},
              const std::vector<int> &widthsPercent = {});
/// The same, with cells that are already HTML (escape user text with escape(); use
/// highlight() for late or overdue entries).
QString tableHtml(const QStringList &headers, const std::vector<QStringList> &htmlRows,
                  const std::vector<int> &rightAligned = {},
                  const std::vector<int> &widthsPercent = {});
/// A two-column table of label: value pairs (meeting facts, ...).
QString facts(const std::vector<std::pair<QString, QString>> &pairs);
/// Wraps text in a highlighted span (late actions, overdue follow-ups).
QString highlight(const QString &escapedHtml);
} // namespace html

} // namespace konvergensi::reports

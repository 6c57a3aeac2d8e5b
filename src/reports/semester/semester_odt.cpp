// SPDX-License-Identifier: GPL-3.0-or-later
#include "reports/semester/semester_document.h"

#include "io/zip_writer.h"
#include "qtsupport/text.h"
#include "storage/output_file.h"
#include "storage/storage_error.h"

#include <QCoreApplication>
#include <QXmlStreamWriter>

#include <algorithm>

namespace konvergensi::reports {

namespace {

const QString kOffice = QStringLiteral("urn:oasis:names:tc:opendocument:xmlns:office:1.0");
const QString kStyle = QStringLiteral("urn:oasis:names:tc:opendocument:xmlns:style:1.0");
const QString kText = QStringLiteral("urn:oasis:names:tc:opendocument:xmlns:text:1.0");
const QString kTable = QStringLiteral("urn:oasis:names:tc:opendocument:xmlns:table:1.0");
const QString kFo = QStringLiteral("urn:oasis:names:tc:opendocument:xmlns:xsl-fo-compatible:1.0");
const QString kManifest = QStringLiteral("urn:oasis:names:tc:opendocument:xmlns:manifest:1.0");

void namespaces(QXmlStreamWriter &xml)
{
    xml.writeNamespace(kOffice, QStringLiteral("office"));
    xml.writeNamespace(kStyle, QStringLiteral("style"));
    xml.writeNamespace(kText, QStringLiteral("text"));
    xml.writeNamespace(kTable, QStringLiteral("table"));
    xml.writeNamespace(kFo, QStringLiteral("fo"));
}

/// A paragraph whose line breaks become <text:line-break/>.
void paragraph(QXmlStreamWriter &xml, const QString &style, const QString &text)
{
    xml.writeStartElement(kText, QStringLiteral("p"));
    xml.writeAttribute(kText, QStringLiteral("style-name"), style);
    const QStringList lines = text.split(QLatin1Char('\n'));
    for (int i = 0; i < lines.size(); ++i) {
        if (i > 0)
            xml.writeEmptyElement(kText, QStringLiteral("line-break"));
        xml.writeCharacters(lines[i]);
    }
    xml.writeEndElement();
}

void paragraphStyle(QXmlStreamWriter &xml, const QString &name, const QString &align,
                    const QString &size, bool bold,
                    const QString &marginTop = QStringLiteral("0cm"),
                    const QString &extraBorder = {})
{
    xml.writeStartElement(kStyle, QStringLiteral("style"));
    xml.writeAttribute(kStyle, QStringLiteral("name"), name);
    xml.writeAttribute(kStyle, QStringLiteral("family"), QStringLiteral("paragraph"));
    xml.writeEmptyElement(kStyle, QStringLiteral("paragraph-properties"));
    xml.writeAttribute(kFo, QStringLiteral("text-align"), align);
    xml.writeAttribute(kFo, QStringLiteral("margin-top"), marginTop);
    xml.writeAttribute(kFo, QStringLiteral("margin-bottom"), QStringLiteral("0.12cm"));
    if (!extraBorder.isEmpty()) {
        xml.writeAttribute(kFo, QStringLiteral("border-bottom"), extraBorder);
        xml.writeAttribute(kFo, QStringLiteral("padding-bottom"), QStringLiteral("0.1cm"));
    }
    xml.writeEmptyElement(kStyle, QStringLiteral("text-properties"));
    xml.writeAttribute(kStyle, QStringLiteral("font-name"), QStringLiteral("DejaVu Sans"));
    xml.writeAttribute(kFo, QStringLiteral("font-size"), size);
    if (bold)
        xml.writeAttribute(kFo, QStringLiteral("font-weight"), QStringLiteral("bold"));
    xml.writeEndElement();
}

void cellStyle(QXmlStreamWriter &xml, const QString &name, const QString &background, bool border)
{
    xml.writeStartElement(kStyle, QStringLiteral("style"));
    xml.writeAttribute(kStyle, QStringLiteral("name"), name);
    xml.writeAttribute(kStyle, QStringLiteral("family"), QStringLiteral("table-cell"));
    xml.writeEmptyElement(kStyle, QStringLiteral("table-cell-properties"));
    xml.writeAttribute(kFo, QStringLiteral("padding"), QStringLiteral("0.08cm"));
    xml.writeAttribute(kFo, QStringLiteral("border"),
                       border ? QStringLiteral("0.5pt solid #777777") : QStringLiteral("none"));
    if (!background.isEmpty())
        xml.writeAttribute(kFo, QStringLiteral("background-color"), background);
    xml.writeEndElement();
}

QByteArray contentXml(const SemesterDocument &document)
{
    QByteArray bytes;
    QXmlStreamWriter xml(&bytes);
    xml.writeStartDocument();
    xml.writeStartElement(kOffice, QStringLiteral("document-content"));
    namespaces(xml);
    xml.writeAttribute(kOffice, QStringLiteral("version"), QStringLiteral("1.2"));

    xml.writeStartElement(kOffice, QStringLiteral("automatic-styles"));
    int tableNumber = 0;
    for (const SemesterBlock *table : document.tables()) {
        ++tableNumber;
        xml.writeStartElement(kStyle, QStringLiteral("style"));
        xml.writeAttribute(kStyle, QStringLiteral("name"), QStringLiteral("T%1").arg(tableNumber));
        xml.writeAttribute(kStyle, QStringLiteral("family"), QStringLiteral("table"));
        xml.writeEmptyElement(kStyle, QStringLiteral("table-properties"));
        xml.writeAttribute(kStyle, QStringLiteral("rel-width"), QStringLiteral("100%"));
        xml.writeAttribute(kTable, QStringLiteral("align"), QStringLiteral("margins"));
        xml.writeEndElement();
        for (int c = 0; c < table->headers.size(); ++c) {
            const auto index = static_cast<std::size_t>(c);
            const int share = index < table->widthsPercent.size()
                                  ? table->widthsPercent[index]
                                  : 100 / std::max<qsizetype>(1, table->headers.size());
            xml.writeStartElement(kStyle, QStringLiteral("style"));
            xml.writeAttribute(kStyle, QStringLiteral("name"),
                               QStringLiteral("T%1.C%2").arg(tableNumber).arg(c));
            xml.writeAttribute(kStyle, QStringLiteral("family"), QStringLiteral("table-column"));
            xml.writeEmptyElement(kStyle, QStringLiteral("table-column-properties"));
            xml.writeAttribute(kStyle, QStringLiteral("rel-column-width"),
                               QStringLiteral("%1*").arg(std::max(1, share) * 100));
            xml.writeEndElement();
        }
    }
    cellStyle(xml, QStringLiteral("Cell"), {}, true);
    cellStyle(xml, QStringLiteral("HeaderCell"), QStringLiteral("#e6e6e6"), true);
    cellStyle(xml, QStringLiteral("MarkedCell"), QStringLiteral("#fde2e1"), true);
    cellStyle(xml, QStringLiteral("PlainCell"), {}, false);
    xml.writeEndElement(); // automatic-styles

    xml.writeStartElement(kOffice, QStringLiteral("body"));
    xml.writeStartElement(kOffice, QStringLiteral("text"));

    // The letterhead as text at the top of the first page.
    const core::Letterhead &head = document.letterhead;
    if (!head.government.empty())
        paragraph(xml, QStringLiteral("Kop_Government"), qs(head.government).toUpper());
    if (!head.agency.empty())
        paragraph(xml, QStringLiteral("Kop_Agency"), qs(head.agency).toUpper());
    QStringList contact;
    for (const std::string *part : {&head.address, &head.contact}) {
        if (!part->empty())
            contact << qs(*part);
    }
    paragraph(xml, QStringLiteral("Kop_Address"), contact.join(QStringLiteral(" \u00b7 ")));

    paragraph(xml, QStringLiteral("Title"), document.title);
    if (!document.subtitle.isEmpty())
        paragraph(xml, QStringLiteral("Subtitle"), document.subtitle);

    tableNumber = 0;
    for (const SemesterBlock &block : document.blocks) {
        switch (block.kind) {
        case SemesterBlock::Kind::Heading:
            xml.writeStartElement(kText, QStringLiteral("h"));
            xml.writeAttribute(kText, QStringLiteral("style-name"),
                               block.level <= 2 ? QStringLiteral("Heading_20_2")
                                                : QStringLiteral("Heading_20_3"));
            xml.writeAttribute(kText, QStringLiteral("outline-level"),
                               QString::number(block.level <= 2 ? 1 : 2));
            xml.writeCharacters(block.text);
            xml.writeEndElement();
            break;
        case SemesterBlock::Kind::Paragraph:
            for (const QString &part : block.text.split(QLatin1Char('\n'))) {
                if (!part.trimmed().isEmpty())
                    paragraph(xml, QStringLiteral("Text_20_body"), part);
            }
            break;
        case SemesterBlock::Kind::Table: {
            ++tableNumber;
            xml.writeStartElement(kTable, QStringLiteral("table"));
            xml.writeAttribute(kTable, QStringLiteral("name"),
                               QStringLiteral("Tabel%1").arg(tableNumber));
            xml.writeAttribute(kTable, QStringLiteral("style-name"),
                               QStringLiteral("T%1").arg(tableNumber));
            for (int c = 0; c < block.headers.size(); ++c) {
                xml.writeEmptyElement(kTable, QStringLiteral("table-column"));
                xml.writeAttribute(kTable, QStringLiteral("style-name"),
                                   QStringLiteral("T%1.C%2").arg(tableNumber).arg(c));
            }
            auto row = [&](const QStringList &cells, const QString &cellStyleName,
                           const QString &textStyle) {
                xml.writeStartElement(kTable, QStringLiteral("table-row"));
                for (int c = 0; c < block.headers.size(); ++c) {
                    xml.writeStartElement(kTable, QStringLiteral("table-cell"));
                    xml.writeAttribute(kTable, QStringLiteral("style-name"), cellStyleName);
                    xml.writeAttribute(kOffice, QStringLiteral("value-type"),
                                       QStringLiteral("string"));
                    const bool right = std::find(block.rightAligned.begin(),
                                                 block.rightAligned.end(), c)
                                       != block.rightAligned.end();
                    paragraph(xml,
                              right && textStyle == QStringLiteral("Table_20_Contents")
                                  ? QStringLiteral("Table_20_Number")
                                  : textStyle,
                              c < cells.size() ? cells[c] : QString());
                    xml.writeEndElement();
                }
                xml.writeEndElement();
            };
            xml.writeStartElement(kTable, QStringLiteral("table-header-rows"));
            row(block.headers, QStringLiteral("HeaderCell"), QStringLiteral("Table_20_Heading"));
            xml.writeEndElement();
            for (std::size_t r = 0; r < block.rows.size(); ++r) {
                const bool marked = std::find(block.highlightedRows.begin(),
                                              block.highlightedRows.end(), static_cast<int>(r))
                                    != block.highlightedRows.end();
                row(block.rows[r], marked ? QStringLiteral("MarkedCell") : QStringLiteral("Cell"),
                    QStringLiteral("Table_20_Contents"));
            }
            xml.writeEndElement(); // table
            break;
        }
        }
    }

    // The signature block: the acknowledgement at the left when set, the chair at the right.
    xml.writeStartElement(kTable, QStringLiteral("table"));
    xml.writeAttribute(kTable, QStringLiteral("name"), QStringLiteral("TandaTangan"));
    xml.writeEmptyElement(kTable, QStringLiteral("table-column"));
    xml.writeAttribute(kTable, QStringLiteral("number-columns-repeated"), QStringLiteral("2"));
    xml.writeStartElement(kTable, QStringLiteral("table-row"));
    auto signatureCell = [&](const Signature *signature, bool withPlace) {
        xml.writeStartElement(kTable, QStringLiteral("table-cell"));
        xml.writeAttribute(kTable, QStringLiteral("style-name"), QStringLiteral("PlainCell"));
        xml.writeAttribute(kOffice, QStringLiteral("value-type"), QStringLiteral("string"));
        if (signature) {
            QString top = signature->title;
            if (withPlace) {
                QString when = signature->place;
                if (!when.isEmpty() && !signature->date.isEmpty())
                    when += QStringLiteral(", ");
                top = when + signature->date + QLatin1Char('\n') + top;
            } else {
                top = QLatin1Char('\n') + top;
            }
            paragraph(xml, QStringLiteral("Signature"), top + QStringLiteral("\n\n\n\n"));
            paragraph(xml, QStringLiteral("Signature_20_Name"),
                      signature->name.isEmpty()
                          ? QStringLiteral("(...............................)")
                          : signature->name);
            if (!signature->nip.isEmpty())
                paragraph(xml, QStringLiteral("Signature"),
                          QStringLiteral("NIP. ") + signature->nip);
        } else {
            paragraph(xml, QStringLiteral("Signature"), {});
        }
        xml.writeEndElement();
    };
    signatureCell(document.acknowledgement ? &*document.acknowledgement : nullptr, false);
    signatureCell(&document.chair, true);
    xml.writeEndElement(); // row
    xml.writeEndElement(); // table

    xml.writeEndElement(); // text
    xml.writeEndElement(); // body
    xml.writeEndElement(); // document-content
    xml.writeEndDocument();
    return bytes;
}

QByteArray stylesXml(Paper paper)
{
    QByteArray bytes;
    QXmlStreamWriter xml(&bytes);
    xml.writeStartDocument();
    xml.writeStartElement(kOffice, QStringLiteral("document-styles"));
    namespaces(xml);
    xml.writeAttribute(kOffice, QStringLiteral("version"), QStringLiteral("1.2"));

    xml.writeStartElement(kOffice, QStringLiteral("font-face-decls"));
    xml.writeEmptyElement(kStyle, QStringLiteral("font-face"));
    xml.writeAttribute(kStyle, QStringLiteral("name"), QStringLiteral("DejaVu Sans"));
    xml.writeAttribute(QStringLiteral("urn:oasis:names:tc:opendocument:xmlns:svg-compatible:1.0"),
                       QStringLiteral("font-family"), QStringLiteral("'DejaVu Sans'"));
    xml.writeEndElement();

    xml.writeStartElement(kOffice, QStringLiteral("styles"));
    paragraphStyle(xml, QStringLiteral("Standard"), QStringLiteral("start"), QStringLiteral("10pt"),
                   false);
    paragraphStyle(xml, QStringLiteral("Text_20_body"), QStringLiteral("justify"),
                   QStringLiteral("10pt"), false);
    paragraphStyle(xml, QStringLiteral("Kop_Government"), QStringLiteral("center"),
                   QStringLiteral("13pt"), true);
    paragraphStyle(xml, QStringLiteral("Kop_Agency"), QStringLiteral("center"),
                   QStringLiteral("14pt"), true);
    paragraphStyle(xml, QStringLiteral("Kop_Address"), QStringLiteral("center"),
                   QStringLiteral("9pt"), false, QStringLiteral("0cm"),
                   QStringLiteral("2.5pt double #000000"));
    paragraphStyle(xml, QStringLiteral("Title"), QStringLiteral("center"), QStringLiteral("13pt"),
                   true, QStringLiteral("0.4cm"));
    paragraphStyle(xml, QStringLiteral("Subtitle"), QStringLiteral("center"),
                   QStringLiteral("11pt"), false);
    paragraphStyle(xml, QStringLiteral("Heading_20_2"), QStringLiteral("start"),
                   QStringLiteral("11pt"), true, QStringLiteral("0.4cm"));
    paragraphStyle(xml, QStringLiteral("Heading_20_3"), QStringLiteral("start"),
                   QStringLiteral("10pt"), true, QStringLiteral("0.25cm"));
    paragraphStyle(xml, QStringLiteral("Table_20_Heading"), QStringLiteral("start"),
                   QStringLiteral("9pt"), true);
    paragraphStyle(xml, QStringLiteral("Table_20_Contents"), QStringLiteral("start"),
                   QStringLiteral("9pt"), false);
    paragraphStyle(xml, QStringLiteral("Table_20_Number"), QStringLiteral("end"),
                   QStringLiteral("9pt"), false);
    paragraphStyle(xml, QStringLiteral("Signature"), QStringLiteral("center"),
                   QStringLiteral("10pt"), false);
    paragraphStyle(xml, QStringLiteral("Signature_20_Name"), QStringLiteral("center"),
                   QStringLiteral("10pt"), true);
    paragraphStyle(xml, QStringLiteral("Footer"), QStringLiteral("center"), QStringLiteral("8pt"),
                   false);
    xml.writeEndElement(); // styles

    xml.writeStartElement(kOffice, QStringLiteral("automatic-styles"));
    xml.writeStartElement(kStyle, QStringLiteral("page-layout"));
    xml.writeAttribute(kStyle, QStringLiteral("name"), QStringLiteral("PageLayout"));
    xml.writeEmptyElement(kStyle, QStringLiteral("page-layout-properties"));
    xml.writeAttribute(kFo, QStringLiteral("page-width"),
                       paper == Paper::F4 ? QStringLiteral("21.5cm") : QStringLiteral("21cm"));
    xml.writeAttribute(kFo, QStringLiteral("page-height"),
                       paper == Paper::F4 ? QStringLiteral("33cm") : QStringLiteral("29.7cm"));
    xml.writeAttribute(kStyle, QStringLiteral("print-orientation"), QStringLiteral("portrait"));
    xml.writeAttribute(kFo, QStringLiteral("margin-top"), QStringLiteral("2cm"));
    xml.writeAttribute(kFo, QStringLiteral("margin-bottom"), QStringLiteral("1.5cm"));
    xml.writeAttribute(kFo, QStringLiteral("margin-left"), QStringLiteral("2.5cm"));
    xml.writeAttribute(kFo, QStringLiteral("margin-right"), QStringLiteral("2cm"));
    xml.writeEndElement();
    xml.writeEndElement(); // automatic-styles

    xml.writeStartElement(kOffice, QStringLiteral("master-styles"));
    xml.writeStartElement(kStyle, QStringLiteral("master-page"));
    xml.writeAttribute(kStyle, QStringLiteral("name"), QStringLiteral("Standard"));
    xml.writeAttribute(kStyle, QStringLiteral("page-layout-name"), QStringLiteral("PageLayout"));
    xml.writeStartElement(kStyle, QStringLiteral("footer"));
    xml.writeStartElement(kText, QStringLiteral("p"));
    xml.writeAttribute(kText, QStringLiteral("style-name"), QStringLiteral("Footer"));
    xml.writeCharacters(QCoreApplication::translate("SemesterReport", "Page") + QLatin1Char(' '));
    xml.writeTextElement(kText, QStringLiteral("page-number"), QStringLiteral("1"));
    xml.writeCharacters(QLatin1Char(' ') + QCoreApplication::translate("SemesterReport", "of")
                        + QLatin1Char(' '));
    xml.writeTextElement(kText, QStringLiteral("page-count"), QStringLiteral("1"));
    xml.writeEndElement(); // p
    xml.writeEndElement(); // footer
    xml.writeEndElement(); // master-page
    xml.writeEndElement(); // master-styles

    xml.writeEndElement();
    xml.writeEndDocument();
    return bytes;
}

QByteArray manifestXml()
{
    QByteArray bytes;
    QXmlStreamWriter xml(&bytes);
    xml.writeStartDocument();
    xml.writeNamespace(kManifest, QStringLiteral("manifest"));
    xml.writeStartElement(kManifest, QStringLiteral("manifest"));
    xml.writeAttribute(kManifest, QStringLiteral("version"), QStringLiteral("1.2"));
    auto entry = [&](const QString &path, const QString &type) {
        xml.writeEmptyElement(kManifest, QStringLiteral("file-entry"));
        xml.writeAttribute(kManifest, QStringLiteral("full-path"), path);
        xml.writeAttribute(kManifest, QStringLiteral("media-type"), type);
    };
    entry(QStringLiteral("/"), QStringLiteral("application/vnd.oasis.opendocument.text"));
    entry(QStringLiteral("content.xml"), QStringLiteral("text/xml"));
    entry(QStringLiteral("styles.xml"), QStringLiteral("text/xml"));
    xml.writeEndElement();
    xml.writeEndDocument();
    return bytes;
}

} // namespace

QByteArray semesterOdtBytes(const SemesterDocument &document, Paper paper)
{
    io::ZipWriter zip;
    zip.add(QStringLiteral("mimetype"),
            QByteArrayLiteral("application/vnd.oasis.opendocument.text"),
            io::ZipWriter::Method::Stored);
    zip.add(QStringLiteral("META-INF/manifest.xml"), manifestXml());
    zip.add(QStringLiteral("content.xml"), contentXml(document));
    zip.add(QStringLiteral("styles.xml"), stylesXml(paper));
    return zip.finish();
}

void writeSemesterOdt(const SemesterDocument &document, Paper paper, const QString &path)
{
    try {
        storage::writeFileAtomically(path, semesterOdtBytes(document, paper));
    } catch (const storage::StorageError &error) {
        throw ReportError(error.message());
    }
}

} // namespace konvergensi::reports

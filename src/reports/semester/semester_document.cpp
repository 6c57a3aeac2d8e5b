// SPDX-License-Identifier: GPL-3.0-or-later
#include "reports/semester/semester_document.h"

#include <algorithm>

namespace konvergensi::reports {

void SemesterDocument::heading(const QString &text, int level)
{
    SemesterBlock block;
    block.kind = SemesterBlock::Kind::Heading;
    block.level = level;
    block.text = text;
    blocks.push_back(std::move(block));
}

void SemesterDocument::paragraph(const QString &text)
{
    if (text.trimmed().isEmpty())
        return;
    SemesterBlock block;
    block.kind = SemesterBlock::Kind::Paragraph;
    block.text = text;
    blocks.push_back(std::move(block));
}

SemesterBlock &SemesterDocument::table(const QString &sheet, const QString &caption,
                                       const QStringList &headers, std::vector<QStringList> rows,
                                       std::vector<int> rightAligned,
                                       std::vector<int> widthsPercent)
{
    SemesterBlock block;
    block.kind = SemesterBlock::Kind::Table;
    block.sheet = sheet;
    block.caption = caption;
    block.headers = headers;
    block.rows = std::move(rows);
    block.rightAligned = std::move(rightAligned);
    block.widthsPercent = std::move(widthsPercent);
    blocks.push_back(std::move(block));
    return blocks.back();
}

std::vector<const SemesterBlock *> SemesterDocument::tables() const
{
    std::vector<const SemesterBlock *> out;
    for (const SemesterBlock &block : blocks) {
        if (block.kind == SemesterBlock::Kind::Table)
            out.push_back(&block);
    }
    return out;
}

QString SemesterDocument::plainText() const
{
    QStringList lines = {title, subtitle};
    for (const SemesterBlock &block : blocks) {
        if (block.kind != SemesterBlock::Kind::Table) {
            lines << block.text;
            continue;
        }
        lines << block.headers.join(QLatin1Char('\t'));
        for (const QStringList &row : block.rows)
            lines << row.join(QLatin1Char('\t'));
    }
    lines << chair.title << chair.name;
    if (acknowledgement)
        lines << acknowledgement->title << acknowledgement->name;
    return lines.join(QLatin1Char('\n'));
}

ReportDocument semesterReportDocument(const SemesterDocument &source, core::Language language,
                                      Paper paper)
{
    ReportDocument document(source.letterhead, language);
    document.setPaper(paper);
    document.setTitle(source.title, source.subtitle);
    QString body;
    for (const SemesterBlock &block : source.blocks) {
        switch (block.kind) {
        case SemesterBlock::Kind::Heading:
            body += html::heading(block.text, block.level);
            break;
        case SemesterBlock::Kind::Paragraph: {
            // A written part keeps its paragraphs.
            for (const QString &part : block.text.split(QLatin1Char('\n'))) {
                if (!part.trimmed().isEmpty())
                    body += html::paragraph(part);
            }
            break;
        }
        case SemesterBlock::Kind::Table: {
            std::vector<QStringList> rows;
            for (std::size_t r = 0; r < block.rows.size(); ++r) {
                const bool marked = std::find(block.highlightedRows.begin(),
                                              block.highlightedRows.end(), static_cast<int>(r))
                                    != block.highlightedRows.end();
                QStringList cells;
                for (const QString &cell : block.rows[r]) {
                    QString text = html::escape(cell).replace(QLatin1Char('\n'),
                                                              QStringLiteral("<br/>"));
                    cells << (marked ? html::highlight(text) : text);
                }
                rows.push_back(cells);
            }
            html::TableStyle style;
            style.rightAligned = block.rightAligned;
            style.widthsPercent = block.widthsPercent;
            body += html::tableHtml(block.headers, rows, style);
            break;
        }
        }
    }
    document.setBodyHtml(body);
    document.setSignature(source.chair);
    if (source.acknowledgement)
        document.setAcknowledgement(*source.acknowledgement);
    return document;
}

} // namespace konvergensi::reports

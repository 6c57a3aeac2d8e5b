// SPDX-License-Identifier: GPL-3.0-or-later
// The HTML builders for report bodies (namespace reports::html).
#include "reports/report_document.h"
#include "reports/report_layout.h"

#include <algorithm>

namespace konvergensi::reports::html {

QString escape(const QString &text)
{
    return text.toHtmlEscaped().replace(QLatin1Char('\n'), QStringLiteral("<br/>"));
}

QString heading(const QString &text, int level)
{
    const int h = level < 2 ? 2 : (level > 3 ? 3 : level);
    return QStringLiteral("<h%1>%2</h%1>").arg(h).arg(escape(text));
}

QString paragraph(const QString &text)
{
    return QStringLiteral("<p>%1</p>").arg(escape(text));
}

QString table(const QStringList &headers, const std::vector<QStringList> &rows,
              const TableStyle &style)
{
    std::vector<QStringList> escaped;
    escaped.reserve(rows.size());
    for (const QStringList &row : rows) {
        QStringList cells;
        for (const QString &cell : row)
            cells << escape(cell);
        escaped.push_back(cells);
    }
    return tableHtml(headers, escaped, style);
}

QString table(const QStringList &headers, const std::vector<QStringList> &rows,
              const std::vector<int> &rightAligned, const std::vector<int> &widthsPercent)
{
    return table(headers, rows, TableStyle{rightAligned, widthsPercent, 0});
}

QString tableHtml(const QStringList &headers, const std::vector<QStringList> &rows,
                  const TableStyle &style)
{
    auto isRight = [&](int column) {
        return std::find(style.rightAligned.begin(), style.rightAligned.end(), column)
               != style.rightAligned.end();
    };
    QString out = QStringLiteral("<table width=\"100%\" border=\"1\" cellspacing=\"0\" "
                                 "cellpadding=\"3\" style=\"border-collapse: collapse; "
                                 "border-color: #777777;\"><thead><tr>");
    for (int c = 0; c < headers.size(); ++c) {
        QString width;
        const auto index = static_cast<std::size_t>(c);
        if (index < style.widthsPercent.size() && style.widthsPercent[index] > 0)
            width = QStringLiteral(" width=\"%1%\"").arg(style.widthsPercent[index]);
        out += QStringLiteral("<th%1 align=\"%2\" valign=\"bottom\">%3</th>")
                   .arg(width, isRight(c) ? QStringLiteral("right") : QStringLiteral("left"),
                        escape(headers[c]));
    }
    out += QStringLiteral("</tr></thead><tbody>");
    // Tall rows (to sign in): an invisible strut in the first cell sets the height, and the
    // text of every cell sits in the middle.
    const QString strut = style.minRowHeightMm > 0
                              ? QStringLiteral("<img src=\"%1%2\" width=\"1\" height=\"1\"/>")
                                    .arg(detail::kStrutPrefix,
                                         QString::number(style.minRowHeightMm, 'f', 2))
                              : QString();
    const QString valign = style.minRowHeightMm > 0 ? QStringLiteral("middle")
                                                    : QStringLiteral("top");
    for (const QStringList &row : rows) {
        out += QStringLiteral("<tr>");
        for (int c = 0; c < headers.size(); ++c)
            out += QStringLiteral("<td valign=\"%1\" align=\"%2\">%3%4</td>")
                       .arg(valign, isRight(c) ? QStringLiteral("right") : QStringLiteral("left"),
                            c == 0 ? strut : QString(), row.value(c));
        out += QStringLiteral("</tr>");
    }
    out += QStringLiteral("</tbody></table>");
    return out;
}

QString tableHtml(const QStringList &headers, const std::vector<QStringList> &rows,
                  const std::vector<int> &rightAligned, const std::vector<int> &widthsPercent)
{
    return tableHtml(headers, rows, TableStyle{rightAligned, widthsPercent, 0});
}

QString facts(const std::vector<std::pair<QString, QString>> &pairs)
{
    QString out = QStringLiteral("<table cellspacing=\"0\" cellpadding=\"2\">");
    for (const auto &[label, value] : pairs)
        out += QStringLiteral("<tr><td valign=\"top\" width=\"160\">%1</td><td valign=\"top\">: "
                              "</td><td valign=\"top\">%2</td></tr>")
                   .arg(escape(label), escape(value));
    out += QStringLiteral("</table>");
    return out;
}

QString highlight(const QString &escapedHtml)
{
    return QStringLiteral("<span style=\"background-color: #fde2e1; color: #a00000; "
                          "font-weight: bold;\">%1</span>")
        .arg(escapedHtml);
}

} // namespace konvergensi::reports::html

// SPDX-License-Identifier: GPL-3.0-or-later
#include "reports/semester/semester_document.h"

#include "reports/spreadsheet.h"

#include <QVariant>

#include <algorithm>

namespace konvergensi::reports {

namespace {

/// A cell as a number when the whole text is one ("1.234" and "8,4 %" stay text: the annex
/// keeps what the report prints, never a formula; XlsxWriter neutralises formulas).
QVariant cell(const QString &text)
{
    bool ok = false;
    const int whole = text.toInt(&ok);
    if (ok && QString::number(whole) == text)
        return whole;
    return text;
}

} // namespace

void writeSemesterXlsx(const SemesterDocument &document, const QString &path)
{
    XlsxWriter writer(path);
    for (const SemesterBlock *table : document.tables()) {
        writer.addSheet(table->sheet);
        writer.addNote(table->caption);
        writer.addHeader(table->headers);
        for (const QStringList &row : table->rows) {
            QVariantList cells;
            for (const QString &text : row)
                cells << cell(text);
            writer.addRow(cells);
        }
        for (int c = 0; c < table->headers.size(); ++c) {
            const int percent = static_cast<std::size_t>(c) < table->widthsPercent.size()
                                    ? table->widthsPercent[static_cast<std::size_t>(c)]
                                    : 12;
            writer.setColumnWidth(c, std::max(10, percent));
        }
    }
    writer.close();
}

} // namespace konvergensi::reports

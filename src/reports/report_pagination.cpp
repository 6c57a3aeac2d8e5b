// SPDX-License-Identifier: GPL-3.0-or-later
#include "reports/report_pagination.h"

#include "reports/report_layout.h"

#include <QAbstractTextDocumentLayout>
#include <QDebug>
#include <QTextBlock>
#include <QTextDocument>
#include <QTextFrame>
#include <QTextLayout>
#include <QTextTable>

#include <algorithm>
#include <limits>

namespace konvergensi::reports::detail {

namespace {

/// Lines and rows kept together at a cut: an orphan or widow of fewer is not left behind.
constexpr int kKeep = 2;
/// A paragraph of at most this many lines between a heading and its table goes whole with
/// both.
constexpr int kShortIntro = 6;
/// Rows kept together at a cut in a table: kKeep rows, or fewer when they are this high.
constexpr qreal kKeepRowsMm = 20;
/// A last paragraph of at most this many lines goes whole with the signature block.
constexpr int kShortLast = 6;

struct Line
{
    qreal top = 0;
    qreal bottom = 0;
};

/// A top-level part of the document, in the order it is printed.
struct Item
{
    enum class Kind { Text, Heading, Table, Signature };
    Kind kind = Kind::Text;
    qreal top = 0;
    qreal bottom = 0;
    std::vector<Line> lines; ///< Text and Heading
    int headerRows = 0;      ///< Table
    std::vector<qreal> rowTop, rowBottom;
};

/// A place where a page may end: the page stops drawing at `end`, the next one starts at
/// `start` (at a row boundary `start` lies above `end`, so both pages draw the border line).
struct Cut
{
    qreal end = 0;
    qreal start = 0;
    qreal repeatTop = -1;
    qreal repeatBottom = -1;
    bool preferred = true; ///< false: it breaks a keeping rule, taken only when nothing else fits
};

std::vector<Line> linesOf(const QTextBlock &block, QAbstractTextDocumentLayout *layout)
{
    std::vector<Line> lines;
    const QTextLayout *textLayout = block.layout();
    if (!textLayout)
        return lines;
    const qreal origin = layout->blockBoundingRect(block).top() - textLayout->boundingRect().top();
    for (int i = 0; i < textLayout->lineCount(); ++i) {
        const QTextLine line = textLayout->lineAt(i);
        lines.push_back({origin + line.y(), origin + line.y() + line.height()});
    }
    // QTextLine::height() is rounded up: a line ends where the next one starts, so that a cut
    // between them leaves each whole on its own side.
    for (std::size_t i = 0; i + 1 < lines.size(); ++i)
        lines[i].bottom = std::min(lines[i].bottom, lines[i + 1].top);
    return lines;
}

bool isEmpty(const QTextBlock &block)
{
    return block.text().trimmed().isEmpty();
}

bool holdsSignature(QTextTable *table)
{
    QTextDocument *document = table->document();
    for (QTextBlock block = document->findBlock(table->firstPosition());
         block.isValid() && block.position() <= table->lastPosition(); block = block.next()) {
        for (auto it = block.begin(); !it.atEnd(); ++it) {
            if (it.fragment().charFormat().anchorNames().contains(kSignatureAnchor))
                return true;
        }
    }
    return false;
}

/// The extent of a table and of each of its rows, from the text of the cells and their
/// padding (the layout does not tell the rows' geometry otherwise).
Item tableItem(QTextTable *table, QAbstractTextDocumentLayout *layout, qreal px)
{
    Item item;
    item.kind = holdsSignature(table) ? Item::Kind::Signature : Item::Kind::Table;
    const QTextTableFormat format = table->format();
    item.headerRows = std::min(format.headerRowCount(), table->rows());
    const qreal border = format.border() * px;
    const qreal padding = format.cellPadding() * px;
    QTextDocument *document = table->document();
    const int rows = table->rows();
    item.rowTop.assign(static_cast<std::size_t>(rows), std::numeric_limits<qreal>::max());
    item.rowBottom.assign(static_cast<std::size_t>(rows), std::numeric_limits<qreal>::lowest());
    for (int row = 0; row < rows; ++row) {
        for (int column = 0; column < table->columns(); ++column) {
            const QTextTableCell cell = table->cellAt(row, column);
            if (cell.row() != row || cell.column() != column || cell.rowSpan() != 1)
                continue;
            const QTextTableCellFormat cellFormat = cell.format().toTableCellFormat();
            const qreal top = cellFormat.hasProperty(QTextFormat::TableCellTopPadding)
                                  ? cellFormat.topPadding() * px
                                  : padding;
            const qreal bottom = cellFormat.hasProperty(QTextFormat::TableCellBottomPadding)
                                     ? cellFormat.bottomPadding() * px
                                     : padding;
            qreal first = std::numeric_limits<qreal>::max();
            qreal last = std::numeric_limits<qreal>::lowest();
            for (QTextBlock block = document->findBlock(cell.firstPosition());
                 block.isValid() && block.position() <= cell.lastPosition(); block = block.next()) {
                const QRectF box = layout->blockBoundingRect(block);
                first = std::min(first, box.top());
                last = std::max(last, box.bottom());
            }
            if (first > last)
                continue;
            auto &rowTop = item.rowTop[static_cast<std::size_t>(row)];
            auto &rowBottom = item.rowBottom[static_cast<std::size_t>(row)];
            rowTop = std::min(rowTop, first - top);
            rowBottom = std::max(rowBottom, last + bottom);
        }
    }
    // A row made only of cells spanning several rows: between its neighbours.
    for (int row = 0; row < rows; ++row) {
        auto r = static_cast<std::size_t>(row);
        if (item.rowTop[r] <= item.rowBottom[r])
            continue;
        item.rowTop[r] = row > 0 ? item.rowBottom[r - 1] + border : 0;
        item.rowBottom[r] = item.rowTop[r];
    }
    item.top = item.rowTop.empty() ? 0 : item.rowTop.front() - border;
    item.bottom = item.rowBottom.empty() ? item.top : item.rowBottom.back() + border;
    return item;
}

std::vector<Item> itemsOf(QTextDocument &document, qreal px)
{
    QAbstractTextDocumentLayout *layout = document.documentLayout();
    std::vector<Item> items;
    for (auto it = document.rootFrame()->begin(); !it.atEnd(); ++it) {
        if (QTextFrame *frame = it.currentFrame()) {
            if (auto *table = qobject_cast<QTextTable *>(frame)) {
                if (table->rows() > 0)
                    items.push_back(tableItem(table, layout, px));
            } else {
                const QRectF box = layout->frameBoundingRect(frame);
                Item item;
                item.top = box.top();
                item.bottom = box.bottom();
                item.lines.push_back({box.top(), box.bottom()});
                items.push_back(item);
            }
            continue;
        }
        const QTextBlock block = it.currentBlock();
        if (isEmpty(block))
            continue;
        Item item;
        item.kind = block.blockFormat().headingLevel() > 0 ? Item::Kind::Heading : Item::Kind::Text;
        item.lines = linesOf(block, layout);
        if (item.lines.empty())
            continue;
        item.top = item.lines.front().top;
        item.bottom = item.lines.back().bottom;
        items.push_back(item);
    }
    return items;
}

std::vector<Cut> cutsOf(const std::vector<Item> &items, qreal keepRowsHeight)
{
    std::vector<Cut> cuts;
    bool keeping = false; // inside a heading's keep zone
    for (std::size_t i = 0; i < items.size(); ++i) {
        const Item &item = items[i];
        const Item *next = i + 1 < items.size() ? &items[i + 1] : nullptr;
        const bool lastBeforeSignature = next && next->kind == Item::Kind::Signature;
        if (i > 0)
            cuts.push_back({items[i - 1].bottom, item.top, -1, -1,
                            !keeping && item.kind != Item::Kind::Signature});
        switch (item.kind) {
        case Item::Kind::Heading:
        case Item::Kind::Text: {
            const int n = static_cast<int>(item.lines.size());
            const bool heading = item.kind == Item::Kind::Heading;
            // A short paragraph between a heading and its table, or the last one before the
            // signature, is not divided.
            const bool whole = (keeping && n <= kShortIntro && next
                                && next->kind == Item::Kind::Table)
                               || (lastBeforeSignature && n <= kShortLast);
            for (int k = 1; k < n; ++k) {
                const bool preferred = !heading && !whole && k >= kKeep && n - k >= kKeep;
                cuts.push_back({item.lines[static_cast<std::size_t>(k - 1)].bottom,
                                item.lines[static_cast<std::size_t>(k)].top, -1, -1, preferred});
            }
            if (heading)
                keeping = true;
            else if (keeping)
                keeping = n <= kShortIntro && next && next->kind == Item::Kind::Table;
            break;
        }
        case Item::Kind::Table: {
            const int rows = static_cast<int>(item.rowTop.size());
            const int data = rows - item.headerRows;
            for (int row = item.headerRows + 1; row < rows; ++row) {
                const auto r = static_cast<std::size_t>(row);
                Cut cut{item.rowTop[r], item.rowBottom[r - 1]};
                if (item.headerRows > 0) {
                    cut.repeatTop = item.top;
                    cut.repeatBottom =
                        item.rowBottom[static_cast<std::size_t>(item.headerRows - 1)];
                }
                // Enough of the table on both sides: two rows, or rows this high.
                const int before = row - item.headerRows;
                const qreal above = item.rowTop[r]
                                    - item.rowTop[static_cast<std::size_t>(item.headerRows)];
                const qreal below = item.bottom - item.rowTop[r];
                cut.preferred = (before >= kKeep || above >= keepRowsHeight)
                                && (data - before >= kKeep || below >= keepRowsHeight);
                cuts.push_back(cut);
            }
            keeping = false;
            break;
        }
        case Item::Kind::Signature:
            keeping = false;
            break;
        }
    }
    return cuts;
}

std::vector<Line> allLines(QTextDocument &document)
{
    QAbstractTextDocumentLayout *layout = document.documentLayout();
    std::vector<Line> lines;
    for (QTextBlock block = document.begin(); block.isValid(); block = block.next()) {
        const std::vector<Line> own = linesOf(block, layout);
        lines.insert(lines.end(), own.begin(), own.end());
    }
    std::sort(lines.begin(), lines.end(),
              [](const Line &a, const Line &b) { return a.top > b.top; });
    return lines;
}

/// The lowest place in (top, limit] that no line of text crosses; `top` when there is none.
qreal cutBetweenLines(const std::vector<Line> &linesDescending, qreal top, qreal limit)
{
    qreal y = limit;
    bool moved = true;
    while (moved && y > top) {
        moved = false;
        for (const Line &line : linesDescending) {
            if (line.top < y - 0.01 && line.bottom > y + 0.01) {
                y = line.top;
                moved = true;
            }
        }
    }
    return y;
}

} // namespace

std::vector<PageSlice> paginate(QTextDocument &document, qreal firstPage, qreal page)
{
    const qreal px = cssPixel(document.documentLayout()->paintDevice());
    const std::vector<Item> items = itemsOf(document, px);
    if (items.empty())
        return {PageSlice{}};
    const std::vector<Cut> cuts = cutsOf(
        items, kKeepRowsMm * document.documentLayout()->paintDevice()->logicalDpiY() / 25.4);
    const qreal end = items.back().bottom;
    std::vector<Line> lines;

    static const bool debug = qEnvironmentVariableIsSet("KONVERGENSI_DEBUG_PAGES");
    if (debug) {
        for (const Item &item : items)
            qDebug("item kind %d %.1f-%.1f lines %d rows %d", int(item.kind), item.top, item.bottom,
                   int(item.lines.size()), int(item.rowTop.size()));
        for (const Cut &cut : cuts)
            qDebug("cut %.1f/%.1f %s", cut.end, cut.start, cut.preferred ? "pref" : "fallback");
    }
    std::vector<PageSlice> pages;
    PageSlice slice{items.front().top, 0};
    while (true) {
        const qreal header = slice.repeatTop >= 0 ? slice.repeatBottom - slice.repeatTop : 0;
        const qreal limit = slice.top + (pages.empty() ? firstPage : page) - header;
        if (limit >= end - 0.5) {
            slice.bottom = end;
            pages.push_back(slice);
            break;
        }
        const Cut *preferred = nullptr;
        const Cut *fallback = nullptr;
        for (const Cut &cut : cuts) {
            if (cut.end > limit || cut.end <= slice.top + 1 || cut.start <= slice.top + 1)
                continue;
            (cut.preferred ? preferred : fallback) = &cut;
        }
        PageSlice next;
        if (const Cut *cut = preferred ? preferred : fallback) {
            slice.bottom = cut->end;
            next.top = cut->start;
            next.repeatTop = cut->repeatTop;
            next.repeatBottom = cut->repeatBottom;
        } else {
            // Nothing fits whole (a table row taller than a page): end after the last line.
            if (lines.empty())
                lines = allLines(document);
            qreal y = cutBetweenLines(lines, slice.top + 1, limit);
            if (y <= slice.top + 1)
                y = limit;
            slice.bottom = y;
            next.top = y;
            for (const Item &item : items) {
                if (item.kind == Item::Kind::Table && item.headerRows > 0
                    && y > item.rowBottom[static_cast<std::size_t>(item.headerRows - 1)]
                    && y < item.bottom) {
                    next.repeatTop = item.top;
                    next.repeatBottom =
                        item.rowBottom[static_cast<std::size_t>(item.headerRows - 1)];
                }
            }
        }
        if (debug)
            qDebug("page %.1f-%.1f limit %.1f", slice.top, slice.bottom, limit);
        pages.push_back(slice);
        slice = next;
    }
    return pages;
}

} // namespace konvergensi::reports::detail

// SPDX-License-Identifier: GPL-3.0-or-later
#include "io/xlsx_sheet.h"

#include "io/logging.h"
#include "io/zip_archive.h"

#include <expat.h>

#include <algorithm>
#include <charconv>
#include <cmath>
#include <cstring>
#include <string>
#include <string_view>

namespace konvergensi::io::xlsx {

namespace {

using Archive = ZipArchive;

// ---- expat ---------------------------------------------------------------------------
// The sheet and its shared strings are the bulk of a workbook (66 MB of XML for 100,000
// children): they are read with expat, piece by piece as the archive unpacks them, so the
// sheet is never whole in memory and no text is turned into a QString before it is a value.

/// An expat parser. Namespaces are not resolved (that costs a string per element): a part
/// written with prefixes (<x:c>, as some generators do) is read by its local names.
struct ExpatParser
{
    ExpatParser()
        : parser(XML_ParserCreate(nullptr))
    {
    }
    ~ExpatParser()
    {
        if (parser)
            XML_ParserFree(parser);
    }
    ExpatParser(const ExpatParser &) = delete;
    ExpatParser &operator=(const ExpatParser &) = delete;

    XML_Parser parser;
};

/// "c" of "x:c" or of "c".
std::string_view localName(const XML_Char *name)
{
    const std::string_view text(name);
    const auto colon = text.rfind(':');
    return colon == std::string_view::npos ? text : text.substr(colon + 1);
}

/// The value of attribute `name` (its local name) in expat's list, or null.
const XML_Char *attribute(const XML_Char **attributes, std::string_view name)
{
    for (int i = 0; attributes[i]; i += 2) {
        if (localName(attributes[i]) == name)
            return attributes[i + 1];
    }
    return nullptr;
}

std::string_view trimmedView(std::string_view text)
{
    const auto first = text.find_first_not_of(" \t\r\n");
    if (first == std::string_view::npos)
        return {};
    const auto last = text.find_last_not_of(" \t\r\n");
    return text.substr(first, last - first + 1);
}

/// Collects the text of the <t> elements of a string item (<si> or <is>), skipping phonetic
/// runs (<rPh>).
struct StringItem
{
    int phonetic = 0;
    bool inText = false;
    std::string text;

    void start(std::string_view name)
    {
        if (name == "rPh")
            ++phonetic;
        else if (name == "t" && phonetic == 0)
            inText = true;
    }
    void end(std::string_view name)
    {
        if (name == "rPh")
            --phonetic;
        else if (name == "t")
            inText = false;
    }
    void characters(const XML_Char *data, int length)
    {
        if (inText)
            text.append(data, static_cast<std::size_t>(length));
    }
    void clear()
    {
        phonetic = 0;
        inText = false;
        text.clear();
    }
};

/// Feeds an archive entry to a parser; `handlerError` tells whether a handler stopped it.
template<typename Failed>
PartResult parsePart(Archive &archive, const QString &name, qsizetype maxBytes, XML_Parser parser,
                     Failed &&handlerStopped)
{
    bool xmlError = false;
    const auto status = archive.stream(name, maxBytes, [&](const char *bytes, int count) {
        if (XML_Parse(parser, bytes, count, XML_FALSE) != XML_STATUS_ERROR)
            return true;
        xmlError = true;
        return false;
    });
    if (status == Archive::Status::Ok
        && XML_Parse(parser, nullptr, 0, XML_TRUE) == XML_STATUS_ERROR)
        xmlError = true;
    if (const auto stopped = handlerStopped(); stopped != PartResult::Ok)
        return stopped;
    if (status == Archive::Status::Missing)
        return PartResult::Missing;
    if (status == Archive::Status::TooLarge)
        return PartResult::TooLarge;
    if (xmlError) {
        qCWarning(lcIo) << "xlsx part" << name
                        << "is not well-formed XML:" << XML_ErrorString(XML_GetErrorCode(parser))
                        << "line" << XML_GetCurrentLineNumber(parser);
        return PartResult::Damaged;
    }
    if (status != Archive::Status::Ok)
        return PartResult::Damaged;
    return PartResult::Ok;
}

/// xl/sharedStrings.xml: every <si> in order.
struct SharedStringsReader
{
    XML_Parser parser = nullptr;
    std::vector<QString> strings;
    StringItem item;
    bool inItem = false;
    bool tooMany = false;

    static void XMLCALL onStart(void *self, const XML_Char *name, const XML_Char **)
    {
        auto &reader = *static_cast<SharedStringsReader *>(self);
        const auto local = localName(name);
        if (local == "si") {
            reader.inItem = true;
            reader.item.clear();
        } else if (reader.inItem) {
            reader.item.start(local);
        }
    }
    static void XMLCALL onEnd(void *self, const XML_Char *name)
    {
        auto &reader = *static_cast<SharedStringsReader *>(self);
        const auto local = localName(name);
        if (local == "si" && reader.inItem) {
            reader.inItem = false;
            if (static_cast<qsizetype>(reader.strings.size()) >= kMaxTableCells) {
                reader.tooMany = true;
                XML_StopParser(reader.parser, XML_FALSE);
                return;
            }
            reader.strings.push_back(QString::fromUtf8(
                reader.item.text.data(), static_cast<qsizetype>(reader.item.text.size())));
        } else if (reader.inItem) {
            reader.item.end(local);
        }
    }
    static void XMLCALL onText(void *self, const XML_Char *data, int length)
    {
        auto &reader = *static_cast<SharedStringsReader *>(self);
        if (reader.inItem)
            reader.item.characters(data, length);
    }
};

/// Column index (0-based) of a cell reference like "AB12"; -1 when it has no letters.
int columnOf(std::string_view reference)
{
    int column = 0;
    int letters = 0;
    for (const char c : reference) {
        if (c >= 'A' && c <= 'Z')
            column = column * 26 + (c - 'A' + 1);
        else if (c >= 'a' && c <= 'z')
            column = column * 26 + (c - 'a' + 1);
        else
            break;
        if (++letters > 3)
            return -1; // beyond XFD: not a real reference
    }
    return letters == 0 ? -1 : column - 1;
}

QString numberText(std::string_view raw)
{
    const std::string_view trimmed = trimmedView(raw);
    double value = 0;
    const auto [end, error] = std::from_chars(trimmed.data(), trimmed.data() + trimmed.size(),
                                              value);
    if (error != std::errc() || end != trimmed.data() + trimmed.size()) {
        // Not in the canonical form Excel writes ("+5", " 1e3 "): read as Qt reads numbers.
        const QString text = QString::fromUtf8(trimmed.data(),
                                               static_cast<qsizetype>(trimmed.size()));
        bool ok = false;
        value = text.toDouble(&ok);
        if (!ok)
            return text;
    }
    if (!std::isfinite(value))
        return QString::fromUtf8(trimmed.data(), static_cast<qsizetype>(trimmed.size()));
    // Whole numbers up to 2^53 are exact doubles: written with every digit (a 16-digit NIK
    // that Excel stored as a number stays 16 digits).
    if (value == std::floor(value) && std::fabs(value) < 9007199254740992.0)
        return QString::number(static_cast<qint64>(value));
    return QString::number(value, 'g', 15);
}

bool blank(const QStringList &fields)
{
    for (const QString &field : fields) {
        if (!field.trimmed().isEmpty())
            return false;
    }
    return true;
}

/// A worksheet's rows, handed on one by one as they are read: only cells with a value are
/// kept while a row is read (a cell far to the right, column XFD, costs one entry, not a row
/// padded to 16,384 columns), then laid out as fields.
struct SheetReader
{
    enum class Failure { None, Damaged, TooManyCells, Stopped };

    SheetReader(XML_Parser xmlParser, const std::vector<QString> &strings,
                const XlsxRowSink &rowSink)
        : parser(xmlParser)
        , shared(strings)
        , sink(rowSink)
    {
    }

    XML_Parser parser;
    const std::vector<QString> &shared;
    const XlsxRowSink &sink;
    Failure failure = Failure::None;

    bool inRow = false;
    int line = 0;
    int nextRowNumber = 1;
    int nextColumn = 0;
    std::vector<std::pair<int, QString>> cells;
    qsizetype rows = 0;
    qsizetype width = 0; // fields once the rows are laid out, blanks up to each row's last value

    bool inCell = false;
    int column = 0;
    std::string type;
    bool inValue = false;
    std::string raw;
    bool inInline = false;
    bool hasInline = false;
    StringItem inlineText;

    void fail(Failure why)
    {
        if (failure == Failure::None)
            failure = why;
        XML_StopParser(parser, XML_FALSE);
    }

    void startRow(const XML_Char **attributes)
    {
        int number = 0;
        if (const XML_Char *r = attribute(attributes, "r")) {
            const std::string_view text = trimmedView(r);
            const auto [end, error] = std::from_chars(text.data(), text.data() + text.size(),
                                                      number);
            if (error != std::errc() || end != text.data() + text.size())
                number = 0;
        }
        line = number > 0 ? number : nextRowNumber;
        nextRowNumber = line + 1;
        nextColumn = 0;
        cells.clear();
        inRow = true;
    }

    void startCell(const XML_Char **attributes)
    {
        const XML_Char *reference = attribute(attributes, "r");
        column = reference ? columnOf(reference) : -1;
        if (column < 0)
            column = nextColumn;
        if (column >= 16384)
            return fail(Failure::Damaged); // beyond XFD: not a real reference
        nextColumn = column + 1;
        const XML_Char *t = attribute(attributes, "t");
        type = t ? t : "";
        raw.clear();
        inlineText.clear();
        hasInline = false;
        inCell = true;
    }

    void endCell()
    {
        inCell = false;
        QString value;
        if (type == "s") {
            const std::string_view text = trimmedView(raw);
            int index = -1;
            const auto [end, error] = std::from_chars(text.data(), text.data() + text.size(),
                                                      index);
            if (error != std::errc() || end != text.data() + text.size() || index < 0
                || index >= static_cast<int>(shared.size()))
                return fail(Failure::Damaged);
            value = shared[static_cast<std::size_t>(index)];
        } else if (type == "inlineStr" || hasInline) {
            value = QString::fromUtf8(inlineText.text.data(),
                                      static_cast<qsizetype>(inlineText.text.size()));
        } else if (type == "b") {
            value = trimmedView(raw) == "1" ? QStringLiteral("TRUE") : QStringLiteral("FALSE");
        } else if (type == "str" || type == "e") {
            value = QString::fromUtf8(raw.data(), static_cast<qsizetype>(raw.size()));
        } else {
            value = numberText(raw);
        }
        if (value.isEmpty())
            return; // a formatted but empty cell holds nothing
        if (column >= kMaxTableColumns)
            return fail(Failure::TooManyCells);
        const auto same = std::find_if(cells.begin(), cells.end(),
                                       [this](const auto &cell) { return cell.first == column; });
        if (same != cells.end())
            same->second = std::move(value);
        else
            cells.emplace_back(column, std::move(value));
    }

    void endRow()
    {
        inRow = false;
        if (cells.empty())
            return;
        int last = 0;
        for (const auto &cell : cells)
            last = std::max(last, cell.first);
        width += last + 1;
        if (rows >= kMaxTableRows || width > kMaxTableCells)
            return fail(Failure::TooManyCells);
        ++rows;
        CsvRow row{line, {}};
        row.fields.resize(last + 1);
        for (auto &[index, value] : cells)
            row.fields[index] = std::move(value);
        cells.clear();
        if (blank(row.fields))
            return;
        if (!sink(std::move(row)))
            fail(Failure::Stopped);
    }

    static void XMLCALL onStart(void *self, const XML_Char *name, const XML_Char **attributes)
    {
        auto &reader = *static_cast<SheetReader *>(self);
        const auto local = localName(name);
        if (reader.inInline) {
            reader.inlineText.start(local);
        } else if (local == "c") {
            if (reader.inRow)
                reader.startCell(attributes);
        } else if (local == "row") {
            reader.startRow(attributes);
        } else if (reader.inCell && local == "v") {
            reader.inValue = true;
        } else if (reader.inCell && local == "is") {
            reader.inInline = true;
            reader.hasInline = true;
        }
    }
    static void XMLCALL onEnd(void *self, const XML_Char *name)
    {
        auto &reader = *static_cast<SheetReader *>(self);
        const auto local = localName(name);
        if (reader.inInline) {
            if (local == "is")
                reader.inInline = false;
            else
                reader.inlineText.end(local);
        } else if (local == "v") {
            reader.inValue = false;
        } else if (local == "c") {
            if (reader.inCell)
                reader.endCell();
        } else if (local == "row") {
            if (reader.inRow)
                reader.endRow();
        }
    }
    static void XMLCALL onText(void *self, const XML_Char *data, int length)
    {
        auto &reader = *static_cast<SheetReader *>(self);
        if (reader.inInline)
            reader.inlineText.characters(data, length);
        else if (reader.inValue)
            reader.raw.append(data, static_cast<std::size_t>(length));
    }
};

} // namespace

PartResult readSharedStrings(ZipArchive &archive, qsizetype maxBytes, std::vector<QString> &out)
{
    ExpatParser xml;
    if (!xml.parser)
        return PartResult::Damaged;
    SharedStringsReader reader;
    reader.parser = xml.parser;
    XML_SetUserData(xml.parser, &reader);
    XML_SetElementHandler(xml.parser, &SharedStringsReader::onStart, &SharedStringsReader::onEnd);
    XML_SetCharacterDataHandler(xml.parser, &SharedStringsReader::onText);
    const auto result = parsePart(
        archive, QStringLiteral("xl/sharedStrings.xml"), maxBytes, xml.parser,
        [&] { return reader.tooMany ? PartResult::TooManyCells : PartResult::Ok; });
    out = std::move(reader.strings);
    return result;
}

PartResult readSheetRows(ZipArchive &archive, const QString &path, qsizetype maxBytes,
                         const std::vector<QString> &shared, const XlsxRowSink &sink)
{
    ExpatParser xml;
    if (!xml.parser)
        return PartResult::Damaged;
    SheetReader reader(xml.parser, shared, sink);
    XML_SetUserData(xml.parser, &reader);
    XML_SetElementHandler(xml.parser, &SheetReader::onStart, &SheetReader::onEnd);
    XML_SetCharacterDataHandler(xml.parser, &SheetReader::onText);
    return parsePart(archive, path, maxBytes, xml.parser, [&] {
        switch (reader.failure) {
        case SheetReader::Failure::None:
            return PartResult::Ok;
        case SheetReader::Failure::Damaged:
            return PartResult::Damaged;
        case SheetReader::Failure::TooManyCells:
            return PartResult::TooManyCells;
        case SheetReader::Failure::Stopped:
            return PartResult::Stopped;
        }
        return PartResult::Damaged;
    });
}

} // namespace konvergensi::io::xlsx

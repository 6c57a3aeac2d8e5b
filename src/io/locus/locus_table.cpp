// SPDX-License-Identifier: GPL-3.0-or-later
#include "io/locus/locus_table.h"

#include <QCoreApplication>
#include <QRegularExpression>

#include <algorithm>
#include <cmath>
#include <set>

namespace konvergensi::io::locus_detail {

namespace {

QString q(const std::string &text)
{
    return QString::fromStdString(text);
}

QString cleanHeaderCell(const QString &cell)
{
    QString text = cell;
    text.remove(QChar(0xFEFF));
    text.remove(u'.');
    text.remove(u',');
    static const QRegularExpression drop(QStringLiteral("[()%:/]"));
    text.replace(drop, QStringLiteral(" "));
    text = text.simplified();
    if (text.endsWith(QLatin1String(" rp"), Qt::CaseInsensitive))
        text.chop(3);
    return text;
}

} // namespace

bool locateHeader(CsvTable &table, const std::vector<CsvColumn> &columns,
                  const std::vector<QStringList> &anyOf)
{
    std::vector<CsvRow> candidates;
    candidates.push_back(table.header);
    for (std::size_t i = 0; i < table.rows.size() && i < 5; ++i)
        candidates.push_back(table.rows[i]);
    for (std::size_t index = 0; index < candidates.size(); ++index) {
        QStringList cleaned;
        for (const QString &cell : candidates[index].fields)
            cleaned << cleanHeaderCell(cell);
        const CsvHeaderMap map(cleaned, columns);
        const bool qualifies = std::all_of(
            anyOf.begin(), anyOf.end(), [&](const QStringList &group) {
                return std::any_of(group.begin(), group.end(),
                                   [&](const QString &name) { return map.has(name); });
            });
        if (!qualifies)
            continue;
        CsvRow header = candidates[index];
        header.fields = cleaned;
        std::vector<CsvRow> rows(table.rows.begin() + static_cast<std::ptrdiff_t>(index),
                                 table.rows.end());
        // Trailing empty header cells (a merged title's width) do not count.
        int width = static_cast<int>(header.fields.size());
        while (width > 0 && header.fields.at(width - 1).trimmed().isEmpty())
            --width;
        std::vector<RowError> errors;
        for (CsvRow &row : rows) {
            int used = static_cast<int>(row.fields.size());
            while (used > 0 && row.fields.at(used - 1).trimmed().isEmpty())
                --used;
            if (used > width)
                errors.push_back(
                    {row.line, QCoreApplication::translate(
                                   "LocusImport",
                                   "the row has %1 fields but the header names only %2 columns. "
                                   "Is a separator or a quote missing?")
                                   .arg(used)
                                   .arg(width)});
            while (row.fields.size() < header.fields.size())
                row.fields << QString();
        }
        table.header = header;
        table.rows = std::move(rows);
        table.rowErrors = std::move(errors);
        return true;
    }
    return false;
}

QString VillageMatcher::normalizedName(const QString &name)
{
    QString text = name.toLower();
    static const QRegularExpression punctuation(QStringLiteral("[-.,'\\x{2019}()/]"));
    text.replace(punctuation, QStringLiteral(" "));
    text = text.simplified();
    for (const QLatin1String prefix :
         {QLatin1String("desa "), QLatin1String("kelurahan "), QLatin1String("kel "),
          QLatin1String("ds "), QLatin1String("kecamatan "), QLatin1String("kec ")}) {
        if (text.startsWith(prefix)) {
            text = text.mid(prefix.size());
            break;
        }
    }
    return text;
}

VillageMatcher::VillageMatcher(const core::RegionTree &tree, const core::RegionCode &district)
    : m_district(district)
{
    for (const core::Region *kecamatan : tree.children(district)) {
        if (kecamatan->level() != core::RegionLevel::Kecamatan)
            continue;
        for (const core::Region *village : tree.children(kecamatan->code)) {
            if (village->level() != core::RegionLevel::Village)
                continue;
            m_villages.push_back({village->code, kecamatan->code, normalizedName(q(village->name)),
                                  q(village->name), q(kecamatan->name),
                                  normalizedName(q(kecamatan->name))});
        }
    }
}

VillageMatcher::Match VillageMatcher::match(const QString &codeText, const QString &nameText,
                                            const QString &kecamatanText) const
{
    Match out;
    // A code, in the code column or in the village column.
    const QString trimmedCode = codeText.trimmed();
    const QString trimmedName = nameText.trimmed();
    for (const QString *candidate : {&trimmedCode, &trimmedName}) {
        const QString &text = *candidate;
        const bool fromCodeColumn = candidate == &trimmedCode;
        if (text.isEmpty())
            continue;
        const auto code = core::RegionCode::parse(text.toStdString());
        if (!code)
            continue;
        if (code->level() != core::RegionLevel::Village) {
            out.result = Result::NotAVillage;
            return out;
        }
        const auto held = std::find_if(m_villages.begin(), m_villages.end(),
                                       [&](const Entry &e) { return e.code == *code; });
        out.result = held != m_villages.end() ? Result::Found : Result::Unknown;
        if (held == m_villages.end())
            return out;
        out.code = code;
        // Both a code and a name given: they must name the same village, or the row is wrong
        // (which of the two is meant cannot be guessed).
        const QString name = nameText.trimmed();
        if (fromCodeColumn && !name.isEmpty() && !core::RegionCode::parse(name.toStdString())
            && normalizedName(name) != held->name) {
            out.result = Result::Disagree;
            out.heldName = held->shownName;
        }
        return out;
    }
    const QString name = normalizedName(nameText);
    if (name.isEmpty())
        return out;
    const QString kecamatan = kecamatanText.trimmed();
    const auto kecamatanCode = core::RegionCode::parse(kecamatan.toStdString());
    const QString kecamatanKey = normalizedName(kecamatan);
    std::vector<const Entry *> found;
    for (const Entry &e : m_villages) {
        if (e.name != name)
            continue;
        if (!kecamatan.isEmpty()) {
            const bool sameKecamatan = kecamatanCode ? e.kecamatan == *kecamatanCode
                                                     : e.kecamatanKey == kecamatanKey;
            if (!sameKecamatan)
                continue;
        }
        found.push_back(&e);
    }
    if (found.size() == 1) {
        out.result = Result::Found;
        out.code = found.front()->code;
    } else if (found.size() > 1) {
        out.result = Result::Ambiguous;
        for (const Entry *e : found)
            out.kecamatanChoices << e->kecamatanName;
    }
    return out;
}

} // namespace konvergensi::io::locus_detail

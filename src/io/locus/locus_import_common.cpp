// SPDX-License-Identifier: GPL-3.0-or-later
#include "io/locus/locus_import_common.h"

#include "storage/database.h"
#include "storage/regions/region_repository.h"

#include <QCoreApplication>

namespace konvergensi::io::locus_detail {

CsvColumn codeColumn()
{
    return {kCode,
            {QStringLiteral("kode"), QStringLiteral("kode_desa"), QStringLiteral("kode_wilayah"),
             QStringLiteral("kode_kemendagri"), QStringLiteral("village_code")},
            false};
}

CsvColumn villageColumn()
{
    return {kVillage,
            {QStringLiteral("desa"), QStringLiteral("nama_desa"), QStringLiteral("desa_kelurahan"),
             QStringLiteral("nama_desa_kelurahan"), QStringLiteral("kelurahan"),
             QStringLiteral("village_name"), QStringLiteral("name"), QStringLiteral("nama"),
             QStringLiteral("desa_lokus")},
            false};
}

CsvColumn kecamatanColumn()
{
    return {
        kKecamatan, {QStringLiteral("nama_kecamatan"), QStringLiteral("kode_kecamatan")}, false};
}

District districtOf(storage::Database &db)
{
    District out;
    storage::RegionRepository regions(db);
    if (const auto district = regions.district()) {
        out.code = district->code;
        out.name = q(district->name);
        out.tree = regions.tree();
    }
    return out;
}

QString noDistrictError()
{
    return QCoreApplication::translate(
        "LocusImport", "The workspace has no district yet. Import the region list first.");
}

/// The checks both importers make before reading rows: the file, the year, the workspace's
/// district, the header row, each column once, at least one row. nullopt with
/// report.fileError set when one fails; the rows' field-count errors go to report.errors.
std::optional<PreparedTable> prepareTable(storage::Database &db, int year, const CsvTable &input,
                                          const TableRules &rules, LocusImportReport &report)
{
    if (!input.fileError.isEmpty()) {
        report.fileError = input.fileError;
        return std::nullopt;
    }
    if (year < 2000 || year > 2100) {
        // The use case checks the year first and words core's rule
        // (reports::locusProblemText); this is the safety net.
        report.fileError =
            QCoreApplication::translate("LocusImport", "The year %1 cannot be imported.").arg(year);
        return std::nullopt;
    }
    District district = districtOf(db);
    if (!district.code) {
        report.fileError = noDistrictError();
        return std::nullopt;
    }
    CsvTable table = input;
    if (!locus_detail::locateHeader(table, rules.columns, rules.required)) {
        report.fileError = rules.noHeader;
        return std::nullopt;
    }
    CsvHeaderMap header(table.header.fields, rules.columns);
    if (!header.repeated().isEmpty()) {
        report.fileError = QCoreApplication::translate(
                               "LocusImport",
                               "The column \"%1\" appears more than once in the header row.")
                               .arg(header.repeated().constFirst());
        return std::nullopt;
    }
    report.rowsRead = static_cast<int>(table.rows.size());
    if (table.rows.empty()) {
        report.fileError = rules.noRows;
        return std::nullopt;
    }
    std::set<int> miscounted;
    for (const RowError &error : table.rowErrors) {
        miscounted.insert(error.line);
        report.errors.push_back(error);
    }
    return PreparedTable{std::move(table), std::move(header), std::move(district),
                         std::move(miscounted)};
}

/// Matches the village of a row; on failure records the error (and the unmatched name).
std::optional<core::RegionCode> matchVillage(const VillageMatcher &matcher,
                                             const CsvHeaderMap &header, const CsvRow &row,
                                             const District &district, LocusImportReport &report)
{
    const QString code = header.value(row, kCode).trimmed();
    const QString name = header.value(row, kVillage).trimmed();
    const QString kecamatan = header.value(row, kKecamatan).trimmed();
    auto fail = [&](const QString &reason) { report.errors.push_back({row.line, reason}); };
    if (code.isEmpty() && name.isEmpty()) {
        fail(QCoreApplication::translate("LocusImport", "the village is empty."));
        return std::nullopt;
    }
    const VillageMatcher::Match match = matcher.match(code, name, kecamatan);
    const QString shown = name.isEmpty() ? code : name;
    switch (match.result) {
    case VillageMatcher::Result::Found:
        return match.code;
    case VillageMatcher::Result::NotAVillage:
        fail(QCoreApplication::translate("LocusImport",
                                         "%1 is not a desa/kelurahan code (it has to look like "
                                         "14.03.01.2001).")
                 .arg(code.isEmpty() ? name : code));
        return std::nullopt;
    case VillageMatcher::Result::Ambiguous:
        fail(QCoreApplication::translate("LocusImport",
                                         "there is a village named \"%1\" in more than one "
                                         "kecamatan (%2). Fill in the kecamatan column.")
                 .arg(shown, match.kecamatanChoices.join(QStringLiteral(", "))));
        return std::nullopt;
    case VillageMatcher::Result::Disagree:
        fail(QCoreApplication::translate("LocusImport",
                                         "the code %1 is the village \"%2\", but the row names "
                                         "\"%3\". Correct the code or the name.")
                 .arg(code, match.heldName, name));
        return std::nullopt;
    case VillageMatcher::Result::Unknown:
        break;
    }
    const QString listed =
        kecamatan.isEmpty()
            ? shown
            : QCoreApplication::translate("LocusImport", "%1 (Kecamatan %2)").arg(shown, kecamatan);
    if (!report.unmatched.contains(listed))
        report.unmatched << listed;
    if (kecamatan.isEmpty())
        fail(QCoreApplication::translate("LocusImport", "no village \"%1\" in %2.")
                 .arg(shown, district.name));
    else
        fail(QCoreApplication::translate("LocusImport", "no village \"%1\" in Kecamatan %2 of %3.")
                 .arg(shown, kecamatan, district.name));
    return std::nullopt;
}

QString notANumber(const QString &what, const QString &text)
{
    return QCoreApplication::translate("LocusImport", "%1 \"%2\" is not a number.").arg(what, text);
}

QString columnWord(const QString &column)
{
    if (column == kMeasured)
        return QCoreApplication::translate("LocusImport", "children measured");
    if (column == kStunted)
        return QCoreApplication::translate("LocusImport", "stunted children");
    if (column == kHouseholds)
        return QCoreApplication::translate("LocusImport", "1,000-HPK households");
    if (column == kRank)
        return QCoreApplication::translate("LocusImport", "rank");
    if (column == kTarget)
        return QCoreApplication::translate("LocusImport", "target");
    if (column == kAchieved)
        return QCoreApplication::translate("LocusImport", "achieved");
    if (column == kBudget)
        return QCoreApplication::translate("LocusImport", "APBDes allocation");
    if (column == kPrevalence)
        return QCoreApplication::translate("LocusImport", "prevalence");
    if (column == kPoverty)
        return QCoreApplication::translate("LocusImport", "poverty");
    return column;
}

} // namespace konvergensi::io::locus_detail

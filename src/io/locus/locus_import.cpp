// SPDX-License-Identifier: GPL-3.0-or-later
#include "io/locus/locus_import.h"

#include "io/locus/locus_table.h"
#include "io/logging.h"
#include "io/prevalence/prevalence_import.h"
#include "io/xlsx_reader.h"

#include "core/locus/locus.h"
#include "core/locus/locus_scorecard.h"
#include "storage/database.h"
#include "storage/locus/locus_repository.h"
#include "storage/locus/scorecard_repository.h"
#include "storage/regions/region_repository.h"
#include "storage/storage_error.h"
#include "storage/text_check.h"
#include "storage/transaction.h"

#include <QCoreApplication>

#include <new>

#include <algorithm>
#include <exception>
#include <map>
#include <set>

namespace konvergensi::io {

using locus_detail::VillageMatcher;

namespace {

QString q(const std::string &text)
{
    return QString::fromStdString(text);
}

const QString kCode = QStringLiteral("code");
const QString kVillage = QStringLiteral("village");
const QString kKecamatan = QStringLiteral("kecamatan");
const QString kRank = QStringLiteral("rank");
const QString kReason = QStringLiteral("reason");
const QString kMeasured = QStringLiteral("measured");
const QString kStunted = QStringLiteral("stunted");
const QString kPrevalence = QStringLiteral("prevalence");
const QString kHouseholds = QStringLiteral("target_households");
const QString kPoverty = QStringLiteral("poverty");
const QString kPackage = QStringLiteral("package");
const QString kIndicator = QStringLiteral("indicator");
const QString kTarget = QStringLiteral("target");
const QString kAchieved = QStringLiteral("achieved");
const QString kBudget = QStringLiteral("apbdes");

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

std::vector<CsvColumn> listColumns()
{
    return {
        codeColumn(),
        villageColumn(),
        kecamatanColumn(),
        {kRank,
         {QStringLiteral("peringkat"), QStringLiteral("urutan"), QStringLiteral("ranking")},
         false},
        {kReason,
         {QStringLiteral("alasan"), QStringLiteral("keterangan"),
          QStringLiteral("alasan_penetapan"), QStringLiteral("catatan")},
         false},
        {kMeasured,
         {QStringLiteral("children_measured"), QStringLiteral("balita_diukur"),
          QStringLiteral("diukur"), QStringLiteral("jumlah_balita_diukur"),
          QStringLiteral("jumlah_diukur")},
         false},
        {kStunted,
         {QStringLiteral("balita_stunting"), QStringLiteral("stunting"),
          QStringLiteral("jumlah_stunting"), QStringLiteral("jumlah_balita_stunting"),
          QStringLiteral("stunted_children"), QStringLiteral("kasus")},
         false},
        {kPrevalence,
         {QStringLiteral("prevalensi"), QStringLiteral("prevalensi_stunting"),
          QStringLiteral("persen_stunting"), QStringLiteral("prevalence_percent")},
         false},
        {kHouseholds,
         {QStringLiteral("sasaran_1000_hpk"), QStringLiteral("rumah_tangga_1000_hpk"),
          QStringLiteral("rt_1000_hpk"), QStringLiteral("households"),
          QStringLiteral("rumah_tangga_sasaran"), QStringLiteral("1000_hpk"),
          QStringLiteral("1000_hpk_households")},
         false},
        {kPoverty,
         {QStringLiteral("kemiskinan"), QStringLiteral("persen_miskin"),
          QStringLiteral("penduduk_miskin"), QStringLiteral("rumah_tangga_miskin"),
          QStringLiteral("poverty_percent"), QStringLiteral("angka_kemiskinan")},
         false},
    };
}

std::vector<CsvColumn> scorecardColumns()
{
    return {
        codeColumn(),
        villageColumn(),
        kecamatanColumn(),
        {kPackage,
         {QStringLiteral("paket"), QStringLiteral("paket_layanan"), QStringLiteral("layanan")},
         false},
        {kIndicator, {QStringLiteral("indikator"), QStringLiteral("nama_indikator")}, false},
        {kTarget,
         {QStringLiteral("sasaran"), QStringLiteral("target_sasaran"),
          QStringLiteral("jumlah_sasaran")},
         false},
        {kAchieved,
         {QStringLiteral("capaian"), QStringLiteral("tercapai"), QStringLiteral("jumlah_capaian"),
          QStringLiteral("realisasi")},
         false},
        {kBudget,
         {QStringLiteral("apbdes_stunting"), QStringLiteral("anggaran_apbdes"),
          QStringLiteral("anggaran"), QStringLiteral("anggaran_stunting"),
          QStringLiteral("budget")},
         false},
    };
}

/// The district and its region tree, or a file error when the workspace has none.
struct District
{
    std::optional<core::RegionCode> code;
    QString name;
    core::RegionTree tree;
};

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

/// A file read up to its rows, the same way for locus lists and scorecards.
struct PreparedTable
{
    CsvTable table; ///< with its header row found (title rows dropped)
    CsvHeaderMap header;
    District district;
    std::set<int> miscounted; ///< lines with the wrong number of fields (already reported)
};

struct TableRules
{
    std::vector<CsvColumn> columns;
    std::vector<QStringList> required; ///< groups of which one column each must be present
    QString yearProblem;               ///< the message when the year is out of range
    QString noHeader;                  ///< the message when no header row qualifies
    QString noRows;                    ///< the message when the header has no rows below it
};

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
        report.fileError = rules.yearProblem;
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

} // namespace

CsvTable LocusListImporter::readFile(const QString &path)
{
    // One rule for every importer: UTF-8 (with or without BOM); other encodings are refused
    // with the "save as CSV UTF-8" message.
    return readTableFile(path);
}

LocusListImporter::LocusListImporter(storage::Database &db)
    : m_db(db)
{
}

LocusImportReport LocusListImporter::check(int year, const CsvTable &table) const
{
    return withFirstErrors(run(year, table, false, true));
}

LocusImportReport LocusListImporter::import(int year, const CsvTable &table, bool replaceExisting)
{
    return withFirstErrors(run(year, table, true, replaceExisting));
}

LocusImportReport LocusListImporter::checkFile(int year, const QString &path) const
{
    return withFirstErrors(run(year, readFile(path), false, true));
}

LocusImportReport LocusListImporter::importFile(int year, const QString &path, bool replaceExisting)
{
    return withFirstErrors(run(year, readFile(path), true, replaceExisting));
}

LocusImportReport LocusListImporter::run(int year, const CsvTable &input, bool apply,
                                         bool replaceExisting) const
{
    LocusImportReport report;
    try {
        const auto prepared = prepareTable(
            m_db, year, input,
            {listColumns(),
             {{kCode, kVillage}},
             storage::locusProblemText(core::LocusProblem::YearOutOfRange),
             QCoreApplication::translate(
                 "LocusImport",
                 "No header row naming the villages was found. The first row (after any title "
                 "rows) must name the columns: kode (code) or desa (village), and optionally "
                 "kecamatan, peringkat (rank), alasan (reason), balita_diukur, balita_stunting, "
                 "prevalensi, sasaran_1000_hpk, kemiskinan."),
             QCoreApplication::translate("LocusImport",
                                         "The file has a header row but no villages.")},
            report);
        if (!prepared)
            return report;
        const auto &[table, header, district, miscounted] = *prepared;
        const VillageMatcher matcher(district.tree, *district.code);
        std::map<core::RegionCode, int> seenVillage;
        std::map<std::int64_t, int> seenRank;
        struct Parsed
        {
            core::LocusVillage village;
            std::optional<std::int64_t> rank;
            int order = 0;
        };
        std::vector<Parsed> parsed;
        for (const CsvRow &row : table.rows) {
            if (miscounted.contains(row.line))
                continue;
            const std::size_t errorsBefore = report.errors.size();
            auto fail = [&](const QString &reason) { report.errors.push_back({row.line, reason}); };
            const auto code = matchVillage(matcher, header, row, district, report);
            auto count = [&](const QString &column) -> std::optional<std::int64_t> {
                bool ok = true;
                const QString text = header.value(row, column).trimmed();
                const auto value = locus_detail::parseCount(text, ok);
                if (!ok)
                    fail(QCoreApplication::translate("LocusImport",
                                                     "%1 \"%2\" is not a whole number.")
                             .arg(columnWord(column), text));
                return value;
            };
            auto decimal = [&](const QString &column) -> std::optional<double> {
                bool ok = true;
                const QString text = header.value(row, column).trimmed();
                const auto value = locus_detail::parseDecimal(text, ok);
                if (!ok)
                    fail(notANumber(columnWord(column), text));
                return value;
            };
            const auto rank = count(kRank);
            core::LocusEvidence evidence;
            evidence.childrenMeasured = count(kMeasured);
            evidence.stunted = count(kStunted);
            evidence.prevalencePercent = decimal(kPrevalence);
            evidence.targetHouseholds = count(kHouseholds);
            evidence.povertyPercent = decimal(kPoverty);
            if (rank) {
                if (*rank < 1)
                    fail(storage::locusProblemText(core::LocusProblem::RankNotPositive));
                else if (const auto [it, fresh] = seenRank.emplace(*rank, row.line); !fresh)
                    fail(QCoreApplication::translate("LocusImport",
                                                     "rank %1 is already given on line %2.")
                             .arg(*rank)
                             .arg(it->second));
            }
            if (!code || report.errors.size() != errorsBefore)
                continue;
            if (const auto [it, fresh] = seenVillage.emplace(*code, row.line); !fresh) {
                fail(QCoreApplication::translate("LocusImport",
                                                 "the village %1 is already on line %2.")
                         .arg(q(code->toString()))
                         .arg(it->second));
                continue;
            }
            core::LocusVillage village(*code, year);
            village.rank = 1;
            village.origin = core::LocusOrigin::Imported;
            village.reason = header.value(row, kReason).trimmed().toStdString();
            if (const QString error = storage::textError(
                    village.reason, core::TextKind::Title,
                    QCoreApplication::translate("LocusImport", "reason"));
                !error.isEmpty()) {
                fail(error);
                continue;
            }
            village.evidence = evidence;
            if (const auto problems = core::validate(village); !problems.empty()) {
                fail(storage::locusProblemText(problems.front()));
                continue;
            }
            parsed.push_back({std::move(village), rank, static_cast<int>(parsed.size())});
        }
        std::sort(report.errors.begin(), report.errors.end(),
                  [](const RowError &a, const RowError &b) { return a.line < b.line; });
        if (!report.errors.empty())
            return report;

        std::stable_sort(parsed.begin(), parsed.end(), [](const Parsed &a, const Parsed &b) {
            if (a.rank.has_value() != b.rank.has_value())
                return a.rank.has_value();
            if (a.rank && *a.rank != *b.rank)
                return *a.rank < *b.rank;
            return a.order < b.order;
        });
        std::vector<core::LocusVillage> villages;
        for (Parsed &p : parsed)
            villages.push_back(std::move(p.village));
        core::renumber(villages);
        report.villages = static_cast<int>(villages.size());
        storage::LocusRepository repository(m_db);
        report.replaced = static_cast<int>(repository.count(year));
        if (!apply)
            return report;
        if (const auto hook = beforeWriteHook())
            hook(); // a copy: the hook may replace itself
        // Whether the year's list may be replaced is decided inside the write transaction.
        storage::Transaction transaction(m_db);
        m_db.verifyBeforeWrite();
        report.replaced = static_cast<int>(repository.count(year));
        if (report.replaced > 0 && !replaceExisting) {
            report.refusedExisting = true;
            return report;
        }
        repository.replaceList(year, villages, {});
        transaction.commit();
        report.applied = true;
        qCInfo(lcIo) << "locus list imported for" << year << ":" << report.villages << "villages";
    } catch (const storage::StorageError &error) {
        report.applied = false;
        report.fileError = error.message();
    } catch (const std::exception &error) {
        qCWarning(lcIo) << "locus import failed:" << error.what();
        report.applied = false;
        report.fileError =
            dynamic_cast<const std::bad_alloc *>(&error)
                ? QCoreApplication::translate("LocusImport", "The file is too large to import: "
                                                             "there is not enough memory.")
                : QCoreApplication::translate("LocusImport", "The file could not be imported.");
    }
    return report;
}

ScorecardImporter::ScorecardImporter(storage::Database &db)
    : m_db(db)
{
}

LocusImportReport ScorecardImporter::check(int year, const CsvTable &table) const
{
    return withFirstErrors(run(year, table, false));
}

LocusImportReport ScorecardImporter::import(int year, const CsvTable &table)
{
    return withFirstErrors(run(year, table, true));
}

LocusImportReport ScorecardImporter::checkFile(int year, const QString &path) const
{
    return withFirstErrors(run(year, LocusListImporter::readFile(path), false));
}

LocusImportReport ScorecardImporter::importFile(int year, const QString &path)
{
    return withFirstErrors(run(year, LocusListImporter::readFile(path), true));
}

LocusImportReport ScorecardImporter::run(int year, const CsvTable &input, bool apply) const
{
    LocusImportReport report;
    try {
        const auto prepared = prepareTable(
            m_db, year, input,
            {scorecardColumns(),
             {{kCode, kVillage}, {kPackage}, {kIndicator}, {kTarget}, {kAchieved}},
             storage::scorecardProblemText(core::ScorecardProblem::YearOutOfRange),
             QCoreApplication::translate(
                 "LocusImport",
                 "No header row was found. The first row (after any title rows) must name the "
                 "columns: kode (code) or desa (village), paket (package), indikator (indicator), "
                 "sasaran (target), capaian (achieved); optionally kecamatan and apbdes."),
             QCoreApplication::translate("LocusImport",
                                         "The file has a header row but no indicators.")},
            report);
        if (!prepared)
            return report;
        const auto &[table, header, district, miscounted] = *prepared;
        const VillageMatcher matcher(district.tree, *district.code);
        std::map<core::RegionCode, core::Scorecard> cards;
        std::map<core::RegionCode, std::pair<std::optional<std::int64_t>, int>> budgets;
        std::map<std::tuple<core::RegionCode, core::ServicePackage, QString>, int> seen;
        for (const CsvRow &row : table.rows) {
            if (miscounted.contains(row.line))
                continue;
            const std::size_t errorsBefore = report.errors.size();
            auto fail = [&](const QString &reason) { report.errors.push_back({row.line, reason}); };
            const auto code = matchVillage(matcher, header, row, district, report);
            const QString packageText = header.value(row, kPackage).trimmed();
            const auto package = core::servicePackageFromString(packageText.toStdString());
            if (!package)
                fail(QCoreApplication::translate(
                         "LocusImport",
                         "unknown service package \"%1\": use KIA, konseling gizi, air bersih dan "
                         "sanitasi, perlindungan sosial or PAUD.")
                         .arg(packageText));
            const QString name = header.value(row, kIndicator).simplified();
            if (name.isEmpty())
                fail(QCoreApplication::translate("LocusImport", "the indicator is empty."));
            else if (const QString error = storage::textError(
                         header.value(row, kIndicator).trimmed().toStdString(),
                         core::TextKind::Name,
                         QCoreApplication::translate("LocusImport", "indicator"));
                     !error.isEmpty())
                fail(error);
            auto count = [&](const QString &column, bool required) -> std::optional<std::int64_t> {
                bool ok = true;
                const QString text = header.value(row, column).trimmed();
                const auto value = locus_detail::parseCount(text, ok);
                if (!ok)
                    fail(QCoreApplication::translate("LocusImport",
                                                     "%1 \"%2\" is not a whole number.")
                             .arg(columnWord(column), text));
                else if (required && !value)
                    fail(QCoreApplication::translate("LocusImport", "the %1 is empty.")
                             .arg(columnWord(column)));
                return value;
            };
            const auto target = count(kTarget, true);
            const auto achieved = count(kAchieved, true);
            const auto budget = count(kBudget, false);
            if (target && achieved && *achieved > *target)
                fail(QCoreApplication::translate("LocusImport",
                                                 "achieved (%1) is more than the target (%2).")
                         .arg(*achieved)
                         .arg(*target));
            if (!code || report.errors.size() != errorsBefore)
                continue;
            const auto key = std::tuple(*code, *package, name.toLower());
            if (const auto [it, fresh] = seen.emplace(key, row.line); !fresh) {
                fail(QCoreApplication::translate(
                         "LocusImport", "the indicator \"%1\" of %2 is already on line %3.")
                         .arg(name, q(code->toString()))
                         .arg(it->second));
                continue;
            }
            if (budget) {
                auto &[heldBudget, line] = budgets[*code];
                if (heldBudget && *heldBudget != *budget) {
                    fail(QCoreApplication::translate(
                             "LocusImport",
                             "the APBDes allocation differs from the one on line %1 for the "
                             "same village.")
                             .arg(line));
                    continue;
                }
                heldBudget = budget;
                line = row.line;
            }
            auto [it, fresh] = cards.try_emplace(*code, *code, year);
            it->second.indicators.push_back({*package, name.toStdString(), *target, *achieved});
        }
        std::sort(report.errors.begin(), report.errors.end(),
                  [](const RowError &a, const RowError &b) { return a.line < b.line; });
        if (!report.errors.empty())
            return report;
        std::vector<core::Scorecard> out;
        storage::ScorecardRepository repository(m_db);
        for (auto &[code, card] : cards) {
            if (const auto it = budgets.find(code); it != budgets.end())
                card.apbdesStunting = it->second.first;
            if (repository.find(code, year))
                ++report.replaced;
            out.push_back(std::move(card));
        }
        report.villages = static_cast<int>(out.size());
        if (!apply)
            return report;
        storage::Transaction transaction(m_db);
        m_db.verifyBeforeWrite();
        repository.replace(out);
        transaction.commit();
        report.applied = true;
        qCInfo(lcIo) << "scorecards imported for" << year << ":" << report.villages << "villages";
    } catch (const storage::StorageError &error) {
        report.applied = false;
        report.fileError = error.message();
    } catch (const std::exception &error) {
        qCWarning(lcIo) << "scorecard import failed:" << error.what();
        report.applied = false;
        report.fileError =
            dynamic_cast<const std::bad_alloc *>(&error)
                ? QCoreApplication::translate("LocusImport", "The file is too large to import: "
                                                             "there is not enough memory.")
                : QCoreApplication::translate("LocusImport", "The file could not be imported.");
    }
    return report;
}

} // namespace konvergensi::io

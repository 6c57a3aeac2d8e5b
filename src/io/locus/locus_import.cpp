// SPDX-License-Identifier: GPL-3.0-or-later
#include "io/locus/locus_import.h"

#include "io/locus/locus_import_common.h"
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

using namespace locus_detail;

namespace {

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
        // Named references, not a structured binding: the lambdas below use `header`, and
        // clang before 16 cannot capture a structured binding.
        const CsvTable &table = prepared->table;
        const CsvHeaderMap &header = prepared->header;
        const District &district = prepared->district;
        const std::set<int> &miscounted = prepared->miscounted;
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
            auto broken = [&](core::LocusProblem rule) {
                report.errors.push_back({row.line, QString(), rule});
            };
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
                    broken(core::LocusProblem::RankNotPositive);
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
                broken(problems.front());
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
        report.fileError = importFailureText(
            error, QCoreApplication::translate("LocusImport", "The file could not be imported."));
    }
    return report;
}

} // namespace konvergensi::io

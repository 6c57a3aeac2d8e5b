// SPDX-License-Identifier: GPL-3.0-or-later
// The scorecard importer (ScorecardImporter of locus_import.h).
#include "io/locus/locus_import.h"

#include "io/locus/locus_import_common.h"
#include "io/locus/locus_table.h"
#include "io/logging.h"
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

} // namespace

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
        // Named references, not a structured binding: the lambdas below use `header`, and
        // clang before 16 cannot capture a structured binding.
        const CsvTable &table = prepared->table;
        const CsvHeaderMap &header = prepared->header;
        const District &district = prepared->district;
        const std::set<int> &miscounted = prepared->miscounted;
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
        report.fileError = importFailureText(
            error, QCoreApplication::translate("LocusImport", "The file could not be imported."));
    }
    return report;
}

} // namespace konvergensi::io

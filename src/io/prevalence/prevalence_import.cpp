// SPDX-License-Identifier: GPL-3.0-or-later
#include "io/prevalence/prevalence_import.h"

#include "io/logging.h"
#include "io/number_text.h"
#include "io/xlsx_reader.h"

#include "core/text.h"
#include "storage/database.h"
#include "storage/prevalence/prevalence_repository.h"
#include "storage/storage_error.h"
#include "storage/text_check.h"
#include "storage/transaction.h"

#include <QCoreApplication>

#include <QRegularExpression>
#include <new>

#include <algorithm>
#include <cmath>
#include <exception>
#include <map>
#include <set>

namespace konvergensi::io {

namespace {

const QString kArea = QStringLiteral("area");
const QString kYear = QStringLiteral("year");
const QString kRound = QStringLiteral("round");
const QString kSource = QStringLiteral("source");
const QString kIndicator = QStringLiteral("indicator");
const QString kMeasured = QStringLiteral("measured");
const QString kCases = QStringLiteral("cases");
const QString kRate = QStringLiteral("rate");
const QString kEligible = QStringLiteral("eligible");
const QString kNote = QStringLiteral("note");

std::vector<CsvColumn> columns()
{
    return {
        {kArea,
         {QStringLiteral("kode_wilayah"), QStringLiteral("kode"), QStringLiteral("code"),
          QStringLiteral("wilayah"), QStringLiteral("region"), QStringLiteral("kode_area")},
         true},
        {kYear, {QStringLiteral("tahun")}, true},
        {kRound,
         {QStringLiteral("putaran"), QStringLiteral("bulan"), QStringLiteral("periode")},
         false},
        {kSource, {QStringLiteral("sumber")}, true},
        {kIndicator, {QStringLiteral("indikator")}, false},
        {kMeasured,
         {QStringLiteral("diukur"), QStringLiteral("jumlah_diukur"),
          QStringLiteral("balita_diukur"), QStringLiteral("children_measured")},
         false},
        {kCases,
         {QStringLiteral("kasus"), QStringLiteral("jumlah_kasus"), QStringLiteral("stunting")},
         false},
        {kRate,
         {QStringLiteral("prevalensi"), QStringLiteral("persen"), QStringLiteral("prevalence"),
          QStringLiteral("published_rate")},
         false},
        {kEligible,
         {QStringLiteral("sasaran"), QStringLiteral("balita_sasaran"),
          QStringLiteral("jumlah_sasaran")},
         false},
        {kNote, {QStringLiteral("catatan"), QStringLiteral("keterangan")}, false},
    };
}

QString headerError(const CsvHeaderMap &header)
{
    if (!header.missingRequired().isEmpty())
        return QCoreApplication::translate(
                   "PrevalenceImport",
                   "The first row must name the columns. Missing: %1. Required are area (or "
                   "kode_wilayah), year (tahun) and source (sumber); then round (putaran), "
                   "indicator (indikator), measured (diukur), cases (kasus), rate (prevalensi), "
                   "eligible (sasaran), note (catatan).")
            .arg(header.missingRequired().join(QStringLiteral(", ")));
    if (!header.repeated().isEmpty())
        return QCoreApplication::translate(
                   "PrevalenceImport", "The column \"%1\" appears more than once in the first row.")
            .arg(header.repeated().constFirst());
    if (!header.has(kRate) && !(header.has(kMeasured) && header.has(kCases)))
        return QCoreApplication::translate(
            "PrevalenceImport",
            "The file needs either a rate (prevalensi) column or both the measured "
            "(diukur) and cases (kasus) columns.");
    return {};
}

std::string keyOf(const core::PrevalenceObservation &o)
{
    return o.area.key() + '|' + std::string(core::toString(o.indicator)) + '|'
           + std::string(core::toString(o.source)) + '|' + std::to_string(o.year) + '|'
           + std::string(core::toString(o.round));
}

} // namespace

std::function<void()> &beforeWriteHook()
{
    static std::function<void()> hook;
    return hook;
}

void setImportBeforeWriteHookForTesting(std::function<void()> hook)
{
    beforeWriteHook() = std::move(hook);
}

PrevalenceImporter::PrevalenceImporter(storage::Database &db)
    : m_db(db)
{
}

PrevalenceImportReport PrevalenceImporter::check(const CsvTable &table) const
{
    return withFirstErrors(run(table, false, ConflictPolicy::Refuse));
}

PrevalenceImportReport PrevalenceImporter::import(const CsvTable &table, ConflictPolicy policy)
{
    return withFirstErrors(run(table, true, policy));
}

PrevalenceImportReport PrevalenceImporter::checkFile(const QString &path) const
{
    return withFirstErrors(run(readTableFile(path), false, ConflictPolicy::Refuse));
}

PrevalenceImportReport PrevalenceImporter::importFile(const QString &path, ConflictPolicy policy)
{
    return withFirstErrors(run(readTableFile(path), true, policy));
}

PrevalenceImportReport PrevalenceImporter::run(const CsvTable &table, bool apply,
                                               ConflictPolicy policy) const
{
    PrevalenceImportReport report;
    try {
        if (!table.fileError.isEmpty()) {
            report.fileError = table.fileError;
            return report;
        }
        const CsvHeaderMap header(table.header.fields, columns());
        if (const QString error = headerError(header); !error.isEmpty()) {
            report.fileError = error;
            return report;
        }
        report.rowsRead = static_cast<int>(table.rows.size());
        if (table.rows.empty()) {
            report.fileError = QCoreApplication::translate(
                "PrevalenceImport", "The file has a header row but no figures.");
            return report;
        }
        storage::PrevalenceRepository repository(m_db);
        std::set<int> miscounted;
        for (const RowError &error : table.rowErrors) {
            miscounted.insert(error.line);
            report.errors.push_back(error);
        }
        std::map<std::string, int> seen;
        std::vector<std::pair<int, core::PrevalenceObservation>> good;
        for (const CsvRow &row : table.rows) {
            if (miscounted.contains(row.line))
                continue;
            auto fail = [&](const QString &reason) { report.errors.push_back({row.line, reason}); };
            core::PrevalenceObservation o;
            // Area.
            const QString areaText = header.value(row, kArea).trimmed();
            const auto area = core::PrevalenceArea::fromText(areaText.toStdString());
            if (!area) {
                fail(QCoreApplication::translate("PrevalenceImport",
                                                 "the area (region code) is empty."));
                continue;
            }
            o.area = *area;
            if (!repository.areaExists(o.area)) {
                fail(QCoreApplication::translate(
                         "PrevalenceImport",
                         "the area \"%1\" is neither a region of the workspace, a known "
                         "puskesmas nor \"nasional\".")
                         .arg(areaText));
                continue;
            }
            // Period, source, indicator.
            bool ok = false;
            const QString yearText = header.value(row, kYear).trimmed();
            o.year = yearText.toInt(&ok);
            if (!ok) {
                fail(QCoreApplication::translate("PrevalenceImport",
                                                 "the year \"%1\" is not a year.")
                         .arg(yearText));
                continue;
            }
            const QString sourceText = header.value(row, kSource).trimmed();
            const auto source = core::prevalenceSourceFromString(sourceText.toStdString());
            if (!source) {
                fail(QCoreApplication::translate(
                         "PrevalenceImport",
                         "the source \"%1\" is unknown. Use SSGI, SKI, Riskesdas, e-PPGBM, "
                         "bulan penimbangan or lainnya.")
                         .arg(sourceText));
                continue;
            }
            o.source = *source;
            const QString roundText = header.value(row, kRound).trimmed();
            if (roundText.isEmpty()) {
                o.round = core::PrevalenceRound::Survey;
            } else if (const auto round = core::prevalenceRoundFromString(
                           roundText.toStdString())) {
                o.round = *round;
            } else {
                fail(QCoreApplication::translate(
                         "PrevalenceImport",
                         "the round \"%1\" is unknown. Use februari, agustus or survei.")
                         .arg(roundText));
                continue;
            }
            const QString indicatorText = header.value(row, kIndicator).trimmed();
            if (indicatorText.isEmpty()) {
                o.indicator = core::PrevalenceIndicator::Stunting;
            } else if (const auto indicator = core::prevalenceIndicatorFromString(
                           indicatorText.toStdString())) {
                o.indicator = *indicator;
            } else {
                fail(QCoreApplication::translate(
                         "PrevalenceImport",
                         "the indicator \"%1\" is unknown. Use stunting, stunting berat, "
                         "wasting, underweight or overweight.")
                         .arg(indicatorText));
                continue;
            }
            // Figures.
            bool numbersOk = true;
            for (const auto &[column, target] :
                 {std::pair{kMeasured, &o.measured}, std::pair{kCases, &o.cases},
                  std::pair{kEligible, &o.eligible}}) {
                const QString text = header.value(row, column);
                *target = parseCount(text, ok);
                if (!ok) {
                    fail(QCoreApplication::translate(
                             "PrevalenceImport", "\"%1\" in the column %2 is not a whole number.")
                             .arg(text.trimmed(), column));
                    numbersOk = false;
                    break;
                }
            }
            if (!numbersOk)
                continue;
            const QString rateText = header.value(row, kRate);
            o.publishedRate = parseDecimal(rateText, ok);
            if (!ok) {
                fail(QCoreApplication::translate("PrevalenceImport",
                                                 "the rate \"%1\" is not a number.")
                         .arg(rateText.trimmed()));
                continue;
            }
            o.note = core::trimmed(header.value(row, kNote).toStdString());
            if (const QString error = storage::textError(
                    o.note, core::TextKind::Title,
                    QCoreApplication::translate("PrevalenceImport", "note"));
                !error.isEmpty()) {
                fail(error);
                continue;
            }
            if (const auto problems = core::validate(o); !problems.empty()) {
                report.errors.push_back({row.line, QString(), problems.front()});
                continue;
            }
            const std::string key = keyOf(o);
            if (const auto it = seen.find(key); it != seen.end()) {
                fail(QCoreApplication::translate(
                         "PrevalenceImport",
                         "the same area, period, source and indicator already appear on line %1.")
                         .arg(it->second));
                continue;
            }
            seen.emplace(key, row.line);
            good.emplace_back(row.line, std::move(o));
        }
        std::stable_sort(report.errors.begin(), report.errors.end(),
                         [](const RowError &a, const RowError &b) { return a.line < b.line; });

        const auto compare = [&] {
            report.added = report.unchanged = 0;
            report.conflicts.clear();
            for (const auto &[line, o] : good) {
                const auto held = repository.find(o);
                if (!held)
                    ++report.added;
                else if (held->sameFigures(o))
                    ++report.unchanged;
                else
                    report.conflicts.push_back({line, *held, o});
            }
            return !report.conflicts.empty() && policy == ConflictPolicy::Refuse;
        };
        if (!apply || !report.ok()) {
            compare();
            if (!report.ok())
                qCInfo(lcIo) << "prevalence import not applied:" << report.errors.size()
                             << "bad rows of" << report.rowsRead;
            return report;
        }
        if (const auto hook = beforeWriteHook())
            hook(); // a copy: the hook may replace itself
        // The check that decides whether the write may happen runs inside the write
        // transaction (BEGIN IMMEDIATE): two imports started together are serialised, and the
        // later one sees the earlier one's figures as conflicts instead of replacing them.
        storage::Transaction transaction(m_db);
        m_db.verifyBeforeWrite();
        if (compare()) {
            qCInfo(lcIo) << "prevalence import not applied:" << report.conflicts.size()
                         << "conflicts of" << report.rowsRead;
            return report;
        }
        std::vector<core::PrevalenceObservation> observations;
        observations.reserve(good.size());
        for (const auto &entry : good)
            observations.push_back(entry.second);
        const auto result = repository.upsert(observations);
        transaction.commit();
        report.added = result.added;
        report.updated = result.updated;
        report.unchanged = result.unchanged;
        report.applied = true;
        qCInfo(lcIo) << "prevalence import applied:" << result.added << "added," << result.updated
                     << "replaced," << result.unchanged << "unchanged";
    } catch (const storage::StorageError &error) {
        report.added = report.updated = report.unchanged = 0;
        report.applied = false;
        report.fileError = error.message();
    } catch (const std::exception &error) {
        qCWarning(lcIo) << "prevalence import failed:" << error.what();
        report.added = report.updated = report.unchanged = 0;
        report.applied = false;
        report.fileError = importFailureText(
            error,
            QCoreApplication::translate("PrevalenceImport", "The figures could not be imported."));
    }
    return report;
}

} // namespace konvergensi::io

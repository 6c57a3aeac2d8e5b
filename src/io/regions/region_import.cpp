// SPDX-License-Identifier: GPL-3.0-or-later
#include "io/regions/region_import.h"

#include "io/csv_reader.h"
#include "io/logging.h"

#include "core/regions/region_validation.h"
#include "storage/database.h"
#include "storage/regions/region_repository.h"
#include "storage/storage_error.h"
#include "storage/text_check.h"
#include "storage/transaction.h"

#include <QCoreApplication>

#include <QDir>
#include <QFile>
#include <new>

#include <algorithm>
#include <exception>
#include <optional>
#include <set>

namespace konvergensi::io {

namespace {

QString q(const std::string &text)
{
    return QString::fromStdString(text);
}

std::string utf8(const QString &text)
{
    return text.toStdString();
}

const QString kCode = QStringLiteral("code");
const QString kName = QStringLiteral("name");
const QString kLevel = QStringLiteral("level");
const QString kKind = QStringLiteral("kind");

std::vector<CsvColumn> regionColumns()
{
    return {
        {kCode, {QStringLiteral("kode"), QStringLiteral("kode_wilayah")}, true},
        {kName, {QStringLiteral("nama"), QStringLiteral("nama_wilayah")}, true},
        {kLevel, {QStringLiteral("tingkat")}, false},
        {kKind, {QStringLiteral("jenis")}, false},
    };
}

/// The level as a word inside a sentence.
QString levelWord(core::RegionLevel level)
{
    switch (level) {
    case core::RegionLevel::Province:
        return QCoreApplication::translate("RegionImport", "province");
    case core::RegionLevel::District:
        return QCoreApplication::translate("RegionImport", "district");
    case core::RegionLevel::Kecamatan:
        return QCoreApplication::translate("RegionImport", "kecamatan");
    case core::RegionLevel::Village:
        return QCoreApplication::translate("RegionImport", "village");
    }
    return QCoreApplication::translate("RegionImport", "village");
}

QString missingParentReason(const core::RegionIssue &issue)
{
    const QString code = q(issue.code);
    const QString parent = q(issue.detail);
    const auto parsed = core::RegionCode::parse(issue.code);
    if (parsed && parsed->level() == core::RegionLevel::Kecamatan)
        return QCoreApplication::translate(
                   "RegionImport",
                   "kecamatan %1 belongs to district %2, which is neither in the file nor in the "
                   "workspace.")
            .arg(code, parent);
    return QCoreApplication::translate(
               "RegionImport",
               "village %1 belongs to kecamatan %2, which is neither in the file nor in the "
               "workspace.")
        .arg(code, parent);
}

/// The reason for a row problem, in plain words, without the line number.
QString reason(const core::RegionIssue &issue)
{
    const QString code = q(issue.code);
    const QString detail = q(issue.detail);
    const auto parsed = core::RegionCode::parse(issue.code);
    switch (issue.problem) {
    case core::RegionProblem::MalformedCode:
        if (code.isEmpty())
            return QCoreApplication::translate("RegionImport", "the region code is empty.");
        return QCoreApplication::translate(
                   "RegionImport",
                   "\"%1\" is not a region code. Codes look like 14, 14.03, 14.03.01 or "
                   "14.03.01.2001.")
            .arg(code);
    case core::RegionProblem::EmptyName:
        return QCoreApplication::translate("RegionImport", "region %1 has no name.").arg(code);
    case core::RegionProblem::UnknownLevel:
        return QCoreApplication::translate(
                   "RegionImport",
                   "the level \"%1\" is unknown. Use province, district, kecamatan or village.")
            .arg(detail);
    case core::RegionProblem::LevelMismatch:
        return QCoreApplication::translate(
                   "RegionImport", "code %1 is the code of a %2, but the level column says \"%3\".")
            .arg(code, parsed ? levelWord(parsed->level()) : QString(), detail);
    case core::RegionProblem::UnknownKind:
        return QCoreApplication::translate("RegionImport",
                                           "the kind \"%1\" is unknown. Use desa or kelurahan.")
            .arg(detail);
    case core::RegionProblem::KindMismatch:
        if (parsed && parsed->villageKind() == core::VillageKind::Kelurahan)
            return QCoreApplication::translate(
                       "RegionImport",
                       "code %1 is the code of a kelurahan (its last part starts with 1), but the "
                       "kind column says \"%2\".")
                .arg(code, detail);
        return QCoreApplication::translate(
                   "RegionImport",
                   "code %1 is the code of a desa (its last part starts with 2), but the kind "
                   "column says \"%2\".")
            .arg(code, detail);
    case core::RegionProblem::KindNotVillage:
        return QCoreApplication::translate(
                   "RegionImport",
                   "%1 is not a village, so its kind must be empty (it says \"%2\").")
            .arg(code, detail);
    case core::RegionProblem::DuplicateCode:
        return QCoreApplication::translate("RegionImport", "code %1 already appears on line %2.")
            .arg(code, detail);
    case core::RegionProblem::MissingParent:
        return missingParentReason(issue);
    }
    return q(core::describe(issue));
}

QString headerError(const CsvHeaderMap &header)
{
    const QStringList missing = header.missingRequired();
    if (missing.contains(kCode) && missing.contains(kName))
        return QCoreApplication::translate(
            "RegionImport",
            "The first line of the file must name the columns: \"code\" (or \"kode\") and "
            "\"name\" (or \"nama\") are required, \"level\" and \"kind\" optional.");
    if (missing.contains(kCode))
        return QCoreApplication::translate(
            "RegionImport",
            "The file has no \"code\" (or \"kode\") column. The first line must name the "
            "columns, for example: code,name,level,kind");
    if (missing.contains(kName))
        return QCoreApplication::translate(
            "RegionImport",
            "The file has no \"name\" (or \"nama\") column. The first line must name the "
            "columns, for example: code,name,level,kind");
    if (!header.repeated().isEmpty())
        return QCoreApplication::translate(
                   "RegionImport", "The column \"%1\" appears more than once in the first line.")
            .arg(header.repeated().constFirst());
    return {};
}

/// The bytes of a file (or Qt resource); nullopt and a translated reason when unreadable.
std::optional<QByteArray> readFile(const QString &path, QString &error)
{
    if (error = notARegularFileError(path); !error.isEmpty())
        return std::nullopt;
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        qCWarning(lcIo) << "cannot open region file:" << file.errorString();
        error = QCoreApplication::translate("RegionImport", "The file %1 cannot be read: %2")
                    .arg(QDir::toNativeSeparators(path), file.errorString());
        return std::nullopt;
    }
    const qint64 limit = CsvOptions{}.maxBytes;
    if (file.size() > limit) {
        error = QCoreApplication::translate("RegionImport",
                                            "The file %1 is too large for a region list.")
                    .arg(QDir::toNativeSeparators(path));
        return std::nullopt;
    }
    return file.read(limit + 1);
}

} // namespace

RegionCsvImporter::RegionCsvImporter(storage::Database &db)
    : m_db(db)
{
}

RegionImportReport RegionCsvImporter::check(const QByteArray &data) const
{
    return withFirstErrors(run(data, false));
}

RegionImportReport RegionCsvImporter::import(const QByteArray &data)
{
    return withFirstErrors(run(data, true));
}

RegionImportReport RegionCsvImporter::checkFile(const QString &path) const
{
    QString error;
    const auto data = readFile(path, error);
    if (!data) {
        RegionImportReport report;
        report.fileError = error;
        return report;
    }
    return withFirstErrors(run(*data, false));
}

RegionImportReport RegionCsvImporter::importFile(const QString &path)
{
    QString error;
    const auto data = readFile(path, error);
    if (!data) {
        RegionImportReport report;
        report.fileError = error;
        return report;
    }
    return withFirstErrors(run(*data, true));
}

RegionImportReport RegionCsvImporter::run(const QByteArray &data, bool apply) const
{
    RegionImportReport report;
    try {
        const CsvTable table = CsvReader::parse(data);
        if (!table.fileError.isEmpty()) {
            report.fileError = table.fileError;
            return report;
        }
        const CsvHeaderMap header(table.header.fields, regionColumns());
        if (const QString error = headerError(header); !error.isEmpty()) {
            report.fileError = error;
            return report;
        }
        report.rowsRead = static_cast<int>(table.rows.size());
        if (table.rows.empty()) {
            report.fileError = QCoreApplication::translate(
                "RegionImport", "The file has a header line but no regions.");
            return report;
        }

        // A row with too few or too many fields is reported for that alone: its other values
        // are shifted and would only add confusing errors. Its code, when it reads as one,
        // still counts as present, so that its villages do not all report a missing parent.
        std::set<int> miscounted;
        for (const RowError &error : table.rowErrors)
            miscounted.insert(error.line);
        std::set<std::string> codesOfMiscounted;
        std::vector<core::RegionRecord> records;
        records.reserve(table.rows.size());
        for (const CsvRow &row : table.rows) {
            if (miscounted.contains(row.line)) {
                if (const auto code = core::RegionCode::parse(utf8(header.value(row, kCode))))
                    codesOfMiscounted.insert(code->toString());
                continue;
            }
            records.push_back({row.line, utf8(header.value(row, kCode)),
                               utf8(header.value(row, kName)), utf8(header.value(row, kLevel)),
                               utf8(header.value(row, kKind))});
        }

        storage::RegionRepository repository(m_db);
        const auto validation = core::validateRegionRecords(
            records, [&](const core::RegionCode &code) {
                return codesOfMiscounted.contains(code.toString()) || repository.contains(code);
            });

        report.errors = table.rowErrors;
        for (const core::RegionIssue &issue : validation.issues)
            report.errors.push_back({issue.line, reason(issue)});
        for (const core::RegionRecord &record : records) {
            const QString error = storage::textError(
                record.name, core::TextKind::Name,
                QCoreApplication::translate("RegionImport", "name"));
            if (!error.isEmpty())
                report.errors.push_back({record.line, error});
        }
        std::stable_sort(report.errors.begin(), report.errors.end(),
                         [](const RowError &a, const RowError &b) { return a.line < b.line; });

        if (!report.ok())
            qCInfo(lcIo) << "region import refused:" << report.errors.size() << "bad rows of"
                         << report.rowsRead;
        if (!apply || !report.ok()) {
            // What the good rows would do; beside errors, a preview of the rest.
            for (const core::Region &region : validation.regions) {
                const auto held = repository.find(region.code);
                if (!held)
                    ++report.added;
                else if (*held != region)
                    ++report.updated;
                else
                    ++report.unchanged;
            }
            return report;
        }

        storage::Transaction transaction(m_db);
        m_db.verifyBeforeWrite();
        const auto result = repository.upsert(validation.regions);
        transaction.commit();
        report.added = result.added;
        report.updated = result.updated;
        report.unchanged = result.unchanged;
        report.applied = true;
        qCInfo(lcIo) << "region import applied:" << result.added << "added," << result.updated
                     << "updated," << result.unchanged << "unchanged";
    } catch (const storage::StorageError &error) {
        report.added = report.updated = report.unchanged = 0;
        report.applied = false;
        report.fileError = error.message();
    } catch (const std::exception &error) {
        qCWarning(lcIo) << "region import failed:" << error.what();
        report.added = report.updated = report.unchanged = 0;
        report.applied = false;
        report.fileError = importFailureText(
            error,
            QCoreApplication::translate("RegionImport", "The regions could not be imported."));
    }
    return report;
}

} // namespace konvergensi::io

// SPDX-License-Identifier: GPL-3.0-or-later
#include "io/workspace_setup.h"

#include "io/csv_reader.h"
#include "io/logging.h"
#include "io/regions/region_import.h"

#include "core/directory/opd.h"
#include "core/letterhead.h"
#include "storage/database.h"
#include "storage/directory/directory_repository.h"
#include "storage/regions/region_repository.h"
#include "storage/storage_error.h"
#include "storage/transaction.h"
#include "storage/workspace_repository.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QTemporaryFile>

#include <cerrno>
#include <cstdio>
#include <filesystem>
#include <system_error>

namespace konvergensi::io {

namespace {

const QString kDemoRegions = QStringLiteral(":/demo/bengkalis-wilayah.csv");
const QString kDemoOpd = QStringLiteral(":/demo/opd.csv");
const QString kDemoPeople = QStringLiteral(":/demo/people.csv");

[[noreturn]] void demoDamaged(const QString &file, const QString &detail)
{
    qCCritical(lcIo) << "bundled demo file" << file << "is unusable:" << detail;
    throw storage::StorageError(
        storage::StorageError::Kind::Invalid,
        QCoreApplication::translate("WorkspaceSetup", "The bundled demo data (%1) is damaged: %2")
            .arg(file, detail));
}

struct DemoTable
{
    CsvTable table;
    CsvHeaderMap header;
};

/// A bundled demo table, checked: any problem is a defect of the program, reported loudly.
DemoTable readDemoTable(const QString &path, const std::vector<CsvColumn> &columns)
{
    CsvTable table = CsvReader::readFile(path);
    if (!table.fileError.isEmpty())
        demoDamaged(path, table.fileError);
    if (!table.rowErrors.empty())
        demoDamaged(path, describe(table.rowErrors.front()));
    CsvHeaderMap header(table.header.fields, columns);
    if (!header.missingRequired().isEmpty())
        demoDamaged(path, header.missingRequired().join(QStringLiteral(", ")));
    return {std::move(table), std::move(header)};
}

void addDemoDirectory(storage::Database &db)
{
    storage::DirectoryRepository directory(db);
    const QString shortName = QStringLiteral("short_name");
    const QString name = QStringLiteral("name");
    const QString opdShortName = QStringLiteral("opd_short_name");
    const QString position = QStringLiteral("position");
    const QString phone = QStringLiteral("phone");

    const DemoTable opds = readDemoTable(kDemoOpd, {{shortName, {}, true}, {name, {}, true}});
    for (const CsvRow &row : opds.table.rows) {
        core::Opd opd;
        opd.shortName = opds.header.value(row, shortName).toStdString();
        opd.name = opds.header.value(row, name).toStdString();
        directory.addOpd(std::move(opd));
    }

    const DemoTable people = readDemoTable(
        kDemoPeople,
        {{opdShortName, {}, true}, {name, {}, true}, {position, {}, true}, {phone, {}, true}});
    for (const CsvRow &row : people.table.rows) {
        const auto opd = directory.opdByShortName(
            people.header.value(row, opdShortName).toStdString());
        if (!opd)
            demoDamaged(kDemoPeople,
                        QCoreApplication::translate("WorkspaceSetup",
                                                    "line %1 names an OPD that is not in the demo.")
                            .arg(row.line));
        core::Person person;
        person.opdId = opd->id;
        person.name = people.header.value(row, name).toStdString();
        person.position = people.header.value(row, position).toStdString();
        person.phone = people.header.value(row, phone).toStdString();
        directory.addPerson(std::move(person));
    }
    qCInfo(lcIo) << "demo directory:" << opds.table.rows.size() << "OPD,"
                 << people.table.rows.size() << "people";
}

core::Letterhead demoLetterhead()
{
    core::Letterhead letterhead;
    letterhead.districtCode = "14.03";
    letterhead.districtName = "Kabupaten Bengkalis";
    letterhead.government = "Pemerintah Kabupaten Bengkalis";
    letterhead.agency = "Badan Perencanaan Pembangunan Daerah";
    letterhead.address = "Jalan Ahmad Yani, Bengkalis, Riau";
    letterhead.contact = "";
    letterhead.city = "Bengkalis";
    letterhead.signatoryTitle = "Kepala Bappeda Kabupaten Bengkalis";
    // Invented for the demo (see resources/demo/README.md); also in people.csv.
    letterhead.signatoryName = "Rahmat Hidayat, S.T., M.Si.";
    letterhead.signatoryNip = "";
    return letterhead;
}

void removeWorkspaceFiles(const QString &path)
{
    for (const QString &suffix :
         {QString(), QStringLiteral("-wal"), QStringLiteral("-shm"), QStringLiteral("-journal")}) {
        QFile::remove(path + suffix);
    }
}

/// Moves the finished workspace to its name without ever replacing a file that appeared
/// there meanwhile (a hard link fails when the name exists; rename where links are not
/// supported, after checking again).
void moveIntoPlace(const QString &from, const QString &to)
{
    std::error_code error;
    std::filesystem::create_hard_link(QFile::encodeName(from).toStdString(),
                                      QFile::encodeName(to).toStdString(), error);
    if (!error) {
        QFile::remove(from);
        return;
    }
    if (error == std::errc::file_exists || QFileInfo::exists(to) || QFileInfo(to).isSymLink())
        throw storage::StorageError(
            storage::StorageError::Kind::CannotOpen,
            QCoreApplication::translate(
                "WorkspaceSetup",
                "%1 already exists. Choose another file name: a new workspace never overwrites a "
                "file.")
                .arg(QDir::toNativeSeparators(to)));
    if (!QFile::rename(from, to)) // QFile::rename never replaces an existing file
        throw storage::StorageError(
            storage::StorageError::Kind::ReadOnly,
            QCoreApplication::translate("WorkspaceSetup", "The workspace %1 could not be created.")
                .arg(QDir::toNativeSeparators(to)));
}

} // namespace

std::unique_ptr<storage::Database> createWorkspace(const QString &path, WorkspaceTemplate kind,
                                                   std::shared_ptr<const core::Clock> clock)
{
    const bool inMemory = path == QLatin1String(":memory:");
    const auto exists = [&path] {
        const QFileInfo info(path);
        return info.exists() || info.isSymLink();
    };
    if (!inMemory && exists())
        throw storage::StorageError(
            storage::StorageError::Kind::CannotOpen,
            QCoreApplication::translate(
                "WorkspaceSetup",
                "%1 already exists. Choose another file name: a new workspace never overwrites a "
                "file.")
                .arg(QDir::toNativeSeparators(path)));
    const auto fill = [kind](storage::Database &db) {
        if (kind == WorkspaceTemplate::Demo) {
            populateDemo(db);
            populateDemoModules(db);
        }
    };
    if (inMemory) {
        auto db = storage::Database::createSqlite(path, std::move(clock));
        fill(*db);
        return db;
    }

    // Built under a temporary name in the same folder and moved into place only when whole:
    // a run stopped part-way leaves no half workspace under the chosen name.
    const QFileInfo info(path);
    QString scratch;
    {
        QTemporaryFile reserve(info.absoluteDir().filePath(QStringLiteral(".") + info.fileName()
                                                           + QStringLiteral(".XXXXXX.tmp")));
        reserve.setAutoRemove(false);
        if (!reserve.open())
            throw storage::StorageError(
                storage::StorageError::Kind::ReadOnly,
                QCoreApplication::translate("WorkspaceSetup",
                                            "The folder %1 cannot be written: the workspace was "
                                            "not created.")
                    .arg(QDir::toNativeSeparators(info.absolutePath())));
        scratch = reserve.fileName();
    }
    QFile::remove(scratch);
    try {
        {
            auto db = storage::Database::createSqlite(scratch, clock);
            fill(*db);
        } // closed: its log is folded into the file
        moveIntoPlace(scratch, path);
    } catch (...) {
        removeWorkspaceFiles(scratch);
        throw;
    }
    storage::Database::OpenOptions options;
    options.dailyBackup = false;
    auto db = storage::Database::openSqlite(path, std::move(clock), options);
    qCInfo(lcIo) << "created workspace" << path
                 << (kind == WorkspaceTemplate::Demo ? "from the demo" : "empty");
    return db;
}

void populateDemo(storage::Database &db)
{
    storage::Transaction transaction(db);
    storage::RegionRepository regions(db);
    storage::DirectoryRepository directory(db);
    if (!regions.all().empty() || !directory.opds().empty())
        throw storage::StorageError(
            storage::StorageError::Kind::Invalid,
            QCoreApplication::translate("WorkspaceSetup",
                                        "The demo district can only be added to an empty "
                                        "workspace."));

    // The demo goes through the same importer as a user's file.
    RegionCsvImporter importer(db);
    const RegionImportReport report = importer.importFile(kDemoRegions);
    if (!report.fileError.isEmpty())
        demoDamaged(kDemoRegions, report.fileError);
    if (!report.errors.empty())
        demoDamaged(kDemoRegions, describe(report.errors.front()));
    if (!report.applied)
        demoDamaged(kDemoRegions, QCoreApplication::translate("WorkspaceSetup",
                                                              "the regions were not imported."));

    addDemoDirectory(db);

    storage::WorkspaceRepository workspace(db);
    workspace.saveLetterhead(demoLetterhead());
    workspace.setDemo(true);
    transaction.commit();
    qCInfo(lcIo) << "demo workspace filled:" << report.added << "regions";
}

void populateDemoModules(storage::Database &db)
{
    storage::Transaction transaction(db);
    addModuleDemos(db); // each module's demo, in the order of src/modules.cmake
    transaction.commit();
}

} // namespace konvergensi::io

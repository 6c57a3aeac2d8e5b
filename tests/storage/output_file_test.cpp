// SPDX-License-Identifier: GPL-3.0-or-later
// Issue #16, findings 1 and 2: nothing the program writes lands on a workspace, an existing
// file is replaced only by a whole new one, and opened attachments go to a private folder.
#include "storage_test_util.h"

#include "storage/document_store.h"
#include "storage/output_file.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QTemporaryDir>

#include <gtest/gtest.h>

#include <sys/stat.h>
#include <unistd.h>

using namespace konvergensi;
using storage::StorageError;

namespace {

QByteArray readAll(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

void write(const QString &path, const QByteArray &bytes)
{
    QFile file(path);
    ASSERT_TRUE(file.open(QIODevice::WriteOnly));
    file.write(bytes);
}

void expectRefused(const QString &path, const char *needle)
{
    try {
        storage::writeFileAtomically(path, "%PDF-1.4 not a workspace");
        ADD_FAILURE() << "written: " << path.toStdString();
    } catch (const StorageError &error) {
        EXPECT_TRUE(error.message().contains(QString::fromUtf8(needle)))
            << error.message().toStdString();
    }
}

} // namespace

TEST(OutputFile, RefusesTheOpenWorkspaceAndItsCompanions)
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("kabupaten.kvg"));
    test::TestDb db(path);
    const QByteArray before = readAll(path);
    ASSERT_FALSE(before.isEmpty());
    expectRefused(path, "never writes a document over it");
    expectRefused(path + QStringLiteral("-wal"), "never writes a document over it");
    expectRefused(path + QStringLiteral("-shm"), "never writes a document over it");
    expectRefused(path + QStringLiteral("-journal"), "never writes a document over it");
    // Through another spelling of the same path.
    expectRefused(dir.filePath(QStringLiteral("./sub/../kabupaten.kvg")),
                  "never writes a document over it");
    // Through a symbolic link and a hard link.
    ASSERT_TRUE(QFile::link(path, dir.filePath(QStringLiteral("link.pdf"))));
    expectRefused(dir.filePath(QStringLiteral("link.pdf")), "never writes a document over it");
    ASSERT_EQ(::link(QFile::encodeName(path).constData(),
                     QFile::encodeName(dir.filePath(QStringLiteral("hard.pdf"))).constData()),
              0);
    expectRefused(dir.filePath(QStringLiteral("hard.pdf")), "never writes a document over it");
    EXPECT_EQ(readAll(path), before);
}

TEST(OutputFile, RefusesAnySqliteDatabaseFoldersAndDevices)
{
    QTemporaryDir dir;
    const QString other = dir.filePath(QStringLiteral("other.kvg"));
    {
        test::TestDb db(other);
    }
    // Closed in this program (it may be open in another one): still a database.
    expectRefused(other, "never writes a document over it");
    expectRefused(dir.path(), "is a folder");
    expectRefused(QStringLiteral("/dev/null"), "not a regular file");
    const QString fifo = dir.filePath(QStringLiteral("pipe"));
    ASSERT_EQ(::mkfifo(QFile::encodeName(fifo).constData(), 0600), 0);
    expectRefused(fifo, "not a regular file");
    expectRefused(dir.filePath(QStringLiteral("missing/x.pdf")), "does not exist");
}

TEST(OutputFile, ReplacesOnlyWhenWholeAndLeavesNoTemporaryFile)
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("report.pdf"));
    write(path, "old report");
    {
        storage::OutputFile output(path);
        output.device()->write("half of a new rep");
        // Not committed: as if the program failed part-way.
    }
    EXPECT_EQ(readAll(path), QByteArray("old report"));
    storage::writeFileAtomically(path, "new report");
    EXPECT_EQ(readAll(path), QByteArray("new report"));
    {
        storage::OutputPath output(path);
        write(output.temporaryPath(), "never finished");
    }
    EXPECT_EQ(readAll(path), QByteArray("new report"));
    EXPECT_EQ(QDir(dir.path()).entryList(QDir::Files | QDir::Hidden),
              QStringList{QStringLiteral("report.pdf")});
}

TEST(DocumentStore, OpenedAttachmentStaysInAPrivateFolder)
{
    QTemporaryDir dir;
    test::TestDb db;
    storage::DocumentStore store(*db);
    const auto doc = store.add(QStringLiteral("meeting"), 1, QStringLiteral("minutes"),
                               QStringLiteral("../../../escaped.txt"), "hostile");
    // The old predictable place, with a planted link: must not be followed.
    const QString predictable = QDir::temp().filePath(
        QStringLiteral("konvergensi-documents/%1").arg(doc.id));
    const QString exported = store.exportToTemporaryFile(doc.id);
    const QString folder = storage::privateTemporaryFolder();
    EXPECT_TRUE(exported.startsWith(folder + u'/')) << exported.toStdString();
    EXPECT_FALSE(exported.contains(QStringLiteral(".."))) << exported.toStdString();
    EXPECT_FALSE(exported.startsWith(predictable));
    EXPECT_EQ(QFileInfo(exported).fileName(), QStringLiteral("escaped.txt"));
    EXPECT_EQ(readAll(exported), QByteArray("hostile"));
    struct stat st
    {};
    ASSERT_EQ(::stat(QFile::encodeName(folder).constData(), &st), 0);
    EXPECT_EQ(st.st_mode & 0777, 0700U);
    ASSERT_EQ(::stat(QFile::encodeName(exported).constData(), &st), 0);
    EXPECT_EQ(st.st_mode & 0077, 0U) << "readable by others";
    storage::removePrivateTemporaryFolder();
    EXPECT_FALSE(QFileInfo::exists(folder));
}

TEST(DocumentStore, SafeFileNames)
{
    using storage::DocumentStore;
    EXPECT_EQ(DocumentStore::safeFileName(QStringLiteral("../../../x")), QStringLiteral("x"));
    EXPECT_EQ(DocumentStore::safeFileName(QStringLiteral("..\\..\\win.ini")),
              QStringLiteral("win.ini"));
    EXPECT_EQ(DocumentStore::safeFileName(QStringLiteral("..")), QStringLiteral("dokumen"));
    EXPECT_EQ(DocumentStore::safeFileName(QStringLiteral("/")), QStringLiteral("dokumen"));
    EXPECT_EQ(DocumentStore::safeFileName(QStringLiteral(".bashrc")), QStringLiteral("bashrc"));
    EXPECT_EQ(DocumentStore::safeFileName(QStringLiteral("a\nb\u202Efdp.exe")),
              QStringLiteral("abfdp.exe"));
    EXPECT_EQ(DocumentStore::safeFileName(QStringLiteral("undangan rakor.pdf")),
              QStringLiteral("undangan rakor.pdf"));
}

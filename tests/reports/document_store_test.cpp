// SPDX-License-Identifier: GPL-3.0-or-later
#include "storage/audit_log.h"
#include "storage/database.h"
#include "storage/document_store.h"
#include "storage/storage_error.h"
#include "test_engine.h"

#include <QCryptographicHash>
#include <QFile>
#include <QTemporaryDir>

#include <gtest/gtest.h>

using namespace konvergensi;
using namespace konvergensi::storage;

namespace {

class DocumentStoreTest : public ::testing::Test
{
protected:
    std::unique_ptr<Database> db = test::openTestWorkspace();
    DocumentStore store{*db};
};

TEST_F(DocumentStoreTest, KeepsContentNameSizeAndDigest)
{
    const QByteArray content = QByteArrayLiteral("%PDF-1.4 undangan rakor");
    const auto stored = store.add(QStringLiteral("meeting"), 7, QStringLiteral("invitation"),
                                  QStringLiteral("undangan.pdf"), content);
    EXPECT_GT(stored.id, 0);
    EXPECT_EQ(stored.size, content.size());
    EXPECT_EQ(
        stored.sha256,
        QString::fromLatin1(QCryptographicHash::hash(content, QCryptographicHash::Sha256).toHex()));
    EXPECT_EQ(stored.mimeType, QStringLiteral("application/pdf"));
    EXPECT_EQ(store.content(stored.id), content);

    const auto listed = store.list(QStringLiteral("meeting"), 7);
    ASSERT_EQ(listed.size(), 1u);
    EXPECT_EQ(listed.front().fileName, QStringLiteral("undangan.pdf"));
    EXPECT_EQ(listed.front().kind, QStringLiteral("invitation"));
    EXPECT_TRUE(store.list(QStringLiteral("meeting"), 8).empty());
    EXPECT_TRUE(store.list(QStringLiteral("action_output"), 7).empty());
}

TEST_F(DocumentStoreTest, RefusesEmptyAndTooLargeFilesWithoutWriting)
{
    try {
        store.add(QStringLiteral("meeting"), 1, {}, QStringLiteral("kosong.txt"), {});
        FAIL() << "empty file accepted";
    } catch (const StorageError &error) {
        EXPECT_EQ(error.kind(), StorageError::Kind::Invalid);
        EXPECT_TRUE(error.message().contains(QStringLiteral("kosong.txt")));
    }
    QTemporaryDir dir;
    const QString big = dir.filePath(QStringLiteral("scan-besar.pdf"));
    QFile file(big);
    ASSERT_TRUE(file.open(QIODevice::WriteOnly));
    ASSERT_TRUE(file.resize(DocumentStore::kMaxBytes + 1));
    file.close();
    try {
        store.addFile(QStringLiteral("meeting"), 1, {}, big);
        FAIL() << "oversized file accepted";
    } catch (const StorageError &error) {
        EXPECT_EQ(error.kind(), StorageError::Kind::Invalid);
        EXPECT_TRUE(error.message().contains(QStringLiteral("25 MB"))) << error.what();
    }
    EXPECT_TRUE(store.list(QStringLiteral("meeting"), 1).empty());
    EXPECT_TRUE(AuditLog::entries(*db, QStringLiteral("document")).empty());
}

TEST_F(DocumentStoreTest, AddFromFileExportAndRemoveAreAudited)
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("berita acara.txt"));
    QFile file(path);
    ASSERT_TRUE(file.open(QIODevice::WriteOnly));
    file.write("Berita acara rembuk stunting");
    file.close();

    db->setActor(QStringLiteral("sekretariat"));
    const auto stored = store.addFile(QStringLiteral("meeting"), 3, QStringLiteral("minutes"),
                                      path);
    EXPECT_EQ(stored.fileName, QStringLiteral("berita acara.txt"));
    EXPECT_EQ(stored.addedBy, QStringLiteral("sekretariat"));

    const QString exported = store.exportToTemporaryFile(stored.id);
    EXPECT_TRUE(exported.endsWith(QStringLiteral("berita acara.txt")));
    QFile copy(exported);
    ASSERT_TRUE(copy.open(QIODevice::ReadOnly));
    EXPECT_EQ(copy.readAll(), QByteArrayLiteral("Berita acara rembuk stunting"));

    store.remove(stored.id);
    EXPECT_FALSE(store.find(stored.id).has_value());
    EXPECT_THROW(store.content(stored.id), StorageError);
    const auto log = AuditLog::entries(*db, QStringLiteral("document"));
    ASSERT_EQ(log.size(), 2u);
    EXPECT_EQ(log[0].action, AuditLog::Action::Delete);
    EXPECT_EQ(log[1].action, AuditLog::Action::Insert);
    // The log names the file and its digest, never its content.
    EXPECT_EQ(log[1].after.value(QStringLiteral("sha256")).toString(), stored.sha256);
    EXPECT_FALSE(log[1].after.contains(QStringLiteral("content")));
}

TEST_F(DocumentStoreTest, RemoveAllClearsOneOwnerOnly)
{
    store.add(QStringLiteral("meeting"), 1, {}, QStringLiteral("a.txt"), "a");
    store.add(QStringLiteral("meeting"), 1, {}, QStringLiteral("b.txt"), "b");
    store.add(QStringLiteral("meeting"), 2, {}, QStringLiteral("c.txt"), "c");
    store.removeAll(QStringLiteral("meeting"), 1);
    EXPECT_TRUE(store.list(QStringLiteral("meeting"), 1).empty());
    EXPECT_EQ(store.list(QStringLiteral("meeting"), 2).size(), 1u);
}

TEST_F(DocumentStoreTest, FileNamesCannotEscapeTheExportFolder)
{
    const auto stored = store.add(QStringLiteral("meeting"), 1, {},
                                  QStringLiteral("../../etc/passwd"), "x");
    EXPECT_EQ(stored.fileName, QStringLiteral("passwd"));
}

} // namespace

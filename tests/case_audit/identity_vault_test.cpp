// SPDX-License-Identifier: GPL-3.0-or-later
// Identities safe at rest (issue #16): the demo workspace's case identities sealed with a
// passphrase, looked for byte by byte in the file; lists without the key; reveal with it;
// passphrase changes; the key held per session only.
#include "io/workspace_setup.h"
#include "storage/case_audit/case_audit_repository.h"
#include "storage/database.h"
#include "storage/identity_vault.h"
#include "storage/storage_error.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <QThread>

#include <gtest/gtest.h>

using namespace konvergensi;
using storage::IdentityVault;

namespace {

const QString kPass = QStringLiteral("rahasia kabupaten 2024");

QByteArray workspaceBytes(const QString &path)
{
    QByteArray all;
    for (const QString &suffix : {QString(), QStringLiteral("-wal")}) {
        QFile file(path + suffix);
        if (file.open(QIODevice::ReadOnly))
            all += file.readAll();
    }
    return all;
}

struct Demo
{
    std::vector<std::int64_t> caseIds;
    std::vector<core::CaseIdentity> identities;
    std::vector<core::CaseListEntry> list;
};

Demo readDemo(storage::Database &db)
{
    Demo demo;
    storage::CaseAuditRepository repository(db);
    for (const auto &round : repository.rounds()) {
        for (const auto &entry : repository.listCases(round.id)) {
            demo.caseIds.push_back(entry.id);
            demo.identities.push_back(repository.revealIdentity(entry.id));
            demo.list.push_back(entry);
        }
    }
    return demo;
}

} // namespace

TEST(IdentityVault, SealedIdentitiesAreNotInTheFileAndOpenWithThePassphrase)
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("demo.kvg"));
    Demo before;
    {
        auto db = io::createWorkspace(path, io::WorkspaceTemplate::Demo);
        IdentityVault vault(*db);
        EXPECT_FALSE(vault.isProtected());
        before = readDemo(*db);
        ASSERT_GE(before.identities.size(), 10U);
        // The search works: today the NIK lie in the file as they are.
        int found = 0;
        const QByteArray bytes = workspaceBytes(path);
        for (const auto &identity : before.identities)
            found += !identity.nik.empty()
                     && bytes.contains(QByteArray::fromStdString(identity.nik));
        EXPECT_GT(found, 0);

        vault.setPassphrase(kPass);
        EXPECT_TRUE(vault.isProtected());
        EXPECT_TRUE(vault.isUnlocked());
    }
    const QByteArray bytes = workspaceBytes(path);
    for (const auto &identity : before.identities) {
        if (!identity.nik.empty()) {
            EXPECT_FALSE(bytes.contains(QByteArray::fromStdString(identity.nik))) << identity.nik;
        }
        EXPECT_FALSE(bytes.contains(QByteArray::fromStdString(identity.name))) << identity.name;
        if (!identity.parentsOrPartner.empty()) {
            EXPECT_FALSE(bytes.contains(QByteArray::fromStdString(identity.parentsOrPartner)));
        }
    }

    // A new session: lists need no passphrase and show what they showed.
    auto db = storage::Database::openSqlite(path);
    IdentityVault vault(*db);
    EXPECT_TRUE(vault.isProtected());
    EXPECT_FALSE(vault.isUnlocked());
    storage::CaseAuditRepository repository(*db);
    std::vector<core::CaseListEntry> list;
    for (const auto &round : repository.rounds()) {
        for (const auto &entry : repository.listCases(round.id))
            list.push_back(entry);
    }
    ASSERT_EQ(list.size(), before.list.size());
    for (std::size_t i = 0; i < list.size(); ++i) {
        EXPECT_EQ(list[i].initials, before.list[i].initials);
        ASSERT_TRUE(list[i].ageMonths.has_value() == before.list[i].ageMonths.has_value());
        if (list[i].ageMonths) {
            EXPECT_NEAR(*list[i].ageMonths, *before.list[i].ageMonths, 1);
        }
    }
    // A change that does not touch the identity needs no passphrase either.
    auto first = repository.findCase(before.caseIds.front());
    ASSERT_TRUE(first.has_value());
    first->finding = "Ditinjau ulang";
    EXPECT_NO_THROW(repository.updateCase(*first));

    // Revealing needs it.
    EXPECT_THROW(repository.revealIdentity(before.caseIds.front()), storage::StorageError);
    EXPECT_THROW(vault.unlock(QStringLiteral("salah sekali ini")), storage::StorageError);
    vault.unlock(kPass);
    for (std::size_t i = 0; i < before.caseIds.size(); ++i) {
        const auto identity = repository.revealIdentity(before.caseIds[i]);
        EXPECT_EQ(identity.name, before.identities[i].name);
        EXPECT_EQ(identity.nik, before.identities[i].nik);
        EXPECT_EQ(identity.birthDate, before.identities[i].birthDate);
        EXPECT_EQ(identity.parentsOrPartner, before.identities[i].parentsOrPartner);
    }

    // Changing re-seals everything; the old passphrase no longer opens anything.
    const QString next = QStringLiteral("kata sandi baru 2025");
    EXPECT_THROW(vault.changePassphrase(QStringLiteral("bukan ini sandinya"), next),
                 storage::StorageError);
    vault.changePassphrase(kPass, next);
    auto again = storage::Database::openSqlite(path);
    IdentityVault other(*again);
    EXPECT_FALSE(other.isUnlocked());
    EXPECT_THROW(other.unlock(kPass), storage::StorageError);
    other.unlock(next);
    EXPECT_EQ(storage::CaseAuditRepository(*again).revealIdentity(before.caseIds.back()).nik,
              before.identities.back().nik);
}

TEST(IdentityVault, NewCasesAreSealedAndShortPassphrasesRefused)
{
    auto db = io::createWorkspace(QStringLiteral(":memory:"), io::WorkspaceTemplate::Demo);
    IdentityVault vault(*db);
    EXPECT_THROW(vault.setPassphrase(QStringLiteral("pendek")), storage::StorageError);
    vault.setPassphrase(kPass);
    EXPECT_THROW(vault.setPassphrase(kPass), storage::StorageError);
    EXPECT_TRUE(IdentityVault::isSealed(
        vault.seal(QStringLiteral("3201010101010001"), QStringLiteral("nik"))));
    EXPECT_EQ(vault.open(vault.seal(QStringLiteral("Siti"), QStringLiteral("name")),
                         QStringLiteral("name")),
              QStringLiteral("Siti"));
    // A value sealed for one column does not open as another.
    EXPECT_THROW(vault.open(vault.seal(QStringLiteral("Siti"), QStringLiteral("name")),
                            QStringLiteral("nik")),
                 storage::StorageError);
    vault.lock();
    EXPECT_THROW(vault.seal(QStringLiteral("Siti"), QStringLiteral("name")), storage::StorageError);
}

TEST(IdentityVault, TheKeyIsLentToAnotherConnectionToTheSameFileAndTakenBackFromItOnly)
{
    // What a background task does on a workspace file: its own connection to the same file
    // gets the session's key (shareKeyWith), reveals with it, and forgets it when done, while
    // the session's connection keeps it. A connection the key was not lent to cannot reveal.
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("werk.kvg"));
    std::int64_t caseId = 0;
    std::string nik;
    {
        auto db = io::createWorkspace(path, io::WorkspaceTemplate::Demo);
        const Demo demo = readDemo(*db);
        ASSERT_FALSE(demo.caseIds.empty());
        caseId = demo.caseIds.front();
        nik = demo.identities.front().nik;
        ASSERT_FALSE(nik.empty());
        IdentityVault(*db).setPassphrase(kPass);
    }
    auto session = storage::Database::openSqlite(path);
    IdentityVault sessionVault(*session);
    auto task = storage::Database::openSqlite(path);
    IdentityVault taskVault(*task);

    // Nothing to lend yet: the session has not unlocked.
    sessionVault.shareKeyWith(*task);
    EXPECT_FALSE(taskVault.isUnlocked());
    EXPECT_THROW(storage::CaseAuditRepository(*task).revealIdentity(caseId), storage::StorageError);

    sessionVault.unlock(kPass);
    sessionVault.shareKeyWith(*task);
    EXPECT_TRUE(taskVault.isUnlocked());
    EXPECT_EQ(storage::CaseAuditRepository(*task).revealIdentity(caseId).nik, nik);

    // A third connection was lent nothing.
    auto stranger = storage::Database::openSqlite(path);
    EXPECT_FALSE(IdentityVault(*stranger).isUnlocked());
    EXPECT_THROW(storage::CaseAuditRepository(*stranger).revealIdentity(caseId),
                 storage::StorageError);

    // The task forgets its key; the session keeps its own.
    taskVault.lock();
    EXPECT_FALSE(taskVault.isUnlocked());
    EXPECT_THROW(storage::CaseAuditRepository(*task).revealIdentity(caseId), storage::StorageError);
    EXPECT_TRUE(sessionVault.isUnlocked());
    EXPECT_EQ(storage::CaseAuditRepository(*session).revealIdentity(caseId).nik, nik);
}

namespace {
QStringList g_warnings;
void keepWarning(QtMsgType type, const QMessageLogContext &, const QString &message)
{
    if (type != QtDebugMsg && type != QtInfoMsg)
        g_warnings << message;
}
} // namespace

TEST(IdentityVault, ABackgroundThreadTakesTheSessionsKeyWithoutTouchingItsConnection)
{
    // BackgroundTask's order: the worker thread opens its own connection and takes the key of
    // the session's connection, which belongs to the main thread. QtSql warns when a thread
    // uses another thread's connection; the lending must not.
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("werk.kvg"));
    std::int64_t caseId = 0;
    std::string nik;
    {
        auto db = io::createWorkspace(path, io::WorkspaceTemplate::Demo);
        const Demo demo = readDemo(*db);
        ASSERT_FALSE(demo.caseIds.empty());
        caseId = demo.caseIds.front();
        nik = demo.identities.front().nik;
        IdentityVault(*db).setPassphrase(kPass);
    }
    auto session = storage::Database::openSqlite(path);
    IdentityVault sessionVault(*session);
    sessionVault.unlock(kPass);

    std::string revealed;
    g_warnings.clear();
    const QtMessageHandler previous = qInstallMessageHandler(keepWarning);
    QThread *worker = QThread::create([&] {
        auto task = storage::Database::openSqlite(path);
        sessionVault.shareKeyWith(*task);
        revealed = storage::CaseAuditRepository(*task).revealIdentity(caseId).nik;
        IdentityVault(*task).lock();
    });
    worker->start();
    ASSERT_TRUE(worker->wait(60000));
    delete worker;
    qInstallMessageHandler(previous);

    EXPECT_EQ(revealed, nik);
    EXPECT_TRUE(sessionVault.isUnlocked());
    EXPECT_TRUE(
        g_warnings.filter(QStringLiteral("does not belong to the calling thread")).isEmpty())
        << g_warnings.join(u'\n').toStdString();
}

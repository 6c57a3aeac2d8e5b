// SPDX-License-Identifier: GPL-3.0-or-later
#include "storage_test_util.h"

#include "storage/transaction.h"
#include "storage/workspace_repository.h"

#include <QCryptographicHash>
#include <QJsonObject>

using konvergensi::core::Letterhead;
using konvergensi::storage::AuditLog;
using konvergensi::storage::Transaction;
using konvergensi::storage::WorkspaceRepository;
using namespace konvergensi::test;

namespace {

Letterhead bengkalis()
{
    Letterhead letterhead;
    letterhead.districtCode = "14.03";
    letterhead.districtName = "Kabupaten Bengkalis";
    letterhead.government = "Pemerintah Kabupaten Bengkalis";
    letterhead.agency = "Badan Perencanaan Pembangunan Daerah";
    letterhead.address = "Jalan Ahmad Yani No. 1, Bengkalis 28711";
    letterhead.contact = "Telp. (0766) 21001, pos-el bappeda@bengkaliskab.go.id";
    letterhead.city = "Bengkalis";
    letterhead.signatoryTitle = "Kepala Bappeda Kabupaten Bengkalis";
    letterhead.signatoryName = "Ir. H. Contoh Nama, M.Si.";
    letterhead.signatoryNip = "196801011990031001";
    // PNG signature, then bytes that are not text: zeros, 0xFF, a lone UTF-8 continuation byte.
    letterhead.logoPng = {0x89, 'P',  'N',  'G',  '\r', '\n', 0x1A,
                          '\n', 0x00, 0x00, 0xFF, 0x80, 0x00};
    return letterhead;
}

class WorkspaceRepositoryTest : public ::testing::Test
{
protected:
    TestDb db;
    WorkspaceRepository workspace{*db};
};

} // namespace

TEST_F(WorkspaceRepositoryTest, EmptyWorkspace)
{
    EXPECT_EQ(workspace.letterhead(), Letterhead{});
    EXPECT_FALSE(workspace.isDemo());
    EXPECT_FALSE(workspace.text(QStringLiteral("nothing")).has_value());
    EXPECT_TRUE(workspace.blob(QStringLiteral("nothing")).isEmpty());
}

TEST_F(WorkspaceRepositoryTest, LetterheadRoundTrip)
{
    const Letterhead letterhead = bengkalis();
    workspace.saveLetterhead(letterhead);
    EXPECT_EQ(workspace.letterhead(), letterhead);
    EXPECT_EQ(workspace.letterhead().logoPng.size(), 13U);

    // A fresh repository on the same database reads the same.
    EXPECT_EQ(WorkspaceRepository(*db).letterhead(), letterhead);

    Letterhead changed = letterhead;
    changed.signatoryName = "Nama Baru";
    changed.logoPng.clear();
    workspace.saveLetterhead(changed);
    EXPECT_EQ(workspace.letterhead(), changed);
    EXPECT_TRUE(scalar(*db, QStringLiteral("SELECT blob_value FROM workspace_setting WHERE key = "
                                           "'logo_png'"))
                    .isNull())
        << "no logo is stored as NULL";
}

TEST_F(WorkspaceRepositoryTest, LetterheadAudit)
{
    db->setActor(QStringLiteral("admin"));
    const Letterhead letterhead = bengkalis();
    workspace.saveLetterhead(letterhead);
    auto entries = auditInOrder(*db);
    ASSERT_EQ(entries.size(), 11U) << "ten text fields and the logo";
    for (const auto &entry : entries) {
        EXPECT_EQ(entry.table, QStringLiteral("workspace_setting"));
        EXPECT_EQ(entry.action, AuditLog::Action::Insert);
        EXPECT_EQ(entry.actor, QStringLiteral("admin"));
        EXPECT_EQ(entry.at, QStringLiteral("2023-12-05T09:30:00"));
        EXPECT_TRUE(entry.before.isEmpty());
    }
    EXPECT_EQ(entries[1].rowKey, QStringLiteral("district_name"));
    EXPECT_EQ(entries[1].after,
              (QJsonObject{{QStringLiteral("text"), QStringLiteral("Kabupaten Bengkalis")}}));
    // The logo is logged by size and digest, never by content.
    const auto &logo = entries.back();
    EXPECT_EQ(logo.rowKey, QStringLiteral("logo_png"));
    const QByteArray bytes(reinterpret_cast<const char *>(letterhead.logoPng.data()),
                           static_cast<qsizetype>(letterhead.logoPng.size()));
    EXPECT_EQ(
        logo.after,
        (QJsonObject{{QStringLiteral("bytes"), 13},
                     {QStringLiteral("sha256"),
                      QString::fromLatin1(
                          QCryptographicHash::hash(bytes, QCryptographicHash::Sha256).toHex())}}));

    // Saving the same letterhead again writes nothing.
    workspace.saveLetterhead(letterhead);
    EXPECT_EQ(count(*db, QStringLiteral("audit_log")), 11);
    EXPECT_EQ(scalar(*db, QStringLiteral("SELECT max(row_version) FROM workspace_setting")).toInt(),
              1);

    // One changed field: one update row with before and after.
    db.clock->advance(boost::posix_time::hours(24));
    Letterhead changed = letterhead;
    changed.city = "Bengkalis Kota";
    workspace.saveLetterhead(changed);
    entries = auditInOrder(*db);
    ASSERT_EQ(entries.size(), 12U);
    EXPECT_EQ(entries.back().action, AuditLog::Action::Update);
    EXPECT_EQ(entries.back().rowKey, QStringLiteral("city"));
    EXPECT_EQ(entries.back().at, QStringLiteral("2023-12-06T09:30:00"));
    EXPECT_EQ(entries.back().before,
              (QJsonObject{{QStringLiteral("text"), QStringLiteral("Bengkalis")}}));
    EXPECT_EQ(entries.back().after,
              (QJsonObject{{QStringLiteral("text"), QStringLiteral("Bengkalis Kota")}}));
    EXPECT_EQ(
        scalar(*db, QStringLiteral("SELECT row_version FROM workspace_setting WHERE key = 'city'"))
            .toInt(),
        2);
}

TEST_F(WorkspaceRepositoryTest, EmptyLetterheadSavedTwiceWritesOnce)
{
    workspace.saveLetterhead(Letterhead{});
    const auto first = count(*db, QStringLiteral("audit_log"));
    workspace.saveLetterhead(Letterhead{});
    EXPECT_EQ(count(*db, QStringLiteral("audit_log")), first);
    EXPECT_EQ(workspace.letterhead(), Letterhead{});
}

TEST_F(WorkspaceRepositoryTest, UnchangedTextWritesNoAuditRow)
{
    workspace.setText(QStringLiteral("theme"), QStringLiteral("terang"));
    workspace.setText(QStringLiteral("theme"), QStringLiteral("terang"));
    EXPECT_EQ(count(*db, QStringLiteral("audit_log")), 1);
    workspace.setText(QStringLiteral("theme"), QStringLiteral("gelap"));
    EXPECT_EQ(count(*db, QStringLiteral("audit_log")), 2);
    EXPECT_EQ(workspace.text(QStringLiteral("theme")), QStringLiteral("gelap"));
}

TEST_F(WorkspaceRepositoryTest, BlobRoundTrip)
{
    const QByteArray bytes("\x00\x01\xFF\xFE binary", 12);
    workspace.setBlob(QStringLiteral("attachment"), bytes);
    EXPECT_EQ(workspace.blob(QStringLiteral("attachment")), bytes);
    EXPECT_FALSE(workspace.text(QStringLiteral("attachment")).has_value());
    workspace.setBlob(QStringLiteral("attachment"), bytes);
    EXPECT_EQ(count(*db, QStringLiteral("audit_log")), 1);
}

TEST_F(WorkspaceRepositoryTest, Demo)
{
    EXPECT_FALSE(workspace.isDemo());
    workspace.setDemo(true);
    EXPECT_TRUE(workspace.isDemo());
    EXPECT_EQ(workspace.text(QStringLiteral("demo")), QStringLiteral("1"));
    workspace.setDemo(true);
    EXPECT_EQ(count(*db, QStringLiteral("audit_log")), 1);
    workspace.setDemo(false);
    EXPECT_FALSE(workspace.isDemo());
    EXPECT_EQ(count(*db, QStringLiteral("audit_log")), 2);
}

TEST_F(WorkspaceRepositoryTest, RolledBackOuterTransactionLeavesNothing)
{
    {
        Transaction outer(*db);
        workspace.saveLetterhead(bengkalis());
        workspace.setDemo(true);
        EXPECT_TRUE(workspace.isDemo());
    }
    EXPECT_EQ(workspace.letterhead(), Letterhead{});
    EXPECT_FALSE(workspace.isDemo());
    EXPECT_EQ(count(*db, QStringLiteral("workspace_setting")), 0);
    EXPECT_EQ(count(*db, QStringLiteral("audit_log")), 0);
}

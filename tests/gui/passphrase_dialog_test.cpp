// SPDX-License-Identifier: GPL-3.0-or-later
// The passphrase dialogs of issue #16, driven through their real widgets headless: asking for
// the passphrase before an identity is shown (hidden input, a wrong one said and asked again,
// Cancel leaves it locked), and Berkas > Lindungi identitas (the warning first, the passphrase
// twice, two different ones change nothing).
#include "gui/common/dialogs.h"
#include "gui/common/passphrase_dialog.h"
#include "io/workspace_setup.h"
#include "storage/database.h"
#include "storage/identity_vault.h"

#include <QAbstractButton>
#include <QApplication>
#include <QInputDialog>
#include <QLineEdit>
#include <QMessageBox>
#include <QPointer>
#include <QTemporaryDir>
#include <QTimer>

#include <gtest/gtest.h>

#include <functional>
#include <memory>

using namespace konvergensi;
using storage::IdentityVault;

namespace {

const QString kPass = QStringLiteral("rahasia kabupaten 2024");

/// Runs `handle` on the next shown modal dialog of type T that is not `previous` (so a
/// dialog closing and the next one opening are told apart; `previous` must still exist when
/// this is called). Gives up after ~5 s.
template<typename T>
void whenDialog(std::function<void(T *)> handle, QWidget *previous = nullptr)
{
    auto *timer = new QTimer;
    auto tries = std::make_shared<int>(0);
    QPointer<QWidget> before(previous);
    timer->setInterval(10);
    QObject::connect(timer, &QTimer::timeout, [timer, tries, handle, before] {
        auto *dialog = qobject_cast<T *>(QApplication::activeModalWidget());
        const bool fresh = dialog && dialog->isVisible() && dialog != before.data();
        if (!fresh && ++*tries < 500)
            return;
        timer->stop();
        timer->deleteLater();
        if (fresh)
            handle(dialog);
        else
            ADD_FAILURE() << "no " << T::staticMetaObject.className() << " was shown";
    });
    timer->start();
}

/// Types `text` into the passphrase dialog and presses OK (or Cancel when `ok` is false);
/// checks that what is typed is hidden.
void answer(QInputDialog *dialog, const QString &text, bool ok = true)
{
    EXPECT_EQ(dialog->textEchoMode(), QLineEdit::Password);
    auto *edit = dialog->findChild<QLineEdit *>();
    ASSERT_NE(edit, nullptr);
    EXPECT_EQ(edit->echoMode(), QLineEdit::Password);
    edit->setText(text);
    if (ok)
        dialog->accept();
    else
        dialog->reject();
}

void pressButton(QMessageBox *box, QMessageBox::StandardButton which)
{
    QAbstractButton *button = box->button(which);
    ASSERT_NE(button, nullptr);
    button->click();
}

class PassphraseDialogTest : public ::testing::Test
{
protected:
    void SetUp() override
    {
        // Dialogs is not put in its test mode here: the real message boxes are driven below.
        ASSERT_FALSE(gui::Dialogs::inTestMode());
        ASSERT_TRUE(dir.isValid());
        path = dir.filePath(QStringLiteral("demo.kvg"));
        (void)io::createWorkspace(path, io::WorkspaceTemplate::Demo);
    }

    void protect()
    {
        auto db = storage::Database::openSqlite(path);
        IdentityVault(*db).setPassphrase(kPass);
    }

    QTemporaryDir dir;
    QString path;
};

} // namespace

TEST_F(PassphraseDialogTest, AWrongPassphraseIsSaidAndAskedAgainTheRightOneUnlocks)
{
    protect();
    auto db = storage::Database::openSqlite(path);
    ASSERT_FALSE(IdentityVault(*db).isUnlocked());

    QString asked;
    QString warned;
    whenDialog<QInputDialog>([&](QInputDialog *first) {
        asked = first->labelText();
        whenDialog<QMessageBox>([&](QMessageBox *box) {
            warned = box->text();
            // The first dialog is gone by now (only the warning is open).
            whenDialog<QInputDialog>([&](QInputDialog *second) { answer(second, kPass); });
            pressButton(box, QMessageBox::Ok);
        });
        answer(first, QStringLiteral("bukan sandinya"));
    });
    EXPECT_TRUE(gui::ensureIdentitiesUnlocked(nullptr, *db));
    EXPECT_TRUE(IdentityVault(*db).isUnlocked());
    EXPECT_EQ(asked, IdentityVault::lockedMessage());
    EXPECT_TRUE(warned.contains(QStringLiteral("not right"))) << warned.toStdString();
}

TEST_F(PassphraseDialogTest, CancelLeavesTheIdentitiesLocked)
{
    protect();
    auto db = storage::Database::openSqlite(path);
    bool shown = false;
    whenDialog<QInputDialog>([&](QInputDialog *dialog) {
        shown = true;
        answer(dialog, kPass, false); // typed, but cancelled
    });
    EXPECT_FALSE(gui::ensureIdentitiesUnlocked(nullptr, *db));
    EXPECT_TRUE(shown);
    EXPECT_FALSE(IdentityVault(*db).isUnlocked());
}

TEST_F(PassphraseDialogTest, NoDialogWhenThereIsNoPassphrase)
{
    auto db = storage::Database::openSqlite(path);
    bool shown = false;
    QTimer watch;
    QObject::connect(&watch, &QTimer::timeout, [&] {
        if (QWidget *modal = QApplication::activeModalWidget()) {
            shown = true;
            modal->close();
        }
    });
    watch.start(5);
    EXPECT_TRUE(gui::ensureIdentitiesUnlocked(nullptr, *db));
    QApplication::processEvents();
    EXPECT_FALSE(shown);
}

TEST_F(PassphraseDialogTest, ProtectingWarnsFirstThenTakesThePassphraseTwice)
{
    auto db = storage::Database::openSqlite(path);
    QString warning;
    QString done;
    whenDialog<QMessageBox>([&](QMessageBox *question) {
        warning = question->text();
        whenDialog<QInputDialog>([&](QInputDialog *first) {
            whenDialog<QInputDialog>(
                [&](QInputDialog *second) {
                    whenDialog<QMessageBox>([&](QMessageBox *info) {
                        done = info->text();
                        pressButton(info, QMessageBox::Ok);
                    });
                    answer(second, kPass);
                },
                first);
            answer(first, kPass);
        });
        pressButton(question, QMessageBox::Yes);
    });
    gui::protectIdentities(nullptr, *db);
    EXPECT_TRUE(warning.contains(QStringLiteral("lost for good"))) << warning.toStdString();
    EXPECT_TRUE(done.contains(QStringLiteral("encrypted"))) << done.toStdString();
    IdentityVault vault(*db);
    EXPECT_TRUE(vault.isProtected());

    // The passphrase typed is the one set: a new session opens with it.
    auto again = storage::Database::openSqlite(path);
    IdentityVault other(*again);
    EXPECT_FALSE(other.isUnlocked());
    EXPECT_NO_THROW(other.unlock(kPass));
}

TEST_F(PassphraseDialogTest, TwoDifferentPassphrasesChangeNothing)
{
    auto db = storage::Database::openSqlite(path);
    QString said;
    whenDialog<QMessageBox>([&](QMessageBox *question) {
        whenDialog<QInputDialog>([&](QInputDialog *first) {
            whenDialog<QInputDialog>(
                [&](QInputDialog *second) {
                    whenDialog<QMessageBox>([&](QMessageBox *box) {
                        said = box->text();
                        pressButton(box, QMessageBox::Ok);
                    });
                    answer(second, QStringLiteral("rahasia kabupaten 2025"));
                },
                first);
            answer(first, kPass);
        });
        pressButton(question, QMessageBox::Yes);
    });
    gui::protectIdentities(nullptr, *db);
    EXPECT_TRUE(said.contains(QStringLiteral("differ"))) << said.toStdString();
    EXPECT_FALSE(IdentityVault(*db).isProtected());
}

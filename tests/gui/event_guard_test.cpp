// SPDX-License-Identifier: GPL-3.0-or-later
// The program's event guard (gui/common/event_guard.h): an exception a slot lets out becomes
// one message after the event, not the end of the program.
#include "gui/common/event_guard.h"

#include "storage/storage_error.h"

#include <QApplication>
#include <QMessageBox>
#include <QPushButton>
#include <QTest>

#include <gtest/gtest.h>

#include <new>
#include <stdexcept>

using namespace konvergensi;

namespace {

/// The guard's message boxes now shown.
QList<QMessageBox *> guardMessages()
{
    QList<QMessageBox *> boxes;
    for (QWidget *widget : QApplication::topLevelWidgets()) {
        auto *box = qobject_cast<QMessageBox *>(widget);
        if (box && box->isVisible() && box->objectName() == QLatin1String("eventGuardMessage"))
            boxes << box;
    }
    return boxes;
}

void closeAll()
{
    for (QMessageBox *box : guardMessages())
        box->close();
    QApplication::processEvents();
    QApplication::sendPostedEvents(nullptr, QEvent::DeferredDelete);
}

} // namespace

TEST(EventGuard, AnEventDeliveredWithoutErrorGivesItsOwnAnswer)
{
    EXPECT_TRUE(gui::deliverGuarded([] { return true; }));
    EXPECT_FALSE(gui::deliverGuarded([] { return false; }));
    QApplication::processEvents();
    EXPECT_TRUE(guardMessages().isEmpty());
}

TEST(EventGuard, AStorageErrorIsOneMessageWithItsSentence)
{
    const QString sentence = QStringLiteral("Login ini tidak berhak mengubah data rapat.");
    EXPECT_FALSE(gui::deliverGuarded([&]() -> bool {
        throw storage::StorageError(storage::StorageError::Kind::ReadOnly, sentence);
    }));
    EXPECT_TRUE(guardMessages().isEmpty()) << "shown after the event, not inside it";
    QTRY_COMPARE(guardMessages().size(), 1);
    EXPECT_TRUE(guardMessages().front()->text().contains(sentence))
        << guardMessages().front()->text().toStdString();
    closeAll();
}

TEST(EventGuard, ARepeatedFailureShowsOneMessageAtATime)
{
    for (int i = 0; i < 5; ++i)
        gui::deliverGuarded([]() -> bool { throw std::runtime_error("paint"); });
    QTRY_COMPARE(guardMessages().size(), 1);
    QTest::qWait(50);
    EXPECT_EQ(guardMessages().size(), 1);
    closeAll();
    // Once it is closed, the next failure is told again.
    gui::deliverGuarded([]() -> bool { throw std::bad_alloc(); });
    QTRY_COMPARE(guardMessages().size(), 1);
    closeAll();
}

TEST(EventGuard, AThrowingSlotDoesNotEndTheProgram)
{
    // The real path: a button's slot throws while the event is delivered through the guard.
    QPushButton button;
    QObject::connect(&button, &QPushButton::clicked, [] {
        throw storage::StorageError(storage::StorageError::Kind::ReadOnly,
                                    QStringLiteral("Ditolak server."));
    });
    QMouseEvent press(QEvent::MouseButtonPress, QPointF(5, 5), QPointF(5, 5), Qt::LeftButton,
                      Qt::LeftButton, Qt::NoModifier);
    QMouseEvent release(QEvent::MouseButtonRelease, QPointF(5, 5), QPointF(5, 5), Qt::LeftButton,
                        Qt::NoButton, Qt::NoModifier);
    button.resize(40, 20);
    for (QMouseEvent *event : {&press, &release})
        gui::deliverGuarded([&] { return QApplication::instance()->notify(&button, event); });
    QTRY_COMPARE(guardMessages().size(), 1);
    EXPECT_TRUE(guardMessages().front()->text().contains(QStringLiteral("Ditolak server.")));
    closeAll();
}

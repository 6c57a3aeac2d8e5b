// SPDX-License-Identifier: GPL-3.0-or-later
// Issue #15, item 4: a dialog fits a 1366×768 laptop screen. The one check every GUI test
// uses for it; the test must run on the 1366×768 offscreen screen (QT_QPA_PLATFORM=
// offscreen:configfile=.../offscreen-1366x768.json, set in the folder's CMakeLists.txt).
#pragma once

#include <QAbstractButton>
#include <QApplication>
#include <QDialogButtonBox>
#include <QGuiApplication>
#include <QScreen>
#include <QString>
#include <QTest>
#include <QWidget>
#include <QWizard>

#include <gtest/gtest.h>

namespace konvergensi::test {

/// The offscreen screen has no task bar, and its window frames have no title bar; a real
/// desktop at 1366×768 has both. A dialog must leave room for them.
inline constexpr int kTaskBar = 40;
inline constexpr int kTitleBar = 32;

/// The primary screen is the 1366×768 one the fit checks are about.
inline void expectLaptopScreen()
{
    EXPECT_EQ(QGuiApplication::primaryScreen()->geometry().size(), QSize(1366, 768))
        << "the test runs on the 1366×768 offscreen screen (see CMakeLists.txt)";
}

/// Shows `dialog` (if it is not shown yet) and checks that it fits the screen: its frame lies
/// inside the available area and, with a title bar, above a task bar; every button of its
/// button boxes (OK, Simpan, Tutup, Batal, ...) or of a wizard (Kembali, Lanjut, Selesai,
/// Batal) is shown, inside the dialog and on the screen, and there is at least one; its minimum
/// size fits too (nothing inside asks for more room). With KONVERGENSI_SCREENSHOT_DIR set, also
/// saves its picture there as `name`.png.
inline void expectDialogFits(QWidget *dialog, const QString &name)
{
    ASSERT_NE(dialog, nullptr) << name.toStdString();
    SCOPED_TRACE(name.toStdString());
    expectLaptopScreen();
    if (!dialog->isVisible())
        dialog->show();
    QTest::qWait(30);
    ASSERT_TRUE(dialog->isVisible());
    const QRect available = QGuiApplication::primaryScreen()->availableGeometry();
    const QRect frame = dialog->frameGeometry();
    EXPECT_TRUE(available.contains(frame)) << "frame " << frame.x() << "," << frame.y() << " "
                                           << frame.width() << "×" << frame.height();
    EXPECT_LE(frame.height() + kTitleBar, available.height() - kTaskBar)
        << frame.height() << " px high: with a title bar it does not fit above a task bar";
    QList<QAbstractButton *> shown;
    for (const QDialogButtonBox *box : dialog->findChildren<QDialogButtonBox *>()) {
        if (box->isVisibleTo(dialog))
            shown += box->buttons();
    }
    if (const auto *wizard = qobject_cast<QWizard *>(dialog)) {
        for (const auto which : {QWizard::BackButton, QWizard::NextButton, QWizard::CommitButton,
                                 QWizard::FinishButton, QWizard::CancelButton})
            shown += wizard->button(which);
    }
    int buttons = 0;
    for (const QAbstractButton *button : shown) {
        if (!button || !button->isVisibleTo(dialog))
            continue;
        ++buttons;
        EXPECT_TRUE(button->isVisible()) << button->text().toStdString();
        const QRect global(button->mapToGlobal(QPoint(0, 0)), button->size());
        EXPECT_TRUE(available.contains(global))
            << button->text().toStdString() << " at " << global.x() << "," << global.y();
        EXPECT_TRUE(
            dialog->rect().contains(QRect(button->mapTo(dialog, QPoint(0, 0)), button->size())))
            << button->text().toStdString() << " is cut off by the dialog's edge";
    }
    EXPECT_GT(buttons, 0) << "no OK/Save/Close button shown";
    const QSize minimum = dialog->minimumSizeHint();
    EXPECT_LE(minimum.height() + kTitleBar, available.height() - kTaskBar)
        << "minimum height " << minimum.height();
    EXPECT_LE(minimum.width(), available.width()) << "minimum width " << minimum.width();
    const QString folder = qEnvironmentVariable("KONVERGENSI_SCREENSHOT_DIR");
    if (!folder.isEmpty())
        dialog->grab().save(folder + QLatin1Char('/') + name + QStringLiteral(".png"));
}

} // namespace konvergensi::test

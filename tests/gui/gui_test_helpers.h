// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QApplication>
#include <QDialog>
#include <QTimer>
#include <QWidget>

#include <functional>

namespace konvergensi::test {

/// Runs `handle` on the next modal dialog once it is shown (for code that calls exec()).
/// Gives up after ~5 s so that a missing dialog fails the test instead of hanging it.
inline void whenModal(std::function<void(QWidget *)> handle)
{
    auto *timer = new QTimer;
    auto tries = std::make_shared<int>(0);
    timer->setInterval(10);
    QObject::connect(timer, &QTimer::timeout, [timer, tries, handle] {
        QWidget *modal = QApplication::activeModalWidget();
        if (!modal && ++*tries < 500)
            return;
        timer->stop();
        timer->deleteLater();
        if (modal)
            handle(modal);
    });
    timer->start();
}

} // namespace konvergensi::test

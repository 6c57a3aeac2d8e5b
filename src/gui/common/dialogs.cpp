// SPDX-License-Identifier: GPL-3.0-or-later
#include "gui/common/dialogs.h"

#include <QFileDialog>
#include <QPushButton>

namespace konvergensi::gui {

namespace {
std::queue<QString> g_fileNames;
std::queue<bool> g_answers;
QString g_lastMessage;
bool g_testMode = false;
} // namespace

void Dialogs::message(QWidget *parent, QMessageBox::Icon icon, const QString &title,
                      const QString &text)
{
    g_lastMessage = text;
    if (g_testMode)
        return;
    QMessageBox box(icon, title, text, QMessageBox::Ok, parent);
    box.exec();
}

void Dialogs::information(QWidget *parent, const QString &title, const QString &text)
{
    message(parent, QMessageBox::Information, title, text);
}

void Dialogs::warning(QWidget *parent, const QString &title, const QString &text)
{
    message(parent, QMessageBox::Warning, title, text);
}

void Dialogs::error(QWidget *parent, const QString &title, const QString &text)
{
    message(parent, QMessageBox::Critical, title, text);
}

bool Dialogs::question(QWidget *parent, const QString &title, const QString &text)
{
    g_lastMessage = text;
    if (!g_answers.empty()) {
        const bool answer = g_answers.front();
        g_answers.pop();
        return answer;
    }
    if (g_testMode)
        return false;
    return QMessageBox::question(parent, title, text, QMessageBox::Yes | QMessageBox::No,
                                 QMessageBox::No)
           == QMessageBox::Yes;
}

QString Dialogs::openFileName(QWidget *parent, const QString &caption, const QString &dir,
                              const QString &filter)
{
    if (!g_fileNames.empty()) {
        QString name = g_fileNames.front();
        g_fileNames.pop();
        return name;
    }
    if (g_testMode)
        return {};
    return QFileDialog::getOpenFileName(parent, caption, dir, filter);
}

QString Dialogs::saveFileName(QWidget *parent, const QString &caption, const QString &dir,
                              const QString &filter)
{
    if (!g_fileNames.empty()) {
        QString name = g_fileNames.front();
        g_fileNames.pop();
        return name;
    }
    if (g_testMode)
        return {};
    return QFileDialog::getSaveFileName(parent, caption, dir, filter);
}

void Dialogs::setNextFileName(const QString &fileName)
{
    g_testMode = true;
    g_fileNames.push(fileName);
}

void Dialogs::setNextAnswer(bool yes)
{
    g_testMode = true;
    g_answers.push(yes);
}

QString Dialogs::lastMessage()
{
    return g_lastMessage;
}

bool Dialogs::inTestMode()
{
    return g_testMode;
}

void Dialogs::resetForTests()
{
    g_testMode = true;
    g_fileNames = {};
    g_answers = {};
    g_lastMessage.clear();
}

} // namespace konvergensi::gui

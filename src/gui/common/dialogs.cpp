// SPDX-License-Identifier: GPL-3.0-or-later
#include "gui/common/dialogs.h"

#include <QCoreApplication>
#include <QFileDialog>
#include <QGuiApplication>
#include <QPushButton>
#include <QScreen>

namespace konvergensi::gui {

namespace {
std::queue<QString> g_fileNames;
std::queue<bool> g_answers;
std::queue<Dialogs::UnsavedChoice> g_unsavedChoices;
int g_unsavedAsked = 0;
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

Dialogs::UnsavedChoice Dialogs::unsavedChanges(QWidget *parent, const QStringList &items)
{
    ++g_unsavedAsked;
    const QString text = QCoreApplication::translate("Dialogs",
                                                     "These have changes that are not saved yet:");
    g_lastMessage = text + QLatin1Char('\n') + items.join(QLatin1Char('\n'));
    if (!g_unsavedChoices.empty()) {
        const UnsavedChoice choice = g_unsavedChoices.front();
        g_unsavedChoices.pop();
        return choice;
    }
    if (g_testMode)
        return UnsavedChoice::Cancel;
    QMessageBox box(QMessageBox::Warning, QCoreApplication::translate("Dialogs", "Unsaved changes"),
                    text, QMessageBox::NoButton, parent);
    QString details;
    for (const QString &item : items)
        details += QStringLiteral("<li>%1</li>").arg(item.toHtmlEscaped());
    box.setTextFormat(Qt::RichText);
    box.setText(
        QStringLiteral("<p>%1</p><ul>%2</ul><p>%3</p>")
            .arg(text.toHtmlEscaped(), details,
                 QCoreApplication::translate("Dialogs", "Save them all, discard them, or go "
                                                        "back to the program?")
                     .toHtmlEscaped()));
    QPushButton *save = box.addButton(QCoreApplication::translate("Dialogs", "&Save all"),
                                      QMessageBox::AcceptRole);
    QPushButton *discard = box.addButton(QCoreApplication::translate("Dialogs", "&Discard"),
                                         QMessageBox::DestructiveRole);
    QPushButton *cancel = box.addButton(QCoreApplication::translate("Dialogs", "&Cancel"),
                                        QMessageBox::RejectRole);
    save->setObjectName(QStringLiteral("saveAllButton"));
    discard->setObjectName(QStringLiteral("discardButton"));
    cancel->setObjectName(QStringLiteral("cancelButton"));
    box.setDefaultButton(save);
    box.setEscapeButton(cancel);
    box.exec();
    if (box.clickedButton() == save)
        return UnsavedChoice::SaveAll;
    if (box.clickedButton() == discard)
        return UnsavedChoice::Discard;
    return UnsavedChoice::Cancel;
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

void Dialogs::setNextUnsavedChoice(UnsavedChoice choice)
{
    g_testMode = true;
    g_unsavedChoices.push(choice);
}

int Dialogs::unsavedQuestionsAsked()
{
    return g_unsavedAsked;
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
    g_unsavedChoices = {};
    g_unsavedAsked = 0;
    g_lastMessage.clear();
}

void Dialogs::resizeWithinScreen(QWidget *dialog, QSize wanted)
{
    const QWidget *parent = dialog->parentWidget();
    const QScreen *screen = parent ? parent->screen() : dialog->screen();
    if (!screen)
        screen = QGuiApplication::primaryScreen();
    if (screen)
        wanted = wanted.boundedTo(screen->availableSize() - QSize(40, 80));
    dialog->resize(wanted);
}

} // namespace konvergensi::gui

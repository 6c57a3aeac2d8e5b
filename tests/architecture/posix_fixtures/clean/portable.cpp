// SPDX-License-Identifier: GPL-3.0-or-later
// Fixture: portable code that looks like POSIX calls but is not (members, qualified names,
// comments and prose): fork() and getpid() named in a comment are fine.
#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QStandardPaths>
#include <QString>

class Session
{
public:
    void open(const QString &path);
    static void close();
};

QString temporaryFolder(Session &session, QFile &file)
{
    session.open(QStringLiteral("x.kvg"));
    Session::close();
    file.open(QIODevice::ReadOnly);
    const qint64 pid = QCoreApplication::applicationPid();
    const QString text = QStringLiteral("fork(), open() and /tmp as words in a sentence");
    return QDir(QStandardPaths::writableLocation(QStandardPaths::TempLocation))
        .filePath(QString::number(pid) + text);
}

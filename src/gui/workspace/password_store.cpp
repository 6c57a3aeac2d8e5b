// SPDX-License-Identifier: GPL-3.0-or-later
#include "gui/workspace/password_store.h"

#include "gui/logging.h"

#include <QCoreApplication>
#include <QEventLoop>
#include <QHash>
#include <QTimer>

#include <qt6keychain/keychain.h>

namespace konvergensi::gui {

namespace {
const QString kService = QStringLiteral("Konvergensi");

PasswordStore::Backend g_backend = PasswordStore::Backend::System;
QHash<QString, QString> g_memory;
QString g_lastProblem;

QString noKeychain()
{
    return QCoreApplication::translate("PasswordStore",
                                       "No system keychain is available on this computer: the "
                                       "password is asked at every connection.");
}

/// Runs a keychain job to its end (the jobs are asynchronous; a dialog waits for them).
/// Returns its error; a job that takes over 10 s counts as no keychain.
QKeychain::Error runJob(QKeychain::Job &job)
{
    job.setAutoDelete(false);
    job.setInsecureFallback(false); // never a plain-text copy in QSettings
    QEventLoop loop;
    bool finished = false;
    QObject::connect(&job, &QKeychain::Job::finished, &loop, [&] {
        finished = true;
        loop.quit();
    });
    QTimer::singleShot(10000, &loop, &QEventLoop::quit);
    job.start();
    if (!finished)
        loop.exec();
    if (!finished)
        return QKeychain::NoBackendAvailable;
    return job.error();
}

void noteProblem(QKeychain::Error error, const QString &detail)
{
    // The keychain's own words (never the password) go to the log.
    qCInfo(lcGui) << "keychain:" << int(error) << detail;
    g_lastProblem = noKeychain();
}
} // namespace

std::optional<QString> PasswordStore::read(const QString &connection)
{
    g_lastProblem.clear();
    if (g_backend == Backend::None) {
        g_lastProblem = noKeychain();
        return std::nullopt;
    }
    if (g_backend == Backend::Memory) {
        const auto found = g_memory.constFind(connection);
        return found == g_memory.constEnd() ? std::nullopt : std::optional(*found);
    }
    QKeychain::ReadPasswordJob job(kService);
    job.setKey(connection);
    const QKeychain::Error error = runJob(job);
    if (error == QKeychain::NoError)
        return job.textData();
    if (error != QKeychain::EntryNotFound)
        noteProblem(error, job.errorString());
    return std::nullopt;
}

bool PasswordStore::write(const QString &connection, const QString &password)
{
    g_lastProblem.clear();
    if (g_backend == Backend::None) {
        g_lastProblem = noKeychain();
        return false;
    }
    if (g_backend == Backend::Memory) {
        g_memory.insert(connection, password);
        return true;
    }
    QKeychain::WritePasswordJob job(kService);
    job.setKey(connection);
    job.setTextData(password);
    const QKeychain::Error error = runJob(job);
    if (error == QKeychain::NoError)
        return true;
    noteProblem(error, job.errorString());
    return false;
}

void PasswordStore::remove(const QString &connection)
{
    if (g_backend == Backend::Memory) {
        g_memory.remove(connection);
        return;
    }
    if (g_backend == Backend::None)
        return;
    QKeychain::DeletePasswordJob job(kService);
    job.setKey(connection);
    runJob(job);
}

QString PasswordStore::lastProblem()
{
    return g_lastProblem;
}

void PasswordStore::setBackendForTests(Backend backend)
{
    g_backend = backend;
    g_memory.clear();
    g_lastProblem.clear();
}

} // namespace konvergensi::gui

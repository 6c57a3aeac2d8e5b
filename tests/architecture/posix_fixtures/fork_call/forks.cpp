// SPDX-License-Identifier: GPL-3.0-or-later
// Fixture: starts a process with fork() instead of QProcess.
int startChild()
{
    return fork();
}

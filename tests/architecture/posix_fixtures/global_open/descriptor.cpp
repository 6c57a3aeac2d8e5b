// SPDX-License-Identifier: GPL-3.0-or-later
// Fixture: opens a file descriptor with the POSIX call instead of QFile.
int openWorkspace(const char *path)
{
    return ::open(path, 0);
}

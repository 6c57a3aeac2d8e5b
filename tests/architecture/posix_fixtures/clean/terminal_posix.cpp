// SPDX-License-Identifier: GPL-3.0-or-later
// Fixture: a *_posix.cpp file (built only on POSIX systems, with a *_windows.cpp twin) may use
// POSIX calls; the check leaves it out.
#include <termios.h>
#include <unistd.h>

bool standardInputIsATerminal()
{
    return ::isatty(STDIN_FILENO) == 1;
}

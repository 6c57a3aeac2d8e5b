// SPDX-License-Identifier: GPL-3.0-or-later
// Fixture: includes a POSIX-only header.
#include <unistd.h>

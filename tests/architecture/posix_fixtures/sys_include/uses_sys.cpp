// SPDX-License-Identifier: GPL-3.0-or-later
// Fixture: includes a header under sys/.
#include <sys/stat.h>

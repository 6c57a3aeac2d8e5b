// SPDX-License-Identifier: GPL-3.0-or-later
// Fixture: storage's statement class used outside storage.
#include "storage/query.h"
void load() {}

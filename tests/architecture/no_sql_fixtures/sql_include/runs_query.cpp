// SPDX-License-Identifier: GPL-3.0-or-later
// Fixture: a page that runs its own query.
#include <QSqlQuery>
void load() {}

// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QString>
#include <QStringList>

namespace konvergensi::storage {
class Database;
}

namespace konvergensi::io {

/// Fills the demo workspace (after populateDemo) with the convergence actions of Kabupaten
/// Bengkalis: 2021 as the seed report of 29 June 2021 has it (Aksi 1 to 5 carried out,
/// evidence uploaded up to Aksi 4) and a complete 2023. Evidence files are small PDFs
/// clearly labelled as demo placeholders. One transaction; refuses a workspace that already
/// has either year. See resources/demo/README.md for which facts are public.
namespace actions {
void addDemo(storage::Database &db);
} // namespace actions

/// A one-page PDF with the given lines (ASCII) under a "DEMO" banner: the placeholder of an
/// evidence document. Written by hand, so io needs no printing support.
QByteArray demoPlaceholderPdf(const QString &title, const QStringList &lines);

} // namespace konvergensi::io

// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// The WHO anthro package's answers for the e-PPGBM samples (tests/data/eppgbm/expected-*.csv)
// and a cell-by-cell comparison of a figures table against them.

#include "io/csv_reader.h"
#include "test_paths.h"

#include <QList>
#include <QMap>
#include <QString>
#include <QStringList>

#include <utility>

namespace konvergensi::test {

inline QString eppgbmFile(const QString &name)
{
    return dataFile(QStringLiteral("eppgbm/") + name);
}

/// Rows of a CSV table as column -> value, keyed by `keyColumn`.
inline QMap<QString, QMap<QString, QString>> keyedRows(const io::CsvTable &table,
                                                       const QString &keyColumn)
{
    QMap<QString, QMap<QString, QString>> out;
    const int key = static_cast<int>(table.header.fields.indexOf(keyColumn));
    for (const io::CsvRow &row : table.rows) {
        QMap<QString, QString> cells;
        for (int i = 0; i < table.header.fields.size() && i < row.fields.size(); ++i)
            cells[table.header.fields.at(i)] = row.fields.at(i);
        if (key >= 0 && key < row.fields.size())
            out[row.fields.at(key)] = cells;
    }
    return out;
}

/// Compares every cell of the expected figures (every column of the expected file, every
/// area) with the actual table, which must have the same areas (its posyandu and puskesmas
/// rows are left out). Returns the differences, at most 30, as text; `compared` counts cells.
inline QStringList compareFigures(const io::CsvTable &actual, const QString &expectedFile,
                                  int *compared = nullptr)
{
    QStringList problems;
    const io::CsvTable expected = io::CsvReader::readFile(eppgbmFile(expectedFile));
    if (!expected.ok())
        return {QStringLiteral("cannot read ") + expectedFile};
    // Posyandu rows share their desa's code: the region rows are taken by level.
    QMap<QString, QMap<QString, QString>> regions;
    const int codeColumn = static_cast<int>(actual.header.fields.indexOf(QStringLiteral("code")));
    const int levelColumn = static_cast<int>(actual.header.fields.indexOf(QStringLiteral("level")));
    for (const io::CsvRow &row : actual.rows) {
        if (codeColumn < 0 || levelColumn < 0 || row.fields.size() <= codeColumn)
            continue;
        const QString level = row.fields.at(levelColumn);
        if (level == u"posyandu" || level == u"puskesmas")
            continue;
        QMap<QString, QString> cells;
        for (int i = 0; i < actual.header.fields.size() && i < row.fields.size(); ++i)
            cells[actual.header.fields.at(i)] = row.fields.at(i);
        regions[row.fields.at(codeColumn)] = cells;
    }
    int cells = 0;
    if (regions.size() != static_cast<qsizetype>(expected.rows.size()))
        problems << QStringLiteral("%1 areas, expected %2")
                        .arg(regions.size())
                        .arg(expected.rows.size());
    for (const io::CsvRow &row : expected.rows) {
        const QString code = row.fields.value(1);
        const auto found = regions.constFind(code);
        if (found == regions.cend()) {
            problems << QStringLiteral("area %1 missing").arg(code);
            continue;
        }
        for (int i = 0; i < expected.header.fields.size(); ++i) {
            const QString &column = expected.header.fields.at(i);
            ++cells;
            if (!found->contains(column)) {
                problems << QStringLiteral("column %1 missing").arg(column);
                continue;
            }
            if (found->value(column) != row.fields.value(i) && problems.size() < 30)
                problems << QStringLiteral("%1 %2: %3, expected %4")
                                .arg(code, column, found->value(column), row.fields.value(i));
        }
    }
    if (compared)
        *compared = cells;
    return problems;
}

/// The kept rows of both samples' expected-*-rows.csv (the demo's two rounds), in file
/// order, each as column -> value with the round added as "period".
inline QList<QMap<QString, QString>> keptSampleRows()
{
    QList<QMap<QString, QString>> out;
    const std::pair<const char *, const char *> files[] = {
        {"expected-small-rows.csv", "2024-08"}, {"expected-final-small-rows.csv", "2025-02"}};
    for (const auto &[name, period] : files) {
        const io::CsvTable table = io::CsvReader::readFile(eppgbmFile(QLatin1String(name)));
        for (const io::CsvRow &row : table.rows) {
            QMap<QString, QString> cells;
            for (int i = 0; i < table.header.fields.size(); ++i)
                cells[table.header.fields.at(i)] = row.fields.value(i);
            cells[QStringLiteral("period")] = QLatin1String(period);
            if (cells.value(QStringLiteral("status")) == u"kept")
                out.append(cells);
        }
    }
    return out;
}

} // namespace konvergensi::test
